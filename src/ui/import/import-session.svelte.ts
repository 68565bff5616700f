// One file's way through the import: read (in a worker) → detected format → mapping → preview with every
// problem by line and column → one all-or-nothing write. State is a runes class the panels share.
import type { CsvFormat, RowError } from '../../csv/types';
import { binaryKind, isBlank } from '../../csv/binary';
import { reasonText } from '../../i18n/reasons/lazy';
import { untrack } from 'svelte';
import type {
  ConvertSettings,
  PostedBook,
  ReadRequest,
  WorkerReply,
  WorkerRequest,
} from '../../csv/worker-protocol';
import { settingsKey } from '../../csv/worker-protocol';
import { creditNoteKey, type ImportResult } from '../../csv/rows-to-records';
import {
  InvoicePacker,
  packInvoices,
  unpackResult,
  type PackedInvoices,
  type PackedResult,
} from '../../csv/packed-result';
import { inIdleSteps } from '../grid/idle-steps';
import {
  IMPORT_KINDS,
  KIND_FIELDS,
  isRequiredField,
  missingFields,
  type ImportKind,
  type MappingField,
} from '../../csv/import-kinds';
import { mappingSignature } from '../../csv/mapping-signature';
import { findBatchByHash, importRecords, rowsLeftOut } from '../../commands/imports';
import { newId, pooledIds } from '../../commands/ids';
import { parseMapping } from '../../db/settings';
import type { ImportBatch, Invoice } from '../../domain/types';
import { app } from '../state/app.svelte';
import { offline } from '../state/offline.svelte';
import { currentLanguage, currentLocale, say, t, type MessageKey } from '../../i18n';
import { dateOrder } from '../../domain/date-text';
import { errorReason } from '../state/error-reason';

/** The fields of each kind as the mapping screen lists them (the kind table in src/csv is the source). */
export const FIELDS: Record<ImportKind, { id: MappingField; label: MessageKey; required: boolean }[]> =
  Object.fromEntries(
    IMPORT_KINDS.map((kind) => [
      kind,
      KIND_FIELDS[kind].map((id) => ({
        id,
        label: `import.field.${kind}.${id}` as MessageKey,
        required: isRequiredField(kind, id),
      })),
    ]),
  ) as Record<ImportKind, { id: MappingField; label: MessageKey; required: boolean }[]>;

export type Phase = 'reading' | 'mapping' | 'writing' | 'done' | 'failed' | 'cancelled';

/** The settings key of the mapping a user confirmed for a header. */
function signature(columns: string[]): string {
  return 'mapping:' + mappingSignature(columns);
}

export class ImportSession {
  readonly fileName: string;
  private current = $state<Phase>('reading');
  /** While the rows are read or written, storing the app's offline copy waits (it would take a core). */
  private release: (() => void) | null = offline.hold();

  get phase(): Phase {
    return this.current;
  }

  set phase(p: Phase) {
    this.current = p;
    const busy = p === 'reading' || p === 'writing';
    if (busy) this.release ??= offline.hold();
    else {
      this.release?.();
      this.release = null;
    }
  }
  progress = $state({ done: 0, total: 0 });
  message = $state<string | null>(null);
  format = $state.raw<CsvFormat | null>(null);
  columns = $state.raw<string[]>([]);
  readErrors = $state.raw<RowError[]>([]);
  skippedLines = $state(0);
  kind = $state<ImportKind>('invoices');
  fields = $state<Record<string, number>>({});
  onExisting = $state<'update' | 'skip'>('update');
  /** The currency of a file without a currency column ('' = the company's): a GBP statement into a RON book. */
  currency = $state('');
  skipBadRows = $state(false);
  sameFile = $state.raw<ImportBatch | null>(null);
  rememberedMapping = $state(false);
  batch = $state.raw<ImportBatch | null>(null);
  /** Data rows read (the rows themselves stay with the reader, in its worker). */
  private rowTotal = 0;
  /** The first few values of each column, as the reader saw them. */
  private samples: string[][] = [];
  /** The file's bytes; none while the reader has them and the file can be read again (`source`). */
  private bytes: Uint8Array | null;
  private hash = '';
  /** The fingerprint, which the reader makes once it has read the rows. */
  private readonly hashing: Promise<string>;
  private hashed: (hash: string) => void = () => {};
  /** The reader: a worker, or the same job on the page's thread. */
  private port: JobPort | null = null;
  /** The stored tables the reader last got (the book rebuilds a table's list only when it changes). */
  private bookTables: unknown[][] = [];
  /** The settings besides the mapping that the reader converts with as it reads. */
  private earlyBase: Omit<ConvertSettings, 'kind' | 'fields'> | null = null;
  /**
   * The reader sends the records of the mapping it suggests unasked once the read is done: the key of
   * their settings (until the first ask), the records once come, and the run waiting for them.
   */
  private earlyKey: string | null = null;
  private earlyRecords: PackedResult | null = null;
  private earlyRun: number | null = null;
  /** Bumped when the rows change, so the preview re-derives. */
  rowsVersion = $state(0);
  readonly batchId = newId('imp');

