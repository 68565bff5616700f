// Formatting of the values inside reason texts (money, dates, rates, counts) for one language, so a
// reason reads the same on the screen in the interface language and in a letter in the customer's.
import { formatMoney } from '../../domain/money';
import { formatDate } from '../../domain/dates';
import type { Language } from '../../domain/types';
import { localeFor } from '../locale';

export interface Fmt {
  readonly language: Language;
  readonly locale: string;
  money(amount: number, currency: string): string;
  date(iso: string, style?: 'short' | 'medium' | 'long'): string;
  /** A percentage given in percent units: percent(10.4) → "10,40 %" in it-IT. */
  percent(value: number, digits?: number): string;
  number(value: number, digits?: number): string;
  integer(value: number): string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

const fmts = new Map<string, Fmt>();

/** The formatter of a language (in a country, for its locale's conventions). */
export function formatterFor(language: Language, country = ''): Fmt {
  const locale = localeFor(language, country);
  let f = fmts.get(locale);
  if (f) return f;
  f = {
    language,
    locale,
    money: (amount, currency) => formatMoney(amount, currency, locale),
    date: (iso, style = 'short') => formatDate(iso, locale, style),
    percent: (value, digits = 2) =>
      numberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value / 100),
    number: (value, digits = 2) =>
      numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    // Grouped as the screens group them ("2.106" in Italian, where the locale's own rule leaves four digits bare).
    integer: (value) =>
      numberFormat(locale, { maximumFractionDigits: 0, useGrouping: 'always' }).format(value),
  };
  fmts.set(locale, f);
  return f;
}
