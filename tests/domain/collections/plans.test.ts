import { describe, expect, it } from 'vitest';
import { buildLedgerIndex } from '../../../src/domain/balance';
import { planProgress, planSchedule, planTerms } from '../../../src/domain/collections/plans';
import { payment, plan } from './book';

describe('payment plan schedule', () => {
  it('splits 1,000.00 into 6 monthly instalments exactly: the 4 leftover cents go to the first ones', () => {
    const { instalments, errors } = planSchedule({
      principal: 100_000,
      count: 6,
      frequency: 'monthly',
      firstDate: '2026-01-31',
    });
    expect(errors).toEqual([]);
    expect(instalments).toEqual([
      { dueDate: '2026-01-31', amount: 16_667 },
      { dueDate: '2026-02-28', amount: 16_667 },
      { dueDate: '2026-03-31', amount: 16_667 },
      { dueDate: '2026-04-30', amount: 16_667 },
      { dueDate: '2026-05-31', amount: 16_666 },
      { dueDate: '2026-06-30', amount: 16_666 },
    ]);
  });

  it('takes a fixed amount per instalment, weekly, the last one being the rest, with the fee on the first', () => {
    const { instalments } = planSchedule({
      principal: 100_000,
      amount: 30_000,
      frequency: 'weekly',
      firstDate: '2026-03-02',
      fee: 1_500,
    });
    expect(instalments).toEqual([
      { dueDate: '2026-03-02', amount: 31_500 },
      { dueDate: '2026-03-09', amount: 30_000 },
      { dueDate: '2026-03-16', amount: 30_000 },
      { dueDate: '2026-03-23', amount: 10_000 },
    ]);
  });

  it('adds simple interest on what is still owed each month: 12 % a year on 1,200.00 in 3', () => {
    // 1 % a month: 1,200.00 → 12.00; 800.00 → 8.00; 400.00 → 4.00.
    const { instalments } = planSchedule({
      principal: 120_000,
      count: 3,
      frequency: 'monthly',
      firstDate: '2026-01-15',
      interestPercent: 12,
    });
    expect(instalments.map((i) => i.amount)).toEqual([41_200, 40_800, 40_400]);
  });

  it('reports bad input as codes', () => {
    expect(
      planSchedule({ principal: 0, count: 3, frequency: 'monthly', firstDate: '2026-01-01' }).errors,
    ).toEqual([{ code: 'collections.plan.no-principal' }]);
    expect(
      planSchedule({ principal: 100, count: 0, frequency: 'monthly', firstDate: '2026-01-01' }).errors,
    ).toEqual([{ code: 'collections.plan.bad-count' }]);
  });
});

describe('payment plan progress', () => {
  const p = plan(
    'pl',
    'c',
    ['i1'],
    '2026-01-10',
    [
      ['2026-02-01', 10_000],
      ['2026-03-01', 10_000],
      ['2026-04-01', 10_000],
    ],
    { accelerateAfter: 2 },
  );

  it('applies payments to instalments oldest first and finds the missed one', () => {
    const ledger = buildLedgerIndex([
      payment('a', '2026-01-30', [['i1', 10_000]]),
      payment('b', '2026-03-05', [['i1', 4_000]]),
    ]);
    const r = planProgress(p, ledger, '2026-03-10');
    expect(r.instalments.map((i) => [i.state, i.paid])).toEqual([
      ['paid', 10_000],
      ['missed', 4_000],
      ['upcoming', 0],
    ]);
    expect(r).toMatchObject({
      paid: 14_000,
      remaining: 16_000,
      missed: 1,
      accelerated: false,
      completed: false,
    });
  });

  it('marks an instalment caught up after its date as paid late, and accelerates after two missed', () => {
    const late = buildLedgerIndex([payment('a', '2026-02-10', [['i1', 10_000]])]);
    expect(planProgress(p, late, '2026-02-15').instalments[0]!.state).toBe('paid-late');
    const none = planProgress(p, buildLedgerIndex([]), '2026-03-02');
    expect(none).toMatchObject({ missed: 2, accelerated: true, remaining: 30_000 });
  });

  it('ignores payments made before the plan', () => {
    const before = buildLedgerIndex([payment('a', '2026-01-05', [['i1', 10_000]])]);
    expect(planProgress(p, before, '2026-02-02').instalments[0]!.state).toBe('missed');
  });
});

describe('payment plan terms', () => {
  it('splits what the instalments sum to into principal, interest and fee', () => {
    // 9.083,44 at 5,5 % a year over three months (41,63 + 27,75 + 13,88 of interest) and a fee of 25,00.
    const instalments = [
      { dueDate: '2026-12-15', amount: 309_445 },
      { dueDate: '2027-01-15', amount: 305_556 },
      { dueDate: '2027-02-15', amount: 304_169 },
    ];
    expect(planTerms({ instalments, principal: 908_344, interestPercent: 5.5, fee: 2_500 })).toEqual({
      principal: 908_344,
      interestPercent: 5.5,
      interest: 8_326,
      fee: 2_500,
      total: 919_170,
    });
  });

  it('reads a plan stored without its principal as charging no interest', () => {
    const instalments = [
      { dueDate: '2026-12-15', amount: 50_000 },
      { dueDate: '2027-01-15', amount: 50_000 },
    ];
    expect(planTerms({ instalments })).toEqual({
      principal: 100_000,
      interestPercent: 0,
      interest: 0,
      fee: 0,
      total: 100_000,
    });
  });
});
