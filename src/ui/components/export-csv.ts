// Grid rows to a CSV download: each column's raw value becomes a typed cell (money stays a number,
// text is neutralised against formula injection by the CSV writer). A choice cell (a status, a
// category) is written as the screen shows it, as Ctrl+C copies it: in the interface language.
import { toCsv, type CsvCell, type CsvExportOptions } from '../../csv/export';
import type { GridColumn } from '../grid/types';

export function gridToCsv<R>(
  columns: readonly GridColumn<R>[],
  rows: readonly R[],
  options: CsvExportOptions,
): string {
  const cols = columns;
  const body: CsvCell[][] = rows.map((r) =>
    cols.map((c): CsvCell => {
      const v = c.value(r);
      if (v === null || v === undefined || v === '') return null;
      if (c.type === 'money' && typeof v === 'number')
        return { money: v, currency: c.currency?.(r) ?? 'EUR' };
      if (c.type === 'date' && typeof v === 'string') return { date: v };
      if (c.type === 'choice' && c.display) return c.display(r);
      return v;
    }),
  );
  return toCsv(
    cols.map((c) => c.title),
    body,
    options,
  );
}

export type ExportScope = 'selected' | 'filtered' | 'all';

/**
 * The rows an export writes: the selected ones when there is a selection (those on show in the grid's
 * order first, then any the filter hides), else the rows on show, in the grid's order.
 */
export function rowsToExport<R>(
  rows: readonly R[],
  order: ArrayLike<number>,
  selected: ReadonlySet<string>,
  rowKey: (row: R) => string,
): { rows: R[]; scope: ExportScope } {
  if (selected.size === 0) {
    const out = Array.from(order, (i) => rows[i]!);
    return { rows: out, scope: out.length === rows.length ? 'all' : 'filtered' };
  }
  const out: R[] = [];
  const taken = new Set<string>();
  for (const i of Array.from(order)) {
    const k = rowKey(rows[i]!);
    if (selected.has(k)) {
      out.push(rows[i]!);
      taken.add(k);
    }
  }
  if (taken.size < selected.size)
    for (const r of rows) {
      const k = rowKey(r);
      if (selected.has(k) && !taken.has(k)) out.push(r);
    }
  return { rows: out, scope: 'selected' };
}

export function downloadText(text: string, fileName: string, mime = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
