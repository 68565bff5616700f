// Rows of a payments file: a payment each, allocated to the invoice it names; the same payment in a
// file imported again is recognised by its fingerprint, as bank lines are.

import { DATE_FIELDS_OF } from './import-kinds';
import type { RowReader } from './import-row';
import type { ImportContext, ImportResult, RowStatus } from './rows-to-records';

/** Fingerprint counts: two identical lines in one file are two payments, numbered. */
export type SeenKeys = Map<string, number>;

export function repeatKey(seen: SeenKeys, base: string): string {
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return `${base}|${n}`;
}

/** The first mapped date field of a kind's stand-ins (its own date first). */
export function dateFieldOf(r: RowReader, kind: 'payments' | 'bank-statement'): string {
  const fields = DATE_FIELDS_OF[kind];
  return fields.find((k) => r.mapped(k)) ?? (fields[0] as string);
}

export function paymentRow(r: RowReader, ctx: ImportContext, seen: SeenKeys, out: ImportResult): RowStatus {
  const dateField = dateFieldOf(r, 'payments');
  if (r.pending(dateField)) return 'pending';
  const currency = r.currency();
  const parsed = r.mapped('amount') ? r.amount('amount', currency) : null;
  const amount = parsed === null ? null : r.signed(parsed);
  if (amount === null && r.errors.length === 0) r.missing('amount');
  const date = r.date(dateField);
  if (!date && r.errors.length === 0) r.missing('paymentDate');
  const number = r.cell('invoiceNumber');
  const invoice = number ? ctx.existing.invoicesByNumber.get(number) : undefined;
  // A payment of an invoice the book does not hold still happened: it is kept unallocated (the
  // customer's credit), and the preview says which number was not found.
  if (number && !invoice) r.warn('invoiceNumber', { code: 'unknown-invoice', params: { number } });
  if (r.errors.length > 0) return 'error';
  if (amount === null || !date) return 'skip';
  const payer = r.cell('customer') || r.cell('counterparty');
  const reference = r.cell('reference') || number;
  const key = repeatKey(seen, `pay|${date}|${amount}|${currency}|${payer}|${reference}`);
  if (amount <= 0) return 'outgoing';
  if (ctx.existing.bankLineKeys.has(key)) return 'same';
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
  return 'new';
}
