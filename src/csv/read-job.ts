// One file's read and conversion, as the worker runs them: detect the format, read the rows in chunks
// with progress, suggest a mapping from the header and the first rows; then convert the rows into
// records for the mapping the page asks for. The rows stay here: only progress, the mapping, a few
// values per column and the (packed) records cross to the page. Also run in the page itself when the
// browser cannot start a module worker.
import { readTableChunks, sniffCsv, suggestMapping } from './index';
import { packResult } from './packed-result';
import { dateOrderByDueDates, DecimalVotes, settled } from './read-settle';
import { rowsToRecordsSteps, type ExistingBook, type ImportResult } from './rows-to-records';
import type { CsvFormat } from './types';
import type {
  ConvertRequest,
  ConvertSettings,
  ReadRequest,
  WorkerReply,
  WorkerRequest,
} from './worker-protocol';

export { dateOrderByDueDates } from './read-settle';

const CHUNK = 20_000;
const SAMPLE = 500;
/** Values per column the mapping screen shows. */
const SAMPLES = 3;

export type Post = (msg: WorkerReply, transfer?: Transferable[]) => void;

const NO_BOOK: ExistingBook = { customers: [], invoicesByNumber: new Map(), bankLineKeys: new Set() };

export class ReadJob {
  private rows: string[][] = [];
  private lines: number[] = [];
  private columns: string[] = [];
  private format: CsvFormat | null = null;
  private existing: ExistingBook = NO_BOOK;
  /** The last conversion, kept while its settings are the ones asked for. */
  private last: { key: string; result: ImportResult } | null = null;

  /** `ids` makes an id factory for one conversion (the commands' pooled ids in the worker). */
  constructor(
    private readonly post: Post,
    private readonly ids: () => (prefix: string) => string,
  ) {}

  handle(msg: WorkerRequest): void {
    if (msg.type === 'convert') this.convert(msg);
    else this.read(msg);
  }

  /** The rows read and their physical lines (for tests). */
  get table(): { rows: string[][]; lines: number[] } {
    return { rows: this.rows, lines: this.lines };
  }

  read(request: ReadRequest): void {
    try {
      this.readFile(request);
    } catch (err) {
      this.post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }

  private readFile(request: ReadRequest): void {
    const bytes = new Uint8Array(request.bytes);
    const format: CsvFormat = request.format ?? sniffCsv(bytes);
    this.post({ type: 'format', format });
    const sample: string[][] = [];
    const samples: string[][] = [];
    let unsampled = Infinity;
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
    const rows = this.rows;
    const lines = this.lines;
    const result = readTableChunks(
      bytes,
      format,
      (chunk) => {
        for (const r of chunk.rows) if (sample.length < SAMPLE) sample.push(r);
        if (unsampled > 0) unsampled = sampleColumns(chunk.rows, samples);
        if (recheck)
          for (const r of chunk.rows)
            dateColumns.forEach((c, k) => {
              const v = r[c];
              if (v) dateValues[k]!.add(v);
            });
        decimal.read(chunk.rows);
        for (const r of chunk.rows) rows.push(r);
        for (const l of chunk.lines) lines.push(l);
        const done = rows.length;
        // The total is not known until the end: estimate it from the share of text read.
        const total = chunk.progress > 0 ? Math.max(done, Math.round(done / chunk.progress)) : done;
        this.post({ type: 'progress', done, total });
      },
      CHUNK,
    );
    const decided = decimal.decided(format);
    let final =
      recheck || decided ? settled(decided ?? format, dateColumns, dateValues, rows.length) : format;
    const mapping = suggestMapping(result.columns, sample);
    // Still undecided between day-first and month-first: the order under which the invoices fall due
    // on or after their issue is the file's.
    const ordered = final.dateAmbiguous ? dateOrderByDueDates(final, sample, mapping.fields) : null;
    if (ordered) final = ordered;
    if (final !== format) this.post({ type: 'format', format: final });
    this.format = final;
    this.columns = result.columns;
    this.post({
      type: 'done',
      columns: result.columns,
      errors: result.errors,
      skipped: result.skipped.length,
      rowCount: rows.length,
      samples,
      mapping,
    });
    // The page asks for the suggested mapping in the usual case: have its records ready.
    if (request.convert) {
      this.existing = request.convert.existing;
      const settings = { ...request.convert.settings, kind: mapping.kind, fields: mapping.fields };
      this.records(settings, -1);
    }
  }

  convert(request: ConvertRequest): void {
    try {
      if (request.existing) {
        this.existing = request.existing;
        this.last = null;
      }
      const key = settingsKey(request.settings);
      const result = this.last?.key === key ? this.last.result : this.records(request.settings, request.run);
      const { packed, transfer } = packResult(result);
      this.post({ type: 'records', run: request.run, result: packed }, transfer);
    } catch (err) {
      this.post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }

  /** Converts every row with these settings (progress under `run`), and keeps the result. */
  private records(settings: ConvertSettings, run: number): ImportResult {
    this.last = null;
    const format = this.format;
    const steps = rowsToRecordsSteps(this.rows, this.lines, {
      kind: settings.kind,
      fields: settings.fields,
      columns: this.columns,
      format: { decimalSeparator: format?.decimalSeparator ?? '.', dateFormat: format?.dateFormat ?? null },
      defaultCurrency: settings.defaultCurrency,
      defaultCountry: settings.defaultCountry,
      today: settings.today,
      batchId: settings.batchId,
      existing: this.existing,
      newId: this.ids(),
      onExisting: settings.onExisting,
    });
    const total = this.rows.length;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        this.last = { key: settingsKey(settings), result: step.value };
        return step.value;
      }
      this.post({ type: 'checking', run, done: step.value, total });
    }
  }
}

/** Reads a file as the worker does, posting every reply; the job keeps the rows for conversions. */
export function runReadJob(
  request: ReadRequest,
  post: Post,
  ids: () => (prefix: string) => string = () => {
    let n = 0;
    return (prefix) => `${prefix}${++n}`;
  },
): ReadJob {
  const job = new ReadJob(post, ids);
  job.read(request);
  return job;
}

function settingsKey(s: ConvertSettings): string {
  return JSON.stringify([
    s.kind,
    Object.entries(s.fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    s.onExisting,
    s.defaultCurrency,
    s.defaultCountry,
    s.today,
    s.batchId,
  ]);
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
      if (v) list.push(v);
      if (list.length < SAMPLES) wanting++;
    }
    if (wanting === 0) return 0;
  }
  return wanting;
}
