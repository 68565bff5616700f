import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../src/domain/dates';
import { lateInterest, type InterestRule } from '../../src/domain/interest';
import { interestCache } from '../../src/domain/interest-fast';
import { copyRateTables } from '../../src/domain/rates/index';
import type { Jurisdiction } from '../../src/domain/types';

const JURISDICTIONS: Jurisdiction[] = ['EU', 'IT', 'FR', 'RO', 'DK', 'DE', 'UK', 'US'];

const rule: fc.Arbitrary<InterestRule> = fc
  .record({
    jurisdiction: fc.constantFrom(...JURISDICTIONS),
    debtor: fc.constantFrom('business' as const, 'consumer' as const),
    contract: fc.option(fc.constantFrom(8, 10.5, 18), { nil: undefined }),
    monthly: fc.option(fc.constantFrom(1, 1.5), { nil: undefined }),
    dayCount: fc.option(fc.constantFrom('act/365' as const, 'act/act' as const, '30E/360' as const), {
      nil: undefined,
    }),
    rateMode: fc.option(fc.constantFrom('half-year' as const, 'per-change' as const), { nil: undefined }),
    graceDays: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    formalNoticeDate: fc.option(fc.constantFrom('2023-02-15', '2024-09-30'), { nil: undefined }),
  })
  .map((r) => ({
    jurisdiction: r.jurisdiction,
    debtor: r.debtor,
    ...(r.contract !== undefined ? { contractRatePercent: r.contract } : {}),
    ...(r.monthly !== undefined ? { monthlyRatePercent: r.monthly } : {}),
    ...(r.dayCount ? { dayCount: r.dayCount } : {}),
    ...(r.rateMode ? { rateMode: r.rateMode } : {}),
    ...(r.graceDays !== undefined ? { graceDays: r.graceDays } : {}),
    ...(r.formalNoticeDate ? { formalNoticeDate: r.formalNoticeDate } : {}),
  }));

// Due dates from 2012 to 2026 reach every table's gaps, unconfirmed rows and half-year changes.
const dueDate = fc.integer({ min: 0, max: 365 * 14 }).map((n) => addDays('2012-03-01', n));
const amount = fc.integer({ min: 1, max: 5_000_000_000 });

describe('the fast interest path equals lateInterest', () => {
  it('for every rule and jurisdiction, several amounts in one group, as of one date', () => {
    fc.assert(
      fc.property(
        rule,
        dueDate,
        fc.integer({ min: -30, max: 900 }),
        fc.array(amount, { minLength: 2, maxLength: 5 }),
        fc.constantFrom('EUR', 'DKK', 'RON', 'GBP', 'JPY'),
        (r, due, days, amounts, currency) => {
          const asOf = addDays(due, days);
          const cache = interestCache(asOf);
          for (const a of amounts) {
            const input = { amount: a, currency, dueDate: due, payments: [], rule: r };
            const expected = lateInterest({ ...input, asOf });
            expect(cache.interest(input)).toEqual({ total: expected.total, complete: expected.complete });
          }
          expect(cache.size).toBe(1);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('rounds a product that falls exactly on a half the way lateInterest does (half up)', () => {
    // 10 % a year, act/365, 73 days late: a factor of 10 × 73 / 36,500 = 1/50 exactly, so amounts of
    // 25, 75, 125… minor units owe exactly 0.5, 1.5, 2.5… — where a float product could round either way.
    const r: InterestRule = {
      jurisdiction: 'IT',
      debtor: 'business',
      contractRatePercent: 10,
      dayCount: 'act/365',
    };
    const asOf = addDays('2024-01-10', 73);
    const cache = interestCache(asOf);
    const amounts = [25, 75, 125, 1_000_000_025, 4_999_999_975, 24, 26, 3_333_333_333];
    for (const a of amounts) {
      const input = { amount: a, currency: 'EUR', dueDate: '2024-01-10', payments: [], rule: r };
      expect(cache.interest(input)).toEqual({
        total: lateInterest({ ...input, asOf }).total,
        complete: true,
      });
    }
    // And by hand, for the first three: 0.5 → 1, 1.5 → 2, 2.5 → 3.
    const at = (a: number) =>
      cache.interest({ amount: a, currency: 'EUR', dueDate: '2024-01-10', payments: [], rule: r }).total;
    expect([at(25), at(75), at(125)]).toEqual([1, 2, 3]);
  });

  it('with payments it is lateInterest itself', () => {
    fc.assert(
      fc.property(rule, dueDate, amount, fc.integer({ min: 1, max: 400 }), (r, due, a, paidAfter) => {
        const asOf = addDays(due, 500);
        const input = {
          amount: a,
          currency: 'EUR',
          dueDate: due,
          payments: [{ date: addDays(due, paidAfter), amount: Math.ceil(a / 3) }],
          rule: r,
        };
        const expected = lateInterest({ ...input, asOf });
        expect(interestCache(asOf).interest(input)).toEqual({
          total: expected.total,
          complete: expected.complete,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('uses the tables it is given, and a gap stays incomplete for the whole group', () => {
    const rates = copyRateTables();
    rates.nationalbanken.rows = rates.nationalbanken.rows.filter((row) => row.from !== '2024-07-01');
    const cache = interestCache('2024-09-30', rates);
    const dk: InterestRule = { jurisdiction: 'DK', debtor: 'business' };
    const one = cache.interest({
      amount: 1_000_000,
      currency: 'DKK',
      dueDate: '2024-05-15',
      payments: [],
      rule: dk,
    });
    const two = cache.interest({
      amount: 2_000_000,
      currency: 'DKK',
      dueDate: '2024-05-15',
      payments: [],
      rule: dk,
    });
    // 2024-05-16…06-30: 46 days at 3.75 + 8 = 11.75 %; 10,000.00 × 11.75 % × 46 / 365 = 148.0821… → 148.08.
    expect(one).toEqual({ total: 14808, complete: false });
    // Twice the amount: 296.1643… → 296.16.
    expect(two).toEqual({ total: 29616, complete: false });
  });
});
