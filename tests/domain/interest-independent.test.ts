// An outside examiner's check of the interest figures, to the cent, on cases that are neither the worked
// examples of docs rules.md §4 nor those of tests/domain/interest.test.ts. Every expected figure was
// worked out independently from rules.md (§1 conventions, §2 jurisdictions, §3 rate tables) with exact
// fractions by tests/domain/interest-oracle.py, which reads none of the app's code, and is written here
// as a plain number with a one-line note of how it was derived: principal × rate × days / basis, summed
// unrounded over the periods and rounded half-up once (rules §1 "Rounding"). Amounts in minor units.
import { describe, expect, it } from 'vitest';
import { buildLedgerIndex } from '../../src/domain/balance';
import { invoiceClaim } from '../../src/domain/claimable';
import { fixedCompensation, reminderFees } from '../../src/domain/fees';
import { lateInterest, type InterestInput, type InterestRule } from '../../src/domain/interest';
import { defaultRateTables } from '../../src/domain/rates/index';
import type { Adjustment, Customer, Invoice, Payment } from '../../src/domain/types';
import { ReadModel } from '../../src/model/read-model';
import { interestFor } from '../../src/letters/input-figures';
import type { Snapshot } from '../../src/commands/types';
import type { EntityName, Entities } from '../../src/db/change-set';

const B = (jurisdiction: InterestRule['jurisdiction'], extra: Partial<InterestRule> = {}): InterestRule => ({
  jurisdiction,
  debtor: 'business',
  ...extra,
});
const C = (jurisdiction: InterestRule['jurisdiction'], extra: Partial<InterestRule> = {}): InterestRule => ({
  jurisdiction,
  debtor: 'consumer',
  ...extra,
});

function run(
  amount: number,
  dueDate: string,
  asOf: string,
  rule: InterestRule,
  payments: InterestInput['payments'] = [],
) {
  return lateInterest({ amount, currency: 'EUR', dueDate, payments, asOf, rule });
}

/** [from, to, days, principal, rate %] of each period. */
const spans = (r: ReturnType<typeof lateInterest>) =>
  r.periods.map((p) => [p.from, p.to, p.days, p.principal, p.ratePercent]);
const codes = (r: ReturnType<typeof lateInterest>) => r.warnings.map((w) => w.code);

describe('statutory rates across several half-years (rules §1 "Rate periods", §3 tables)', () => {
  it('IT B2B, 12,345.67 over 2023-H2, 2024-H1 and 2024-H2 → 1,085.07', () => {
    // 1,234,567 × (12.00 % × 41 + 12.50 % × 182 + 12.25 % × 36) / 365 = 108,506.60… → 108,507
    const r = run(1_234_567, '2023-11-20', '2024-08-05', B('IT'));
    expect(spans(r)).toEqual([
      ['2023-11-21', '2023-12-31', 41, 1_234_567, 12],
      ['2024-01-01', '2024-06-30', 182, 1_234_567, 12.5],
      ['2024-07-01', '2024-08-05', 36, 1_234_567, 12.25],
    ]);
    expect(r.total).toBe(108_507);
    expect(r.complete).toBe(true);
  });

  it('DE B2B from a negative base rate (2022-H2 −0.88) into 2023-H1 (1.62) → 768.42', () => {
    // 2,500,000 × (8.12 % × 61 + 10.62 % × 59) / 365 = 76,842.46… → 76,842
    const r = run(2_500_000, '2022-10-31', '2023-02-28', B('DE'));
    expect(spans(r)).toEqual([
      ['2022-11-01', '2022-12-31', 61, 2_500_000, 8.12],
      ['2023-01-01', '2023-02-28', 59, 2_500_000, 10.62],
    ]);
    expect(r.total).toBe(76_842);
  });

  it('FR B2B over four semesters to 2026-H2 (ECB + 10, 2026-H2 unconfirmed) → 7,141.98', () => {
    // 4,999,999 × (13.15 % × 30 + 12.15 % × 184 + 12.15 % × 181 + 12.40 % × 31) / 365 = 714,198.49… → 714,198
    const r = run(4_999_999, '2025-05-31', '2026-07-31', B('FR'));
    expect(spans(r).map((s) => [s[2], s[4]])).toEqual([
      [30, 13.15],
      [184, 12.15],
      [181, 12.15],
      [31, 12.4],
    ]);
    expect(r.total).toBe(714_198);
    expect(codes(r)).toEqual(['interest.rate-unconfirmed']);
  });

  it('DE consumer (base + 5) from 2025-H2 to 2026-H2 → 340.53', () => {
    // 800,000 × (6.27 % × 46 + 6.27 % × 181 + 6.52 % × 20) / 365 = 34,053.48… → 34,053
    const r = run(800_000, '2025-11-15', '2026-07-20', C('DE'));
    expect(spans(r).map((s) => [s[2], s[4]])).toEqual([
      [46, 6.27],
      [181, 6.27],
      [20, 6.52],
    ]);
    expect(r.total).toBe(34_053);
  });

  it('RO B2B, half-year fixing: 2024-H2 fixed on 1 Jul (7.00) and 2025-H1 on 1 Jan (6.50) → 1,085.34', () => {
    // 3,000,000 × (15.00 % × 31 + 14.50 % × 59) / 365 = 108,534.25… → 108,534
    const r = lateInterest({
      amount: 3_000_000,
      currency: 'RON',
      dueDate: '2024-11-30',
      payments: [],
      asOf: '2025-02-28',
      rule: B('RO'),
    });
    expect(spans(r).map((s) => [s[2], s[4]])).toEqual([
      [31, 15],
      [59, 14.5],
    ]);
    expect(r.total).toBe(108_534);
  });

  it('RO consumer (BNR + 4) over the same stretch → 789.45', () => {
    // 3,000,000 × (11.00 % × 31 + 10.50 % × 59) / 365 = 78,945.21… → 78,945
    expect(run(3_000_000, '2024-11-30', '2025-02-28', C('RO')).total).toBe(78_945);
  });

  it('RO per-change over the July and August 2024 cuts → 370.14, the August days flagged', () => {
    // 1,000,000 × (15.00 % × 7 + 14.75 % × 54 + 14.50 % × 31) / 365 = 37,013.70… → 37,014
    // (August's change is dated to the month's last day, as rules §4 B implies; see the report.)
    const r = run(1_000_000, '2024-06-30', '2024-09-30', B('RO', { rateMode: 'per-change' }));
    expect(spans(r).map((s) => [s[0], s[2], s[4]])).toEqual([
      ['2024-07-01', 7, 15],
      ['2024-07-08', 54, 14.75],
      ['2024-08-31', 31, 14.5],
    ]);
    expect(r.total).toBe(37_014);
    expect(codes(r)).toContain('interest.uncertain-day');
  });
});

