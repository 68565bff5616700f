import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLedgerIndex } from '../../src/domain/balance';
import { addDays } from '../../src/domain/dates';
import {
  brokenPromiseCount,
  collectionEffectiveness,
  creditSales,
  dsoCountback,
  dsoStandard,
  paymentStats,
  promiseOutcomes,
  receivablesAt,
} from '../../src/domain/metrics';
import type { Activity, Invoice, Payment } from '../../src/domain/types';

const inv = (id: string, amount: number, issueDate: string, dueDate: string, currency = 'EUR'): Invoice => ({
  id,
  number: id,
  customerId: 'c1',
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

const invoices = [
  inv('I1', 100000, '2024-01-10', '2024-02-09'), // paid 02-19: 10 days late, 40 days to pay
  inv('I2', 50000, '2024-02-05', '2024-03-06'), // paid 03-01: early, 25 days to pay
  inv('I3', 200000, '2024-03-05', '2024-04-04'), // 500.00 paid 03-20, open
  inv('I4', 30000, '2024-03-25', '2024-04-24'), // open, not due
  inv('I5', 40000, '2024-01-20', '2024-02-19'), // never paid
  inv('X', 999999, '2024-02-01', '2024-03-01', 'USD'), // other currency: ignored
];
const ledger = buildLedgerIndex([
  pay('p1', '2024-02-19', 'I1', 100000),
  pay('p2', '2024-03-01', 'I2', 50000),
  pay('p3', '2024-03-20', 'I3', 50000),
]);

describe('receivables and sales', () => {
  it('sums open balances and credit sales in one currency', () => {
    expect(receivablesAt(invoices, ledger, '2024-03-31', 'EUR')).toBe(220000);
    expect(receivablesAt(invoices, ledger, '2024-03-31', 'EUR', true)).toBe(180000);
    expect(creditSales(invoices, { from: '2024-01-01', to: '2024-03-31' }, 'EUR')).toBe(420000);
  });
});

describe('DSO', () => {
  it('standard: receivables / sales × days', () => {
    // 2200.00 / 4200.00 × 91
    const r = dsoStandard(invoices, ledger, { from: '2024-01-01', to: '2024-03-31' }, 'EUR');
    expect(r).toMatchObject({ receivables: 220000, sales: 420000, days: 91 });
    expect(r?.dso).toBeCloseTo((220000 / 420000) * 91, 10);
    expect(dsoStandard(invoices, ledger, { from: '2025-01-01', to: '2025-01-31' }, 'EUR')).toBeNull();
  });

  it('countback: a fraction of the last month', () => {
    // March sales 2300.00 exceed the 2200.00 open: 22/23 of 31 days
    const r = dsoCountback(invoices, ledger, '2024-03-31', 'EUR');
    expect(r.dso).toBeCloseTo((220000 / 230000) * 31, 10);
    expect(r.months).toHaveLength(1);
    expect(r.months[0]).toMatchObject({ from: '2024-03-01', to: '2024-03-31', sales: 230000 });
  });

  it('countback: whole months, then a fraction', () => {
    // 900.00 open on 02-29; February sales 500.00 → 29 days; 400.00 of January's 1400.00 → 4/14 × 31
    const r = dsoCountback(invoices, ledger, '2024-02-29', 'EUR');
    expect(r.dso).toBeCloseTo(29 + (4 / 14) * 31, 10);
    expect(r.months.map((m) => [m.from, m.to, m.sales])).toEqual([
      ['2024-02-01', '2024-02-29', 50000],
      ['2024-01-01', '2024-01-31', 140000],
    ]);
    expect(r.exhausted).toBe(false);
  });

  it('countback: months ending on the as-of day, and exhaustion', () => {
    // 02-15: 1900.00 open; 01-16…02-15 sales 500.00 (31 d), 12-16…01-15 sales 1000.00 (31 d), then nothing
    const r = dsoCountback(invoices, ledger, '2024-02-15', 'EUR', 3);
    expect(r.months.map((m) => [m.from, m.to, m.sales])).toEqual([
      ['2024-01-16', '2024-02-15', 90000],
      ['2023-12-16', '2024-01-15', 100000],
    ]);
    expect(r.dso).toBe(62);
    expect(dsoCountback(invoices, ledger, '2024-02-15', 'EUR', 1)).toMatchObject({
      dso: 31,
      exhausted: true,
    });
  });
});

describe('collectionEffectiveness', () => {
  it('February: (1400 + 500 − 900) / (1400 + 500 − 500)', () => {
    const r = collectionEffectiveness(invoices, ledger, { from: '2024-02-01', to: '2024-02-29' }, 'EUR');
    expect(r).toMatchObject({ beginning: 140000, sales: 50000, ending: 90000, endingCurrent: 50000 });
    expect(r?.cei).toBeCloseTo(100000 / 140000, 12);
  });
  it('is null with nothing to collect', () => {
    expect(collectionEffectiveness([], ledger, { from: '2024-02-01', to: '2024-02-29' }, 'EUR')).toBeNull();
  });
  it('stays between 0 and 1 when nothing is paid or everything is (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            amount: fc.integer({ min: 1, max: 1e7 }),
            issue: fc.nat(90),
            term: fc.nat(60),
            paidAfter: fc.option(fc.nat(120)),
          }),
          {
            maxLength: 20,
          },
        ),
        (rows) => {
          const invs = rows.map((r, i) =>
            inv(`i${i}`, r.amount, addDays('2024-01-01', r.issue), addDays('2024-01-01', r.issue + r.term)),
          );
          const l = buildLedgerIndex(
            rows.flatMap((r, i) =>
              r.paidAfter === null
                ? []
                : [pay(`p${i}`, addDays('2024-01-01', r.issue + r.paidAfter), `i${i}`, r.amount)],
            ),
          );
          const c = collectionEffectiveness(invs, l, { from: '2024-02-01', to: '2024-03-31' }, 'EUR');
          if (c) {
            expect(c.cei).toBeGreaterThanOrEqual(0);
            expect(c.cei).toBeLessThanOrEqual(1 + 1e-12);
          } else expect(c).toBeNull();
        },
      ),
    );
  });
});

