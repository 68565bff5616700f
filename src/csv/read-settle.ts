// Settling what the sniffer could only guess from the head of a large file, from every row of it: the
// day-first or month-first date order, the decimal mark, and (for invoice lists still undecided) the
// order under which due dates fall on or after their issue dates.
import { dateShape, inferDateFormat, numberShape } from './values';
import { parseDate } from './parse-values';
import type { CsvFormat } from './types';

/** The format with the exact row count, and the date order decided from every date in the file. */
export function settled(
  format: CsvFormat,
  columns: number[],
  values: Set<string>[],
  rows: number,
): CsvFormat {
  const next: CsvFormat = { ...format, dataRowCount: rows, dataRowCountExact: true };
  if (!format.dateAmbiguous || columns.length === 0) return next;
  const width = Math.max(...columns) + 1;
  const pseudoRows: string[][] = [];
  values.forEach((set, k) => {
    for (const v of set) {
      const row = new Array<string>(width).fill('');
      row[columns[k]!] = v;
      pseudoRows.push(row);
    }
  });
  const dates = inferDateFormat(pseudoRows, width, format.dateFormat?.startsWith('mm') ?? false);
  if (!dates.dateFormat || dates.dateAmbiguous) return next;
  return {
    ...next,
    dateFormat: dates.dateFormat,
    dateAmbiguous: false,
    notes: [...format.notes, ...dates.notes],
  };
}

/** Votes for the decimal mark from the amounts of the whole file, for files whose head did not show it. */
export class DecimalVotes {
  private readonly votes = { '.': 0, ',': 0 };
  constructor(private readonly columns: number[]) {}

  read(rows: string[][]): void {
    if (this.columns.length === 0 || this.votes['.'] + this.votes[','] >= 50) return;
    for (const r of rows)
      for (const c of this.columns) {
        const v = r[c];
        if (!v || dateShape(v)) continue;
        const shape = numberShape(v);
        if (shape?.decimal) this.votes[shape.decimal]++;
      }
  }

  /** The format with the decimal mark the votes show, or null when they show nothing new. */
  decided(format: CsvFormat): CsvFormat | null {
    const { '.': dots, ',': commas } = this.votes;
    if (dots === commas) return null;
    const decimalSeparator = dots > commas ? '.' : ',';
    const notes = format.notes.filter((n) => n.code !== 'csv.note.decimal-assumed');
    if (decimalSeparator === format.decimalSeparator) return { ...format, notes };
    const thousandsSeparator = decimalSeparator === ',' ? '.' : ',';
    return { ...format, decimalSeparator, thousandsSeparator, notes };
  }
}

/**
 * For an invoice list whose dates fit both orders: the other order, when under it every due date falls on
 * or after its issue date and under the sniffed one some do not; null when that settles nothing.
 */
export function dateOrderByDueDates(
  format: CsvFormat,
  rows: readonly string[][],
  fields: Record<string, number>,
): CsvFormat | null {
  const issue = fields.issueDate;
  const due = fields.dueDate;
  const current = format.dateFormat;
  if (issue === undefined || due === undefined || !current) return null;
  const m = /^(dd|mm)(.)(dd|mm)(.)(y+)$/.exec(current);
  if (!m) return null;
  const other = `${m[3]}${m[2]}${m[1]}${m[4]}${m[5]}`;
  const inOrder = (fmt: string): boolean =>
    rows.every((r) => {
      const i = parseDate(r[issue] ?? '', fmt);
      const d = parseDate(r[due] ?? '', fmt);
      return i === null || d === null || d >= i;
    });
  if (inOrder(current) || !inOrder(other)) return null;
  return { ...format, dateFormat: other, dateAmbiguous: false };
}
