// The dashboard's typed book built ahead, in slices (idle time after load), must be the book built at
// once: the same columns, the same figures at every date, the same day tables and claims. The
// reference is a fresh build of the same book in one go; the small book's figures are also worked by hand.
import { describe, expect, it } from 'vitest';
import { sampleChangeSet } from '../../src/commands/sample-data';
import { dayTablesOf, dayTableSteps, type DayTable } from '../../src/charts/day-table';
import { debtorLinesAt } from '../../src/charts/days-figures';
import { buildLedgerIndex } from '../../src/domain/balance';
import { defaultRateTables } from '../../src/domain/rates/index';
import type { Adjustment, Customer, Invoice, Payment } from '../../src/domain/types';
import { BookDays, type BookDaysInput } from '../../src/model/book-days';
import { ClaimDays, type ClaimDaysInput } from '../../src/model/claims-days';
import { buildAhead, dayBook, dayTables } from '../../src/ui/dashboard/dashboard-data';

const change = sampleChangeSet('2026-11-23', 3);
const invoices = (change.invoices?.put ?? []) as Invoice[];
const customers = (change.customers?.put ?? []) as Customer[];
const payments = (change.payments?.put ?? []) as Payment[];
const adjustments = (change.adjustments?.put ?? []) as Adjustment[];
const input: BookDaysInput & ClaimDaysInput = {
  invoices,
  ledger: buildLedgerIndex(payments, adjustments),
  customers: new Map(customers.map((c) => [c.id, c])),
  activities: change.activities?.put ?? [],
  company: { country: 'IT' },
  rates: defaultRateTables,
  adjustments,
};
// The first is the as-of date the build ahead makes its pass and claims at.
const dates = ['2026-11-23', '2025-06-30', '2027-06-30'];

/** Everything a figure is read from, at each date. */
function figures(days: BookDays, claims: ClaimDays) {
  return {
    columns: [days.customerIds, days.currencies, days.customerOf, days.currencyOf, days.issue, days.due],
    more: [days.amount, days.flags, days.dueRange],
    at: dates.map((asOf) => {
      const pass = days.at(asOf);
      return {
        pass,
        lines: days.currencies.map((c) => debtorLinesAt(days, pass, c)),
        claims: days.currencies.map((c) => claims.totals(asOf, c)),
      };
    }),
  };
}

describe('the typed book built in slices', () => {
  it('the sample book has enough to slice: invoices with payments, several currencies', () => {
    expect(invoices.length).toBeGreaterThan(100);
    expect(payments.length).toBeGreaterThan(10);
    expect(new Set(invoices.map((i) => i.currency)).size).toBeGreaterThan(1);
  });

  it.each([1, 64])('equals the book built at once, %i invoices a slice', (chunk) => {
    const whole = new BookDays(input);
    const sliced = new BookDays(input, false);
    let steps = 0;
    for (let k = chunk; !sliced.build(k); k += chunk) steps++;
    expect(steps).toBeGreaterThanOrEqual(Math.floor(invoices.length / chunk) - 1);
    expect(sliced.complete).toBe(true);
    const claims = new ClaimDays(sliced, input, false);
    for (let k = chunk; !claims.build(k); k += chunk);
    expect(figures(sliced, claims)).toEqual(figures(whole, new ClaimDays(whole, input)));
  });

  it.each([1, 50])('its day tables in steps of %i equal the tables built at once', (chunk) => {
    const days = new BookDays(input);
    const steps = dayTableSteps(days, days.ledger, undefined, chunk);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(yields).toBeGreaterThan(0);
    expect(r.value).toEqual(dayTablesOf(days, days.ledger));
  });
});

describe('the typed book’s index by customer', () => {
  it('gives the invoices of the customers asked, as the book lists them', () => {
    const days = new BookDays(input);
    const some = new Set([customers[0]!.id, customers[3]!.id, 'nobody']);
    const expected = invoices.filter((i) => some.has(i.customerId));
    expect(expected.length).toBeGreaterThan(2);
    expect(days.invoicesOfCustomers(some)).toEqual(expected);
    expect(days.invoicesOfCustomers(new Set())).toEqual([]);
  });
});

