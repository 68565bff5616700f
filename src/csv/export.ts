// CSV writer for reports and exports. Cells are typed: text is text (and is neutralised so no spreadsheet
// runs it as a formula), numbers, money and dates are written as such and never touched.

import { neutralizeText } from './formula-guard';
import { formatDate } from '../domain/dates';
import { currencyDigits, isCurrencyCode } from '../domain/money';

export { neutralizeText };

/** Minor units of a currency (or with explicit `digits`): written as a plain decimal number. */
export interface MoneyCell {
  money: number;
  currency?: string;
  digits?: number;
}
/** An ISO `YYYY-MM-DD` date: written as ISO or in the locale's short style. */
export interface DateCell {
  date: string;
}

/**
 * A cell: `string` is text (neutralised when it could start a formula); `number`/`bigint` and
 * `MoneyCell` are numbers (never neutralised, "-12.50" stays numeric); `DateCell` a date; `boolean`
 * → "true"/"false"; null/undefined → empty.
 */
export type CsvCell = string | number | bigint | boolean | null | undefined | MoneyCell | DateCell;

export interface CsvExportOptions {
  delimiter?: ',' | ';' | '\t' | '|';
  /** Start with a UTF-8 byte-order mark (Excel then reads UTF-8 correctly). Default false. */
  bom?: boolean;
  decimalSeparator?: '.' | ',';
  dateStyle?: 'iso' | 'locale';
  /** For `dateStyle: 'locale'`, e.g. 'it-IT'. Default 'en-GB'. */
  locale?: string;
  lineEnding?: '\r\n' | '\n';
}

export function toCsv(
  columns: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvExportOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const decimal = options.decimalSeparator ?? '.';
  const eol = options.lineEnding ?? '\r\n';
  const dateStyle = options.dateStyle ?? 'iso';
  const locale = options.locale ?? 'en-GB';
  const quote = (s: string): string =>
    s.includes(delimiter) ||
    s.includes('"') ||
    s.includes('\n') ||
    s.includes('\r') ||
    (s.length > 0 && (s[0] === ' ' || s[s.length - 1] === ' '))
      ? `"${s.replace(/"/g, '""')}"`
      : s;
  const cell = (c: CsvCell): string => {
    if (c === null || c === undefined) return '';
    if (typeof c === 'string') return quote(neutralizeText(c));
    if (typeof c === 'number') return quote(numberText(c, decimal));
    if (typeof c === 'bigint') return c.toString();
    if (typeof c === 'boolean') return c ? 'true' : 'false';
    if ('money' in c) return quote(moneyText(c, decimal));
    if ('date' in c) return quote(dateStyle === 'iso' ? c.date : formatDate(c.date, locale, 'short'));
    return '';
  };
  const lines: string[] = [columns.map((c) => quote(neutralizeText(c))).join(delimiter)];
  for (const row of rows) lines.push(row.map(cell).join(delimiter));
  return (options.bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}

/** `toCsv` encoded as UTF-8 bytes (with the BOM when `bom`). */
export function toCsvBytes(
  columns: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvExportOptions = {},
): Uint8Array {
  return new TextEncoder().encode(toCsv(columns, rows, options));
}

function numberText(n: number, decimal: '.' | ','): string {
  if (!Number.isFinite(n)) return '';
  let s = String(n);
  if (s.includes('e')) s = n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return decimal === ',' ? s.replace('.', ',') : s;
}

function moneyText(c: MoneyCell, decimal: '.' | ','): string {
  if (!Number.isSafeInteger(c.money)) return '';
  const digits = c.digits ?? (c.currency && isCurrencyCode(c.currency) ? currencyDigits(c.currency) : 2);
  const abs = String(Math.abs(c.money)).padStart(digits + 1, '0');
  const body = digits === 0 ? abs : `${abs.slice(0, -digits)}${decimal}${abs.slice(-digits)}`;
  return c.money < 0 ? `-${body}` : body;
}
