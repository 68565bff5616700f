// Fees on an invoice: the statutory fixed compensation charged as its own record, waived or restored
// with its date.
import type { Compensation } from '../domain/fees';
import type { Adjustment } from '../domain/types';
import { disputedAmounts, disputesFromLog } from '../domain/collections/disputes';
import { msg, refused } from './message';
import type { CommandResult, Ctx, Snapshot } from './types';

export function chargeCompensation(
  snapshot: Snapshot,
  input: { invoiceId: string; compensation: Pick<Compensation, 'amount' | 'currency' | 'law'> },
  ctx: Ctx,
): CommandResult {
  const invoice = snapshot.get('invoices', input.invoiceId);
  const label = msg('fees.undo.charged', { number: invoice?.number ?? '' });
  if (!invoice) return { change: {}, errors: [{ error: msg('fees.error.notChargeable') }], label };
  const charged = snapshot
    .list('adjustments')
    .some((a) => a.invoiceId === invoice.id && a.kind === 'fee' && a.feeKind === 'compensation' && !a.waived);
  if (charged || input.compensation.currency !== invoice.currency || input.compensation.amount <= 0)
    return { change: {}, errors: [{ error: msg('fees.error.notChargeable') }], label };
  if (disputedOn(snapshot, invoice.id, invoice.customerId, ctx.today))
    return refused(label, 'fees.error.disputed');
  const fee: Adjustment = {
    id: ctx.newId('adj'),
    kind: 'fee',
    feeKind: 'compensation',
    customerId: invoice.customerId,
    invoiceId: invoice.id,
    date: ctx.today,
    amount: input.compensation.amount,
    currency: input.compensation.currency,
    reason: input.compensation.law,
  };
  return { change: { adjustments: { put: [fee] } }, errors: [], label };
}

/** Waives a fee from the as-of date (it counted until then), or restores it. */
export function setFeeWaived(
  snapshot: Snapshot,
  input: { adjustmentId: string; waived: boolean },
  ctx: Ctx,
): CommandResult {
  const fee = snapshot.get('adjustments', input.adjustmentId);
  const label = input.waived ? msg('fees.undo.waived') : msg('fees.undo.restored');
  if (!fee) return { change: {}, errors: [], label };
  const { waivedOn: _w, ...rest } = fee;
  const next: Adjustment = input.waived
    ? { ...fee, waived: true, waivedOn: ctx.today }
    : { ...rest, waived: false };
  return { change: { adjustments: { put: [next] } }, errors: [], label };
}

/**
 * Charges the claimable late interest of an invoice as a fee of kind `interest` (a claim with its own
 * balance, which can itself be paid), dated the as-of date. Refused when nothing is claimable.
 */
export function chargeInterest(
  snapshot: Snapshot,
  input: { invoiceId: string; amount: number; currency: string; reason: string },
  ctx: Ctx,
): CommandResult {
  const invoice = snapshot.get('invoices', input.invoiceId);
  const label = msg('fees.undo.interestCharged', { number: invoice?.number ?? '' });
  if (
    !invoice ||
    input.currency !== invoice.currency ||
    !(input.amount > 0) ||
    !Number.isSafeInteger(input.amount)
  )
    return { change: {}, errors: [{ error: msg('fees.error.notChargeable') }], label };
  if (disputedOn(snapshot, invoice.id, invoice.customerId, ctx.today))
    return refused(label, 'fees.error.disputed');
  const fee: Adjustment = {
    id: ctx.newId('adj'),
    kind: 'fee',
    feeKind: 'interest',
    customerId: invoice.customerId,
    invoiceId: invoice.id,
    date: ctx.today,
    amount: input.amount,
    currency: input.currency,
    reason: input.reason,
  };
  return { change: { adjustments: { put: [fee] } }, errors: [], label };
}

/** An open dispute (any part) of the invoice on `date`: no interest or fee is demanded on it until resolved. */
function disputedOn(snapshot: Snapshot, invoiceId: string, customerId: string, date: string): boolean {
  const log = snapshot.list('activities').filter((a) => a.customerId === customerId && a.kind === 'dispute');
  const invoice = snapshot.get('invoices', invoiceId);
  return disputedAmounts(disputesFromLog(log), date, invoice ? [invoice] : []).has(invoiceId);
}
