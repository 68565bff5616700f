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
    // Customers are stored many to a record: the bad ones sit beside good ones, and c1 comes twice.
    await db.customerBlocks.bulkPut([
      { id: 0, rows: [customer('c1'), { ...customer('c2'), language: 'xx' }] as never },
      { id: 1, rows: [{ id: 'c3', name: 5 }, customer('c1')] as never },
    ]);
    await db.invoiceBlocks.put({
      id: 1,
      rows: [invoice('i1'), null, { ...invoice('i2'), amount: '12.00' }, invoice('i3')] as never,
    });
    await db.invoiceBlocks.put({ id: 2, rows: [invoice('i1')] as never }); // i1 again, in another block
    await db.settings.put({ key: 'rateTables', value: 'garbage' });

    const moved = await quarantineBadRows(db, new Date('2025-01-01T00:00:00Z'));
    // Counted by hand: customers c2, c3 and the second c1, invoices null, i2 and the second i1, the
    // rate tables.
    expect(moved).toBe(7);
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
        'customers:duplicate-id',
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

  it('a start reads the book once: a clean book loads, a poisoned one loads nothing until set aside', async () => {
    const db = createDb(`quarantine-${Math.random()}`);
    open.push(db);
    await db.customerBlocks.put({ id: 3, rows: [customer('c1')] as never });
    await db.invoiceBlocks.put({ id: 1, rows: [invoice('i1'), invoice('i2')] as never });
    const book = new Book(db);
    expect(await book.load({ check: true })).toBe(true);
    expect(book.list('invoices').map((i) => i.id)).toEqual(['i1', 'i2']);

    // One bad invoice among good ones (an amount in decimals, as an old version might have stored it).
    await db.invoiceBlocks.put({ id: 2, rows: [{ ...invoice('i3'), amount: 120.5 }] as never });
    // Invoices with what the quick check leaves to the schema: terms, a dispute flag, notes.
    await db.invoiceBlocks.put({
      id: 3,
      rows: [{ ...invoice('i4'), terms: { type: 'net', days: 30 }, disputed: true, notes: 'n' }] as never,
    });
    const fresh = new Book(db);
    expect(await fresh.load({ check: true })).toBe(false);
    expect(fresh.count('invoices')).toBe(0);
    expect(await quarantineBadRows(db)).toBe(1);
    expect(await fresh.load({ check: true })).toBe(true);
    expect(
      fresh
        .list('invoices')
        .map((i) => i.id)
        .sort(),
    ).toEqual(['i1', 'i2', 'i4']);
  });

  it('the quick invoice check and the schema agree on every kind of bad field', async () => {
    const { invoiceProblem, firstProblem, invoice: schema } = await import('../../src/db/records');
    const good = invoice('i1');
    const cases: unknown[] = [
      good,
      { ...good, id: '' },
      { ...good, id: 7 },
      { ...good, number: undefined },
      { ...good, customerId: '' },
      { ...good, issueDate: '2024-02-30' },
      { ...good, dueDate: '09/02/2024' },
      { ...good, currency: 'eur' },
      { ...good, currency: 'EURO' },
      { ...good, amount: 1.5 },
      { ...good, amount: Number.MAX_SAFE_INTEGER + 1 },
      { ...good, amount: '100' },
      { ...good, description: 5 },
      { ...good, disputed: 'yes' },
      { ...good, terms: { type: 'net', days: 1.5 } },
      { ...good, notes: null },
      [],
      null,
      'invoice',
    ];
    for (const c of cases) expect(invoiceProblem(c)).toEqual(firstProblem(schema, c));
    // By hand: only the first is valid.
    expect(cases.filter((c) => invoiceProblem(c) === null)).toEqual([good]);
  });
});
