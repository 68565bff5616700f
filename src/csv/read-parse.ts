// Reading one file: detect the format, read the rows in chunks (progress to the page), hand each chunk
// to the converter (another worker when there is one, so parsing and converting run side by side),
// suggest a mapping from the header and the first rows as soon as they are read, and settle from the
// whole file what the sniffer could only guess from its head.
import { fileHash } from './file-hash';
import { readTableChunks, sniffCsv, suggestMapping } from './index';
import { dateOrderByDueDates, DecimalVotes, settled } from './read-settle';
import { RowPacker } from './row-chunks';
import { RowTooLongError } from './row-limit';
import type { CsvFormat } from './types';
import type { Mapping, ParseRequest, ReadRequest, RowsMessage, WorkerReply } from './worker-protocol';

/**
 * Rows handed to the converter at a time. Small enough that it starts soon after the parser and ends
 * soon after it (with 20,000, reading 100,000 rows took ~15 % longer: the converter waited for the
 * first chunk and converted the last one alone).
 */
const CHUNK = 5_000;
const SAMPLE = 500;
/** Values per column the mapping screen shows. */
const SAMPLES = 3;
/** Characters of each it shows at most (a cell of megabytes laid out on the page took seconds). */
const SAMPLE_CHARS = 80;

export type Post = (msg: WorkerReply, transfer?: Transferable[]) => void;
export type Sink = (msg: RowsMessage, transfer?: Transferable[]) => void;

export function parseFile(request: ReadRequest | ParseRequest, post: Post, sink: Sink): void {
  try {
    parse(request, post, sink);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    post({ type: 'error', message, ...(err instanceof RowTooLongError ? { reason: err.reason } : {}) });
    return;
  }
  // The fingerprint once the rows are on their way: this thread is then idle while the other converts.
  fileHash(new Uint8Array(request.bytes)).then(
    (hash) => post({ type: 'hash', hash }),
    () => post({ type: 'hash', hash: '' }),
  );
}

function parse(request: ReadRequest | ParseRequest, post: Post, sink: Sink): void {
  const bytes = new Uint8Array(request.bytes);
  const format: CsvFormat = request.format ?? sniffCsv(bytes, { monthFirst: request.monthFirst === true });
  post({ type: 'format', format });
  const sample: string[][] = [];
  const samples: string[][] = [];
  let unsampled = Infinity;
  let mapping: Mapping | null = null;
  let columns: string[] = [];
  let rowCount = 0;
  // The sniffer sees only the head of a large file. Every distinct value of its date columns is kept
  // as the rows go by, so day-first against month-first is settled by all of them, as a person would.
  const dateColumns = format.columnTypes.flatMap((t, i) => (t === 'date' ? [i] : []));
  const recheck = !request.format && (format.dateAmbiguous || !format.dataRowCountExact);
  // (Only an ambiguous order needs them: otherwise the whole file settles just the row count.)
  const collectDates = recheck && format.dateAmbiguous;
  const dateValues = dateColumns.map(() => new Set<string>());
  // Nor did it see a decimal mark in the amounts it read: the rest of the file is asked too.
  const decimal = new DecimalVotes(
    !request.format &&
      format.notes.some((n) => n.code === 'csv.note.decimal-assumed') &&
      !format.dataRowCountExact
      ? format.columnTypes.flatMap((t, i) => (t === 'amount' || t === 'integer' ? [i] : []))
      : [],
  );
  const packer = new RowPacker();
  const result = readTableChunks(
    bytes,
    format,
    (chunk) => {
      columns = chunk.columns;
      for (const r of chunk.rows) if (sample.length < SAMPLE) sample.push(r);
      // The mapping from the first rows, as soon as there are enough: the converter starts on it.
      if (!mapping && sample.length >= SAMPLE) {
        mapping = suggest(columns, sample);
        sink({ type: 'head', columns, mapping, format });
      }
      if (unsampled > 0) unsampled = sampleColumns(chunk.rows, samples);
      if (collectDates)
        for (const r of chunk.rows)
          dateColumns.forEach((c, k) => {
            const v = r[c];
            if (v) dateValues[k]!.add(v);
          });
      decimal.read(chunk.rows);
      rowCount += chunk.rows.length;
      // The total is not known until the end: estimate it from the share of text read.
      const total = chunk.progress > 0 ? Math.max(rowCount, Math.round(rowCount / chunk.progress)) : rowCount;
      post({ type: 'progress', done: rowCount, total });
      const { packed, transfer } = packer.pack(chunk.rows, chunk.lines);
      sink({ type: 'rows', rows: packed }, transfer);
    },
    CHUNK,
  );
  const decided = decimal.decided(format);
  let final = recheck || decided ? settled(decided ?? format, dateColumns, dateValues, rowCount) : format;
  const suggested = mapping ?? suggest(result.columns, sample);
  if (!mapping) sink({ type: 'head', columns: result.columns, mapping: suggested, format });
  // Still undecided between day-first and month-first: the order under which the invoices fall due
  // on or after their issue is the file's.
  const ordered = final.dateAmbiguous ? dateOrderByDueDates(final, sample, suggested.fields) : null;
  if (ordered) final = ordered;
  if (final !== format) post({ type: 'format', format: final });
  sink({
    type: 'end',
    format: final,
    done: {
      type: 'done',
      columns: result.columns,
      errors: result.errors,
      skipped: result.skipped.length,
      rowCount,
      samples,
      mapping: suggested,
    },
  });
}

function suggest(columns: string[], sample: string[][]): Mapping {
  const m = suggestMapping(columns, sample);
  return { ...m, kind: m.kind, fields: m.fields };
}

/**
 * Adds each column's first non-empty values (trimmed) to `samples` until it has enough; returns how
 * many columns still want more (0: sampling is over).
 */
function sampleColumns(rows: string[][], samples: string[][]): number {
  let wanting = 1;
  for (const r of rows) {
    wanting = 0;
    for (let c = 0; c < r.length; c++) {
      const list = (samples[c] ??= []);
      if (list.length >= SAMPLES) continue;
      const v = (r[c] ?? '').trim();
      if (v) list.push(clipped(v));
      if (list.length < SAMPLES) wanting++;
    }
    if (wanting === 0) return 0;
  }
  return wanting;
}

/** `v`, or its first SAMPLE_CHARS characters and an ellipsis (never half of a surrogate pair). */
function clipped(v: string): string {
  if (v.length <= SAMPLE_CHARS) return v;
  const end =
    v.charCodeAt(SAMPLE_CHARS - 1) >= 0xd800 && v.charCodeAt(SAMPLE_CHARS - 1) < 0xdc00
      ? SAMPLE_CHARS - 1
      : SAMPLE_CHARS;
  return `${v.slice(0, end)}…`;
}
