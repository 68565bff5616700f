// What deciding one line works with: the context of the run, a draft suggestion (allocations, evidence
// weights, reasons) and the amount rules every source of evidence shares.

import { allocatePayment } from '../domain/allocation';
import { discountFor } from '../domain/terms';
import type { Ledger, InvState } from './candidates';
import type { BankLineInput, MatchReason } from './types';

export interface Ctx {
  ledger: Ledger;
  tol: number;
  threshold: number;
}

export interface DraftAllocation {
  st: InvState;
  amount: number;
  discount?: number;
}

export interface Draft {
  allocations: DraftAllocation[];
  customerId: string | null;
  weights: number[];
  reasons: MatchReason[];
  unapplied: number;
}

/**
 * Allocates the line's amount to the invoices in the order given, never more than each remaining
 * balance: the domain's allocation (discounts are decided by the matcher's own evidence, not here).
 */
export function fill(
  states: InvState[],
  line: BankLineInput,
): { allocations: DraftAllocation[]; unapplied: number } {
  const byId = new Map(states.map((st) => [st.inv.id, st]));
  const result = allocatePayment(
    { amount: line.amount, date: line.date, currency: line.currency },
    states.map((st) => ({ invoice: st.inv, open: st.remaining })),
    { order: 'given', discounts: false },
  );
  return {
    allocations: result.allocations.map((a) => ({ st: byId.get(a.invoiceId) as InvState, amount: a.amount })),
    unapplied: result.unapplied,
  };
}

/** The discount a payment earns on `st` when it settles the rest of the invoice (money rules via terms.ts). */
export function settlingDiscount(st: InvState, line: BankLineInput, pay: number, ctx: Ctx) {
  if (pay >= st.remaining || !st.inv.terms) return null;
  const paidSoFar = st.inv.amount - st.remaining;
  const d = discountFor(st.inv.amount, st.inv.issueDate, st.inv.terms, line.date, paidSoFar + pay, ctx.tol);
  return d && d.settles ? d : null;
}

export const fitsAmount = (st: InvState, pay: number, tol: number): boolean =>
  Math.abs(st.remaining - pay) <= tol;

export function nameReason(customer: string, similarity: number): MatchReason {
  return { code: 'match.name-similar', params: { customer, similarity: Math.round(similarity * 100) / 100 } };
}
