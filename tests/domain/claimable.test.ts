import { describe, expect, it } from 'vitest';
import { buildLedgerIndex } from '../../src/domain/balance';
import { bookClaims, claimTotals, invoiceClaim } from '../../src/domain/claimable';
import { knownTotal, missingRates } from '../../src/domain/missing-rates';
import type { Adjustment, Customer, Invoice, Payment } from '../../src/domain/types';

const customer = (id: string, country: string, currency: string): Customer => ({
  id,
  name: id,
  country,
  language: 'en',
  currency,
  debtor: 'business',
  creditHold: false,
  createdAt: '2024-01-01',
});
const invoice = (id: string, customerId: string, dueDate: string, currency = 'EUR'): Invoice => ({
  id,
  number: id,
  customerId,
  issueDate: '2024-01-01',
  dueDate,
  currency,
  amount: 1_000_000,
});
const payment = (
  id: string,
  date: string,
  invoiceId: string,
  amount = 1_000_000,
  currency = 'EUR',
): Payment => ({
  id,
  date,
  amount,
  currency,
  allocations: [{ invoiceId, amount }],
});
const fee = (
  id: string,
  invoiceId: string,
  feeKind: 'interest' | 'compensation',
  amount: number,
  extra: Partial<Adjustment> = {},
): Adjustment => ({
  id,
  kind: 'fee',
  feeKind,
  customerId: 'it',
  invoiceId,
  date: '2024-04-01',
  amount,
  currency: 'EUR',
  ...extra,
});

const italy = { country: 'IT' };
const it1 = invoice('a', 'it', '2024-03-15');
const paid7Late = buildLedgerIndex([payment('p', '2024-03-22', 'a')]);
const claimOf = (adjustments: Adjustment[] = []) =>
  invoiceClaim({
    invoice: it1,
    customer: customer('it', 'IT', 'EUR'),
    company: italy,
    ledger: paid7Late,
    adjustments,
    asOf: '2024-06-30',
  })!;

describe('an invoice paid late still owes its interest and compensation', () => {
  it('acceptance: paid 7 days late → 7 days of interest and EUR 40 claimable', () => {
    const c = claimOf();
    expect(c.daysLate).toBe(7);
    expect(c.settledOn).toBe('2024-03-22');
    // 2024-03-16…03-22: 7 days at ECB 4.50 + 8 = 12.50 %: 10,000 × 12.5 % × 7 / 365 = 23.9726… → 23.97
    expect(c.interest).toEqual({ currency: 'EUR', owed: 2397, charged: 0, claimable: 2397, complete: true });
    expect(c.compensation).toEqual({ currency: 'EUR', owed: 4000, charged: 0, claimable: 4000 });
    expect(c.governing).toEqual({ rule: 'IT', reason: 'seller-default' });
  });

  it('charged as a fee, it is no longer claimable (a part charged leaves the rest)', () => {
    const c = claimOf([fee('f1', 'a', 'compensation', 4000), fee('f2', 'a', 'interest', 2000)]);
    expect(c.compensation?.claimable).toBe(0);
    expect(c.interest).toMatchObject({ owed: 2397, charged: 2000, claimable: 397 });
  });

  it('waived or written off, nothing is claimable', () => {
    const waived = claimOf([fee('f1', 'a', 'interest', 2397, { waived: true, waivedOn: '2024-04-02' })]);
    expect(waived.interest.claimable).toBe(0);
    expect(waived.compensation?.claimable).toBe(4000);
    const written = claimOf([
      {
        id: 'w',
        kind: 'write-off',
        customerId: 'it',
        invoiceId: 'a',
        date: '2024-04-01',
        amount: 1,
        currency: 'EUR',
      },
    ]);
    expect([written.interest.claimable, written.compensation?.claimable]).toEqual([0, 0]);
  });

  it('paid on time: nothing; a consumer: interest but no compensation', () => {
    const onTime = invoiceClaim({
      invoice: it1,
      customer: customer('it', 'IT', 'EUR'),
      company: italy,
      ledger: buildLedgerIndex([payment('p', '2024-03-15', 'a')]),
      adjustments: [],
      asOf: '2024-06-30',
    });
    expect(onTime).toBeNull();
    const consumer = invoiceClaim({
      invoice: it1,
      customer: { ...customer('it', 'IT', 'EUR'), debtor: 'consumer' },
      company: italy,
      ledger: paid7Late,
      adjustments: [],
      asOf: '2024-06-30',
    })!;
    // Tasso legale 2024: 2.50 %: 10,000 × 2.5 % × 7 / 365 = 4.7945… → 4.79
    expect(consumer.interest.owed).toBe(479);
    expect(consumer.compensation).toBeNull();
  });
});

