// The dashboard's per-customer figures from `BookDays` (typed arrays built once per book version) at
// one as-of date: the debtor lines and the expected collections. Equal to `debtorLines(rows, …)` and
// `expectedCollections({ rows, … })` over the read model's rows at that date
// (tests/model/book-days.test.ts), without a row per invoice.
import { MOVES, type BookDays, type DayPass } from '../model/book-days';
import type { Invoice } from '../domain/types';
import type { DebtorLine } from './debtors';
import {
  addActual,
  addDue,
  beginForecast,
  CATEGORIES,
  finishForecast,
  weekOf,
  type ForecastBase,
  type Forecast,
} from './forecast';

/** All customers with something open in `currency`, most owed first (ties: most overdue, then name). */
export function debtorLinesAt(days: BookDays, pass: DayPass, currency: string): DebtorLine[] {
  const k = days.currencyNumber(currency);
  const K = days.currencies.length;
  const out: (DebtorLine & { first: number })[] = [];
  if (k < 0) return out;
  for (let c = 0; c < days.customerIds.length; c++) {
    const x = c * K + k;
    const openCount = pass.lineCount[x] as number;
    if (openCount === 0) continue;
    const customerId = days.customerIds[c] as string;
    const overdueCount = pass.lineOverdueCount[x] as number;
    out.push({
      customerId,
      name: days.customers.get(customerId)?.name ?? '',
      open: pass.lineOpen[x] as number,
      overdue: pass.lineOverdue[x] as number,
      openCount,
      overdueCount,
      oldestDaysLate: pass.lineOldest[x] as number,
      category: null,
      next: null,
      disputed: overdueCount > 0 && pass.lineUndisputed[x] === 0,
      first: pass.lineFirst[x] as number,
    });
  }
  // As `debtorLines` orders them; lines equal on all three keep the order their first invoice has.
  out.sort(
    (x, y) => y.open - x.open || y.overdue - x.overdue || x.name.localeCompare(y.name) || x.first - y.first,
  );
  return out.map(({ first: _, ...line }) => line);
}

/** Expected collections over the weeks after the pass's as-of date (see `expectedCollections`). */
export function forecastAt(
  days: BookDays,
  pass: DayPass,
  base: Omit<ForecastBase, 'asOf' | 'paying'>,
): Forecast {
  const k = days.currencyNumber(base.currency);
  // Plans and promises name a few invoices: their indices, found in one pass only when there are any.
  const named = new Set<string>();
  for (const p of base.plans) if (p.status === 'active') for (const id of p.invoiceIds) named.add(id);
  for (const a of base.activities) if (a.kind === 'promise') for (const id of a.invoiceIds) named.add(id);
  const index = days.indicesOf(named);
  const openOf = (id: string): number => {
    const i = index.get(id);
    return i === undefined || days.currencyOf[i] !== k ? 0 : (pass.open[i] as number);
  };
  const run = beginForecast({ ...base, asOf: pass.asOf, paying: (id) => days.payingOf(pass, id) }, openOf);
  if (k < 0) return finishForecast(run);
  const covered = new Uint8Array(run.covered.size ? days.n : 0);
  for (const id of run.covered) {
    const i = index.get(id);
    if (i !== undefined) covered[i] = 1;
  }
  // Each customer's shift and category once, not per invoice.
  const C = days.customerIds.length;
  const shift = new Int32Array(C);
  const category = new Int8Array(C).fill(-1);
  const { customerOf, currencyOf, due, n } = days;
  const open = pass.open;
  const anyCovered = covered.length > 0;
  // Local names for the hot loop (a module's exports may be reached through a getter, e.g. under Vitest).
  const add = addDue;
  const week = weekOf;
  for (let i = 0; i < n; i++) {
    const o = open[i] as number;
    if (o <= 0 || currencyOf[i] !== k || (anyCovered && covered[i])) continue;
    const c = customerOf[i] as number;
    let cat = category[c] as number;
    if (cat < 0) {
      const p = run.payingOf(days.customerIds[c] as string);
      shift[c] = Math.max(0, Math.round(p.averageDaysLate ?? 0));
      category[c] = cat = CATEGORIES.indexOf(p.category);
    }
    const w = week(run, Math.max(run.start, (due[i] as number) + (shift[c] as number)));
    if (w >= 0) add(run, w, o, cat);
  }
  // What came in on the invoices open at the as-of date: only those with ledger entries have any.
  if (run.weeks.some((w) => w.actual !== null))
    for (let i = 0; i < n; i++) {
      if ((open[i] as number) <= 0 || currencyOf[i] !== k || !(days.flags[i]! & MOVES)) continue;
      const entries = days.ledger.byInvoice.get((days.invoices[i] as Invoice).id);
      if (entries) addActual(run, entries);
    }
  return finishForecast(run);
}
