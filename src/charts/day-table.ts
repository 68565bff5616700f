// Day-by-day running totals of a book, per currency, built in one pass over the invoices: what was
// open, overdue and in each aging bucket on ANY day, and what was invoiced up to it. Changing the as-of
// date is then a look-up, not a new pass over a million invoices.
//
// Why it is exact for past dates: an invoice's open balance on day D is max(0, amount + Σ ledger
// entries dated ≤ D) from its issue day on (as `openBalance` computes it). Walking its entries once
// gives the days its clamped balance changes and by how much; adding those changes into a per-day array
// and summing from the start gives the total open on every day, later payments never counting early.
// For "open and more than k days late on day D" an invoice counts from max(change day, due + k + 1), so
// each bucket bound gets one more array of the same changes shifted to that day.
import { DEFAULT_DUE_BOUNDS } from '../domain/aging';
import { dayNumber } from '../domain/dates';
import type { LedgerEntry, LedgerIndex } from '../domain/balance';
import type { Invoice } from '../domain/types';

export interface DayTable {
  currency: string;
  /** Day number of index 0 (the earliest issue day of the book). */
  first: number;
  /** Number of days covered; days after the last are read as the last. */
  length: number;
  bounds: readonly number[];
  /** Cumulative gross amount invoiced up to each day. */
  sales: Float64Array;
  /** Open balance on each day. */
  open: Float64Array;
  openCount: Int32Array;
  /** `late[k]`: open balance more than `bounds[k]` days past due on each day. */
  late: Float64Array[];
  lateCount: Int32Array[];
}

/** Days after the first invoice the table covers at most (beyond, a date reads as the last day). */
const MAX_SPAN = 40 * 366;

/** What the tables are built from: the invoices as columns (book order). */
export interface DayColumns {
  n: number;
  issue: Int32Array;
  due: Int32Array;
  /** Index into `currencies`. */
  currencyOf: Uint16Array;
  currencies: readonly string[];
  amount: Int32Array | Float64Array;
  /** The invoice's ledger entries, if it has any. */
  entriesOf: (i: number) => readonly LedgerEntry[] | undefined;
}

/** One `DayTable` per currency for the whole book. */
export function buildDayTables(
  invoices: readonly Invoice[],
  ledger: LedgerIndex,
  bounds: readonly number[] = DEFAULT_DUE_BOUNDS,
): Map<string, DayTable> {
  const n = invoices.length;
  const issue = new Int32Array(n);
  const due = new Int32Array(n);
  const cur = new Uint16Array(n);
  const amount = new Float64Array(n);
  const curIndex = new Map<string, number>();
  const days = new Map<string, number>();
  const dayOf = (iso: string): number => {
    let d = days.get(iso);
    if (d === undefined) days.set(iso, (d = dayNumber(iso)));
    return d;
  };
  for (let i = 0; i < n; i++) {
    const inv = invoices[i] as Invoice;
    let c = curIndex.get(inv.currency);
    if (c === undefined) curIndex.set(inv.currency, (c = curIndex.size));
    cur[i] = c;
    issue[i] = dayOf(inv.issueDate);
    due[i] = dayOf(inv.dueDate);
    amount[i] = inv.amount;
  }
  return dayTablesOf(
    {
      n,
      issue,
      due,
      currencyOf: cur,
      currencies: [...curIndex.keys()],
      amount,
      entriesOf: (i) => ledger.byInvoice.get((invoices[i] as Invoice).id),
    },
    ledger,
    bounds,
  );
}

