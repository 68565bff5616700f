// Every stored record type, in one place. Plain data: the db layer stores these, the rules read them.
// Money fields are integers in minor units of the record's `currency`; dates are ISO `YYYY-MM-DD`.

export type IsoDate = string;
export type CurrencyCode = string;
export type Jurisdiction = 'EU' | 'IT' | 'FR' | 'RO' | 'DK' | 'DE' | 'UK' | 'US';
export type Language = 'en' | 'it' | 'fr' | 'ro' | 'da' | 'de';
/** The interface and letter languages: the one list. */
export const LANGUAGES: readonly Language[] = ['en', 'it', 'fr', 'ro', 'da', 'de'];
export type DebtorKind = 'business' | 'consumer';
import type {
  CreditCheck,
  DisputeReason,
  DisputeResolution,
  DunningLevelKind,
  DunningOverride,
  EscalationRecord,
  EscalationStageKind,
  WriteOffReason,
} from './collections/types';

/** One early-payment discount tier: `percent` off when paid within `days` of the issue date. */
export interface DiscountTier {
  percent: number;
  days: number;
}

/**
 * How an end-of-month term is read (rules.md §2 "End-of-month terms"):
 * - `month-end-plus-days`: the end of the issue month, then + N days (Danish "løbende måned + 30 dage",
 *   English "30 days EOM", French by default);
 * - `days-then-month-end`: issue + N days, then to the end of that month (Italian "30 gg d.f.f.m.").
 */
export type EomReading = 'month-end-plus-days' | 'days-then-month-end';

/**
 * Payment terms. `net`: due `days` after issue. `eom`: `days` and the end of a month, combined as
 * `eomReading` says ("30 giorni fine mese" is `{ type: 'eom', days: 30, eomReading: 'days-then-month-end' }`).
 * `fixed`: the invoice's own due date stands.
 */
export interface PaymentTerms {
  type: 'net' | 'eom' | 'fixed';
  days: number;
  discounts?: DiscountTier[];
  /** End-of-month terms only: set from the term's wording when read; absent = month end + N days. */
  eomReading?: EomReading;
}

export type EscalationStage = 'none' | 'agency' | 'small-claims' | 'lawyer';

export interface Customer {
  id: string;
  name: string;
  taxId?: string;
  email?: string;
  phone?: string;
  address?: string;
  /** ISO 3166-1 alpha-2 country, e.g. 'IT', 'GB', 'US'. */
  country: string;
  language: Language;
  currency: CurrencyCode;
  debtor: DebtorKind;
  terms?: PaymentTerms;
  /** How this customer's end-of-month terms are read, whatever their wording says (practice varies). */
  eomReading?: EomReading;
  creditLimit?: number;
  creditHold: boolean;
  /**
   * Overrides the jurisdiction derived from the country. It is the consumer's own law for a consumer;
   * for a business customer the governing law is the company's unless `contractLaw` says otherwise.
   */
  jurisdiction?: Jurisdiction;
  /** The governing law agreed in the contract with this customer (overrides the default; see governingRule). */
  contractLaw?: Jurisdiction;
  /** Contract late-interest rate, annual %; when absent the statutory rate applies. */
  contractRatePercent?: number;
  escalation?: EscalationStage;
  references?: string;
  riskNotes?: string;
  notes?: string;
  importBatchId?: string;
  createdAt: IsoDate;
  /** Who should act on this customer (the salesperson who knows them). */
  accountOwner?: string;
  /** IANA time zone for calling hours; default from the country (collections/cadence-guard.ts). */
  timeZone?: string;
  /** No collections queue rows for this customer before this date. */
  snoozedUntil?: IsoDate;
  snoozeNote?: string;
  /** Handed to the account owner: the queue shows who acts. */
  handedOver?: { to: string; on: IsoDate };
  /** No more credit: cash on order. `holdSince` dates the credit hold. */
  cashOnly?: boolean;
  holdSince?: IsoDate;
  dunning?: DunningOverride;
  creditCheck?: CreditCheck;
  /** Escalation history, oldest first; the last one is the current stage. */
  escalations?: EscalationRecord[];
}

