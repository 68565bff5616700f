// The dashboard's figures for one currency and as-of date, in two steps:
// - `timeFigures`: headline, aging, overdue by month and DSO trend, all read from day tables built once
//   per book version (a new as-of date is a look-up, not a pass over every invoice);
// - `accountFiguresAt`: top debtors (with Today's next step), claimable interest and compensation and
//   the forecast, from `BookDays`/`ClaimDays` — the book in typed arrays, built once per version, read
//   in one pass per as-of date (`accountFigures` is the same over the read model's rows).
import { dayTablesOf, dayTableSteps, type DayTable } from '../../charts/day-table';
import { DEFAULT_DUE_BOUNDS } from '../../domain/aging';
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
import {
  categorise,
  debtorLines,
  nextSteps,
  overdueAccounts,
  topDebtors,
  withSteps,
  type Category,
  type DebtorLine,
  type NextStep,
} from '../../charts/debtors';
import { debtorLinesAt, forecastAt } from '../../charts/days-figures';
import { BookDays, type BookDaysInput } from '../../model/book-days';
import { ClaimDays, type ClaimDaysInput } from '../../model/claims-days';
import { expectedCollections, type CustomerPaying, type Forecast } from '../../charts/forecast';
import type { ClaimTotals } from '../../domain/claimable';
import { collectionsQueue, collectionsQueueSteps } from '../../domain/collections/queue';
import type { DunningPolicy } from '../../domain/collections/types';
import { governingRule } from '../../domain/governing';
import type { LedgerIndex } from '../../domain/balance';
import type {
  Activity,
  CompanyProfile,
  Customer,
  Invoice,
  IsoDate,
  PaymentPlan,
  SettlementOffer,
} from '../../domain/types';
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

export function dayTables(version: number, book: () => BookDays): Tables {
  finishAhead(version);
  if (cache?.version !== version) {
    const days = book();
    cache = { version, tables: dayTablesOf(days, days.ledger), books: new Map() };
  }
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
  /** The domain's claim totals (invoices paid late included), one entry per currency. */
  claims: ClaimTotals[];
  forecast: Forecast;
}

/** What the next steps and the forecast read besides the read model. */
export interface AccountBook {
  customers: readonly Customer[];
  invoices: readonly Invoice[];
  activities: readonly Activity[];
  plans: readonly PaymentPlan[];
  settlements: readonly SettlementOffer[];
  policy: DunningPolicy;
  company: CompanyProfile;
}

/** The typed-array book (built once per version) and the claims over it. */
export interface DayBook {
  days: BookDays;
  claims: ClaimDays;
}

let dayBookCache: { version: number; rates: unknown; country: string; book: DayBook } | null = null;

/**
 * `BookDays` and `ClaimDays` for this book version (an as-of change keeps them); the claims also follow
 * the rate tables and the company's country (settings, not records of the book).
 */
export function dayBook(
  version: number,
  input: () => BookDaysInput & ClaimDaysInput,
  rates: unknown = null,
  country = '',
): DayBook {
  finishAhead(version);
  let c = dayBookCache;
  if (c?.version !== version) {
    const i = input();
    c = { version, rates, country, book: withClaims(new BookDays(i), i) };
  } else if (c.rates !== rates || c.country !== country) {
    c = { version, rates, country, book: withClaims(c.book.days, input()) };
  }
  dayBookCache = c;
  return c.book;
}

/** The inputs of `dayBook`, the settings its claims follow, and what the dashboard would show first. */
export interface DayBookSource {
  input: () => BookDaysInput & ClaimDaysInput;
  rates: unknown;
  country: string;
  asOf: IsoDate;
  baseCurrency: string;
}

/** The currency the dashboard shows: the one chosen, else the company's, else the first of the book. */
export function shownCurrency(currencies: readonly string[], chosen: string | null, base: string): string {
  return chosen && currencies.includes(chosen)
    ? chosen
    : currencies.includes(base)
      ? base
      : (currencies[0] ?? base);
}

let ahead: { version: number; steps: Generator<void, void, void>; built: boolean } | null = null;

/**
 * Builds what `dayBook` and `dayTables` give for `version` — the typed book, its day tables and the
 * claims over it — in steps of `chunk` invoices: the caller runs `next()` in idle time after load and
 * after a write, so that opening the dashboard finds them built. Then, in more steps, what the first
 * open reads at the as-of date: the pass, the claims in the currency shown. Asked for before the book is
 * built, `dayBook`/`dayTables` build the rest at once and leave the pass and claims to the page; a newer
 * version drops the build. Null when there is nothing (left) to build for this version.
 */
