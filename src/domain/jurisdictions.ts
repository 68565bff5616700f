// Statutory late-interest rules per jurisdiction (docs rules §2): which reference rate, which margin,
// how the reference is fixed, the usual day count. Plain data plus two small look-ups.

import type { RateTableId } from './rates/types';
import type { DebtorKind, IsoDate, Jurisdiction } from './types';

export type DayCount = 'act/365' | 'act/act' | '30E/360';

/**
 * - `half-year`: the reference in force on 1 Jan applies to January–June, the one on 1 Jul to July–December;
 *   interest periods split at every 1 Jan / 1 Jul.
 * - `per-change`: periods split at every change of the reference (the Romanian option).
 * - `uk-fixed`: one rate for the whole debt: Bank Rate on 31 Dec for interest starting 1 Jan–30 Jun, on
 *   30 Jun for interest starting 1 Jul–31 Dec; never split at half-years.
 */
export type FixingMode = 'half-year' | 'per-change' | 'uk-fixed';

/** How a consumer debtor is treated when no contract rate is agreed. */
export type ConsumerRule =
  | { kind: 'margin'; marginPp: number }
  | { kind: 'same-as-business' }
  | { kind: 'not-covered' }
  | { kind: 'legal-rate-after-notice' }
  /** The legal rate of `table` from the due date, without a demand (IT: art. 1219(2)(3), 1284 c.c.). */
  | { kind: 'legal-rate'; table: RateTableId };

export interface EarlierMargin {
  /** The older margin applies when the deciding date is before this day. */
  before: IsoDate;
  marginPp: number;
  /** Which date decides: the contract's date (IT) or the claim's due date (DK). */
  decidedBy: 'contract-date' | 'due-date';
}

/** A rule that holds from one day to another (the law changes), with where it comes from. */
export interface TimeBoxed<T> {
  from: IsoDate | null;
  /** Last day it holds; null: still in force. */
  to: IsoDate | null;
  value: T;
  source: string;
  /** The dates or the value could not be checked against an official source. */
  unconfirmed?: boolean;
}

/** Statutory limits on reminder fees for one claim. */
export interface ReminderFeeCap {
  /** Highest fee per reminder, minor units of `currency`. */
  maxFee: number;
  currency: string;
  /** Most fee-bearing reminders per claim. */
  maxFees: number;
  /** Least days between two reminders for the later one to carry a fee. */
  minDaysBetween: number;
}

export interface JurisdictionRule {
  code: Jurisdiction;
  name: string;
  law: string;
  /** Reference-rate table, or null where no statutory rate exists (US). */
  reference: RateTableId | null;
  referenceLabel: string;
  /** Business-to-business margin over the reference, percentage points. */
  marginPp: number;
  earlierMargin?: EarlierMargin;
  consumer: ConsumerRule;
  fixing: FixingMode;
  fixingOptions: FixingMode[];
  dayCount: DayCount;
  dayCountOptions: DayCount[];
  /** FR: an agreed rate may not be below `multiple` × the taux légal (C. com. L441-10). */
  contractFloorMultiple?: number;
  /** How the statutory rate is fixed, over time (UK: one rate per debt), each with its source. */
  fixingRules?: TimeBoxed<FixingMode>[];
  /** Limits on reminder fees per claim, over time (DK renteloven §9b), each with its source. */
  reminderFeeCaps?: TimeBoxed<ReminderFeeCap>[];
}

const ACT: DayCount[] = ['act/365', 'act/act'];

