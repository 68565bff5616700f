import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLedgerIndex } from '../../src/domain/balance';
import { classifyBehaviour, customerBehaviours } from '../../src/domain/behaviour';
import type { PaymentStats } from '../../src/domain/metrics';
import type { Activity, Invoice, Payment } from '../../src/domain/types';

const stats = (s: Partial<PaymentStats>): PaymentStats => ({
  invoiceCount: 0,
  paidCount: 0,
  paidLateCount: 0,
  openOverdueCount: 0,
  writtenOffCount: 0,
  averageDaysToPay: null,
  averageDaysLate: null,
  weightedAverageDaysLate: null,
  shareLate: null,
  maxDaysLate: 0,
  oldestOpenDaysOverdue: 0,
  ...s,
});

describe('classifyBehaviour', () => {
  it('new with too little history', () => {
    const b = classifyBehaviour({
      stats: stats({ paidCount: 2, shareLate: 0, averageDaysLate: 0 }),
      brokenPromises: 0,
    });
    expect(b).toEqual({
      category: 'new',
      reasons: [{ code: 'too-little-history', values: { decided: 2, minimum: 3 } }],
      sentence: 'New: only 2 invoices to judge by (at least 3 needed).',
    });
  });

  it('reliable', () => {
    const b = classifyBehaviour({
      stats: stats({ paidCount: 10, paidLateCount: 1, shareLate: 0.1, averageDaysLate: 0.4 }),
      brokenPromises: 0,
    });
    expect(b.category).toBe('reliable');
    expect(b.reasons.map((r) => r.code)).toEqual(['rarely-late', 'pays-on-time']);
    expect(b.sentence).toBe(
      'Reliable: 1 of 10 invoices paid late or still overdue (10 %); on average 0.4 days late.',
    );
  });

  it('sporadic, saying which reliable test failed', () => {
    const b = classifyBehaviour({
      stats: stats({
        paidCount: 8,
        paidLateCount: 2,
        openOverdueCount: 1,
        shareLate: 3 / 9,
        averageDaysLate: 6.25,
        oldestOpenDaysOverdue: 40,
      }),
      brokenPromises: 1,
    });
    expect(b.category).toBe('sporadic');
    expect(b.reasons).toEqual([
      { code: 'sometimes-late', values: { late: 3, decided: 9, share: 3 / 9 } },
      { code: 'late-on-average', values: { days: 6.25 } },
      { code: 'broken-promise', values: { count: 1 } },
      { code: 'open-overdue', values: { days: 40 } },
    ]);
    expect(b.sentence).toBe(
      'Sporadic: 3 of 9 invoices paid late or still overdue (33.3 %); on average 6.3 days late; 1 broken promise to pay; an open invoice 40 days overdue.',
    );
  });

  it('chronic on any chronic signal; long overdue and promises count even for new customers', () => {
    const chronic = classifyBehaviour({
      stats: stats({ paidCount: 4, paidLateCount: 3, shareLate: 0.75, averageDaysLate: 42 }),
      brokenPromises: 2,
    });
    expect(chronic.category).toBe('chronic');
    expect(chronic.reasons.map((r) => r.code)).toEqual([
      'often-late',
      'very-late-on-average',
      'broken-promises',
    ]);
    expect(chronic.sentence).toBe(
      'Chronic: 3 of 4 invoices paid late or still overdue (75 %); on average 42 days late; 2 broken promises to pay.',
    );
    const fresh = classifyBehaviour({
      stats: stats({ openOverdueCount: 1, shareLate: 1, oldestOpenDaysOverdue: 95 }),
      brokenPromises: 0,
    });
    expect(fresh).toMatchObject({
      category: 'chronic',
      reasons: [{ code: 'long-overdue', values: { days: 95 } }],
    });
    // one late invoice out of one is not enough history to call anyone chronic
    expect(
      classifyBehaviour({
        stats: stats({ paidCount: 1, paidLateCount: 1, shareLate: 1, averageDaysLate: 50 }),
        brokenPromises: 0,
      }).category,
    ).toBe('new');
  });

  it('takes overridden thresholds', () => {
    const input = {
      stats: stats({ paidCount: 10, paidLateCount: 2, shareLate: 0.2, averageDaysLate: 3 }),
      brokenPromises: 0,
    };
    expect(classifyBehaviour(input).category).toBe('sporadic');
    expect(classifyBehaviour(input, { reliableMaxShareLate: 0.25 }).category).toBe('reliable');
    expect(classifyBehaviour(input, { chronicMinShareLate: 0.2 }).category).toBe('chronic');
    expect(classifyBehaviour(input, { minHistory: 20 }).category).toBe('new');
  });

  it('always gives a category with at least one reason (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(50),
        fc.nat(50),
        fc.nat(10),
        fc.nat(5),
        fc.nat(200),
        fc.nat(10),
        (paid, lateOfPaid, overdue, writtenOff, oldest, broken) => {
          const paidLate = Math.min(paid, lateOfPaid);
          const decided = paid + overdue + writtenOff;
          const s = stats({
            paidCount: paid,
            paidLateCount: paidLate,
            openOverdueCount: overdue,
            writtenOffCount: writtenOff,
            shareLate: decided ? (paidLate + overdue + writtenOff) / decided : null,
            averageDaysLate: paid ? paidLate * 3 : null,
            oldestOpenDaysOverdue: overdue ? oldest : 0,
          });
          const b = classifyBehaviour({ stats: s, brokenPromises: broken });
          expect(['new', 'reliable', 'sporadic', 'chronic']).toContain(b.category);
          expect(b.reasons.length).toBeGreaterThan(0);
          expect(b.sentence.endsWith('.')).toBe(true);
        },
      ),
    );
  });
});

