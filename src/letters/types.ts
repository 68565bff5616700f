// The letter as plain data, in two steps: `LetterInput` (figures, parties, dates: what the letter is
// about) and `LetterContent` (every string already in the customer's language, laid out as blocks: what
// the page shows). Both are plain JSON, so a letter can be archived and drawn again identically.
import type {
  CompanyProfile,
  CurrencyCode,
  DebtorKind,
  FeeKind,
  Instalment,
  IsoDate,
  Jurisdiction,
  Language,
  LetterKind,
} from '../domain/types';

export type { LetterKind };

export const LETTER_KINDS: readonly LetterKind[] = [
  'receipt-check',
  'courtesy-reminder',
  'reminder-1',
  'reminder-2',
  'final-notice',
  'statement',
  'interest-statement',
  'payment-plan',
  'settlement-offer',
  'settlement-confirmation',
  'discount-offer',
];

/** How a letter is sent: a final notice goes by a means that proves receipt (rules §5). */
export type SendingMethod =
  | 'ordinary'
  | 'raccomandata-pec'
  | 'recommande-ar'
  | 'recomandata-ar'
  | 'einschreiben'
  | 'registered-post'
  | 'recorded-delivery';

/** Why the law of the interest claim applies (rules §2, "Which law applies"). */
export type LawReason = 'seller-country' | 'consumer-country' | 'contract';

export interface LetterParty {
  name: string;
  /** Lines separated by "\n". */
  address: string;
  country: string;
  taxId?: string;
  email?: string;
  phone?: string;
}

export interface LetterInvoice {
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  amount: number;
  /** Payments received (never a write-off, a credit note or a discount). */
  paid: number;
  /** Credit notes (shown as such, not as paid). */
  credited?: number;
  /** Early-payment discounts taken (not money received: shown as such, not as paid). */
  discount?: number;
  /** Written off (not money received, no longer asked for: shown as such, not as paid). */
  writtenOff?: number;
  open: number;
  /** Days past due at the letter's date (0 when not yet due); for a paid invoice, at its payment. */
  daysLate: number;
  /** The day a paid-late invoice was settled, else null. */
  paidOn: IsoDate | null;
  /** The part of it under dispute, left out of `open` (a demand asks only for the rest). */
  contested?: number;
}

export interface LetterInterestPeriod {
  invoice: string;
  from: IsoDate;
  to: IsoDate;
  days: number;
  dayBasis: number;
  principal: number;
  ratePercent: number;
  referencePercent: number | null;
  marginPp: number | null;
  /** Rounded for display; the total is the rounded sum of the unrounded periods. */
  amount: number;
}

export interface LetterInterest {
  jurisdiction: Jurisdiction;
  /** The statute, e.g. "D.Lgs. 231/2002 art. 5", or the contract. */
  law: string;
  why: LawReason;
  /** Agreed contract rate in % a year, when the contract rate applies. */
  contractRatePercent: number | null;
  periods: LetterInterestPeriod[];
  /** Per invoice: its interest total (rounded once) and whether it was already paid late. */
  invoices: { invoice: string; total: number; paidLate: boolean; complete: boolean }[];
  total: number;
  /** False when some rate is missing: the figure is then not claimed as complete. */
  complete: boolean;
}

export interface LetterCompensation {
  invoice: string;
  amount: number;
  currency: CurrencyCode;
  law: string;
  /** Set when the law's amount was converted into `currency` (RO: 40 EUR in lei at a known rate). */
  converted?: { legalAmount: number; legalCurrency: CurrencyCode; rate: number };
}

export interface LetterFee {
  invoice: string | null;
  kind: FeeKind;
  amount: number;
}

export interface LetterAgingBucket {
  from: number;
  /** Inclusive upper bound in days past due; null is open-ended; 0 with from 0 is "not yet due". */
  to: number | null;
  amount: number;
}

export interface LetterPlan {
  instalments: Instalment[];
  principal: number;
  interestPercent: number;
  interest: number;
  fee: number;
  total: number;
  /**
   * A plan agreed before the letter, with payments towards it since: the letter then dates the amount
   * acknowledged and says what was paid and what the instalments still ask. Null when nothing came.
   */
  progress: LetterPlanProgress | null;
}

