// The dashboard's figures for one currency and as-of date, in two steps:
// - `timeFigures`: headline, aging, overdue by month and DSO trend, all read from day tables built once
//   per book version (a new as-of date is a look-up, not a pass over every invoice);
// - `accountFigures`: top debtors, claimable interest and the forecast, which need each invoice at the
//   as-of date, so they read the read model's rows (derived at that date) and are drawn after the first.
import { buildDayTables, type DayTable } from '../../charts/day-table';
import { metricsBook, type MetricsBook } from '../../charts/metrics-book';
import {
  agingSeries,
  dsoTrend,
  headline,
  overdueByMonth,
  type AgingSeries,
  type DsoPoint,
  type Headline,
  type OverduePoint,
} from '../../charts/series';
import { categorise, debtorLines, overdueAccounts, topDebtors, type DebtorLine } from '../../charts/debtors';
import { expectedCollections, type CustomerPaying, type Forecast } from '../../charts/forecast';
import { claimable, type Claimable } from '../../charts/claims';
import { governingRule } from '../../domain/governing';
import { app } from '../state/app.svelte';
import type { LedgerIndex } from '../../domain/balance';
import type { Activity, Invoice, PaymentPlan } from '../../domain/types';
import type { ModelView } from '../../model/read-model';

export interface TimeFigures {
  headline: Headline;
  aging: AgingSeries;
  overdue: OverduePoint[];
  dso: DsoPoint[];
}

interface Tables {
  version: number;
  tables: Map<string, DayTable>;
  books: Map<string, MetricsBook>;
}

// Keyed on the book's version, not on the as-of date: the read model re-derives its rows for each date,
// these tables hold every date at once, so they outlive an as-of change (see `charts/day-table.ts`).
let cache: Tables | null = null;

export function dayTables(
  version: number,
  invoices: () => readonly Invoice[],
  ledger: () => LedgerIndex,
): Tables {
  if (cache?.version !== version)
    cache = { version, tables: buildDayTables(invoices(), ledger()), books: new Map() };
  return cache;
}

export function currenciesOf(t: Tables): string[] {
  return [...t.tables.keys()].sort();
}

export function timeFigures(t: Tables, currency: string, asOf: string): TimeFigures | null {
  const table = t.tables.get(currency);
  if (!table) return null;
  let m = t.books.get(currency);
  if (!m) t.books.set(currency, (m = metricsBook(table)));
  return {
    headline: headline(table, m, asOf),
    aging: agingSeries(table, asOf),
    overdue: overdueByMonth(table, asOf),
    dso: dsoTrend(m, asOf),
  };
}

export interface AccountFigures {
  top: DebtorLine[];
  overdueAccounts: DebtorLine[];
  claims: Claimable;
  forecast: Forecast;
}

export function accountFigures(
  view: ModelView,
  currency: string,
  today: string,
  activities: readonly Activity[],
  plans: readonly PaymentPlan[],
): AccountFigures {
  const lines = debtorLines(view.rows, currency);
  const categoryOf = (id: string) => view.behaviour(id)?.category ?? 'new';
  const paying = (id: string): CustomerPaying => {
    const b = view.behaviour(id);
    return {
      category: b?.category ?? 'new',
      averageDaysLate: b?.stats.averageDaysLate ?? null,
      brokenPromises: b?.brokenPromises ?? 0,
    };
  };
  return {
    top: categorise(topDebtors(lines), categoryOf),
    overdueAccounts: categorise(overdueAccounts(lines), categoryOf),
    claims: claimable(
      view.rows,
      currency,
      view.customers,
      (customer) => governingRule({ company: app.company, customer }).rule,
      (inv) => view.interest.total(inv),
    ),
    forecast: expectedCollections({
      asOf: view.asOf,
      today,
      currency,
      rows: view.rows,
      ledger: view.ledger,
      activities,
      plans,
      paying,
    }),
  };
}