describe('the dashboard’s book built ahead', () => {
  const source = {
    input: () => input,
    rates: defaultRateTables,
    country: 'IT',
    asOf: '2026-11-23',
    baseCurrency: 'EUR',
  };

  it('is what the dashboard then reads for that version, equal to a fresh build', () => {
    const steps = buildAhead(1001, source, 25);
    expect(steps).not.toBeNull();
    let n = 0;
    while (!steps!.next().done) n++;
    expect(n).toBeGreaterThan(2);
    // Built: nothing left to build for this version, and the dashboard is given what was built.
    expect(buildAhead(1001, source)).toBeNull();
    let asked = 0;
    const d = dayBook(1001, () => (asked++, input), source.rates, source.country);
    expect(asked).toBe(0);
    const fresh = new BookDays(input);
    expect(figures(d.days, d.claims)).toEqual(figures(fresh, new ClaimDays(fresh, input)));
    const tables = dayTables(1001, () => d.days).tables;
    expect(tables).toEqual(dayTablesOf(fresh, fresh.ledger));
  });

  it('opened before the build ends, the rest is built at once', () => {
    const steps = buildAhead(1002, source, 25)!;
    steps.next();
    steps.next();
    const d = dayBook(1002, () => input, source.rates, source.country);
    expect(d.days.complete).toBe(true);
    // Nothing left to build ahead: the pass and the claims at the date are the page's to make.
    expect(buildAhead(1002, source)).toBeNull();
    const fresh = new BookDays(input);
    expect(figures(d.days, d.claims)).toEqual(figures(fresh, new ClaimDays(fresh, input)));
  });

  it('a newer version drops a build of an older one', () => {
    const steps = buildAhead(1003, source, 25)!;
    steps.next();
    const d = dayBook(1004, () => input, source.rates, source.country);
    expect(d.days.complete).toBe(true);
    // The old build ends without replacing the newer version's book.
    while (!steps.next().done);
    expect(dayBook(1004, () => input, source.rates, source.country)).toBe(d);
  });
});

describe('a small book built in slices of one, worked by hand', () => {
  // c1 owes A (100.00, due 2026-01-31, paid on 2026-02-20) and B (50.00 USD, due 2026-03-31).
  const small: BookDaysInput & ClaimDaysInput = {
    invoices: [
      {
        id: 'A',
        number: 'A',
        customerId: 'c1',
        issueDate: '2026-01-01',
        dueDate: '2026-01-31',
        amount: 10_000,
        currency: 'EUR',
      },
      {
        id: 'B',
        number: 'B',
        customerId: 'c1',
        issueDate: '2026-02-01',
        dueDate: '2026-03-31',
        amount: 5_000,
        currency: 'USD',
      },
    ],
    ledger: buildLedgerIndex([
      {
        id: 'p',
        date: '2026-02-20',
        amount: 10_000,
        currency: 'EUR',
        allocations: [{ invoiceId: 'A', amount: 10_000 }],
      },
    ]),
    customers: new Map([
      [
        'c1',
        {
          id: 'c1',
          name: 'One',
          country: 'IT',
          language: 'it',
          currency: 'EUR',
          debtor: 'business',
          creditHold: false,
          createdAt: '2025-01-01',
        } as Customer,
      ],
    ]),
    activities: [],
    company: { country: 'IT' },
    rates: defaultRateTables,
    adjustments: [],
  };

  it('on 2026-02-10 A is open 10 days late, B is open and not due; on 2026-03-01 only B is open', () => {
    const days = new BookDays(small, false);
    expect(days.build(1)).toBe(false);
    expect(days.build(2)).toBe(true);
    let pass = days.at('2026-02-10');
    expect([...pass.open]).toEqual([10_000, 5_000]);
    expect(debtorLinesAt(days, pass, 'EUR')).toMatchObject([
      { open: 10_000, overdue: 10_000, oldestDaysLate: 10 },
    ]);
    pass = days.at('2026-03-01');
    expect([...pass.open]).toEqual([0, 5_000]);
    expect(debtorLinesAt(days, pass, 'EUR')).toEqual([]);
    expect(days.payingOf(pass, 'c1').averageDaysLate).toBe(20);
  });

  it('its day tables: EUR open 100.00 from 2026-01-01 to 2026-02-19, nothing from 2026-02-20', () => {
    const days = new BookDays(small);
    const steps = dayTableSteps(days, days.ledger, undefined, 1);
    let r = steps.next();
    while (!r.done) r = steps.next();
    const eur = r.value.get('EUR') as DayTable;
    const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;
    const openOn = (iso: string) => eur.open[day(iso) - eur.first];
    expect(openOn('2026-01-01')).toBe(10_000);
    expect(openOn('2026-02-19')).toBe(10_000);
    expect(openOn('2026-02-20')).toBe(0);
  });
});
