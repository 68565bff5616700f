// Which dunning step is due for a customer (issue #10, item 1). One step covers all of the customer's
// overdue invoices in one currency: the round is timed from the oldest of them. Steps after the due
// date follow one another in order, never skipped (a customer met late gets the first reminder first,
// not the final notice), each waiting at least the policy's gap after the previous one actually taken,
// and, with `moveDeadline`, until the deadline the previous letter gave has passed. A step below its
// minimum amount is passed over. Steps before the due date are dropped once the invoice is overdue.
import { maxDate } from '../dates';
import { daysFrom, plusDays } from './days';
import { reminderFees } from '../fees';
import type { Activity, IsoDate, Jurisdiction } from '../types';
import { isContactMade } from './cadence-guard';
import { orderedLevels } from './policy';
import type { FeeLimit } from './reasons';
import type { DunningLevel, DunningPolicy } from './types';

/** An invoice as the dunning sees it: what can be chased of it. */
export interface DunningItem {
  invoiceId: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  open: number;
}

export interface StepFee {
  amount: number;
  /** Why the fee is lower than the policy's (the Danish limits). */
  limit?: FeeLimit;
}

export interface DunningStep {
  level: DunningLevel;
  /** The day the step fell due. */
  since: IsoDate;
  invoiceIds: string[];
  amount: number;
  daysLate: number;
  fee: StepFee;
  /** The deadline the letter states, when the level gives one. */
  payBy: IsoDate | null;
}

/** Contacts in the log that took a dunning step, made after `after`. */
function stepsTaken(contacts: readonly Activity[], after: IsoDate): Activity[] {
  return contacts.filter((a) => isContactMade(a) && a.date > after && a.dunningLevel !== undefined);
}

/**
 * The fee of a step on `date` given the fees already charged in this round. Denmark: at most DKK 100,
 * at most three, ten days apart (renteloven §9b, through `reminderFees`); elsewhere the policy's fee.
 */
export function stepFee(
  jurisdiction: Jurisdiction,
  level: DunningLevel,
  date: IsoDate,
  dueDate: IsoDate,
  previous: readonly Pick<Activity, 'date' | 'fee'>[],
  currency: string,
): StepFee {
  if (level.fee <= 0) return { amount: 0 };
  const reminders = [...previous.map((p) => ({ date: p.date })), { date }];
  const fees = [...previous.map((p) => p.fee ?? 0), level.fee];
  const levels = reminders.map((r, i) => ({ ...r, level: i + 1 }));
  const out = reminderFees(jurisdiction, levels, { feesByLevel: fees, currency, dueDate });
  const mine = out[out.length - 1]!;
  const code = mine.reason?.code;
  const limit =
    code === 'fees.reminder.max-three'
      ? 'max-three'
      : code === 'fees.reminder.too-soon'
        ? 'too-soon'
        : code === 'fees.reminder.capped'
          ? 'capped'
          : undefined;
  return limit ? { amount: mine.amount, limit } : { amount: mine.amount };
}

export interface DunningContext {
  asOf: IsoDate;
  policy: DunningPolicy;
  jurisdiction: Jurisdiction;
  currency: string;
}

