import { describe, expect, it } from 'vitest';
import { creditCheckFlag, holdReasons } from '../../../src/domain/collections/hold';
import { DEFAULT_DUNNING_POLICY } from '../../../src/domain/collections/policy';
import { collectible, disputedAmounts, disputesFromLog } from '../../../src/domain/collections/disputes';
import { writeOffReport, writeOffTotals } from '../../../src/domain/collections/write-offs';
import type { Adjustment } from '../../../src/domain/types';
import { contact, customer, dispute } from './book';

const policy = DEFAULT_DUNNING_POLICY;

describe('credit hold suggestions', () => {
  const facts = { open: 250_000, currency: 'EUR', oldestDaysLate: 10, brokenPromises: [] as string[] };

  it('suggests a hold over the credit limit, beyond 60 days late, or after a broken promise', () => {
    expect(holdReasons(customer('c', { creditLimit: 200_000 }), facts, policy, '2026-03-10')).toEqual([
      { code: 'collections.reason.over-limit', params: { open: 250_000, limit: 200_000, currency: 'EUR' } },
    ]);
    expect(holdReasons(customer('c'), { ...facts, oldestDaysLate: 60 }, policy, '2026-03-10')).toEqual([
      { code: 'collections.reason.days-late', params: { days: 60, threshold: 60 } },
    ]);
    expect(
      holdReasons(
        customer('c'),
        { ...facts, brokenPromises: ['2026-01-05', '2026-02-01'] },
        policy,
        '2026-03-10',
      ),
    ).toEqual([{ code: 'collections.reason.broken-promise', params: { date: '2026-02-01' } }]);
  });

  it('says nothing for a customer already held or cash-only, for an old broken promise, or one from before the last hold', () => {
    const bad = { ...facts, oldestDaysLate: 90, brokenPromises: ['2026-02-01'] };
    expect(holdReasons(customer('c', { creditHold: true }), bad, policy, '2026-03-10')).toEqual([]);
    expect(holdReasons(customer('c', { cashOnly: true }), bad, policy, '2026-03-10')).toEqual([]);
    expect(
      holdReasons(customer('c'), { ...facts, brokenPromises: ['2025-11-01'] }, policy, '2026-03-10'),
    ).toEqual([]);
    expect(
      holdReasons(
        customer('c', { holdSince: '2026-02-15' }),
        { ...facts, brokenPromises: ['2026-02-01'] },
        policy,
        '2026-03-10',
      ),
    ).toEqual([]);
  });

  it('flags a customer without a credit check once its open balance passes 5,000.00', () => {
    expect(creditCheckFlag(customer('c'), 500_000, 'EUR', policy)).toBeNull();
    expect(creditCheckFlag(customer('c'), 500_001, 'EUR', policy)).toEqual({
      code: 'collections.reason.no-credit-check',
      params: { open: 500_001, threshold: 500_000, currency: 'EUR' },
    });
    const checked = customer('c', {
      creditCheck: { date: '2026-01-01', sources: ['credit-report'], limit: 1_000_000 },
    });
    expect(creditCheckFlag(checked, 900_000, 'EUR', policy)).toBeNull();
  });
});

describe('disputes', () => {
  it('take the disputed part out of what is chased, until resolved in the log', () => {
    const log = [
      dispute('d1', 'c', 'i1', '2026-02-01', { disputeAmount: 20_000 }),
      dispute('d2', 'c', 'i1', '2026-02-05', { disputeAmount: 5_000 }),
      dispute('d3', 'c', 'i2', '2026-02-01'),
      contact('r3', 'c', '2026-03-01', 'dispute', { resolves: 'd3', resolution: 'for-us' }),
    ];
    const list = disputesFromLog(log);
    expect(list.find((d) => d.id === 'd3')).toMatchObject({
      resolvedOn: '2026-03-01',
      resolution: 'for-us',
      resolutionId: 'r3',
    });
    const feb = disputedAmounts(list, '2026-02-20');
    expect([...feb]).toEqual([
      ['i1', 25_000],
      ['i2', null],
    ]);
    expect(collectible(100_000, feb.get('i1'))).toBe(75_000);
    expect(collectible(100_000, feb.get('i2'))).toBe(0);
    // Resolved for us on 1 March: chased in full again.
    expect(disputedAmounts(list, '2026-03-01').has('i2')).toBe(false);
    // The old "disputed" flag of an invoice counts as a dispute of the whole.
    expect([...disputedAmounts([], '2026-03-01', [{ id: 'i9', disputed: true }])]).toEqual([['i9', null]]);
  });

  it('reads an old dispute entry without a reason as a dispute of all its invoices, and drops a corrected one', () => {
    const old = contact('o', 'c', '2026-01-10', 'dispute', { invoiceIds: ['a', 'b'] });
    expect(disputesFromLog([old]).map((d) => [d.invoiceId, d.reason, d.amount])).toEqual([
      ['a', 'other', undefined],
      ['b', 'other', undefined],
    ]);
    const fix = contact('f', 'c', '2026-01-11', 'note', { corrects: 'o' });
    expect(disputesFromLog([old, fix])).toEqual([]);
  });
});

describe('write-off report', () => {
  const wo = (id: string, date: string, amount: number, extra: Partial<Adjustment> = {}): Adjustment => ({
    id,
    kind: 'write-off',
    customerId: 'c',
    invoiceId: `inv-${id}`,
    date,
    amount,
    currency: 'EUR',
    ...extra,
  });

  it('lists write-offs apart, with reason and reversal, and totals only those still standing', () => {
    const adjustments = [
      wo('w2', '2026-03-05', 4_000, { writeOffReason: 'settlement', settlementId: 's1' }),
      wo('w1', '2026-02-01', 1_000, {
        writeOffReason: 'small-balance',
        waived: true,
        waivedOn: '2026-02-20',
      }),
      { ...wo('cn', '2026-02-02', 999), kind: 'credit-note' as const },
    ];
    const lines = writeOffReport(adjustments, '2026-01-01', '2026-12-31');
    expect(lines.map((l) => [l.adjustmentId, l.reason, l.settlementId, l.reversedOn])).toEqual([
      ['w1', 'small-balance', null, '2026-02-20'],
      ['w2', 'settlement', 's1', null],
    ]);
    expect([...writeOffTotals(lines, '2026-02-10')]).toEqual([['EUR', 5_000]]);
    expect([...writeOffTotals(lines, '2026-03-31')]).toEqual([['EUR', 4_000]]);
  });
});
