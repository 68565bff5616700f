// Grid rows to a CSV download: each column's raw value becomes a typed cell (money stays a number,
// text is neutralised against formula injection by the CSV writer).
import { toCsv, type CsvCell, type CsvExportOptions } from '../../csv/export';
import type { GridColumn } from '../grid/types';

export function gridToCsv<R>(
  columns: readonly GridColumn<R>[],
  rows: readonly R[],
  options: CsvExportOptions,
): string {
  const cols = columns.filter((c) => !c.hidden);
  const body: CsvCell[][] = rows.map((r) =>
    cols.map((c): CsvCell => {
      const v = c.value(r);
      if (v === null || v === undefined || v === '') return null;
      if (c.type === 'money' && typeof v === 'number')
        return { money: v, currency: c.currency?.(r) ?? 'EUR' };
      if (c.type === 'date' && typeof v === 'string') return { date: v };
      return v;
    }),
  );
  return toCsv(
    cols.map((c) => c.title),
    body,
    options,
  );
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