  /**
   * `source`: the file, when it can be read again; its bytes are then handed to the reader as they are
   * (copying a million rows' bytes held the reader back ~150 ms), and read again for another reading.
   */
  constructor(
    fileName: string,
    bytes: Uint8Array,
    private readonly source?: Blob,
  ) {
    this.fileName = fileName;
    this.bytes = bytes;
    this.hashing = new Promise((resolve) => (this.hashed = resolve));
  }

  /** Starts reading; the same file imported before is named once the reader has its fingerprint. */
  async start(): Promise<void> {
    this.read();
    void this.hashing.then((hash) => {
      this.hash = hash;
      if (hash) this.sameFile = findBatchByHash(app.book, hash) ?? null;
    });
  }

  /** (Re)reads the file, with the user's format overrides when given; `note`: what to say meanwhile. */
  read(format?: CsvFormat, note?: string): void {
    if (!this.bytes) {
      // Handed to the reader before: read from the file again.
      this.port?.terminate();
      this.port = null;
      this.phase = 'reading';
      this.message = note ?? null;
      this.readAgain(() => this.read(format, note));
      return;
    }
    this.port?.terminate();
    this.port = null;
    this.phase = 'reading';
    this.message = note ?? null;
    this.rowTotal = 0;
    this.samples = [];
    this.progress = { done: 0, total: 0 };
    const keepMapping = format !== undefined;
    // An empty file (or one of blanks and a byte-order mark) says so, instead of a one-column mapping.
    if (isBlank(this.bytes)) {
      this.phase = 'failed';
      this.message = reasonText({ code: 'file.empty' }, currentLanguage());
      return;
    }
    // An image or a spreadsheet renamed .csv is refused before any parsing.
    const binary = binaryKind(this.bytes);
    if (binary) {
      this.phase = 'failed';
      this.message = reasonText({ code: 'file.binary', params: { kind: binary } }, currentLanguage());
      return;
    }
    this.bookTables = untrack(bookTables);
    this.earlyKey = this.earlyRecords = this.earlyRun = null;
    // The reader converts right after reading, with the suggested mapping: usually the one asked for.
    // The bytes go to the reader as they are when the file can be read again; else a copy goes.
    const request = (bytes: Uint8Array): ReadRequest => {
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const handOver = this.source !== undefined && whole;
      if (handOver) this.bytes = null;
      const settings = untrack(() => this.baseSettings());
      this.earlyBase = settings;
      return {
        bytes: handOver ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer,
        ...(format ? { format: $state.snapshot(format) } : {}),
        // A file whose dates read both ways is read in the order the user writes them.
        monthFirst: dateOrder(currentLocale())[0] === 'month',
        convert: { settings, existing: existingBook() },
      };
    };
    const onReply = (msg: WorkerReply) => void this.onReply(msg, keepMapping);
    // Some browsers refuse module workers (pages opened from disk, strict policies): read in the page.
    const inPage = (bytes: Uint8Array) => {
      this.port = inPagePort(onReply);
      this.port.post(request(bytes));
    };
    let parser: Worker;
    let converter: Worker;
    try {
      parser = takeReader();
      converter = takeReader();
    } catch {
      inPage(this.bytes);
      return;
    }
    // One worker parses and hands the rows to the other, which converts them as they come.
    let heard = false;
    // The parser is let go once the rows are read and it has sent the file's fingerprint.
    let hashCame = false;
    let rowsRead = false;
    const port: JobPort = {
      post: (msg, transfer) => converter.postMessage(msg, transfer ?? []),
      terminate: () => {
        parser.terminate();
        converter.terminate();
      },
      parsed: () => {
        rowsRead = true;
        if (hashCame) parser.terminate();
      },
    };
    this.port = port;
    for (const worker of [parser, converter]) {
      worker.onmessage = (e: MessageEvent<WorkerReply>) => {
        heard = true;
        if (e.data.type === 'hash') {
          hashCame = true;
          if (rowsRead) parser.terminate();
        }
        onReply(e.data);
      };
      worker.onerror = (e) => {
        port.terminate();
        if (this.port !== port) return;
        this.port = null;
        if (!heard) {
          e.preventDefault();
          // The bytes went to the reader that failed: the file is read again for the page's own.
          if (this.bytes) inPage(this.bytes);
          else this.readAgain((bytes) => this.port === null && inPage(bytes));
          return;
        }
        this.phase = 'failed';
        this.message = t('import.readFailed', {
          file: this.fileName,
          reason: e.message || t('import.readerStopped'),
        });
      };
    }
    const req = request(this.bytes);
    const channel = new MessageChannel();
    converter.postMessage(
      { type: 'attach', rows: channel.port2, convert: req.convert } satisfies WorkerRequest,
      [channel.port2],
    );
    parser.postMessage(
      {
        type: 'parse',
        bytes: req.bytes,
        ...(req.format ? { format: req.format } : {}),
        monthFirst: req.monthFirst,
        rows: channel.port1,
      } satisfies WorkerRequest,
      [channel.port1, req.bytes],
    );
  }

