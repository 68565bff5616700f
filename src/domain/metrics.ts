// Collection metrics: DSO (standard and countback), collection effectiveness index, days to pay,
// days late, share paid late, and promises to pay kept or broken. One currency at a time: amounts
// in different currencies are never added. Ratios and day averages are plain numbers (not money).

import { cachedDayNumber, invoiceBalance, type LedgerIndex } from './balance';
import { addDays, addMonths, endOfMonth } from './dates';
import type { Activity, CurrencyCode, Invoice, IsoDate } from './types';

/** A period of whole days, both ends included. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

function periodDays(p: Period): number {
  const days = cachedDayNumber(p.to) - cachedDayNumber(p.from) + 1;
  if (days <= 0) throw new Error('metrics: period ends before it starts');
  return days;
}

/** Open balance of one invoice as of a day number (0 before issue). */
function openOn(invoice: Invoice, ledger: LedgerIndex, day: number): number {
  if (cachedDayNumber(invoice.issueDate) > day) return 0;
  let open = invoice.amount;
  for (const e of ledger.byInvoice.get(invoice.id) ?? []) {
    if (e.day > day) break;
    open += e.delta;
  }
  return Math.max(0, open);
}

/** Total open receivables in `currency` as of a date; with `currentOnly`, only invoices not yet past due. */
export function receivablesAt(
  invoices: readonly Invoice[],
  ledger: LedgerIndex,
  asOf: IsoDate,
  currency: CurrencyCode,
  currentOnly = false,
): number {
  const day = cachedDayNumber(asOf);
  let total = 0;
  for (const inv of invoices) {
    if (inv.currency !== currency) continue;
    if (currentOnly && cachedDayNumber(inv.dueDate) < day) continue;
    total += openOn(inv, ledger, day);
  }
  return total;
}

/** Gross amount of invoices in `currency` issued within the period (credit sales). */
export function creditSales(invoices: readonly Invoice[], period: Period, currency: CurrencyCode): number {
  const from = cachedDayNumber(period.from);
  const to = cachedDayNumber(period.to);
  let total = 0;
  for (const inv of invoices) {
    if (inv.currency !== currency) continue;
    const d = cachedDayNumber(inv.issueDate);
    if (d >= from && d <= to) total += inv.amount;
  }
  return total;
}

export interface DsoResult {
  dso: number;
  receivables: number;
  sales: number;
  days: number;
}

/** Standard DSO: `receivables at period end / credit sales in period × days in period`. Null without sales. */
export function dsoStandard(
  invoices: readonly Invoice[],
  ledger: LedgerIndex,
  period: Period,
  currency: CurrencyCode,
): DsoResult | null {
  const days = periodDays(period);
  const sales = creditSales(invoices, period, currency);
  const receivables = receivablesAt(invoices, ledger, period.to, currency);
  if (sales === 0) return null;
  return { dso: (receivables / sales) * days, receivables, sales, days };
}

export interface CountbackMonth extends Period {
  sales: number;
  /** Days of this month counted into the DSO (a fraction for the last one). */
  daysCounted: number;
}

export interface CountbackResult {
  dso: number;
  receivables: number;
  months: CountbackMonth[];
  /** True when the receivables outlasted `maxMonths` of sales: the DSO is then a lower bound. */
  exhausted: boolean;
}

/**
 * Countback DSO: take the receivables at `asOf` and walk back month by month (months ending on
 * `asOf`'s day of the month; calendar months when `asOf` is a month end), taking each month's
 * credit sales off them; each month fully absorbed counts all its days, the last one the fraction
 * `remaining / sales` of its days.
 */
export function dsoCountback(
  invoices: readonly Invoice[],
  ledger: LedgerIndex,
  asOf: IsoDate,
  currency: CurrencyCode,
  maxMonths = 24,
): CountbackResult {
  const receivables = receivablesAt(invoices, ledger, asOf, currency);
  const months: CountbackMonth[] = [];
  let left = receivables;
  let dso = 0;
  // Months end on the as-of day of the month, or on month ends when the as-of date is one.
  const atMonthEnd = endOfMonth(asOf) === asOf;
  const monthEnd = (k: number): IsoDate =>
    atMonthEnd ? endOfMonth(addMonths(asOf, -k)) : addMonths(asOf, -k);
  for (let k = 0; k < maxMonths && left > 0; k++) {
    const to = monthEnd(k);
    const from = addDays(monthEnd(k + 1), 1);
    const period = { from, to };
    const days = periodDays(period);
    const sales = creditSales(invoices, period, currency);
    const counted = sales <= left ? days : (left / sales) * days;
    months.push({ from, to, sales, daysCounted: counted });
    dso += counted;
    left = Math.max(0, left - sales);
  }
  return { dso, receivables, months, exhausted: left > 0 };
}

