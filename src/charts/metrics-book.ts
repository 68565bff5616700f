// DSO and CEI through the domain's own formulas (`dsoStandard`, `dsoCountback`,
// `collectionEffectiveness`), fed a stand-in book a few thousand records long instead of a million.
//
// Those formulas read a book through three questions only: what was open on a day, what was open and
// not yet past due on a day, and what was invoiced in a period. A `DayTable` answers all three for every
// day, so a stand-in with the same answers gives the same figures: per day one invoice for that day's
// sales, settled the same day (it counts as a sale, never as open); one never-due invoice whose ledger
// follows the not-yet-due open balance; one always-past-due invoice whose ledger follows the overdue
// balance. Sizes: three records per day of history instead of one per invoice.
import { fromDayNumber } from '../domain/dates';
import type { LedgerEntry, LedgerIndex } from '../domain/balance';
import {
  collectionEffectiveness,
  dsoCountback,
  dsoStandard,
  type CeiResult,
  type CountbackResult,
  type DsoResult,
  type Period,
} from '../domain/metrics';
import type { Invoice } from '../domain/types';
import type { DayTable } from './day-table';

export interface MetricsBook {
  invoices: Invoice[];
  ledger: LedgerIndex;
  currency: string;
}

const NEVER_DUE = '9999-12-31';

export function metricsBook(t: DayTable): MetricsBook {
  const invoices: Invoice[] = [];
  const byInvoice = new Map<string, LedgerEntry[]>();
  const base = { customerId: '', currency: t.currency };
  const first = fromDayNumber(t.first);
  const current: LedgerEntry[] = [];
  const overdue: LedgerEntry[] = [];
  let prevSales = 0;
  let prevCurrent = 0;
  let prevOverdue = 0;
  for (let i = 0; i < t.length; i++) {
    const day = t.first + i;
    const sales = (t.sales[i] as number) - prevSales;
    prevSales = t.sales[i] as number;
    if (sales !== 0) {
      const id = `s${i}`;
      const iso = fromDayNumber(day);
      invoices.push({ ...base, id, number: id, issueDate: iso, dueDate: iso, amount: sales });
      byInvoice.set(id, [{ day, kind: 'payment', delta: -sales, sourceId: id }]);
    }
    const od = t.late[0]?.[i] ?? 0;
    const cu = (t.open[i] as number) - od;
    if (cu !== prevCurrent) current.push({ day, kind: 'fee', delta: cu - prevCurrent, sourceId: 'c' });
    if (od !== prevOverdue) overdue.push({ day, kind: 'fee', delta: od - prevOverdue, sourceId: 'o' });
    prevCurrent = cu;
    prevOverdue = od;
  }
  invoices.push({ ...base, id: 'current', number: 'c', issueDate: first, dueDate: NEVER_DUE, amount: 0 });
  invoices.push({
    ...base,
    id: 'overdue',
    number: 'o',
    issueDate: first,
    dueDate: fromDayNumber(t.first - 1),
    amount: 0,
  });
  byInvoice.set('current', current);
  byInvoice.set('overdue', overdue);
  return { invoices, ledger: { byInvoice, accounts: new Map() }, currency: t.currency };
}

// Each figure once per stand-in book and date: the DSO trend's month ends are the same at every as-of
// date, so a new as-of date computes one point, not 24 (a stand-in book never changes once made).
const memo = new WeakMap<MetricsBook, Map<string, unknown>>();
function remember<T>(m: MetricsBook, key: string, f: () => T): T {
  let known = memo.get(m);
  if (!known) memo.set(m, (known = new Map()));
  if (known.has(key)) return known.get(key) as T;
  const value = f();
  known.set(key, value);
  return value;
}

export const dso = (m: MetricsBook, period: Period): DsoResult | null =>
  remember(m, `dso ${period.from} ${period.to}`, () => dsoStandard(m.invoices, m.ledger, period, m.currency));

export const countback = (m: MetricsBook, asOf: string): CountbackResult =>
  remember(m, `countback ${asOf}`, () => dsoCountback(m.invoices, m.ledger, asOf, m.currency));

export const cei = (m: MetricsBook, period: Period): CeiResult | null =>
  remember(m, `cei ${period.from} ${period.to}`, () =>
    collectionEffectiveness(m.invoices, m.ledger, period, m.currency),
  );
