// Messages between the page and the CSV reading worker.
import type { CsvFormat, RowError } from './types';

export interface WorkerRequest {
  bytes: ArrayBuffer;
  format?: CsvFormat;
}

export type WorkerReply =
  | { type: 'format'; format: CsvFormat }
  | { type: 'rows'; rows: string[][]; lines: number[]; done: number; total: number }
  | {
      type: 'done';
      columns: string[];
      errors: RowError[];
      skipped: number;
      mapping: {
        kind: 'invoices' | 'bank-statement' | 'customers' | 'payments';
        fields: Record<string, number>;
      };
    }
  | { type: 'error'; message: string };