export type InvoiceStatus = 'open' | 'paid' | 'disputed' | 'written-off';

export interface Invoice {
  id: string;
  number: string;
  customerId: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  currency: CurrencyCode;
  /** Gross total, minor units, > 0. Credit notes are Adjustments, not negative invoices. */
  amount: number;
  terms?: PaymentTerms;
  description?: string;
  disputed?: boolean;
  notes?: string;
  importBatchId?: string;
  /** The governing law agreed for this invoice (overrides the customer's; see governingRule). */
  contractLaw?: Jurisdiction;
  /** The day the formal notice (mise en demeure, messa in mora) was sent: set by the final-notice letter or the log. */
  formalNoticeDate?: IsoDate;
}

export interface Allocation {
  invoiceId: string;
  /** Minor units of the payment applied to the invoice. */
  amount: number;
  /** Early-payment discount granted with this allocation (settles the invoice's rest). */
  discount?: number;
}

export interface Payment {
  id: string;
  date: IsoDate;
  amount: number;
  currency: CurrencyCode;
  customerId?: string;
  payer?: string;
  reference?: string;
  method?: string;
  allocations: Allocation[];
  /** Fingerprint of the bank line it came from, so re-importing a statement adds nothing twice. */
  bankLineKey?: string;
  importBatchId?: string;
}

export type AdjustmentKind = 'credit-note' | 'write-off' | 'fee';
export type FeeKind = 'compensation' | 'reminder' | 'interest' | 'other';

export interface Adjustment {
  id: string;
  kind: AdjustmentKind;
  feeKind?: FeeKind;
  customerId: string;
  invoiceId?: string;
  date: IsoDate;
  /** Positive minor units: a credit note or write-off lowers the balance, a fee raises it. */
  amount: number;
  currency: CurrencyCode;
  reason?: string;
  number?: string;
  waived?: boolean;
  waivedOn?: IsoDate;
  importBatchId?: string;
  /** Write-offs: why (a code), the settlement that led to it, the batch written off together. */
  writeOffReason?: WriteOffReason;
  settlementId?: string;
  batchId?: string;
}

export const ACTIVITY_KINDS = ['letter', 'email', 'call', 'visit', 'promise', 'note', 'dispute'] as const;

/**
 * What a note the app writes itself records: a decision on the account, made in its own panel, so that
 * the log tells the whole story of the case (a settlement, a write-off, a credit hold, an escalation).
 */
export const CASE_EVENTS = [
  'settlement-offered',
  'settlement-accepted',
  'settlement-rejected',
  'written-off',
  'write-off-reversed',
  'credit-hold',
  'cash-only',
  'hold-lifted',
  'escalated',
  'escalation-ended',
  'plan-proposed',
  'plan-agreed',
  'plan-cancelled',
] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface Activity {
  id: string;
  customerId: string;
  invoiceIds: string[];
  date: IsoDate;
  /** Local time `HH:MM`, when it matters (calls). */
  time?: string;
  kind: ActivityKind;
  outcome?: string;
  text?: string;
  promiseAmount?: number;
  promiseDate?: IsoDate;
  promiseKept?: boolean;
  letterId?: string;
  /** The dunning step this contact was. */
  dunningLevel?: DunningLevelKind;
  /** Incoming contacts (the customer called) never count against the cadence. */
  direction?: 'out' | 'in';
  /** Who made or took the contact. */
  by?: string;
  /** Fee charged with this reminder, minor units. */
  fee?: number;
  /** The log is append-only: a correction is a new entry pointing to the one it corrects. */
  corrects?: string;
  /** Why the user went ahead although the cadence guard warned. */
  overrideReason?: string;
  /** A dispute entry: why, and the contested part of its one invoice (absent = the whole). */
  disputeReason?: DisputeReason;
  disputeAmount?: number;
  /** A dispute entry that closes the dispute opened by entry `resolves`, and how. */
  resolves?: string;
  resolution?: DisputeResolution;
  creditNoteId?: string;
  planId?: string;
  settlementId?: string;
  /** A note the app wrote for a decision on the account (kind 'note'), and what it came to. */
  event?: CaseEvent;
  /** The event's amount (an offer, what was written off), minor units of `eventCurrency`. */
  eventAmount?: number;
  eventCurrency?: CurrencyCode;
  writeOffReason?: WriteOffReason;
  escalation?: EscalationStageKind;
}