export interface CeiResult {
  /** A ratio: 1 means everything collectable was collected. */
  cei: number;
  beginning: number;
  sales: number;
  ending: number;
  endingCurrent: number;
}

/**
 * Collection effectiveness index for a period:
 * `(beginning receivables + credit sales − ending receivables) / (beginning receivables + credit sales − ending current receivables)`.
 * Beginning = open at the end of the day before `from`; current = not yet past due at `to`. Null when the denominator is 0.
 */
export function collectionEffectiveness(
  invoices: readonly Invoice[],
  ledger: LedgerIndex,
  period: Period,
  currency: CurrencyCode,
): CeiResult | null {
  periodDays(period);
  const beginning = receivablesAt(invoices, ledger, addDays(period.from, -1), currency);
  const sales = creditSales(invoices, period, currency);
  const ending = receivablesAt(invoices, ledger, period.to, currency);
  const endingCurrent = receivablesAt(invoices, ledger, period.to, currency, true);
  const denominator = beginning + sales - endingCurrent;
  if (denominator === 0) return null;
  return { cei: (beginning + sales - ending) / denominator, beginning, sales, ending, endingCurrent };
}

export interface PaymentStats {
  /** Invoices issued by `asOf` (and from `since`, when given). */
  invoiceCount: number;
  /** Closed by payment (with any discount) by `asOf`. */
  paidCount: number;
  paidLateCount: number;
  /** Open and past due at `asOf`. */
  openOverdueCount: number;
  /** Closed by a write-off. */
  writtenOffCount: number;
  /** Simple mean of `settledOn − issueDate` over paid invoices. */
  averageDaysToPay: number | null;
  /** Simple mean of `max(0, settledOn − dueDate)` over paid invoices (early payment counts as 0). */
  averageDaysLate: number | null;
  /** The same, weighted by invoice amount. */
  weightedAverageDaysLate: number | null;
  /** `(paid late + open overdue + written off) / (paid + open overdue + written off)`. */
  shareLate: number | null;
  maxDaysLate: number;
  /** Days past due of the oldest open overdue invoice at `asOf` (0 when none). */
  oldestOpenDaysOverdue: number;
}

/**
 * Payment behaviour over a set of invoices (usually one customer's) as of a date. An invoice is
 * "paid" when its balance reached zero through payments and discounts (see `invoiceBalance`);
 * the day it did so is its payment day. Invoices open and not yet due are not yet counted.
 */
export function paymentStats(
  invoices: readonly Invoice[],
  ledger: LedgerIndex,
  asOf: IsoDate,
  since?: IsoDate,
): PaymentStats {
  const sinceDay = since === undefined ? -Infinity : cachedDayNumber(since);
  const asOfDay = cachedDayNumber(asOf);
  const s: PaymentStats = {
    invoiceCount: 0,
    paidCount: 0,
    paidLateCount: 0,
    openOverdueCount: 0,
    writtenOffCount: 0,
    averageDaysToPay: null,
    averageDaysLate: null,
    weightedAverageDaysLate: null,
    shareLate: null,
    maxDaysLate: 0,
    oldestOpenDaysOverdue: 0,
  };
  let sumToPay = 0;
  let sumLate = 0;
  let weightedLate = 0;
  let weight = 0;
  for (const inv of invoices) {
    const issue = cachedDayNumber(inv.issueDate);
    if (issue > asOfDay || issue < sinceDay) continue;
    s.invoiceCount++;
    // Nothing paid or credited: open in full, overdue from the day after the due date (as
    // `invoiceBalance` says, without building its record for each of a million invoices).
    if (inv.amount > 0 && !ledger.byInvoice.has(inv.id)) {
      const late = asOfDay - cachedDayNumber(inv.dueDate);
      if (late > 0) {
        s.openOverdueCount++;
        s.oldestOpenDaysOverdue = Math.max(s.oldestOpenDaysOverdue, late);
      }
      continue;
    }
    const b = invoiceBalance(inv, ledger, asOf);
    if (b.open > 0) {
      if (b.overdue) {
        s.openOverdueCount++;
        s.oldestOpenDaysOverdue = Math.max(s.oldestOpenDaysOverdue, b.daysOverdue);
      }
      continue;
    }
    if (b.settledBy === 'write-off') s.writtenOffCount++;
    if (b.settledBy !== 'payment' || b.settledOn === null) continue;
    const paid = cachedDayNumber(b.settledOn);
    const late = Math.max(0, paid - cachedDayNumber(inv.dueDate));
    s.paidCount++;
    if (late > 0) s.paidLateCount++;
    sumToPay += paid - issue;
    sumLate += late;
    weightedLate += late * inv.amount;
    weight += inv.amount;
    s.maxDaysLate = Math.max(s.maxDaysLate, late);
  }
  if (s.paidCount > 0) {
    s.averageDaysToPay = sumToPay / s.paidCount;
    s.averageDaysLate = sumLate / s.paidCount;
    s.weightedAverageDaysLate = weight > 0 ? weightedLate / weight : 0;
  }
  const decided = s.paidCount + s.openOverdueCount + s.writtenOffCount;
  if (decided > 0) s.shareLate = (s.paidLateCount + s.openOverdueCount + s.writtenOffCount) / decided;
  return s;
}

