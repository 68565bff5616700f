// Expected collections over the eight weeks after the as-of date, from three sources — invoices falling
// due, promises to pay and payment-plan instalments — each weighted by how the customer pays, with the
// basis of every weight given as a code (put into words by `src/i18n/reasons/dashboard.ts`). For weeks
// that have since passed, what actually came in on the invoices open at the as-of date stands beside
// the forecast, so a forecast made at a past as-of date can be checked.
import { addDays, dayNumber, fromDayNumber } from '../domain/dates';
import { cachedDayNumber } from '../domain/balance';
import type { LedgerEntry, LedgerIndex } from '../domain/balance';
import type { Activity, PaymentPlan } from '../domain/types';
import type { InvoiceRow } from '../model/read-model';
import type { Category } from './debtors';
import { IdSet } from '../domain/id-map';

/** Share of an amount expected to come in, by payment category (reliable payers pay, avoiders rarely on time). */
export const CATEGORY_WEIGHT: Record<Category, number> = {
  reliable: 0.95,
  new: 0.8,
  sporadic: 0.7,
  'temporary-difficulty': 0.7,
  avoider: 0.35,
  'non-payer': 0.25,
};
/** Share of a promised amount expected, by the customer's broken promises so far (0, 1, 2 or more). */
export const PROMISE_WEIGHT = [0.9, 0.6, 0.3] as const;

export interface CustomerPaying {
  category: Category;
  /** Average days late of paid invoices (null: no history): invoices are expected that much after due. */
  averageDaysLate: number | null;
  brokenPromises: number;
}

export type ForecastBasis =
  | { code: 'dashboard.forecast.due'; params: { category: Category; weight: number } }
  | { code: 'dashboard.forecast.promise'; params: { broken: number; weight: number } }
  | { code: 'dashboard.forecast.plan'; params: { category: Category; weight: number } };

export interface BasisLine {
  basis: ForecastBasis;
  /** Amount before weighting, and the weighted expectation, over the eight weeks. */
  amount: number;
  expected: number;
  count: number;
}

export interface ForecastWeek {
  from: string;
  to: string;
  /** Weighted expectation per source. */
  due: number;
  promises: number;
  plans: number;
  expected: number;
  /** Paid in this week on the invoices open at the as-of date; null while the week has not ended. */
  actual: number | null;
}

/** What a forecast reads besides the invoices open at the as-of date. */
export interface ForecastBase {
  asOf: string;
  /** The day up to which payments are known (normally today): later weeks have no actual figure. */
  today: string;
  currency: string;
  activities: readonly Activity[];
  plans: readonly PaymentPlan[];
  paying: (customerId: string) => CustomerPaying;
  weeks?: number;
}

export interface ForecastInput extends ForecastBase {
  rows: readonly InvoiceRow[];
  ledger: LedgerIndex;
}

export interface Forecast {
  weeks: ForecastWeek[];
  basis: BasisLine[];
}

/** The categories in a fixed order, for sums kept per category in arrays. */
export const CATEGORIES: readonly Category[] = [
  'reliable',
  'new',
  'sporadic',
  'temporary-difficulty',
  'avoider',
  'non-payer',
];

/**
 * A forecast being summed: the weeks, the plans' and promises' basis lines, and the part expected by
 * due dates kept per week and per category in arrays (added in book order, so the sums are the same
 * whichever way the open invoices are walked — `dueFromRows` below, or `src/model/book-days.ts`).
 */
export interface ForecastRun {
  weeks: ForecastWeek[];
  /** First and last day of the window (day numbers). */
  start: number;
  end: number;
  todayDay: number;
  /** Invoices expected through a plan or a promise, not their due date. */
  covered: IdSet;
  payingOf: (customerId: string) => CustomerPaying;
  due: Float64Array;
  dueAmount: Float64Array;
  dueExpected: Float64Array;
  dueCount: Float64Array;
  /** Category indices in the order first seen (the order of their basis lines before sorting). */
  dueOrder: number[];
  basis: Map<string, BasisLine>;
}

/** Index of the week a day falls in, -1 outside the window. */
export const weekOf = (run: ForecastRun, day: number): number =>
  day < run.start || day > run.end ? -1 : Math.floor((day - run.start) / 7);

/** `CATEGORY_WEIGHT` by index into `CATEGORIES`. */
const WEIGHTS = new Float64Array(CATEGORIES.map((c) => CATEGORY_WEIGHT[c]));

