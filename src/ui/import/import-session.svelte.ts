// One file's way through the import: read (in a worker) → detected format → mapping → preview with every
// problem by line and column → one all-or-nothing write. State is a runes class the panels share.
import type { CsvFormat, RowError } from '../../csv/types';
import { binaryKind } from '../../csv/binary';
import { reasonText } from '../../i18n/reasons/index';
import type { WorkerReply, WorkerRequest } from '../../csv/worker-protocol';
import { rowsToRecordsSteps, type ImportResult } from '../../csv/rows-to-records';
import {
  IMPORT_KINDS,
  KIND_FIELDS,
  isRequiredField,
  missingFields,
  type ImportKind,
  type MappingField,
} from '../../csv/import-kinds';
import { mappingSignature } from '../../csv/mapping-signature';
import { fileHash } from '../../db/importer';
import { findBatchByHash, importRecords } from '../../commands/imports';
import { newId, pooledIds } from '../../commands/ids';
import { parseMapping } from '../../db/settings';
import type { ImportBatch } from '../../domain/types';
import { app } from '../state/app.svelte';
import { currentLanguage, say, t, type MessageKey } from '../../i18n';

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
  phase = $state<Phase>('reading');
  progress = $state({ done: 0, total: 0 });
  message = $state<string | null>(null);
  format = $state.raw<CsvFormat | null>(null);
  columns = $state.raw<string[]>([]);
  readErrors = $state.raw<RowError[]>([]);
  skippedLines = $state(0);
  kind = $state<ImportKind>('invoices');
  fields = $state<Record<string, number>>({});
  onExisting = $state<'update' | 'skip'>('update');
  skipBadRows = $state(false);
  sameFile = $state.raw<ImportBatch | null>(null);
  rememberedMapping = $state(false);
  batch = $state.raw<ImportBatch | null>(null);
  private rows: string[][] = [];
  private lines: number[] = [];
  private bytes: Uint8Array;
  private hash = '';
  private hashing: Promise<string> | null = null;
  private worker: Worker | null = null;
  /** Bumped when the rows change, so the preview re-derives. */
  rowsVersion = $state(0);
  readonly batchId = newId('imp');

  constructor(fileName: string, bytes: Uint8Array) {
    this.fileName = fileName;
    this.bytes = bytes;
  }

  async start(): Promise<void> {
    // The worker reads while the page hashes the bytes (a second or so for a million rows otherwise).
    this.read();
    this.hashing = fileHash(this.bytes);
    this.hash = await this.hashing;
    this.sameFile = findBatchByHash(app.book, this.hash) ?? null;
  }

  /** (Re)reads the file, with the user's format overrides when given. */
  read(format?: CsvFormat): void {
    this.worker?.terminate();
    this.phase = 'reading';
    this.message = null;
    this.rows = [];
    this.lines = [];
    this.progress = { done: 0, total: 0 };
    const keepMapping = format !== undefined;
    // An image or a spreadsheet renamed .csv is refused before any parsing.
    const binary = binaryKind(this.bytes);
    if (binary) {
      this.phase = 'failed';
      this.message = reasonText({ code: 'file.binary', params: { kind: binary } }, currentLanguage());
      return;
    }
    const request = () => ({
      bytes: this.bytes.slice().buffer,
      ...(format ? { format: $state.snapshot(format) } : {}),
    });
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../csv/read.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      // Some browsers refuse module workers (pages opened from disk, strict policies): read in the page.
      void this.readInPage(request(), keepMapping);
      return;
    }
    this.worker = worker;
    let heard = false;
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      heard = true;
      void this.onReply(e.data, keepMapping);
    };
    worker.onerror = (e) => {
      worker.terminate();
      this.worker = null;
      if (!heard) {
        e.preventDefault();
        void this.readInPage(request(), keepMapping);
        return;
      }
      this.phase = 'failed';
      this.message = t('import.readFailed', {
        file: this.fileName,
        reason: e.message || t('import.readerStopped'),
      });
    };
    const req = request();
    worker.postMessage(req, [req.bytes]);
  }

  /** The same read as the worker's, on the page's own thread. */
  private async readInPage(req: WorkerRequest, keepMapping: boolean): Promise<void> {
    const { runReadJob } = await import('../../csv/read-job');
    const replies: WorkerReply[] = [];
    runReadJob(req, (msg) => replies.push(msg));
    for (const msg of replies) await this.onReply(msg, keepMapping);
  }

  private async onReply(msg: WorkerReply, keepMapping: boolean): Promise<void> {
    if (msg.type === 'format') this.format = msg.format;
    else if (msg.type === 'rows') {
      for (const r of msg.rows) this.rows.push(r);
      for (const l of msg.lines) this.lines.push(l);
      this.progress = { done: msg.done, total: msg.total };
    } else if (msg.type === 'error') {
      this.phase = 'failed';
      this.message = t('import.readFailed', { file: this.fileName, reason: msg.message });
      this.worker?.terminate();
    } else {
      this.columns = msg.columns;
      this.readErrors = msg.errors;
      this.skippedLines = msg.skipped;
      this.worker?.terminate();
      this.worker = null;
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
    this.worker?.terminate();
    this.worker = null;
    this.phase = 'cancelled';
  }

  get rowCount(): number {
    void this.rowsVersion;
    return this.rows.length;
  }

  sampleValues(column: number, n = 3): string[] {
    void this.rowsVersion;
    const out: string[] = [];
    for (const r of this.rows) {
      const v = (r[column] ?? '').trim();
      if (v) out.push(v);
      if (out.length >= n) break;
    }
    return out;
  }

  /** What the current mapping would write, and every problem; null while it is being worked out. */
  result = $state.raw<ImportResult | null>(null);
  /** Rows checked so far, while a large file is being converted. */
  checking = $state<{ done: number; total: number } | null>(null);
  private conversion = 0;

  /**
   * Converts every row with the current mapping. Reads its inputs before its first pause, so an effect
   * that calls it re-runs when the mapping changes; a newer run makes an older one stop. A large file
   * is converted in steps, with the page free to paint (and show progress) between them.
   */
  async convert(): Promise<void> {
    void this.rowsVersion;
    const run = ++this.conversion;
    const book = app.book;
    const invoicesByNumber = new Map(book.list('invoices').map((i) => [i.number, i]));
    const format = this.format;
    const steps = rowsToRecordsSteps(this.rows, this.lines, {
      kind: this.kind,
      fields: $state.snapshot(this.fields),
      columns: this.columns,
      format: { decimalSeparator: format?.decimalSeparator ?? '.', dateFormat: format?.dateFormat ?? null },
      defaultCurrency: app.company.baseCurrency || 'EUR',
      defaultCountry: app.company.country || 'IT',
      today: app.asOf,
      batchId: this.batchId,
      existing: {
        customers: book.list('customers'),
        invoicesByNumber,
        bankLineKeys: new Set([
          ...book.list('bankLines').map((l) => l.key),
          ...book.list('payments').flatMap((p) => (p.bankLineKey ? [p.bankLineKey] : [])),
        ]),
      },
      newId: pooledIds(),
      onExisting: this.onExisting,
    });
    const total = this.rows.length;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        this.result = step.value;
        this.checking = null;
        return;
      }
      this.checking = { done: step.value, total };
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (run !== this.conversion) return;
    }
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
      if (this.hashing) this.hash = await this.hashing;
      const written = await app.run(importRecords, {
        result,
        batch: {
          id: this.batchId,
          kind: this.kind,
          fileName: this.fileName,
          fileHash: this.hash,
          importedAt: new Date().toISOString(),
          rowCount: this.rows.length,
        },
      });
      if (written.errors.length) {
        this.phase = 'mapping';
        this.message = written.errors.map((e) => say(e.error)).join(' ');
        void this.convert();
        return;
      }
      await app.saveSetting(signature(this.columns), {
        kind: this.kind,
        fields: $state.snapshot(this.fields),
      });
      this.batch = app.book.get('imports', this.batchId) ?? null;
      // Written: the file's rows and bytes are not needed any more (a million rows hold hundreds of MB).
      this.rows = [];
      this.lines = [];
      this.bytes = new Uint8Array(0);
      this.phase = 'done';
    } catch (e) {
      this.phase = 'mapping';
      this.message = t('import.nothingImported', { reason: e instanceof Error ? e.message : String(e) });
    }
  }
}