export function buildAhead(
  version: number,
  source: DayBookSource,
  chunk = 10_000,
): Generator<void, void, void> | null {
  if (ahead?.version === version) return ahead.steps;
  if (dayBookCache?.version === version && cache?.version === version) return null;
  // An older version's book is of no more use: let it go before a new one is built beside it.
  if (dayBookCache?.version !== version) dayBookCache = null;
  if (cache?.version !== version) cache = null;
  const job = { version, steps: buildSteps(version, source, chunk), built: false };
  ahead = job;
  return job.steps;
}

function* buildSteps(version: number, source: DayBookSource, chunk: number): Generator<void, void, void> {
  const input = source.input();
  const days = new BookDays(input, false);
  for (let k = chunk; !days.build(k); k += chunk) yield;
  yield;
  const tables = yield* dayTableSteps(days, days.ledger, DEFAULT_DUE_BOUNDS, chunk);
  const books = new Map<string, MetricsBook>();
  for (const [currency, table] of tables) books.set(currency, metricsBook(table));
  yield;
  const claims = new ClaimDays(days, input, false);
  for (let k = chunk; !claims.build(k); k += chunk) yield;
  if (ahead?.version !== version) return; // dropped for a newer version meanwhile
  ahead.built = true;
  dayBookCache = { version, rates: source.rates, country: source.country, book: { days, claims } };
  const built: Tables = { version, tables, books };
  cache = built;
  yield;
  // What the first open reads at the as-of date of now (a later one is made when asked).
  days.byCustomer();
  yield;
  yield* days.passSteps(source.asOf, chunk);
  const currency = shownCurrency([...tables.keys()].sort(), null, source.baseCurrency);
  // The headline and the DSO trend's points (each computed once per stand-in book and date).
  timeFigures(built, currency, source.asOf);
  yield;
  yield* claims.totalsSteps(source.asOf, currency, chunk);
  if (ahead?.version === version) ahead = null;
}

/**
 * Builds the rest of the book of this version at once (a build ahead under way); what it would then
 * make at the as-of date is left to the page, after its first frame. Drops a build of another version.
 */
function finishAhead(version: number): void {
  const a = ahead;
  if (!a) return;
  if (a.version === version) while (!a.built && !a.steps.next().done);
  ahead = null;
}

/** The claims are built when first asked for: the time charts, drawn first, need the days only. */
function withClaims(days: BookDays, input: ClaimDaysInput): DayBook {
  let claims: ClaimDays | null = null;
  return {
    days,
    get claims(): ClaimDays {
      return (claims ??= new ClaimDays(days, input));
    },
  };
}

/**
 * Top debtors, claims and the forecast at `asOf` from the typed-array book: one pass over a million
 * invoices' numbers at a new date, no row per invoice (equal to `accountFigures` over the read
 * model's rows: tests/model/book-days.test.ts).
 */
export function accountFiguresAt(
  d: DayBook,
  asOf: string,
  currency: string,
  today: string,
  book: AccountBook,
): AccountFigures {
  const pass = d.days.at(asOf);
  const categoryOf = (id: string) => d.days.payingOf(pass, id).category;
  const top = topDebtors(debtorLinesAt(d.days, pass, currency));
  return {
    top: withSteps(
      categorise(top, categoryOf),
      stepsFor(top, currency, asOf, d.days.ledger, categoryOf, book, invoicesOf(d, book)),
    ),
    claims: d.claims.totals(asOf, currency),
    forecast: forecastAt(d.days, pass, {
      today,
      currency,
      activities: book.activities,
      plans: book.plans,
    }),
  };
}

/**
 * The invoices of some customers from the typed book's index by customer, when the book's list is the
 * one it was built from (the same invoices in the same order): no pass over a million invoices.
 */
function invoicesOf(d: DayBook, book: AccountBook): ((ids: ReadonlySet<string>) => Invoice[]) | undefined {
  return d.days.invoices === book.invoices ? (ids) => d.days.invoicesOfCustomers(ids) : undefined;
}

/** The weekly report's list from the typed-array book (see `overdueAccountLines`). */
export function overdueAccountLinesAt(
  d: DayBook,
  asOf: string,
  currency: string,
  book: AccountBook,
): DebtorLine[] {
  const pass = d.days.at(asOf);
  const categoryOf = (id: string) => d.days.payingOf(pass, id).category;
  const lines = overdueAccounts(debtorLinesAt(d.days, pass, currency));
  return withSteps(
    categorise(lines, categoryOf),
    stepsFor(lines, currency, asOf, d.days.ledger, categoryOf, book, invoicesOf(d, book)),
  );
}

