// Reading one mapped row for the importer: its cells by field, its values through the one set of value
// parsers (parse-values.ts), and its problems as RowErrors with line and column.

import { isCurrencyCode } from '../domain/money';
import { IMPORT_KINDS, KIND_FIELDS } from './import-kinds';
import type { IsoDate } from '../domain/types';
import {
  amountProblem,
  dateProblem,
  importDateRange,
  outOfRange,
  parseAmount,
  parseDate,
  type DateRange,
} from './parse-values';
import { unneutralizeText } from './formula-guard';
import { isMarkerCell, signOf } from './values';
import type { ImportContext } from './rows-to-records';
import type { RowError, RowProblem } from './types';

const CURRENCY_SIGNS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', LEI: 'RON', KR: 'DKK' };

/** What stays the same across the rows of one import: caches of repeated texts. */
export class ImportCaches {
  private readonly dates = new Map<string, IsoDate | null>();
  /** The last currency cell and what it was read as (most files hold one currency, or runs of one). */
  private currencyText: string | null = null;
  private currencyRead: { code: string; raw: string; known: boolean } = { code: '', raw: '', known: false };

  /** A currency cell (not empty), read as a code: a sign such as € or a code, known or not. */
  currency(text: string): { code: string; raw: string; known: boolean } {
    if (text === this.currencyText) return this.currencyRead;
    const raw = text.toUpperCase();
    const code = CURRENCY_SIGNS[raw] ?? raw;
    this.currencyText = text;
    this.currencyRead = { code, raw, known: isCurrencyCode(code) };
    return this.currencyRead;
  }

  /** A file repeats the same dates on many rows: each text is parsed once. */
  date(text: string, format: string): IsoDate | null {
    let v = this.dates.get(text);
    if (v === undefined) this.dates.set(text, (v = parseDate(text, format)));
    return v;
  }
}

/** Every field of every kind, in one order: each reader's columns are an object of this one shape. */
const ALL_FIELDS = [...new Set(IMPORT_KINDS.flatMap((k) => KIND_FIELDS[k]))];

/**
 * Each field's column (-1: not mapped), as an object with every field in the same order: `cell('amount')`
 * inlined into a row's reading is then one property load, where a Map lookup hashed the name each time
 * (~25 cells a row: the costliest step of converting a row).
 */
function columnsOf(fields: Record<string, number>): Record<string, number> {
  const at: Record<string, number> = {};
  for (const f of ALL_FIELDS) at[f] = fields[f] ?? -1;
  // A field outside the kinds' lists (none today) is still found.
  for (const [f, i] of Object.entries(fields)) if (!(f in at)) at[f] = i;
  return at;
}

export class RowReader {
  readonly errors: RowError[] = [];
  /** Problems that do not stop the row: it is imported, and the preview says what was assumed. */
  readonly warnings: RowError[] = [];
  /** Each field's column (-1: not mapped), looked up once per conversion instead of in the settings per cell. */
  private readonly at: Record<string, number>;
  private readonly range: DateRange;

  constructor(
    public row: string[],
    public line: number,
    private readonly ctx: ImportContext,
    private readonly caches: ImportCaches,
  ) {
    this.at = columnsOf(ctx.fields);
    this.range = importDateRange(ctx.today);
  }

  /**
   * The next row, read by the same reader (a million rows made a million readers and two million lists
   * for the collector). The problems of the row before go: the caller has taken them.
   */
  next(row: string[], line: number): this {
    this.row = row;
    this.line = line;
    if (this.errors.length > 0) this.errors.length = 0;
    if (this.warnings.length > 0) this.warnings.length = 0;
    return this;
  }

  /** The trimmed cell of a field ('' when the field is not mapped). */
  cell(field: string): string {
    const i = this.at[field] ?? -1;
    if (i < 0) return '';
    const c = this.row[i] ?? '';
    const n = c.length;
    if (n === 0) return c;
    // The reader trimmed the spaces around cells: trim() (a call into the engine each time) is left for
    // cells that start or end with something else it may trim (a no-break space, a tab).
    // A leading apostrophe may be the export's mark on a text that looks like a formula ("'=1+2").
    const a = c.charCodeAt(0);
    const z = c.charCodeAt(n - 1);
    if (a > 32 && a < 127 && a !== 39 && z > 32 && z < 127) return c;
    const t = c.trim();
    return t.charCodeAt(0) === 39 ? unneutralizeText(t) : t;
  }

  mapped(field: string): boolean {
    return (this.at[field] ?? -1) >= 0;
  }

  fail(field: string, problem: RowProblem): void {
    const i = this.at[field] ?? -1;
    this.errors.push({
      line: this.line,
      // An unmapped field has no column: the message names the field in the reader's words, never
      // by its code ("riga 2 (amount)").
      ...(i < 0 ? {} : { column: i + 1, columnName: this.ctx.columns[i] }),
      ...problem,
    } as RowError);
  }

  warn(field: string, problem: RowProblem): void {
    const i = this.at[field] ?? -1;
    this.warnings.push({
      line: this.line,
      // An unmapped field has no column: the message names the field in the reader's words, never
      // by its code ("riga 2 (amount)").
      ...(i < 0 ? {} : { column: i + 1, columnName: this.ctx.columns[i] }),
      ...problem,
    } as RowError);
  }

  missing(field: string): void {
    this.fail(field, { code: 'missing-field', params: { field } });
  }

  required(field: string): string {
    const v = this.cell(field);
    if (!v) this.missing(field);
    return v;
  }

  currency(): string {
    const text = this.cell('currency');
    if (!text) return this.ctx.defaultCurrency;
    const { code, raw, known } = this.caches.currency(text);
    if (!known) this.fail('currency', { code: 'unknown-currency', params: { value: raw } });
    return code;
  }

  amount(field: string, currency: string): number | null {
    const text = this.cell(field);
    if (!text) return null;
    const v = parseAmount(text, this.ctx.format, currency);
    if (v === null) this.fail(field, amountProblem(text, field, this.ctx.format));
    return v;
  }

  /** The amount with the sign a D/C (Af/Bij, S/H) column gives it, when one is mapped and filled. */
  signed(amount: number): number {
    const sign = this.mapped('sign') ? signOf(this.cell('sign')) : null;
    return sign === null ? amount : sign * Math.abs(amount);
  }

  /** The date cell holds a word instead ("Vorgemerkt", "Pending"): a transaction not yet booked. */
  pending(field: string): boolean {
    return isMarkerCell(this.cell(field));
  }

  date(field: string): IsoDate | null {
    const text = this.cell(field);
    if (!text) return null;
    const format = this.ctx.format.dateFormat;
    const v = format ? this.caches.date(text, format) : null;
    if (v === null) this.fail(field, dateProblem(text, field, this.ctx.format, this.range));
    else if (v < this.range.earliest || v > this.range.latest) {
      this.fail(field, outOfRange(text, field, this.range));
      return null;
    }
    return v;
  }
}
