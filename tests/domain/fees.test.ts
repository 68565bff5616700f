import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../src/domain/dates';
import { fixedCompensation, reminderFees } from '../../src/domain/fees';
import { jurisdictionRule, ruleOn } from '../../src/domain/jurisdictions';

describe('fixedCompensation', () => {
  it.each([
    ['EU', 4000, 'EUR'],
    ['IT', 4000, 'EUR'],
    ['FR', 4000, 'EUR'],
    ['DE', 4000, 'EUR'],
    ['DK', 31000, 'DKK'],
  ] as const)('%s business: %i %s', (jurisdiction, amount, currency) => {
    expect(
      fixedCompensation({ jurisdiction, debtor: 'business', amount: 1_000_000, currency: 'EUR' }),
    ).toMatchObject({
      amount,
      currency,
    });
  });

  it('never for consumers, never in the US', () => {
    for (const jurisdiction of ['EU', 'IT', 'FR', 'DE', 'DK', 'RO', 'UK', 'US'] as const)
      expect(
        fixedCompensation({ jurisdiction, debtor: 'consumer', amount: 1_000_000, currency: 'EUR' }),
      ).toBeNull();
    expect(
      fixedCompensation({ jurisdiction: 'US', debtor: 'business', amount: 1_000_000, currency: 'USD' }),
    ).toBeNull();
  });

  it('UK bands on the debt: under £1,000 → £40, under £10,000 → £70, else £100', () => {
    const uk = (amount: number) =>
      fixedCompensation({ jurisdiction: 'UK', debtor: 'business', amount, currency: 'GBP' })?.amount;
    expect(uk(99_999)).toBe(4000);
    expect(uk(100_000)).toBe(7000);
    expect(uk(999_999)).toBe(7000);
    expect(uk(1_000_000)).toBe(10000); // rules §4 A: 10,000.00 → £100
  });

  it('UK debt in another currency is banded through the GBP rate given', () => {
    // 1,200.00 EUR at 1.17 EUR per GBP = £1,025.64 → £70
    const r = fixedCompensation({
      jurisdiction: 'UK',
      debtor: 'business',
      amount: 120_000,
      currency: 'EUR',
      conversion: { currency: 'EUR', rate: 1.17 },
    });
    expect(r).toMatchObject({ amount: 7000, currency: 'GBP' });
    const noRate = fixedCompensation({
      jurisdiction: 'UK',
      debtor: 'business',
      amount: 120_000,
      currency: 'EUR',
    });
    expect(noRate?.note).toEqual({ code: 'fees.uk-band-without-rate', params: { currency: 'EUR' } });
  });

  it('RO: 40 EUR in lei — EUR with a note, or converted when a rate is given', () => {
    const plain = fixedCompensation({
      jurisdiction: 'RO',
      debtor: 'business',
      amount: 1_000_000,
      currency: 'RON',
    });
    expect(plain).toMatchObject({ amount: 4000, currency: 'EUR', legalAmount: 4000, legalCurrency: 'EUR' });
    expect(plain?.note).toEqual({ code: 'fees.ro-payable-in-lei' });
    const lei = fixedCompensation({
      jurisdiction: 'RO',
      debtor: 'business',
      amount: 1_000_000,
      currency: 'RON',
      conversion: { currency: 'RON', rate: 4.9764 },
    });
    // 40 × 4.9764 = 199.056 → 199.06 lei
    expect(lei).toMatchObject({ amount: 19906, currency: 'RON', legalAmount: 4000, legalCurrency: 'EUR' });
  });

  it('converts into a currency with other minor digits exactly', () => {
    const r = fixedCompensation({
      jurisdiction: 'EU',
      debtor: 'business',
      amount: 100,
      currency: 'EUR',
      conversion: { currency: 'JPY', rate: 162.345 },
    });
    // 40 × 162.345 = 6,493.8 → ¥6,494
    expect(r).toMatchObject({ amount: 6494, currency: 'JPY' });
  });
});

