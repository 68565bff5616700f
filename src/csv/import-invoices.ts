// Rows of an invoice list: an invoice each (or a credit note for a negative amount), what the export says
// was already paid as a payment, and line-item exports folded into one invoice per number.

import { dueDate as dueFromTerms, parseTerms, DEFAULT_TERMS } from '../domain/terms';
import type { Adjustment, Invoice, PaymentTerms } from '../domain/types';
import type { CustomerIndex } from './import-customers';
import type { RowReader } from './import-row';
import { parseMoney } from '../domain/money';
import { amountProblem, parseAmount } from './parse-values';
import {
  creditNoteKey,
  type ImportContext,
  type ImportResult,
  type PaidSource,
  type RowStatus,
} from './rows-to-records';
import type { TextIndex } from './text-index';

// Paid in full, in the six languages (Romanian "Încasată", "Achitată"); not "Încasată parțial",
// "Payée partiellement", "Pagata parzialmente": how much of those was paid the status does not say.
const PAID_STATUS =
  /^(paid|pagat|incassat|payé|bezahlt|betalt|saldat|[îi]ncasat|achitat|pl[ăa]tit)(?!.*\b(?:par[tțţz]|delvis|teilw))/iu;
// Drafts were never sent, void and cancelled invoices were withdrawn: none of them is owed.
const NOT_RECEIVABLE =
  /^(draft|void|voided|cancel+ed|deleted|bozza|annullat[ao]|stornat[aoă]|brouillon|annul[ée]e?|ciorn[aă]|anulat[aă]|kladde|udkast|annulleret|slettet|entwurf|storniert|storno|annulliert|gel[öo]scht)(?![\p{L}])/iu;

export interface InvoiceRows {
  customers: CustomerIndex;
  /** Invoice numbers seen in this file, with the line of their first row. */
  seenNumbers: TextIndex;
  /** Line-item totals by the row index of each invoice's first line. */
  totals: Map<number, number>;
  /** The status words of the invoices left out as not owed. */
  skippedStatuses: Set<string>;
  /** How many invoices' customer has no country, and the first few numbers (a note names them). */
  noCountry: { count: number; numbers: string[] };
  /** Invoices whose amount was computed from their lines. */
  computed: number;
  /** New invoices whose paid part became a payment, by the date it got, and where the file said so. */
  paid: { byPaymentDate: number; byIssueDate: number; fields: Set<PaidSource> };
  /** Some invoice number stood on two rows (so rows may be lines of one invoice). */
  repeated: boolean;
  /** Numbers of the rows left out as not owed (their numbers are not among `seenNumbers`). */
  draftNumbers: string[];
}