export const jurisdictionRules: Record<Jurisdiction, JurisdictionRule> = {
  EU: {
    code: 'EU',
    name: 'European Union (Directive 2011/7/EU)',
    law: 'Directive 2011/7/EU art. 2(6)',
    reference: 'ecb',
    referenceLabel: 'ECB',
    marginPp: 8,
    consumer: { kind: 'not-covered' },
    fixing: 'half-year',
    fixingOptions: ['half-year'],
    dayCount: 'act/365',
    dayCountOptions: ACT,
  },
  IT: {
    code: 'IT',
    name: 'Italy',
    law: 'D.Lgs. 231/2002 art. 5 (as amended by D.Lgs. 192/2012)',
    reference: 'ecb',
    referenceLabel: 'BCE',
    marginPp: 8,
    // Contracts concluded before 1 Jan 2013 keep the old +7 pp (D.Lgs. 192/2012 art. 3).
    earlierMargin: { before: '2013-01-01', marginPp: 7, decidedBy: 'contract-date' },
    // D.Lgs. 231/2002 does not cover consumers: the tasso legale runs from the due date.
    consumer: { kind: 'legal-rate', table: 'tassoLegale' },
    fixing: 'half-year',
    fixingOptions: ['half-year'],
    dayCount: 'act/365',
    dayCountOptions: ACT,
  },
  FR: {
    code: 'FR',
    name: 'France',
    law: 'Code de commerce L441-10',
    reference: 'ecb',
    referenceLabel: 'BCE',
    marginPp: 10,
    consumer: { kind: 'legal-rate-after-notice' },
    fixing: 'half-year',
    fixingOptions: ['half-year'],
    dayCount: 'act/365',
    dayCountOptions: ACT,
    contractFloorMultiple: 3,
  },
  RO: {
    code: 'RO',
    name: 'Romania',
    law: 'O.G. 13/2011 art. 3 (Legea 72/2013)',
    reference: 'bnr',
    referenceLabel: 'BNR',
    marginPp: 8,
    consumer: { kind: 'margin', marginPp: 4 },
    fixing: 'half-year',
    fixingOptions: ['half-year', 'per-change'],
    dayCount: 'act/365',
    dayCountOptions: ACT,
  },
  DK: {
    code: 'DK',
    name: 'Denmark',
    law: 'Renteloven §5',
    reference: 'nationalbanken',
    referenceLabel: 'Nationalbanken',
    marginPp: 8,
    // Claims due before 1 Mar 2013 keep the old +7 pp.
    earlierMargin: { before: '2013-03-01', marginPp: 7, decidedBy: 'due-date' },
    // The same rate is the maximum for consumers.
    consumer: { kind: 'same-as-business' },
    fixing: 'half-year',
    fixingOptions: ['half-year'],
    dayCount: 'act/365',
    dayCountOptions: ['act/365', 'act/act', '30E/360'],
    reminderFeeCaps: [
      {
        from: '2013-03-01',
        to: null,
        value: { maxFee: 10_000, currency: 'DKK', maxFees: 3, minDaysBetween: 10 },
        source: 'Renteloven §9b (rykkergebyr: at most DKK 100, at most 3 per claim, at least 10 days apart)',
        unconfirmed: true,
      },
    ],
  },
  DE: {
    code: 'DE',
    name: 'Germany',
    law: 'BGB §288',
    reference: 'basiszins',
    referenceLabel: 'Basiszinssatz',
    marginPp: 9,
    consumer: { kind: 'margin', marginPp: 5 },
    fixing: 'half-year',
    fixingOptions: ['half-year'],
    dayCount: 'act/365',
    dayCountOptions: ACT,
  },
  UK: {
    code: 'UK',
    name: 'United Kingdom',
    law: 'Late Payment of Commercial Debts (Interest) Act 1998',
    reference: 'bankRate',
    referenceLabel: 'Bank of England Bank Rate',
    marginPp: 8,
    consumer: { kind: 'not-covered' },
    fixing: 'uk-fixed',
    fixingOptions: ['uk-fixed'],
    fixingRules: [
      {
        from: '2002-08-07',
        to: null,
        value: 'uk-fixed',
        source:
          'Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002 (SI 2002/1675): the reference rate is Bank Rate on 31 Dec / 30 Jun before the debt became due, fixed for the whole debt',
      },
    ],
    dayCount: 'act/365',
    dayCountOptions: ACT,
  },
  US: {
    code: 'US',
    name: 'United States',
    law: 'no statutory rate: the contract rate, within state usury limits',
    reference: null,
    referenceLabel: 'contract',
    marginPp: 0,
    consumer: { kind: 'not-covered' },
    fixing: 'half-year',
    fixingOptions: [],
    dayCount: 'act/365',
    dayCountOptions: ACT,
  },
};

export function jurisdictionRule(code: Jurisdiction): JurisdictionRule {
  return jurisdictionRules[code];
}

/**
 * The statutory margin for a debtor, in percentage points, or null where the law gives consumers no
 * statutory rate (EU, IT, UK, US) or only a different one (FR: the taux légal after a formal notice).
 */
export function statutoryMargin(
  rule: JurisdictionRule,
  debtor: DebtorKind,
  dates: { dueDate: IsoDate; contractDate?: IsoDate },
): number | null {
  if (debtor === 'consumer') {
    if (rule.consumer.kind === 'margin') return rule.consumer.marginPp;
    if (rule.consumer.kind !== 'same-as-business') return null;
  }
  const earlier = rule.earlierMargin;
  if (earlier) {
    const decidingDate = earlier.decidedBy === 'due-date' ? dates.dueDate : dates.contractDate;
    if (decidingDate !== undefined && decidingDate < earlier.before) return earlier.marginPp;
  }
  return rule.marginPp;
}

// prettier-ignore
const EU_MEMBERS = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'EL', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/** The jurisdiction for an ISO 3166-1 alpha-2 country (GB and UK both give 'UK'); null outside the EU, UK and US. */
export function jurisdictionForCountry(iso2: string): Jurisdiction | null {
  const code = iso2.trim().toUpperCase();
  switch (code) {
    case 'IT':
    case 'FR':
    case 'RO':
    case 'DK':
    case 'DE':
    case 'US':
      return code;
    case 'GB':
    case 'UK':
      return 'UK';
    default:
      return EU_MEMBERS.has(code) ? 'EU' : null;
  }
}

/** The rule of a time-boxed list that holds on a day, or null. */
export function ruleOn<T>(rules: readonly TimeBoxed<T>[] | undefined, date: IsoDate): TimeBoxed<T> | null {
  for (const r of rules ?? [])
    if ((r.from === null || r.from <= date) && (r.to === null || date <= r.to)) return r;
  return null;
}
