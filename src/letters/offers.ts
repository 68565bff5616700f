// Default terms for the letters that propose something: a payment plan's schedule, a settlement amount,
// an early-payment discount. Pure; the user's own plan or offer, when recorded, is used instead.
import { addDays, addMonths } from '../domain/dates';
import { allocate, percentOf } from '../domain/money';
import type { Instalment, IsoDate } from '../domain/types';

/** `count` monthly instalments summing exactly to `total`, the first `firstAfterDays` after `date`;
 * the odd cents go to the first instalments. */
export function monthlyPlan(total: number, count: number, date: IsoDate, firstAfterDays = 30): Instalment[] {
  const n = Math.max(1, Math.floor(count));
  const amounts = allocate(
    total,
    Array.from({ length: n }, () => 1),
  );
  const first = addDays(date, firstAfterDays);
  return amounts.map((amount, k) => ({ dueDate: addMonths(first, k), amount }));
}

/** A settlement for `percent` of `total`, rounded half-up to the minor unit. */
export function settlementAmount(total: number, percent: number): number {
  return percentOf(total, percent);
}