/** The post-due step due on `asOf` for these items, or null (nothing overdue, or the next step not yet due). */
export function dueStep(
  items: readonly DunningItem[],
  contacts: readonly Activity[],
  ctx: DunningContext,
): DunningStep | null {
  const overdue = items.filter((i) => i.open > 0 && i.dueDate < ctx.asOf);
  if (overdue.length === 0) return null;
  const oldestDue = overdue.reduce((m, i) => (i.dueDate < m ? i.dueDate : m), overdue[0]!.dueDate);
  const amount = overdue.reduce((s, i) => s + i.open, 0);
  const levels = orderedLevels(ctx.policy).filter((l) => l.from === 'due' && l.offsetDays > 0);
  const taken = stepsTaken(contacts, oldestDue);
  // A call the user made without naming the step still counts as the call step.
  const calls = contacts.filter((a) => isContactMade(a) && a.kind === 'call' && a.date > oldestDue);
  let previous: { level: DunningLevel; date: IsoDate } | null = null;
  for (const level of levels) {
    const done =
      level.kind === 'call'
        ? [...taken.filter((a) => a.dunningLevel === 'call'), ...calls]
        : taken.filter((a) => a.dunningLevel === level.kind);
    const first = done.reduce<IsoDate | null>((m, a) => (m === null || a.date < m ? a.date : m), null);
    if (first !== null) {
      previous = { level, date: first };
      continue;
    }
    if (amount < level.minAmount) continue;
    let since = plusDays(oldestDue, level.offsetDays);
    if (previous) {
      since = maxDate(since, plusDays(previous.date, level.offsetDays - previous.level.offsetDays));
      if (ctx.policy.moveDeadline && previous.level.deadlineDays > 0)
        since = maxDate(since, plusDays(previous.date, previous.level.deadlineDays + 1));
    }
    if (since > ctx.asOf) return null;
    const feeHistory = taken.filter((a) => (a.fee ?? 0) > 0 || a.kind === 'letter' || a.kind === 'email');
    const fee =
      level.channel === 'call'
        ? { amount: 0 }
        : stepFee(ctx.jurisdiction, level, ctx.asOf, oldestDue, feeHistory, ctx.currency);
    return {
      level,
      since,
      invoiceIds: overdue.map((i) => i.invoiceId),
      amount,
      daysLate: daysFrom(oldestDue, ctx.asOf),
      fee,
      payBy: level.deadlineDays > 0 ? plusDays(ctx.asOf, level.deadlineDays) : null,
    };
  }
  return null;
}

const RECEIPT_CHECK_WINDOW = 7;

/** The pre-due step (receipt check or courtesy reminder) due on `asOf`, for invoices not yet due. */
export function preDueStep(
  items: readonly DunningItem[],
  contacts: readonly Activity[],
  ctx: DunningContext,
): DunningStep | null {
  const levels = orderedLevels(ctx.policy).filter((l) => l.kind === 'courtesy' || l.kind === 'receipt-check');
  // The courtesy reminder first: when both are due, the later step covers the earlier one's purpose.
  for (const level of [...levels].reverse()) {
    const open = items.filter((i) => {
      if (i.open <= 0 || i.dueDate < ctx.asOf) return false;
      const start = plusDays(level.from === 'issue' ? i.issueDate : i.dueDate, level.offsetDays);
      if (start > ctx.asOf || i.issueDate > ctx.asOf) return false;
      // A receipt check not made within a week has lost its point (imported old invoices).
      if (level.kind === 'receipt-check' && daysFrom(start, ctx.asOf) > RECEIPT_CHECK_WINDOW) return false;
      return !contacts.some(
        (a) =>
          isContactMade(a) &&
          a.dunningLevel !== undefined &&
          a.date >= i.issueDate &&
          (a.invoiceIds.length === 0 || a.invoiceIds.includes(i.invoiceId)) &&
          (a.dunningLevel === level.kind || a.dunningLevel === 'courtesy'),
      );
    });
    const amount = open.reduce((s, i) => s + i.open, 0);
    if (open.length === 0 || amount < level.minAmount) continue;
    const earliestDue = open.reduce((m, i) => (i.dueDate < m ? i.dueDate : m), open[0]!.dueDate);
    const since = open.reduce((m, i) => {
      const s = plusDays(level.from === 'issue' ? i.issueDate : i.dueDate, level.offsetDays);
      return s < m ? s : m;
    }, ctx.asOf);
    return {
      level,
      since,
      invoiceIds: open.map((i) => i.invoiceId),
      amount,
      daysLate: daysFrom(earliestDue, ctx.asOf),
      fee: { amount: 0 },
      payBy: null,
    };
  }
  return null;
}