/** Adds an invoice expected by its due date, in week `w`, for a customer of category `category` (index). */
export function addDue(run: ForecastRun, w: number, open: number, category: number): void {
  const weight = WEIGHTS[category] as number;
  run.due[w] = (run.due[w] as number) + open * weight;
  if (run.dueCount[category] === 0) run.dueOrder.push(category);
  run.dueAmount[category] = (run.dueAmount[category] as number) + open;
  run.dueExpected[category] = (run.dueExpected[category] as number) + open * weight;
  run.dueCount[category] = (run.dueCount[category] as number) + 1;
}

/**
 * Starts a forecast: the weeks, then plan instalments and promises (which cover their invoices).
 * `openOf` gives an invoice's open amount at the as-of date if it is in the currency, else 0.
 */
export function beginForecast(input: ForecastBase, openOf: (invoiceId: string) => number): ForecastRun {
  const { currency } = input;
  const nWeeks = input.weeks ?? 8;
  const start = dayNumber(input.asOf) + 1;
  const end = start + nWeeks * 7 - 1;
  const todayDay = dayNumber(input.today);
  const weeks: ForecastWeek[] = Array.from({ length: nWeeks }, (_, w) => ({
    from: fromDayNumber(start + w * 7),
    to: fromDayNumber(start + w * 7 + 6),
    due: 0,
    promises: 0,
    plans: 0,
    expected: 0,
    actual: start + w * 7 + 6 <= todayDay ? 0 : null,
  }));
  const basis = new Map<string, BasisLine>();
  // Keyed by code and parameters (few distinct ones), not by building a text per invoice.
  const note = (key: string, b: () => ForecastBasis, amount: number, expected: number): void => {
    let line = basis.get(key);
    if (!line) basis.set(key, (line = { basis: b(), amount: 0, expected: 0, count: 0 }));
    line.amount += amount;
    line.expected += expected;
    line.count++;
  };
  const paying = new Map<string, CustomerPaying>();
  const payingOf = (id: string): CustomerPaying => {
    let p = paying.get(id);
    if (!p) paying.set(id, (p = input.paying(id)));
    return p;
  };
  const run: ForecastRun = {
    weeks,
    start,
    end,
    todayDay,
    covered: new IdSet(),
    payingOf,
    due: new Float64Array(nWeeks),
    dueAmount: new Float64Array(CATEGORIES.length),
    dueExpected: new Float64Array(CATEGORIES.length),
    dueCount: new Float64Array(CATEGORIES.length),
    dueOrder: [],
    basis,
  };
  const { covered } = run;
  const isOpen = (id: string): boolean => openOf(id) > 0;

  for (const plan of input.plans) {
    if (plan.status !== 'active' || plan.currency !== currency) continue;
    const open = plan.invoiceIds.reduce((s, id) => s + openOf(id), 0);
    if (open <= 0) continue;
    plan.invoiceIds.forEach((id) => covered.add(id));
    const p = payingOf(plan.customerId);
    const weight = CATEGORY_WEIGHT[p.category];
    // What is still open is owed by the instalments still to come, the earliest first.
    let left = open;
    const future = plan.instalments
      .filter((i) => dayNumber(i.dueDate) >= start)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    const unpaidBefore = Math.max(0, open - future.reduce((s, i) => s + i.amount, 0));
    left -= unpaidBefore;
    for (const inst of future) {
      const amount = Math.min(inst.amount, left);
      left -= amount;
      const w = weekOf(run, dayNumber(inst.dueDate));
      if (w < 0 || amount <= 0) continue;
      (weeks[w] as ForecastWeek).plans += amount * weight;
      note(
        `plan|${p.category}`,
        () => ({ code: 'dashboard.forecast.plan', params: { category: p.category, weight } }),
        amount,
        amount * weight,
      );
    }
  }

  for (const a of input.activities) {
    if (a.kind !== 'promise' || !a.promiseDate || a.promiseKept !== undefined) continue;
    const day = dayNumber(a.promiseDate);
    if (day < start) continue;
    const invoices = a.invoiceIds.filter((id) => isOpen(id) && !covered.has(id));
    // A promise counts in the currency of its open invoices; one with none open here is not ours to count.
    if (invoices.length === 0) continue;
    const open = invoices.reduce((s, id) => s + openOf(id), 0);
    const amount = Math.min(a.promiseAmount ?? open, open);
    invoices.forEach((id) => covered.add(id));
    const broken = payingOf(a.customerId).brokenPromises;
    const weight = PROMISE_WEIGHT[Math.min(broken, 2)] as number;
    const w = weekOf(run, day);
    if (w < 0 || amount <= 0) continue;
    (weeks[w] as ForecastWeek).promises += amount * weight;
    note(
      `promise|${broken}`,
      () => ({ code: 'dashboard.forecast.promise', params: { broken, weight } }),
      amount,
      amount * weight,
    );
  }
  return run;
}

