// The one way interface text reaches the screen: t('key', { params }). Locale-aware formatting of
// numbers, money and dates goes through the same module, so one setting changes all of it.
import { en, type MessageKey } from './en';
import { formatMoney } from '../domain/money';
import { formatDate } from '../domain/dates';
import type { Language } from '../domain/types';

export type { MessageKey };

const catalogs: Partial<Record<Language, Partial<Record<MessageKey, string>>>> = { en };

let current: Language = 'en';
let locale = 'en-GB';

export function setLanguage(language: Language, country = ''): void {
  current = language;
  locale = localeFor(language, country);
}

export function currentLocale(): string {
  return locale;
}

/** A BCP 47 locale from a language and an ISO country: ('it', 'IT') → 'it-IT'; ('en', 'US') → 'en-US'. */
export function localeFor(language: Language, country: string): string {
  const region = country === 'UK' ? 'GB' : country;
  if (region && /^[A-Z]{2}$/.test(region)) return `${language}-${region}`;
  return { en: 'en-GB', it: 'it-IT', fr: 'fr-FR', ro: 'ro-RO', da: 'da-DK', de: 'de-DE' }[language];
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogs[current]?.[key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function money(amount: number, currency: string): string {
  return formatMoney(amount, currency, locale);
}

export function date(iso: string | undefined | null, style: 'short' | 'medium' | 'long' = 'short'): string {
  return iso ? formatDate(iso, locale, style) : '';
}

export function integer(n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}