/**
 * How many calls Today lists in `currency` at `asOf`: the collections queue of the whole book, with each
 * customer's category from the typed-array book (the same categories the read model gives it, so the
 * same queue as Today's, without deriving the read model's rows at this date).
 */
export function callCount(d: DayBook, asOf: string, currency: string, book: AccountBook): number {
  const steps = callCountSteps(d, asOf, currency, book, Infinity);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `callCount` in steps (`collectionsQueueSteps`), for the page to count in slices without holding it. */
export function* callCountSteps(
  d: DayBook,
  asOf: string,
  currency: string,
  book: AccountBook,
  chunk = 20_000,
): Generator<void, number, void> {
  const pass = d.days.at(asOf);
  const queue = yield* collectionsQueueSteps(
    {
      asOf,
      customers: book.customers,
      invoices: book.invoices,
      ledger: d.days.ledger,
      activities: book.activities,
      plans: book.plans,
      settlements: book.settlements,
      policy: book.policy,
      jurisdictionOf: (customer) => governingRule({ company: book.company, customer }).rule,
      categories: new Map(book.customers.map((c) => [c.id, d.days.payingOf(pass, c.id).category])),
      // The pass's open balances are the book's at the date, in book order, when both are the same list.
      ...(d.days.invoices === book.invoices ? { open: pass.open } : {}),
    },
    chunk,
  );
  return queue.rows.filter((r) => r.currency === currency).length;
}

/** The same figures over the read model's rows at its as-of date (the reference the tests compare with). */
export function accountFigures(
  view: ModelView,
  currency: string,
  today: string,
  book: AccountBook,
): AccountFigures {
  const lines = debtorLines(view.rows, currency);
  const top = topDebtors(lines);
  return {
    top: withSteps(
      categorise(top, categoryOf(view)),
      stepsFor(top, currency, view.asOf, view.ledger, categoryOf(view), book),
    ),
    claims: view.claimTotals(currency),
    forecast: expectedCollections({
      asOf: view.asOf,
      today,
      currency,
      rows: view.rows,
      ledger: view.ledger,
      activities: book.activities,
      plans: book.plans,
      paying: (id): CustomerPaying => {
        const b = view.behaviour(id);
        return {
          category: b?.category ?? 'new',
          averageDaysLate: b?.stats.averageDaysLate ?? null,
          brokenPromises: b?.brokenPromises ?? 0,
        };
      },
    }),
  };
}

/** The weekly report's list: every overdue account, most overdue first, with its next step. */
export function overdueAccountLines(view: ModelView, currency: string, book: AccountBook): DebtorLine[] {
  const lines = overdueAccounts(debtorLines(view.rows, currency));
  return withSteps(
    categorise(lines, categoryOf(view)),
    stepsFor(lines, currency, view.asOf, view.ledger, categoryOf(view), book),
  );
}

const categoryOf = (view: ModelView) => (id: string) => view.behaviour(id)?.category ?? 'new';

/**
 * The next steps of these customers from the collections queue, as Today computes it — for just
 * these customers and their invoices (a customer's rows depend on nothing else), so ten debtors of a
 * million-invoice book cost a few thousand invoices, not the whole queue.
 */
function stepsFor(
  lines: readonly DebtorLine[],
  currency: string,
  asOf: string,
  ledger: LedgerIndex,
  category: (customerId: string) => Category,
  book: AccountBook,
  invoicesOf?: (customerIds: ReadonlySet<string>) => Invoice[],
): Map<string, NextStep> {
  const ids = new Set(lines.map((l) => l.customerId));
  if (ids.size === 0) return new Map();
  const mine = <T extends { customerId: string }>(list: readonly T[]) =>
    list.filter((x) => ids.has(x.customerId));
  const queue = collectionsQueue({
    asOf,
    customers: book.customers.filter((c) => ids.has(c.id)),
    invoices: invoicesOf ? invoicesOf(ids) : mine(book.invoices),
    ledger,
    activities: mine(book.activities),
    plans: mine(book.plans),
    settlements: mine(book.settlements),
    policy: book.policy,
    jurisdictionOf: (customer) => governingRule({ company: book.company, customer }).rule,
    categories: new Map([...ids].map((id) => [id, category(id)])),
  });
  return nextSteps(queue, currency);
}
