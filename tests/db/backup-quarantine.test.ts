// Loading tolerates bad rows: they are moved aside (and counted), the rest loads as it was.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb, type OverdueDb } from '../../src/db/schema';
import { Book } from '../../src/db/book';
import { quarantineBadRows, quarantined } from '../../src/db/quarantine';
import { exportBackup, parseBackup } from '../../src/db/backup';

const open: OverdueDb[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

const customer = (id: string) => ({
  id,
  name: `Customer ${id}`,
  country: 'IT',
  language: 'it',
  currency: 'EUR',
  debtor: 'business',
  creditHold: false,
  createdAt: '2024-01-01',
});
const invoice = (id: string, customerId = 'c1') => ({
  id,
  number: id.toUpperCase(),
  customerId,
  issueDate: '2024-01-10',
  dueDate: '2024-02-09',
  currency: 'EUR',
  amount: 12_000,
});

describe('loading a book with poisoned rows', () => {
  it('sets aside the bad rows, keeps the good ones, and the result backs up and restores', async () => {
    const db = createDb(`quarantine-${Math.random()}`);
    open.push(db);
    await db.table('customers').bulkPut([customer('c1'), { ...customer('c2'), language: 'xx' }]);
    await db.table('customers').put({ id: 'c3', name: 5 });
    await db.invoiceBlocks.put({
      id: 1,
      rows: [invoice('i1'), null, { ...invoice('i2'), amount: '12.00' }, invoice('i3')] as never,
    });
    await db.invoiceBlocks.put({ id: 2, rows: [invoice('i1')] as never }); // i1 again, in another block
    await db.settings.put({ key: 'rateTables', value: 'garbage' });

    const moved = await quarantineBadRows(db, new Date('2025-01-01T00:00:00Z'));
    // Counted by hand: customers c2 and c3, invoices null, i2 and the second i1, the rate tables.
    expect(moved).toBe(6);
    const book = new Book(db);
    await book.load();
    expect(book.list('customers').map((c) => c.id)).toEqual(['c1']);
    expect(
      book
        .list('invoices')
        .map((i) => i.id)
        .sort(),
    ).toEqual(['i1', 'i3']);
    expect(await db.settings.get('rateTables')).toBeUndefined();

    const aside = await quarantined(db);
    expect(aside.map((q) => `${q.table}:${q.problem.problem}`).sort()).toEqual(
      [
        'customers:language',
        'customers:type',
        'invoices:not-object',
        'invoices:type',
        'invoices:duplicate-id',
        'settings:rate-table',
      ].sort(),
    );
    // Nothing lost: the set-aside rows are in the backup, and the backup passes its own checks.
    const text = await (await exportBackup(db, '2025-01-01T00:00:00.000Z')).text();
    expect(text).toContain('"language":"xx"');
    expect((await parseBackup(text)).ok).toBe(true);
    // A second start finds nothing new.
    expect(await quarantineBadRows(db)).toBe(0);
  });
});
