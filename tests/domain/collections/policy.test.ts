import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DUNNING_POLICY,
  effectivePolicy,
  orderedLevels,
  policyProblems,
} from '../../../src/domain/collections/policy';
import type { DunningPolicy } from '../../../src/domain/collections/types';

const withFees = (fees: Record<string, number>): DunningPolicy => ({
  ...DEFAULT_DUNNING_POLICY,
  levels: DEFAULT_DUNNING_POLICY.levels.map((l) => ({ ...l, fee: fees[l.kind] ?? 0 })),
});

describe('dunning policy', () => {
  it('has the steps of the issue by default: receipt check, courtesy 3 days before, then +5, +8, +15, +30, +45', () => {
    const steps = orderedLevels(DEFAULT_DUNNING_POLICY).map((l) => [l.kind, l.from, l.offsetDays, l.channel]);
    expect(steps).toEqual([
      ['receipt-check', 'issue', 3, 'email'],
      ['courtesy', 'due', -3, 'email'],
      ['reminder-1', 'due', 5, 'letter'],
      ['call', 'due', 8, 'call'],
      ['reminder-2', 'due', 15, 'letter'],
      ['final-notice', 'due', 30, 'letter'],
      ['escalation', 'due', 45, 'call'],
    ]);
    expect(DEFAULT_DUNNING_POLICY.cadence).toEqual({
      minDaysBetween: 7,
      earliest: '08:00',
      latest: '20:00',
      maxPerMonth: 4,
    });
  });

  it('finds nothing wrong with the defaults anywhere', () => {
    expect(policyProblems(DEFAULT_DUNNING_POLICY, 'DK')).toEqual([]);
    expect(policyProblems(DEFAULT_DUNNING_POLICY, 'IT')).toEqual([]);
  });

  it('tells a Danish user that a DKK 150 fee is capped at DKK 100, that four fees are one too many, and fees under 10 days apart', () => {
    const p = withFees({ 'reminder-1': 15_000, call: 5_000, 'reminder-2': 10_000, 'final-notice': 10_000 });
    expect(policyProblems(p, 'DK')).toEqual([
      { code: 'collections.policy.dk-fee-cap', params: { level: 'reminder-1', fee: 15_000, cap: 10_000 } },
      // The call at +8 is 3 days after the reminder at +5.
      { code: 'collections.policy.dk-fee-gap', params: { level: 'call', days: 3, min: 10 } },
      // The second reminder at +15 is 7 days after the call.
      { code: 'collections.policy.dk-fee-gap', params: { level: 'reminder-2', days: 7, min: 10 } },
      { code: 'collections.policy.dk-max-fees', params: { count: 4, max: 3 } },
    ]);
    // Elsewhere reminder fees are not regulated.
    expect(policyProblems(p, 'IT')).toEqual([]);
  });

  it('refuses a fee before the due date and steps out of order', () => {
    const p = withFees({ courtesy: 500 });
    p.levels = p.levels.map((l) => (l.kind === 'reminder-2' ? { ...l, offsetDays: 6 } : l));
    expect(policyProblems(p, 'FR')).toEqual([
      { code: 'collections.policy.fee-before-due', params: { level: 'courtesy' } },
      { code: 'collections.policy.out-of-order', params: { level: 'reminder-2' } },
    ]);
  });

  it('applies a customer override: a step switched off, another re-priced, deadlines moved', () => {
    const p = effectivePolicy(DEFAULT_DUNNING_POLICY, {
      moveDeadline: true,
      levels: { call: { enabled: false }, 'reminder-1': { fee: 700 } },
    });
    expect(orderedLevels(p).map((l) => l.kind)).not.toContain('call');
    expect(p.levels.find((l) => l.kind === 'reminder-1')!.fee).toBe(700);
    expect(p.moveDeadline).toBe(true);
    // The shared policy is untouched.
    expect(DEFAULT_DUNNING_POLICY.levels.find((l) => l.kind === 'reminder-1')!.fee).toBe(0);
  });
});
