// Payment behaviour per customer: a transparent category ('new', 'reliable', 'sporadic',
// 'chronic') with the reasons as data (codes and figures) and an English sentence built from them.
// The thresholds are data too, and each can be overridden.

import type { LedgerIndex } from './balance';
import { paymentStats, promiseOutcomes, type PaymentStats } from './metrics';
import type { Activity, Invoice, IsoDate } from './types';

export type BehaviourCategory = 'new' | 'reliable' | 'sporadic' | 'chronic';

export type BehaviourReasonCode =
  | 'too-little-history'
  | 'rarely-late'
  | 'pays-on-time'
  | 'sometimes-late'
  | 'late-on-average'
  | 'broken-promise'
  | 'open-overdue'
  | 'often-late'
  | 'very-late-on-average'
  | 'broken-promises'
  | 'long-overdue'
  | 'written-off';

export interface BehaviourReason {
  code: BehaviourReasonCode;
  values: Record<string, number>;
}

export interface BehaviourThresholds {
  /** Fewer decided invoices (paid, open overdue, written off) than this: 'new'. */
  minHistory: number;
  /** Reliable: share late at most this, ... */
  reliableMaxShareLate: number;
  /** ... on average at most this many days late, ... */
  reliableMaxAverageDaysLate: number;
  /** ... no open invoice more than this many days overdue, and no broken promise. */
  reliableMaxOpenDaysOverdue: number;
  /** Chronic (any one suffices): share late at least this (with enough history), ... */
  chronicMinShareLate: number;
  /** ... on average at least this many days late (with enough history), ... */
  chronicMinAverageDaysLate: number;
  /** ... at least this many broken promises, ... */
  chronicMinBrokenPromises: number;
  /** ... an open invoice at least this many days overdue, ... */
  chronicMinOpenDaysOverdue: number;
  /** ... or at least this many invoices written off. */
  chronicMinWriteOffs: number;
}

export const DEFAULT_BEHAVIOUR_THRESHOLDS: Readonly<BehaviourThresholds> = {
  minHistory: 3,
  reliableMaxShareLate: 0.1,
  reliableMaxAverageDaysLate: 5,
  reliableMaxOpenDaysOverdue: 30,
  chronicMinShareLate: 0.5,
  chronicMinAverageDaysLate: 30,
  chronicMinBrokenPromises: 2,
  chronicMinOpenDaysOverdue: 90,
  chronicMinWriteOffs: 1,
};

export interface BehaviourInput {
  stats: PaymentStats;
  brokenPromises: number;
}

