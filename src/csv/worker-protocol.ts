// Messages between the page and the CSV reading worker. The worker keeps the file's rows: the page gets
// progress, the format, the mapping suggestion and a few values per column, then the converted records
// (packed, see packed-result.ts) for each mapping it asks for.
import type { ImportKind } from './import-kinds';
import type { PackedInvoices, PackedResult } from './packed-result';
import type { PackedRows } from './row-chunks';
import type { RowTooLong } from './row-limit';
import type { ExistingBook } from './rows-to-records';
import type { CsvFormat, RowError } from './types';

/**
 * The stored book as posted to a reader: its invoices packed (posted as a Map of objects, a million took
 * seconds to copy), looked up by number there through `PackedInvoiceIndex`.
 */
export interface PostedBook extends Omit<ExistingBook, 'invoicesByNumber'> {
  invoices: PackedInvoices;
}

/** What a conversion needs besides the rows, the columns and the format the worker already has. */
export interface ConvertSettings {
  kind: ImportKind;
  fields: Record<string, number>;
  onExisting: 'update' | 'skip';
  defaultCurrency: string;
  defaultCountry: string;
  /** See `ImportContext.paidReference`. */
  paidReference?: string;
  today: string;
  batchId: string;
}

export interface ReadRequest {
  type?: 'read';
  bytes: ArrayBuffer;
  format?: CsvFormat;
  /** The user writes dates month first: see `SniffOptions.monthFirst` (used when `format` is not given). */
  monthFirst?: boolean;
  /**
   * Convert right after the read with the suggested mapping, so the records are ready when the page asks
   * for that mapping (the usual case) without waiting for another message.
   */
  convert?: { settings: Omit<ConvertSettings, 'kind' | 'fields'>; existing: PostedBook };
}

export interface ConvertRequest {
  type: 'convert';
  /** Echoed in the replies; a newer run supersedes an older one. */
  run: number;
  settings: ConvertSettings;
  /** The stored book, when it changed since the last request that carried it. */
  existing?: PostedBook;
}

/**
 * Two workers share a file: one parses it (`parse`) and hands the rows over a channel to the other
 * (`attach`), which converts them as they come and answers the page's conversions.
 */
export interface ParseRequest {
  type: 'parse';
  bytes: ArrayBuffer;
  format?: CsvFormat;
  monthFirst?: boolean;
  rows: MessagePort;
}

export interface AttachRequest {
  type: 'attach';
  rows: MessagePort;
  convert?: ReadRequest['convert'];
}

export type WorkerRequest = ReadRequest | ConvertRequest | ParseRequest | AttachRequest;

export interface Mapping {
  kind: ImportKind;
  fields: Record<string, number>;
}

/** From the parser to the converter. */
export type RowsMessage =
  /** The columns and the mapping they suggest (from the first 500 rows), under the format read with. */
  | { type: 'head'; columns: string[]; mapping: Mapping; format: CsvFormat }
  | { type: 'rows'; rows: PackedRows }
  /** All read: what the page is told, and the format the whole file settled. */
  | { type: 'end'; done: DoneReply; format: CsvFormat };

export type DoneReply = Extract<WorkerReply, { type: 'done' }>;

export type WorkerReply =
  | { type: 'format'; format: CsvFormat }
  | { type: 'progress'; done: number; total: number }
  | {
      type: 'done';
      columns: string[];
      errors: RowError[];
      skipped: number;
      rowCount: number;
      /** The first few non-empty values of each column, for the mapping screen. */
      samples: string[][];
      mapping: Mapping;
      /**
       * The records of the suggested mapping follow unasked (`records` of run -1, with their settings'
       * key): a reader that was sent settings to convert with as it reads sends them once it has them.
       */
      recordsFollow?: boolean;
    }
  | { type: 'checking'; run: number; done: number; total: number }
  /** A conversion's records; those sent unasked after the read (run -1) carry their settings' `key`. */
  | { type: 'records'; run: number; result: PackedResult; key?: string }
  /** The file's fingerprint (hex SHA-256; empty when the browser cannot make one), after its rows. */
  | { type: 'hash'; hash: string }
  /** The file could not be read: `reason`, when it is one the page can put into words, says why. */
  | { type: 'error'; message: string; reason?: RowTooLong };

/** The settings a conversion's records depend on, as one text: the same text, the same records. */
export function settingsKey(s: ConvertSettings): string {
  return JSON.stringify([
    s.kind,
    Object.entries(s.fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    s.onExisting,
    s.defaultCurrency,
    s.defaultCountry,
    s.paidReference,
    s.today,
    s.batchId,
  ]);
}