/** Rounds and orders a summed forecast. */
export function finishForecast(run: ForecastRun): Forecast {
  const { weeks, basis } = run;
  weeks.forEach((w, i) => (w.due = run.due[i] as number));
  for (const c of run.dueOrder) {
    const category = CATEGORIES[c] as Category;
    const weight = CATEGORY_WEIGHT[category];
    basis.set(category, {
      basis: { code: 'dashboard.forecast.due', params: { category, weight } },
      amount: run.dueAmount[c] as number,
      expected: run.dueExpected[c] as number,
      count: run.dueCount[c] as number,
    });
  }
  // Weighted figures are estimates: rounded to whole minor units once, at the end, so that the weeks
  // and the basis lines both add up to the same rounded total (largest remainders first): the two
  // tables of one forecast never differ by a cent.
  const parts = weeks.flatMap((w) => [w.due, w.promises, w.plans]);
  const lines = [...basis.values()];
  const total = Math.round(parts.reduce((sum, x) => sum + x, 0));
  const rounded = apportion(parts, total);
  weeks.forEach((w, i) => {
    w.due = rounded[3 * i] as number;
    w.promises = rounded[3 * i + 1] as number;
    w.plans = rounded[3 * i + 2] as number;
    w.expected = w.due + w.promises + w.plans;
  });
  apportion(
    lines.map((b) => b.expected),
    total,
  ).forEach((x, i) => ((lines[i] as BasisLine).expected = x));
  return {
    weeks,
    basis: [...basis.values()].sort((a, b) => b.expected - a.expected),
  };
}

/** Adds what came in on an invoice open at the as-of date (payments and discounts) to the ended weeks. */
export function addActual(run: ForecastRun, entries: readonly LedgerEntry[]): void {
  for (const e of entries) {
    if (e.kind !== 'payment' && e.kind !== 'discount') continue;
    const week = run.weeks[weekOf(run, e.day)];
    if (week && week.actual !== null) week.actual -= e.delta;
  }
}

export function expectedCollections(input: ForecastInput): Forecast {
  const { currency, rows, ledger } = input;
  const ours = (r: InvoiceRow): boolean => r.open > 0 && r.currency === currency;
  // Invoices by id, for plans and promises only (a million-invoice book rarely has many of either).
  let byIdMap: Map<string, InvoiceRow> | null = null;
  const byId = (): Map<string, InvoiceRow> => {
    if (!byIdMap) {
      byIdMap = new Map();
      for (const r of rows) if (ours(r)) byIdMap.set(r.id, r);
    }
    return byIdMap;
  };
  const run = beginForecast(input, (id) => byId().get(id)?.open ?? 0);
  const categoryIndex = new Map(CATEGORIES.map((c, i) => [c, i]));
  for (const r of rows) {
    if (!ours(r) || run.covered.has(r.id)) continue;
    const p = run.payingOf(r.customerId);
    const shift = Math.max(0, Math.round(p.averageDaysLate ?? 0));
    const w = weekOf(run, Math.max(run.start, cachedDayNumber(r.dueDate) + shift));
    if (w >= 0) addDue(run, w, r.open, categoryIndex.get(p.category) as number);
  }
  // What came in: payments and discounts on the invoices open at the as-of date, in the weeks since ended.
  if (run.weeks.some((w) => w.actual !== null))
    for (const r of rows) if (ours(r)) addActual(run, ledger.byInvoice.get(r.id) ?? []);
  return finishForecast(run);
}

/** The first day after the forecast window (for labels). */
export function forecastEnd(asOf: string, weeks = 8): string {
  return addDays(asOf, weeks * 7);
}

/**
 * Whole numbers for `values` that add up to `total` (which is their sum rounded): each value's floor,
 * and one more for those with the largest remainders. Off by more than that (never, from the callers),
 * each value is rounded on its own.
 */
function apportion(values: readonly number[], total: number): number[] {
  const floors = values.map((x) => Math.floor(x));
  const short = total - floors.reduce((sum, f) => sum + f, 0);
  if (short < 0 || short > values.length) return values.map((x) => Math.round(x));
  const order = values
    .map((x, i) => ({ i, rest: x - (floors[i] as number) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; k < short; k++) floors[order[k]!.i]! += 1;
  return floors;
}
