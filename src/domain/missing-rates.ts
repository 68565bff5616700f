// Which reference rates a book needs and the tables lack: exactly the half-years (or stretches of a
// table of changes) that interest runs over and no row gives, per table — for the Settings rate table
// to point at, and for totals to count as incomplete rather than zero.

import { halfYearLabel } from './rates/lookup';
import type { InterestError } from './interest-codes';
import type { RateTableId } from './rates/types';
import type { IsoDate } from './types';

export interface MissingRate {
  table: RateTableId;
  /** The table's gap: a half-year (from 1 Jan / 1 Jul to 30 Jun / 31 Dec) or a stretch of a table of changes. */
  from: IsoDate;
  /** Null: open-ended (nothing after `from`). */
  to: IsoDate | null;
  /** `'2026-H1'` when the gap is one half-year, else null. */
  half: string | null;
  /** How many computations (invoices) needed it. */
  uses: number;
}

/** The missing rates behind a set of interest results (their `errors`), per table and gap, sorted. */
export function missingRates(results: readonly { errors: readonly InterestError[] }[]): MissingRate[] {
  const by = new Map<string, MissingRate>();
  for (const r of results) {
    const seen = new Set<string>();
    for (const e of r.errors) {
      const p = e.params;
      const key = `${p.table}|${p.missingFrom}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const found = by.get(key);
      if (found) {
        found.uses++;
        continue;
      }
      const isHalf =
        /-(01|07)-01$/.test(p.missingFrom) &&
        p.missingTo !== null &&
        halfYearLabel(p.missingFrom) === halfYearLabel(p.missingTo) &&
        /-(06-30|12-31)$/.test(p.missingTo);
      by.set(key, {
        table: p.table,
        from: p.missingFrom,
        to: p.missingTo,
        half: isHalf ? halfYearLabel(p.missingFrom) : null,
        uses: 1,
      });
    }
  }
  return [...by.values()].sort((a, b) =>
    a.table < b.table ? -1 : a.table > b.table ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  );
}

/** A sum of figures some of which may be incomplete: never reads an unknown as a known zero. */
export function knownTotal(items: Iterable<{ total: number; complete: boolean }>): {
  total: number;
  incomplete: number;
} {
  let total = 0;
  let incomplete = 0;
  for (const i of items) {
    total += i.total;
    if (!i.complete) incomplete++;
  }
  return { total, incomplete };
}