describe('reminderFees', () => {
  const due = '2024-03-15';
  const day = (n: number) => ({ date: addDays(due, n) });

  it('rules §4 D: days 1, 11, 21 → 3 × DKK 100; a fourth → no fee', () => {
    const r = reminderFees('DK', [day(1), day(11), day(21), day(31)], { dueDate: due });
    expect(r.map((f) => f.amount)).toEqual([10000, 10000, 10000, 0]);
    expect(r.every((f) => f.currency === 'DKK')).toBe(true);
    expect(r[3]).toMatchObject({ charged: false, reason: { code: 'fees.reminder.max-three' } });
  });

  it('rules §4 D: two reminders 6 days apart → the second carries no fee', () => {
    const r = reminderFees('DK', [day(1), day(7)]);
    expect(r.map((f) => [f.charged, f.amount, f.reason?.code])).toEqual([
      [true, 10000, undefined],
      [false, 0, 'fees.reminder.too-soon'],
    ]);
  });

  it('DK: a higher fee asked is capped at DKK 100; results keep the input order', () => {
    const r = reminderFees('DK', [day(20), day(1)], { feesByLevel: [15000, 5000] });
    expect(r.map((f) => [f.date, f.level, f.amount, f.reason?.code])).toEqual([
      ['2024-04-04', 2, 5000, undefined],
      ['2024-03-16', 1, 10000, 'fees.reminder.capped'],
    ]);
  });

  it('no fee for a reminder on or before the due date', () => {
    expect(reminderFees('DK', [day(0)], { dueDate: due })[0]).toMatchObject({
      charged: false,
      reason: { code: 'fees.reminder.not-overdue' },
    });
  });

  it('elsewhere: the user fee per level, default 0', () => {
    expect(reminderFees('DE', [day(5), day(15)]).map((f) => [f.amount, f.currency, f.reason?.code])).toEqual([
      [0, 'EUR', 'fees.reminder.no-fee-set'],
      [0, 'EUR', 'fees.reminder.no-fee-set'],
    ]);
    const italy = reminderFees('IT', [day(5), day(6), day(7), day(8)], { feesByLevel: [0, 500, 1000] });
    expect(italy.map((f) => f.amount)).toEqual([0, 500, 1000, 0]);
    expect(
      reminderFees('UK', [{ date: day(3).date, level: 2 }], { feesByLevel: [100, 250] })[0],
    ).toMatchObject({
      amount: 250,
      currency: 'GBP',
    });
  });

  it('DK property: never more than 3 fees, each ≤ DKK 100, fee-bearing reminders ≥ 10 days apart', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 120 }), { maxLength: 12 }), (days) => {
        const r = reminderFees('DK', days.map(day), { dueDate: due, feesByLevel: Array(12).fill(20000) });
        const charged = r.filter((f) => f.charged).sort((a, b) => (a.date < b.date ? -1 : 1));
        expect(charged.length).toBeLessThanOrEqual(3);
        for (const f of charged) expect(f.amount).toBeLessThanOrEqual(10000);
        for (let i = 1; i < charged.length; i++)
          expect(charged[i]!.date >= addDays(charged[i - 1]!.date, 10)).toBe(true);
      }),
    );
  });
});

describe('time-boxed legal caps live in the rule tables with their sources (issue #9 item 7)', () => {
  it('DK reminder-fee limits and the UK fixed-rate rule, each dated and sourced', () => {
    const dk = ruleOn(jurisdictionRule('DK').reminderFeeCaps, '2024-05-01');
    expect(dk?.value).toEqual({ maxFee: 10000, currency: 'DKK', maxFees: 3, minDaysBetween: 10 });
    expect(dk?.source).toMatch(/§9b/);
    expect(ruleOn(jurisdictionRule('UK').fixingRules, '2024-05-01')).toMatchObject({ value: 'uk-fixed' });
    expect(ruleOn(jurisdictionRule('UK').fixingRules, '2001-01-01')).toBeNull();
    expect(jurisdictionRule('DE').reminderFeeCaps).toBeUndefined();
  });
});
