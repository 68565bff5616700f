// Thin wrappers over the domain parsers, reading cells the way the sniffed file writes them, and a check
// of mapped cells that turns unparseable amounts and dates into RowErrors by line and column.

import { currencyDigits, isCurrencyCode, parseMoney } from '../domain/money';
import { addMonths, datePartsIn, daysInMonth, parseDate as parseDomainDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';
import type { CsvFormat, CsvTable, RowError, RowProblem } from './types';
import { creditDebitMark, dateShape, stripTime } from './values';

/**
 * An amount cell in minor units, with the file's decimal separator ("1.234,56" → 123456 when the decimal
 * mark is ','). `currency` sets the minor-unit digits (JPY 0, BHD 3); default 2. Null when no amount.
 */
export function parseAmount(
  text: string,
  format: Pick<CsvFormat, 'decimalSeparator'>,
  currency?: string,
): number | null {
  const digits = digitsOf(currency);
  const plain = plainAmount(text, format.decimalSeparator, digits);
  if (plain !== undefined) return plain;
  // "1,250.00 CR", "45,10 S": the mark gives the sign (asked only of a cell the plain reading refused).
  const mark = creditDebitMark(text.trim());
  const value = parseMoney(mark ? mark.rest : text, { digits, decimalSeparator: format.decimalSeparator });
  return value === null || !mark || value === 0 ? value : mark.sign * Math.abs(value);
}

let lastCurrency: string | undefined;
let lastDigits = 2;

/** The minor-unit digits of a currency (2 for none or an unknown one); the last one's remembered. */
function digitsOf(currency: string | undefined): number {
  if (currency !== lastCurrency) {
    lastDigits = currency && isCurrencyCode(currency) ? currencyDigits(currency) : 2;
    lastCurrency = currency;
  }
  return lastDigits;
}

/**
 * The usual cell, read as `parseMoney` reads it without its regular expressions and splits (a million
 * rows have a million amounts): digits, then maybe the decimal mark and at most `digits` digits.
 * Undefined for anything else (signs, marks, spaces, grouping), which `parseMoney` reads.
 */
function plainAmount(text: string, decimal: '.' | ',', digits: number): number | undefined {
  const n = text.length;
  if (n === 0 || n > 20) return undefined;
  const mark = decimal.charCodeAt(0);
  let at = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === mark && at < 0 && i > 0 && i < n - 1) at = i;
    else return undefined;
  }
  const whole = at < 0 ? text : text.slice(0, at);
  const frac = at < 0 ? '' : text.slice(at + 1);
  if (frac.length > digits) return undefined;
  const value = Number(whole + frac.padEnd(digits, '0'));
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * A date cell as ISO `YYYY-MM-DD`, read with a sniffed format like 'dd.mm.yyyy'; a trailing time (and
 * zone) is ignored. Without a format the value's own shape decides: year first, day first unless the
 * second number cannot be a month, month names. Null when no date.
 */
export function parseDate(text: string, dateFormat?: string | null): string | null {
  const value = stripTime(text);
  if (value === '') return null;
  const format = dateFormat ?? formatOfValue(value);
  if (format === null) return null;
  return parseDomainDate(format.includes('mmm') ? monthNameDate(value) : value, format);
}

/**
 * A date with the month's name as it is written in words: the comma after the day ("Mar 5, 2026", as
 * US exports write it) and the dot after a German day ("5. März 2026") are no separators of their own.
 */
function monthNameDate(value: string): string {
  return value.replace(/(\d)\.(?=\s)/g, '$1').replace(/,\s*/g, ' ');
}

function formatOfValue(value: string): string | null {
  const shape = dateShape(value);
  if (!shape) return null;
  const { sep } = shape;
  if (shape.kind === 'ymd') return `yyyy${sep}mm${sep}dd`;
  const yy = shape.yearDigits === 2 ? 'yy' : 'yyyy';
  if (shape.kind === 'mon') return shape.monthFirst ? 'mmm dd yyyy' : `dd${sep}mmm${sep}${yy}`;
  return shape.b > 12 ? `mm${sep}dd${sep}${yy}` : `dd${sep}mm${sep}${yy}`;
}

