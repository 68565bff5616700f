// Reason codes to words, for any language: the one module that turns what the rules and the reader
// return ({ code, params }) into sentences. The screen calls it with the interface language, letters
// with the customer's. Each area keeps its texts in a file of its own beside this one.
import { elideItalian } from '../it-elision';
import { oneFullStop } from '../full-stop';
import type { Language } from '../../domain/types';
import { formatterFor, type Fmt } from './format';
import type { Coded, LanguageTexts } from './types';
import { ledgerTexts, type LedgerLabel } from './ledger';
import { backupTexts, type BackupReason } from './backup';
import { storageTexts, type StorageReason } from './storage';
import { interestTexts, type InterestReason } from './interest';
import { termsTexts, type TermsReason } from './terms';
import { feesTexts, type FeesReason } from './fees';
import { ratesTexts, type RateTableProblem } from './rates';
import { accountTexts, type AccountLabel } from './account';
import { behaviourTexts, type BehaviourText } from './behaviour';
import { lawTexts, type GoverningLawLabel } from './law';
import { matchingTexts, type MatchingReason } from './matching';
import { csvTexts, type CsvReason } from './csv';
import { lettersTexts, type LettersReason } from './letters';
import { collectionsTexts, type CollectionsReason } from './collections';
import { dashboardTexts, type DashboardLabel } from './dashboard';

export type { Coded, LanguageTexts, Texts } from './types';
export { formatterFor, type Fmt } from './format';
export { JURISDICTION_NAMES } from './interest';

/** Every code the app can put into words. */
export type Reason =
  | LedgerLabel
  | BackupReason
  | StorageReason
  | InterestReason
  | TermsReason
  | FeesReason
  | RateTableProblem
  | AccountLabel
  | BehaviourText
  | GoverningLawLabel
  | MatchingReason
  | CsvReason
  | LettersReason
  | CollectionsReason
  | DashboardLabel;

/** Every area's texts; codes are unique across areas (each area prefixes its own). */
export const REASON_TABLES: LanguageTexts<Coded>[] = [
  ledgerTexts,
  backupTexts,
  storageTexts,
  interestTexts,
  termsTexts,
  feesTexts,
  ratesTexts,
  accountTexts,
  behaviourTexts,
  lawTexts,
  matchingTexts,
  csvTexts,
  lettersTexts,
  collectionsTexts,
  dashboardTexts,
] as unknown as LanguageTexts<Coded>[];

type AnyText = (params: object, f: Fmt) => string;
const byCode = new Map<string, LanguageTexts<Coded>>();
for (const table of REASON_TABLES) for (const code of Object.keys(table.en)) byCode.set(code, table);

/** The text of a reason in a language (and the number and date conventions of `country`). */
export function reasonText(reason: Reason, language: Language, country = ''): string {
  const table = byCode.get(reason.code);
  const text = table?.[language][reason.code as never] as AnyText | undefined;
  if (!text) throw new Error(`reasons: no text for ${reason.code}`);
  const said = oneFullStop(text((reason as Coded).params ?? {}, formatterFor(language, country)));
  return language === 'it' ? elideItalian(said) : said;
}