  /** Reads the file's bytes again from `source` (they went to a reader), then goes on; says so if it can't. */
  private readAgain(then: (bytes: Uint8Array) => void): void {
    void this.source?.arrayBuffer().then(
      (b) => {
        this.bytes = new Uint8Array(b);
        then(this.bytes);
      },
      (e: unknown) => {
        this.phase = 'failed';
        this.message = t('import.readFailed', {
          file: this.fileName,
          reason: errorReason(e),
        });
      },
    );
  }

  /** The conversion settings that do not depend on the mapping. */
  private baseSettings(): Omit<ConvertSettings, 'kind' | 'fields'> {
    return {
      onExisting: this.onExisting,
      defaultCurrency: this.currency || app.company.baseCurrency || 'EUR',
      defaultCountry: app.company.country || 'IT',
      paidReference: t('import.paidBeforeImport', { number: '{number}' }),
      today: app.asOf,
      batchId: this.batchId,
    };
  }

  private async onReply(msg: WorkerReply, keepMapping: boolean): Promise<void> {
    if (msg.type === 'format') this.format = msg.format;
    else if (msg.type === 'hash') this.hashed(msg.hash);
    else if (msg.type === 'progress') this.progress = { done: msg.done, total: msg.total };
    else if (msg.type === 'checking') {
      // -1: the reader's own first conversion, with the suggested mapping.
      if (this.converting && (msg.run === this.conversion || msg.run === -1))
        this.checking = { done: msg.done, total: msg.total };
    } else if (msg.type === 'records') {
      if (msg.run === -1) {
        // The suggested mapping's records, sent unasked: for the run waiting for them, or kept for the
        // first ask while it may be theirs.
        if (this.earlyRun === null) this.earlyRecords = this.earlyKey === null ? null : msg.result;
        else if (this.earlyRun === this.conversion) this.took(msg.result);
        this.earlyRun = null;
        return;
      }
      if (msg.run !== this.conversion) return;
      this.took(msg.result);
    } else if (msg.type === 'error') {
      this.phase = 'failed';
      this.message = msg.reason
        ? reasonText(msg.reason, currentLanguage())
        : t('import.readFailed', { file: this.fileName, reason: msg.message });
      this.port?.terminate();
      this.port = null;
    } else {
      const base = this.earlyBase;
      this.earlyKey =
        msg.recordsFollow && base
          ? settingsKey({ ...base, kind: msg.mapping.kind, fields: msg.mapping.fields })
          : null;
      this.columns = msg.columns;
      this.readErrors = msg.errors;
      this.skippedLines = msg.skipped;
      this.rowTotal = msg.rowCount;
      this.samples = msg.samples;
      this.port?.parsed?.();
      if (!keepMapping) {
        const remembered = parseMapping<ImportKind>(
          await app.setting<unknown>(signature(msg.columns), null),
          IMPORT_KINDS,
        );
        const m = remembered ?? msg.mapping;
        this.rememberedMapping = remembered !== null;
        this.kind = m.kind;
        this.fields = { ...m.fields };
      }
      this.rowsVersion++;
      this.phase = 'mapping';
    }
  }

