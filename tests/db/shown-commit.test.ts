import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb } from '../../src/db/schema';
import { Book, StaleBookError } from '../../src/db/book';
import type { Invoice, Payment } from '../../src/domain/types';

// A small write is shown before its transaction (memory first, the screen draws, then IndexedDB); if
// the transaction fails, memory must be exactly what is stored, or the next write would lose data.
const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});
const inv = (i: number, amount = 1000 * i): Invoice => ({
  id: `i${i}`,
  number: `F-${i}`,
  customerId: 'c1',
  issueDate: '2026-01-01',
  dueDate: '2026-01-31',
  currency: 'EUR',
  amount,
});
const pay = (id: string, amount: number): Payment => ({
  id,
  customerId: 'c1',
  date: '2026-02-01',
  currency: 'EUR',
  amount,
  allocations: [{ invoiceId: 'i1', amount }],
});

async function open(): Promise<{ name: string; book: Book }> {
  const name = `shown-${Math.random()}`;
  names.push(name);
  const book = new Book(createDb(name));
  await book.load();
  return { name, book };
}

describe('a write shown before it lands', () => {
  it('is in memory when shown, and stored after', async () => {
    const { name, book } = await open();
    await book.commit({ invoices: { put: [inv(1), inv(2)] } });
    let seen: number | undefined;
    await book.commit({ invoices: { put: [inv(1, 555)] }, payments: { put: [pay('p1', 100)] } }, async () => {
      seen = book.get('invoices', 'i1')?.amount;
    });
    expect(seen).toBe(555);
    const fresh = new Book(createDb(name));
    await fresh.load();
    expect(fresh.get('invoices', 'i1')?.amount).toBe(555);
    expect(fresh.get('payments', 'p1')?.amount).toBe(100);
    for (const b of [book, fresh]) b.db.close();
  });

  it('is taken back out of memory when its transaction fails, and the next write loses nothing', async () => {
    const { name, book } = await open();
    await book.commit({ invoices: { put: [inv(1), inv(2), inv(3)] }, payments: { put: [pay('p1', 100)] } });
    // Another tab writes without the lock: this tab's next transaction finds the book moved on.
    const other = new Book(createDb(name));
    await other.load();
    await other.commit({ invoices: { put: [inv(3, 333)] } });
    const change = {
      invoices: { put: [inv(1, 111), inv(9)], delete: ['i2'] },
      payments: { put: [pay('p2', 50), pay('p1', 70)] },
    };
    let shownAmount: number | undefined;
    await expect(
      book.commit(change, async () => {
        shownAmount = book.get('invoices', 'i1')?.amount;
      }),
    ).rejects.toBeInstanceOf(StaleBookError);
    expect(shownAmount).toBe(111);
    // Memory is the stored book as this tab last knew it: i1 1,000, i2 kept, no i9, p1 100, no p2.
    expect(book.get('invoices', 'i1')?.amount).toBe(1000);
    expect(book.get('invoices', 'i2')?.amount).toBe(2000);
    expect(book.get('invoices', 'i9')).toBeUndefined();
    expect(book.list('invoices').map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    expect(book.get('payments', 'p1')?.amount).toBe(100);
    expect(book.get('payments', 'p2')).toBeUndefined();
    // Caught up and written again: every record of both tabs is stored.
    await book.catchUp();
    await book.commit({ invoices: { put: [inv(2, 222)] } });
    const fresh = new Book(createDb(name));
    await fresh.load();
    expect(
      fresh
        .list('invoices')
        .map((i) => `${i.id}:${i.amount}`)
        .sort(),
    ).toEqual(['i1:1000', 'i2:222', 'i3:333']);
    expect(fresh.list('payments').map((p) => `${p.id}:${p.amount}`)).toEqual(['p1:100']);
    for (const b of [book, other, fresh]) b.db.close();
  });
});
