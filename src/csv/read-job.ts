// One file's rows and their conversion into records, as a worker keeps them: the rows arrive from the
// parser (read-parse.ts; in another worker, or in this one) and are converted with the suggested mapping
// as they come; the page then asks for the records of the mapping it shows, and gets them packed
// (packed-result.ts). Only progress, the mapping, a few values per column and the records cross to the
// page. Also run in the page itself when the browser cannot start a module worker.
import { InvoicePacker, PackedInvoiceIndex, packResult, type PackedResult } from './packed-result';
import { parseFile, type Post } from './read-parse';
import { PackedTable } from './row-chunks';
import { RecordBuilder, rowsToRecordsSteps, type ExistingBook, type ImportContext } from './rows-to-records';
import type { CsvFormat } from './types';
import type {
  AttachRequest,
  ConvertRequest,
  ConvertSettings,
  Mapping,
  PostedBook,
  ReadRequest,
  RowsMessage,
  WorkerRequest,
} from './worker-protocol';
import { settingsKey } from './worker-protocol';

export { dateOrderByDueDates } from './read-settle';
export type { Post } from './read-parse';

const NO_BOOK: ExistingBook = { customers: [], invoicesByNumber: new Map(), bankLineKeys: new Set() };

export class ReadJob {
  /** The rows as they came, packed: each is made an array of strings only while converted. */
  private readonly rows = new PackedTable();
  private columns: string[] = [];
  private format: CsvFormat | null = null;
  private existing: ExistingBook = NO_BOOK;
  /** Settings for the first conversion (the suggested mapping's), made as the rows arrive. */
  private early: ReadRequest['convert'] | null = null;
  /** That conversion under way, with what it assumed; its invoices are packed as they are made. */
  private building: {
    builder: RecordBuilder;
    packer: InvoicePacker;
    ctx: ImportContext;
    settings: ConvertSettings;
  } | null = null;
  /** The last conversion, packed, kept while its settings are the ones asked for. */
  private last: { key: string; packed: PackedResult } | null = null;

  /** `ids` makes an id factory for one conversion (the commands' pooled ids in the worker). */
  constructor(
    private readonly post: Post,
    private readonly ids: () => (prefix: string) => string,
  ) {}

  handle(msg: WorkerRequest): void {
    if (msg.type === 'convert') this.convert(msg);
    else if (msg.type === 'attach') this.attach(msg);
    else if (msg.type !== 'parse') this.read(msg);
  }

  /** The rows read and their physical lines (for tests). */
  get table(): { rows: string[][]; lines: number[] } {
    return this.rows.all();
  }

  /** Parses the file here, on this thread. */
  read(request: ReadRequest): void {
    this.expect(request.convert);
    parseFile(request, this.post, (msg) => this.accept(msg));
  }

  /** Rows will come from a parser elsewhere (the caller passes them to `accept`). */
  attach(request: AttachRequest): void {
    this.expect(request.convert);
  }

  private expect(convert: ReadRequest['convert']): void {
    this.early = convert ?? null;
    if (convert) this.existing = bookOf(convert.existing);
  }

  accept(msg: RowsMessage): void {
    try {
      if (msg.type === 'head') this.head(msg.columns, msg.mapping, msg.format);
      else if (msg.type === 'rows') this.step(this.rows.add(msg.rows));
      else this.end(msg.format, msg.done);
    } catch (err) {
      this.building = null;
      this.post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }

  private head(columns: string[], mapping: Mapping, format: CsvFormat): void {
    this.columns = columns;
    if (!this.early) return;
    const settings = { ...this.early.settings, kind: mapping.kind, fields: mapping.fields };
    // Line items of one invoice may be rows far apart: the groups are checked at the end, and the
    // conversion made again if there are any.
    const ctx = this.context(settings, format);
    this.building = {
      builder: new RecordBuilder(ctx, { lineRows: new Map(), totals: new Map() }),
      packer: new InvoicePacker(),
      ctx,
      settings,
    };
    // (A file shorter than the mapping's sample is all read by now.)
    this.step(0);
  }

  /** Converts the rows from `from` on, when a conversion is under way, and packs its invoices. */
  private step(from: number): void {
    const b = this.building;
    if (!b) return;
    this.rows.forEachChunk(from, (rows, lines, offset) => {
      b.builder.step(rows, lines, Math.max(from, offset), offset + rows.length, offset);
      const made = b.builder.take();
      b.packer.add(made.invoices, made.replaced);
    });
  }

  private end(format: CsvFormat, done: Extract<Parameters<Post>[0], { type: 'done' }>): void {
    this.format = format;
    this.columns = done.columns;
    // The page is told at once (it looks up the mapping it remembers meanwhile), and that the records of
    // the suggested mapping follow.
    this.post(this.early ? { ...done, recordsFollow: true } : done);
    const building = this.building;
    this.building = null;
    if (!this.early) return;
    const settings = { ...this.early.settings, kind: done.mapping.kind, fields: done.mapping.fields };
    const key = settingsKey(settings);
    const same =
      building !== null &&
      settingsKey(building.settings) === key &&
      building.ctx.format.decimalSeparator === format.decimalSeparator &&
      building.ctx.format.dateFormat === format.dateFormat &&
      building.builder.noLineGroups(() => this.rows.all().rows);
    // The page asks for the suggested mapping in the usual case: its records are made (or were made as
    // the rows came) and sent unasked, so the page takes them without another message each way. Posted as
    // a copy: they are kept for a later ask with the same settings.
    const packed = same ? building.packer.done(building.builder.finish()) : this.records(settings, -1);
    this.last = { key, packed };
    this.post({ type: 'records', run: -1, key, result: packed });
  }

  convert(request: ConvertRequest): void {
    try {
      if (request.existing) {
        this.existing = bookOf(request.existing);
        this.last = null;
      }
      const key = settingsKey(request.settings);
      const packed = this.last?.key === key ? this.last.packed : this.records(request.settings, request.run);
      // Posted as a copy: it is kept for the next ask with the same settings.
      this.post({ type: 'records', run: request.run, result: packed });
    } catch (err) {
      this.post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }

  private context(settings: ConvertSettings, format: CsvFormat | null): ImportContext {
    return {
      kind: settings.kind,
      fields: settings.fields,
      columns: this.columns,
      format: { decimalSeparator: format?.decimalSeparator ?? '.', dateFormat: format?.dateFormat ?? null },
      defaultCurrency: settings.defaultCurrency,
      defaultCountry: settings.defaultCountry,
      paidReference: settings.paidReference,
      today: settings.today,
      batchId: settings.batchId,
      existing: this.existing,
      newId: this.ids(),
      onExisting: settings.onExisting,
    };
  }

  /** Converts every row with these settings (progress under `run`), and keeps the result packed. */
  private records(settings: ConvertSettings, run: number): PackedResult {
    this.last = null;
    const { rows, lines } = this.rows.all();
    const steps = rowsToRecordsSteps(rows, lines, this.context(settings, this.format));
    const total = rows.length;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        const packed = packResult(step.value);
        this.last = { key: settingsKey(settings), packed };
        return packed;
      }
      this.post({ type: 'checking', run, done: step.value, total });
    }
  }
}

/** Reads a file on this thread, posting every reply; the job keeps the rows for conversions. */
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

/** The book as a conversion looks into it, from the book as posted. */
function bookOf(posted: PostedBook): ExistingBook {
  const { invoices, ...rest } = posted;
  return { ...rest, invoicesByNumber: new PackedInvoiceIndex(invoices) };
}
