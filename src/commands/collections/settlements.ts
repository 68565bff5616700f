// Settlement offers: made (an amount or a share of the balance, by a deadline), accepted, and — once
// paid — the rest written off with the offer as the reason. Expiry needs no command: after the deadline
// the offer reads as expired and the full debt is chased again.
import { allocatePayment, allocationCandidates } from '../../domain/allocation';
import { buildLedgerIndex } from '../../domain/balance';
import { offerAmount, settlementWriteOffs } from '../../domain/collections/settlement';
import { isIsoDate } from '../../domain/dates';
import type { Adjustment, Payment, SettlementOffer } from '../../domain/types';
import { msg, refused } from '../message';
import type { CommandResult, Ctx, Snapshot } from '../types';
import {
  caseNote,
  customerWithInvoices,
  settlingInvoices,
  ledgerOf,
  openOn,
  typedAmount,
  writeOffNotes,
} from './shared';

export interface OfferInput {
  customerId: string;
  invoiceIds: string[];
  amount?: string;
  percent?: number;
  deadline: string;
  agencyFeePercent?: number;
}

export function offerSettlement(snapshot: Snapshot, input: OfferInput, ctx: Ctx): CommandResult {
  const label = msg('collections.undo.offer');
  const found = customerWithInvoices(snapshot, input.customerId, input.invoiceIds);
  if (typeof found === 'string') return refused(label, found);
  const { customer, invoices } = found;
  // An invoice in an offer still open (or in a plan being kept) would be settled twice.
  const { planned, offered } = settlingInvoices(snapshot, ctx.today);
  if (invoices.some((i) => offered.has(i.id))) return refused(label, 'collections.error.alreadyOffered');
  if (invoices.some((i) => planned.has(i.id))) return refused(label, 'collections.error.alreadyInPlan');
  if (!isIsoDate(input.deadline) || input.deadline < ctx.today)
    return refused(label, 'collections.error.deadline');
  const currency = invoices[0]!.currency;
  const balance = [...openOn(invoices, ledgerOf(snapshot), ctx.today).values()].reduce((s, v) => s + v, 0);
  const typed = input.amount?.trim() ? typedAmount(input.amount, currency) : undefined;
  if (typed === null) return refused(label, 'collections.error.amount');
  // A share typed as "62,5" that the page could not read arrives as NaN: said, not computed with.
  if (typed === undefined && (input.percent === undefined || !(input.percent > 0 && input.percent < 100)))
    return refused(
      label,
      input.percent === undefined ? 'collections.error.amount' : 'collections.error.percent',
    );
  const fee = input.agencyFeePercent;
  if (fee !== undefined && !(fee >= 0 && fee < 100)) return refused(label, 'collections.error.percent');
  const amount = offerAmount(balance, typed !== undefined ? { amount: typed } : { percent: input.percent! });
  if (amount <= 0 || amount >= balance) return refused(label, 'collections.error.amount');
  const offer: SettlementOffer = {
    id: ctx.newId('set'),
    customerId: customer.id,
    invoiceIds: invoices.map((i) => i.id),
    currency,
    offeredOn: ctx.today,
    amount,
    deadline: input.deadline,
    status: 'open',
    balance,
  };
  if (typed === undefined) offer.percent = input.percent!;
  if (input.agencyFeePercent !== undefined) offer.agencyFeePercent = input.agencyFeePercent;
  const note = caseNote(ctx, customer.id, offer.invoiceIds, ctx.today, 'settlement-offered', {
    eventAmount: amount,
    eventCurrency: currency,
    settlementId: offer.id,
  });
  return { change: { settlements: { put: [offer] }, activities: { put: [note] } }, errors: [], label };
}

/**
 * The customer accepts. With `paid`, the payment of the offer's amount is recorded with it (spread over
 * the offer's invoices, oldest first); once the payments since the offer reach its amount, the rest of
 * every invoice is written off with the offer as the reason.
 */
export function acceptSettlement(
  snapshot: Snapshot,
  input: { offerId: string; date?: string; paid?: boolean },
  ctx: Ctx,
): CommandResult {
  const label = msg('collections.undo.accept');
  const offer = snapshot.get('settlements', input.offerId);
  if (!offer || offer.status === 'rejected') return refused(label, 'collections.error.noOffer');
  const date = input.date ?? ctx.today;
  if (!isIsoDate(date) || date > offer.deadline) return refused(label, 'collections.error.deadline');
  const accepted: SettlementOffer = { ...offer, status: 'accepted', acceptedOn: offer.acceptedOn ?? date };
  const invoices = offer.invoiceIds.map((id) => snapshot.get('invoices', id)).filter((i) => i !== undefined);
  const payments: Payment[] = [];
  const ledger0 = ledgerOf(snapshot);
  if (input.paid) {
    const { allocations, unapplied } = allocatePayment(
      { amount: offer.amount, date, currency: offer.currency },
      allocationCandidates(invoices, ledger0, date),
      { discounts: false },
    );
    if (unapplied > 0) return refused(label, 'collections.error.amount');
    payments.push({
      id: ctx.newId('pay'),
      date,
      amount: offer.amount,
      currency: offer.currency,
      customerId: offer.customerId,
      allocations,
      method: 'settlement',
    });
  }
  const ledger = payments.length
    ? buildLedgerIndex([...snapshot.list('payments'), ...payments], snapshot.list('adjustments'))
    : ledger0;
  const batchId = ctx.newId('wo');
  const writeOffs: Adjustment[] = settlementWriteOffs(
    accepted,
    new Map(invoices.map((i) => [i.id, i])),
    ledger,
    date,
  ).map((w) => ({
    id: ctx.newId('adj'),
    kind: 'write-off',
    customerId: offer.customerId,
    invoiceId: w.invoiceId,
    date,
    amount: w.amount,
    currency: offer.currency,
    writeOffReason: 'settlement',
    settlementId: offer.id,
    batchId,
  }));
  // The log says when the customer accepted (once), and what the settlement wrote off when it did.
  const notes = [
    ...(offer.status === 'accepted'
      ? []
      : [
          caseNote(ctx, offer.customerId, offer.invoiceIds, date, 'settlement-accepted', {
            eventAmount: offer.amount,
            eventCurrency: offer.currency,
            settlementId: offer.id,
          }),
        ]),
    ...writeOffNotes(ctx, writeOffs, date, 'written-off'),
  ];
  return {
    change: {
      settlements: { put: [accepted] },
      ...(payments.length ? { payments: { put: payments } } : {}),
      ...(writeOffs.length ? { adjustments: { put: writeOffs } } : {}),
      ...(notes.length ? { activities: { put: notes } } : {}),
    },
    errors: [],
    label,
  };
}

export function rejectSettlement(snapshot: Snapshot, input: { offerId: string }, ctx: Ctx): CommandResult {
  const label = msg('collections.undo.reject');
  const offer = snapshot.get('settlements', input.offerId);
  if (!offer) return refused(label, 'collections.error.noOffer');
  const note = caseNote(ctx, offer.customerId, offer.invoiceIds, ctx.today, 'settlement-rejected', {
    settlementId: offer.id,
  });
  return {
    change: { settlements: { put: [{ ...offer, status: 'rejected' }] }, activities: { put: [note] } },
    errors: [],
    label,
  };
}
