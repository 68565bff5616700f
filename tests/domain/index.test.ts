import { describe, expect, it } from 'vitest';
import * as rules from '../../src/domain/index';

describe('the rules API (src/domain/index.ts)', () => {
  it('exposes the documented entry points with the documented shapes', () => {
    const r = rules.lateInterest({
      amount: 1_000_000,
      currency: 'EUR',
      dueDate: '2024-03-15',
      payments: [{ date: '2024-06-30', amount: 1_000_000 }],
      asOf: '2024-12-31',
      rule: { jurisdiction: 'IT', debtor: 'business' },
    });
    expect(r.total).toBe(36644);
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]).toMatchObject({
      from: '2024-03-16',
      to: '2024-06-30',
      days: 107,
      principal: 1_000_000,
      ratePercent: 12.5,
    });
    expect(
      rules.fixedCompensation({ jurisdiction: 'UK', debtor: 'business', amount: 500_000, currency: 'GBP' }),
    ).toMatchObject({ amount: 7000, currency: 'GBP' });
    const ledger = rules.buildLedgerIndex([]);
    const report = rules.agingBuckets(
      [
        {
          id: 'i',
          number: '1',
          customerId: 'c',
          issueDate: '2024-01-01',
          dueDate: '2024-01-31',
          currency: 'EUR',
          amount: 500,
        },
      ],
      '2024-03-15',
      { ledger },
    );
    expect(report.totals[0]?.amounts).toEqual([0, 0, 500, 0, 0, 0]);
    const custom = rules.agingBuckets(
      [
        {
          id: 'i',
          number: '1',
          customerId: 'c',
          issueDate: '2024-01-01',
          dueDate: '2024-01-31',
          currency: 'EUR',
          amount: 500,
        },
      ],
      '2024-03-15',
      [0, 60],
    );
    expect(custom.buckets.map((b) => b.label)).toEqual([
      { code: 'bucket.current' },
      { code: 'bucket.range', params: { from: 1, to: 60 } },
      { code: 'bucket.over', params: { from: 61 } },
    ]);
    expect(custom.totals[0]?.amounts).toEqual([0, 500, 0]);
  });
});
