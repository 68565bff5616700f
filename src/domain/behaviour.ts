// Payment behaviour per customer, in the three kinds of debtor collectors know — those who avoid paying
// (broken promises, no answer), those who pay sporadically (late, in bursts and partials) and good
// payers in temporary difficulty (a good history that recently broke) — plus reliable and new. It
// judges only with enough history, weights recent invoices more, and says why in one coded line.
// The thresholds are data (documented in docs/api.md) and each can be overridden.

import { cachedDayNumber, invoiceBalance, type LedgerEntry, type LedgerIndex } from './balance';
import { isOutgoing } from './cadence';
import { paymentStats, promiseOutcomes, type PaymentStats } from './metrics';
import type { Activity, Invoice, IsoDate } from './types';

export type BehaviourCategory =
  'new' | 'reliable' | 'sporadic' | 'temporary-difficulty' | 'avoider' | 'non-payer';

/** The one-line reason for a category, with the figures it rests on. The category is the code's tail. */
export type BehaviourReason =
  | { code: 'behaviour.new'; params: { decided: number; minimum: number } }
  | {
      code: 'behaviour.avoider';
      params: { brokenPromises: number; unanswered: number; oldestOpenDays: number; writtenOff: number };
    }
  | {
      code: 'behaviour.temporary-difficulty';
      params: {
        earlier: number;
        earlierLate: number;
        recent: number;
        recentLate: number;
        oldestOpenDays: number;
      };
    }
  | {
      code: 'behaviour.sporadic';
      params: { decided: number; late: number; averageDaysLate: number; partial: number };
    }
  | { code: 'behaviour.reliable'; params: { decided: number; late: number; averageDaysLate: number } }
  /** Nothing ever paid, on any invoice, and invoices overdue: not "sometimes late", never paying. */
  | { code: 'behaviour.non-payer'; params: { overdue: number; oldestOpenDays: number } };

/** A category's name alone (for a grid cell or a filter). */
export type BehaviourCategoryLabel = { code: 'behaviour.category'; params: { category: BehaviourCategory } };

export interface BehaviourThresholds {
  /** Judge only with at least this many decided invoices (paid, written off, or open past due) … */
  minHistory: number;
  /** … or one invoice at least this many days late (paid late or still open). */
  veryLateDays: number;
  /** Paid up to this many days after the due date still counts as on time (bank delays). */
  lateToleranceDays: number;
  /** An invoice's weight halves every this many days between its due date and the as-of date. */
  halfLifeDays: number;
  /** "Recent": due within this many days before the as-of date. */
  recentDays: number;
  /** An outgoing contact followed by no payment and no promise within this many days is unanswered. */
  answerWithinDays: number;
  /** Avoider: at least this many broken promises, … */
  avoiderMinBrokenPromises: number;
  /** … or broken promises + unanswered contacts at least this many while an invoice is past due, … */
  avoiderMinSignals: number;
  /** … or at least this many write-offs. */
  avoiderMinWriteOffs: number;
  /** Temporary difficulty: at least this many earlier decided invoices, … */
  difficultyMinEarlier: number;
  /** … at most this share of them late, … */
  difficultyMaxEarlierShareLate: number;
  /** … and at least this share of recent ones late (an open past-due invoice counts as recent and late). */
  difficultyMinRecentShareLate: number;
  /** Reliable: weighted share late at most this, … */
  reliableMaxShareLate: number;
  /** … weighted average days late at most this, … */
  reliableMaxAverageDaysLate: number;
  /** … and at most this share of invoices paid in several parts. */
  reliableMaxPartialShare: number;
}

export const DEFAULT_BEHAVIOUR_THRESHOLDS: Readonly<BehaviourThresholds> = {
  minHistory: 3,
  veryLateDays: 60,
  lateToleranceDays: 5,
  halfLifeDays: 180,
  recentDays: 90,
  answerWithinDays: 14,
  avoiderMinBrokenPromises: 2,
  avoiderMinSignals: 3,
  avoiderMinWriteOffs: 1,
  difficultyMinEarlier: 3,
  difficultyMaxEarlierShareLate: 0.2,
  difficultyMinRecentShareLate: 0.5,
  reliableMaxShareLate: 0.2,
  reliableMaxAverageDaysLate: 10,
  reliableMaxPartialShare: 0.3,
};

