// Plain calendar dates as ISO `YYYY-MM-DD` strings. Arithmetic runs on UTC day numbers, so the
// machine's time zone and daylight-saving changes can never shift a date.

import type { IsoDate } from './types';

export type { IsoDate };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Builds an ISO date from parts, or null when the parts are no real date (31 April, month 13). */
export function makeDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return null;
  return isoOf(year, month, day);
}

/** `YYYY-MM-DD` of parts known to make a real date (no check). */
function isoOf(year: number, month: number, day: number): IsoDate {
  const y = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The whole number of the digits `text[from, from + count)`, or -1 when one is no ASCII digit. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

// Dates are read by their characters, not by a regular expression and an object of parts: interest,
// claims and balances read dates millions of times (a tenth of a large book's first screen went to it).
function yearOf(iso: string): number {
  return typeof iso === 'string' && iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45
    ? digitsAt(iso, 0, 4)
    : -1;
}

export function isIsoDate(text: string): boolean {
  const year = yearOf(text);
  if (year < 1) return false;
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function dateParts(iso: IsoDate): { year: number; month: number; day: number } {
  const year = yearOf(iso);
  const month = year < 0 ? -1 : digitsAt(iso, 5, 2);
  const day = month < 0 ? -1 : digitsAt(iso, 8, 2);
  if (day < 0) throw new Error(`dates: not an ISO date: ${JSON.stringify(iso)}`);
  return { year, month, day };
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(iso: IsoDate): number {
  const year = yearOf(iso);
  const month = year < 0 ? -1 : digitsAt(iso, 5, 2);
  const day = month < 0 ? -1 : digitsAt(iso, 8, 2);
  if (day < 0) throw new Error(`dates: not an ISO date: ${JSON.stringify(iso)}`);
  return daysFromCivil(year, month, day);
}

// Proleptic Gregorian day counts without Date objects (H. Hinnant's civil-date algorithms).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Dates made from day numbers, kept: a book's figures make the same few thousand dates again and again. */
const madeDates = new Map<number, IsoDate>();

export function fromDayNumber(n: number): IsoDate {
  let iso = madeDates.get(n);
  if (iso === undefined) {
    iso = makeFromDayNumber(n);
    if (madeDates.size >= 65_536) madeDates.clear();
    madeDates.set(n, iso);
  }
  return iso;
}

function makeFromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  // The parts of a day number are a real date: only the year's range is checked.
  if (!Number.isInteger(n) || year < 1 || year > 9999)
    throw new Error(`dates: day number out of range: ${n}`);
  return isoOf(year, month, day);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return makeDate(y, m, Math.min(day, daysInMonth(y, m))) as IsoDate;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function endOfMonth(iso: IsoDate): IsoDate {
  const { year, month } = dateParts(iso);
  return makeDate(year, month, daysInMonth(year, month)) as IsoDate;
}

export function startOfMonth(iso: IsoDate): IsoDate {
  return `${iso.slice(0, 7)}-01`;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Today in the user's own zone, for the UI's default as-of date only: rules take the date as a parameter. */
export function localToday(now: Date): IsoDate {
  return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) as IsoDate;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['jan', 'gen', 'janv', 'ian', 'januar', 'janvier', 'gennaio', 'ianuarie', 'january'],
  ['feb', 'fév', 'fev', 'febr', 'februar', 'février', 'febbraio', 'februarie', 'february'],
  ['mar', 'mär', 'mars', 'märz', 'marts', 'marzo', 'martie', 'march'],
  ['apr', 'avr', 'aprile', 'avril', 'aprilie', 'april'],
  ['may', 'mag', 'mai', 'maggio', 'maj'],
  ['jun', 'giu', 'juin', 'iun', 'juni', 'giugno', 'iunie', 'june'],
  ['jul', 'lug', 'juil', 'iul', 'juli', 'luglio', 'juillet', 'iulie', 'july'],
  ['aug', 'ago', 'août', 'aout', 'august', 'agosto', 'august'],
  ['sep', 'sept', 'set', 'september', 'settembre', 'septembre', 'septembrie'],
  ['oct', 'ott', 'okt', 'october', 'ottobre', 'octobre', 'octombrie', 'oktober'],
  ['nov', 'november', 'novembre', 'noiembrie'],
  ['dec', 'dic', 'déc', 'dez', 'december', 'dicembre', 'décembre', 'decembrie', 'dezember'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

/** Month number for an English, Italian, French, Romanian, Danish or German month name or abbreviation. */
export function monthFromName(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/**
 * Parses a date written in an explicit format. Tokens: `dd`/`d` day, `mm`/`m` month number,
 * `mmm` (or `MMM`) month name, `yyyy` four-digit year, `yy` two-digit year (00–69 → 2000s, 70–99 → 1900s).
 * Separators in the format must match the text's. Returns null for anything that is no real date.
 */
export function parseDate(text: string, format: string): IsoDate | null {
  const parts = datePartsIn(text, format);
  return parts && makeDate(parts.year, parts.month, parts.day);
}

/**
 * The year, month and day a text gives in a format, as `parseDate` reads them but not checked against
 * the calendar (31/02/2026 gives day 31 of month 2): to say why a text is no date. Null when the text
 * does not have the format's shape.
 */
export function datePartsIn(
  text: string,
  format: string,
): { year: number; month: number; day: number } | null {
  const value = text.trim();
  const fmt = format.toLowerCase();
  const tokens = fmt.match(/d+|m+|y+|[^dmy]+/g);
  if (!tokens) return null;
  let pattern = '^';
  const order: string[] = [];
  for (const t of tokens) {
    if (t[0] === 'd') {
      pattern += '(\\d{1,2})';
      order.push('d');
    } else if (t[0] === 'm') {
      pattern += t.length >= 3 ? '([\\p{L}]{3,10}\\.?)' : '(\\d{1,2})';
      order.push(t.length >= 3 ? 'mon' : 'm');
    } else if (t[0] === 'y') {
      pattern += t.length === 2 ? '(\\d{2})' : '(\\d{4})';
      order.push(t.length === 2 ? 'yy' : 'y');
    } else {
      pattern += t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s*');
    }
  }
  // A trailing time ("31.12.2024 10:15") is allowed and ignored.
  const m = new RegExp(pattern + '(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$', 'u').exec(value);
  if (!m) return null;
  let year = NaN;
  let month = NaN;
  let day = NaN;
  order.forEach((kind, i) => {
    const part = m[i + 1] ?? '';
    if (kind === 'd') day = Number(part);
    else if (kind === 'm') month = Number(part);
    else if (kind === 'mon') month = monthFromName(part) ?? NaN;
    else if (kind === 'y') year = Number(part);
    else if (kind === 'yy') year = Number(part) + (Number(part) < 70 ? 2000 : 1900);
  });
  return Number.isNaN(year + month + day) ? null : { year, month, day };
}

/** Formats a plain date for a locale (`de-DE` → 15.03.2024) without any time-zone shift. */
export function formatDate(
  iso: IsoDate,
  locale: string,
  style: 'short' | 'medium' | 'long' = 'medium',
): string {
  const { year, month, day } = dateParts(iso);
  const key = `${locale}|${style}`;
  let f = dateFormatters.get(key);
  if (!f) {
    // Building a formatter costs ~100 µs and grids format thousands of dates: build each once.
    const options: Intl.DateTimeFormatOptions =
      style === 'short'
        ? { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }
        : { year: 'numeric', month: style === 'long' ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(locale, options);
    dateFormatters.set(key, f);
  }
  return f.format(Date.UTC(year, month - 1, day));
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();
