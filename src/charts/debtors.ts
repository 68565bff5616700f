// The ten customers owing the most in one currency at the as-of date, with their payment category and
// the next step for the oldest overdue invoice. Also the full overdue list the weekly report prints.
import type { CustomerBehaviour } from '../domain/behaviour';
import type { InvoiceRow } from '../model/read-model';

export type Category = CustomerBehaviour['category'];

/**
 * The next step, by how late the oldest overdue invoice is, following the product's dunning ladder
 * (reminder a few days after due, a call after about a week, a firmer reminder, a final notice, then
 * escalation). A stand-in until the collections call list gives each account its planned step.
 */
export type NextStep =
  'none' | 'reminder' | 'call' | 'firm-reminder' | 'final-notice' | 'escalate' | 'dispute';

export function nextStepFor(oldestDaysLate: number, disputed: boolean): NextStep {
  if (disputed) return 'dispute';
  if (oldestDaysLate <= 0) return 'none';
  if (oldestDaysLate <= 6) return 'reminder';
  if (oldestDaysLate <= 20) return 'call';
  if (oldestDaysLate <= 45) return 'firm-reminder';
  if (oldestDaysLate <= 90) return 'final-notice';
  return 'escalate';
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
  next: NextStep;
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
        next: 'none',
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
    out.push({ ...a, disputed, next: nextStepFor(a.oldestDaysLate, disputed) });
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

/** The overdue accounts, most overdue first: the weekly report's list. */
export function overdueAccounts(lines: readonly DebtorLine[]): DebtorLine[] {
  return lines
    .filter((l) => l.overdue > 0)
    .sort((x, y) => y.overdue - x.overdue || y.oldestDaysLate - x.oldestDaysLate);
}
