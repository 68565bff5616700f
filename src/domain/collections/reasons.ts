// Every reason and label the collections workflow hands to the screen or a letter, as codes with the
// values their texts need. The words are in src/i18n/reasons/collections.ts, in six languages.
import type { BehaviourCategory } from '../behaviour';
import type { Jurisdiction } from '../types';
import type { CadenceWarning } from './cadence-guard';
import type { ScheduleError } from './plans';
import type { PolicyProblem } from './policy';
import type {
  CreditCheckSource,
  DisputeReason,
  DisputeResolution,
  DunningChannel,
  DunningLevelKind,
  EscalationStageKind,
  WriteOffReason,
} from './types';

export type QueueRowKind =
  'letter' | 'call' | 'promise-due' | 'instalment-missed' | 'credit-hold' | 'due-soon';
export type PromiseState = 'pending' | 'due' | 'kept' | 'broken';
export type InstalmentState = 'paid' | 'paid-late' | 'partly-paid' | 'missed' | 'due' | 'upcoming';
export type SettlementState = 'open' | 'accepted' | 'paid' | 'rejected' | 'expired';
export type LegalStepKind = 'demand' | 'order' | 'small-claims';
export type FeeLimit = 'max-three' | 'too-soon' | 'capped';

/** Why a row is in the queue, and what it proposes. */
export type QueueReason =
  | {
      code: 'collections.reason.overdue';
      params: { count: number; amount: number; currency: string; days: number };
    }
  | {
      code: 'collections.reason.step';
      params: { level: DunningLevelKind; channel: DunningChannel; since: string };
    }
  | { code: 'collections.reason.fee'; params: { amount: number; currency: string } }
  | { code: 'collections.reason.fee-limited'; params: { limit: FeeLimit; amount: number; currency: string } }
  | { code: 'collections.reason.pay-by'; params: { date: string } }
  | {
      code: 'collections.reason.due-soon';
      params: { count: number; amount: number; currency: string; due: string };
    }
  | { code: 'collections.reason.receipt-check'; params: { count: number; issued: string } }
  | {
      code: 'collections.reason.promise-due';
      params: { date: string; amount: number; paid: number; currency: string };
    }
  | {
      code: 'collections.reason.promise-broken';
      params: { date: string; amount: number; paid: number; currency: string };
    }
  | {
      code: 'collections.reason.instalment-missed';
      params: { number: number; of: number; due: string; amount: number; currency: string };
    }
  | {
      code: 'collections.reason.plan-accelerated';
      params: { missed: number; amount: number; currency: string };
    }
  | { code: 'collections.reason.over-limit'; params: { open: number; limit: number; currency: string } }
  | { code: 'collections.reason.days-late'; params: { days: number; threshold: number } }
  | { code: 'collections.reason.broken-promise'; params: { date: string } }
  | { code: 'collections.reason.partly-disputed'; params: { amount: number; currency: string } }
  | { code: 'collections.reason.settlement-expired'; params: { deadline: string } }
  | { code: 'collections.reason.handed-over'; params: { to: string; on: string } }
  | {
      code: 'collections.reason.no-credit-check';
      params: { open: number; threshold: number; currency: string };
    }
  | { code: 'collections.reason.history'; params: { category: BehaviourCategory } };

/** Labels of the collections vocabulary: steps, channels, row kinds, states, reasons chosen by the user. */
export type CollectionsLabel =
  | { code: `collections.level.${DunningLevelKind}` }
  | { code: `collections.channel.${DunningChannel}` }
  | { code: `collections.kind.${QueueRowKind}` }
  | { code: `collections.promise.${PromiseState}` }
  | { code: `collections.instalment.${InstalmentState}` }
  | { code: `collections.settlement.${SettlementState}` }
  | { code: `collections.dispute.${DisputeReason}` }
  | { code: `collections.resolution.${DisputeResolution}` }
  | { code: `collections.write-off.${WriteOffReason}` }
  | { code: `collections.stage.${EscalationStageKind}` }
  | { code: `collections.check.${CreditCheckSource}` };

/** The next legal step under a governing law (rules.md §6), as names and bases, never advice. */
export type LegalReason =
  | { code: 'collections.legal.step'; params: { step: LegalStepKind; law: Jurisdiction | 'cross-border' } }
  | { code: 'collections.legal.none'; params: { step: LegalStepKind; law: Jurisdiction | 'cross-border' } }
  | { code: 'collections.legal.court' }
  | { code: 'collections.legal.disclaimer' };

export type CollectionsReason =
  | QueueReason
  | CollectionsLabel
  | LegalReason
  | CadenceWarning
  | PolicyProblem
  | ScheduleError
  | { code: `collections.category.${BehaviourCategory}` };
