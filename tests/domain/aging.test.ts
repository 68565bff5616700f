import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agingBucketDefinitions, agingBucketOf, agingBuckets, prepareAging } from '../../src/domain/aging';
import { buildLedgerIndex, openBalances } from '../../src/domain/balance';
import { addDays } from '../../src/domain/dates';
import type { Invoice, Payment } from '../../src/domain/types';

const inv = (
  id: string,
  customerId: string,
  amount: number,
  issueDate: string,
  dueDate: string,
  currency = 'EUR',
): Invoice => ({
  id,
  number: id,
  customerId,
  issueDate,
  dueDate,
  currency,
  amount,
});
const pay = (id: string, date: string, invoiceId: string, amount: number): Payment => ({
  id,
  date,
  amount,
  currency: 'EUR',
  allocations: [{ invoiceId, amount }],
});

describe('bucket definitions', () => {
  it('default buckets by due date', () => {
    expect(agingBucketDefinitions().map((b) => [b.key, b.label, b.from, b.to])).toEqual([
      ['current', { code: 'bucket.current' }, null, 0],
      ['1-30', { code: 'bucket.range', params: { from: 1, to: 30 } }, 1, 30],
      ['31-60', { code: 'bucket.range', params: { from: 31, to: 60 } }, 31, 60],
      ['61-90', { code: 'bucket.range', params: { from: 61, to: 90 } }, 61, 90],
      ['91-120', { code: 'bucket.range', params: { from: 91, to: 120 } }, 91, 120],
      ['121+', { code: 'bucket.over', params: { from: 121 } }, 121, null],
    ]);
  });
  it('by invoice date and custom bounds', () => {
    expect(agingBucketDefinitions([30, 60], 'invoice').map((b) => b.label)).toEqual([
      { code: 'bucket.range', params: { from: 0, to: 30 } },
      { code: 'bucket.range', params: { from: 31, to: 60 } },
      { code: 'bucket.over', params: { from: 61 } },
    ]);
    expect(agingBucketDefinitions([-5, 0], 'due')[0]?.label).toEqual({
      code: 'bucket.up-to',
      params: { to: -5 },
    });
    expect(agingBucketDefinitions([7, 14], 'due').map((b) => b.key)).toEqual(['le7', '8-14', '15+']);
    expect(() => agingBucketDefinitions([30, 30])).toThrow();
  });
  it('agingBucketOf puts days in the right column', () => {
    expect([-5, 0, 1, 30, 31, 60, 61, 90, 91, 120, 121, 5000].map((d) => agingBucketOf(d))).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
    expect(agingBucketOf(10, [7, 14])).toBe(1);
  });
});