/** Payments towards a plan from the day it was agreed to the letter's date (domain `planProgress`). */
export interface LetterPlanProgress {
  agreedOn: IsoDate;
  /** The part of each instalment paid, in order (the payments go to the oldest instalment first). */
  instalmentsPaid: number[];
  /** Their sum: at most the plan's total. */
  paid: number;
  /** What the instalments still ask: the plan's total − `paid`. */
  remaining: number;
}

export interface LetterLayout {
  page: 'a4' | 'letter';
  /** Address window: left (DIN 5008) or right (usual in FR, IT, ES). */
  window: 'left' | 'right';
}

export interface LetterInput {
  kind: LetterKind;
  language: Language;
  /** The letter's date; also fixes the PDF's creation date, so a reprint gives the same bytes. */
  date: IsoDate;
  deadline: IsoDate;
  /** Place printed before the date ("Milano, 3 dicembre 2026"); may be empty. */
  place: string;
  company: CompanyProfile;
  customer: LetterParty & { id: string; debtor: DebtorKind };
  /** The governing law (of the interest and of the final notice). */
  jurisdiction: Jurisdiction;
  currency: CurrencyCode;
  invoices: LetterInvoice[];
  interest: LetterInterest | null;
  compensation: LetterCompensation[];
  /**
   * A compensation owed in a currency other than the letter's that no known rate puts into it (RO: 40 EUR
   * per late invoice, payable in lei at the BNR rate of the day of payment): stated apart, never added to
   * `totals` (amounts in different currencies are never added, as on the screens).
   */
  compensationApart: LetterCompensation[];
  fees: LetterFee[];
  totals: { open: number; interest: number; compensation: number; fees: number; due: number };
  payment: { iban: string; bic: string; reference: string; methods: string };
  sending: SendingMethod;
  tracking: string;
  /**
   * The plan an agreement sets out: its instalments and what they sum to, split into the principal
   * acknowledged, the interest at its yearly rate and the fee (domain `planTerms`), and what was paid
   * towards it since it was agreed.
   */
  plan: LetterPlan | null;
  settlement: { amount: number; deadline: IsoDate } | null;
  discount: { percent: number; deadline: IsoDate; amount: number; discounted: number } | null;
  aging: LetterAgingBucket[] | null;
  layout: LetterLayout;
}

// --- content: what is drawn -----------------------------------------------------------------------

export type Align = 'left' | 'right';

export type Block =
  | { type: 'paragraph'; text: string; bold?: boolean }
  | {
      type: 'table';
      head: string[];
      align: Align[];
      /** Relative column widths. */
      widths: number[];
      /**
       * Columns that may be left out, first one first, when the table is too wide for the page even
       * with its figures set smaller (an invoice's issue date beside its due date).
       */
      optional?: number[];
      /**
       * The currency as the table's amounts show it ("RON", "€", "kr."): a table still too wide without
       * its optional columns names it once in the amounts' headings and prints the bare figures.
       */
      unit?: string;
      rows: string[][];
      foot: string[][];
    }
  | { type: 'totals'; rows: [string, string][] }
  | { type: 'payment'; title: string; lines: string[]; qr: string | null; qrLabel: string }
  | { type: 'signature'; parties: { role: string; name: string }[]; dateLabel: string; signLabel: string };

export interface LetterContent {
  /** 32 hex digits from the letter's own data: the PDF's file id. */
  id: string;
  /** PDF date string `D:YYYYMMDD000000+00'00'` from the letter's date. */
  created: string;
  title: string;
  layout: LetterLayout;
  letterhead: { name: string; lines: string[]; logo: string | null };
  /** Return address printed small above the recipient (DIN 5008). */
  returnAddress: string;
  /** The sending method printed above the address, e.g. "Raccomandata A/R"; '' for ordinary post. */
  marking: string;
  recipient: string[];
  placeDate: string;
  subject: string;
  blocks: Block[];
  /** "Page {n} of {total}" in the letter's language. */
  pageLabel: string;
  /** The header repeated on every page after the first. */
  runningHeader: string;
  /**
   * Texts a line of the PDF never breaks inside: the letter's dates in words ("5 January 2027", "5.
   * Januar 2027"), which read as two things when "5 January" ends a line and "2027" starts the next.
   * Absent from a letter archived before it: reprinted as it was first drawn.
   */
  keepTogether?: readonly string[];
}
