// The order of the call list. A row's score multiplies three things that matter to a collector:
//
//   score = log10(1 + amount at risk in major units)      10 → 1.04, 1,000 → 3.0, 100,000 → 5.0
//         × (1 + min(days late, 365) / 30)                 due today 1, a month late 2, a year late 13.2
//         × history factor                                 reliable 0.5, sporadic 1, new 1.25, chronic or never paying 1.5
//         × kind weight                                    below
//
// The logarithm keeps one huge invoice from burying every other row while still ranking 8,000 well
// above 200; a long-standing good payer (reliable) counts half, a customer without history a quarter
// more, a chronic one half more. So a 200.00 debt 20 days late of a reliable customer scores
// 2.30 × 1.67 × 0.5 = 1.92, an 8,000.00 debt 10 days late of a new one 3.90 × 1.33 × 1.25 = 6.50.
// Amounts in different currencies are compared in major units without conversion (the tool keeps no
// exchange rates): good enough to rank, never added.
import type { BehaviourCategory } from '../behaviour';
import { currencyDigits } from '../money';
import type { QueueRowKind } from './reasons';

export const HISTORY_FACTOR: Readonly<Record<BehaviourCategory, number>> = {
  reliable: 0.5,
  sporadic: 1,
  'temporary-difficulty': 1,
  new: 1.25,
  avoider: 1.5,
  'non-payer': 1.5,
};

// A promise or an instalment that was due is a commitment the customer made: it comes first at equal
// amounts. A hold suggestion protects future sales; a reminder before the due date can wait.
export const KIND_WEIGHT: Readonly<Record<QueueRowKind, number>> = {
  'promise-due': 1.3,
  'instalment-missed': 1.3,
  call: 1,
  letter: 1,
  'credit-hold': 0.9,
  'due-soon': 0.4,
};

export function rowScore(input: {
  amount: number;
  currency: string;
  daysLate: number;
  category: BehaviourCategory;
  kind: QueueRowKind;
}): number {
  const major = input.amount / 10 ** currencyDigits(input.currency);
  const lateness = 1 + Math.min(Math.max(input.daysLate, 0), 365) / 30;
  return (
    Math.log10(1 + Math.max(major, 0)) * lateness * HISTORY_FACTOR[input.category] * KIND_WEIGHT[input.kind]
  );
}
