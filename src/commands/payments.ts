// Payments typed or pasted into the payments grid: each becomes a payment allocated to the invoices
// it names, or else to the customer's open invoices oldest first (with the early-payment discount
// when the terms give one); what is left stays on account.
import { allocatePayment, allocationCandidates, type AllocationCandidate } from '../domain/allocation';
import type { LedgerIndex } from '../domain/balance';
import { isCurrencyCode } from '../domain/money';
import type { DateOrder } from '../domain/date-text';
import type { Customer, Invoice, Payment } from '../domain/types';
import type { ChangeSet } from '../db/change-set';
import { buildLedgerIndex } from '../domain/balance';
import { applyCellEdits } from './cells';
import type { CellEdit, CommandError, CommandResult, Ctx, Snapshot } from './types';
import { customerKey } from '../csv/rows-to-records';
import { msg, type Msg } from './message';
import { readAmount, readDate } from './invoices';

/** A payment's date, payer or reference, edited in the grid; the rest is set when it is entered. */
export function applyPaymentCell(
  p: Payment,
  columnId: string,
  text: string,
  order: DateOrder,
): Payment | Msg {
  if (columnId === 'date') {
    const d = readDate(text, order);
    return d ? { ...p, date: d } : msg('grid.error.notDate', { value: text });
  }
  if (columnId === 'payer' || columnId === 'reference') return { ...p, [columnId]: text.trim() };
  return msg('grid.error.notEditable');
}

export interface PaymentContext {
  invoices: readonly Invoice[];
  customers: readonly Customer[];
  ledger: LedgerIndex;
  newId: (prefix: string) => string;
  defaultCurrency: string;
  dateOrder: DateOrder;
}

export interface PaymentInsertOutcome {
  change: ChangeSet;
  errors: CommandError[];
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
    const fail = (columnId: string, error: Msg) => errors.push({ index, columnId, error });
    const before = errors.length;
    const date = readDate(row.date ?? '', ctx.dateOrder);
    if (!date) fail('date', msg('payments.edit.date', { value: row.date ?? '' }));
    const numbers = (row.invoices ?? '').split(/[,;\s]+/).filter(Boolean);
    const named: Invoice[] = [];
    for (const n of numbers) {
      const inv = byNumber.get(n);
      if (inv) named.push(inv);
      else fail('invoices', msg('payments.edit.unknownInvoice', { number: n }));
    }
    const customerText = (row.customer ?? '').trim();
    const customer = customerText
      ? byName.get(customerKey(customerText))
      : ctx.customers.find((c) => c.id === named[0]?.customerId);
    if (customerText && !customer)
      fail('customer', msg('payments.edit.unknownCustomer', { name: customerText }));
    const currency =
      (row.currency ?? '').trim().toUpperCase() ||
      named[0]?.currency ||
      customer?.currency ||
      ctx.defaultCurrency;
    if (!isCurrencyCode(currency)) fail('currency', msg('payments.edit.currency', { value: currency }));
    const amount = readAmount(row.amount ?? '', currency);
    if (amount === null || amount <= 0)
      fail('amount', msg('payments.edit.amount', { value: row.amount ?? '' }));
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

/** Payments typed or pasted in the grid, allocated from every payment and credit stored. */
export function recordPayments(
  snapshot: Snapshot,
  rows: readonly Record<string, string>[],
  ctx: Ctx,
): CommandResult {
  const out = planPaymentInserts([...rows], {
    invoices: snapshot.list('invoices'),
    customers: snapshot.list('customers'),
    ledger: buildLedgerIndex(snapshot.list('payments'), snapshot.list('adjustments')),
    newId: ctx.newId,
    defaultCurrency: ctx.company.baseCurrency || 'EUR',
    dateOrder: ctx.dateOrder,
  });
  return { ...out, label: msg('payments.undo.new', { count: out.change.payments?.put?.length ?? 0 }) };
}

export function editPayments(snapshot: Snapshot, cells: readonly CellEdit[], ctx: Ctx): CommandResult {
  const { updated, errors } = applyCellEdits(
    cells,
    (id) => snapshot.get('payments', id),
    (p, columnId, text) => applyPaymentCell(p, columnId, text, ctx.dateOrder),
  );
  return { change: { payments: { put: updated } }, errors, label: msg('payments.undo.edit') };
}

/** Deletes payments; one that came from a bank line sends that line back to the matching list. */
export function deletePayments(snapshot: Snapshot, ids: readonly string[]): CommandResult {
  const set = new Set(ids);
  const lines = snapshot.list('bankLines').filter((l) => l.paymentId && set.has(l.paymentId));
  return {
    change: {
      payments: { delete: [...ids] },
      bankLines: { put: lines.map(({ paymentId: _p, ...l }) => ({ ...l, status: 'unmatched' as const })) },
    },
    errors: [],
    label:
      ids.length === 1
        ? msg('payments.undo.deleteOne')
        : msg('payments.undo.deleteMany', { count: ids.length }),
  };
}