export function invoiceRow(
  r: RowReader,
  index: number,
  ctx: ImportContext,
  state: InvoiceRows,
  out: ImportResult,
): RowStatus {
  const statusText = r.cell('status');
  if (statusText && NOT_RECEIVABLE.test(statusText)) {
    state.skippedStatuses.add(statusText);
    const number = seriesNumber(r.cell('invoiceSeries'), r.cell('invoiceNumber'));
    if (number) state.draftNumbers.push(number);
    return 'not-receivable';
  }
  const number = seriesNumber(r.cell('invoiceSeries'), r.required('invoiceNumber'));
  const name = r.cell('customer') || r.cell('customerTaxId');
  if (!name) r.missing('customer');
  const currency = r.currency();
  // An open-items list maps only the open amount: it stands in for the total.
  const amountField = r.mapped('amount') ? 'amount' : r.mapped('balance') ? 'balance' : null;
  let amount: number | null = null;
  if (r.mapped('unitPrice') && (amountField === null || !r.cell(amountField))) {
    // Line items without a total: the sum of the invoice's lines (lineItemGroups), stated in the preview.
    amount = state.totals.get(index) ?? null;
    if (amount === null) r.fail('unitPrice', amountProblem(r.cell('unitPrice'), 'unitPrice', ctx.format));
    else state.computed++;
  } else if (amountField === null) r.fail('amount', { code: 'unmapped-field', params: { field: 'amount' } });
  else {
    amount = state.totals.get(index) ?? r.amount(amountField, currency);
    // A Soll/Haben mark on the customer's account: Soll is what the customer owes (an invoice), Haben
    // what it is credited (a credit note), the reverse of a bank's debit and credit.
    if (amount !== null && r.mapped('sign')) amount = -r.signed(amount);
    if (!r.cell(amountField)) r.missing(amountField);
  }
  // Likewise a list with due dates only: the due date stands in for the issue date.
  const issueField = r.mapped('issueDate') || !r.mapped('dueDate') ? 'issueDate' : 'dueDate';
  const issued = issueField === 'issueDate' ? r.date('issueDate') : null;
  if (!r.mapped(issueField) || !r.cell(issueField)) r.missing(issueField);
  let due = r.date('dueDate');
  const issueDate = issueField === 'issueDate' ? issued : due;
  const termsText = r.cell('terms');
  let terms: PaymentTerms | undefined;
  if (termsText) {
    terms = parseTerms(termsText) ?? undefined;
    if (!terms) r.fail('terms', { code: 'unparseable-terms', params: { value: termsText } });
  }
  // In otherwise clear data a due date before the issue date is a slip: the invoice is due when issued.
  if (due && issueDate && due < issueDate) {
    r.warn('dueDate', { code: 'due-before-issue', params: { due, issue: issueDate } });
    due = issueDate;
  }
  // The line of the number's first row, or none (and this row's line is kept as its first).
  const first = number ? state.seenNumbers.add(number, r.line) : undefined;
  if (first !== undefined) {
    state.repeated = true;
    r.fail('invoiceNumber', { code: 'duplicate-number', params: { number, firstLine: first } });
  }
  const paid = r.amount('paid', currency);
  const balance = amountField === 'balance' ? null : r.amount('balance', currency);
  const paymentDate = r.date('paymentDate');

  if (r.errors.length > 0) return 'error';
  if (amount === null || !issueDate || !name) return 'skip';
  const customer = state.customers.findOrCreate(r, name, currency);
  if (!due) due = dueFromTerms(issueDate, terms ?? customer.terms ?? DEFAULT_TERMS, null) ?? issueDate;
  if (amount < 0) {
    // The same credit note stored already (the file read again): not added twice.
    if (number && ctx.existing.bankLineKeys.has(creditNoteKey(number, currency, -amount))) return 'same';
    const note: Adjustment = {
      id: ctx.newId('adj'),
      kind: 'credit-note',
      customerId: customer.id,
      date: issueDate,
      amount: -amount,
      currency,
      number,
      importBatchId: ctx.batchId,
    };
    // The file's own words only: the screens name the kind in the reader's language.
    const reason = r.cell('description');
    if (reason) note.reason = reason;
    out.adjustments.push(note);
    return 'new';
  }
  const existing = ctx.existing.invoicesByNumber.get(number);
  const invoice: Invoice = {
    id: existing?.id ?? ctx.newId('inv'),
    number,
    customerId: customer.id,
    issueDate,
    dueDate: due,
    currency,
    amount,
    importBatchId: existing?.importBatchId ?? ctx.batchId,
  };
  // Set, not spread in: an object literal with spreads is built far slower, once per row.
  if (terms) invoice.terms = terms;
  const description = r.cell('description');
  if (description) invoice.description = description;
  if (existing) {
    const same =
      existing.customerId === invoice.customerId &&
      existing.issueDate === invoice.issueDate &&
      existing.dueDate === invoice.dueDate &&
      existing.amount === invoice.amount &&
      existing.currency === invoice.currency;
    const status: RowStatus = same ? 'same' : ctx.onExisting === 'update' ? 'update' : 'skip';
    if (status === 'update') {
      out.invoices.push({ ...existing, ...invoice, importBatchId: existing.importBatchId });
      out.replaced.push(existing);
    }
    return status;
  }
  out.invoices.push(invoice);
  if (state.customers.withoutCountry.has(customer.id) && state.noCountry.count++ < 5)
    state.noCountry.numbers.push(number);
  const source: PaidSource | null =
    paid !== null
      ? 'paid'
      : balance !== null
        ? 'balance'
        : PAID_STATUS.test(r.cell('status'))
          ? 'status'
          : null;
  const settled = paid ?? (balance !== null ? amount - balance : source === 'status' ? amount : 0);
  if (settled > 0) {
    if (paymentDate) state.paid.byPaymentDate++;
    else state.paid.byIssueDate++;
    if (source) state.paid.fields.add(source);
    // What the export says was already paid becomes a payment dated when it was paid, or
    // (unknown) at issue, so no late interest is ever claimed on money already received.
    out.payments.push({
      id: ctx.newId('pay'),
      date: paymentDate ?? issueDate,
      amount: Math.min(settled, amount),
      currency,
      customerId: customer.id,
      reference: (ctx.paidReference ?? 'Paid before import ({number})').replace('{number}', () => number),
      allocations: [{ invoiceId: invoice.id, amount: Math.min(settled, amount) }],
      importBatchId: ctx.batchId,
    });
  }
  return 'new';
}

