// The dashboard's fast path (the book in typed arrays: BookDays, ClaimDays) against the read model's
// path (rows at the date, customerBehaviours, bookClaimTotals, expectedCollections) on the realistic
// sample book — part payments, discounts, credit notes, fees, waivers, write-offs, promises, contacts —
// plus a plan, disputes, a UK customer, an invoice under its own law, at the as-of date, at past dates
// (payments after them must not count) and after the last payment; and a small book worked by hand.
import { describe, expect, it } from 'vitest';
import { sampleChangeSet } from '../../src/commands/sample-data';
import type { Snapshot } from '../../src/commands/types';
import type { ChangeSet, Entities, EntityName } from '../../src/db/change-set';
import { debtorLines } from '../../src/charts/debtors';
import { debtorLinesAt } from '../../src/charts/days-figures';
import { buildDayTables, dayTablesOf } from '../../src/charts/day-table';
import { DEFAULT_DUNNING_POLICY } from '../../src/domain/collections/policy';
import { defaultRateTables } from '../../src/domain/rates/index';
import type { CompanyProfile, Customer, Invoice, Payment, PaymentPlan } from '../../src/domain/types';
import { ReadModel } from '../../src/model/read-model';
import {
  accountFigures,
  accountFiguresAt,
  callCount,
  dayBook,
  overdueAccountLines,
  overdueAccountLinesAt,
  type AccountBook,
} from '../../src/ui/dashboard/dashboard-data';

class MemoryBook implements Snapshot {
  private tables = new Map<EntityName, Map<string, { id: string }>>();
  rates = defaultRateTables;
  apply(change: ChangeSet): void {
    for (const [name, part] of Object.entries(change) as [
      EntityName,
      { put?: { id: string }[]; delete?: string[] },
    ][]) {
      let t = this.tables.get(name);
      if (!t) this.tables.set(name, (t = new Map()));
      for (const id of part.delete ?? []) t.delete(id);
      for (const r of part.put ?? []) t.set(r.id, r);
    }
  }
  list<K extends EntityName>(name: K): Entities[K][] {
    return [...(this.tables.get(name)?.values() ?? [])] as Entities[K][];
  }
  get<K extends EntityName>(name: K, id: string): Entities[K] | undefined {
    return this.tables.get(name)?.get(id) as Entities[K] | undefined;
  }
  invoiceByNumber(number: string): Invoice | undefined {
    return this.list('invoices').find((i) => i.number === number);
  }
}

const company = { country: 'IT' } as CompanyProfile;
let version = 0;

function setUp(book: MemoryBook) {
  const model = new ReadModel(book);
  model.setCompany(company);
  const accounts = (): AccountBook => ({
    customers: book.list('customers'),
    invoices: book.list('invoices'),
    activities: book.list('activities'),
    plans: book.list('plans'),
    settlements: book.list('settlements'),
    policy: DEFAULT_DUNNING_POLICY,
    company,
  });
  const d = dayBook(++version, () => ({
    invoices: book.list('invoices'),
    ledger: model.at('2026-01-01').ledger,
    customers: model.customers,
    activities: book.list('activities'),
    company,
    rates: book.rates,
    adjustments: book.list('adjustments'),
  }));
  return { model, accounts, d };
}

const customer = (id: string, country: string, currency = 'EUR'): Customer => ({
  id,
  name: `Customer ${id}`,
  country,
  language: 'en',
  currency,
  debtor: 'business',
  creditHold: false,
  createdAt: '2024-01-01',
});

