// Customers are stored many to a record (src/db/customer-buckets.ts). What a user would notice if that
// went wrong: a customer missing, duplicated or old after a reload, an undo, another tab's write or an
// upgrade. The expected counts come from the test's own data, never from the code under test.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb, SCHEMA_VERSION } from '../../src/db/schema';
import { Book, StaleBookError } from '../../src/db/book';
import type { Customer } from '../../src/domain/types';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});
function fresh(): string {
  const name = `buckets-${Math.random()}`;
  names.push(name);
  return name;
}
const customer = (i: number, name = `Cliente ${i}`): Customer => ({
  id: `cus${String(i).padStart(5, '0')}`,
  name,
  language: 'it',
  country: 'IT',
  currency: 'EUR',
  debtor: 'business',
  creditHold: false,
  escalation: 'none',
  createdAt: '2026-01-05',
});
const names2 = (b: Book) =>
  b
    .list('customers')
    .map((c) => `${c.id}:${c.name}`)
    .sort();
async function storedCustomers(book: Book): Promise<Customer[]> {
  return (await book.db.customerBlocks.toArray()).flatMap((b) => b.rows);
}

describe('customers stored many to a record', () => {
  it('an import of 2,000 customers is a few dozen records, and every one reads back', async () => {
    const name = fresh();
    const book = new Book(createDb(name));
    await book.load();
    const all = Array.from({ length: 2000 }, (_, i) => customer(i));
    await book.commit({ customers: { put: all } });
    const records = await book.db.customerBlocks.count();
    expect(records).toBeGreaterThan(1);
    expect(records).toBeLessThanOrEqual(64);
    const stored = await storedCustomers(book);
    expect(stored).toHaveLength(2000);
    expect(new Set(stored.map((c) => c.id)).size).toBe(2000);
    const again = new Book(createDb(name));
    await again.load();
    expect(again.count('customers')).toBe(2000);
    expect(again.get('customers', 'cus01234')?.name).toBe('Cliente 1234');
    for (const b of [book, again]) b.db.close();
  });

  it('an edit rewrites one record, a deletion removes the customer, an undo brings both back', async () => {
    const name = fresh();
    const book = new Book(createDb(name));
    await book.load();
    await book.commit({ customers: { put: Array.from({ length: 300 }, (_, i) => customer(i)) } });
    const before = await book.db.customerBlocks.toArray();
    const undo = await book.commit({
      customers: { put: [customer(7, 'Rossi S.r.l.')], delete: ['cus00008'] },
    });
    const after = await book.db.customerBlocks.toArray();
    // Only the records holding customers 7 and 8 changed.
    const changed = after.filter(
      (b) => JSON.stringify(b) !== JSON.stringify(before.find((x) => x.id === b.id)),
    );
    expect(changed.length).toBeGreaterThanOrEqual(1);
    expect(changed.length).toBeLessThanOrEqual(2);
    let reread = new Book(createDb(name));
    await reread.load();
    expect(reread.count('customers')).toBe(299);
    expect(reread.get('customers', 'cus00007')?.name).toBe('Rossi S.r.l.');
    expect(reread.get('customers', 'cus00008')).toBeUndefined();
    reread.db.close();

    await book.commit(undo);
    reread = new Book(createDb(name));
    await reread.load();
    expect(reread.count('customers')).toBe(300);
    expect(reread.get('customers', 'cus00007')?.name).toBe('Cliente 7');
    expect(reread.get('customers', 'cus00008')?.name).toBe('Cliente 8');
    expect(await storedCustomers(reread)).toHaveLength(300);
    for (const b of [book, reread]) b.db.close();
  });

  it('deleting the last customer of a record deletes the record', async () => {
    const book = new Book(createDb(fresh()));
    await book.load();
    await book.commit({ customers: { put: [customer(1)] } });
    expect(await book.db.customerBlocks.count()).toBe(1);
    await book.commit({ customers: { delete: ['cus00001'] } });
    expect(await book.db.customerBlocks.count()).toBe(0);
    expect(book.count('customers')).toBe(0);
    book.db.close();
  });

  it('a customer shown before it lands and then refused is not left in memory, and the next write is right', async () => {
    const name = fresh();
    const a = new Book(createDb(name));
    const b = new Book(createDb(name));
    await a.load();
    await b.load();
    await a.commit({ customers: { put: [customer(1), customer(2)] } });
    // Tab B, not yet told, shows a new customer first; its write is refused as stale.
    await expect(
      b.commit({ customers: { put: [customer(3)] } }, () => Promise.resolve()),
    ).rejects.toBeInstanceOf(StaleBookError);
    expect(b.get('customers', 'cus00003')).toBeUndefined();
    expect(await b.catchUp()).toEqual(new Set(['customers']));
    expect(names2(b)).toEqual(['cus00001:Cliente 1', 'cus00002:Cliente 2']);
    await b.commit({ customers: { put: [customer(3)] } });
    const c = new Book(createDb(name));
    await c.load();
    expect(names2(c)).toEqual(['cus00001:Cliente 1', 'cus00002:Cliente 2', 'cus00003:Cliente 3']);
    for (const x of [a, b, c]) x.db.close();
  });

  it("another tab's edit and deletion reach this tab, and its own next write keeps them", async () => {
    const name = fresh();
    const a = new Book(createDb(name));
    await a.load();
    await a.commit({ customers: { put: Array.from({ length: 200 }, (_, i) => customer(i)) } });
    const b = new Book(createDb(name));
    await b.load();
    await a.commit({ customers: { put: [customer(5, 'Bianchi SpA')], delete: ['cus00006'] } });
    expect(await b.catchUp()).toEqual(new Set(['customers']));
    expect(b.get('customers', 'cus00005')?.name).toBe('Bianchi SpA');
    expect(b.get('customers', 'cus00006')).toBeUndefined();
    expect(b.count('customers')).toBe(199);
    // B now edits a customer that may share a record with A's: A's edit must survive.
    await b.commit({ customers: { put: [customer(4, 'Verdi Srl')] } });
    const c = new Book(createDb(name));
    await c.load();
    expect(c.count('customers')).toBe(199);
    expect(c.get('customers', 'cus00005')?.name).toBe('Bianchi SpA');
    expect(c.get('customers', 'cus00004')?.name).toBe('Verdi Srl');
    expect(c.get('customers', 'cus00006')).toBeUndefined();
    for (const x of [a, b, c]) x.db.close();
  });

  it('a version-5 database keeps every customer through the upgrade', async () => {
    const name = fresh();
    const v5 = createDb(name, 5);
    await v5.open();
    await v5.table('customers').bulkPut(Array.from({ length: 150 }, (_, i) => customer(i)));
    v5.close();
    const book = new Book(createDb(name));
    expect(await book.load({ check: true })).toBe(true);
    expect(book.db.verno).toBe(SCHEMA_VERSION);
    expect(book.count('customers')).toBe(150);
    expect(book.get('customers', 'cus00149')?.name).toBe('Cliente 149');
    expect(book.db.tables.map((t) => t.name)).not.toContain('customers');
    book.db.close();
  });
});
