// Reads a CSV file off the main thread: detect the format, parse, suggest a mapping, and post the rows
// back in chunks with progress, so a million-row file never freezes the page. Cancel = terminate().
import { readTable, sniffCsv, suggestMapping } from './index';
import type { CsvFormat } from './types';
import type { WorkerRequest, WorkerReply } from './worker-protocol';

const CHUNK = 50_000;

function post(msg: WorkerReply): void {
  (self as unknown as Worker).postMessage(msg);
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  try {
    const bytes = new Uint8Array(e.data.bytes);
    const format: CsvFormat = e.data.format ?? sniffCsv(bytes);
    post({ type: 'format', format });
    const table = readTable(bytes, format);
    const mapping = suggestMapping(table.columns, table.rows.slice(0, 500));
    const total = table.rows.length;
    for (let i = 0; i < total; i += CHUNK) {
      post({
        type: 'rows',
        rows: table.rows.slice(i, i + CHUNK),
        lines: table.lines.slice(i, i + CHUNK),
        done: Math.min(total, i + CHUNK),
        total,
      });
    }
    post({
      type: 'done',
      columns: table.columns,
      errors: table.errors,
      skipped: table.skipped.length,
      mapping,
    });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