describe('dashboard figures from the book in typed arrays', () => {
  const book = new MemoryBook();
  book.apply(sampleChangeSet('2026-11-23', 7));
  const invoices = book.list('invoices');
  const first = invoices[0] as Invoice;
  const uk = customer('uk1', 'GB', 'GBP');
  const plan: PaymentPlan = {
    id: 'plan1',
    customerId: first.customerId,
    invoiceIds: [first.id],
    currency: first.currency,
    createdOn: '2026-10-01',
    status: 'active',
    instalments: [
      { dueDate: '2026-12-01', amount: Math.round(first.amount / 2) },
      { dueDate: '2027-01-01', amount: first.amount - Math.round(first.amount / 2) },
    ],
  };
  book.apply({
    customers: { put: [uk] },
    invoices: {
      put: [
        // UK compensation by amount band, one of them paid late after some of the dates below.
        {
          ...first,
          id: 'uk-a',
          number: 'UK-A',
          customerId: 'uk1',
          currency: 'GBP',
          amount: 50_000,
          dueDate: '2025-06-30',
          issueDate: '2025-05-31',
        },
        {
          ...first,
          id: 'uk-b',
          number: 'UK-B',
          customerId: 'uk1',
          currency: 'GBP',
          amount: 2_000_000,
          dueDate: '2026-02-28',
          issueDate: '2026-01-29',
        },
        // Under its own law, disputed; and one of nothing to pay.
        { ...(invoices[1] as Invoice), id: 'own', number: 'OWN', contractLaw: 'FR', disputed: true },
        { ...(invoices[2] as Invoice), id: 'zero', number: 'ZERO', amount: 0 },
      ],
    },
    payments: {
      put: [
        {
          id: 'uk-pay',
          date: '2026-03-20',
          amount: 2_000_000,
          currency: 'GBP',
          allocations: [{ invoiceId: 'uk-b', amount: 2_000_000 }],
        },
      ],
    },
    plans: { put: [plan] },
  });
  const { model, accounts, d } = setUp(book);
  const dates = ['2026-11-23', '2026-06-30', '2026-03-01', '2025-12-31', '2025-03-15', '2027-02-01'];

  it.each(dates)('equal the read model’s figures at %s', (asOf) => {
    const view = model.at(asOf);
    const pass = d.days.at(asOf);
    const currencies = [...new Set(book.list('invoices').map((i) => i.currency))];
    expect(currencies.length).toBeGreaterThan(2);
    for (const currency of currencies) {
      expect(debtorLinesAt(d.days, pass, currency), currency).toEqual(debtorLines(view.rows, currency));
      expect(d.claims.totals(asOf, currency), currency).toEqual(view.claimTotals(currency));
      const fast = accountFiguresAt(d, asOf, currency, '2026-11-23', accounts());
      const slow = accountFigures(view, currency, '2026-11-23', accounts());
      expect(fast, currency).toEqual(JSON.parse(JSON.stringify(slow)));
      expect(callCount(d, asOf, currency, accounts()), currency).toBe(
        view.queue.rows.filter((r) => r.currency === currency).length,
      );
      expect(overdueAccountLinesAt(d, asOf, currency, accounts())).toEqual(
        overdueAccountLines(view, currency, accounts()),
      );
    }
    for (const c of book.list('customers')) {
      const b = view.behaviour(c.id);
      expect(d.days.payingOf(pass, c.id), c.id).toEqual({
        category: b?.category ?? 'new',
        averageDaysLate: b?.stats.averageDaysLate ?? null,
        brokenPromises: b?.brokenPromises ?? 0,
      });
    }
  });

  it.each(dates)('count the read model’s calls at %s from the pass’s open balances too', (asOf) => {
    // Given the very list the typed book was built from, the queue reads the pass's balances.
    const same = { ...accounts(), invoices: d.days.invoices };
    const rows = model.at(asOf).queue.rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const currency of d.days.currencies)
      expect(callCount(d, asOf, currency, same), currency).toBe(
        rows.filter((r) => r.currency === currency).length,
      );
  });

  it('builds the same day tables as the invoices themselves do', () => {
    const direct = buildDayTables(book.list('invoices'), model.at('2026-11-23').ledger);
    expect(dayTablesOf(d.days, d.days.ledger)).toEqual(direct);
  });

  it('the sample book has what the comparison must cover', () => {
    const view = model.at('2026-11-23');
    const categories = new Set(book.list('customers').map((c) => view.behaviour(c.id)?.category));
    expect(categories.size).toBeGreaterThanOrEqual(3);
    expect(book.list('activities').some((a) => a.kind === 'promise')).toBe(true);
    expect(book.list('adjustments').length).toBeGreaterThan(0);
    expect(view.claimTotals('GBP')[0]?.compensation).toBeGreaterThan(0);
  });
});

