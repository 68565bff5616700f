import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween } from '../../src/domain/dates';
import { lateInterest, type InterestInput, type InterestRule } from '../../src/domain/interest';
import { roundDiv } from '../../src/domain/money';
import { copyRateTables } from '../../src/domain/rates/index';

const TEN_THOUSAND = 1_000_000;

function paidOn(date: string, rule: InterestRule, currency = 'EUR', dueDate = '2024-03-15'): InterestInput {
  return {
    amount: TEN_THOUSAND,
    currency,
    dueDate,
    payments: [{ date, amount: TEN_THOUSAND }],
    asOf: '2025-01-31',
    rule,
  };
}

describe('rules §4 A: 10,000.00 due 2024-03-15, paid 2024-06-30 (107 days, 2024-H1)', () => {
  it.each<[string, InterestRule, string, number, number]>([
    ['EU B2B', { jurisdiction: 'EU', debtor: 'business' }, 'EUR', 12.5, 36644],
    ['IT B2B', { jurisdiction: 'IT', debtor: 'business' }, 'EUR', 12.5, 36644],
    ['FR default', { jurisdiction: 'FR', debtor: 'business' }, 'EUR', 14.5, 42507],
    ['DE B2B', { jurisdiction: 'DE', debtor: 'business' }, 'EUR', 12.62, 36996],
    ['DE consumer', { jurisdiction: 'DE', debtor: 'consumer' }, 'EUR', 8.62, 25270],
    ['DK B2B', { jurisdiction: 'DK', debtor: 'business' }, 'DKK', 11.75, 34445],
    ['RO B2B', { jurisdiction: 'RO', debtor: 'business' }, 'RON', 15, 43973],
    ['UK', { jurisdiction: 'UK', debtor: 'business' }, 'GBP', 13.25, 38842],
    [
      'US contract 18 %',
      { jurisdiction: 'US', debtor: 'business', contractRatePercent: 18 },
      'USD',
      18,
      52767,
    ],
  ])('%s: %f % → %i', (_name, rule, currency, rate, expected) => {
    const r = lateInterest(paidOn('2024-06-30', rule, currency));
    expect(r.total).toBe(expected);
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]).toMatchObject({
      from: '2024-03-16',
      to: '2024-06-30',
      days: 107,
      ratePercent: rate,
    });
    expect(r.paidInFullOn).toBe('2024-06-30');
    expect(r.complete).toBe(true);
  });

  it('DK with 30E/360: 105 days / 360 → 342.71', () => {
    const r = lateInterest(
      paidOn('2024-06-30', { jurisdiction: 'DK', debtor: 'business', dayCount: '30E/360' }, 'DKK'),
    );
    expect(r.total).toBe(34271);
    expect(r.periods[0]).toMatchObject({ days: 105, dayBasis: 360, ratePercent: 11.75 });
  });

  it('US 1.5 % a month is 18 % a year', () => {
    const r = lateInterest(
      paidOn('2024-06-30', { jurisdiction: 'US', debtor: 'business', monthlyRatePercent: 1.5 }, 'USD'),
    );
    expect(r.total).toBe(52767);
    expect(r.explanation).toEqual({
      code: 'interest.contract',
      params: { jurisdiction: 'US', annualPercent: 18, monthlyPercent: 1.5, dayCount: 'act/365' },
    });
  });

  it('UK uses Bank Rate on 31 Dec 2023 and says so', () => {
    const r = lateInterest(paidOn('2024-06-30', { jurisdiction: 'UK', debtor: 'business' }, 'GBP'));
    expect(r.periods[0]).toMatchObject({ referencePercent: 5.25, marginPp: 8 });
    expect(r.explanation).toMatchObject({
      code: 'interest.statutory',
      params: { table: 'bankRate', marginPp: 8, fixing: 'uk-fixed' },
    });
    const steps = r.explanation.code === 'interest.statutory' ? r.explanation.params.steps : [];
    expect(steps).toEqual([
      {
        from: '2024-03-16',
        to: '2024-06-30',
        half: null,
        fixedOn: '2023-12-31',
        referencePercent: 5.25,
        ratePercent: 13.25,
      },
    ]);
  });

  it('explains the statutory rule as data for letters', () => {
    const r = lateInterest(paidOn('2024-06-30', { jurisdiction: 'EU', debtor: 'business' }));
    expect(r.explanation).toEqual({
      code: 'interest.statutory',
      params: {
        jurisdiction: 'EU',
        debtor: 'business',
        table: 'ecb',
        marginPp: 8,
        fixing: 'half-year',
        dayCount: 'act/365',
        steps: [
          {
            from: '2024-03-16',
            to: '2024-06-30',
            half: '2024-H1',
            fixedOn: null,
            referencePercent: 4.5,
            ratePercent: 12.5,
          },
        ],
      },
    });
  });
});

