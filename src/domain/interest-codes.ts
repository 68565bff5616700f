// What the interest rules say about a computation, as codes with the figures their words need: how the
// figure was reached (the explanation), what to watch (warnings) and what could not be computed
// (errors). src/i18n/reasons/interest.ts puts them into any interface or letter language.

import type { DayCount, FixingMode } from './jurisdictions';
import type { RateTableId } from './rates/types';
import type { CurrencyCode, DebtorKind, IsoDate, Jurisdiction } from './types';

/** One stretch of a statutory rate: the reference (null when missing), the margin and the fixing. */
export interface RateStep {
  from: IsoDate;
  to: IsoDate;
  /** `'2024-H1'` where the reference is fixed per half-year, else null. */
  half: string | null;
  /** The day the reference was read (UK: 31 Dec / 30 Jun; RO half-year: 1 Jan / 1 Jul), else null. */
  fixedOn: IsoDate | null;
  referencePercent: number | null;
  /** Reference + margin; null when the reference is missing. */
  ratePercent: number | null;
}

/** Why no interest runs at all. */
export type NoInterestWhy =
  | 'not-overdue'
  | 'paid-before-start'
  | 'no-statutory-rate'
  | 'consumer-not-covered'
  | 'awaiting-formal-notice';

/**
 * How the figure was reached, as data: a letter prints it in the customer's language.
 * - `interest.statutory`: reference table + margin, fixed per `fixing`, counted on `dayCount`.
 * - `interest.contract`: the agreed rate (a monthly rate is shown with its yearly equivalent).
 * - `interest.none`: nothing runs, and why.
 */
export type InterestExplanation =
  | {
      code: 'interest.statutory';
      params: {
        jurisdiction: Jurisdiction;
        debtor: DebtorKind;
        table: RateTableId;
        marginPp: number;
        fixing: FixingMode;
        dayCount: DayCount;
        steps: RateStep[];
      };
    }
  | {
      code: 'interest.contract';
      params: {
        jurisdiction: Jurisdiction;
        annualPercent: number;
        /** The agreed monthly rate when the contract states one, else null. */
        monthlyPercent: number | null;
        dayCount: DayCount;
      };
    }
  | {
      code: 'interest.none';
      params: { why: NoInterestWhy; jurisdiction: Jurisdiction; until: IsoDate };
    };

export type InterestWarning =
  | {
      code: 'interest.day-count-unusual';
      params: { dayCount: DayCount; usual: DayCount; jurisdiction: Jurisdiction };
    }
  | { code: 'interest.payment-ignored'; params: { amount: number; currency: CurrencyCode; date: IsoDate } }
  | { code: 'interest.awaiting-formal-notice'; params: { jurisdiction: Jurisdiction } }
  | { code: 'interest.no-statutory-rate'; params: { jurisdiction: Jurisdiction } }
  | { code: 'interest.consumer-not-covered'; params: { jurisdiction: Jurisdiction } }
  | {
      code: 'interest.contract-date-assumed';
      params: { marginPp: number; before: IsoDate; earlierMarginPp: number };
    }
  | {
      code: 'interest.rate-mode-not-offered';
      params: { mode: FixingMode; used: FixingMode; jurisdiction: Jurisdiction };
    }
  | { code: 'interest.rate-unconfirmed'; params: { table: RateTableId; ratePercent: number; from: IsoDate } }
  | { code: 'interest.uncertain-day'; params: { table: RateTableId; from: IsoDate; to: IsoDate } }
  | { code: 'interest.both-contract-rates' }
  | { code: 'interest.floor-unknown'; params: { half: string; multiple: number } }
  | { code: 'interest.below-floor'; params: { half: string; multiple: number; legalPercent: number } };

/** A stretch that could not be computed: `total` leaves it out. */
export interface InterestError {
  code: 'interest.missing-rate';
  params: {
    table: RateTableId;
    /** The interest stretch left out. */
    from: IsoDate;
    to: IsoDate;
    /** The reference that is missing: a half-year label or the fixing day, or the stretch itself. */
    fixing: string;
    /** The table's gap (missingTo null: open-ended). */
    missingFrom: IsoDate;
    missingTo: IsoDate | null;
  };
  from: IsoDate;
  to: IsoDate;
}

export type InterestReason = InterestExplanation | InterestWarning | InterestError;
