// The dashboard's claim totals of a whole book: the fast path (one full computation per rule, due date
// and day interest stops) must give what the domain gives invoice by invoice with `invoiceClaim`.
import { describe, expect, it } from 'vitest';
import { ReadModel } from '../../src/model/read-model';
import { bookClaims, claimTotals, invoiceClaim } from '../../src/domain/claimable';
import { buildLedgerIndex } from '../../src/domain/balance';
import { defaultRateTables } from '../../src/domain/rates/index';
import { addDays } from '../../src/domain/dates';
import type { Snapshot } from '../../src/commands/types';
import type { EntityName, Entities } from '../../src/db/change-set';
import type { Adjustment, Customer, Invoice, Payment } from '../../src/domain/types';

const customer = (id: string, country: string, debtor: 'business' | 'consumer' = 'business'): Customer => ({
  id,
  name: id,
  country,
  language: 'en',
  currency: 'EUR',
  debtor,
  creditHold: false,
  createdAt: '2020-01-01',
});
const customers = [
  customer('it', 'IT'),
  customer('de', 'DE'),
  customer('cons', 'IT', 'consumer'),
  { ...customer('uk', 'GB'), contractLaw: 'UK' as const, currency: 'GBP' },
  { ...customer('us', 'US'), contractLaw: 'US' as const, currency: 'USD' },
  { ...customer('ro', 'RO'), contractLaw: 'RO' as const, currency: 'RON' },
];

function book(invoices: Invoice[], payments: Payment[], adjustments: Adjustment[]): Snapshot {
  const tables: Partial<Record<EntityName, { id: string }[]>> = {
    invoices,
    payments,
    adjustments,
    customers,
  };
  return {
    rates: defaultRateTables,
    list: <K extends EntityName>(name: K) => (tables[name] ?? []) as Entities[K][],
    get: <K extends EntityName>(name: K, id: string) =>
      (tables[name] ?? []).find((r) => r.id === id) as Entities[K] | undefined,
    invoiceByNumber: () => undefined,
  };
}

// Many invoices of each shape: open and late, paid late in one go, paid on time, part paid, paid
// late in two payments, an interest fee charged, compensation waived, written off, not yet due.
function fixture(): { invoices: Invoice[]; payments: Payment[]; adjustments: Adjustment[] } {
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const adjustments: Adjustment[] = [];
  const pay = (inv: Invoice, date: string, amount: number) =>
    payments.push({
      id: `p${payments.length}`,
      date,
      amount,
      currency: 'EUR',
      customerId: inv.customerId,
      allocations: [{ invoiceId: inv.id, amount }],
    } as Payment);
  for (let i = 0; i < 240; i++) {
    const c = customers[i % 3]!;
    const issue = addDays('2024-01-05', (i * 7) % 600);
    const inv: Invoice = {
      id: `i${i}`,
      number: `N${i}`,
      customerId: c.id,
      issueDate: issue,
      dueDate: addDays(issue, 30),
      amount: 10_000 + ((i * 7919) % 900_000),
      currency: 'EUR',
    };
    invoices.push(inv);
    const shape = i % 8;
    if (shape === 1) pay(inv, addDays(inv.dueDate, 5 + (i % 40)), inv.amount);
    if (shape === 2) pay(inv, addDays(inv.dueDate, -3), inv.amount);
    if (shape === 3) pay(inv, addDays(inv.dueDate, 10), Math.floor(inv.amount / 3));
    if (shape === 4) {
      pay(inv, addDays(inv.dueDate, 10), Math.floor(inv.amount / 2));
      pay(inv, addDays(inv.dueDate, 50), inv.amount - Math.floor(inv.amount / 2));
    }
    const adj = (kind: Adjustment['kind'], extra: Partial<Adjustment>) =>
      adjustments.push({
        id: `a${adjustments.length}`,
        kind,
        customerId: c.id,
        invoiceId: inv.id,
        date: addDays(inv.dueDate, 20),
        amount: 500,
        currency: 'EUR',
        ...extra,
      });
    if (shape === 5) adj('fee', { feeKind: 'interest', amount: 700 });
    if (shape === 6) adj('fee', { feeKind: 'compensation', amount: 4000, waived: true });
    if (shape === 7 && i % 16 === 7) adj('write-off', { amount: inv.amount });
  }
  return { invoices, payments, adjustments };
}

