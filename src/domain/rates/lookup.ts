// Looking values up in rate tables, reporting gaps and uncertain dates instead of guessing.

import { addDays, dateParts, isIsoDate, startOfMonth } from '../dates';
import type { IsoDate } from '../types';
import type { RateRow, RateTable } from './types';

export type RateLookup =
  | { ok: true; ratePercent: number; row: RateRow; uncertainDay: boolean }
  | { ok: false; missingFrom: IsoDate; missingTo: IsoDate | null };

/** `'2024-H1'` for any date in January–June 2024. */
export function halfYearLabel(date: IsoDate): string {
  const { year, month } = dateParts(date);
  return `${year}-H${month <= 6 ? 1 : 2}`;
}

export function halfYearStart(date: IsoDate): IsoDate {
  const { year, month } = dateParts(date);
  return `${year}-${month <= 6 ? '01' : '07'}-01`;
}

export function halfYearEnd(date: IsoDate): IsoDate {
  const { year, month } = dateParts(date);
  return month <= 6 ? `${year}-06-30` : `${year}-12-31`;
}

/** The table's rows by date: the rows themselves when they are in order already (the shipped tables). */
function sortedRows(table: RateTable): readonly RateRow[] {
  const rows = table.rows;
  for (let i = 1; i < rows.length; i++)
    if (rows[i - 1]!.from > rows[i]!.from)
      return [...rows].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return rows;
}

/** The rate a table gives for one day (for a half-year table: that day's half-year). */
export function rateOn(table: RateTable, date: IsoDate): RateLookup {
  if (table.kind === 'half-year') {
    const start = halfYearStart(date);
    const row = table.rows.find((r) => r.from === start);
    if (!row || row.ratePercent === null)
      return { ok: false, missingFrom: start, missingTo: halfYearEnd(date) };
    return { ok: true, ratePercent: row.ratePercent, row, uncertainDay: false };
  }
  const rows = sortedRows(table);
  let index = -1;
  for (let i = 0; i < rows.length && rows[i]!.from <= date; i++) index = i;
  const row = rows[index];
  const next = rows[index + 1];
  if (!row || row.ratePercent === null) {
    const missingTo = next ? addDays(next.from, -1) : null;
    return { ok: false, missingFrom: row ? row.from : '0001-01-01', missingTo };
  }
  // Only a day before the next change's conventional date (its month's last day), in that month, could
  // already have the next rate; and only if the rate really changes. On the last day itself, or after,
  // the rate is the same whatever the day was.
  const uncertainDay =
    next?.dateUnknown === true && date >= startOfMonth(next.from) && next.ratePercent !== row.ratePercent;
  return { ok: true, ratePercent: row.ratePercent, row, uncertainDay };
}

export interface ChangeSegment {
  from: IsoDate;
  to: IsoDate;
  lookup: RateLookup;
  /** The piece overlaps the month of a change whose day is unknown: its rate may be wrong there. */
  uncertainDay: boolean;
}

/**
 * Splits `from…to` (both inclusive) at every change of a `changes` table, or at every half-year of a
 * `half-year` table, with the rate of each piece. A piece touching the month of a change whose day is
 * unknown is marked `uncertainDay` (it is not split there: the rate is the same either side of the
 * month's start, so a split would only add a line).
 */
export function rateSegments(table: RateTable, from: IsoDate, to: IsoDate): ChangeSegment[] {
  const cuts = new Set<IsoDate>();
  if (table.kind === 'half-year') {
    for (let d = halfYearEnd(from); d < to; d = halfYearEnd(addDays(d, 1))) cuts.add(d);
  } else {
    for (const row of table.rows) {
      if (row.from > from && row.from <= to) cuts.add(addDays(row.from, -1));
    }
  }
  const segments: ChangeSegment[] = [];
  let start = from;
  // Days of a change's month before its conventional (last) day might already have the new rate: a
  // piece is uncertain only if it has such days and the rate really changes there.
  const sorted = sortedRows(table);
  const unknownMonths = sorted
    .map((r, i) => ({ r, prev: sorted[i - 1] }))
    .filter(
      ({ r, prev }) => r.dateUnknown && r.from > startOfMonth(r.from) && prev?.ratePercent !== r.ratePercent,
    )
    .map(({ r }) => ({ from: startOfMonth(r.from), to: addDays(r.from, -1) }));
  const piece = (a: IsoDate, b: IsoDate): ChangeSegment => ({
    from: a,
    to: b,
    lookup: rateOn(table, a),
    uncertainDay: unknownMonths.some((m) => m.from <= b && m.to >= a),
  });
  for (const cut of [...cuts].sort()) {
    segments.push(piece(start, cut));
    start = addDays(cut, 1);
  }
  segments.push(piece(start, to));
  return segments;
}

/** A problem that makes a (user-edited) table unusable or suspicious; `table` is the table's name. */
export type RateTableProblem =
  | { code: 'rates.not-a-date'; params: { table: string; value: string } }
  | { code: 'rates.duplicate-row'; params: { table: string; from: IsoDate } }
  | { code: 'rates.half-year-start'; params: { table: string; from: IsoDate } }
  | { code: 'rates.not-decimal'; params: { table: string; from: IsoDate; value: number } };

/** Problems that make a (user-edited) table unusable or suspicious, as codes. */
export function tableProblems(table: RateTable): RateTableProblem[] {
  const problems: RateTableProblem[] = [];
  const seen = new Set<string>();
  const name = table.name;
  for (const row of table.rows) {
    if (!isIsoDate(row.from)) {
      problems.push({ code: 'rates.not-a-date', params: { table: name, value: JSON.stringify(row.from) } });
      continue;
    }
    if (seen.has(row.from))
      problems.push({ code: 'rates.duplicate-row', params: { table: name, from: row.from } });
    seen.add(row.from);
    if (table.kind === 'half-year' && !/-(01|07)-01$/.test(row.from))
      problems.push({ code: 'rates.half-year-start', params: { table: name, from: row.from } });
    if (row.ratePercent !== null && !isExactDecimal(row.ratePercent))
      problems.push({
        code: 'rates.not-decimal',
        params: { table: name, from: row.from, value: row.ratePercent },
      });
  }
  return problems;
}

/** True when `String(value)` is a plain decimal ("4.25", "-0.88"), never "1e-7" or "NaN". */
export function isExactDecimal(value: number): boolean {
  return Number.isFinite(value) && /^-?\d+(\.\d+)?$/.test(String(value));
}