describe('UK: one Bank Rate for the whole debt, fixed by the day interest starts', () => {
  const uk = (due: string, asOf: string, extra: Partial<InterestRule> = {}) =>
    lateInterest({
      amount: 500_000,
      currency: 'GBP',
      dueDate: due,
      payments: [],
      asOf,
      rule: B('UK', extra),
    });

  it('starting 2024-07-01: Bank Rate on 30 Jun 2024 (5.25) for 274 days across the new year → 497.33', () => {
    // 500,000 × 13.25 % × 274 / 365 = 49,732.88… → 49,733
    const r = uk('2024-06-30', '2025-03-31');
    expect(spans(r)).toEqual([['2024-07-01', '2025-03-31', 274, 500_000, 13.25]]);
    expect(r.total).toBe(49_733);
  });

  it('starting 2025-01-01: Bank Rate on 31 Dec 2024 (4.75) → 157.19', () => {
    // 500,000 × 12.75 % × 90 / 365 = 15,719.18… → 15,719
    expect(uk('2024-12-31', '2025-03-31').total).toBe(15_719);
  });

  it('starting 2024-12-31 (the last day of H2): still the 30 Jun 2024 rate (5.25) → 165.17', () => {
    // 500,000 × 13.25 % × 91 / 365 = 16,517.12… → 16,517
    expect(uk('2024-12-30', '2025-03-31').total).toBe(16_517);
  });

  it('grace days move the start into 2025-H1: Bank Rate on 31 Dec 2024 (4.75) → 150.21', () => {
    // starts 2024-12-20 + 15 + 1 = 2025-01-05: 500,000 × 12.75 % × 86 / 365 = 15,020.55… → 15,021
    expect(uk('2024-12-20', '2025-03-31', { graceDays: 15 }).total).toBe(15_021);
  });

  it('starting 2026-01-11: Bank Rate on 31 Dec 2025 (3.75, unconfirmed) → 423.32', () => {
    // 500,000 × 11.75 % × 263 / 365 = 42,332.19… → 42,332
    const r = uk('2026-01-10', '2026-09-30');
    expect(r.total).toBe(42_332);
    expect(codes(r)).toEqual(['interest.rate-unconfirmed']);
  });
});

