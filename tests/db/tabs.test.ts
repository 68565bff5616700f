import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb } from '../../src/db/schema';
import { Book, StaleBookError } from '../../src/db/book';
import type { Invoice } from '../../src/domain/types';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});
const inv = (i: number): Invoice => ({
  id: `i${i}`,
  number: `F-${i}`,
  customerId: 'c1',
  issueDate: '2026-01-01',
  dueDate: '2026-01-31',
  currency: 'EUR',
  amount: 1000 * i,
});

describe('two tabs on one book', () => {
  it('refuses a write planned from a stale copy, then catches up without losing the other tab’s edit', async () => {
    const name = `tabs-${Math.random()}`;
    names.push(name);
    const a = new Book(createDb(name));
    await a.load();
    await a.commit({ invoices: { put: [inv(1), inv(2)] } });
    const b = new Book(createDb(name));
    await b.load();
    // Tab A edits invoice 1; tab B, not yet told, edits invoice 2 of the same stored block.
    await a.commit({ invoices: { put: [{ ...inv(1), amount: 111 }] } });
    await expect(b.commit({ invoices: { put: [{ ...inv(2), amount: 222 }] } })).rejects.toBeInstanceOf(
      StaleBookError,
    );
    expect(await b.catchUp()).toEqual(new Set(['invoices']));
    expect(b.get('invoices', 'i1')?.amount).toBe(111);
    await b.commit({ invoices: { put: [{ ...inv(2), amount: 222 }] } });
    const fresh = new Book(createDb(name));
    await fresh.load();
    expect(
      fresh
        .list('invoices')
        .map((i) => i.amount)
        .sort(),
    ).toEqual([111, 222]);
    // New blocks from both tabs never share an id.
    await a.catchUp();
    await a.commit({ invoices: { put: [inv(3)] } });
    await b.catchUp();
    await b.commit({ invoices: { put: [inv(4)] } });
    await fresh.load();
    expect(fresh.count('invoices')).toBe(4);
    for (const x of [a, b, fresh]) x.db.close();
  });

  it('makes the other tab reload after delete-all, so it cannot write the old book back', async () => {
    const name = `tabs-${Math.random()}`;
    names.push(name);
    const a = new Book(createDb(name));
    await a.load();
    await a.commit({ invoices: { put: [inv(1)] }, customers: { put: [] } });
    const b = new Book(createDb(name));
    await b.load();
    await a.clearAll();
    expect(await b.catchUp()).toBe('all');
    expect(b.count('invoices')).toBe(0);
    await b.commit({ invoices: { put: [inv(5)] } });
    const fresh = new Book(createDb(name));
    await fresh.load();
    expect(fresh.list('invoices').map((i) => i.id)).toEqual(['i5']);
    for (const x of [a, b, fresh]) x.db.close();
  });
});

describe('invoice numbers', () => {
  it('finds an invoice by its number after edits, deletes and another tab’s write', async () => {
    const name = `num-${Math.random()}`;
    names.push(name);
    const a = new Book(createDb(name));
    await a.load();
    await a.commit({ invoices: { put: [inv(1), inv(2)] } });
    expect(a.invoiceByNumber('F-2')?.id).toBe('i2');
    await a.commit({ invoices: { put: [{ ...inv(2), number: 'G-2' }], delete: ['i1'] } });
    expect(a.invoiceByNumber('F-2')).toBeUndefined();
    expect(a.invoiceByNumber('F-1')).toBeUndefined();
    expect(a.invoiceByNumber('G-2')?.id).toBe('i2');
    const b = new Book(createDb(name));
    await b.load();
    expect(b.invoiceByNumber('G-2')?.id).toBe('i2');
    await a.commit({ invoices: { put: [{ ...inv(3), number: 'H-3' }] } });
    await b.catchUp();
    expect(b.invoiceByNumber('H-3')?.id).toBe('i3');
    a.db.close();
    b.db.close();
  });
});
