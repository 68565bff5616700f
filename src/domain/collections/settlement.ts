// Settlement offers (issue #10, item 7): an amount or a share of the balance by a deadline, weighed
// against what the debt is expected to bring if chased on (the customer's behaviour, the debt's age,
// the agency's commission). Accepted and paid: the rest is written off with the offer as the reason.
// Expired: the full debt stands again.
import type { BehaviourCategory } from '../behaviour';
import { cachedDayNumber, openBalance, type LedgerIndex } from '../balance';
import { percentOf } from '../money';
import type { Invoice, IsoDate, SettlementOffer } from '../types';
import type { SettlementState } from './reasons';

// Share of a commercial debt recovered by age, as small-business collection guides quote the
// Commercial Collection Agency Association's survey (about 70 % after 3 months, a half after 6,
// under a quarter after a year). A rough guide, shown as such: the user sees the figures it gives.
export const RECOVERY_BY_AGE: readonly { upTo: number; percent: number }[] = [
  { upTo: 30, percent: 95 },
  { upTo: 90, percent: 85 },
  { upTo: 180, percent: 70 },
  { upTo: 365, percent: 50 },
  { upTo: 730, percent: 23 },
  { upTo: Infinity, percent: 10 },
];

/** Multiplier of the age table by payment behaviour, in percent. */
export const RECOVERY_BY_BEHAVIOUR: Readonly<Record<BehaviourCategory, number>> = {
  reliable: 100,
  new: 90,
  sporadic: 90,
  'temporary-difficulty': 90,
  avoider: 60,
  'non-payer': 50,
};

export interface RecoveryInput {
  balance: number;
  daysLate: number;
  category: BehaviourCategory;
  /** Commission an agency would take of what it recovers, percent. */
  agencyFeePercent: number;
}

export interface RecoveryEstimate {
  /** Chance of recovery used, percent (age table × behaviour multiplier). */
  chancePercent: number;
  /** Balance × chance: what chasing on is expected to recover. */
  expected: number;
  /** Expected less the agency's commission. */
  expectedNet: number;
}

export function expectedRecovery(input: RecoveryInput): RecoveryEstimate {
  const age = RECOVERY_BY_AGE.find((r) => input.daysLate <= r.upTo)!.percent;
  const chancePercent = (age * RECOVERY_BY_BEHAVIOUR[input.category]) / 100;
  const expected = percentOf(input.balance, chancePercent);
  const expectedNet = expected - percentOf(expected, input.agencyFeePercent);
  return { chancePercent, expected, expectedNet };
}

export interface OfferEvaluation extends RecoveryEstimate {
  offer: number;
  /** What would be written off on acceptance. */
  writeOff: number;
  /** Offer − expected net recovery: positive when settling is worth more than chasing on. */
  advantage: number;
}

/** The offer's amount from an amount or a percentage of the balance (half-up). */
export function offerAmount(balance: number, offer: { amount?: number; percent?: number }): number {
  if (offer.amount !== undefined) return offer.amount;
  return percentOf(balance, offer.percent ?? 100);
}

export function evaluateOffer(offer: number, input: RecoveryInput): OfferEvaluation {
  const est = expectedRecovery(input);
  return { ...est, offer, writeOff: Math.max(0, input.balance - offer), advantage: offer - est.expectedNet };
}

/** Paid on the offer's invoices from the day it was made to `asOf`. */
export function paidOnOffer(offer: SettlementOffer, ledger: LedgerIndex, asOf: IsoDate): number {
  const from = cachedDayNumber(offer.offeredOn);
  const to = cachedDayNumber(asOf);
  let paid = 0;
  for (const id of offer.invoiceIds)
    for (const e of ledger.byInvoice.get(id) ?? [])
      if (e.day >= from && e.day <= to && e.kind === 'payment' && e.sourceId) paid -= e.delta;
  return paid;
}

/**
 * The state of an offer on `asOf`: `paid` once accepted and the payments since the offer reach its
 * amount; `expired` after the deadline unless accepted (an accepted offer still unpaid after its
 * deadline has also lapsed); `rejected` as marked.
 */
export function settlementState(offer: SettlementOffer, ledger: LedgerIndex, asOf: IsoDate): SettlementState {
  if (offer.status === 'rejected') return 'rejected';
  const accepted = offer.status === 'accepted' && (offer.acceptedOn ?? offer.offeredOn) <= asOf;
  if (accepted && paidOnOffer(offer, ledger, asOf) >= offer.amount) return 'paid';
  if (asOf > offer.deadline) return 'expired';
  return accepted ? 'accepted' : 'open';
}

/**
 * What to write off when an accepted offer has been paid: each invoice's rest on `asOf`, with the
 * offer as the reason. Empty until the offer is paid (an offer accepted but unpaid writes off nothing).
 */
export function settlementWriteOffs(
  offer: SettlementOffer,
  invoices: ReadonlyMap<string, Invoice>,
  ledger: LedgerIndex,
  asOf: IsoDate,
): { invoiceId: string; amount: number }[] {
  if (settlementState(offer, ledger, asOf) !== 'paid') return [];
  const out: { invoiceId: string; amount: number }[] = [];
  for (const id of offer.invoiceIds) {
    const inv = invoices.get(id);
    if (!inv) continue;
    const rest = openBalance(inv, ledger, asOf);
    if (rest > 0) out.push({ invoiceId: id, amount: rest });
  }
  return out;
}
