// The figures behind the dashboard's headline numbers and time charts, for one currency and an as-of
// date: plain data (numbers, ISO dates, bucket indices), no words and no drawing.
import { addDays, addMonths, dayNumber, endOfMonth } from '../domain/dates';
import type { Period } from '../domain/metrics';
import { figuresOn, type DayFigures, type DayTable } from './day-table';
import { cei, countback, dso, type MetricsBook } from './metrics-book';

export interface Headline {
  asOf: string;
  currency: string;
  open: number;
  openCount: number;
  overdue: number;
  overdueCount: number;
  /** overdue / open, a ratio (null when nothing is open). */
  overdueShare: number | null;
  /** Standard DSO over the last three months (`period`); null without sales in it. */
  dso: number | null;
  /** Countback DSO at the as-of date; `dsoExhausted` when receivables outlast 24 months of sales. */
  dsoCountback: number;
  dsoExhausted: boolean;
  /** Collection effectiveness over `period`, a ratio; null when nothing was collectable. */
  cei: number | null;
  period: Period;
}

/** The three months ending on the as-of date, the period DSO and CEI are measured over (as on Reports). */
export function metricsPeriod(asOf: string): Period {
  return { from: addDays(addMonths(asOf, -3), 1), to: asOf };
}

export function headline(t: DayTable, m: MetricsBook, asOf: string): Headline {
  const f = figuresOn(t, dayNumber(asOf));
  const period = metricsPeriod(asOf);
  const cb = countback(m, asOf);
  return {
    asOf,
    currency: t.currency,
    open: f.open,
    openCount: f.openCount,
    overdue: f.overdue,
    overdueCount: f.overdueCount,
    overdueShare: f.open > 0 ? f.overdue / f.open : null,
    dso: dso(m, period)?.dso ?? null,
    dsoCountback: cb.dso,
    dsoExhausted: cb.exhausted,
    cei: cei(m, period)?.cei ?? null,
    period,
  };
}

export interface AgingSeries {
  amounts: number[];
  counts: number[];
  total: number;
}

export function agingSeries(t: DayTable, asOf: string): AgingSeries {
  const f = figuresOn(t, dayNumber(asOf));
  return { amounts: f.buckets, counts: f.bucketCounts, total: f.open };
}

/**
 * The month ends of the `months` months up to the as-of date, oldest first; the last point is the
 * as-of date itself (a month still running is shown as it stands on that day).
 */
export function monthPoints(asOf: string, months = 24): string[] {
  const out: string[] = [asOf];
  let end = endOfMonth(addMonths(asOf, -1));
  for (let k = 1; k < months; k++) {
    out.push(end);
    end = endOfMonth(addMonths(end, -1));
  }
  return out.reverse();
}

export interface OverduePoint {
  date: string;
  open: number;
  overdue: number;
  /** Overdue amount per aging bucket from the first past-due bucket on (index 0 = 1–30 days). */
  lateBuckets: number[];
}

/** Open and overdue balances at each month end of the last 24 months, as they stood on that day. */
export function overdueByMonth(t: DayTable, asOf: string, months = 24): OverduePoint[] {
  return monthPoints(asOf, months).map((date) => {
    const f: DayFigures = figuresOn(t, dayNumber(date));
    return { date, open: f.open, overdue: f.overdue, lateBuckets: f.buckets.slice(1) };
  });
}

export interface DsoPoint {
  date: string;
  /** Countback DSO on that day (see `dsoCountback`). */
  dso: number;
  exhausted: boolean;
  /** Standard DSO over the three months ending that day. */
  standard: number | null;
}

export function dsoTrend(m: MetricsBook, asOf: string, months = 24): DsoPoint[] {
  return monthPoints(asOf, months).map((date) => {
    const cb = countback(m, date);
    return { date, dso: cb.dso, exhausted: cb.exhausted, standard: dso(m, metricsPeriod(date))?.dso ?? null };
  });
}
