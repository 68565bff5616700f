// What a Σ cell shows, in one place: the grid's totals row draws it and the column fitting measures it,
// so a total with its "+ 3 unknown" never ends up wider than its column.
import { plural } from '../../i18n';
import type { Totals } from './types';

type Line = Totals['currencies'][number];

export function totalText(
  line: Line,
  columnId: string,
  formatMoney: (minor: number, currency: string) => string,
): string | undefined {
  const sum = line.sums[columnId];
  const unknown = line.unknown?.[columnId] ?? 0;
  if (unknown > 0)
    return plural(unknown, 'grid.total.unknown.many', { sum: formatMoney(sum ?? 0, line.currency) });
  return sum === undefined ? undefined : formatMoney(sum, line.currency);
}

/**
 * The label of a totals line: "3 rows in EUR". DataGrid measures it to fit the first column and
 * GridTotals draws it, so both must call this.
 */
export function rowsInLabel(line: Pick<Line, 'count' | 'currency'>): string {
  return plural(line.count, 'grid.rowsIn.many', { currency: line.currency });
}
