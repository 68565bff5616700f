import { describe, expect, it } from 'vitest';
import { dueStep, preDueStep, type DunningItem } from '../../../src/domain/collections/dunning';
import { DEFAULT_DUNNING_POLICY } from '../../../src/domain/collections/policy';
import type { DunningPolicy } from '../../../src/domain/collections/types';
import { contact } from './book';

const items: DunningItem[] = [
  { invoiceId: 'a', issueDate: '2026-01-01', dueDate: '2026-01-31', open: 30_000 },
  { invoiceId: 'b', issueDate: '2026-01-10', dueDate: '2026-02-09', open: 20_000 },
];
const ctx = (
  asOf: string,
  policy: DunningPolicy = DEFAULT_DUNNING_POLICY,
  jurisdiction: 'IT' | 'DK' = 'IT',
) => ({
  asOf,
  policy,
  jurisdiction,
  currency: jurisdiction === 'DK' ? 'DKK' : 'EUR',
});

describe('the dunning step due', () => {
  it('is the first reminder 5 days after the oldest due date, for every overdue invoice at once', () => {
    expect(dueStep(items, [], ctx('2026-02-04'))).toBeNull();
    const s = dueStep(items, [], ctx('2026-02-10'))!;
    expect(s.level.kind).toBe('reminder-1');
    expect(s.since).toBe('2026-02-05');
    // On 10 Feb both are overdue (b fell due on the 9th): one letter for 500.00, the oldest 10 days late.
    expect([s.invoiceIds, s.amount, s.daysLate]).toEqual([['a', 'b'], 50_000, 10]);
    expect(s.payBy).toBe('2026-02-17');
  });

  it('moves on to the call, then the second reminder, each counted from the step actually taken', () => {
    const r1 = contact('r1', 'c', '2026-02-10', 'letter', { dunningLevel: 'reminder-1' });
    // Call: 3 days after the reminder (+8 − +5), so 13 Feb.
    expect(dueStep(items, [r1], ctx('2026-02-12'))).toBeNull();
    expect(dueStep(items, [r1], ctx('2026-02-13'))!.level.kind).toBe('call');
    // Any call the user made counts as the call step.
    const call = contact('k', 'c', '2026-02-14', 'call');
    expect(dueStep(items, [r1, call], ctx('2026-02-20'))).toBeNull();
    const r2 = dueStep(items, [r1, call], ctx('2026-02-21'))!;
    expect([r2.level.kind, r2.since]).toEqual(['reminder-2', '2026-02-21']);
  });

  it('never skips to the final notice for a customer met late: the first reminder comes first', () => {
    expect(dueStep(items, [], ctx('2026-05-01'))!.level.kind).toBe('reminder-1');
  });

  it('with moved deadlines, waits for the deadline the last letter gave', () => {
    const policy = { ...DEFAULT_DUNNING_POLICY, moveDeadline: true };
    const r1 = contact('r1', 'c', '2026-02-10', 'letter', { dunningLevel: 'reminder-1' });
    // reminder-1 gave 7 days: the call waits until 18 Feb.
    expect(dueStep(items, [r1], ctx('2026-02-17', policy))).toBeNull();
    expect(dueStep(items, [r1], ctx('2026-02-18', policy))!.level.kind).toBe('call');
  });

  it('passes over a step below its minimum amount', () => {
    const policy = {
      ...DEFAULT_DUNNING_POLICY,
      levels: DEFAULT_DUNNING_POLICY.levels.map((l) =>
        l.kind === 'reminder-1' ? { ...l, minAmount: 100_000 } : l,
      ),
    };
    expect(dueStep(items, [], ctx('2026-02-10', policy))!.level.kind).toBe('call');
  });
});

describe('Danish reminder fees on the steps (renteloven §9b)', () => {
  const dk: DunningPolicy = {
    ...DEFAULT_DUNNING_POLICY,
    levels: DEFAULT_DUNNING_POLICY.levels.map((l) =>
      l.channel === 'letter' ? { ...l, fee: l.kind === 'reminder-1' ? 15_000 : 10_000 } : l,
    ),
  };
  const one = [items[0]!];

  it('caps a DKK 150 fee at DKK 100', () => {
    expect(dueStep(one, [], ctx('2026-02-05', dk, 'DK'))!.fee).toEqual({ amount: 10_000, limit: 'capped' });
  });

  it('charges nothing for a reminder less than 10 days after the previous one', () => {
    const r1 = contact('r1', 'c', '2026-02-05', 'letter', { dunningLevel: 'reminder-1', fee: 10_000 });
    const call = contact('k', 'c', '2026-02-08', 'call', { dunningLevel: 'call' });
    // Second reminder on 15 Feb: 10 days after the first, the fee is due.
    expect(dueStep(one, [r1, call], ctx('2026-02-15', dk, 'DK'))!.fee).toEqual({ amount: 10_000 });
    const early = contact('e', 'c', '2026-02-10', 'email', { dunningLevel: 'courtesy' });
    // A reminder e-mail on the 10th makes the 15th only 5 days later: no fee.
    expect(dueStep(one, [r1, call, early], ctx('2026-02-15', dk, 'DK'))!.fee).toEqual({
      amount: 0,
      limit: 'too-soon',
    });
  });

  it('charges no fourth fee on a claim', () => {
    const taken = [
      contact('r1', 'c', '2026-02-01', 'letter', { dunningLevel: 'reminder-1', fee: 10_000 }),
      contact('k', 'c', '2026-02-02', 'call', { dunningLevel: 'call' }),
      contact('r2', 'c', '2026-02-11', 'letter', { dunningLevel: 'reminder-2', fee: 10_000 }),
      contact('r3', 'c', '2026-02-21', 'letter', { dunningLevel: 'final-notice', fee: 10_000 }),
    ];
    const withExtra: DunningPolicy = {
      ...dk,
      levels: dk.levels.map((l) => (l.kind === 'escalation' ? { ...l, channel: 'letter', fee: 10_000 } : l)),
    };
    expect(dueStep(one, taken, ctx('2026-03-20', withExtra, 'DK'))!.fee).toEqual({
      amount: 0,
      limit: 'max-three',
    });
  });

  it('charges the set fee elsewhere, uncapped', () => {
    expect(dueStep(one, [], ctx('2026-02-05', dk, 'IT'))!.fee).toEqual({ amount: 15_000 });
  });
});

describe('steps before the due date', () => {
  const soon: DunningItem[] = [
    { invoiceId: 'n', issueDate: '2026-03-01', dueDate: '2026-03-31', open: 10_000 },
  ];

  it('checks receipt 3 days after issue, reminds 3 days before due, and stops once done', () => {
    expect(preDueStep(soon, [], ctx('2026-03-03'))).toBeNull();
    expect(preDueStep(soon, [], ctx('2026-03-04'))!.level.kind).toBe('receipt-check');
    const checked = contact('rc', 'c', '2026-03-04', 'email', {
      dunningLevel: 'receipt-check',
      invoiceIds: ['n'],
    });
    expect(preDueStep(soon, [checked], ctx('2026-03-05'))).toBeNull();
    expect(preDueStep(soon, [checked], ctx('2026-03-28'))!.level.kind).toBe('courtesy');
    // A receipt check a week late has lost its point.
    expect(preDueStep(soon, [], ctx('2026-03-12'))).toBeNull();
  });
});
