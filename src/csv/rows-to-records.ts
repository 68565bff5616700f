// Turns mapped CSV rows into the records Overdue stores, checking every value on the way. Pure: the
// caller passes what it knows of the book (existing customers and invoice numbers) and an id factory.
// Nothing is thrown for bad data: every problem is a RowError with its line and column.
import { isCurrencyCode, currencyDigits, parseMoney } from '../domain/money';
import { parseDate as parseDateFmt } from '../domain/dates';
import { dueDate as dueFromTerms, parseTerms, DEFAULT_TERMS } from '../domain/terms';
import type {
  Customer,
  Invoice,
  IsoDate,
  Language,
  Payment,
  Adjustment,
  PaymentTerms,
} from '../domain/types';
import type { RowError } from './types';

import type { ImportKind } from './import-kinds';

export type { ImportKind } from './import-kinds';

export interface ImportFormat {
  decimalSeparator: '.' | ',';
  dateFormat: string | null;
}

export interface ExistingBook {
  customers: Customer[];
  /** Invoices already stored, by invoice number. */
  invoicesByNumber: Map<string, Invoice>;
  /** Fingerprints of the bank lines and imported payments already stored. */
  bankLineKeys: Set<string>;
}

export interface ImportContext {
  kind: ImportKind;
  /** Field name → 0-based column index. */
  fields: Record<string, number>;
  columns: string[];
  format: ImportFormat;
  defaultCurrency: string;
  defaultCountry: string;
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
export type RowStatus = 'new' | 'update' | 'same' | 'skip' | 'error' | 'outgoing' | 'line';

export interface ImportResult {
  customers: Customer[];
  invoices: Invoice[];
  /** Stored invoices that `invoices` replaces, as they were (for undo and the preview). */
  replaced: Invoice[];
  payments: Payment[];
  adjustments: Adjustment[];
  bankLines: ImportedBankLine[];
  errors: RowError[];
  /** One status per input row (same index). */
  status: RowStatus[];
  counts: Record<RowStatus, number>;
}

const LANGUAGE_OF: Record<string, Language> = {
  IT: 'it',
  FR: 'fr',
  RO: 'ro',
  DK: 'da',
  DE: 'de',
  AT: 'de',
  CH: 'de',
  BE: 'fr',
  LU: 'fr',
};

/** Folds case, diacritics, punctuation and legal-form noise so "ROSSI S.R.L." finds "Rossi Srl". */
export function customerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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
  const out: ImportResult = {
    customers: [],
    invoices: [],
    replaced: [],
    payments: [],
    adjustments: [],
    bankLines: [],
    errors: [],
    status: [],
    counts: { new: 0, update: 0, same: 0, skip: 0, error: 0, outgoing: 0, line: 0 },
  };
  const byTax = new Map<string, Customer>();
  const byName = new Map<string, Customer>();
  for (const c of ctx.existing.customers) {
    if (c.taxId) byTax.set(c.taxId.replace(/\s+/g, '').toUpperCase(), c);
    byName.set(customerKey(c.name), c);
  }
  const seenNumbers = new Map<string, number>();
  const seenBankKeys = new Map<string, number>();
  // A file repeats the same customer names and dates on many rows: normalise and parse each text once.
  const nameKeys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let k = nameKeys.get(name);
    if (k === undefined) nameKeys.set(name, (k = customerKey(name)));
    return k;
  };
  const parsedDates = new Map<string, IsoDate | null>();
  const parseDate = (text: string, format: string): IsoDate | null => {
    let v = parsedDates.get(text);
    if (v === undefined) parsedDates.set(text, (v = parseDateFmt(text, format)));
    return v;
  };
  const f = ctx.fields;

  const { lineRows, totals } =
    ctx.kind === 'invoices'
      ? lineItemGroups(rows, ctx)
      : { lineRows: new Set<number>(), totals: new Map<number, number>() };

  for (let index = 0; index < rows.length; index++) {
    if (index > 0 && index % chunk === 0) yield index;
    const row = rows[index] as string[];
    if (lineRows.has(index)) {
      out.status.push('line');
      out.counts.line++;
      continue;
    }
    const line = lines[index] ?? index + 1;
    const rowErrors: RowError[] = [];
    const cell = (field: string): string => {
      const i = f[field];
      return i === undefined ? '' : (row[i] ?? '').trim();
    };
    const fail = (field: string, code: string, message: string) => {
      const i = f[field];
      rowErrors.push({
        line,
        column: i === undefined ? undefined : i + 1,
        columnName: i === undefined ? field : ctx.columns[i],
        code,
        message,
      });
    };
    const required = (field: string, label: string): string => {
      const v = cell(field);
      if (!v) fail(field, 'missing-field', `${label} is missing.`);
      return v;
    };
    const currencyOf = (): string => {
      const raw = cell('currency').toUpperCase();
      if (!raw) return ctx.defaultCurrency;
      const code = { '€': 'EUR', $: 'USD', '£': 'GBP', LEI: 'RON', KR: 'DKK' }[raw] ?? raw;
      if (!isCurrencyCode(code)) fail('currency', 'unknown-currency', `Unknown currency "${raw}".`);
      return code;
    };
    const amountOf = (field: string, currency: string, label: string): number | null => {
      const text = cell(field);
      if (!text) return null;
      const digits = isCurrencyCode(currency) ? currencyDigits(currency) : 2;
      const v = parseMoney(text, { digits, decimalSeparator: ctx.format.decimalSeparator });
      if (v === null) fail(field, 'unparseable-amount', `${label}: "${text}" is not an amount.`);
      return v;
    };
    const dateOf = (field: string, label: string): IsoDate | null => {
      const text = cell(field);
      if (!text) return null;
      const v = ctx.format.dateFormat ? parseDate(text, ctx.format.dateFormat) : null;
      if (v === null)
        fail(
          field,
          'unparseable-date',
          `${label}: "${text}" is not a date${ctx.format.dateFormat ? ` in the format ${ctx.format.dateFormat}` : ''}.`,
        );
      return v;
    };
    const findOrCreateCustomer = (name: string, currency: string): Customer => {
      const tax = cell('customerTaxId').replace(/\s+/g, '').toUpperCase();
      const found = (tax && byTax.get(tax)) || byName.get(keyOf(name));
      if (found) return found;
      const country = (cell('country').toUpperCase() || ctx.defaultCountry).slice(0, 2);
      const terms = cell('terms') ? parseTerms(cell('terms')) : null;
      const customer: Customer = {
        id: ctx.newId('cus'),
        name,
        country,
        language: (cell('language').toLowerCase().slice(0, 2) as Language) || LANGUAGE_OF[country] || 'en',
        currency,
        debtor: 'business',
        creditHold: false,
        escalation: 'none',
        createdAt: ctx.today,
        importBatchId: ctx.batchId,
        ...(tax ? { taxId: tax } : {}),
        ...(cell('customerEmail') ? { email: cell('customerEmail') } : {}),
        ...(cell('phone') ? { phone: cell('phone') } : {}),
        ...(cell('address') ? { address: cell('address') } : {}),
        ...(terms ? { terms } : {}),
      };
      if (!['en', 'it', 'fr', 'ro', 'da', 'de'].includes(customer.language))
        customer.language = LANGUAGE_OF[country] ?? 'en';
      out.customers.push(customer);
      if (tax) byTax.set(tax, customer);
      byName.set(keyOf(name), customer);
      return customer;
    };

    let status: RowStatus = 'new';
    if (ctx.kind === 'invoices') {
      const number = required('invoiceNumber', 'Invoice number');
      const name = cell('customer') || cell('customerTaxId');
      if (!name) fail('customer', 'missing-field', 'Customer is missing.');
      const currency = currencyOf();
      const amount =
        f.amount !== undefined ? (totals.get(index) ?? amountOf('amount', currency, 'Amount')) : null;
      if (f.amount !== undefined && !cell('amount')) fail('amount', 'missing-field', 'Amount is missing.');
      if (f.amount === undefined) fail('amount', 'missing-field', 'No column is mapped to the amount.');
      const issueDate = dateOf('issueDate', 'Issue date');
      if (f.issueDate === undefined || !cell('issueDate'))
        fail('issueDate', 'missing-field', 'Issue date is missing.');
      let due = dateOf('dueDate', 'Due date');
      const termsText = cell('terms');
      let terms: PaymentTerms | undefined;
      if (termsText) {
        terms = parseTerms(termsText) ?? undefined;
        if (!terms)
          fail(
            'terms',
            'unparseable-terms',
            `Payment terms "${termsText}" are not understood (e.g. "net 30", "2/10 net 30", "30 giorni fine mese").`,
          );
      }
      if (due && issueDate && due < issueDate)
        fail('dueDate', 'due-before-issue', `Due date ${due} is before the issue date ${issueDate}.`);
      if (number && seenNumbers.has(number)) {
        fail(
          'invoiceNumber',
          'duplicate-number',
          `Invoice number ${number} appears twice in this file (first on line ${seenNumbers.get(number)}).`,
        );
      } else if (number) seenNumbers.set(number, line);
      const paid = amountOf('paid', currency, 'Amount paid');
      const balance = amountOf('balance', currency, 'Open balance');
      const paymentDate = dateOf('paymentDate', 'Payment date');

      if (rowErrors.length === 0 && amount !== null && issueDate && name) {
        const customer = findOrCreateCustomer(name, currency);
        if (!due) due = dueFromTerms(issueDate, terms ?? customer.terms ?? DEFAULT_TERMS, null) ?? issueDate;
        if (amount < 0) {
          out.adjustments.push({
            id: ctx.newId('adj'),
            kind: 'credit-note',
            customerId: customer.id,
            date: issueDate,
            amount: -amount,
            currency,
            number,
            reason: cell('description') || 'Credit note',
            importBatchId: ctx.batchId,
          });
        } else {
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
            ...(terms ? { terms } : {}),
            ...(cell('description') ? { description: cell('description') } : {}),
          };
          if (existing) {
            const same =
              existing.customerId === invoice.customerId &&
              existing.issueDate === invoice.issueDate &&
              existing.dueDate === invoice.dueDate &&
              existing.amount === invoice.amount &&
              existing.currency === invoice.currency;
            status = same ? 'same' : ctx.onExisting === 'update' ? 'update' : 'skip';
            if (status === 'update') {
              out.invoices.push({ ...existing, ...invoice, importBatchId: existing.importBatchId });
              out.replaced.push(existing);
            }
          } else {
            out.invoices.push(invoice);
            const settled =
              paid ??
              (balance !== null
                ? amount - balance
                : /^(paid|pagat|payé|bezahlt|betalt|saldat)/i.test(cell('status'))
                  ? amount
                  : 0);
            if (settled > 0) {
              // What the export says was already paid becomes a payment dated when it was paid, or
              // (unknown) at issue, so no late interest is ever claimed on money already received.
              out.payments.push({
                id: ctx.newId('pay'),
                date: paymentDate ?? issueDate,
                amount: Math.min(settled, amount),
                currency,
                customerId: customer.id,
                reference: `Paid before import (${number})`,
                allocations: [{ invoiceId: invoice.id, amount: Math.min(settled, amount) }],
                importBatchId: ctx.batchId,
              });
            }
          }
        }
      }
    } else if (ctx.kind === 'customers') {
      const name = required('customer', 'Customer name');
      const currency = currencyOf();
      if (rowErrors.length === 0) {
        const before = out.customers.length;
        const c = findOrCreateCustomer(name, currency);
        status = out.customers.length > before ? 'new' : 'same';
        if (status === 'new' && cell('creditLimit')) {
          const limit = amountOf('creditLimit', currency, 'Credit limit');
          if (limit !== null) c.creditLimit = limit;
        }
      }
    } else if (ctx.kind === 'payments') {
      const currency = currencyOf();
      const amount = f.amount !== undefined ? amountOf('amount', currency, 'Amount') : null;
      if (amount === null && !rowErrors.length) fail('amount', 'missing-field', 'Amount is missing.');
      const dateField =
        ['paymentDate', 'bookingDate', 'date', 'valueDate'].find((k) => f[k] !== undefined) ?? 'paymentDate';
      const date = dateOf(dateField, 'Payment date');
      if (!date && !rowErrors.length) fail('paymentDate', 'missing-field', 'Payment date is missing.');
      const number = cell('invoiceNumber');
      const invoice = number ? ctx.existing.invoicesByNumber.get(number) : undefined;
      if (number && !invoice)
        fail('invoiceNumber', 'unknown-invoice', `No stored invoice has the number ${number}.`);
      if (rowErrors.length === 0 && amount !== null && date) {
        const payer = cell('customer') || cell('counterparty');
        const reference = cell('reference') || number;
        // The same payment in a file imported again is recognised by its fingerprint, as bank lines are.
        const base = `pay|${date}|${amount}|${currency}|${payer}|${reference}`;
        const n = (seenBankKeys.get(base) ?? 0) + 1;
        seenBankKeys.set(base, n);
        const key = `${base}|${n}`;
        if (amount <= 0) status = 'outgoing';
        else if (ctx.existing.bankLineKeys.has(key)) status = 'same';
        else
          out.payments.push({
            id: ctx.newId('pay'),
            date,
            amount,
            currency,
            customerId: invoice?.customerId,
            payer: payer || undefined,
            reference: reference || undefined,
            allocations: invoice ? [{ invoiceId: invoice.id, amount }] : [],
            bankLineKey: key,
            importBatchId: ctx.batchId,
          });
      }
    } else {
      const currency = currencyOf();
      let amount: number | null = null;
      if (f.amount !== undefined) amount = amountOf('amount', currency, 'Amount');
      else {
        const credit = amountOf('credit', currency, 'Credit');
        const debit = amountOf('debit', currency, 'Debit');
        if (credit !== null || debit !== null) amount = Math.abs(credit ?? 0) - Math.abs(debit ?? 0);
      }
      if (amount === null && rowErrors.length === 0)
        fail(f.amount !== undefined ? 'amount' : 'credit', 'missing-field', 'Amount is missing.');
      const dateField =
        ['bookingDate', 'valueDate', 'date', 'paymentDate'].find((k) => f[k] !== undefined) ?? 'bookingDate';
      const date = dateOf(dateField, 'Date');
      if (!date && rowErrors.length === 0) fail(dateField, 'missing-field', 'Date is missing.');
      if (rowErrors.length === 0 && amount !== null && date) {
        if (amount <= 0) status = 'outgoing';
        else {
          const counterparty = cell('counterparty');
          const reference = cell('reference') || cell('description');
          const base = `${date}|${amount}|${currency}|${counterparty}|${reference}`;
          // Two identical lines on one statement are two payments: number the repeats.
          const n = (seenBankKeys.get(base) ?? 0) + 1;
          seenBankKeys.set(base, n);
          const key = `${base}|${n}`;
          if (ctx.existing.bankLineKeys.has(key)) status = 'same';
          else
            out.bankLines.push({
              id: ctx.newId('bank'),
              importBatchId: ctx.batchId,
              key,
              line,
              date,
              amount,
              currency,
              counterparty,
              reference,
              status: 'unmatched',
            });
        }
      }
    }
    if (rowErrors.length) {
      status = 'error';
      out.errors.push(...rowErrors);
    }
    out.status.push(status);
    out.counts[status]++;
  }
  return out;
}

