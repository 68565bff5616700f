// The one way interface text reaches the screen: t('key', { params }). Locale-aware formatting of
// numbers, money and dates goes through the same module, so one setting changes all of it.
import { elideItalian } from './it-elision';
import { oneFullStop } from './full-stop';
import { en, type MessageKey } from './en';
import { formatMoney } from '../domain/money';
import { formatDate } from '../domain/dates';
import type { Language } from '../domain/types';
import { localeFor } from './locale';

export { localeFor };

export type { MessageKey };

const catalogs: Partial<Record<Language, Partial<Record<MessageKey, string>>>> = { en };
/** Texts a language uses for counts in the plural rules' "other" where they differ from its plural (Romanian "de"). */
const otherTexts: Partial<Record<Language, Partial<Record<MessageKey, string>>>> = {};

// The other languages are loaded when chosen, so English users do not download them.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Record<MessageKey, string>>> = {
  it: () => import('./it').then((m) => m.it),
  fr: () => import('./fr').then((m) => m.fr),
  ro: () =>
    import('./ro').then((m) => {
      otherTexts.ro = m.roOther;
      return m.ro;
    }),
  da: () => import('./da').then((m) => m.da),
  de: () => import('./de').then((m) => m.de),
};

let current: Language = 'en';
let locale = 'en-GB';

export function setLanguage(language: Language, country = ''): void {
  current = language;
  locale = localeFor(language, country);
}

/** Loads a language's catalogue (if it is not loaded yet), then makes it the interface language. */
export async function useLanguage(language: Language, country = ''): Promise<void> {
  if (!catalogs[language] && language !== 'en') catalogs[language] = await loaders[language]();
  setLanguage(language, country);
}

export function currentLanguage(): Language {
  return current;
}

export function currentLocale(): string {
  return locale;
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = oneFullStop(fill(catalogs[current]?.[key] ?? en[key] ?? key, params));
  return current === 'it' ? elideItalian(text) : text;
}

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/**
 * A text about a count that has a singular beside it in the catalogues: 'grid.rows.many' beside
 * 'grid.rows.one', or 'import.write' beside 'import.write.one'.
 */
export type CountKey = {
  [K in MessageKey]: K extends `${infer B}.many`
    ? `${B}.one` extends MessageKey
      ? K
      : never
    : `${K}.one` extends MessageKey
      ? K
      : never;
}[MessageKey];

const oneOf = (key: CountKey): MessageKey =>
  (key.endsWith('.many') ? `${key.slice(0, -5)}.one` : `${key}.one`) as MessageKey;

const isCountKey = (key: MessageKey): key is CountKey => oneOf(key as CountKey) in en;

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A count's text in the interface language's grammar, with {count} filled in (and any other params):
 * the singular where the language takes it (1; 0 and 1 in French), the plural otherwise, and
 * Romanian's "de" form from 20 on (2 rânduri, 20 de rânduri).
 */
export function plural(n: number, key: CountKey, params: Record<string, string | number> = {}): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const category = rules.select(n);
  const all = { count: integer(n), ...params };
  if (category === 'one') return t(oneOf(key), all);
  const other = category === 'other' ? otherTexts[current]?.[key] : undefined;
  return other ? fill(other, all) : t(key, all);
}

/**
 * A command's message (catalogue key and values) in the interface language; a numeric `count` picks
 * the singular or plural where the catalogues have both.
 */
export function say(m: { code: MessageKey; params?: Record<string, string | number> }): string {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.params ?? {})) params[k] = typeof v === 'number' ? integer(v) : v;
  const count = m.params?.['count'];
  if (typeof count === 'number' && isCountKey(m.code)) return plural(count, m.code, params);
  return t(m.code, params);
}

export function money(amount: number, currency: string): string {
  return formatMoney(amount, currency, locale);
}

export function date(iso: string | undefined | null, style: 'short' | 'medium' | 'long' = 'short'): string {
  return iso ? formatDate(iso, locale, style) : '';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** A percentage given in percent units, in the interface locale: percent(10.4) → "10,40%" in Italian. */
export function percent(value: number, digits = 2, minDigits = digits): string {
  const f = numberFormat({
    style: 'percent',
    minimumFractionDigits: minDigits,
    maximumFractionDigits: digits,
  });
  return f.format(value / 100);
}

/** A rate, an average or a limit with fixed decimals in the interface locale: decimal(12.5, 1) → "12,5". */
export function decimal(value: number, digits = 1): string {
  return numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

const integerFormats = new Map<string, Intl.NumberFormat>();

/**
 * A count in the interface locale ("1.234" in Italian). Grouped from four digits as amounts are: left to
 * the locale, Italian wrote "1533 fatture" beside "1.533,00 €". The formatter is built once per locale.
 */
export function integer(n: number): string {
  let f = integerFormats.get(locale);
  if (!f) integerFormats.set(locale, (f = new Intl.NumberFormat(locale, { useGrouping: 'always' })));
  return f.format(n);
}

/** A file's size in the interface locale ("512 bytes", "1,2 MB"), in multiples of 1024 like the 10 MB limit. */
export function fileSize(bytes: number): string {
  // "39 bytes", "39 byte", "39 octets": the long name reads right in every language for a few bytes.
  if (bytes < 1024) return numberFormat({ style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  const kb = bytes / 1024;
  if (kb < 1024)
    return numberFormat({ style: 'unit', unit: 'kilobyte', maximumFractionDigits: kb < 10 ? 1 : 0 }).format(
      kb,
    );
  return numberFormat({ style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(kb / 1024);
}