describe('day counts and the leap year 2024 (rules §1 "Day count")', () => {
  it('act/365 counts 29 February and still divides by 365 → 99.32', () => {
    // 1,000,000 × 12.50 % × 29 / 365 = 9,931.51… → 9,932
    const r = run(1_000_000, '2024-02-10', '2024-03-10', B('EU'));
    expect(r.periods[0]).toMatchObject({ days: 29, dayBasis: 365 });
    expect(r.total).toBe(9_932);
  });

  it('act/act divides the same 29 days by 366 → 99.04', () => {
    // 1,000,000 × 12.50 % × 29 / 366 = 9,904.37… → 9,904
    expect(run(1_000_000, '2024-02-10', '2024-03-10', B('EU', { dayCount: 'act/act' })).total).toBe(9_904);
  });

  it('act/act across 2023 → 2024: 16 days / 365 at 12.00 % + 20 days / 366 at 12.50 % → 120.91', () => {
    // 1,000,000 × (12 % × 16 / 365 + 12.5 % × 20 / 366) = 5,260.27… + 6,830.60… = 12,090.88… → 12,091
    const r = run(1_000_000, '2023-12-15', '2024-01-20', B('EU', { dayCount: 'act/act' }));
    expect(r.periods.map((p) => [p.days, p.dayBasis])).toEqual([
      [16, 365],
      [20, 366],
    ]);
    expect(r.total).toBe(12_091);
  });

  it('DK 30E/360 across 1 July from a 31st: 30 + 30 days, the 31st counted as the 30th → 193.75', () => {
    // 1,000,000 × (11.75 % × 30 + 11.50 % × 30) / 360 = 19,375 exactly
    const r = lateInterest({
      amount: 1_000_000,
      currency: 'DKK',
      dueDate: '2024-05-31',
      payments: [{ date: '2024-07-31', amount: 1_000_000 }],
      asOf: '2024-12-31',
      rule: B('DK', { dayCount: '30E/360' }),
    });
    expect(r.periods.map((p) => [p.to, p.days, p.dayBasis])).toEqual([
      ['2024-06-30', 30, 360],
      ['2024-07-31', 30, 360],
    ]);
    expect(r.total).toBe(19_375);
  });

  it('DK 30E/360 from 28 Feb 2025 to 31 Mar: 32 days (act/365 would be 31) → 95.56 vs 91.30', () => {
    // 30E: (3 − 2) × 30 + (30 − 28) = 32; 1,000,000 × 10.75 % × 32 / 360 = 9,555.56 → 9,556
    // act/365: 1,000,000 × 10.75 % × 31 / 365 = 9,130.14 → 9,130
    const dk = (dayCount?: '30E/360') =>
      run(1_000_000, '2025-02-28', '2025-03-31', B('DK', dayCount ? { dayCount } : {}));
    expect(dk('30E/360').periods[0]).toMatchObject({ days: 32, dayBasis: 360, ratePercent: 10.75 });
    expect(dk('30E/360').total).toBe(9_556);
    expect(dk().total).toBe(9_130);
  });

  it('DK 30E/360 with a part payment on 29 Feb 2024 → 155.36', () => {
    // 1,000,000 × 11.75 % × 29 (01-31→02-29) / 360 + 600,000 × 11.75 % × 31 (02-29→03-31) / 360 = 15,536.11… → 15,536
    const r = run(1_000_000, '2024-01-31', '2024-03-31', B('DK', { dayCount: '30E/360' }), [
      { date: '2024-02-29', amount: 400_000 },
    ]);
    expect(r.periods.map((p) => [p.days, p.principal])).toEqual([
      [29, 1_000_000],
      [31, 600_000],
    ]);
    expect(r.total).toBe(15_536);
  });
});