describe('rules §4 B: 10,000.00 due 2024-05-15, paid 2024-08-14 (91 days, split at 1 Jul)', () => {
  const B = (rule: InterestRule, currency = 'EUR') =>
    lateInterest(paidOn('2024-08-14', rule, currency, '2024-05-15'));

  it.each<[string, InterestRule, [number, number], [number, number], number]>([
    ['EU', { jurisdiction: 'EU', debtor: 'business' }, [12.5, 12.25], [15753, 15103], 30856],
    ['IT', { jurisdiction: 'IT', debtor: 'business' }, [12.5, 12.25], [15753, 15103], 30856],
    ['FR', { jurisdiction: 'FR', debtor: 'business' }, [14.5, 14.25], [18274, 17568], 35842],
    ['DE B2B', { jurisdiction: 'DE', debtor: 'business' }, [12.62, 12.37], [15905, 15251], 31155],
    ['DK', { jurisdiction: 'DK', debtor: 'business' }, [11.75, 11.5], [14808, 14178], 28986],
    ['RO half-year', { jurisdiction: 'RO', debtor: 'business' }, [15, 15], [18904, 18493], 37397],
  ])('%s', (_name, rule, rates, amounts, total) => {
    const r = B(rule);
    expect(r.periods.map((p) => [p.from, p.to, p.days])).toEqual([
      ['2024-05-16', '2024-06-30', 46],
      ['2024-07-01', '2024-08-14', 45],
    ]);
    expect(r.periods.map((p) => p.ratePercent)).toEqual(rates);
    expect(r.periods.map((p) => p.amount)).toEqual(amounts);
    expect(r.total).toBe(total);
  });

  it('DE: the total is the rounded exact sum (311.55), not the sum of rounded periods (311.56)', () => {
    const r = B({ jurisdiction: 'DE', debtor: 'business' });
    expect(r.periods.reduce((s, p) => s + p.amount, 0)).toBe(31156);
    expect(r.total).toBe(31155);
  });

  it('RO per-change: 15.00 % to 07-07 (53 d), 14.75 % after (38 d) → 371.37', () => {
    const r = B({ jurisdiction: 'RO', debtor: 'business', rateMode: 'per-change' }, 'RON');
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.ratePercent, p.amount])).toEqual([
      ['2024-05-16', '2024-07-07', 53, 15, 21781],
      ['2024-07-08', '2024-08-14', 38, 14.75, 15356],
    ]);
    expect(r.total).toBe(37137);
    // August 2024's BNR change has no known day: the stretch touching that month is flagged.
    expect(r.warnings.some((w) => w.code === 'interest.uncertain-day')).toBe(true);
  });

  it('UK: 13.25 % fixed for the whole debt, no split at 1 Jul → 330.34', () => {
    const r = B({ jurisdiction: 'UK', debtor: 'business' }, 'GBP');
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]).toMatchObject({ days: 91, ratePercent: 13.25 });
    expect(r.total).toBe(33034);
  });
});

