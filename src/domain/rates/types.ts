// Reference-rate tables are data the user can read, correct and extend (a new half-year arrives twice a
// year). The rules only look values up; they never fill a missing value with a neighbour's.

import type { IsoDate } from '../types';

/**
 * One row of a rate table.
 *
 * - In a `half-year` table the row covers exactly the half-year starting at `from` (1 Jan or 1 Jul);
 *   a half-year without a row is missing (it never inherits the previous half-year's value).
 * - In a `changes` table the row holds from `from` until the next row's `from` (the last row holds on).
 *
 * `ratePercent: null` marks a gap: the rate over that stretch is not known, and interest over it is
 * reported as an error naming the stretch. A date before a table's first row is missing too.
 */
export interface RateRow {
  from: IsoDate;
  ratePercent: number | null;
  /** The value (or, with `dateUnknown`, its date) could not be checked against an official source. */
  unconfirmed?: boolean;
  /**
   * Only the month of the change is known. Convention: `from` is then the LAST day of that month, and
   * any interest period or fixing day inside that month is flagged as uncertain.
   */
  dateUnknown?: boolean;
  note?: string;
}

export type RateTableKind = 'half-year' | 'changes';

export interface RateTable {
  name: string;
  source: string;
  kind: RateTableKind;
  rows: RateRow[];
}

export type RateTableId =
  'ecb' | 'basiszins' | 'nationalbanken' | 'bankRate' | 'bnr' | 'tauxLegal' | 'tassoLegale';

/** The full set of tables the rules read. Pass an edited or extended copy to the rules to override. */
export type RateTables = Record<RateTableId, RateTable>;

/** Rows for every half-year from `first` to `last` inclusive (`'2016-H2'`), all at one rate. */
export function halfYearRows(
  first: string,
  last: string,
  ratePercent: number,
  unconfirmed = false,
): RateRow[] {
  const index = (h: string): number => {
    const m = /^(\d{4})-H([12])$/.exec(h);
    if (!m) throw new Error(`rates: not a half-year: ${JSON.stringify(h)}`);
    return Number(m[1]) * 2 + Number(m[2]) - 1;
  };
  const rows: RateRow[] = [];
  for (let i = index(first); i <= index(last); i++) {
    const year = Math.floor(i / 2);
    const from = `${year}-${i % 2 === 0 ? '01' : '07'}-01`;
    rows.push(unconfirmed ? { from, ratePercent, unconfirmed: true } : { from, ratePercent });
  }
  return rows;
}