describe('payments during the late period (rules §1: the principal falls from the payment date)', () => {
  it('IT: three payments, one on the last day of H1 and one on the first day of H2 → 565.74', () => {
    // 15,000 × 12.50 % × 61 (05-01…06-30) + 10,000 × 12.25 % × 1 (07-01) + 7,000 × 12.25 % × 106 (07-02…10-15), / 365
    // = 31,335.62… + 335.62… + 24,902.74… = 56,573.97… → 56,574; interest stops on 10-15 when fully paid
    const r = run(1_500_000, '2024-04-30', '2024-12-31', B('IT'), [
      { date: '2024-06-30', amount: 500_000 },
      { date: '2024-07-01', amount: 300_000 },
      { date: '2024-10-15', amount: 700_000 },
    ]);
    expect(spans(r)).toEqual([
      ['2024-05-01', '2024-06-30', 61, 1_500_000, 12.5],
      ['2024-07-01', '2024-07-01', 1, 1_000_000, 12.25],
      ['2024-07-02', '2024-10-15', 106, 700_000, 12.25],
    ]);
    expect(r.total).toBe(56_574);
    expect(r.paidInFullOn).toBe('2024-10-15');
  });

  it('paid in full on the due date: nothing; the day after: one day → 3.42', () => {
    // 1,000,000 × 12.50 % × 1 / 365 = 342.47 → 342
    expect(
      run(1_000_000, '2024-03-15', '2024-12-31', B('EU'), [{ date: '2024-03-15', amount: 1_000_000 }]),
    ).toMatchObject({ total: 0, periods: [] });
    expect(
      run(1_000_000, '2024-03-15', '2024-12-31', B('EU'), [{ date: '2024-03-16', amount: 1_000_000 }]).total,
    ).toBe(342);
  });

  it('part paid on the due date itself: the rest bears interest from the day after → 77.05', () => {
    // 750,000 × 12.50 % × 30 / 365 = 7,705.48 → 7,705
    const r = run(1_000_000, '2024-03-15', '2024-04-14', B('EU'), [{ date: '2024-03-15', amount: 250_000 }]);
    expect(spans(r)).toEqual([['2024-03-16', '2024-04-14', 30, 750_000, 12.5]]);
    expect(r.total).toBe(7_705);
  });

  it('overpaid, or paid in two payments on one day: interest stops that day, never negative → 103.73', () => {
    // 1,000,000 × 12.62 % × 30 / 365 = 10,372.60 → 10,373
    const over = run(1_000_000, '2024-03-15', '2024-12-31', B('DE'), [
      { date: '2024-04-14', amount: 1_200_000 },
    ]);
    const two = run(1_000_000, '2024-03-15', '2024-12-31', B('DE'), [
      { date: '2024-04-14', amount: 600_000 },
      { date: '2024-04-14', amount: 400_000 },
    ]);
    for (const r of [over, two]) {
      expect(r.total).toBe(10_373);
      expect(r.paidInFullOn).toBe('2024-04-14');
    }
  });

  it('as-of before or on the due date: nothing', () => {
    expect(run(1_000_000, '2024-03-15', '2024-03-01', B('FR')).total).toBe(0);
    expect(run(1_000_000, '2024-03-15', '2024-03-15', B('FR')).total).toBe(0);
  });
});

describe('consumers and agreed rates', () => {
  it('IT consumer: tasso legale 2.50 % (2024) then 2.00 % (2025), split at 1 January → 23.22', () => {
    // 500,000 × (2.5 % × 31 + 2 % × 46) / 365 = 2,321.92 → 2,322
    const r = run(500_000, '2024-11-30', '2025-02-15', C('IT'));
    expect(spans(r).map((s) => [s[2], s[4]])).toEqual([
      [31, 2.5],
      [46, 2],
    ]);
    expect(r.total).toBe(2_322);
  });

  it('FR consumer: taux légal from the day after the formal notice, across S1/S2 2025 → 88.56', () => {
    // notice 2025-05-20: 1,000,000 × (3.71 % × 41 + 2.76 % × 62) / 365 = 8,855.62 → 8,856
    const r = run(1_000_000, '2025-03-31', '2025-08-31', C('FR', { formalNoticeDate: '2025-05-20' }));
    expect(spans(r).map((s) => [s[0], s[2], s[4]])).toEqual([
      ['2025-05-21', 41, 3.71],
      ['2025-07-01', 62, 2.76],
    ]);
    expect(r.total).toBe(8_856);
  });

  it('DK consumer owes the business rate (a maximum), across 1 July 2024 → 488.29', () => {
    // 1,000,000 × (11.75 % × 91 + 11.50 % × 62) / 365 = 48,828.77 → 48,829
    expect(run(1_000_000, '2024-03-31', '2024-08-31', C('DK')).total).toBe(48_829);
  });

  it('EU-default consumer: no statutory interest', () => {
    const r = run(1_000_000, '2025-03-31', '2025-08-31', C('EU'));
    expect(r.total).toBe(0);
    expect(codes(r)).toEqual(['interest.consumer-not-covered']);
  });

  it('US 1.5 % a month = 18 % a year over February 2024, act/365 → 112.19', () => {
    // 250,000 × 18 % × 91 / 365 = 11,219.18 → 11,219
    const r = run(250_000, '2024-01-15', '2024-04-15', B('US', { monthlyRatePercent: 1.5 }));
    expect(r.total).toBe(11_219);
  });

  it('IT agreed 10 %: one rate across the year end and 1 July, never split → 583.56', () => {
    // 1,000,000 × 10 % × 213 / 365 = 58,356.16 → 58,356
    const r = run(1_000_000, '2023-12-15', '2024-07-15', B('IT', { contractRatePercent: 10 }));
    expect(spans(r)).toEqual([['2023-12-16', '2024-07-15', 213, 1_000_000, 10]]);
    expect(r.total).toBe(58_356);
  });
});