describe('rules §4 C: partial payments inside the period (hand-computed)', () => {
  it('EU: 4,000.00 paid 2024-06-10 lowers the principal from 06-11', () => {
    // 10,000 × 12.50 % × 26/365 (05-16…06-10)   = 89.0410958…
    // 6,000 × 12.50 % × 20/365 (06-11…06-30)    = 41.0958904…
    // 6,000 × 12.25 % × 45/365 (07-01…08-14)    = 90.6164383…
    // exact sum = 220.7534246… → 220.75
    const r = lateInterest({
      amount: TEN_THOUSAND,
      currency: 'EUR',
      dueDate: '2024-05-15',
      payments: [
        { date: '2024-06-10', amount: 400_000 },
        { date: '2024-08-14', amount: 600_000 },
      ],
      asOf: '2024-12-31',
      rule: { jurisdiction: 'EU', debtor: 'business' },
    });
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.principal, p.amount])).toEqual([
      ['2024-05-16', '2024-06-10', 26, 1_000_000, 8904],
      ['2024-06-11', '2024-06-30', 20, 600_000, 4110],
      ['2024-07-01', '2024-08-14', 45, 600_000, 9062],
    ]);
    expect(r.total).toBe(22075);
    expect(r.paidInFullOn).toBe('2024-08-14');
  });

  it('UK: a payment splits the fixed-rate period; unpaid rest runs to asOf', () => {
    // 10,000 × 13.25 % × 16/365 (03-16…03-31)  = 58.0821917…
    // 7,500 × 13.25 % × 30/365 (04-01…04-30)   = 81.6780821…
    // exact sum 139.7602739… → 139.76
    const r = lateInterest({
      amount: TEN_THOUSAND,
      currency: 'GBP',
      dueDate: '2024-03-15',
      payments: [{ date: '2024-03-31', amount: 250_000 }],
      asOf: '2024-04-30',
      rule: { jurisdiction: 'UK', debtor: 'business' },
    });
    expect(r.periods.map((p) => [p.days, p.principal, p.amount])).toEqual([
      [16, 1_000_000, 5808],
      [30, 750_000, 8168],
    ]);
    expect(r.total).toBe(13976);
    expect(r.paidInFullOn).toBeNull();
  });

  it('DE: payment before the due date lowers the starting principal; grace days delay the start', () => {
    // 7,000 from 03-26 (grace 10) to 06-30: 97 days at 12.62 % → 7,000 × 0.1262 × 97 / 365 = 234.7693… → 234.77
    const r = lateInterest({
      amount: TEN_THOUSAND,
      currency: 'EUR',
      dueDate: '2024-03-15',
      payments: [{ date: '2024-03-01', amount: 300_000 }],
      asOf: '2024-06-30',
      rule: { jurisdiction: 'DE', debtor: 'business', graceDays: 10 },
    });
    expect(r.periods).toEqual([
      expect.objectContaining({ from: '2024-03-26', to: '2024-06-30', days: 97, principal: 700_000 }),
    ]);
    expect(r.total).toBe(23477);
  });

  it('DK 30E/360 with a payment on the 31st: the 31st counts as the 30th', () => {
    // 10,000 × 11.75 % × 30E(03-15→05-31 = 75)/360 = 244.7916… ; 5,000 × 11.75 % × 30E(05-31→06-30 = 30)/360 = 48.9583…
    // 11.50 % from 07-01: 5,000 × 11.5 % × 30E(06-30→07-31 = 30)/360 = 47.9166…  → sum 341.6666… → 341.67
    const r = lateInterest({
      amount: TEN_THOUSAND,
      currency: 'DKK',
      dueDate: '2024-03-15',
      payments: [{ date: '2024-05-31', amount: 500_000 }],
      asOf: '2024-07-31',
      rule: { jurisdiction: 'DK', debtor: 'business', dayCount: '30E/360' },
    });
    expect(r.periods.map((p) => [p.to, p.days, p.principal])).toEqual([
      ['2024-05-31', 75, 1_000_000],
      ['2024-06-30', 30, 500_000],
      ['2024-07-31', 30, 500_000],
    ]);
    expect(r.total).toBe(34167);
  });
});