describe('paymentStats', () => {
  it('days to pay, days late, share late', () => {
    const s = paymentStats(invoices.slice(0, 5), ledger, '2024-03-31');
    expect(s).toEqual({
      invoiceCount: 5,
      paidCount: 2,
      paidLateCount: 1,
      openOverdueCount: 1,
      writtenOffCount: 0,
      averageDaysToPay: (40 + 25) / 2,
      averageDaysLate: (10 + 0) / 2,
      weightedAverageDaysLate: (10 * 100000) / 150000,
      shareLate: 2 / 3,
      maxDaysLate: 10,
      oldestOpenDaysOverdue: 41,
    });
  });
  it('counts only invoices issued since a date, and nothing when nothing is decided', () => {
    const s = paymentStats(invoices.slice(0, 5), ledger, '2024-03-31', '2024-03-01');
    expect(s).toMatchObject({ invoiceCount: 2, paidCount: 0, averageDaysLate: null, shareLate: null });
  });
  it('counts write-offs as late', () => {
    const l = buildLedgerIndex(
      [],
      [
        {
          id: 'w',
          kind: 'write-off',
          customerId: 'c1',
          invoiceId: 'I5',
          date: '2024-03-10',
          amount: 40000,
          currency: 'EUR',
        },
      ],
    );
    expect(paymentStats([invoices[4]!], l, '2024-03-31')).toMatchObject({
      writtenOffCount: 1,
      shareLate: 1,
      paidCount: 0,
    });
  });
});

describe('promises', () => {
  const promise = (
    id: string,
    date: string,
    promiseDate: string,
    invoiceIds: string[],
    extra: Partial<Activity> = {},
  ): Activity => ({
    id,
    customerId: 'c1',
    invoiceIds,
    date,
    kind: 'promise',
    promiseDate,
    ...extra,
  });
  const activities: Activity[] = [
    promise('P1', '2024-02-20', '2024-03-01', ['I5'], { promiseAmount: 40000 }),
    promise('P2', '2024-02-10', '2024-02-20', ['I1'], { promiseAmount: 100000 }),
    promise('P3', '2024-03-01', '2024-03-15', [], { promiseKept: false }),
    promise('P4', '2024-03-20', '2024-04-05', ['I3']),
    promise('P5', '2024-01-01', '2024-01-05', [], { promiseKept: true }),
    promise('P6', '2024-02-25', '2024-03-02', ['I2']),
    promise('P7', '2024-03-20', '2024-03-31', ['I4']),
    { id: 'N', customerId: 'c1', invoiceIds: [], date: '2024-03-01', kind: 'call' },
  ];

  it('sorts promises into kept, broken and pending', () => {
    const byId = new Map(invoices.map((i) => [i.id, i]));
    const r = promiseOutcomes(activities, '2024-03-31', ledger, byId);
    expect(r.map((p) => [p.activityId, p.status, p.basis])).toEqual([
      ['P1', 'broken', 'payments'],
      ['P2', 'kept', 'payments'],
      ['P3', 'broken', 'marked'],
      ['P4', 'pending', 'not-due'],
      ['P5', 'kept', 'marked'],
      ['P6', 'kept', 'payments'],
      ['P7', 'pending', 'not-due'],
    ]);
    expect(r[1]?.paid).toBe(100000);
    expect(brokenPromiseCount(activities, '2024-03-31', ledger, byId)).toBe(2);
  });

  it('without invoices or a ledger, an unmarked passed promise counts as broken', () => {
    expect(brokenPromiseCount(activities, '2024-03-31', ledger)).toBe(3);
    expect(brokenPromiseCount(activities, '2024-03-31')).toBe(4);
    // as of 2024-02-21 only P2 has passed, and it was kept
    expect(brokenPromiseCount(activities, '2024-02-21', ledger)).toBe(0);
  });
});