describe('missing rates are left out and said, never zero-filled (rules §3)', () => {
  it('DK into 2026 (no 2026-H1 in the table): only December 2025 is known → 82.81, incomplete', () => {
    // 1,000,000 × 9.75 % × 31 / 365 = 8,280.82 → 8,281; 2026-01-01…02-15 missing
    const r = run(1_000_000, '2025-11-30', '2026-02-15', B('DK'));
    expect(r.total).toBe(8_281);
    expect(r.complete).toBe(false);
    expect(r.errors.map((e) => [e.from, e.to])).toEqual([['2026-01-01', '2026-02-15']]);
  });

  it('IT consumer into 2026 (tasso legale 2026 not in the table) → 8.49 known, incomplete', () => {
    // 500,000 × 2 % × 31 / 365 = 849.32 → 849
    const r = run(500_000, '2025-11-30', '2026-02-15', C('IT'));
    expect(r).toMatchObject({ total: 849, complete: false });
  });
});

describe('rounding once, exactly, at any size (rules §1 "Rounding")', () => {
  it('an exact half cent rounds up: 10.20 × 12.50 % × 73 / 365 = 0.255 → 0.26', () => {
    // 1,020 × 12.5 % × 73 / 365 = 25.5 minor exactly → 26
    expect(run(1_020, '2024-01-31', '2024-04-13', B('EU')).total).toBe(26);
  });

  it('9,000,000,000,000.00 over 2024-H1, 2024-H2 and 2025-H1, IT → exact to the cent', () => {
    // 9e14 × (12.50 % × 182 + 12.25 % × 184 + 11.15 % × 90) / 365 = 136,417,808,219,178.08 → 136,417,808,219,178
    expect(run(900_000_000_000_000, '2023-12-31', '2025-03-31', B('IT')).total).toBe(136_417_808_219_178);
  });

  it('123,456,789,012.34 from 29 Feb 2024 over three half-years, FR → exact to the cent', () => {
    // 12,345,678,901,234 × (14.50 % × 123 + 14.25 % × 184 + 13.15 % × 1) / 365 = 1,494,554,358,272.26 → 1,494,554,358,272
    expect(run(12_345_678_901_234, '2024-02-28', '2025-01-01', B('FR')).total).toBe(1_494_554_358_272);
  });
});

// ——— Claims: what stays owed after a late payment, and what a ledger entry does to the principal ———

const customer = (id: string, country: string, extra: Partial<Customer> = {}): Customer => ({
  id,
  name: id,
  country,
  language: 'en',
  currency: 'EUR',
  debtor: 'business',
  creditHold: false,
  createdAt: '2024-01-01',
  ...extra,
});
const invoice = (
  id: string,
  customerId: string,
  dueDate: string,
  amount: number,
  currency = 'EUR',
): Invoice => ({
  id,
  number: id.toUpperCase(),
  customerId,
  issueDate: '2024-01-02',
  dueDate,
  currency,
  amount,
});
const payment = (invoiceId: string, date: string, amount: number, currency = 'EUR'): Payment => ({
  id: `p-${invoiceId}-${date}-${amount}`,
  date,
  amount,
  currency,
  allocations: [{ invoiceId, amount }],
});
const adjustment = (
  invoiceId: string,
  kind: Adjustment['kind'],
  date: string,
  amount: number,
  extra: Partial<Adjustment> = {},
): Adjustment => ({
  id: `a-${invoiceId}-${kind}-${date}`,
  kind,
  customerId: 'c',
  invoiceId,
  date,
  amount,
  currency: 'EUR',
  ...extra,
});

/** An Italian company's claim on its Italian business customer's invoice `a` (IT law, ECB + 8). */
function claimOf(
  inv: Invoice,
  payments: Payment[],
  adjustments: Adjustment[],
  asOf: string,
  cust?: Customer,
) {
  return invoiceClaim({
    invoice: inv,
    customer: cust ?? customer('c', 'IT'),
    company: { country: 'IT' },
    ledger: buildLedgerIndex(payments, adjustments),
    adjustments,
    asOf,
  })!;
}