  cancel(): void {
    this.dispose();
    this.phase = 'cancelled';
  }

  /** Stops the reader and lets go of the rows it holds. */
  dispose(): void {
    this.release?.();
    this.release = null;
    this.port?.terminate();
    this.port = null;
  }

  get rowCount(): number {
    void this.rowsVersion;
    return this.rowTotal;
  }

  sampleValues(column: number, n = 3): string[] {
    void this.rowsVersion;
    return (this.samples[column] ?? []).slice(0, n);
  }

  /** What the current mapping would write, and every problem; null while it is being worked out. */
  result = $state.raw<ImportResult | null>(null);
  /** Rows checked so far, while a large file is being converted. */
  checking = $state<{ done: number; total: number } | null>(null);
  /** A conversion asked for and not yet back: the preview shown, if any, is of an older mapping. */
  converting = $state(false);
  private conversion = 0;
  private converted: (() => void) | null = null;

  /**
   * Has the reader convert every row with the current mapping. Reads its inputs before its first pause,
   * so an effect that calls it re-runs when the mapping changes; a newer run supersedes an older one.
   * Resolves when this run's records are back (or a newer run was asked for).
   */
  convert(): Promise<void> {
    void this.rowsVersion;
    const run = ++this.conversion;
    const settings: ConvertSettings = {
      ...this.baseSettings(),
      kind: this.kind,
      fields: $state.snapshot(this.fields),
    };
    const port = this.port;
    if (!port) return Promise.resolve();
    // The stored book goes along only when it changed since the reader last had it.
    const tables = untrack(bookTables);
    const existing = sameTables(tables, this.bookTables) ? undefined : existingBook();
    this.bookTables = tables;
    this.converting = true;
    this.converted?.();
    const back = new Promise<void>((resolve) => (this.converted = resolve));
    // The first ask, for the settings the reader converted with as it read: its records come (or came)
    // unasked. Any other ask goes to the reader.
    const early = existing === undefined && this.earlyKey !== null && settingsKey(settings) === this.earlyKey;
    const records = this.earlyRecords;
    this.earlyKey = this.earlyRecords = this.earlyRun = null;
    if (!early) port.post({ type: 'convert', run, settings, ...(existing ? { existing } : {}) });
    else if (records) queueMicrotask(() => run === this.conversion && this.took(records));
    else this.earlyRun = run;
    return back;
  }

  /** The records of the run asked for last are back. */
  private took(packed: PackedResult): void {
    this.result = unpackResult(packed);
    this.checking = null;
    this.converting = false;
    this.converted?.();
  }

  missingRequired(): string[] {
    // Each required group names its first field; a statement's amount group reads "amount or credit".
    return missingFields(this.kind, this.fields).map((group) =>
      this.kind === 'bank-statement' && group[0] === 'amount'
        ? t('import.field.amountOrCredit')
        : t(`import.field.${this.kind}.${group[0]}` as MessageKey),
    );
  }

  /** Writes the import in one transaction. With errors, only when the user chose to skip those rows. */
  async write(result: ImportResult): Promise<void> {
    if (result.errors.length && !this.skipBadRows) return;
    this.phase = 'writing';
    try {
      this.hash = await this.hashing;
      // The records to write are here: the reader, which holds the file's rows and its own copy of them
      // (a million rows: hundreds of MB of the same process), is let go before the write, not after it,
      // so its memory is given back while the write runs.
      this.port?.terminate();
      this.port = null;
      const written = await app.run(importRecords, {
        result,
        batch: {
          id: this.batchId,
          kind: this.kind,
          fileName: this.fileName,
          fileHash: this.hash,
          importedAt: new Date().toISOString(),
          rowCount: this.rowTotal,
          skippedRows: rowsLeftOut(this.readErrors, result),
        },
      });
      if (written.errors.length) {
        // The book changed under the preview: the file is read again and checked against the book as it
        // stands, with the format and the mapping shown.
        const why = written.errors.map((e) => say(e.error)).join(' ');
        this.read($state.snapshot(this.format) ?? undefined, why);
        return;
      }
      // The mapping is remembered for the next file of this layout, in the write queue after the import:
      // the import is done without waiting for it, and a failure to remember it is no failure of the
      // import (it said "Nothing was imported" of an import stored).
      app
        .saveSetting(signature(this.columns), { kind: this.kind, fields: $state.snapshot(this.fields) })
        .catch((e: unknown) => console.warn('import: the mapping was not remembered', e));
      this.batch = app.book.get('imports', this.batchId) ?? null;
      // Written: the file's rows and bytes are not needed any more (a million rows hold hundreds of MB).
      this.dispose();
      this.result = null;
      this.bytes = null;
      this.phase = 'done';
    } catch (e) {
      // Nothing written. The reader was let go for the write: the file is read again, so the mapping
      // can still be changed and the import tried again.
      this.read(
        $state.snapshot(this.format) ?? undefined,
        t('import.nothingImported', { reason: errorReason(e) }),
      );
    }
  }
}

