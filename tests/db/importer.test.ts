import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb } from '../../src/db/schema';
import { Book } from '../../src/db/book';
import { fileHash } from '../../src/csv/file-hash';
import {
  importChangeSet,
  undoImport,
  undoImportChangeSet,
  findBatchByHash,
} from '../../src/commands/imports';
import { exportBackup, parseBackup } from '../../src/db/backup';
import { rowsToRecords, type ImportContext } from '../../src/csv/rows-to-records';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

async function freshBook(): Promise<Book> {
  const name = `imp-${Math.random()}`;
  names.push(name);
  const book = new Book(createDb(name));
  await book.load();
  return book;
}

let seq = 0;
function ctx(book: Book, batchId: string, onExisting: 'update' | 'skip' = 'update'): ImportContext {
  return {
    kind: 'invoices',
    columns: ['No', 'Customer', 'Date', 'Amount'],
    fields: { invoiceNumber: 0, customer: 1, issueDate: 2, amount: 3 },
    format: { decimalSeparator: '.', dateFormat: 'yyyy-mm-dd' },
    defaultCurrency: 'EUR',
    defaultCountry: 'IT',
    today: '2026-03-01',
    batchId,
    existing: {
      customers: book.list('customers'),
      invoicesByNumber: new Map(book.list('invoices').map((i) => [i.number, i])),
      bankLineKeys: new Set(),
    },
    newId: (p) => `${p}${++seq}`,
    onExisting,
  };
}

async function runImport(book: Book, batchId: string, rows: string[][]): Promise<void> {
  const result = rowsToRecords(
    rows,
    rows.map((_, i) => i + 2),
    ctx(book, batchId),
  );
  const bytes = new TextEncoder().encode(JSON.stringify(rows));
  await book.commit(
    importChangeSet(result, {
      id: batchId,
      kind: 'invoices',
      fileName: `${batchId}.csv`,
      fileHash: await fileHash(bytes),
      importedAt: '2026-03-01T10:00:00Z',
      rowCount: rows.length,
    }),
  );
}