export interface Behaviour {
  category: BehaviourCategory;
  reasons: BehaviourReason[];
  /** English sentence; other languages build theirs from `reasons`. */
  sentence: string;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function phrase(r: BehaviourReason): string {
  const v = r.values;
  switch (r.code) {
    case 'too-little-history':
      return `only ${plural(v.decided ?? 0, 'invoice', 'invoices')} to judge by (at least ${v.minimum} needed)`;
    case 'rarely-late':
    case 'sometimes-late':
    case 'often-late':
      return `${v.late} of ${plural(v.decided ?? 0, 'invoice', 'invoices')} paid late or still overdue (${round1((v.share ?? 0) * 100)} %)`;
    case 'pays-on-time':
    case 'late-on-average':
    case 'very-late-on-average':
      return `on average ${round1(v.days ?? 0)} days late`;
    case 'broken-promise':
    case 'broken-promises':
      return plural(v.count ?? 0, 'broken promise to pay', 'broken promises to pay');
    case 'open-overdue':
    case 'long-overdue':
      return `an open invoice ${v.days} days overdue`;
    case 'written-off':
      return plural(v.count ?? 0, 'invoice written off', 'invoices written off');
  }
}

const CATEGORY_NAME: Record<BehaviourCategory, string> = {
  new: 'New',
  reliable: 'Reliable',
  sporadic: 'Sporadic',
  chronic: 'Chronic',
};

/** English sentence for a category and its reasons: "Chronic: 3 of 4 invoices paid late …; 2 broken promises to pay." */
export function behaviourSentence(category: BehaviourCategory, reasons: readonly BehaviourReason[]): string {
  return `${CATEGORY_NAME[category]}: ${reasons.map(phrase).join('; ')}.`;
}

/**
 * Classifies from the metrics. Chronic when any chronic threshold is met (share late and average
 * days late only count with enough history; broken promises, long overdue and write-offs always);
 * else new with too little history; else reliable when every reliable threshold holds; else sporadic.
 */
export function classifyBehaviour(
  input: BehaviourInput,
  overrides: Partial<BehaviourThresholds> = {},
): Behaviour {
  const t = { ...DEFAULT_BEHAVIOUR_THRESHOLDS, ...overrides };
  const s = input.stats;
  const decided = s.paidCount + s.openOverdueCount + s.writtenOffCount;
  const late = s.paidLateCount + s.openOverdueCount + s.writtenOffCount;
  const share = s.shareLate ?? 0;
  const avgLate = s.averageDaysLate ?? 0;
  const enough = decided >= t.minHistory;
  const lateValues = { late, decided, share };

  const chronic: BehaviourReason[] = [];
  if (enough && share >= t.chronicMinShareLate) chronic.push({ code: 'often-late', values: lateValues });
  if (enough && s.averageDaysLate !== null && avgLate >= t.chronicMinAverageDaysLate)
    chronic.push({ code: 'very-late-on-average', values: { days: avgLate } });
  if (input.brokenPromises >= t.chronicMinBrokenPromises)
    chronic.push({ code: 'broken-promises', values: { count: input.brokenPromises } });
  if (s.openOverdueCount > 0 && s.oldestOpenDaysOverdue >= t.chronicMinOpenDaysOverdue)
    chronic.push({ code: 'long-overdue', values: { days: s.oldestOpenDaysOverdue } });
  if (s.writtenOffCount >= t.chronicMinWriteOffs && s.writtenOffCount > 0)
    chronic.push({ code: 'written-off', values: { count: s.writtenOffCount } });
  if (chronic.length > 0)
    return { category: 'chronic', reasons: chronic, sentence: behaviourSentence('chronic', chronic) };

  if (!enough) {
    const reasons: BehaviourReason[] = [
      { code: 'too-little-history', values: { decided, minimum: t.minHistory } },
    ];
    return { category: 'new', reasons, sentence: behaviourSentence('new', reasons) };
  }

  const misses: BehaviourReason[] = [];
  if (share > t.reliableMaxShareLate) misses.push({ code: 'sometimes-late', values: lateValues });
  if (avgLate > t.reliableMaxAverageDaysLate)
    misses.push({ code: 'late-on-average', values: { days: avgLate } });
  if (input.brokenPromises > 0)
    misses.push({ code: 'broken-promise', values: { count: input.brokenPromises } });
  if (s.openOverdueCount > 0 && s.oldestOpenDaysOverdue > t.reliableMaxOpenDaysOverdue)
    misses.push({ code: 'open-overdue', values: { days: s.oldestOpenDaysOverdue } });
  if (misses.length > 0)
    return { category: 'sporadic', reasons: misses, sentence: behaviourSentence('sporadic', misses) };

  const reasons: BehaviourReason[] = [
    { code: 'rarely-late', values: lateValues },
    { code: 'pays-on-time', values: { days: avgLate } },
  ];
  return { category: 'reliable', reasons, sentence: behaviourSentence('reliable', reasons) };
}

export interface CustomerBehaviour extends Behaviour {
  customerId: string;
  stats: PaymentStats;
  brokenPromises: number;
}

export interface CustomerBehaviourOptions {
  thresholds?: Partial<BehaviourThresholds>;
  /** Only invoices issued on or after this date count (a rolling window). */
  since?: IsoDate;
}

/** Behaviour of every customer that has invoices or activities, as of a date, sorted by customer id. */
export function customerBehaviours(
  invoices: readonly Invoice[],
  ledger: LedgerIndex,
  activities: readonly Activity[],
  asOf: IsoDate,
  options: CustomerBehaviourOptions = {},
): CustomerBehaviour[] {
  const invoicesBy = new Map<string, Invoice[]>();
  for (const inv of invoices) {
    const list = invoicesBy.get(inv.customerId);
    if (list) list.push(inv);
    else invoicesBy.set(inv.customerId, [inv]);
  }
  const activitiesBy = new Map<string, Activity[]>();
  for (const a of activities) {
    if (a.kind !== 'promise') continue;
    const list = activitiesBy.get(a.customerId);
    if (list) list.push(a);
    else activitiesBy.set(a.customerId, [a]);
  }
  const byId = new Map(invoices.map((i) => [i.id, i]));
  const ids = [...new Set([...invoicesBy.keys(), ...activitiesBy.keys()])].sort();
  return ids.map((customerId) => {
    const stats = paymentStats(invoicesBy.get(customerId) ?? [], ledger, asOf, options.since);
    const brokenPromises = promiseOutcomes(activitiesBy.get(customerId) ?? [], asOf, ledger, byId).filter(
      (p) => p.status === 'broken',
    ).length;
    return {
      customerId,
      stats,
      brokenPromises,
      ...classifyBehaviour({ stats, brokenPromises }, options.thresholds),
    };
  });
}
