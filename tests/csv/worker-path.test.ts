// The reading worker converts the rows itself and posts the records packed (read-job.ts,
// packed-result.ts). What reaches the page must be what the page made before from the rows the worker
// posted: the same records, row errors (codes, lines), statuses, counts and notes, on every real export.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedFixturesDir } from '../../scripts/check-shared-fixtures';
import {
  InvoicePacker,
  oneByte,
  PackedInvoiceIndex,
  packInvoices,
  unpackResult,
} from '../../src/csv/packed-result';
import { runReadJob, type ReadJob } from '../../src/csv/read-job';
import { rowsToRecords, type ExistingBook, type ImportResult } from '../../src/csv/rows-to-records';
import type { CsvFormat } from '../../src/csv/types';
import type { ConvertSettings, PostedBook, WorkerReply } from '../../src/csv/worker-protocol';
import type { Invoice } from '../../src/domain/types';

const BASE = {
  onExisting: 'update' as const,
  defaultCurrency: 'EUR',
  defaultCountry: 'IT',
  today: '2026-03-31',
  batchId: 'b1',
};
const NO_BOOK: ExistingBook = { customers: [], invoicesByNumber: new Map(), bankLineKeys: new Set() };
const ids = () => {
  let n = 0;
  return (prefix: string) => `${prefix}${++n}`;
};

interface Read {
  job: ReadJob;
  /** Where the job's replies go from now on. */
  box: { replies: WorkerReply[] };
  format: CsvFormat;
  columns: string[];
  mapping: { kind: ConvertSettings['kind']; fields: Record<string, number> };
}

/**
 * The book as the page posts it to the reader: its invoices packed (`list`: in the book's order, a
 * number maybe on two; else the Map's), and copied as posting does.
 */
function posted(existing: ExistingBook, list?: Invoice[]): PostedBook {
  const { invoicesByNumber, ...rest } = existing;
  const invoices = list ?? [...(invoicesByNumber as Map<string, Invoice>).values()];
  return structuredClone({ ...rest, invoices: packInvoices(invoices) });
}

function read(bytes: Uint8Array, existing: ExistingBook = NO_BOOK, list?: Invoice[]): Read {
  const box = { replies: [] as WorkerReply[] };
  const job = runReadJob(
    { bytes: bytes.slice().buffer, convert: { settings: BASE, existing: posted(existing, list) } },
    (m) => box.replies.push(m),
    ids,
  );
  const replies = box.replies;
  const format = replies.flatMap((r) => (r.type === 'format' ? [r.format] : [])).at(-1)!;
  const done = replies.find((r) => r.type === 'done');
  if (done?.type !== 'done') throw new Error(JSON.stringify(replies.at(-1)));
  return { job, box, format, columns: done.columns, mapping: done.mapping };
}

/** The worker's way: ask the job for the records, unpack what it posts. */
function workerRecords(r: Read, settings: ConvertSettings, existing?: ExistingBook): ImportResult {
  const replies: WorkerReply[] = (r.box.replies = []);
  r.job.convert({ type: 'convert', run: 7, settings, ...(existing ? { existing: posted(existing) } : {}) });
  const records = replies.find((m) => m.type === 'records');
  if (records?.type !== 'records') throw new Error(JSON.stringify(replies.at(-1)));
  expect(records.run).toBe(7);
  // What crosses to the page is a structured clone.
  return unpackResult(structuredClone(records.result));
}

/** The page's old way: convert the rows the worker posted, on the page. */
function pageRecords(r: Read, settings: ConvertSettings, existing: ExistingBook = NO_BOOK): ImportResult {
  return rowsToRecords(r.job.table.rows, r.job.table.lines, {
    ...settings,
    columns: r.columns,
    format: { decimalSeparator: r.format.decimalSeparator, dateFormat: r.format.dateFormat },
    existing,
    newId: ids(),
  });
}

