// Invoice blocks are stored packed (src/db/block-codec.ts). Whatever a block holds must come back the
// same — every value, every key in its order, every odd row — through the database as through the codec,
// and blocks stored before the packed form must still be read.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { packBlock, unpackBlock } from '../../src/db/block-codec';
import { Book } from '../../src/db/book';
import { rawExport, rawExportBlob } from '../../src/db/raw-export';
import { createDb, SCHEMA_VERSION } from '../../src/db/schema';
import type { Invoice } from '../../src/domain/types';

const names: string[] = [];
function dbName(): string {
  const name = `codec-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** An imported invoice: the importer's keys in its order, a description on some. */
function imported(i: number): Invoice {
  const inv: Invoice = {
    id: `inv${i}`,
    number: `F-${i}`,
    customerId: `c${i % 7}`,
    issueDate: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    dueDate: '2024-03-31',
    currency: i % 5 === 0 ? 'RON' : 'EUR',
    amount: 1000 + i * 37,
    importBatchId: i % 2 ? 'b1' : 'b2',
  };
  if (i % 3) inv.description = `Job ${i % 4}, café ☕`;
  return inv;
}

/** Rows of every shape a block may hold, the usual ones among them. */
function mixed(): unknown[] {
  const rows: unknown[] = Array.from({ length: 50 }, (_, i) => imported(i));
  const odd: unknown[] = [
    // Keys of a form-made invoice, in another order.
    {
      id: 'm1',
      number: 'M-1',
      customerId: 'c1',
      amount: 500,
      currency: 'EUR',
      issueDate: '2024-02-01',
      dueDate: '2024-03-01',
    },
    // The usual keys, plus notes and terms.
    { ...imported(60), notes: 'called twice', terms: { kind: 'net', days: 60 } },
    // Amounts that would not come back the same from a whole number.
    { ...imported(61), amount: -0 },
    { ...imported(62), amount: 10.5 },
    { ...imported(63), amount: '100' },
    // The usual keys without a batch, and a description that is not text.
    { ...imported(64), importBatchId: undefined },
    { ...imported(65), description: 12 },
    null,
    42,
    'text',
    [1, 2],
    // Texts past U+FFFF and lone surrogates.
    { ...imported(66), customerId: 'c𝔘', description: 'a\uD800b' },
  ];
  odd.forEach((r, k) => rows.splice(3 + k * 4, 0, r));
  return rows;
}

function keysOf(rows: unknown[]): string[] {
  return rows.map((r) => (typeof r === 'object' && r !== null ? Object.keys(r).join() : typeof r));
}

describe('packed invoice blocks', () => {
  it('give back every row of any shape, keys in order, through the codec', () => {
    const rows = mixed();
    const stored = packBlock({ id: 3, rows: structuredClone(rows) }) as { packed: number; ids: string[] };
    expect(stored.packed).toBe(1);
    // The usual invoices are in columns (the one with a non-text description and the one without a
    // batch are not of the usual shape).
    expect(stored.ids).toHaveLength(50 + 1);
    const back = unpackBlock(structuredClone(stored)) as { id: number; rows: unknown[] };
    expect(back.id).toBe(3);
    expect(back.rows).toStrictEqual(rows);
    expect(keysOf(back.rows)).toEqual(keysOf(rows));
    expect(Object.is((back.rows[3 + 2 * 4] as Invoice).amount, -0)).toBe(true);
  });

  it('leave anything that is not a block as it is, both ways', () => {
    for (const v of [null, 7, 'x', { id: 1 }, { id: 1, rows: 'no' }, { id: 1, rows: [], extra: true }])
      expect(unpackBlock(packBlock(structuredClone(v)))).toStrictEqual(v);
    // A record that only looks packed is not unpacked.
    const fake = { id: 1, packed: 1, count: 2, ids: ['a'], numbers: ['b'], texts: [], others: [] };
    expect(unpackBlock(fake)).toBe(fake);
  });

  it('are written packed and read back the same by the app, after reopening', async () => {
    const name = dbName();
    const first = createDb(name);
    const book = new Book(first);
    await book.load();
    const invoices = Array.from({ length: 4500 }, (_, i) => imported(i));
    invoices[100] = { ...invoices[100]!, notes: 'promised Friday' };
    await book.commit({ invoices: { put: invoices } });
    first.close();
    // What IndexedDB holds: packed records.
    const raw = new Dexie(name);
    await raw.open();
    const records = await raw.table('invoiceBlocks').toArray();
    raw.close();
    expect(records.length).toBeGreaterThan(1);
    expect(records.every((r) => r.packed === 1 && r.rows === undefined)).toBe(true);
    // Read back by a fresh copy of the app.
    const again = new Book(createDb(name));
    await again.load();
    const list = again.list('invoices');
    expect(list).toStrictEqual(invoices);
    expect(keysOf(list)).toEqual(keysOf(invoices));
  });

  it('come out of the recovery download as the invoices they hold, with nothing lost', async () => {
    const name = dbName();
    const db = createDb(name);
    const book = new Book(db);
    await book.load();
    const invoices = Array.from({ length: 2100 }, (_, i) => imported(i));
    invoices[7] = { ...invoices[7]!, notes: 'disputed' };
    await book.commit({ invoices: { put: invoices } });
    db.close();
    const raw = await rawExport(name);
    const rows = (raw.stores.invoiceBlocks as { rows: Invoice[] }[]).flatMap((b) => b.rows);
    expect(rows).toStrictEqual(invoices);
    const file = JSON.parse(await rawExportBlob(raw).text()) as typeof raw;
    expect((file.stores.invoiceBlocks as { rows: Invoice[] }[]).flatMap((b) => b.rows)).toEqual(invoices);
    // A packed block the download could not unpack still keeps its numbers.
    const odd = JSON.parse(
      await rawExportBlob({ ...raw, stores: { x: [{ codes: new Uint16Array([1, 65535]) }] } }).text(),
    ) as { stores: { x: { codes: number[] }[] } };
    expect(odd.stores.x[0]?.codes).toEqual([1, 65535]);
  });

  it('read blocks stored before the packed form, and every way of reading gives rows', async () => {
    const name = dbName();
    const v4 = createDb(name, 4);
    const old = Array.from({ length: 30 }, (_, i) => imported(i));
    await v4.invoiceBlocks.put({ id: 1, rows: old });
    v4.close();
    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    // A packed block beside the old one.
    await db.invoiceBlocks.put({ id: 2, rows: [imported(40), imported(41)] });
    expect((await db.invoiceBlocks.get(1))?.rows).toStrictEqual(old);
    expect((await db.invoiceBlocks.bulkGet([1, 2])).map((b) => b?.rows.length)).toEqual([30, 2]);
    expect((await db.invoiceBlocks.toArray()).map((b) => b.rows.length)).toEqual([30, 2]);
    expect((await db.invoiceBlocks.limit(1).toArray())[0]?.rows).toStrictEqual(old);
    const seen: number[] = [];
    await db.invoiceBlocks.each((b) => void seen.push(b.rows.length));
    expect(seen).toEqual([30, 2]);
    expect(await db.invoiceBlocks.toCollection().primaryKeys()).toEqual([1, 2]);
    expect((await db.invoiceBlocks.get(2))?.rows).toStrictEqual([imported(40), imported(41)]);
    db.close();
  });
});