/** One decided invoice as the classifier sees it. */
export interface DecidedInvoice {
  dueDate: IsoDate;
  /** Days after the due date it was settled, or (open) is overdue at the as-of date. */
  daysLate: number;
  open: boolean;
  writtenOff: boolean;
  /** Paid in two or more payments. */
  partial: boolean;
}

export interface BehaviourInput {
  asOf: IsoDate;
  invoices: readonly DecidedInvoice[];
  brokenPromises: number;
  unanswered: number;
  /** Payments the customer made by the as-of date, on any invoice (left out: not known). */
  payments?: number;
}

export interface BehaviourSignals {
  decided: number;
  late: number;
  /** Recency-weighted share of late invoices (0…1) and average days late. */
  weightedShareLate: number;
  weightedAverageDaysLate: number;
  partial: number;
  writtenOff: number;
  oldestOpenDays: number;
  brokenPromises: number;
  unanswered: number;
}

export interface Behaviour {
  category: BehaviourCategory;
  reason: BehaviourReason;
  signals: BehaviourSignals;
}

/**
 * What the classifier reads from a customer's decided invoices: sums and counts only, so a caller that
 * walks a whole book in typed arrays (`src/model/book-days.ts`) can add them up itself, in the same
 * order, and decide with `decideBehaviour`.
 */
export interface BehaviourTally {
  decided: number;
  late: number;
  /** Sums of the recency weights: all, of late invoices, and of weight × days late. */
  weight: number;
  weightedLate: number;
  weightedDays: number;
  partial: number;
  writtenOff: number;
  oldestOpenDays: number;
  veryLate: boolean;
  /** Settled invoices due before the recent window, and of those the late ones. */
  earlier: number;
  earlierLate: number;
  /** Open invoices and those due within the recent window, and of those the late ones. */
  recent: number;
  recentLate: number;
  /** Payments the customer made by the as-of date, on any invoice (-1: not known). */
  payments: number;
}

export const emptyTally = (): BehaviourTally => ({
  decided: 0,
  late: 0,
  weight: 0,
  weightedLate: 0,
  weightedDays: 0,
  partial: 0,
  writtenOff: 0,
  oldestOpenDays: 0,
  veryLate: false,
  earlier: 0,
  earlierLate: 0,
  recent: 0,
  recentLate: 0,
  payments: -1,
});

/** The recency weight of an invoice due `age` days before the as-of date (0 for any later one). */
export const recencyWeight = (age: number, halfLifeDays: number): number =>
  Math.pow(0.5, Math.max(0, age) / halfLifeDays);

/** Adds one decided invoice, due on `dueDay`, to a tally at `asOfDay`. */
export function tallyInvoice(
  s: BehaviourTally,
  dueDay: number,
  asOfDay: number,
  daysLate: number,
  open: boolean,
  writtenOff: boolean,
  partial: boolean,
  t: Readonly<BehaviourThresholds>,
  w = recencyWeight(asOfDay - dueDay, t.halfLifeDays),
): void {
  const late = writtenOff || daysLate > t.lateToleranceDays;
  s.decided++;
  s.weight += w;
  if (late) {
    s.late++;
    s.weightedLate += w;
  }
  s.weightedDays += w * Math.max(0, daysLate);
  if (partial) s.partial++;
  if (writtenOff) s.writtenOff++;
  if (open) s.oldestOpenDays = Math.max(s.oldestOpenDays, daysLate);
  if (daysLate >= t.veryLateDays) s.veryLate = true;
  if (!open && dueDay < asOfDay - t.recentDays) {
    s.earlier++;
    if (late) s.earlierLate++;
  } else {
    s.recent++;
    if (late) s.recentLate++;
  }
}

/** Classifies one customer's decided invoices and contact record (see the thresholds above). */
export function classifyBehaviour(
  input: BehaviourInput,
  overrides: Partial<BehaviourThresholds> = {},
): Behaviour {
  const t = { ...DEFAULT_BEHAVIOUR_THRESHOLDS, ...overrides };
  const asOfDay = cachedDayNumber(input.asOf);
  const s = emptyTally();
  for (const i of input.invoices)
    tallyInvoice(s, cachedDayNumber(i.dueDate), asOfDay, i.daysLate, i.open, i.writtenOff, i.partial, t);
  s.payments = input.payments ?? -1;
  return decideBehaviour(s, input.brokenPromises, input.unanswered, t);
}

