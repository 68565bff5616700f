// A hostile file: one cell holding megabytes of text. Its dates must still be read as dates (the
// sniffer once judged the columns by the header alone when that cell filled its sample, and every
// date became "not a date"); a row past the reader's limit is refused, naming its line and column,
// before anything is converted.
import { describe, expect, it } from 'vitest';
import { readTable, sniffCsv } from '../../src/csv';
import { packInvoices, unpackResult } from '../../src/csv/packed-result';
import { runReadJob } from '../../src/csv/read-job';
import { MAX_ROW_CHARS } from '../../src/csv/row-limit';
import type { WorkerReply } from '../../src/csv/worker-protocol';
import { reasonText } from '../../src/i18n/reasons';
import { inChunks } from './helpers';

const BASE = {
  onExisting: 'update' as const,
  defaultCurrency: 'EUR',
  defaultCountry: 'IT',
  today: '2026-06-30',
  batchId: 'b1',
};
const EMPTY_BOOK = { customers: [], invoices: packInvoices([]), bankLineKeys: new Set<string>() };

interface Huge {
  /** The data row (0-based) holding the long cell. */
  at: number;
  rows: number;
  /** Characters of the long cell. */
  size: number;
  /** How the long cell is written: quoted, quoted with a line break every 80 characters, or bare. */
  cell: 'quoted' | 'lines' | 'bare';
}

