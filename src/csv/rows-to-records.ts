// Turns mapped CSV rows into the records Overdue stores, checking every value on the way. Pure: the
// caller passes what it knows of the book (existing customers and invoice numbers) and an id factory.
// Nothing is thrown for bad data: every problem is a RowError with its line and column.
// Each kind of file has its own module (import-invoices, -customers, -payments, -bank-lines).
import type { Adjustment, Customer, Invoice, IsoDate, Payment } from '../domain/types';
import { bankLineRow } from './import-bank-lines';
import { CustomerIndex, customerRow } from './import-customers';
import { invoiceRow, lineItemGroups, type InvoiceRows } from './import-invoices';
import { paymentRow } from './import-payments';
import { ImportCaches, RowReader } from './import-row';
import { TextIndex } from './text-index';
import type { RowError } from './types';

import type { ImportKind } from './import-kinds';

export type { ImportKind } from './import-kinds';
export { customerKey } from './import-customers';

export interface ImportFormat {
  decimalSeparator: '.' | ',';
  dateFormat: string | null;
}

/** Stored invoices by number (a Map, or the packed ones a reader was posted: `PackedInvoiceIndex`). */
export interface InvoiceLookup {
  get(number: string): Invoice | undefined;
}

export interface ExistingBook {
  customers: Customer[];
  /** Invoices already stored, by invoice number. */
  invoicesByNumber: InvoiceLookup;
  /**
   * Fingerprints of the bank lines and imported payments already stored, and of the numbered credit
   * notes (`creditNoteKey`): a file read again adds none of them twice.
   */
  bankLineKeys: Set<string>;
}

/** A stored credit note's fingerprint: its number, currency and amount (minor units, positive). */
export function creditNoteKey(number: string, currency: string, amount: number): string {
  return `credit-note|${number}|${currency}|${amount}`;
}

export interface ImportContext {
  kind: ImportKind;
  /** Field name → 0-based column index. */
  fields: Record<string, number>;
  columns: string[];
  format: ImportFormat;
  defaultCurrency: string;
  defaultCountry: string;
  /**
   * The reference of the payment made for what an invoice list says was paid before the import, in the
   * user's language, `{number}` standing for the invoice number (English when left out).
   */
  paidReference?: string;
  today: IsoDate;
  batchId: string;
  existing: ExistingBook;
  newId: (prefix: string) => string;
  /** What to do with an invoice number that is already stored with other values. */
  onExisting: 'update' | 'skip';
}

export interface ImportedBankLine {
  id: string;
  importBatchId: string;
  key: string;
  line: number;
  date: IsoDate;
  amount: number;
  currency: string;
  counterparty: string;
  reference: string;
  status: 'unmatched';
}

/** `line`: a further line item of an invoice already started on an earlier row (line-item exports). */
/**
 * `pending`: a bank line not yet booked (a word where its date will be), left out; `not-receivable`: a
 * draft, void or cancelled invoice, left out.
 */
export type RowStatus =
  'new' | 'update' | 'same' | 'skip' | 'error' | 'outgoing' | 'line' | 'pending' | 'not-receivable';

/** Where an invoice list says what was already paid: a paid amount, an open balance, a status word. */
export type PaidSource = 'paid' | 'balance' | 'status';

/** What the preview says about the file as a whole (words in src/i18n/reasons/csv.ts). */
export type ImportNote =
  | { code: 'csv.import.pending'; params: { count: number } }
  | { code: 'csv.import.not-receivable'; params: { count: number; statuses: string[] } }
  /** Invoices without a total: amount = Σ quantity × unit price (+ tax), each line rounded to the cent. */
  | { code: 'csv.import.line-totals'; params: { count: number } }
  /**
   * New invoices the file gives as (partly) paid — by a paid amount, an open balance or a "paid" status —
   * whose paid part becomes a payment: dated the file's payment date, or the issue date when it has none.
   */
  | {
      code: 'csv.import.paid-as-payments';
      params: { count: number; fields: PaidSource[]; byPaymentDate: number; byIssueDate: number };
    }
  /** Invoices whose (new) customer has no country: `country`'s law applies (the company's, by default). */
  | { code: 'csv.import.no-country'; params: { count: number; numbers: string[]; country: string } };

