// The ten customers owing the most in one currency at the as-of date, with their payment category and
// their next step from the collections queue (as Today says it). Also the weekly report's overdue list.
import type { CustomerBehaviour } from '../domain/behaviour';
import type { Queue, QueueRow } from '../domain/collections/queue';
import type { QueueRowKind } from '../domain/collections/reasons';
import type { DunningChannel, DunningLevelKind } from '../domain/collections/types';
import type { IsoDate } from '../domain/types';
import type { InvoiceRow } from '../model/read-model';

export type Category = CustomerBehaviour['category'];

/**
 * The next step for a customer, as Today's call list has it: its first row there (the highest score),
 * or the row the contact cadence holds back until `waitUntil`. Null: nothing to do (Today lists nothing).
 */
export interface NextStep {
  kind: QueueRowKind;
  level?: DunningLevelKind;
  channel?: DunningChannel;
  waitUntil?: IsoDate;
}

/** Each customer's next step in `currency` from the queue (a row in another currency if none in it). */
export function nextSteps(queue: Queue, currency: string): Map<string, NextStep> {
  const out = new Map<string, NextStep>();
  const same = new Map<string, boolean>();
  const take = (r: QueueRow, waiting: boolean): void => {
    const here = r.currency === currency;
    const had = same.get(r.customerId);
    // Listed rows come first and are sorted by score: keep the first, unless a later one is in our currency.
    if (had === true || (had === false && !here)) return;
    const step: NextStep = { kind: r.kind };
    if (r.level) step.level = r.level;
    if (r.channel) step.channel = r.channel;
    if (waiting && r.nextAllowed) step.waitUntil = r.nextAllowed;
    out.set(r.customerId, step);
    same.set(r.customerId, here);
  };
  for (const r of queue.rows) take(r, false);
  for (const r of queue.waiting) if (!out.has(r.customerId)) take(r, true);
  return out;
}

export interface DebtorLine {
  customerId: string;
  name: string;
  open: number;
  overdue: number;
  openCount: number;
  overdueCount: number;
  oldestDaysLate: number;
  /** Filled by `categorise` for the lines shown (behaviour is costly to derive for every customer). */
  category: Category | null;
  /** Filled by `withSteps` for the lines shown; null: nothing to do. */
  next: NextStep | null;
  /** Every overdue invoice of this customer is disputed. */
  disputed: boolean;
}

/** All customers with something open in `currency`, most owed first (ties: most overdue, then name). */
export function debtorLines(rows: readonly InvoiceRow[], currency: string): DebtorLine[] {
  const acc = new Map<string, DebtorLine & { undisputed: number }>();
  for (const r of rows) {
    if (r.open <= 0 || r.currency !== currency) continue;
    let a = acc.get(r.customerId);
    if (!a) {
      a = {
        customerId: r.customerId,
        name: r.customerName,
        open: 0,
        overdue: 0,
        openCount: 0,
        overdueCount: 0,
        oldestDaysLate: 0,
        category: null,
        next: null,
        disputed: false,
        undisputed: 0,
      };
      acc.set(r.customerId, a);
    }
    a.open += r.open;
    a.openCount++;
    if (r.daysLate > 0) {
      a.overdue += r.open;
      a.overdueCount++;
      if (r.status !== 'disputed') a.undisputed++;
      if (r.daysLate > a.oldestDaysLate) a.oldestDaysLate = r.daysLate;
    }
  }
  const out: DebtorLine[] = [];
  for (const { undisputed, ...a } of acc.values()) {
    const disputed = a.overdueCount > 0 && undisputed === 0;
    out.push({ ...a, disputed });
  }
  return out.sort((x, y) => y.open - x.open || y.overdue - x.overdue || x.name.localeCompare(y.name));
}

export function topDebtors(lines: readonly DebtorLine[], n = 10): DebtorLine[] {
  return lines.slice(0, n);
}

export function categorise(
  lines: readonly DebtorLine[],
  categoryOf: (customerId: string) => Category,
): DebtorLine[] {
  return lines.map((l) => ({ ...l, category: categoryOf(l.customerId) }));
}

export function withSteps(lines: readonly DebtorLine[], steps: ReadonlyMap<string, NextStep>): DebtorLine[] {
  return lines.map((l) => ({ ...l, next: steps.get(l.customerId) ?? null }));
}

/** The overdue accounts, most overdue first: the weekly report's list. */
export function overdueAccounts(lines: readonly DebtorLine[]): DebtorLine[] {
  return lines
    .filter((l) => l.overdue > 0)
    .sort((x, y) => y.overdue - x.overdue || y.oldestDaysLate - x.oldestDaysLate);
}