/** The category and its reason from a tally and the contact record. */
export function decideBehaviour(
  s: Readonly<BehaviourTally>,
  brokenPromises: number,
  unanswered: number,
  t: Readonly<BehaviourThresholds> = DEFAULT_BEHAVIOUR_THRESHOLDS,
): Behaviour {
  const { decided, late, partial, writtenOff, oldestOpenDays, veryLate } = s;
  const signals: BehaviourSignals = {
    decided,
    late,
    weightedShareLate: s.weight > 0 ? s.weightedLate / s.weight : 0,
    weightedAverageDaysLate: s.weight > 0 ? s.weightedDays / s.weight : 0,
    partial,
    writtenOff,
    oldestOpenDays,
    brokenPromises,
    unanswered,
  };
  const result = (reason: BehaviourReason): Behaviour => ({
    category: reason.code.slice('behaviour.'.length) as BehaviourCategory,
    reason,
    signals,
  });

  const avoids =
    brokenPromises >= t.avoiderMinBrokenPromises ||
    writtenOff >= t.avoiderMinWriteOffs ||
    (oldestOpenDays > 0 && brokenPromises + unanswered >= t.avoiderMinSignals);
  if (avoids)
    return result({
      code: 'behaviour.avoider',
      params: { brokenPromises, unanswered, oldestOpenDays, writtenOff },
    });

  if (decided < t.minHistory && !veryLate)
    return result({ code: 'behaviour.new', params: { decided, minimum: t.minHistory } });

  // Never a payment, on any invoice, and nothing written off: every invoice judged is still open.
  if (s.payments === 0 && writtenOff === 0 && late > 0)
    return result({ code: 'behaviour.non-payer', params: { overdue: decided, oldestOpenDays } });

  const { earlier, earlierLate, recent, recentLate } = s;
  if (
    earlier >= t.difficultyMinEarlier &&
    earlierLate <= t.difficultyMaxEarlierShareLate * earlier &&
    recent > 0 &&
    recentLate >= t.difficultyMinRecentShareLate * recent
  )
    return result({
      code: 'behaviour.temporary-difficulty',
      params: { earlier, earlierLate, recent, recentLate, oldestOpenDays },
    });

  const averageDaysLate = Math.round(signals.weightedAverageDaysLate * 10) / 10;
  if (
    signals.weightedShareLate > t.reliableMaxShareLate ||
    signals.weightedAverageDaysLate > t.reliableMaxAverageDaysLate ||
    partial > t.reliableMaxPartialShare * decided
  )
    return result({ code: 'behaviour.sporadic', params: { decided, late, averageDaysLate, partial } });
  return result({ code: 'behaviour.reliable', params: { decided, late, averageDaysLate } });
}

export interface CustomerBehaviour extends Behaviour {
  customerId: string;
  /** The plain (unweighted) payment statistics, for the customer page. */
  stats: PaymentStats;
  brokenPromises: number;
}

export interface CustomerBehaviourOptions {
  thresholds?: Partial<BehaviourThresholds>;
  /** Only invoices issued on or after this date count (a rolling window). */
  since?: IsoDate;
}

/** Behaviour of every customer that has invoices or activities, as of a date, sorted by customer id. */
const NONE: readonly LedgerEntry[] = [];

