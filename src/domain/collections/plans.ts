// Payment plans (issue #10, item 6): a chosen balance split into instalments, payments applied to the
// instalments oldest first, missed instalments, and acceleration (the whole rest falls due after N
// missed ones).
import { cachedDayNumber, type LedgerIndex } from '../balance';
import { addDays, addMonths } from '../dates';
import { allocate, multiplyRatio, decimalToFraction } from '../money';
import type { Instalment, IsoDate, PaymentPlan } from '../types';
import type { InstalmentState } from './reasons';

export interface ScheduleInput {
  /** Balance to split, minor units. */
  principal: number;
  /** Either a number of instalments or an amount per instalment (the last one is the rest). */
  count?: number;
  amount?: number;
  frequency: 'weekly' | 'monthly';
  firstDate: IsoDate;
  /** Annual simple interest on the balance still to pay, per period (optional). */
  interestPercent?: number;
  /** One-off fee, added to the first instalment (optional). */
  fee?: number;
}

export type ScheduleError =
  | { code: 'collections.plan.no-principal' }
  | { code: 'collections.plan.bad-count' }
  | { code: 'collections.plan.bad-amount' };

/**
 * The instalments of a plan. The principal is split exactly (equal parts, any leftover minor units to
 * the first ones; or fixed amounts with a smaller last one). Interest, when set, is simple interest on
 * the principal still owed during each period (a month = 1/12 year, a week = 7/365), rounded half-up
 * per instalment; the fee is added to the first instalment.
 */
export function planSchedule(input: ScheduleInput): { instalments: Instalment[]; errors: ScheduleError[] } {
  const { principal } = input;
  if (!Number.isInteger(principal) || principal <= 0)
    return { instalments: [], errors: [{ code: 'collections.plan.no-principal' }] };
  let parts: number[];
  if (input.amount !== undefined) {
    if (!Number.isInteger(input.amount) || input.amount <= 0)
      return { instalments: [], errors: [{ code: 'collections.plan.bad-amount' }] };
    const n = Math.ceil(principal / input.amount);
    if (n > 520) return { instalments: [], errors: [{ code: 'collections.plan.bad-amount' }] };
    parts = Array.from({ length: n }, (_, i) =>
      i < n - 1 ? input.amount! : principal - input.amount! * (n - 1),
    );
  } else {
    const n = input.count ?? 0;
    if (!Number.isInteger(n) || n < 1 || n > 520)
      return { instalments: [], errors: [{ code: 'collections.plan.bad-count' }] };
    parts = allocate(principal, new Array<number>(n).fill(1));
  }
  const [rateNum, rateDen] = decimalToFraction(String(input.interestPercent ?? 0));
  // Period fraction of a year: 1/12 or 7/365; interest = owed × rate/100 × fraction.
  const [fNum, fDen] = input.frequency === 'monthly' ? [1n, 12n] : [7n, 365n];
  let owed = principal;
  const instalments = parts.map((part, i) => {
    const dueDate =
      input.frequency === 'monthly' ? addMonths(input.firstDate, i) : addDays(input.firstDate, 7 * i);
    const interest = rateNum === 0n ? 0 : multiplyRatio(owed, rateNum * fNum, rateDen * 100n * fDen);
    owed -= part;
    const fee = i === 0 ? (input.fee ?? 0) : 0;
    return { dueDate, amount: part + interest + fee };
  });
  return { instalments, errors: [] };
}

export interface PlanTerms {
  /** The balance the plan covers, before interest and fee. */
  principal: number;
  /** Annual rate in percent (0 when the plan charges none). */
  interestPercent: number;
  /** The interest the schedule adds: what the instalments sum to beyond the principal and the fee. */
  interest: number;
  fee: number;
  /** What the instalments sum to: principal + interest + fee. */
  total: number;
}

/**
 * A plan's terms as an agreement states them: the instalments' total split into the principal, the
 * interest and the fee (a plan stored without its principal, or a schedule made without one, charged
 * neither interest nor anything but its fee).
 */
export function planTerms(plan: {
  instalments: readonly Instalment[];
  principal?: number;
  interestPercent?: number;
  fee?: number;
}): PlanTerms {
  const total = plan.instalments.reduce((s, i) => s + i.amount, 0);
  const fee = plan.fee ?? 0;
  const principal = plan.principal ?? total - fee;
  const interest = total - principal - fee;
  return { principal, interestPercent: interest > 0 ? (plan.interestPercent ?? 0) : 0, interest, fee, total };
}

export interface InstalmentView {
  index: number;
  dueDate: IsoDate;
  amount: number;
  /** Applied to this instalment from the payments so far (oldest instalment first). */
  paid: number;
  state: InstalmentState;
}

export interface PlanProgress {
  instalments: InstalmentView[];
  paid: number;
  remaining: number;
  /** Instalments past their date (and grace) still not fully paid. */
  missed: number;
  accelerated: boolean;
  completed: boolean;
}

/** What a plan's progress reads of it: whose, which invoices, its start and its schedule. */
export type PlanBasis = Pick<
  PaymentPlan,
  'customerId' | 'invoiceIds' | 'currency' | 'createdOn' | 'instalments' | 'accelerateAfter'
>;

/** Sum of payments on the plan's invoices (and unapplied payments of the customer) from its start to `day`. */
function paidBy(plan: PlanBasis, ledger: LedgerIndex, day: number): number {
  const start = cachedDayNumber(plan.createdOn);
  let paid = 0;
  for (const id of plan.invoiceIds)
    for (const e of ledger.byInvoice.get(id) ?? [])
      if (e.day >= start && e.day <= day && (e.kind === 'payment' || e.kind === 'discount')) paid -= e.delta;
  for (const e of ledger.accounts.get(plan.customerId) ?? [])
    if (e.kind === 'unapplied-payment' && e.day >= start && e.day <= day && e.currency === plan.currency)
      paid -= e.delta;
  return paid;
}

/** Where a plan stands on `asOf`: payments applied to instalments in order, what is missed, acceleration. */
export function planProgress(
  plan: PlanBasis,
  ledger: LedgerIndex,
  asOf: IsoDate,
  graceDays = 0,
): PlanProgress {
  const today = cachedDayNumber(asOf);
  const paid = paidBy(plan, ledger, today);
  let before = 0;
  let left = paid;
  let missed = 0;
  const instalments = plan.instalments.map((ins, index): InstalmentView => {
    const applied = Math.min(Math.max(left, 0), ins.amount);
    left -= applied;
    before += ins.amount;
    const deadline = cachedDayNumber(ins.dueDate) + graceDays;
    let state: InstalmentState;
    if (applied >= ins.amount) state = paidBy(plan, ledger, deadline) >= before ? 'paid' : 'paid-late';
    else if (today > deadline) state = 'missed';
    else if (today >= cachedDayNumber(ins.dueDate)) state = 'due';
    else state = applied > 0 ? 'partly-paid' : 'upcoming';
    if (state === 'missed') missed++;
    return { index, dueDate: ins.dueDate, amount: ins.amount, paid: applied, state };
  });
  const total = plan.instalments.reduce((s, i) => s + i.amount, 0);
  const accelerated = (plan.accelerateAfter ?? 0) > 0 && missed >= (plan.accelerateAfter ?? 0);
  return {
    instalments,
    paid,
    remaining: Math.max(0, total - paid),
    missed,
    accelerated,
    completed: paid >= total,
  };
}