const LINE_HEADER = /line|item|riga|ligne|article|position|linie|posten|produs|vare/i;

/**
 * Invoicing tools often export one row per invoice line (FreshBooks, Zoho): rows that repeat an invoice
 * number with the same customer and issue date (and differ elsewhere) are lines of one invoice. The invoice
 * amount is the sum of a line-amount column, or the value an invoice-total column repeats on each line.
 */
function lineItemGroups(
  rows: string[][],
  ctx: ImportContext,
): { lineRows: Set<number>; totals: Map<number, number> } {
  const lineRows = new Set<number>();
  const totals = new Map<number, number>();
  const f = ctx.fields;
  const ni = f.invoiceNumber;
  const ai = f.amount;
  if (ni === undefined || ai === undefined) return { lineRows, totals };
  const key = (row: string[], field: string) =>
    f[field] === undefined ? '' : (row[f[field] as number] ?? '').trim();
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const number = (row[ni] ?? '').trim();
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
  const perLine = LINE_HEADER.test(ctx.columns[ai] ?? '');
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const first = rows[g[0] as number] as string[];
    const currency = key(first, 'currency').toUpperCase() || ctx.defaultCurrency;
    const digits = isCurrencyCode(currency) ? currencyDigits(currency) : 2;
    const amounts = g.map((i) =>
      parseMoney((rows[i] as string[])[ai] ?? '', { digits, decimalSeparator: ctx.format.decimalSeparator }),
    );
    if (amounts.some((a) => a === null)) continue; // left as rows, so each bad amount is reported where it is
    const values = amounts as number[];
    const repeated = values.every((v) => v === values[0]);
    totals.set(
      g[0] as number,
      perLine || !repeated ? values.reduce((a, b) => a + b, 0) : (values[0] as number),
    );
    for (const i of g.slice(1)) lineRows.add(i);
  }
  return { lineRows, totals };
}