describe('conventions', () => {
  const unpaid = (asOf: string, rule: InterestRule, dueDate = '2024-03-15'): InterestInput => ({
    amount: TEN_THOUSAND,
    currency: 'EUR',
    dueDate,
    payments: [],
    asOf,
    rule,
  });
  const EU: InterestRule = { jurisdiction: 'EU', debtor: 'business' };

  it('asOf on or before the due date gives zero', () => {
    expect(lateInterest(unpaid('2024-03-15', EU)).total).toBe(0);
    expect(lateInterest(unpaid('2024-01-01', EU))).toMatchObject({ total: 0, periods: [] });
  });

  it('act/365 divides by 365 in a leap year; act/act splits at year end and uses 366 for 2024', () => {
    const rule365 = { ...EU };
    const a = lateInterest(unpaid('2025-01-10', rule365, '2024-12-20'));
    expect(a.periods.map((p) => p.dayBasis)).toEqual([365, 365]);
    const b = lateInterest(unpaid('2025-01-10', { ...EU, dayCount: 'act/act' }, '2024-12-20'));
    expect(b.periods.map((p) => [p.from, p.to, p.days, p.dayBasis])).toEqual([
      ['2024-12-21', '2024-12-31', 11, 366],
      ['2025-01-01', '2025-01-10', 10, 365],
    ]);
    // 10,000 × 12.25 % × 11/366 + 10,000 × 11.15 % × 10/365 = 36.8169… + 30.5479… = 67.3648… → 67.36
    expect(b.total).toBe(6736);
  });

  it('DK: claims due before 2013-03-01 take + 7 pp; negative reference rates are used as they are', () => {
    const old = lateInterest(unpaid('2013-02-28', { jurisdiction: 'DK', debtor: 'business' }, '2013-01-31'));
    expect(old.periods[0]).toMatchObject({ referencePercent: 0.2, marginPp: 7, ratePercent: 7.2 });
    const neg = lateInterest(unpaid('2021-12-31', { jurisdiction: 'DK', debtor: 'business' }, '2021-11-30'));
    expect(neg.periods[0]).toMatchObject({ referencePercent: -0.35, ratePercent: 7.65 });
    const de = lateInterest(unpaid('2020-02-01', { jurisdiction: 'DE', debtor: 'business' }, '2020-01-01'));
    expect(de.periods[0]).toMatchObject({ referencePercent: -0.88, ratePercent: 8.12 });
  });

  it('IT: contracts before 2013 take + 7 pp', () => {
    const r = lateInterest(
      unpaid(
        '2013-03-31',
        { jurisdiction: 'IT', debtor: 'business', contractDate: '2012-10-01' },
        '2013-01-31',
      ),
    );
    expect(r.periods[0]).toMatchObject({ ratePercent: 7.75, marginPp: 7 });
  });

  // Issue #9: Italian consumers now owe the tasso legale (tests/domain/governing.test.ts).
  it('consumers outside the law: zero with a warning; RO consumer BNR + 4; DK consumer same rate', () => {
    for (const jurisdiction of ['EU', 'UK'] as const) {
      const r = lateInterest(unpaid('2024-06-30', { jurisdiction, debtor: 'consumer' }));
      expect(r.total).toBe(0);
      expect(r.warnings.map((w) => w.code)).toEqual(['interest.consumer-not-covered']);
    }
    expect(
      lateInterest(unpaid('2024-06-30', { jurisdiction: 'RO', debtor: 'consumer' })).periods[0]?.ratePercent,
    ).toBe(11);
    expect(
      lateInterest(unpaid('2024-06-30', { jurisdiction: 'DK', debtor: 'consumer' })).periods[0]?.ratePercent,
    ).toBe(11.75);
  });

  it('FR consumer: taux légal only from the formal notice', () => {
    const none = lateInterest(unpaid('2024-06-30', { jurisdiction: 'FR', debtor: 'consumer' }));
    expect(none.total).toBe(0);
    expect(none.warnings.map((w) => w.code)).toEqual(['interest.awaiting-formal-notice']);
    const r = lateInterest(
      unpaid('2024-06-30', { jurisdiction: 'FR', debtor: 'consumer', formalNoticeDate: '2024-05-31' }),
    );
    // 10,000 × 5.07 % × 30/365 = 41.6712… → 41.67
    expect(r.periods[0]).toMatchObject({ from: '2024-06-01', days: 30, ratePercent: 5.07 });
    expect(r.total).toBe(4167);
  });

  it('US without a contract rate: zero with a warning', () => {
    const r = lateInterest(unpaid('2024-06-30', { jurisdiction: 'US', debtor: 'business' }));
    expect(r.total).toBe(0);
    expect(r.warnings).toHaveLength(1);
  });

  it('FR: warns when the agreed rate is below 3 × taux légal', () => {
    const low = lateInterest(
      unpaid('2024-08-14', { jurisdiction: 'FR', debtor: 'business', contractRatePercent: 12 }),
    );
    expect(low.warnings.filter((w) => w.code === 'interest.below-floor')).toEqual([
      { code: 'interest.below-floor', params: { half: '2024-H1', multiple: 3, legalPercent: 5.07 } },
      { code: 'interest.below-floor', params: { half: '2024-H2', multiple: 3, legalPercent: 4.92 } },
    ]);
    const ok = lateInterest(
      unpaid('2024-06-30', { jurisdiction: 'FR', debtor: 'business', contractRatePercent: 15.21 }),
    );
    expect(ok.warnings).toEqual([]);
    expect(ok.periods[0]?.ratePercent).toBe(15.21);
  });

  it('a contract rate is not split at half-years', () => {
    const r = lateInterest(
      unpaid('2024-08-14', { jurisdiction: 'DE', debtor: 'business', contractRatePercent: 10 }, '2024-05-15'),
    );
    expect(r.periods).toHaveLength(1);
    expect(r.explanation).toMatchObject({ code: 'interest.contract', params: { annualPercent: 10 } });
  });

  it('a gap in the BNR table is an error naming the stretch, never filled', () => {
    const r = lateInterest(
      unpaid('2016-03-31', { jurisdiction: 'RO', debtor: 'business', rateMode: 'per-change' }, '2015-12-31'),
    );
    expect(r.complete).toBe(false);
    expect(r.total).toBe(0);
    expect(r.errors).toEqual([
      expect.objectContaining({ code: 'interest.missing-rate', from: '2016-01-01', to: '2016-03-31' }),
    ]);
    expect(r.errors[0]?.params).toMatchObject({
      table: 'bnr',
      missingFrom: '2014-01-10',
      missingTo: '2020-06-01',
    });
    const half = lateInterest(unpaid('2022-08-31', { jurisdiction: 'RO', debtor: 'business' }, '2022-05-31'));
    // 2022-H1 fixed on 1 Jan (1.75 %) is known; 2022-H2 falls in the 2022 gap.
    expect(half.periods).toHaveLength(1);
    expect(half.periods[0]).toMatchObject({ ratePercent: 9.75, to: '2022-06-30' });
    expect(half.errors.map((e) => [e.from, e.to])).toEqual([['2022-07-01', '2022-08-31']]);
  });

  it('a missing half-year (table not yet extended) is an error too', () => {
    const r = lateInterest(unpaid('2027-02-28', EU, '2026-12-31'));
    expect(r.errors[0]?.params).toMatchObject({ table: 'ecb', fixing: '2027-H1' });
  });

  it('unconfirmed table values are used but flagged', () => {
    const r = lateInterest(unpaid('2026-08-31', EU, '2026-07-31'));
    expect(r.periods[0]?.ratePercent).toBe(10.4);
    expect(r.warnings.map((w) => w.code)).toContain('interest.rate-unconfirmed');
  });

  it('uses tables the user passes', () => {
    const rates = copyRateTables();
    rates.ecb.rows.push({ from: '2027-01-01', ratePercent: 3 });
    const r = lateInterest({ ...unpaid('2027-02-28', EU, '2026-12-31'), rates });
    expect(r.complete).toBe(true);
    expect(r.periods[0]?.ratePercent).toBe(11);
  });

  it('payments after asOf are not counted yet', () => {
    const r = lateInterest({
      ...unpaid('2024-04-15', EU),
      payments: [{ date: '2024-05-01', amount: TEN_THOUSAND }],
    });
    expect(r.paidInFullOn).toBeNull();
    expect(r.periods[0]?.to).toBe('2024-04-15');
  });
});