export interface ImportResult {
  customers: Customer[];
  invoices: Invoice[];
  /** Stored invoices that `invoices` replaces, as they were (for undo and the preview). */
  replaced: Invoice[];
  payments: Payment[];
  adjustments: Adjustment[];
  bankLines: ImportedBankLine[];
  errors: RowError[];
  /** Problems of rows imported all the same (what was assumed is in the text). */
  warnings: RowError[];
  /** One status per input row (same index). */
  status: RowStatus[];
  counts: Record<RowStatus, number>;
  notes: ImportNote[];
}

export function rowsToRecords(rows: string[][], lines: number[], ctx: ImportContext): ImportResult {
  const steps = rowsToRecordsSteps(rows, lines, ctx);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `rowsToRecords` in steps: yields the number of rows done after every `chunk` rows, so a caller on
 * the page's thread can let the page breathe (and show progress) between steps of a large file.
 */
export function* rowsToRecordsSteps(
  rows: string[][],
  lines: number[],
  ctx: ImportContext,
  chunk = 25_000,
): Generator<number, ImportResult, void> {
  const builder = new RecordBuilder(ctx, ctx.kind === 'invoices' ? lineItemGroups(rows, ctx) : NO_GROUPS);
  for (let index = 0; index < rows.length; index += chunk) {
    if (index > 0) yield index;
    builder.step(rows, lines, index, Math.min(rows.length, index + chunk));
  }
  return builder.finish();
}

export interface LineGroups {
  /** Each further line's row → the row of its invoice's first line. */
  lineRows: Map<number, number>;
  /** Line-item totals by the row index of each invoice's first line. */
  totals: Map<number, number>;
}

const NO_GROUPS: LineGroups = { lineRows: new Map(), totals: new Map() };

/**
 * The conversion row by row, for rows that arrive in order: a reader converts each chunk as it is
 * read. Line-item groups span the whole file, so they are given (or known to be none) up front.
 */
export class RecordBuilder {
  private readonly out: ImportResult = {
    customers: [],
    invoices: [],
    replaced: [],
    payments: [],
    adjustments: [],
    bankLines: [],
    errors: [],
    warnings: [],
    notes: [],
    status: [],
    counts: {
      new: 0,
      update: 0,
      same: 0,
      skip: 0,
      error: 0,
      outgoing: 0,
      line: 0,
      pending: 0,
      'not-receivable': 0,
    },
  };
  private readonly customers: CustomerIndex;
  private readonly caches = new ImportCaches();
  private readonly seenKeys = new Map<string, number>();
  private readonly invoiceState: InvoiceRows;
  /** Replaced invoices already handed over by `take`. */
  private replacedTaken = 0;
  /** The columns of the mapped fields. */
  private readonly mappedColumns: number[];

  constructor(
    private readonly ctx: ImportContext,
    private readonly groups: LineGroups,
  ) {
    this.customers = new CustomerIndex(ctx, this.out);
    this.mappedColumns = [...new Set(Object.values(ctx.fields))];
    this.invoiceState = {
      customers: this.customers,
      seenNumbers: new TextIndex(),
      totals: groups.totals,
      skippedStatuses: new Set<string>(),
      noCountry: { count: 0, numbers: [] },
      computed: 0,
      paid: { byPaymentDate: 0, byIssueDate: 0, fields: new Set<PaidSource>() },
      repeated: false,
      draftNumbers: [],
    };
  }

  /**
   * True when no rows were lines of one invoice, so converting them with no line-item groups was right
   * (each row a record of its own). Lines share an invoice number: with no number on two rows, and no
   * line amounts to add up, there are none; otherwise the groups are looked for (in `rows()`, asked
   * for only then).
   */
  noLineGroups(rows: () => string[][]): boolean {
    const { ctx, invoiceState: s } = this;
    if (ctx.kind !== 'invoices') return true;
    const drafts = new Set(s.draftNumbers);
    if (
      ctx.fields.unitPrice === undefined &&
      !s.repeated &&
      drafts.size === s.draftNumbers.length &&
      !s.draftNumbers.some((n) => s.seenNumbers.has(n))
    )
      return true;
    const g = lineItemGroups(rows(), ctx);
    return g.lineRows.size === 0 && g.totals.size === 0;
  }

  /**
   * Converts rows `from` to `to` (the rows before `from` were converted by earlier steps). `rows[i]` and
   * `lines[i]` are row `offset + i`: a part of the file, or all of it (offset 0).
   */
  step(rows: string[][], lines: number[], from: number, to: number, offset = 0): void {
    const { ctx, out, customers, caches, seenKeys, invoiceState } = this;
    const lineRows = this.groups.lineRows;
    let reader: RowReader | null = null;
    for (let index = from; index < to; index++) {
      const firstLine = lineRows.get(index);
      if (firstLine !== undefined) {
        // A further line of an invoice left out (a draft) is left out with it.
        const status: RowStatus = out.status[firstLine] === 'not-receivable' ? 'not-receivable' : 'line';
        out.status.push(status);
        out.counts[status]++;
        continue;
      }
      const at = index - offset;
      const row = rows[at] as string[];
      const line = lines[at] ?? index + 1;
      // Nothing in any mapped column: a group's heading in a report ("Current", "1 - 30 days past
      // due" over the invoices of that aging bucket), not a record with its values missing.
      if (this.nothingMapped(row)) {
        out.status.push('skip');
        out.counts.skip++;
        continue;
      }
      const r = reader ? reader.next(row, line) : (reader = new RowReader(row, line, ctx, caches));
      let status: RowStatus;
      if (ctx.kind === 'invoices') status = invoiceRow(r, index, ctx, invoiceState, out);
      else if (ctx.kind === 'customers') status = customerRow(r, customers, out);
      else if (ctx.kind === 'payments') status = paymentRow(r, ctx, seenKeys, out);
      else status = bankLineRow(r, ctx, seenKeys, out);
      if (r.errors.length > 0) {
        status = 'error';
        for (const e of r.errors) out.errors.push(e);
      } else if (r.warnings.length > 0) for (const w of r.warnings) out.warnings.push(w);
      out.status.push(status);
      out.counts[status]++;
    }
  }

  private nothingMapped(row: string[]): boolean {
    for (const c of this.mappedColumns) {
      const v = row[c];
      if (v !== undefined && v !== '' && v.trim() !== '') return false;
    }
    return true;
  }

  /**
   * The invoices made since the last call, handed over and no longer kept here (the result's list then
   * holds only those made after), and the stored invoices their updates replace (still kept: the
   * result lists them all).
   */
  take(): { invoices: Invoice[]; replaced: Invoice[] } {
    const invoices = this.out.invoices;
    this.out.invoices = [];
    const replaced = this.out.replaced.slice(this.replacedTaken);
    this.replacedTaken = this.out.replaced.length;
    return { invoices, replaced };
  }

  /** The result, with the notes on the file as a whole. */
  finish(): ImportResult {
    const { ctx, out, invoiceState } = this;
    const lineRows = this.groups.lineRows;
    const { pending } = out.counts;
    // Invoices, not rows: the further lines of a draft are not counted again.
    let kept = 0;
    out.status.forEach((s, i) => {
      if (s === 'not-receivable' && !lineRows.has(i)) kept++;
    });
    if (pending > 0) out.notes.push({ code: 'csv.import.pending', params: { count: pending } });
    if (kept > 0)
      out.notes.push({
        code: 'csv.import.not-receivable',
        params: { count: kept, statuses: [...invoiceState.skippedStatuses].slice(0, 5) },
      });
    if (invoiceState.computed > 0)
      out.notes.push({ code: 'csv.import.line-totals', params: { count: invoiceState.computed } });
    const paid = invoiceState.paid;
    if (paid.byPaymentDate + paid.byIssueDate > 0)
      out.notes.push({
        code: 'csv.import.paid-as-payments',
        params: {
          count: paid.byPaymentDate + paid.byIssueDate,
          fields: (['paid', 'balance', 'status'] as const).filter((f) => paid.fields.has(f)),
          byPaymentDate: paid.byPaymentDate,
          byIssueDate: paid.byIssueDate,
        },
      });
    const noCountry = invoiceState.noCountry;
    if (noCountry.count > 0)
      out.notes.push({
        code: 'csv.import.no-country',
        params: { count: noCountry.count, numbers: noCountry.numbers, country: ctx.defaultCountry },
      });
    return out;
  }
}
