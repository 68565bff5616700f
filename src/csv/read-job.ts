// One file's read, as the worker runs it: detect the format, stream the rows in chunks with progress,
// then suggest a mapping from the header and the first rows. Also run in the page itself when the
// browser cannot start a module worker.
import { readTableChunks, sniffCsv, suggestMapping } from './index';
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
    let done = 0;
    const result = readTableChunks(
      bytes,
      format,
      (chunk) => {
        for (const r of chunk.rows) if (sample.length < SAMPLE) sample.push(r);
        done += chunk.rows.length;
        // The total is not known until the end: estimate it from the share of text read.
        const total = chunk.progress > 0 ? Math.max(done, Math.round(done / chunk.progress)) : done;
        post({ type: 'rows', rows: chunk.rows, lines: chunk.lines, done, total });
      },
      CHUNK,
    );
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