describe('totals per customer and currency: unknown is not zero', () => {
  const dk = customer('dk', 'DK', 'DKK');
  const customers = new Map([
    ['it', customer('it', 'IT', 'EUR')],
    ['dk', dk],
  ]);
  const invoices = [it1, invoice('d1', 'dk', '2025-05-15', 'DKK'), invoice('d2', 'dk', '2026-01-10', 'DKK')];
  const ledger = buildLedgerIndex([payment('p', '2024-03-22', 'a')]);

  it('a Danish invoice over a missing half-year is incomplete in every total', () => {
    const claims = bookClaims(invoices, customers, [], ledger, { country: 'DK' }, '2026-03-01');
    // d1: 2025-05-16…06-30, 46 days at 2.75 + 8 = 10.75 %: 10,000 × 10.75 % × 46 / 365 = 135.4795…
    //     2025-07-01…12-31, 184 days at 1.75 + 8 = 9.75 %: 10,000 × 9.75 % × 184 / 365 = 491.5068…
    //     → 626.9863… → 626.99 known; 2026-H1 missing.  d2: only 2026-H1: 0 known, missing.
    const d1 = claims.find((c) => c.invoiceId === 'd1')!;
    expect(d1.interest).toMatchObject({ owed: 62699, complete: false });
    expect(claimTotals(claims)).toEqual([
      // Three late invoices under Danish law (the seller's): DKK 310 each, the EUR one's too.
      { currency: 'DKK', interest: { total: 62699, incomplete: 2 }, compensation: 3 * 31000, invoices: 3 },
      // The EUR invoice's interest runs in EUR: 7 days at Nationalbanken 2024-H1 3.75 + 8 = 11.75 %:
      // 10,000 × 11.75 % × 7 / 365 = 22.5342… → 22.53.
      { currency: 'EUR', interest: { total: 2253, incomplete: 0 }, compensation: 0, invoices: 1 },
    ]);
    expect(claimTotals(claims, 'dk')).toHaveLength(1);
  });
});

describe('missingRates: exactly which half-years a book lacks, per table', () => {
  it('names each missing half-year once, with how many invoices need it', () => {
    const customers = new Map([
      ['dk', customer('dk', 'DK', 'DKK')],
      ['ro', customer('ro', 'RO', 'RON')],
    ]);
    const invoices = [
      invoice('d1', 'dk', '2025-05-15', 'DKK'),
      invoice('d2', 'dk', '2026-01-10', 'DKK'),
      { ...invoice('r1', 'ro', '2022-05-31', 'RON'), issueDate: '2022-05-01' },
    ];
    const claims = bookClaims(invoices, customers, [], buildLedgerIndex([]), { country: 'DK' }, '2026-08-01');
    // Everything under Danish law (the seller's): Nationalbanken has rows up to 2025-H2 only.
    expect(missingRates(claims.map((c) => c.result))).toEqual([
      { table: 'nationalbanken', from: '2026-01-01', to: '2026-06-30', half: '2026-H1', uses: 3 },
      { table: 'nationalbanken', from: '2026-07-01', to: '2026-12-31', half: '2026-H2', uses: 3 },
    ]);
    const roClaims = bookClaims(
      invoices,
      customers,
      [],
      buildLedgerIndex([]),
      { country: 'RO' },
      '2022-08-31',
    );
    // Under Romanian law the BNR table's 2022 gap (from 2022-02-11 to 2023-01-10) is the missing stretch.
    expect(missingRates(roClaims.map((c) => c.result))).toEqual([
      { table: 'bnr', from: '2022-02-11', to: '2023-01-10', half: null, uses: 1 },
    ]);
  });

  it('knownTotal counts the incomplete instead of adding them as zero', () => {
    expect(
      knownTotal([
        { total: 100, complete: true },
        { total: 0, complete: false },
        { total: 50, complete: false },
      ]),
    ).toEqual({ total: 150, incomplete: 2 });
  });
});

describe('a cached interest figure stands in for the full computation of an unpaid invoice', () => {
  const unpaid = (
    unpaidInterest: () => { total: number; complete: boolean },
    ledger = buildLedgerIndex([]),
  ) =>
    invoiceClaim({
      invoice: it1,
      customer: customer('it', 'IT', 'EUR'),
      company: italy,
      ledger,
      adjustments: [],
      asOf: '2024-03-22',
      unpaidInterest,
    })!;

  it('unpaid: the figure is the owed interest, the full computation waits until its details are read', () => {
    let asked = 0;
    const c = unpaid(() => (asked++, { total: 2397, complete: true }));
    expect(asked).toBe(1);
    expect(c.daysLate).toBe(7);
    expect(c.settledOn).toBeNull();
    expect(c.interest).toEqual({ currency: 'EUR', owed: 2397, charged: 0, claimable: 2397, complete: true });
    expect(c.compensation).toEqual({ currency: 'EUR', owed: 4000, charged: 0, claimable: 4000 });
    // 2024-03-16…03-22: 7 days at 12.50 % on 10,000.00 → 23.97, computed when asked for.
    expect(c.result.total).toBe(2397);
    expect(c.result.periods.map((p) => [p.from, p.to, p.days])).toEqual([['2024-03-16', '2024-03-22', 7]]);
  });

  it('a payment by the as-of date: the figure is not used', () => {
    const c = unpaid(() => ({ total: 1, complete: true }), paid7Late);
    expect(c.interest.owed).toBe(2397);
    expect(c.settledOn).toBe('2024-03-22');
  });
});