export interface Instalment {
  dueDate: IsoDate;
  amount: number;
}

export interface PaymentPlan {
  id: string;
  customerId: string;
  invoiceIds: string[];
  currency: CurrencyCode;
  createdOn: IsoDate;
  instalments: Instalment[];
  status: 'proposed' | 'active' | 'completed' | 'broken' | 'cancelled';
  /** How the schedule was made (collections/plans.ts); absent on older plans. */
  frequency?: 'weekly' | 'monthly';
  /** Balance the plan covers, before interest and fee. */
  principal?: number;
  interestPercent?: number;
  fee?: number;
  /** The whole rest falls due after this many missed instalments (0 or absent = never). */
  accelerateAfter?: number;
}

export interface SettlementOffer {
  id: string;
  customerId: string;
  invoiceIds: string[];
  currency: CurrencyCode;
  offeredOn: IsoDate;
  amount: number;
  deadline: IsoDate;
  status: 'open' | 'accepted' | 'rejected' | 'expired';
  /** The offer as a share of the balance, when it was made that way. */
  percent?: number;
  /** Open balance of the invoices when offered. */
  balance?: number;
  acceptedOn?: IsoDate;
  /** Agency commission used to compare the offer with handing the debt over. */
  agencyFeePercent?: number;
}

export type LetterKind =
  | 'reminder-1'
  | 'reminder-2'
  | 'final-notice'
  | 'statement'
  | 'interest-statement'
  | 'payment-plan'
  | 'settlement-offer'
  | 'receipt-check'
  | 'courtesy-reminder'
  | 'settlement-confirmation'
  | 'discount-offer';

export interface Letter {
  id: string;
  customerId: string;
  invoiceIds: string[];
  kind: LetterKind;
  language: Language;
  date: IsoDate;
  /** What the letter said, as data, so it can be drawn again identically. */
  content: unknown;
}

export interface ImportBatch {
  id: string;
  kind: 'invoices' | 'customers' | 'payments' | 'bank-statement';
  fileName: string;
  /** SHA-256 of the file's bytes (hex), to recognise the same file twice. */
  fileHash: string;
  importedAt: string;
  /** The file's data rows, all of them. */
  rowCount: number;
  /**
   * Rows that became records (new or updated), and rows with problems left out when the user chose to
   * skip them (both absent in batches stored before them).
   */
  importedRows?: number;
  skippedRows?: number;
  /**
   * Of the rows written, those that updated a stored invoice; rows already stored as they were (not
   * written); an invoice's further lines, added to the invoice of its first line (each absent in
   * batches stored before them).
   */
  updatedRows?: number;
  unchangedRows?: number;
  lineRows?: number;
  /**
   * `bankLines`: lines of a bank statement stored for matching; `creditNotes`: those an invoice list's
   * negative amounts made (each absent in batches stored before it).
   */
  created: {
    invoices: number;
    customers: number;
    payments: number;
    bankLines?: number;
    creditNotes?: number;
  };
  undone?: boolean;
}

export interface CompanyProfile {
  name: string;
  address: string;
  taxId: string;
  iban: string;
  bic: string;
  email: string;
  phone: string;
  /** Data URL of the logo image (PNG or JPEG). */
  logo?: string;
  baseCurrency: CurrencyCode;
  country: string;
  language: Language;
}