describe('claims: interest after a late payment, compensation once per invoice', () => {
  const a = invoice('a', 'c', '2024-03-15', 1_000_000);

  it('paid late in two parts: interest to each payment date, EUR 40 once, days late to the settling day', () => {
    // 1,000.00 due 2024-12-31: 1,000 × 11.15 % × 31 / 365 + 600 × 11.15 % × 14 / 365 = 9.47 + 2.57 = 12.04
    const w = invoice('w', 'c', '2024-12-31', 100_000);
    const c = claimOf(
      w,
      [payment('w', '2025-01-31', 40_000), payment('w', '2025-02-14', 60_000)],
      [],
      '2025-06-30',
    );
    expect(c).toMatchObject({ daysLate: 45, settledOn: '2025-02-14' });
    expect(c.interest).toMatchObject({ owed: 1_204, claimable: 1_204, complete: true });
    expect(c.compensation).toMatchObject({ currency: 'EUR', owed: 4_000, claimable: 4_000 });
  });

  it('a credit note after the due date lowers the principal from the day after its date → 188.36', () => {
    // 10,000 × 12.5 % × 31 (03-16…04-15) / 365 + 8,000 × 12.5 % × 30 (04-16…05-15) / 365 = 106.16 + 82.19 = 188.36
    const c = claimOf(
      a,
      [payment('a', '2024-05-15', 800_000)],
      [adjustment('a', 'credit-note', '2024-04-15', 200_000)],
      '2024-06-30',
    );
    expect(c.interest.owed).toBe(18_836);
    expect(c.settledOn).toBe('2024-05-15');
  });

  it('a reminder fee neither bears interest nor pays the principal, charged or waived → 366.44', () => {
    // 10,000 × 12.5 % × 107 / 365 = 366.44 (rules §4 A), whatever happens to a 5.00 fee
    const fee = adjustment('a', 'fee', '2024-04-01', 500, {
      feeKind: 'reminder',
      waived: true,
      waivedOn: '2024-04-20',
    });
    expect(claimOf(a, [], [fee], '2024-06-30').interest.owed).toBe(36_644);
    expect(claimOf(a, [], [{ ...fee, waived: false }], '2024-06-30').interest.owed).toBe(36_644);
  });

  it('UK: the £70 band follows the invoice (£2,500), not what is left after a part payment', () => {
    // start 2024-12-01 → Bank Rate 30 Jun 2024 (5.25) + 8: 2,500 × 13.25 % × 31 / 365 + 500 × 13.25 % × 59 / 365 = 28.13 + 10.71 = 38.84
    const z = invoice('z', 'u', '2024-11-30', 250_000, 'GBP');
    const c = claimOf(z, [payment('z', '2024-12-31', 200_000, 'GBP')], [], '2025-02-28', {
      ...customer('u', 'GB', { currency: 'GBP' }),
      contractLaw: 'UK',
    });
    expect(c.interest.owed).toBe(3_884);
    expect(c.compensation).toMatchObject({ currency: 'GBP', owed: 7_000 });
  });
});

describe('claims: a reversed write-off or a cancelled credit note restores the principal', () => {
  // Reading chosen (rules.md is silent): interest follows the balance as the ledger shows it, fees
  // aside — a reduction lowers the principal from the day after its date, its reversal raises it again
  // from the day after the reversal (the same convention as a payment). See the report.
  const a = invoice('a', 'c', '2024-03-15', 1_000_000);

  it('written off on 04-30, reversed on 05-31: open again, late to the as-of date, claimable → 260.27 + EUR 40', () => {
    // 10,000 × 12.5 % × (46 (03-16…04-30) + 30 (06-01…06-30)) / 365 = 260.27; nothing while written off
    const c = claimOf(
      a,
      [],
      [adjustment('a', 'write-off', '2024-04-30', 1_000_000, { waived: true, waivedOn: '2024-05-31' })],
      '2024-06-30',
    );
    expect(c.closed.writtenOff).toBe(false);
    expect(c).toMatchObject({ daysLate: 107, settledOn: null });
    expect(c.interest).toMatchObject({ owed: 26_027, claimable: 26_027 });
    expect(c.compensation).toMatchObject({ owed: 4_000, claimable: 4_000 });
  });

  it('a write-off still in force closes the claim', () => {
    const c = claimOf(a, [], [adjustment('a', 'write-off', '2024-04-30', 1_000_000)], '2024-06-30');
    expect(c.closed.writtenOff).toBe(true);
    expect(c.interest.claimable).toBe(0);
    expect(c.compensation?.claimable).toBe(0);
  });

  it('a credit note of 2,000 cancelled on 05-01, 8,000 paid on 05-15: 2,000 still bears interest → 229.45', () => {
    // 12.5 % / 365 × (10,000 × 31 (03-16…04-15) + 8,000 × 16 (04-16…05-01) + 10,000 × 14 (05-02…05-15)
    //   + 2,000 × 46 (05-16…06-30)) = 229.45
    const c = claimOf(
      a,
      [payment('a', '2024-05-15', 800_000)],
      [adjustment('a', 'credit-note', '2024-04-15', 200_000, { waived: true, waivedOn: '2024-05-01' })],
      '2024-06-30',
    );
    expect(c.result.periods.map((p) => [p.from, p.to, p.principal])).toEqual([
      ['2024-03-16', '2024-04-15', 1_000_000],
      ['2024-04-16', '2024-05-01', 800_000],
      ['2024-05-02', '2024-05-15', 1_000_000],
      ['2024-05-16', '2024-06-30', 200_000],
    ]);
    expect(c).toMatchObject({ daysLate: 107, settledOn: null });
    expect(c.interest.owed).toBe(22_945);
  });
});