/** Where the reading job runs: a worker, or the page's own thread. */
interface JobPort {
  post(msg: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  /** The file is read: a parser of its own is not needed any more. */
  parsed?(): void;
}

/** The same job as the worker's, on the page's thread, one message per task. */
function inPagePort(onReply: (msg: WorkerReply) => void): JobPort {
  let stopped = false;
  const job = import('../../csv/read-job').then(
    ({ ReadJob }) => new ReadJob((msg) => !stopped && onReply(msg), pooledIds),
  );
  return {
    post: (msg) => void job.then((j) => setTimeout(() => !stopped && j.handle(msg), 0)),
    terminate: () => (stopped = true),
  };
}

/** The book's lists the conversion reads. */
function bookTables(): unknown[][] {
  const book = app.book;
  return [book.list('customers'), book.list('invoices'), book.list('bankLines'), book.list('payments')];
}

/** Each list the same one as before, or empty now and then. */
function sameTables(a: unknown[][], b: unknown[][]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i] || (t.length === 0 && b[i]?.length === 0));
}

/** What the conversion needs to know of the stored book, as posted to the reader. */
function existingBook(): PostedBook {
  const book = app.book;
  return {
    customers: book.list('customers'),
    invoices: packedBook(book.list('invoices')),
    bankLineKeys: new Set([
      ...book.list('bankLines').map((l) => l.key),
      ...book.list('payments').flatMap((p) => (p.bankLineKey ? [p.bankLineKey] : [])),
      ...book
        .list('adjustments')
        .flatMap((a) =>
          a.kind === 'credit-note' && a.number ? [creditNoteKey(a.number, a.currency, a.amount)] : [],
        ),
    ]),
  };
}

/**
 * The stored invoices packed for the readers (`PostedBook`), made in idle steps while the import page
 * is open: a million took ~0.6 s of the page's thread, which froze it when the file was chosen.
 */
let prepared: { list: readonly Invoice[]; packer: InvoicePacker; at: number; stop: () => void } | null = null;

function prepareBook(): void {
  const list = app.book.list('invoices');
  if (prepared?.list === list) return;
  prepared?.stop();
  const p = { list, packer: new InvoicePacker(list.length, false), at: 0, stop: () => {} };
  prepared = p;
  p.stop = inIdleSteps(
    (left) => {
      while (p.at < list.length && left() > 0) {
        const end = Math.min(list.length, p.at + 2_000);
        p.packer.add(list, [], p.at, end);
        p.at = end;
      }
      return p.at >= list.length;
    },
    () => {},
    1_000,
  );
}

/** `list` packed: what idle time made of it, finished now, or all of it now. */
function packedBook(list: readonly Invoice[]): PackedInvoices {
  const p = prepared;
  if (p?.list !== list) return packInvoices(list);
  p.stop();
  p.packer.add(list, [], p.at, list.length);
  p.at = list.length;
  return p.packer.invoices();
}

/** Readers started before any file is chosen: by then their script is loaded and compiled. */
let spares: { worker: Worker; failed: boolean }[] = [];

function startReader(): Worker {
  return new Worker(new URL('../../csv/read.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts two spare readers, a parser and a converter (the import page calls it when shown). */
export function prewarmReader(): void {
  try {
    while (spares.length < 2) {
      const s = { worker: startReader(), failed: false };
      // A reader that fails to start before a session takes it is not taken (the session starts its own).
      s.worker.addEventListener('error', () => (s.failed = true), { once: true });
      spares.push(s);
    }
  } catch {
    releaseReader();
  }
  prepareBook();
}

/** Stops the spare readers (the import page calls it when left). */
export function releaseReader(): void {
  for (const s of spares) s.worker.terminate();
  spares = [];
  prepared?.stop();
  prepared = null;
}

function takeReader(): Worker {
  const s = spares.shift();
  if (s && !s.failed) return s.worker;
  s?.worker.terminate();
  return startReader();
}
