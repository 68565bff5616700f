// Payments typed or pasted into the payments grid: each becomes a payment allocated to the invoices
// it names, or else to the customer's open invoices oldest first (with the early-payment discount
// when the terms give one); what is left stays on account.
import { allocatePayment, allocationCandidates, type AllocationCandidate } from '../../domain/allocation';
import type { LedgerIndex } from '../../domain/balance';
import { isCurrencyCode } from '../../domain/money';
import type { Customer, Invoice, Payment } from '../../domain/types';
import type { ChangeSet } from '../../db/book';
import { customerKey } from '../../csv/rows-to-records';
import { t } from '../../i18n';
import { readAmount, readDate } from './invoice-edits';

/** A payment's date, payer or reference, edited in the grid; the rest is set when it is entered. */
export function applyPaymentCell(p: Payment, columnId: string, text: string): Payment | string {
  if (columnId === 'date') {
    const d = readDate(text);
    return d ? { ...p, date: d } : t('grid.error.notDate', { value: text });
  }
  if (columnId === 'payer' || columnId === 'reference') return { ...p, [columnId]: text.trim() };
  return t('grid.error.notEditable');
}

export interface PaymentContext {
  invoices: readonly Invoice[];
  customers: readonly Customer[];
  ledger: LedgerIndex;
  newId: (prefix: string) => string;
  defaultCurrency: string;
}

export interface PaymentInsertOutcome {
  change: ChangeSet;
  errors: { index: number; columnId: string; message: string }[];
}

export function planPaymentInserts(
  rows: Record<string, string>[],
  ctx: PaymentContext,
): PaymentInsertOutcome {
  const byNumber = new Map(ctx.invoices.map((i) => [i.number, i]));
  const byName = new Map(ctx.customers.map((c) => [customerKey(c.name), c]));
  const payments: Payment[] = [];
  const errors: PaymentInsertOutcome['errors'] = [];
  // Payments entered together must not allocate the same open balance twice.
  const used = new Map<string, number>();

  rows.forEach((row, index) => {
    const fail = (columnId: string, message: string) => errors.push({ index, columnId, message });
    const before = errors.length;
    const date = readDate(row.date ?? '');
    if (!date) fail('date', t('payments.edit.date', { value: row.date ?? '' }));
    const numbers = (row.invoices ?? '').split(/[,;\s]+/).filter(Boolean);
    const named: Invoice[] = [];
    for (const n of numbers) {
      const inv = byNumber.get(n);
      if (inv) named.push(inv);
      else fail('invoices', t('payments.edit.unknownInvoice', { number: n }));
    }
    const customerText = (row.customer ?? '').trim();
    const customer = customerText
      ? byName.get(customerKey(customerText))
      : ctx.customers.find((c) => c.id === named[0]?.customerId);
    if (customerText && !customer)
      fail('customer', t('payments.edit.unknownCustomer', { name: customerText }));
    const currency =
      (row.currency ?? '').trim().toUpperCase() ||
      named[0]?.currency ||
      customer?.currency ||
      ctx.defaultCurrency;
    if (!isCurrencyCode(currency)) fail('currency', t('payments.edit.currency', { value: currency }));
    const amount = readAmount(row.amount ?? '', currency);
    if (amount === null || amount <= 0)
      fail('amount', t('payments.edit.amount', { value: row.amount ?? '' }));
    if (errors.length > before || !date || amount === null) return;

    // Open balances after every payment already recorded (later ones too), for invoices issued by then.
    const candidates: AllocationCandidate[] = allocationCandidates(
      named.length ? named : ctx.invoices.filter((i) => i.customerId === customer?.id),
      ctx.ledger,
      '9999-12-31',
    )
      .filter((c) => c.invoice.issueDate <= date)
      .map((c) => ({ ...c, open: c.open - (used.get(c.invoice.id) ?? 0) }));
    const result =
      customer || named.length
        ? allocatePayment({ amount, date, currency }, candidates, {
            order: named.length ? 'given' : 'oldest-due',
          })
        : { allocations: [], unapplied: amount };
    for (const a of result.allocations)
      used.set(a.invoiceId, (used.get(a.invoiceId) ?? 0) + a.amount + (a.discount ?? 0));
    payments.push({
      id: ctx.newId('pay'),
      date,
      amount,
      currency,
      ...(customer ? { customerId: customer.id } : {}),
      ...(row.payer?.trim() ? { payer: row.payer.trim() } : customer ? { payer: customer.name } : {}),
      ...(row.reference?.trim() ? { reference: row.reference.trim() } : {}),
      method: 'manual',
      allocations: result.allocations,
    });
  });
  return { change: { payments: { put: payments } }, errors };
}
