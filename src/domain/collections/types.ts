// Stored shapes of the collections workflow (issue #10): the dunning policy, disputes, escalation,
// credit checks. New fields of existing records are declared in `../types.ts` and typed from here.
import type { CurrencyCode, IsoDate, LetterKind } from '../types';

/** The steps of a dunning round, in their usual order. */
export type DunningLevelKind =
  'receipt-check' | 'courtesy' | 'reminder-1' | 'call' | 'reminder-2' | 'final-notice' | 'escalation';

export type DunningChannel = 'letter' | 'email' | 'call';

export interface DunningLevel {
  kind: DunningLevelKind;
  enabled: boolean;
  /** Days from `from` (the invoice's issue or due date); negative = before. */
  offsetDays: number;
  from: 'issue' | 'due';
  channel: DunningChannel;
  /** The letter this step prints, when it prints one. */
  letterKind: LetterKind | null;
  /** Fee charged with this step, minor units of the customer's currency (jurisdiction caps apply). */
  fee: number;
  /** The step is taken only when the customer's overdue total reaches this (minor units). */
  minAmount: number;
  /** Days the letter gives to pay (its "pay by" date); 0 = none stated. */
  deadlineDays: number;
}

export interface DunningPolicy {
  levels: DunningLevel[];
  /** Each reminder states a new payment deadline and the next step waits for it to pass. */
  moveDeadline: boolean;
  /** Contact guard for contacts about to be made. */
  cadence: ContactCadence;
  /** Credit-hold suggestions. */
  hold: HoldRules;
  /** A customer without a credit check is flagged when its open balance passes this (minor units). */
  creditCheckThreshold: number;
  /** Days after the promised date before an unpaid promise counts as broken (bank transfers take a day or two). */
  promiseGraceDays: number;
  /** Days after an instalment's date before it counts as missed. */
  instalmentGraceDays: number;
}

export interface ContactCadence {
  /** Days between two contacts the user makes (letters, emails, calls, visits). */
  minDaysBetween: number;
  /** Local time window in the customer's time zone, `HH:MM`, for calls and visits. */
  earliest: string;
  latest: string;
  /** Most contacts made in a calendar month. */
  maxPerMonth: number;
}

export interface HoldRules {
  /** Suggest a hold when the oldest overdue invoice is this many days late (0 = never). */
  daysLate: number;
  /** Suggest a hold over the credit limit. */
  overLimit: boolean;
  /** Suggest a hold after a promise broken within this many days (0 = never). */
  brokenPromiseDays: number;
}

/** What a customer changes in the policy: steps switched off or re-priced, no dunning at all. */
export interface DunningOverride {
  paused?: boolean;
  moveDeadline?: boolean;
  levels?: Partial<
    Record<
      DunningLevelKind,
      Partial<Pick<DunningLevel, 'enabled' | 'fee' | 'minAmount' | 'offsetDays' | 'channel'>>
    >
  >;
}

export type DisputeReason =
  'quality' | 'quantity' | 'price' | 'not-received' | 'already-paid' | 'terms' | 'other';
export type DisputeResolution = 'for-us' | 'credit-note' | 'partly';

/**
 * A dispute as read from the contact log (collections/disputes.ts): an entry of kind 'dispute' opens
 * one per invoice it names; a later 'dispute' entry with `resolves` closes it. Not stored on its own:
 * the log is the record, so the dispute and its resolution are evidence like any contact.
 */
export interface Dispute {
  /** The opening log entry. */
  id: string;
  customerId: string;
  invoiceId: string;
  /** Disputed part, minor units of the invoice's currency; absent = the whole invoice. */
  amount?: number;
  reason: DisputeReason;
  openedOn: IsoDate;
  resolvedOn?: IsoDate;
  resolution?: DisputeResolution;
  /** The credit note (Adjustment) that settled it for the customer, wholly or partly. */
  creditNoteId?: string;
  resolutionId?: string;
}

export type EscalationStageKind = 'agency' | 'small-claims' | 'lawyer';

export interface EscalationRecord {
  stage: EscalationStageKind;
  date: IsoDate;
  notes?: string;
  /** Fee paid or agreed for this stage (agency commission, court fee), minor units. */
  fee?: number;
  feeCurrency?: CurrencyCode;
  /** Agency commission as a percentage of what it recovers. */
  feePercent?: number;
}

export type CreditCheckSource = 'references' | 'credit-report' | 'annual-accounts' | 'other';

export interface CreditCheck {
  date: IsoDate;
  sources: CreditCheckSource[];
  notes?: string;
  /** The limit decided, minor units of the customer's currency. */
  limit?: number;
}

export type WriteOffReason =
  'uncollectable' | 'insolvency' | 'settlement' | 'small-balance' | 'dispute' | 'time-barred' | 'other';