describe('customerBehaviours', () => {
  const inv = (id: string, customerId: string, issueDate: string, dueDate: string): Invoice => ({
    id,
    number: id,
    customerId,
    issueDate,
    dueDate,
    currency: 'EUR',
    amount: 10000,
  });
  const pay = (id: string, date: string, invoiceId: string): Payment => ({
    id,
    date,
    amount: 10000,
    currency: 'EUR',
    allocations: [{ invoiceId, amount: 10000 }],
  });

  it('computes the metrics and the category for each customer', () => {
    const invoices = [
      inv('a1', 'good', '2024-01-01', '2024-01-31'),
      inv('a2', 'good', '2024-02-01', '2024-03-02'),
      inv('a3', 'good', '2024-03-01', '2024-03-31'),
      inv('b1', 'bad', '2024-01-01', '2024-01-31'),
      inv('b2', 'bad', '2024-01-15', '2024-02-14'),
      inv('c1', 'fresh', '2024-05-01', '2024-05-31'),
    ];
    const ledger = buildLedgerIndex([
      pay('p1', '2024-01-30', 'a1'),
      pay('p2', '2024-03-01', 'a2'),
      pay('p3', '2024-03-29', 'a3'),
      pay('p4', '2024-04-15', 'b1'),
    ]);
    const activities: Activity[] = [
      {
        id: 'x',
        customerId: 'bad',
        invoiceIds: ['b2'],
        date: '2024-03-01',
        kind: 'promise',
        promiseDate: '2024-03-10',
      },
      {
        id: 'y',
        customerId: 'bad',
        invoiceIds: ['b2'],
        date: '2024-04-01',
        kind: 'promise',
        promiseDate: '2024-04-10',
        promiseAmount: 10000,
      },
    ];
    const r = customerBehaviours(invoices, ledger, activities, '2024-06-01');
    expect(r.map((c) => [c.customerId, c.category])).toEqual([
      ['bad', 'chronic'],
      ['fresh', 'new'],
      ['good', 'reliable'],
    ]);
    const bad = r[0]!;
    expect(bad.brokenPromises).toBe(2);
    expect(bad.stats).toMatchObject({
      paidCount: 1,
      paidLateCount: 1,
      openOverdueCount: 1,
      oldestOpenDaysOverdue: 108,
    });
    expect(bad.reasons.map((x) => x.code)).toEqual(['broken-promises', 'long-overdue']);
  });
});