// ——— The read model: which law, and the figures the screens show ———

function book(customers: Customer[], invoices: Invoice[], payments: Payment[], adjustments: Adjustment[]) {
  const tables: Partial<Record<EntityName, { id: string }[]>> = {
    customers,
    invoices,
    payments,
    adjustments,
  };
  const snapshot: Snapshot = {
    rates: defaultRateTables,
    list: <K extends EntityName>(name: K) => (tables[name] ?? []) as Entities[K][],
    get: <K extends EntityName>(name: K, id: string) =>
      (tables[name] ?? []).find((r) => r.id === id) as Entities[K] | undefined,
    invoiceByNumber: () => undefined,
  };
  return snapshot;
}

describe('read model: an Italian company’s book as of 2025-02-28', () => {
  const customers = [
    customer('de-b', 'DE'), // business abroad: the seller's law (IT), rules §2 "Which law applies"
    customer('de-c', 'DE', { debtor: 'consumer' }), // consumer: his own law (DE, base + 5)
    customer('uk-b', 'GB', { currency: 'GBP', contractLaw: 'UK' }), // the contract chose English law
    customer('it-b', 'IT'),
    customer('fr-c', 'FR', { debtor: 'consumer' }),
  ];
  const x = invoice('x', 'de-b', '2024-09-30', 500_000);
  const y = invoice('y', 'de-c', '2024-12-15', 80_000);
  const z = invoice('z', 'uk-b', '2024-11-30', 250_000, 'GBP');
  const w = invoice('w', 'it-b', '2024-12-31', 100_000);
  const v = { ...invoice('v', 'fr-c', '2024-12-31', 30_000), formalNoticeDate: '2025-01-15' };
  const model = new ReadModel(
    book(
      customers,
      [x, y, z, w, v],
      [payment('w', '2025-01-31', 40_000), payment('w', '2025-02-14', 60_000)],
      [],
    ),
  );
  model.setCompany({ country: 'IT' });
  const view = model.at('2025-02-28');

  it.each([
    // x: IT law, 5,000 × (12.25 % × 92 + 11.15 % × 59) / 365 = 154.38… + 90.12… = 244.50 exactly
    ['x, DE business under Italian law', x, 24_450],
    // y: DE consumer, 800 × (8.37 % × 16 + 7.27 % × 59) / 365 = 2.94 + 9.40 = 12.34
    ['y, DE consumer under German law', y, 1_234],
    // z: UK, start 2024-12-01 → 5.25 + 8 = 13.25 % fixed, 2,500 × 13.25 % × 90 / 365 = 81.68
    ['z, English law by contract', z, 8_168],
    // w: 1,000 × 11.15 % × 31 / 365 + 600 × 11.15 % × 14 / 365 = 12.04 (paid late in two parts)
    ['w, paid late in two parts', w, 1_204],
    // v: FR consumer, taux légal 3.71 % from 01-16 (notice 01-15): 300 × 3.71 % × 44 / 365 = 1.34
    ['v, French consumer after a formal notice', v, 134],
  ] as const)('%s', (_name, inv, expected) => {
    expect(view.interest.total(inv)).toBe(expected);
    expect(view.interest.claimFigure(inv)?.interest).toBe(expected);
  });

  it('totals per currency: interest summed per invoice, compensation once per business invoice', () => {
    // EUR interest 244.50 + 12.34 + 12.04 + 1.34 = 270.22; EUR 40 for x and w (consumers none)
    expect(view.claimTotals('EUR')).toEqual([
      { currency: 'EUR', interest: { total: 27_022, incomplete: 0 }, compensation: 8_000, invoices: 4 },
    ]);
    // GBP: 81.68 and £70 (a debt of £1,000–£9,999.99)
    expect(view.claimTotals('GBP')).toEqual([
      { currency: 'GBP', interest: { total: 8_168, incomplete: 0 }, compensation: 7_000, invoices: 1 },
    ]);
  });
});