describe('claim totals of the read model', () => {
  it('equal the domain’s claimTotals over invoiceClaim for every invoice, at several as-of dates', () => {
    const { invoices, payments, adjustments } = fixture();
    const model = new ReadModel(book(invoices, payments, adjustments));
    model.setCompany({ country: 'IT' });
    const ledger = buildLedgerIndex(payments, adjustments);
    const byId = new Map(customers.map((c) => [c.id, c]));
    for (const asOf of ['2024-06-30', '2025-03-15', '2025-12-31']) {
      const view = model.at(asOf);
      const expected = claimTotals(
        bookClaims(invoices, byId, adjustments, ledger, { country: 'IT' }, asOf, defaultRateTables),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(view.claimTotals('EUR')).toEqual(expected);
    }
  });

  it('count EUR 40 per late business invoice, none for consumers or invoices paid on time', () => {
    const inv = (id: string, customerId: string, dueDate: string): Invoice => ({
      id,
      number: id,
      customerId,
      issueDate: addDays(dueDate, -30),
      dueDate,
      amount: 100_000,
      currency: 'EUR',
    });
    const invoices = [
      inv('late', 'it', '2025-01-31'),
      inv('paidLate', 'de', '2025-02-28'),
      inv('onTime', 'it', '2025-03-31'),
      inv('consumer', 'cons', '2025-01-31'),
      inv('notDue', 'it', '2025-12-31'),
    ];
    const payments = [
      {
        id: 'p1',
        date: '2025-03-10',
        amount: 100_000,
        currency: 'EUR',
        customerId: 'de',
        allocations: [{ invoiceId: 'paidLate', amount: 100_000 }],
      },
      {
        id: 'p2',
        date: '2025-03-31',
        amount: 100_000,
        currency: 'EUR',
        customerId: 'it',
        allocations: [{ invoiceId: 'onTime', amount: 100_000 }],
      },
    ] as Payment[];
    const model = new ReadModel(book(invoices, payments, []));
    model.setCompany({ country: 'IT' });
    const [eur] = model.at('2025-06-30').claimTotals('EUR');
    // late (IT B2B), paidLate (governed by the company's Italian law, B2B); the consumer owes interest only.
    expect(eur?.compensation).toBe(2 * 4000);
    expect(eur?.invoices).toBe(3);
    // paidLate: 10 days at the IT rate for 2025-H1 (ECB 3.15 + 8 = 11.15 %), actual/365, on EUR 1,000.00.
    const paidLate = Math.round((100_000 * 11.15 * 10) / 36500);
    expect(paidLate).toBe(305);
    expect(eur!.interest.total).toBeGreaterThan(paidLate);
  });
});

describe('claimable figures of one invoice (the grid’s claimable column)', () => {
  // Every shape of the fixture, and invoices of other laws and currencies: UK bands in GBP, the US (no
  // compensation), Romania (EUR 40 owed on a RON invoice), an invoice naming its own law, a credit note,
  // one issued after the as-of date and one not yet due.
  function wideBook() {
    const { invoices, payments, adjustments } = fixture();
    const more = (
      id: string,
      customerId: string,
      amount: number,
      currency: string,
      extra: Partial<Invoice> = {},
    ) =>
      invoices.push({
        id,
        number: id,
        customerId,
        issueDate: '2024-11-01',
        dueDate: '2024-12-01',
        amount,
        currency,
        ...extra,
      });
    more('uk-small', 'uk', 50_000, 'GBP');
    more('uk-mid', 'uk', 500_000, 'GBP');
    more('uk-large', 'uk', 5_000_000, 'GBP');
    more('us', 'us', 120_000, 'USD');
    more('ro', 'ro', 300_000, 'RON');
    more('own-law', 'it', 80_000, 'EUR', { contractLaw: 'FR' });
    more('credit-note', 'it', -20_000, 'EUR');
    more('future', 'de', 90_000, 'EUR', { issueDate: '2031-01-01', dueDate: '2031-02-01' });
    more('not-due', 'de', 90_000, 'EUR', { issueDate: '2025-12-01', dueDate: '2026-12-31' });
    return { invoices, payments, adjustments };
  }

  it('are what the domain’s invoiceClaim gives for every invoice, at several as-of dates', () => {
    const { invoices, payments, adjustments } = wideBook();
    const model = new ReadModel(book(invoices, payments, adjustments));
    model.setCompany({ country: 'IT' });
    const ledger = buildLedgerIndex(payments, adjustments);
    const byId = new Map(customers.map((c) => [c.id, c]));
    let fast = 0;
    let unknown = 0;
    for (const asOf of ['2024-06-30', '2025-03-15', '2025-12-31', '2031-06-30']) {
      const view = model.at(asOf);
      for (const invoice of invoices) {
        // (A credit note is never late: the read model asks no claim of it.)
        const c =
          invoice.amount <= 0
            ? null
            : invoiceClaim({
                invoice,
                customer: byId.get(invoice.customerId)!,
                company: { country: 'IT' },
                ledger,
                adjustments: adjustments.filter((a) => a.invoiceId === invoice.id),
                asOf,
                rates: defaultRateTables,
              });
        const expected = c && {
          interest: c.interest.claimable,
          known: c.closed.writtenOff || c.closed.interestWaived || c.interest.complete,
          compensation: c.compensation ? c.compensation.claimable : 0,
          compensationCurrency: c.compensation ? c.compensation.currency : '',
        };
        expect(view.interest.claimFigure(invoice), `${invoice.id} at ${asOf}`).toEqual(expected);
        if (c && !expected!.known) unknown++;
        if (c && !ledger.byInvoice.has(invoice.id) && !adjustments.some((a) => a.invoiceId === invoice.id))
          fast++;
      }
    }
    // The fast path was taken, not only the full claim; and in 2031 the rates are not known yet.
    expect(fast).toBeGreaterThan(100);
    expect(unknown).toBeGreaterThan(10);
  });

  it('give the law’s compensation and the interest of an unpaid late invoice', () => {
    const { invoices, payments, adjustments } = wideBook();
    invoices.push({
      id: 'plain',
      number: 'plain',
      customerId: 'it',
      issueDate: '2025-01-01',
      dueDate: '2025-01-31',
      amount: 100_000,
      currency: 'EUR',
    });
    const model = new ReadModel(book(invoices, payments, adjustments));
    model.setCompany({ country: 'IT' });
    const view = model.at('2025-03-02');
    const figure = (id: string) => view.interest.claimFigure(invoices.find((i) => i.id === id)!);
    // 30 days late at the IT rate for 2025-H1 (ECB 3.15 + 8 = 11.15 %), actual/365, on EUR 1,000.00:
    // 916.44 cents; and EUR 40 of fixed compensation.
    expect(figure('plain')).toEqual({
      interest: 916,
      known: true,
      compensation: 4000,
      compensationCurrency: 'EUR',
    });
    // UK bands: £40 under £1,000, £70 under £10,000, £100 from £10,000.
    expect(figure('uk-small')).toMatchObject({ compensation: 4000, compensationCurrency: 'GBP' });
    expect(figure('uk-mid')).toMatchObject({ compensation: 7000, compensationCurrency: 'GBP' });
    expect(figure('uk-large')).toMatchObject({ compensation: 10000, compensationCurrency: 'GBP' });
    // No fixed compensation in the US; in Romania EUR 40, owed on a RON invoice.
    expect(figure('us')).toMatchObject({ compensation: 0, compensationCurrency: '' });
    expect(figure('ro')).toMatchObject({ compensation: 4000, compensationCurrency: 'EUR' });
    // Not late, or not yet issued: nothing to claim.
    expect(figure('credit-note')).toBeNull();
    expect(figure('not-due')).toBeNull();
    expect(figure('future')).toBeNull();
  });
});
