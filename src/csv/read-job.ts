// One file's read, as the worker runs it: detect the format, stream the rows in chunks with progress,
// then suggest a mapping from the header and the first rows. Also run in the page itself when the
// browser cannot start a module worker.
import { readTableChunks, sniffCsv, suggestMapping } from './index';
import { inferDateFormat } from './values';
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
        done += chunk.rows.length;
        // The total is not known until the end: estimate it from the share of text read.
        const total = chunk.progress > 0 ? Math.max(done, Math.round(done / chunk.progress)) : done;
        post({ type: 'rows', rows: chunk.rows, lines: chunk.lines, done, total });
      },
      CHUNK,
    );
    if (recheck) post({ type: 'format', format: settled(format, dateColumns, dateValues, done) });
    post({
      type: 'done',
      columns: result.columns,
      errors: result.errors,
      skipped: result.skipped.length,
      mapping: suggestMapping(result.columns, sample),
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