describe('properties', () => {
  const jurisdiction = fc.constantFrom('EU', 'IT', 'FR', 'DE', 'DK', 'RO', 'UK' as const);
  const dayCount = fc.constantFrom('act/365', 'act/act', '30E/360' as const);
  const dueDay = fc.integer({ min: 0, max: 900 }).map((n) => addDays('2023-01-01', n));
  const amount = fc.integer({ min: 1, max: 10_000_000_00 });

  it('interest never decreases as asOf advances for an unpaid invoice', () => {
    fc.assert(
      fc.property(
        jurisdiction,
        dayCount,
        dueDay,
        amount,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 60 }),
        (j, dc, due, amt, a, step) => {
          const rule = { jurisdiction: j, debtor: 'business', dayCount: dc } as const;
          const base = { amount: amt, currency: 'EUR', dueDate: due, payments: [], rule };
          const t1 = lateInterest({ ...base, asOf: addDays(due, a) }).total;
          const t2 = lateInterest({ ...base, asOf: addDays(due, a + step) }).total;
          expect(t2).toBeGreaterThanOrEqual(t1);
        },
      ),
    );
  });

  it('interest stops changing after full payment', () => {
    fc.assert(
      fc.property(
        jurisdiction,
        dueDay,
        amount,
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 400 }),
        (j, due, amt, payAfter, later) => {
          const payDate = addDays(due, payAfter);
          const base = {
            amount: amt,
            currency: 'EUR',
            dueDate: due,
            payments: [{ date: payDate, amount: amt }],
            rule: { jurisdiction: j, debtor: 'business' } as const,
          };
          const atPayment = lateInterest({ ...base, asOf: payDate });
          const after = lateInterest({ ...base, asOf: addDays(payDate, later) });
          expect(after.total).toBe(atPayment.total);
          expect(after.paidInFullOn).toBe(payDate);
        },
      ),
    );
  });

  it('total is the rounded exact sum of the periods (act/365)', () => {
    fc.assert(
      fc.property(
        jurisdiction,
        dueDay,
        amount,
        fc.integer({ min: 1, max: 700 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 1_000_000 })), {
          maxLength: 4,
        }),
        (j, due, amt, span, pays) => {
          const r = lateInterest({
            amount: amt,
            currency: 'EUR',
            dueDate: due,
            payments: pays.map(([d, a]) => ({ date: addDays(due, d), amount: a })),
            asOf: addDays(due, span),
            rule: { jurisdiction: j, debtor: 'business' },
          });
          // Σ principal × rate(in basis points of a percent) × days over 365 × 100 × 100, exactly.
          let n = 0n;
          for (const p of r.periods) {
            expect(p.days).toBe(daysBetween(addDays(p.from, -1), p.to));
            n += BigInt(p.principal) * BigInt(Math.round(p.ratePercent * 100)) * BigInt(p.days);
          }
          expect(r.total).toBe(Number(roundDiv(n, 365n * 100n * 100n)));
          expect(Math.abs(r.total - r.periods.reduce((s, p) => s + p.amount, 0))).toBeLessThanOrEqual(
            r.periods.length,
          );
        },
      ),
    );
  });

  it('zero on or before the due date', () => {
    fc.assert(
      fc.property(jurisdiction, dueDay, amount, fc.integer({ min: 0, max: 400 }), (j, due, amt, back) => {
        const r = lateInterest({
          amount: amt,
          currency: 'EUR',
          dueDate: due,
          payments: [],
          asOf: addDays(due, -back),
          rule: { jurisdiction: j, debtor: 'business' },
        });
        expect(r.total).toBe(0);
        expect(r.periods).toEqual([]);
      }),
    );
  });
});
