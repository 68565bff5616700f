// One file's read, as the worker runs it: detect the format, stream the rows in chunks with progress,
// then suggest a mapping from the header and the first rows. Also run in the page itself when the
// browser cannot start a module worker.
import { readTableChunks, sniffCsv, suggestMapping } from './index';
import { dateShape, inferDateFormat, numberShape } from './values';
import { parseDate } from './parse-values';
import type { CsvFormat } from './types';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const CHUNK = 20_000;
const SAMPLE = 500;

export function runReadJob(request: WorkerRequest, post: (msg: WorkerReply) => void): void {
  try {
    const bytes = new Uint8Array(request.bytes);
    const format: CsvFormat = request.format ?? sniffCsv(bytes);
    post({ type: 'format', format });
    const sample: string[][] = [];
    // The sniffer sees only the head of a large file. Every distinct value of its date columns is kept
    // as the rows go by, so day-first against month-first is settled by all of them, as a person would.
    const dateColumns = format.columnTypes.flatMap((t, i) => (t === 'date' ? [i] : []));
    const recheck = !request.format && (format.dateAmbiguous || !format.dataRowCountExact);
    const dateValues = dateColumns.map(() => new Set<string>());
    // Nor did it see a decimal mark in the amounts it read: the rest of the file is asked too.
    const decimal = new DecimalVotes(
      !request.format &&
        format.notes.some((n) => n.code === 'csv.note.decimal-assumed') &&
        !format.dataRowCountExact
        ? format.columnTypes.flatMap((t, i) => (t === 'amount' || t === 'integer' ? [i] : []))
        : [],
    );
    let done = 0;
    const result = readTableChunks(
      bytes,
      format,
      (chunk) => {
        for (const r of chunk.rows) if (sample.length < SAMPLE) sample.push(r);
        if (recheck)
          for (const r of chunk.rows)
            dateColumns.forEach((c, k) => {
              const v = r[c];
              if (v) dateValues[k]!.add(v);
            });
        decimal.read(chunk.rows);
        done += chunk.rows.length;
        // The total is not known until the end: estimate it from the share of text read.
        const total = chunk.progress > 0 ? Math.max(done, Math.round(done / chunk.progress)) : done;
        post({ type: 'rows', rows: chunk.rows, lines: chunk.lines, done, total });
      },
      CHUNK,
    );
    const decided = decimal.decided(format);
    let final = recheck || decided ? settled(decided ?? format, dateColumns, dateValues, done) : format;
    const mapping = suggestMapping(result.columns, sample);
    // Still undecided between day-first and month-first: the order under which the invoices fall due
    // on or after their issue is the file's.
    const ordered = final.dateAmbiguous ? dateOrderByDueDates(final, sample, mapping.fields) : null;
    if (ordered) final = ordered;
    if (final !== format) post({ type: 'format', format: final });
    post({
      type: 'done',
      columns: result.columns,
      errors: result.errors,
      skipped: result.skipped.length,
      mapping,
    });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

/** The format with the exact row count, and the date order decided from every date in the file. */
function settled(format: CsvFormat, columns: number[], values: Set<string>[], rows: number): CsvFormat {
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
class DecimalVotes {
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
