// The matcher's inputs and outputs: bank lines, open invoices, suggestions with their reasons.

import type { PaymentTerms } from '../domain/types';

export interface BankLineInput {
  id: string;
  /** 1-based line in the statement file; breaks ties between lines of the same date. */
  line: number;
  date: string;
  /** Minor units, signed: incoming > 0. */
  amount: number;
  currency: string;
  counterparty: string;
  reference: string;
}

export interface OpenInvoice {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  /** Gross amount, minor units (discounts are computed on it). */
  amount: number;
  /** Open balance now, minor units. */
  open: number;
  terms?: PaymentTerms;
}

/** Money in a reason: minor units and the line's currency (the text formats it in the reader's language). */
interface Paid {
  amount: number;
  currency: string;
}

/**
 * Why a suggestion was made, as a code and the values its text needs (words in
 * `src/i18n/reasons/matching.ts`). `afterEarlier`: earlier lines of the statement already took part
 * of the balance.
 */
export type MatchReason =
  | { code: 'match.number-in-reference'; params: { numbers: string[] } }
  /** `count` 1: one invoice's balance (`number` when named by the amount, `onlyOne` when no other has it). */
  | {
      code: 'match.exact-amount';
      params: Paid & {
        open: number;
        count: number;
        afterEarlier: boolean;
        number?: string;
        onlyOne?: boolean;
      };
    }
  /** Early-payment discount: `tier` (one invoice named), `sum` (several), `invoice` (found by amount). */
  | {
      code: 'match.discounted-amount';
      params: Paid & { via: 'tier'; deadline: string; percent: number; discount: number };
    }
  | { code: 'match.discounted-amount'; params: Paid & { via: 'sum'; date: string } }
  | { code: 'match.discounted-amount'; params: Paid & { via: 'invoice'; number: string; date: string } }
  | { code: 'match.name-similar'; params: { customer: string; similarity: number } }
  | { code: 'match.sum-of-invoices'; params: Paid & { numbers: string[] } }
  | { code: 'match.partial'; params: Paid & { open: number; afterEarlier: boolean } }
  | { code: 'match.overpayment'; params: { excess: number; currency: string } }
  | { code: 'match.oldest-first' };

export type MatchReasonCode = MatchReason['code'];

export interface MatchAllocation {
  invoiceId: string;
  amount: number;
  discount?: number;
}

export interface MatchSuggestion {
  lineId: string;
  allocations: MatchAllocation[];
  customerId: string | null;
  /** 0..1, rounded to 3 decimals. */
  confidence: number;
  reasons: MatchReason[];
  /** Part of the payment left as credit. */
  unapplied: number;
}

export interface MatchOptions {
  /** Name similarity (0..1) from which a payer counts as the customer. Default 0.8. */
  nameThreshold?: number;
  /** Minor units an amount may differ by and still count as the same amount. Default 5. */
  tolerance?: number;
}

export interface MatchResult {
  /** One per matched incoming line, in input order. */
  suggestions: MatchSuggestion[];
  /** Ids of incoming lines with no suggestion, in input order. */
  unmatched: string[];
  /** Count of outgoing lines (amount ≤ 0), ignored. */
  outgoing: number;
}

/** Evidence weights, combined as a noisy-OR: confidence = 1 − Π(1 − w). */
export const MATCH_WEIGHTS = {
  number: 0.85,
  weakNumber: 0.6,
  amount: 0.5,
  globalAmount: 0.4,
  sum: 0.4,
  /** Multiplied by the similarity. */
  name: 0.4,
  oldestFirst: 0.1,
} as const;

export const DEFAULT_NAME_THRESHOLD = 0.8;
