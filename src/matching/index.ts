// Bank matching: which open invoices each incoming bank line pays, why, and the payment a confirmed
// suggestion becomes. Pure; reasons are codes (words in src/i18n/reasons/matching.ts).

export type {
  BankLineInput,
  OpenInvoice,
  MatchReason,
  MatchReasonCode,
  MatchAllocation,
  MatchSuggestion,
  MatchOptions,
  MatchResult,
} from './types';
export { MATCH_WEIGHTS, DEFAULT_NAME_THRESHOLD } from './types';
export { foldText, numberTokens, normaliseInvoiceNumber } from './reference';
export { nameTokens, nameSimilarity } from './names';
export { matchBankLines } from './match';
export { paymentFromSuggestion } from './payment';