/** The same from columns already built (the dashboard's `BookDays`: no second pass over the strings). */
export function dayTablesOf(
  cols: DayColumns,
  ledger: LedgerIndex,
  bounds: readonly number[] = DEFAULT_DUE_BOUNDS,
): Map<string, DayTable> {
  const steps = dayTableSteps(cols, ledger, bounds, Infinity);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `dayTablesOf` in steps: it yields after each `chunk` invoices of its passes over the book, so that
 * the dashboard can build the tables ahead in idle time; run to the end, it returns the same tables.
 */
export function* dayTableSteps(
  cols: DayColumns,
  ledger: LedgerIndex,
  bounds: readonly number[] = DEFAULT_DUE_BOUNDS,
  chunk = 50_000,
): Generator<void, Map<string, DayTable>, void> {
  const { n, issue, due, currencyOf: cur, amount } = cols;
  let lo = Infinity;
  let hi = -Infinity;
  const lastBound = (bounds.at(-1) ?? 0) + 1;
  for (let from = 0; from < n; from += chunk) {
    const to = Math.min(n, from + chunk);
    for (let i = from; i < to; i++) {
      const s = issue[i] as number;
      const u = due[i] as number;
      if (s < lo) lo = s;
      if (s > hi) hi = s;
      const lastLate = u + lastBound;
      if (lastLate > hi) hi = lastLate;
    }
    if (to < n) yield;
  }
  const tables = new Map<string, DayTable>();
  if (n === 0) return tables;
  for (const list of ledger.byInvoice.values()) {
    const d = list[list.length - 1]?.day ?? lo;
    if (d > hi) hi = d;
  }
  hi = Math.min(hi, lo + MAX_SPAN);
  const length = hi - lo + 1;
  const K = bounds.length;
  const byIndex: DayTable[] = [];
  for (const [c, currency] of cols.currencies.entries()) {
    const t: DayTable = {
      currency,
      first: lo,
      length,
      bounds,
      sales: new Float64Array(length),
      open: new Float64Array(length),
      openCount: new Int32Array(length),
      late: Array.from({ length: K }, () => new Float64Array(length)),
      lateCount: Array.from({ length: K }, () => new Int32Array(length)),
    };
    byIndex[c] = t;
    tables.set(currency, t);
  }
  const lastIdx = length - 1;
  // Adds a change of `delta` (and of the open count by `count`) that happens on day `day`.
  const put = (t: DayTable, day: number, u: number, delta: number, count: number): void => {
    let x = day - lo;
    if (x > lastIdx) return;
    bump(t.open, x, delta);
    bump(t.openCount, x, count);
    for (let k = 0; k < K; k++) {
      x = Math.max(day, u + (bounds[k] as number) + 1) - lo;
      if (x > lastIdx) return;
      bump(t.late[k] as Float64Array, x, delta);
      bump(t.lateCount[k] as Int32Array, x, count);
    }
  };
  for (let from = 0; from < n; from += chunk) {
    const to = Math.min(n, from + chunk);
    for (let i = from; i < to; i++) {
      const t = byIndex[cur[i] as number] as DayTable;
      const s = issue[i] as number;
      const u = due[i] as number;
      const a = amount[i] as number;
      if (s - lo <= lastIdx) bump(t.sales, s - lo, a);
      const entries = cols.entriesOf(i);
      let balance = a;
      let k = 0;
      // Entries dated before the issue day count on the issue day (the invoice did not exist before).
      if (entries)
        while (k < entries.length && (entries[k]?.day as number) <= s) balance += entries[k++]!.delta;
      let open = balance > 0 ? balance : 0;
      if (open > 0) put(t, s, u, open, 1);
      if (!entries) continue;
      while (k < entries.length) {
        const day = entries[k]!.day;
        while (k < entries.length && entries[k]!.day === day) balance += entries[k++]!.delta;
        const next = balance > 0 ? balance : 0;
        if (next !== open) put(t, day, u, next - open, (next > 0 ? 1 : 0) - (open > 0 ? 1 : 0));
        open = next;
      }
    }
    if (to < n) yield;
  }
  for (const t of byIndex) {
    cumulate(t.sales);
    cumulate(t.open);
    cumulate(t.openCount);
    for (const a of t.late) cumulate(a);
    for (const a of t.lateCount) cumulate(a);
  }
  return tables;
}

function bump(a: Float64Array | Int32Array, i: number, v: number): void {
  a[i] = (a[i] as number) + v;
}

function cumulate(a: Float64Array | Int32Array): void {
  for (let i = 1; i < a.length; i++) a[i] = (a[i] as number) + (a[i - 1] as number);
}

/** Index of a day in the table: -1 before the first invoice, the last index after the table's end. */
export function dayIndex(t: DayTable, day: number): number {
  return day < t.first ? -1 : Math.min(day - t.first, t.length - 1);
}

const at = (a: Float64Array | Int32Array, i: number): number => (i < 0 ? 0 : (a[i] as number));

/** Gross amount invoiced from day `from` to day `to`, both included. */
export function salesBetween(t: DayTable, from: number, to: number): number {
  return at(t.sales, dayIndex(t, to)) - at(t.sales, dayIndex(t, from - 1));
}

export interface DayFigures {
  open: number;
  openCount: number;
  overdue: number;
  overdueCount: number;
  /** Open amount per aging bucket (index as `agingBucketOf` gives it), and the invoice counts. */
  buckets: number[];
  bucketCounts: number[];
}

/** Open, overdue and aging on one day. */
export function figuresOn(t: DayTable, day: number): DayFigures {
  const i = dayIndex(t, day);
  const open = at(t.open, i);
  const openCount = at(t.openCount, i);
  const late = t.late.map((a) => at(a, i));
  const lateCount = t.lateCount.map((a) => at(a, i));
  const buckets = [open - (late[0] ?? 0)];
  const bucketCounts = [openCount - (lateCount[0] ?? 0)];
  for (let k = 0; k < late.length; k++) {
    buckets.push((late[k] ?? 0) - (late[k + 1] ?? 0));
    bucketCounts.push((lateCount[k] ?? 0) - (lateCount[k + 1] ?? 0));
  }
  return { open, openCount, overdue: late[0] ?? 0, overdueCount: lateCount[0] ?? 0, buckets, bucketCounts };
}