function same(a: ImportResult, b: ImportResult): void {
  expect(a.invoices).toStrictEqual(b.invoices);
  // Key order too: the records are stored as made.
  expect(a.invoices.map((i) => Object.keys(i).join())).toEqual(b.invoices.map((i) => Object.keys(i).join()));
  for (const k of ['customers', 'replaced', 'payments', 'adjustments', 'bankLines'] as const)
    expect(a[k]).toStrictEqual(b[k]);
  expect(a.errors).toStrictEqual(b.errors);
  expect(a.warnings).toStrictEqual(b.warnings);
  expect(a.status).toEqual(b.status);
  expect(a.counts).toEqual(b.counts);
  expect(a.notes).toEqual(b.notes);
}

function files(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /\.(csv|tsv|txt)$/i.test(n))
        .sort()
        .map((n) => join(dir, n))
    : [];
}

const own = files(fileURLToPath(new URL('../fixtures/csv', import.meta.url)));
const shared = files(sharedFixturesDir());

describe('the worker path gives the page path’s records', () => {
  it.each([...own, ...shared].map((f) => [f.split('/').slice(-2).join('/'), f]))('%s', (_name, file) => {
    const r = read(new Uint8Array(readFileSync(file)));
    const settings = { ...BASE, ...r.mapping };
    // The first conversion (suggested mapping, made right after the read) and a fresh one agree.
    const first = workerRecords(r, settings);
    same(first, pageRecords(r, settings));
    same(
      workerRecords(r, { ...settings, onExisting: 'skip' }),
      pageRecords(r, { ...settings, onExisting: 'skip' }),
    );
  });

  it('on the shared real exports (CI has them)', () => {
    // Outside CI a clone may sit without ../shared beside it; in CI the folder must be there.
    expect(shared.length > 0 || !process.env.CI, `shared fixtures missing at ${sharedFixturesDir()}`).toBe(
      true,
    );
  });

  it('for invoices that update stored ones, with terms and without descriptions, and another mapping', () => {
    const head = 'Number,Customer,Issued,Due,Amount,Terms,Description\n';
    const body = Array.from({ length: 8_000 }, (_, i) => {
      const terms = i % 7 === 0 ? 'Net 60' : '';
      const desc = i % 3 === 0 ? '' : `Job ${i % 11}`;
      const day = String((i % 28) + 1).padStart(2, '0');
      return `N-${i},Customer ${i % 90},${day}/03/2026,${i % 13 === 0 ? 'bad' : `${day}/04/2026`},${i}.5,${terms},${desc}`;
    }).join('\n');
    const stored: Invoice = {
      id: 'inv-old',
      number: 'N-5',
      customerId: 'c-x',
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      currency: 'EUR',
      amount: 1,
      notes: 'called twice',
      importBatchId: 'old',
    };
    const existing: ExistingBook = { ...NO_BOOK, invoicesByNumber: new Map([['N-5', stored]]) };
    const r = read(new TextEncoder().encode(head + body), existing);
    const settings = { ...BASE, ...r.mapping };
    const worker = workerRecords(r, settings);
    same(worker, pageRecords(r, settings, existing));
    expect(worker.replaced).toEqual([stored]);
    expect(worker.errors.length).toBeGreaterThan(500);
    expect(
      worker.invoices.some((i) => i.terms) && worker.invoices.some((i) => i.description === undefined),
    ).toBe(true);
    // Without the description and with the due date left out.
    const fewer = { ...settings, fields: { invoiceNumber: 0, customer: 1, issueDate: 2, amount: 4 } };
    same(workerRecords(r, fewer), pageRecords(r, fewer, existing));
    // The stored book changes: the next request carries it.
    same(workerRecords(r, settings, NO_BOOK), pageRecords(r, settings, NO_BOOK));
  });

  it('for a file read in several chunks, with updates and terms in each, asked for twice', () => {
    // Past 20,000 rows the parser hands rows over in chunks, and the converter packs each chunk's
    // invoices as it goes: an update or an invoice with terms in a later chunk keeps its place.
    const head = 'Number,Customer,Issued,Due,Amount,Terms,Description\n';
    const body = Array.from({ length: 45_000 }, (_, i) => {
      const terms = i % 9_001 === 0 ? 'Net 60' : '';
      const desc = i % 4 === 0 ? '' : `Job ${i % 13}`;
      const day = String((i % 28) + 1).padStart(2, '0');
      return `N-${i},Customer ${i % 300},${day}/03/2026,${day}/04/2026,${i}.25,${terms},${desc}`;
    }).join('\n');
    const stored = (number: string, id: string): Invoice => ({
      id,
      number,
      customerId: 'c-x',
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      currency: 'EUR',
      amount: 1,
      notes: 'called twice',
      importBatchId: 'old',
    });
    const olds = [stored('N-3', 'inv-a'), stored('N-25000', 'inv-b'), stored('N-44999', 'inv-c')];
    const existing: ExistingBook = { ...NO_BOOK, invoicesByNumber: new Map(olds.map((o) => [o.number, o])) };
    const r = read(new TextEncoder().encode(head + body), existing);
    const settings = { ...BASE, ...r.mapping };
    const first = workerRecords(r, settings);
    same(first, pageRecords(r, settings, existing));
    expect(first.invoices).toHaveLength(45_000);
    expect(first.replaced).toEqual(olds);
    expect(first.invoices[25_000]).toMatchObject({ id: 'inv-b', number: 'N-25000', notes: 'called twice' });
    expect(first.invoices[27_003]?.terms).toBeDefined();
    // Asked again with the same settings: the same records (the kept result was not given away).
    same(workerRecords(r, settings), first);
  });

  it('against a stored book of plain and edited invoices, a number on two of them', () => {
    const head = 'Number,Customer,Issued,Due,Amount,Description\n';
    const body = Array.from({ length: 3_000 }, (_, i) => {
      const day = String((i % 28) + 1).padStart(2, '0');
      return `N-${i},Customer ${i % 50},${day}/03/2026,${day}/04/2026,${i % 5 === 0 ? 1 : i}.00,Job ${i % 4}`;
    }).join('\n');
    // A third of the rows stored as imported (with a description or without), one stored invoice edited
    // (a note), and N-7 twice: the page's Map of the book by number keeps the later, so must the reader.
    const list: Invoice[] = Array.from({ length: 1_000 }, (_, k) => {
      const i = k * 3;
      const day = String((i % 28) + 1).padStart(2, '0');
      return {
        id: `inv-${i}`,
        number: `N-${i}`,
        customerId: `c-${i % 50}`,
        issueDate: `2026-03-${day}`,
        dueDate: `2026-04-${day}`,
        currency: 'EUR',
        amount: 100,
        importBatchId: 'old',
        ...(k % 2 ? { description: `Job ${i % 4}` } : {}),
      };
    });
    list.push({ ...list[10]!, id: 'inv-edited', notes: 'called' });
    list.push(
      { ...list[200]!, id: 'inv-n7-first', number: 'N-7' },
      { ...list[201]!, id: 'inv-n7-later', number: 'N-7' },
    );
    const existing: ExistingBook = { ...NO_BOOK, invoicesByNumber: new Map(list.map((i) => [i.number, i])) };
    const r = read(new TextEncoder().encode(head + body), existing, list);
    const settings = { ...BASE, ...r.mapping };
    const worker = workerRecords(r, settings);
    same(worker, pageRecords(r, settings, existing));
    expect(worker.replaced.map((i) => i.id)).toContain('inv-n7-later');
    expect(worker.replaced.map((i) => i.id)).not.toContain('inv-n7-first');
    expect(worker.replaced.find((i) => i.number === 'N-30')).toMatchObject({
      id: 'inv-edited',
      notes: 'called',
    });
    expect(worker.counts.update).toBeGreaterThan(900);
  });

  it('packs a book in pieces (as idle time does) as it packs it at once, and finds each invoice', () => {
    const list: Invoice[] = Array.from({ length: 5_000 }, (_, i) => ({
      id: `inv-${i}`,
      number: `N-${i}`,
      customerId: `c-${i % 70}`,
      issueDate: '2026-03-01',
      dueDate: `2026-04-${String((i % 28) + 1).padStart(2, '0')}`,
      currency: i % 9 ? 'EUR' : 'RON',
      amount: i * 7,
      importBatchId: 'old',
      ...(i % 3 ? { description: `Job ${i % 5}` } : {}),
      ...(i % 1_000 === 17 ? { notes: 'called' } : {}),
    }));
    const packer = new InvoicePacker(1024, false);
    for (let at = 0; at < list.length; at += 1_234)
      packer.add(list, [], at, Math.min(list.length, at + 1_234));
    const pieces = packer.invoices();
    expect(pieces).toStrictEqual(packInvoices(list));
    const index = new PackedInvoiceIndex(structuredClone(pieces));
    for (const i of [0, 17, 1_017, 2_345, 4_999]) expect(index.get(`N-${i}`)).toStrictEqual(list[i]);
    expect(index.get('N-5000')).toBeUndefined();
  });

  it('keeps each repeated text once, in a column of more distinct texts than its first lookup holds', () => {
    // 70,000 distinct descriptions, then 2,000 invoices repeating early and late ones: each text is kept
    // once, and every invoice reads back its own.
    const list: Invoice[] = Array.from({ length: 72_000 }, (_, i) => ({
      id: `inv-${i}`,
      number: `N-${i}`,
      customerId: `c-${i % 3}`,
      issueDate: '2026-03-01',
      dueDate: '2026-04-01',
      currency: 'EUR',
      amount: i,
      importBatchId: 'b',
      description: `Order ${i < 70_000 ? i : i % 2 ? 5 : 69_999}`,
    }));
    const packed = packInvoices(list);
    expect(packed.description.values).toHaveLength(70_000);
    expect(packed.coded.customerId.values).toStrictEqual(['c-0', 'c-1', 'c-2']);
    const index = new PackedInvoiceIndex(structuredClone(packed));
    for (const i of [0, 5, 65_536, 65_537, 69_999, 70_000, 70_001, 71_999])
      expect(index.get(`N-${i}`)).toStrictEqual(list[i]);
  });

  it('keeps every text as it was when it makes it one byte a character', () => {
    // A number cut from a file with a "€" somewhere, Latin-1 names, and texts it leaves as they are.
    const file = 'Nr,Kunde,Betrag\nF-1,Müller & Søn,5 €\n';
    const number = file.slice(file.indexOf('F-1'), file.indexOf('F-1') + 3);
    for (const text of [number, 'Müller & Søn', 'Ștefan Țăranu', '5 €', '', 'x'.repeat(300)])
      expect(oneByte(text)).toBe(text);
  });

  it('when the end of the file settles the date order the head could not', () => {
    // 3,000 rows whose dates read both ways, then one that only reads month-first: the records made
    // while reading (day-first) are made again month-first.
    const lines = ['Invoice,Customer,Date,Amount'];
    for (let i = 0; i < 3000; i++)
      lines.push(`A-${i},Customer ${i % 40},0${(i % 9) + 1}/1${i % 3}/2024,${i}.50`);
    lines.push('B-1,Late Customer,03/25/2024,10.00');
    const r = read(new TextEncoder().encode(lines.join('\n')));
    expect(r.format.dateFormat).toBe('mm/dd/yyyy');
    const settings = { ...BASE, ...r.mapping };
    const worker = workerRecords(r, settings);
    same(worker, pageRecords(r, settings));
    // 01/10/2024 month-first is the 10th of January.
    expect(worker.invoices[0]?.issueDate).toBe('2024-01-10');
  });

  it('when lines of one invoice lie far apart in the file', () => {
    const lines = ['Invoice,Customer,Date,Line amount'];
    for (let i = 0; i < 2000; i++) lines.push(`F-${i},Customer ${i % 40},15/01/2026,${i}.00`);
    // A further line of the first invoice, after the head the conversion started from.
    lines.push('F-0,Customer 0,15/01/2026,5.00');
    const r = read(new TextEncoder().encode(lines.join('\n')));
    const settings = { ...BASE, ...r.mapping };
    const worker = workerRecords(r, settings);
    same(worker, pageRecords(r, settings));
    expect(worker.counts.line).toBe(1);
    expect(worker.invoices[0]).toMatchObject({ number: 'F-0', amount: 500 });
  });
});