describe('agingBuckets', () => {
  const invoices = [
    inv('A', 'c1', 10000, '2024-01-01', '2024-01-31'), // 60 days late on 03-31 → 31–60
    inv('B', 'c1', 20000, '2024-03-01', '2024-03-31'), // due today → not yet due
    inv('C', 'c2', 5000, '2023-10-01', '2023-10-31'), // 152 days → over 120
    inv('D', 'c2', 7000, '2024-02-01', '2024-03-01', 'USD'), // 30 days → 1–30
    inv('E', 'c1', 3000, '2024-04-02', '2024-05-02'), // not issued on 03-31
    inv('F', 'c3', 4000, '2024-01-01', '2024-01-31'), // fully paid
  ];
  const ledger = buildLedgerIndex([pay('p1', '2024-02-15', 'A', 4000), pay('p2', '2024-03-10', 'F', 4000)]);

  it('buckets open balances per currency and per customer', () => {
    const r = agingBuckets(invoices, '2024-03-31', { ledger });
    expect(r.totals).toEqual([
      {
        customerId: null,
        currency: 'EUR',
        amounts: [20000, 0, 6000, 0, 0, 5000],
        counts: [1, 0, 1, 0, 0, 1],
        total: 31000,
        count: 3,
      },
      {
        customerId: null,
        currency: 'USD',
        amounts: [0, 7000, 0, 0, 0, 0],
        counts: [0, 1, 0, 0, 0, 0],
        total: 7000,
        count: 1,
      },
    ]);
    expect(r.customers.map((c) => [c.customerId, c.currency, c.total])).toEqual([
      ['c1', 'EUR', 26000],
      ['c2', 'EUR', 5000],
      ['c2', 'USD', 7000],
    ]);
  });

  it('rebuilds a past date from the payment history', () => {
    // On 2024-03-05, F is still open (paid 03-10), A's partial payment already counted
    const r = agingBuckets(invoices, '2024-03-05', { ledger });
    expect(r.totals[0]).toMatchObject({
      currency: 'EUR',
      amounts: [20000, 0, 6000 + 4000, 0, 0, 5000],
      total: 35000,
    });
    // Before the partial payment on A
    expect(agingBuckets(invoices, '2024-02-14', { ledger }).totals[0]?.amounts).toEqual([
      0, 14000, 0, 0, 5000, 0,
    ]);
  });

  it('ages by invoice date with its own buckets', () => {
    const r = agingBuckets(invoices, '2024-03-31', { ledger, basis: 'invoice', perCustomer: false });
    // A: 90 days since issue; B: 30; C: 182
    expect(r.totals[0]?.amounts).toEqual([20000, 0, 6000, 0, 5000]);
    expect(r.customers).toEqual([]);
  });

  it('leaves out disputed invoices on request', () => {
    const disputed = [{ ...invoices[0]!, disputed: true }, invoices[1]!];
    expect(agingBuckets(disputed, '2024-03-31', { excludeDisputed: true }).totals[0]?.total).toBe(20000);
    expect(agingBuckets(disputed, '2024-03-31').totals[0]?.total).toBe(30000);
  });

  it('bucket sums equal the open total to the cent (property)', () => {
    const scenario = fc.record({
      rows: fc.array(
        fc.record({
          customer: fc.constantFrom('a', 'b', 'c'),
          currency: fc.constantFrom('EUR', 'USD', 'DKK'),
          amount: fc.integer({ min: 1, max: 1e9 }),
          issue: fc.integer({ min: 0, max: 400 }),
          term: fc.integer({ min: 0, max: 90 }),
          paid: fc.integer({ min: 0, max: 1e9 }),
          payDay: fc.integer({ min: 0, max: 500 }),
        }),
        { maxLength: 40 },
      ),
      asOf: fc.integer({ min: 0, max: 500 }),
      bounds: fc
        .uniqueArray(fc.integer({ min: -30, max: 200 }), { maxLength: 6 })
        .map((b) => b.sort((x, y) => x - y)),
      basis: fc.constantFrom<'due' | 'invoice'>('due', 'invoice'),
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const base = '2023-06-01';
        const invs = s.rows.map((r, i) => {
          const issue = addDays(base, r.issue);
          return inv(`i${i}`, r.customer, r.amount, issue, addDays(issue, r.term), r.currency);
        });
        const ledger = buildLedgerIndex(
          s.rows.map((r, i) => pay(`p${i}`, addDays(base, r.payDay), `i${i}`, r.paid)),
        );
        const asOf = addDays(base, s.asOf);
        const report = agingBuckets(invs, asOf, { ledger, bounds: s.bounds, basis: s.basis });
        expect(agingBuckets(prepareAging(invs, ledger), asOf, { bounds: s.bounds, basis: s.basis })).toEqual(
          report,
        );
        const { open } = openBalances(invs, ledger, asOf);
        const expected = new Map<string, number>();
        invs.forEach((x, i) => expected.set(x.currency, (expected.get(x.currency) ?? 0) + (open[i] ?? 0)));
        for (const row of [...report.totals, ...report.customers]) {
          expect(row.amounts.reduce((a, b) => a + b, 0)).toBe(row.total);
          expect(row.counts.reduce((a, b) => a + b, 0)).toBe(row.count);
        }
        for (const [currency, total] of expected) {
          const row = report.totals.find((t) => t.currency === currency);
          expect(row?.total ?? 0).toBe(total);
          const perCustomer = report.customers
            .filter((c) => c.currency === currency)
            .reduce((a, c) => a + c.total, 0);
          expect(perCustomer).toBe(total);
        }
      }),
    );
  });

  // 200,000 invoices in the normal run (timings are loose: the suite runs files in parallel);
  // PERF=1 npx vitest run tests/domain/aging.test.ts ages a million.
  // Speed is measured by bench/ (npm run bench); this checks that the prepared table ages alike.
  it('ages a large book through the prepared table exactly as directly', () => {
    const n = 50_000;
    const invs: Invoice[] = new Array(n);
    const payments: Payment[] = [];
    for (let i = 0; i < n; i++) {
      const m = String(1 + (i % 12)).padStart(2, '0');
      const d = String(1 + (i % 28)).padStart(2, '0');
      invs[i] = inv(
        `i${i}`,
        `c${i % 20000}`,
        1000 + (i % 9973),
        `2024-${m}-${d}`,
        `2024-${m}-28`,
        i % 10 === 0 ? 'USD' : 'EUR',
      );
      if (i % 3 === 0) payments.push(pay(`p${i}`, `2024-${m}-28`, `i${i}`, 500));
    }
    const ledger = buildLedgerIndex(payments);
    const direct = agingBuckets(invs, '2024-12-31', { ledger });
    const table = prepareAging(invs, ledger);
    const r = agingBuckets(table, '2024-12-31');
    expect(r).toEqual(direct);
    expect(r.totals.reduce((a, t) => a + t.count, 0)).toBe(n);
    expect(agingBuckets(table, '2024-06-30', { basis: 'invoice' })).toEqual(
      agingBuckets(invs, '2024-06-30', { basis: 'invoice', ledger }),
    );
  }, 60_000);
});