/** The problem of an amount cell that does not parse (the same for the mapping check and the importer). */
export function amountProblem(
  value: string,
  field: string | null,
  format: Pick<CsvFormat, 'decimalSeparator'>,
): RowProblem {
  return { code: 'unparseable-amount', params: { value, field, decimalSeparator: format.decimalSeparator } };
}

/**
 * The problem of a date cell that does not parse in the file's date format: a day its month does not
 * have (31/02/2026, 2026-02-29) is said so; a year 0 is out of `range` when one is given.
 */
export function dateProblem(
  value: string,
  field: string | null,
  format: Pick<CsvFormat, 'dateFormat'>,
  range?: DateRange,
): RowProblem {
  const parts = format.dateFormat ? datePartsIn(stripTime(value), format.dateFormat) : null;
  if (parts && parts.month >= 1 && parts.month <= 12 && parts.day >= 1 && parts.day <= 31) {
    const { year, month } = parts;
    if (year >= 1 && parts.day > daysInMonth(year, month))
      return {
        code: 'impossible-date',
        params: { value, field, year, month, days: daysInMonth(year, month) },
      };
    if (year < 1 && range) return outOfRange(value, field, range);
  }
  return { code: 'unparseable-date', params: { value, field, format: format.dateFormat } };
}

/** The dates an import reads as meant. */
export interface DateRange {
  earliest: IsoDate;
  latest: IsoDate;
}

/**
 * From 1900 to 50 years after `today`: a date outside is a slip (9999-12-31, a year typed 2206), and
 * taken as it stands it would move a due date centuries ahead.
 */
export function importDateRange(today: IsoDate): DateRange {
  return { earliest: '1900-01-01', latest: addMonths(today, 50 * 12) };
}

export function outOfRange(value: string, field: string | null, range: DateRange): RowProblem {
  return { code: 'date-out-of-range', params: { value, field, ...range } };
}

const DATE_FIELDS = new Set(['issueDate', 'dueDate', 'bookingDate', 'valueDate', 'paymentDate', 'date']);
const AMOUNT_FIELDS = new Set(['amount', 'paid', 'balance', 'debit', 'credit']);

/**
 * Checks every mapped amount and date cell of a table: one RowError per cell that is not empty and does
 * not parse ('unparseable-amount' / 'unparseable-date'), naming its physical line and 1-based column.
 */
export function checkMappedValues(
  table: Pick<CsvTable, 'columns' | 'rows' | 'lines'>,
  format: Pick<CsvFormat, 'decimalSeparator' | 'dateFormat'>,
  fields: Record<string, number>,
): RowError[] {
  const errors: RowError[] = [];
  const checks: { field: string; col: number; date: boolean }[] = [];
  for (const [field, col] of Object.entries(fields)) {
    if (DATE_FIELDS.has(field)) checks.push({ field, col, date: true });
    else if (AMOUNT_FIELDS.has(field)) checks.push({ field, col, date: false });
  }
  const currencyCol = fields.currency;
  table.rows.forEach((row, i) => {
    for (const { field, col, date } of checks) {
      const v = row[col] ?? '';
      if (v === '') continue;
      const line = table.lines[i] ?? 0;
      const columnName = table.columns[col];
      if (date) {
        if (format.dateFormat === null || parseDate(v, format.dateFormat) === null)
          errors.push({ line, column: col + 1, columnName, ...dateProblem(v, field, format) });
      } else {
        const currency = currencyCol !== undefined ? row[currencyCol] : undefined;
        if (parseAmount(v, format, currency) === null)
          errors.push({ line, column: col + 1, columnName, ...amountProblem(v, field, format) });
      }
    }
  });
  return errors;
}