/** An invoice list of `rows` rows, day-first dates (a day past 12 in every row), one long description. */
function invoiceList({ at, rows, size, cell }: Huge): Uint8Array {
  const lines = ['Invoice,Customer,Invoice date,Due date,Amount,Currency,Description'];
  const long =
    cell === 'lines'
      ? `"${Array.from({ length: Math.ceil(size / 80) }, (_, i) => `${i}`.padEnd(79, '.')).join('\n')}"`
      : cell === 'quoted'
        ? `"${'x'.repeat(size)}"`
        : 'x'.repeat(size);
  for (let i = 0; i < rows; i++)
    lines.push(
      `R-${i},Customer ${i % 7},${13 + (i % 15)}/03/2026,${13 + (i % 15)}/04/2026,${i}.50,EUR,${i === at ? long : `Work ${i}`}`,
    );
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

function readJob(bytes: Uint8Array) {
  const replies: WorkerReply[] = [];
  const job = runReadJob(
    { bytes: bytes.slice().buffer, convert: { settings: BASE, existing: EMPTY_BOOK } },
    (m) => replies.push(m),
  );
  return { job, replies };
}

// (Each reads a few MB of text: more than a unit test's usual time on a busy machine.)
describe('a file with one huge cell', { timeout: 60_000 }, () => {
  it.each<Huge>([
    { at: 0, rows: 30, size: 5_000_000, cell: 'quoted' },
    { at: 0, rows: 30, size: 5_000_000, cell: 'lines' },
    { at: 0, rows: 30, size: 5_000_000, cell: 'bare' },
    { at: 0, rows: 3, size: 5_000_000, cell: 'quoted' },
    { at: 4, rows: 40, size: 5_000_000, cell: 'lines' },
    { at: 2, rows: 2_000, size: 5_000_000, cell: 'quoted' },
  ])('reads its dates as dates: the long cell in data row $at of $rows, $cell', (huge) => {
    const bytes = invoiceList(huge);
    const format = sniffCsv(bytes);
    expect(format).toMatchObject({ delimiter: ',', dateFormat: 'dd/mm/yyyy', dateAmbiguous: false });
    expect(format.columnTypes.slice(2, 6)).toEqual(['date', 'date', 'amount', 'currency']);

    const { job, replies } = readJob(bytes);
    expect(replies.find((r) => r.type === 'error')).toBeUndefined();
    const done = replies.find((r) => r.type === 'done');
    if (done?.type !== 'done') throw new Error(JSON.stringify(replies.at(-1)));
    expect(done).toMatchObject({ rowCount: huge.rows, errors: [] });
    // The mapping screen's glimpse of each column is a few words of it, not megabytes.
    expect(done.samples[6]!.map((v) => v.length <= 81)).toEqual([true, true, true]);
    // Physical lines stay right after a cell of many lines.
    const breaks = huge.cell === 'lines' ? Math.ceil(huge.size / 80) - 1 : 0;
    expect(job.table.lines.at(-1)).toBe(huge.rows + 1 + breaks);

    job.convert({ type: 'convert', run: 1, settings: { ...BASE, ...done.mapping } });
    const records = replies.find((r) => r.type === 'records');
    if (records?.type !== 'records') throw new Error(JSON.stringify(replies.at(-1)));
    const result = unpackResult(records.result);
    expect(result.errors).toEqual([]);
    expect(result.invoices).toHaveLength(huge.rows);
    expect(result.invoices.map((i) => i.issueDate)).toEqual(
      Array.from({ length: huge.rows }, (_, i) => `2026-03-${13 + (i % 15)}`),
    );
    expect(result.invoices[huge.at]!.description!.length).toBeGreaterThan(huge.size - 80);
  });

  it('reads the same rows in pieces as whole, the long cell across the pieces', () => {
    const bytes = invoiceList({ at: 1, rows: 50, size: 300_000, cell: 'lines' });
    const format = sniffCsv(bytes);
    const whole = readTable(bytes, format);
    const { rows, lines } = inChunks(bytes, format, 7, {
      head: 20_000,
      piece: 50_000,
      first: 4_096,
      text: 16_384,
    });
    expect(rows).toEqual(whole.rows);
    expect(lines).toEqual(whole.lines);
    expect(whole.errors).toEqual([]);
  });

  it.each([
    ['ends in the text read (refused as a row)', MAX_ROW_CHARS + 1_000],
    ['runs on past what is decoded (refused before the rest is read)', 2 * MAX_ROW_CHARS + 1_000],
  ])('past the limit, a row is refused with its line and column, nothing converted: %s', (_, size) => {
    const bytes = invoiceList({ at: 3, rows: 10, size, cell: 'quoted' });
    const { replies } = readJob(bytes);
    const error = replies.find((r) => r.type === 'error');
    expect(error).toMatchObject({
      type: 'error',
      reason: {
        code: 'file.row-too-long',
        params: { line: 5, column: 7, columnName: 'Description', limit: MAX_ROW_CHARS },
      },
    });
    expect(replies.some((r) => r.type === 'done' || r.type === 'records')).toBe(false);
    if (error?.type !== 'error' || !error.reason) throw new Error('no reason');
    expect(reasonText(error.reason, 'en')).toBe(
      'Line 5 holds more than 8,388,608 characters, most of them in column 7 (Description): far more than a spreadsheet cell can hold (32,767), so the file is not read. Nothing was imported. Check that value in the file, or export the list again from your accounting program.',
    );
    expect(reasonText(error.reason, 'it')).toMatch(
      /^La riga 5 contiene più di 8\.388\.608 caratteri, .*colonna 7 \(Description\)/,
    );
  });

  it('a quote that nothing closes is a stray one, not a row of megabytes: the lines after it are rows', () => {
    // 20,000 rows (~9 MB), an opening quote on the fifth and none after it: PapaParse reads everything
    // after it as one field, past the limit long before it could tell the quote was never closed.
    const lines = ['Invoice,Customer,Invoice date,Due date,Amount,Currency,Description'];
    const words = 'Consulting work for the quarter as agreed. '.repeat(10);
    for (let i = 0; i < 20_000; i++)
      lines.push(
        `S-${i},${i === 4 ? '"Acme Ltd' : `Customer ${i % 7}`},13/03/2026,13/04/2026,${i}.50,EUR,${words}`,
      );
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    expect(bytes.length).toBeGreaterThan(MAX_ROW_CHARS);
    const { job, replies } = readJob(bytes);
    expect(replies.find((r) => r.type === 'error')).toBeUndefined();
    expect(replies.find((r) => r.type === 'done')).toMatchObject({ rowCount: 20_000, errors: [] });
    expect(job.table.rows[4]!.slice(0, 6)).toEqual([
      'S-4',
      '"Acme Ltd',
      '13/03/2026',
      '13/04/2026',
      '4.50',
      'EUR',
    ]);
    expect(job.table.lines.at(-1)).toBe(20_001);
  });

  it('refuses a too long row read whole too', () => {
    const bytes = invoiceList({ at: 0, rows: 3, size: MAX_ROW_CHARS + 10, cell: 'bare' });
    expect(() => readTable(bytes)).toThrow(
      /line 2 holds more than 8388608 characters, most of them in column 7/,
    );
  });
});