describe('import batches', () => {
  it('undoes a second import that updated invoices: the first import comes back exactly as it was', async () => {
    const book = await freshBook();
    await runImport(book, 'b1', [
      ['F-1', 'Rossi', '2026-01-10', '100.00'],
      ['F-2', 'Bianchi', '2026-01-11', '200.00'],
    ]);
    const before = structuredClone(book.list('invoices'));
    await runImport(book, 'b2', [
      ['F-2', 'Bianchi', '2026-01-11', '250.00'],
      ['F-3', 'Verdi', '2026-01-12', '300.00'],
    ]);
    expect(
      book
        .list('invoices')
        .map((i) => [i.number, i.amount])
        .sort(),
    ).toEqual([
      ['F-1', 10000],
      ['F-2', 25000],
      ['F-3', 30000],
    ]);
    expect(
      book
        .list('customers')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Bianchi', 'Rossi', 'Verdi']);

    await book.commit(undoImportChangeSet(book, 'b2'));
    expect(book.list('invoices').sort((a, b) => a.number.localeCompare(b.number))).toEqual(
      before.sort((a, b) => a.number.localeCompare(b.number)),
    );
    expect(
      book
        .list('customers')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Bianchi', 'Rossi']);
    expect(book.get('imports', 'b2')?.undone).toBe(true);

    await book.load();
    expect(book.count('invoices')).toBe(2);
    book.db.close();
  });

  it('undoes an import whose invoices were paid, credited and logged since: nothing points at a removed invoice, and the backup restores', async () => {
    const book = await freshBook();
    await runImport(book, 'b1', [
      ['F-1', 'Rossi', '2026-01-10', '100.00'],
      ['F-2', 'Rossi', '2026-01-11', '200.00'],
    ]);
    const [f1, f2] = ['F-1', 'F-2'].map((n) => book.list('invoices').find((i) => i.number === n)!);
    const rossi = f1!.customerId;
    await book.commit({
      payments: {
        put: [
          {
            id: 'p1',
            date: '2026-02-01',
            amount: 15000,
            currency: 'EUR',
            customerId: rossi,
            allocations: [
              { invoiceId: f1!.id, amount: 10000 },
              { invoiceId: f2!.id, amount: 5000 },
            ],
          },
        ],
      },
      adjustments: {
        put: [
          {
            id: 'cn1',
            kind: 'credit-note',
            customerId: rossi,
            invoiceId: f2!.id,
            date: '2026-02-02',
            amount: 2000,
            currency: 'EUR',
          },
          {
            id: 'fee1',
            kind: 'fee',
            feeKind: 'reminder',
            customerId: rossi,
            invoiceId: f2!.id,
            date: '2026-02-03',
            amount: 500,
            currency: 'EUR',
          },
        ],
      },
      activities: {
        put: [
          {
            id: 'a1',
            customerId: rossi,
            date: '2026-02-04',
            kind: 'call',
            invoiceIds: [f2!.id],
            text: 'Called about F-2',
          },
        ],
      },
    });

    await book.commit(undoImportChangeSet(book, 'b1'));
    expect(book.count('invoices')).toBe(0);
    // The payment stays, all of it on Rossi's account; the credit note too; the fee on F-2 went with it.
    expect(book.get('payments', 'p1')).toMatchObject({ amount: 15000, allocations: [] });
    expect(book.get('adjustments', 'cn1')).toMatchObject({ amount: 2000, customerId: rossi });
    expect(book.get('adjustments', 'cn1')?.invoiceId).toBeUndefined();
    expect(book.get('adjustments', 'fee1')).toBeUndefined();
    // The contact log keeps the call, no longer naming the invoice that is gone; Rossi stays for them.
    expect(book.get('activities', 'a1')).toMatchObject({ text: 'Called about F-2', invoiceIds: [] });
    expect(book.list('customers').map((c) => c.name)).toEqual(['Rossi']);

    const parsed = await parseBackup(await (await exportBackup(book.db, '2026-03-01T12:00:00Z')).text());
    expect(parsed.ok).toBe(true);
    book.db.close();
  });

  it('refuses to undo an import whose invoices are in a payment plan, and changes nothing', async () => {
    const book = await freshBook();
    await runImport(book, 'b1', [['F-1', 'Rossi', '2026-01-10', '100.00']]);
    const f1 = book.list('invoices')[0]!;
    await book.commit({
      plans: {
        put: [
          {
            id: 'plan1',
            customerId: f1.customerId,
            invoiceIds: [f1.id],
            currency: 'EUR',
            createdOn: '2026-02-01',
            status: 'active',
            instalments: [{ dueDate: '2026-03-01', amount: 10000 }],
          },
        ],
      },
    });
    const today = { today: '2026-03-01' };
    const result = undoImport(book, 'b1', today);
    expect(result.change).toEqual({});
    expect(result.errors).toHaveLength(1);
    expect(book.count('invoices')).toBe(1);
    // Once the plan is cancelled, the import undoes (the cancelled plan keeps what it was made with).
    await book.commit({ plans: { put: [{ ...book.get('plans', 'plan1')!, status: 'cancelled' }] } });
    const again = undoImport(book, 'b1', today);
    expect(again.errors).toEqual([]);
    expect(again.change.invoices?.delete).toEqual([f1.id]);
    book.db.close();
  });

  it('recognises the same file by its hash until its import is undone', async () => {
    const book = await freshBook();
    const rows = [['F-1', 'Rossi', '2026-01-10', '100.00']];
    await runImport(book, 'b1', rows);
    const hash = await fileHash(new TextEncoder().encode(JSON.stringify(rows)));
    expect(findBatchByHash(book, hash)?.id).toBe('b1');
    await book.commit(undoImportChangeSet(book, 'b1'));
    expect(findBatchByHash(book, hash)).toBeUndefined();
    expect(book.count('invoices')).toBe(0);
    book.db.close();
  });
});