export type PromiseStatus = 'kept' | 'broken' | 'pending';

export interface PromiseOutcome {
  activityId: string;
  customerId: string;
  promiseDate: IsoDate;
  status: PromiseStatus;
  /** How the status was reached: the user's mark, or the payments found on the promised invoices. */
  basis: 'marked' | 'payments' | 'no-evidence' | 'not-due';
  /** Paid (with discounts) on the promised invoices between the promise and its date, when looked up. */
  paid?: number;
}

/**
 * Promises to pay (Activity kind 'promise' with a `promiseDate`) as of a date. Marked kept: kept.
 * Promise date not yet passed (`promiseDate >= asOf`): pending. Otherwise, marked not kept: broken;
 * unmarked: looked up in the ledger, kept when the payments on its invoices from the promise's
 * date to the promised date reach `promiseAmount` (or, without an amount, when its invoices given in
 * `invoices` were all settled by then); without that evidence, broken.
 */
export function promiseOutcomes(
  activities: readonly Activity[],
  asOf: IsoDate,
  ledger?: LedgerIndex,
  invoices?: ReadonlyMap<string, Invoice>,
): PromiseOutcome[] {
  const asOfDay = cachedDayNumber(asOf);
  const out: PromiseOutcome[] = [];
  for (const a of activities) {
    if (a.kind !== 'promise' || !a.promiseDate) continue;
    const base = { activityId: a.id, customerId: a.customerId, promiseDate: a.promiseDate };
    const due = cachedDayNumber(a.promiseDate);
    if (a.promiseKept === true) out.push({ ...base, status: 'kept', basis: 'marked' });
    else if (due >= asOfDay) out.push({ ...base, status: 'pending', basis: 'not-due' });
    else if (a.promiseKept === false) out.push({ ...base, status: 'broken', basis: 'marked' });
    else if (!ledger || a.invoiceIds.length === 0)
      out.push({ ...base, status: 'broken', basis: 'no-evidence' });
    else {
      const start = cachedDayNumber(a.date);
      let paid = 0;
      let allSettled = invoices !== undefined;
      for (const id of a.invoiceIds) {
        for (const e of ledger.byInvoice.get(id) ?? [])
          if (e.day >= start && e.day <= due && (e.kind === 'payment' || e.kind === 'discount'))
            paid -= e.delta;
        const inv = invoices?.get(id);
        if (!inv || openOn(inv, ledger, due) > 0) allSettled = false;
      }
      const kept = a.promiseAmount !== undefined ? paid >= a.promiseAmount : allSettled;
      out.push({ ...base, status: kept ? 'kept' : 'broken', basis: 'payments', paid });
    }
  }
  return out;
}

/** Number of broken promises as of a date (see `promiseOutcomes`). */
export function brokenPromiseCount(
  activities: readonly Activity[],
  asOf: IsoDate,
  ledger?: LedgerIndex,
  invoices?: ReadonlyMap<string, Invoice>,
): number {
  return promiseOutcomes(activities, asOf, ledger, invoices).filter((p) => p.status === 'broken').length;
}
