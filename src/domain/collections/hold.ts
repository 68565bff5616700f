// Credit hold and cash only (issue #10, item 9), and the credit check of new customers (item 11):
// suggestions with their reasons; the user decides.
import { daysFrom } from './days';
import type { Customer, IsoDate } from '../types';
import type { QueueReason } from './reasons';
import type { DunningPolicy } from './types';

export interface HoldFacts {
  /** Open balance in the customer's currency. */
  open: number;
  currency: string;
  oldestDaysLate: number;
  /** Dates of promises broken so far. */
  brokenPromises: readonly IsoDate[];
}

/** Why this customer should be put on credit hold, or [] (already held, or nothing against it). */
export function holdReasons(
  customer: Customer,
  facts: HoldFacts,
  policy: DunningPolicy,
  asOf: IsoDate,
): QueueReason[] {
  if (customer.creditHold || customer.cashOnly) return [];
  const out: QueueReason[] = [];
  const rules = policy.hold;
  if (rules.overLimit && customer.creditLimit !== undefined && facts.open > customer.creditLimit)
    out.push({
      code: 'collections.reason.over-limit',
      params: { open: facts.open, limit: customer.creditLimit, currency: facts.currency },
    });
  if (rules.daysLate > 0 && facts.oldestDaysLate >= rules.daysLate)
    out.push({
      code: 'collections.reason.days-late',
      params: { days: facts.oldestDaysLate, threshold: rules.daysLate },
    });
  if (rules.brokenPromiseDays > 0) {
    const recent = facts.brokenPromises.filter(
      (d) => d <= asOf && daysFrom(d, asOf) <= rules.brokenPromiseDays,
    );
    const last = recent.reduce<IsoDate | null>((m, d) => (m === null || d > m ? d : m), null);
    // A promise broken before the customer was last released from a hold does not count again.
    if (last !== null && (customer.holdSince === undefined || last > customer.holdSince))
      out.push({ code: 'collections.reason.broken-promise', params: { date: last } });
  }
  return out;
}

/** The flag for a customer given credit without a recorded credit check, once its open balance passes the threshold. */
export function creditCheckFlag(
  customer: Customer,
  open: number,
  currency: string,
  policy: DunningPolicy,
): QueueReason | null {
  if (customer.creditCheck || policy.creditCheckThreshold <= 0 || open <= policy.creditCheckThreshold)
    return null;
  return {
    code: 'collections.reason.no-credit-check',
    params: { open, threshold: policy.creditCheckThreshold, currency },
  };
}