/**
 * A line's amount in minor units: quantity × unit price, plus its tax (an amount, or a rate such as "22%"),
 * rounded half away from zero to the currency's minor unit once per line. Null when a value is unreadable.
 */
export function lineAmount(
  row: string[],
  fields: Record<string, number>,
  format: ImportContext['format'],
  currency: string,
): number | null {
  const cell = (field: string): string => {
    const i = fields[field];
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const price = parseAmount(cell('unitPrice'), format, currency);
  if (price === null) return null;
  const qtyText = cell('quantity');
  // Quantities to 4 decimals (1.5 hours, 0.25 kg), as an integer of ten-thousandths.
  const qty =
    qtyText === '' ? 10_000 : parseMoney(qtyText, { digits: 4, decimalSeparator: format.decimalSeparator });
  if (qty === null) return null;
  let exact = (qty * price) / 10_000;
  const taxText = cell('tax');
  if (taxText.endsWith('%')) {
    const rate = parseMoney(taxText.slice(0, -1), { digits: 4, decimalSeparator: format.decimalSeparator });
    if (rate === null) return null;
    exact += (exact * rate) / 1_000_000;
  } else if (taxText !== '') {
    const tax = parseAmount(taxText, format, currency);
    if (tax === null) return null;
    exact += tax;
  }
  return Math.sign(exact) * Math.round(Math.abs(exact));
}

const LINE_HEADER = /line|item|riga|ligne|article|position|linie|posten|produs|vare/i;

/**
 * Invoicing tools often export one row per invoice line (FreshBooks, Zoho): rows that repeat an invoice
 * number with the same customer and issue date (and differ elsewhere) are lines of one invoice. The invoice
 * amount is the sum of a line-amount column, or the value an invoice-total column repeats on each line.
 */
export function lineItemGroups(
  rows: string[][],
  ctx: ImportContext,
): { lineRows: Map<number, number>; totals: Map<number, number> } {
  /** Each further line's row → the row of its invoice's first line. */
  const lineRows = new Map<number, number>();
  const totals = new Map<number, number>();
  const f = ctx.fields;
  const ni = f.invoiceNumber;
  const ai = f.amount;
  // Without a total (no column, or empty on every line), each line's amount is quantity × unit price (+ tax).
  const canCompute = f.unitPrice !== undefined;
  if (ni === undefined || (ai === undefined && !canCompute)) return { lineRows, totals };
  const key = (row: string[], field: string) =>
    f[field] === undefined ? '' : (row[f[field] as number] ?? '').trim();
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const number = seriesNumber(key(row, 'invoiceSeries'), (row[ni] ?? '').trim());
    if (!number) return;
    const g = groups.get(number);
    if (!g) groups.set(number, [i]);
    else {
      const first = rows[g[0] as number] as string[];
      // A row identical to an earlier one is a duplicate (reported), not another line of the invoice.
      const text = row.join('\u0001');
      const repeat = g.some((j) => (rows[j] as string[]).join('\u0001') === text);
      if (
        !repeat &&
        key(row, 'customer') === key(first, 'customer') &&
        key(row, 'issueDate') === key(first, 'issueDate')
      )
        g.push(i);
    }
  });
  const perLineHeader = ai !== undefined && LINE_HEADER.test(ctx.columns[ai] ?? '');
  for (const g of groups.values()) {
    const computed =
      canCompute && (ai === undefined || g.every((i) => ((rows[i] as string[])[ai] ?? '').trim() === ''));
    const perLine = computed || perLineHeader;
    if (g.length < 2 && !computed) continue;
    const first = rows[g[0] as number] as string[];
    const currency = key(first, 'currency').toUpperCase() || ctx.defaultCurrency;
    const amounts = g.map((i) => {
      const row = rows[i] as string[];
      return computed
        ? lineAmount(row, f, ctx.format, currency)
        : parseAmount(row[ai as number] ?? '', ctx.format, currency);
    });
    if (amounts.some((a) => a === null)) continue; // left as rows, so each bad amount is reported where it is
    const values = amounts as number[];
    const repeated = values.every((v) => v === values[0]);
    totals.set(
      g[0] as number,
      perLine || !repeated ? values.reduce((a, b) => a + b, 0) : (values[0] as number),
    );
    for (const i of g.slice(1)) lineRows.set(i, g[0] as number);
  }
  return { lineRows, totals };
}

/**
 * The invoice's number as its customer reads it: the series before the number ("TPA 1021"), unless
 * there is no series or the number already starts with it ("TPA1021").
 */
export function seriesNumber(series: string, number: string): string {
  if (!series || !number || number.startsWith(series)) return number;
  return `${series} ${number}`;
}