export function customerBehaviours(
  invoices: readonly Invoice[],
  ledger: LedgerIndex,
  activities: readonly Activity[],
  asOf: IsoDate,
  options: CustomerBehaviourOptions = {},
): CustomerBehaviour[] {
  const t = { ...DEFAULT_BEHAVIOUR_THRESHOLDS, ...options.thresholds };
  const asOfDay = cachedDayNumber(asOf);
  const sinceDay = options.since === undefined ? -Infinity : cachedDayNumber(options.since);
  const decidedBy = new Map<string, DecidedInvoice[]>();
  const invoicesBy = new Map<string, Invoice[]>();
  const paymentDays = new Map<string, number[]>();
  for (const inv of invoices) {
    const issue = cachedDayNumber(inv.issueDate);
    if (issue > asOfDay) continue;
    push(invoicesBy, inv.customerId, inv);
    const entries = ledger.byInvoice.get(inv.id) ?? NONE;
    let payments = 0;
    for (const e of entries)
      if (e.kind === 'payment' && e.day <= asOfDay) {
        payments++;
        push(paymentDays, inv.customerId, e.day);
      }
    if (issue < sinceDay) continue;
    const due = cachedDayNumber(inv.dueDate);
    let decided: DecidedInvoice | null = null;
    // Nothing paid or credited: open in full, late from the day after the due date (what
    // `invoiceBalance` would say, without building its record: a million invoices pass here).
    if (entries.length === 0 && inv.amount > 0) {
      if (asOfDay > due)
        push(decidedBy, inv.customerId, {
          dueDate: inv.dueDate,
          daysLate: asOfDay - due,
          open: true,
          writtenOff: false,
          partial: false,
        });
      else if (!decidedBy.has(inv.customerId)) decidedBy.set(inv.customerId, []);
      continue;
    }
    const b = invoiceBalance(inv, ledger, asOf);
    if (b.open > 0) {
      if (b.overdue)
        decided = {
          dueDate: inv.dueDate,
          daysLate: b.daysOverdue,
          open: true,
          writtenOff: false,
          partial: false,
        };
    } else if (b.settledOn !== null && b.settledBy !== 'credit-note') {
      decided = {
        dueDate: inv.dueDate,
        daysLate: Math.max(0, cachedDayNumber(b.settledOn) - due),
        open: false,
        writtenOff: b.settledBy === 'write-off',
        partial: payments >= 2,
      };
    }
    if (decided) push(decidedBy, inv.customerId, decided);
    else if (!decidedBy.has(inv.customerId)) decidedBy.set(inv.customerId, []);
  }
  const activitiesBy = new Map<string, Activity[]>();
  for (const a of activities) push(activitiesBy, a.customerId, a);
  // Only promises need invoices by id: built when the first customer with activities asks.
  let byIdMap: Map<string, Invoice> | null = null;
  const byId = (): Map<string, Invoice> => (byIdMap ??= new Map(invoices.map((i) => [i.id, i])));
  const ids = [...new Set([...decidedBy.keys(), ...activitiesBy.keys()])].sort();
  return ids.map((customerId) => {
    const acts = activitiesBy.get(customerId) ?? [];
    const brokenPromises = (acts.length ? promiseOutcomes(acts, asOf, ledger, byId()) : []).filter(
      (p) => p.status === 'broken',
    ).length;
    const unanswered = unansweredContacts(
      acts,
      paymentDays.get(customerId) ?? [],
      asOfDay,
      t.answerWithinDays,
    );
    const b = classifyBehaviour(
      {
        asOf,
        invoices: decidedBy.get(customerId) ?? [],
        brokenPromises,
        unanswered,
        payments: paymentDays.get(customerId)?.length ?? 0,
      },
      options.thresholds,
    );
    // The plain statistics are for the customer page only: computed when first read.
    let stats: PaymentStats | undefined;
    return {
      customerId,
      brokenPromises,
      ...b,
      get stats(): PaymentStats {
        return (stats ??= paymentStats(invoicesBy.get(customerId) ?? [], ledger, asOf, options.since));
      },
    };
  });
}

/** Outgoing contacts (old enough to judge) after which neither a payment nor a promise came in time. */
export function unansweredContacts(
  activities: readonly Activity[],
  paymentDays: readonly number[],
  asOfDay: number,
  within: number,
): number {
  const promiseDays = activities.filter((a) => a.kind === 'promise').map((a) => cachedDayNumber(a.date));
  let count = 0;
  for (const a of activities) {
    if (!isOutgoing(a.kind)) continue;
    const day = cachedDayNumber(a.date);
    if (day + within > asOfDay) continue;
    const answered = (d: number): boolean => d >= day && d <= day + within;
    if (!paymentDays.some(answered) && !promiseDays.some(answered)) count++;
  }
  return count;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