describe('a small book worked by hand', () => {
  // c1 owes A (1,000.00, due 2026-01-31) and B (500.00, due 2026-03-31); A is paid in full on
  // 2026-02-20, 20 days late. c2 owes C (200.00 USD, due 2026-02-28), never paid.
  const inv = (
    id: string,
    customerId: string,
    dueDate: string,
    amount: number,
    currency = 'EUR',
  ): Invoice => ({
    id,
    number: id,
    customerId,
    issueDate: '2026-01-01',
    dueDate,
    amount,
    currency,
  });
  const pay: Payment = {
    id: 'p',
    date: '2026-02-20',
    amount: 100_000,
    currency: 'EUR',
    allocations: [{ invoiceId: 'A', amount: 100_000 }],
  };
  const book = new MemoryBook();
  book.apply({
    customers: { put: [customer('c1', 'IT'), customer('c2', 'IT', 'USD')] },
    invoices: {
      put: [
        inv('A', 'c1', '2026-01-31', 100_000),
        inv('B', 'c1', '2026-03-31', 50_000),
        inv('C', 'c2', '2026-02-28', 20_000, 'USD'),
      ],
    },
    payments: { put: [pay] },
  });
  const { d } = setUp(book);

  it('before the payment, A is open and 10 days late; nothing paid yet, so no average delay', () => {
    const pass = d.days.at('2026-02-10');
    const [line] = debtorLinesAt(d.days, pass, 'EUR');
    expect(line).toMatchObject({
      customerId: 'c1',
      open: 150_000,
      overdue: 100_000,
      openCount: 2,
      overdueCount: 1,
      oldestDaysLate: 10,
    });
    expect(d.days.payingOf(pass, 'c1')).toEqual({
      category: 'new',
      averageDaysLate: null,
      brokenPromises: 0,
    });
  });

  it('after it, only B is open, and A counts as paid 20 days late', () => {
    const pass = d.days.at('2026-03-10');
    expect(debtorLinesAt(d.days, pass, 'EUR')).toMatchObject([
      { open: 50_000, overdue: 0, openCount: 1, overdueCount: 0 },
    ]);
    expect(d.days.payingOf(pass, 'c1').averageDaysLate).toBe(20);
    expect(debtorLinesAt(d.days, pass, 'USD')).toMatchObject([
      { customerId: 'c2', open: 20_000, overdue: 20_000, oldestDaysLate: 10 },
    ]);
  });
});

describe('a book with an invoice past 32 bits of cents', () => {
  // 30,000,000.00 EUR: past what 4 bytes hold; the typed book keeps its sums in 8 then, to the cent.
  const big: Invoice = {
    id: 'BIG',
    number: 'BIG',
    customerId: 'c1',
    issueDate: '2026-01-01',
    dueDate: '2026-01-31',
    amount: 3_000_000_000,
    currency: 'EUR',
  };
  const small: Invoice = { ...big, id: 'S', number: 'S', amount: 12_345 };
  const part: Payment = {
    id: 'p',
    date: '2026-02-20',
    amount: 1_000_000_001,
    currency: 'EUR',
    allocations: [{ invoiceId: 'BIG', amount: 1_000_000_001 }],
  };
  const book = new MemoryBook();
  book.apply({
    customers: { put: [customer('c1', 'IT')] },
    invoices: { put: [big, small] },
    payments: { put: [part] },
  });
  const { d } = setUp(book);

  it('shows the open balance before and after a part payment, to the cent', () => {
    expect(debtorLinesAt(d.days, d.days.at('2026-02-10'), 'EUR')).toMatchObject([
      { customerId: 'c1', open: 3_000_012_345, overdue: 3_000_012_345, openCount: 2 },
    ]);
    expect(debtorLinesAt(d.days, d.days.at('2026-03-10'), 'EUR')).toMatchObject([
      { open: 1_999_999_999 + 12_345, overdue: 1_999_999_999 + 12_345 },
    ]);
  });
});
