// Dates typed and shown as text in the interface locale. Chromium draws `<input type="date">` in the
// browser's own format whatever the page's language (12/02/2026 for 2 December in an Italian page), so
// date fields and grid cells read and write the locale's short date instead. Commands read typed dates
// here too, given the order and not the locale: they know nothing of the interface's language.
import { formatDate, makeDate, type IsoDate } from './dates';

export type DatePart = 'day' | 'month' | 'year';

/** The order of day, month and year in a locale's short date (month first in en-US). */
export type DateOrder = readonly DatePart[];

/** What a typed text is: nothing, a real date, or no date at all. */
export type DateText = { kind: 'empty' } | { kind: 'date'; iso: IsoDate } | { kind: 'invalid' };

const orders = new Map<string, DateOrder>();

/** The order of day, month and year in the locale's short date, read from the locale itself. */
export function dateOrder(locale: string): DateOrder {
  let order = orders.get(locale);
  if (!order) {
    const f = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'UTC',
    });
    let parts = f
      .formatToParts(Date.UTC(2026, 11, 2))
      .map((p) => p.type)
      .filter((t): t is DatePart => t === 'day' || t === 'month' || t === 'year');
    // A locale that names no three parts (never seen) falls back to day-month-year.
    if (parts.length !== 3) parts = ['day', 'month', 'year'];
    order = parts;
    orders.set(locale, order);
  }
  return order;
}

/** An ISO date as the locale's short date — the same text every other date of the app shows. */
export function formatDateText(iso: IsoDate | '' | null | undefined, locale: string): string {
  return iso ? formatDate(iso, locale, 'short') : '';
}

/** `parseDateInOrder` in the locale's own order. */
export function parseDateText(text: string, locale: string): DateText {
  return parseDateInOrder(text, dateOrder(locale));
}

/** A time of day after a date (a pasted date-and-time cell), left out. */
const TIME_OF_DAY =
  /(?:[\sT]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:z|[+-]\d{2}:?\d{2}))?)$/i;

/**
 * A typed date in the given order, parts split by `.`, `/`, `-` or spaces ("2.12.26", "02/12/2026");
 * a two-digit year is 20xx. A year of four digits first ("2026-12-02") is always read year-month-day,
 * so ISO text works in every language. An ambiguous date (03/04/2026) is read in the order given,
 * never guessed the other way: a date that does not exist in that order is invalid.
 */
export function parseDateInOrder(text: string, order: DateOrder): DateText {
  // A trailing separator ("2.12.2026.") is how some people end a date, and a time of day after it
  // (a pasted date-and-time cell: "31.12.2024 10:15", "2024-12-31T10:15:00Z") is not part of it.
  const trimmed = text
    .trim()
    .replace(TIME_OF_DAY, '')
    .replace(/[./\-\s]+$/, '');
  if (trimmed === '') return { kind: 'empty' };
  const parts = trimmed.split(/[./\-\s]+/);
  if (parts.length !== 3 || parts.some((p) => !/^\d+$/.test(p))) return { kind: 'invalid' };
  const [a, b, c] = parts as [string, string, string];
  let found: Record<DatePart, string>;
  if (a.length === 4) found = { year: a, month: b, day: c };
  else {
    found = { day: '', month: '', year: '' };
    order.forEach((part, i) => (found[part] = parts[i] as string));
  }
  if (found.day.length > 2 || found.month.length > 2) return { kind: 'invalid' };
  if (found.year.length !== 2 && found.year.length !== 4) return { kind: 'invalid' };
  const year = Number(found.year) + (found.year.length === 2 ? 2000 : 0);
  const iso = makeDate(year, Number(found.month), Number(found.day));
  return iso ? { kind: 'date', iso } : { kind: 'invalid' };
}
