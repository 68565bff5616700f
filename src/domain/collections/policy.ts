// The dunning policy: which step follows which, when, through which channel, at what fee. The defaults
// follow the advice in product.md (remind before due, soon after, call about a week after, firmer
// reminder, final notice, then escalate); the per-jurisdiction limits come from rules.md §2.
import type { Jurisdiction } from '../types';
import type { DunningLevel, DunningLevelKind, DunningOverride, DunningPolicy } from './types';

export const DUNNING_LEVEL_ORDER: readonly DunningLevelKind[] = [
  'receipt-check',
  'courtesy',
  'reminder-1',
  'call',
  'reminder-2',
  'final-notice',
  'escalation',
];

const level = (
  kind: DunningLevelKind,
  from: 'issue' | 'due',
  offsetDays: number,
  channel: DunningLevel['channel'],
  letterKind: DunningLevel['letterKind'],
  deadlineDays = 0,
): DunningLevel => ({
  kind,
  enabled: true,
  offsetDays,
  from,
  channel,
  letterKind,
  fee: 0,
  minAmount: 0,
  deadlineDays,
});

export const DEFAULT_DUNNING_POLICY: Readonly<DunningPolicy> = {
  levels: [
    level('receipt-check', 'issue', 3, 'email', null),
    level('courtesy', 'due', -3, 'email', null),
    level('reminder-1', 'due', 5, 'letter', 'reminder-1', 7),
    level('call', 'due', 8, 'call', null),
    level('reminder-2', 'due', 15, 'letter', 'reminder-2', 10),
    // Italy's messa in mora usually gives 15 days, Romania's somație 15 from receipt, Denmark's
    // inkassovarsel at least 10 (rules.md §5): 15 satisfies all three.
    level('final-notice', 'due', 30, 'letter', 'final-notice', 15),
    level('escalation', 'due', 45, 'call', null),
  ],
  moveDeadline: false,
  cadence: { minDaysBetween: 7, earliest: '08:00', latest: '20:00', maxPerMonth: 4 },
  hold: { daysLate: 60, overLimit: true, brokenPromiseDays: 90 },
  creditCheckThreshold: 500_000,
  promiseGraceDays: 0,
  instalmentGraceDays: 0,
};

/** The policy for one customer: the override's steps switched off or re-priced. */
export function effectivePolicy(policy: DunningPolicy, override: DunningOverride | undefined): DunningPolicy {
  if (!override) return policy;
  const levels = policy.levels.map((l) => ({ ...l, ...(override.levels?.[l.kind] ?? {}) }));
  return { ...policy, levels, moveDeadline: override.moveDeadline ?? policy.moveDeadline };
}

const ordered = new WeakMap<DunningPolicy, DunningLevel[]>();

/** Enabled levels in their order of time (before-due ones first); cached per policy object. */
export function orderedLevels(policy: DunningPolicy): DunningLevel[] {
  const known = ordered.get(policy);
  if (known) return known;
  const levels = policy.levels
    .filter((l) => l.enabled)
    .sort((a, b) => DUNNING_LEVEL_ORDER.indexOf(a.kind) - DUNNING_LEVEL_ORDER.indexOf(b.kind));
  ordered.set(policy, levels);
  return levels;
}

// Renteloven §9b: at most DKK 100 a reminder, at most 3 per claim, at least 10 days apart.
export const DK_REMINDER_FEE_CAP = 10_000;
export const DK_MAX_FEES = 3;
export const DK_FEE_GAP_DAYS = 10;

export type PolicyProblem =
  | { code: 'collections.policy.dk-fee-cap'; params: { level: DunningLevelKind; fee: number; cap: number } }
  | { code: 'collections.policy.dk-max-fees'; params: { count: number; max: number } }
  | { code: 'collections.policy.dk-fee-gap'; params: { level: DunningLevelKind; days: number; min: number } }
  | { code: 'collections.policy.out-of-order'; params: { level: DunningLevelKind } }
  | { code: 'collections.policy.fee-before-due'; params: { level: DunningLevelKind } }
  | { code: 'collections.policy.invalid-number'; params: { level: DunningLevelKind } };

/**
 * What is wrong with a policy for a jurisdiction. The DK limits are enforced anyway when a fee is
 * charged (`stepFee`); these problems tell the user in Settings why a fee they set will not be charged.
 */
export function policyProblems(policy: DunningPolicy, jurisdiction: Jurisdiction): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const levels = orderedLevels(policy);
  let previousDue: number | null = null;
  let previousFeeDay: number | null = null;
  let fees = 0;
  for (const l of levels) {
    const numbers = [l.offsetDays, l.fee, l.minAmount, l.deadlineDays];
    if (numbers.some((n) => !Number.isInteger(n)) || l.fee < 0 || l.minAmount < 0 || l.deadlineDays < 0)
      out.push({ code: 'collections.policy.invalid-number', params: { level: l.kind } });
    if (l.from !== 'due') continue;
    if (previousDue !== null && l.offsetDays < previousDue)
      out.push({ code: 'collections.policy.out-of-order', params: { level: l.kind } });
    previousDue = l.offsetDays;
    if (l.fee <= 0) continue;
    if (l.offsetDays <= 0) out.push({ code: 'collections.policy.fee-before-due', params: { level: l.kind } });
    if (jurisdiction !== 'DK') continue;
    fees++;
    if (l.fee > DK_REMINDER_FEE_CAP)
      out.push({
        code: 'collections.policy.dk-fee-cap',
        params: { level: l.kind, fee: l.fee, cap: DK_REMINDER_FEE_CAP },
      });
    if (previousFeeDay !== null && l.offsetDays - previousFeeDay < DK_FEE_GAP_DAYS)
      out.push({
        code: 'collections.policy.dk-fee-gap',
        params: { level: l.kind, days: l.offsetDays - previousFeeDay, min: DK_FEE_GAP_DAYS },
      });
    previousFeeDay = l.offsetDays;
  }
  if (jurisdiction === 'DK' && fees > DK_MAX_FEES)
    out.push({ code: 'collections.policy.dk-max-fees', params: { count: fees, max: DK_MAX_FEES } });
  return out;
}