describe('read model: reductions undone', () => {
  const cust = customer('c', 'IT');

  it('a credit note for the whole invoice before its due date, cancelled after it: interest from the cancellation → 6.85', () => {
    // 1,000 × 12.5 % × 20 (04-11…04-30) / 365 = 6.85; nothing while the credit note stood
    const a = invoice('a', 'c', '2024-03-15', 100_000);
    const cn = adjustment('a', 'credit-note', '2024-03-10', 100_000, {
      waived: true,
      waivedOn: '2024-04-10',
    });
    const model = new ReadModel(book([cust], [a], [], [cn]));
    model.setCompany({ country: 'IT' });
    const view = model.at('2024-04-30');
    expect(view.row('a')).toMatchObject({ open: 100_000, status: 'overdue' });
    expect(view.interest.total(a)).toBe(685);
    expect(view.interest.claimFigure(a)).toMatchObject({ interest: 685, compensation: 4_000 });
  });

  it('a write-off reversed: the claim is open again in the totals → 260.27 + EUR 40', () => {
    const a = invoice('a', 'c', '2024-03-15', 1_000_000);
    const wo = adjustment('a', 'write-off', '2024-04-30', 1_000_000, {
      waived: true,
      waivedOn: '2024-05-31',
    });
    const model = new ReadModel(book([cust], [a], [], [wo]));
    model.setCompany({ country: 'IT' });
    const view = model.at('2024-06-30');
    expect(view.interest.total(a)).toBe(26_027);
    expect(view.claimTotals('EUR')).toEqual([
      { currency: 'EUR', interest: { total: 26_027, incomplete: 0 }, compensation: 4_000, invoices: 1 },
    ]);
  });
});

describe('letters: the interest a letter claims', () => {
  it('a waived reminder fee is no payment: 10,000 × 12.5 % × 107 / 365 → 366.44', () => {
    const a = invoice('a', 'c', '2024-03-15', 1_000_000);
    const fee = adjustment('a', 'fee', '2024-04-01', 500, {
      feeKind: 'reminder',
      waived: true,
      waivedOn: '2024-04-20',
    });
    const ledger = buildLedgerIndex([], [fee]);
    const balance = { open: 1_000_000 } as Parameters<typeof interestFor>[0][number]['balance'];
    const r = interestFor(
      [{ invoice: a, balance }],
      ledger,
      '2024-06-30',
      { jurisdiction: 'IT', why: 'seller-country' },
      customer('c', 'IT'),
      undefined,
    );
    expect(r.invoices).toEqual([{ invoice: 'A', total: 36_644, paidLate: false, complete: true }]);
  });

  it('a cancelled credit note: the letter claims what the screen shows → 229.45', () => {
    const a = invoice('a', 'c', '2024-03-15', 1_000_000);
    const cn = adjustment('a', 'credit-note', '2024-04-15', 200_000, {
      waived: true,
      waivedOn: '2024-05-01',
    });
    const ledger = buildLedgerIndex([payment('a', '2024-05-15', 800_000)], [cn]);
    const balance = { open: 200_000 } as Parameters<typeof interestFor>[0][number]['balance'];
    const r = interestFor(
      [{ invoice: a, balance }],
      ledger,
      '2024-06-30',
      { jurisdiction: 'IT', why: 'seller-country' },
      customer('c', 'IT'),
      undefined,
    );
    expect(r.total).toBe(22_945);
  });
});

// ——— Fixed compensation and reminder fees around their limits ———

describe('fixed compensation and Danish reminder fees at their limits', () => {
  it('compensation: none for a consumer anywhere, DKK 310 in Denmark, 40 EUR in Romania', () => {
    expect(
      fixedCompensation({ jurisdiction: 'IT', debtor: 'consumer', amount: 100, currency: 'EUR' }),
    ).toBeNull();
    expect(
      fixedCompensation({ jurisdiction: 'DK', debtor: 'business', amount: 100, currency: 'DKK' }),
    ).toMatchObject({
      amount: 31_000,
      currency: 'DKK',
    });
    expect(
      fixedCompensation({ jurisdiction: 'RO', debtor: 'business', amount: 100, currency: 'RON' }),
    ).toMatchObject({
      amount: 4_000,
      currency: 'EUR',
    });
  });

  it('DK: fees on days 5 and 24 (≥ 10 days apart); day 14 is only 9 days after day 5 → none', () => {
    const due = '2024-03-15';
    const r = reminderFees('DK', [{ date: '2024-03-20' }, { date: '2024-03-29' }, { date: '2024-04-08' }], {
      dueDate: due,
    });
    expect(r.map((f) => [f.amount, f.reason?.code])).toEqual([
      [10_000, undefined],
      [0, 'fees.reminder.too-soon'],
      [10_000, undefined],
    ]);
  });
});
