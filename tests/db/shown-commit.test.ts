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

  it('writes changes staged one after another in one transaction, each planned on top of the one before', async () => {
    const { name, book } = await open();
    await book.commit({ invoices: { put: [inv(1), inv(2)] } });
    const rev = book.revision;
    const first = book.stage({ invoices: { put: [inv(1, 111)] } });
    // Planned from memory, where the first is already: its inverse goes back to 111, not to 1,000.
    const second = book.stage({
      invoices: { put: [inv(1, 222), inv(2, 333)] },
      payments: { put: [pay('p1', 5)] },
    });
    expect(first.inverse.invoices?.put?.[0]?.amount).toBe(1000);
    expect(second.inverse.invoices?.put?.map((i) => i.amount)).toEqual([111, 2000]);
    book.writeStaged({ locked: true });
    await Promise.all([first.landed, second.landed]);
    expect(book.revision).toBe(rev + 1);
    const fresh = new Book(createDb(name));
    await fresh.load();
    expect(fresh.list('invoices').map((i) => i.amount)).toEqual([222, 333]);
    expect(fresh.get('payments', 'p1')?.amount).toBe(5);
    expect(fresh.revision).toBe(rev + 1);
    for (const b of [book, fresh]) b.db.close();
  });

  it('writes a change still on its way again with the next, after it, so that the next holds both', async () => {
    const { name, book } = await open();
    await book.commit({ invoices: { put: [inv(1), inv(2)] } });
    const rev = book.revision;
    const first = book.stage({ invoices: { put: [inv(1, 111)] }, payments: { put: [pay('p1', 7)] } });
    book.writeStaged(); // as after a frame
    const second = book.stage({ invoices: { put: [inv(2, 222)] } });
    book.writeStaged({ locked: true }); // the page may be going
    await Promise.all([first.landed, second.landed]);
    const fresh = new Book(createDb(name));
    await fresh.load();
    expect(fresh.list('invoices').map((i) => i.amount)).toEqual([111, 222]);
    expect(fresh.get('payments', 'p1')?.amount).toBe(7);
    expect(fresh.revision).toBe(rev + 2);
    expect(book.revision).toBe(rev + 2);
    for (const b of [book, fresh]) b.db.close();
  });

  it('never lands a leave’s write over another tab’s that took the revision of the write before it', async () => {
    const { name, book } = await open();
    await book.commit({ invoices: { put: [inv(1), inv(2)] } });
    const rev = book.revision;
    const other = new Book(createDb(name));
    await other.load();
    // The other tab leaves while this one holds the lock: its write, made first, does not wait for it.
    const theirs = other.stage({ invoices: { put: [inv(2, 999)] } });
    other.writeStaged({ locked: false });
    // This tab's write under the lock, then its own leave's write carrying it again.
    const first = book.stage({ invoices: { put: [inv(1, 111)] } });
    book.writeStaged();
    const second = book.stage({ invoices: { put: [inv(1, 222)] } });
    book.writeStaged({ locked: true });
    await theirs.landed;
    await expect(first.landed).rejects.toBeInstanceOf(StaleBookError);
    await expect(second.landed).rejects.toBeInstanceOf(StaleBookError);
    // The other tab's write stands whole; it claimed the revisions after its own.
    const fresh = new Book(createDb(name));
    await fresh.load();
    expect(fresh.list('invoices').map((i) => i.amount)).toEqual([1000, 999]);
    expect(fresh.revision).toBe(rev + 4);
    expect(book.list('invoices').map((i) => i.amount)).toEqual([1000, 2000]);
    await book.catchUp();
    expect(book.list('invoices').map((i) => i.amount)).toEqual([1000, 999]);
    for (const b of [book, other, fresh]) b.db.close();
  });

  it('takes every staged change back out of memory, the last first, when their transaction is refused', async () => {
    const { name, book } = await open();
    await book.commit({ invoices: { put: [inv(1), inv(2)] }, payments: { put: [pay('p1', 100)] } });
    const other = new Book(createDb(name));
    await other.load();
    await other.commit({ invoices: { put: [inv(2, 999)] } });
    const first = book.stage({ invoices: { put: [inv(1, 111)] }, payments: { put: [pay('p1', 70)] } });
    const second = book.stage({ invoices: { put: [inv(1, 222), inv(3)] }, payments: { delete: ['p1'] } });
    expect(book.get('invoices', 'i1')?.amount).toBe(222);
    book.writeStaged({ locked: true });
    await expect(first.landed).rejects.toBeInstanceOf(StaleBookError);
    await expect(second.landed).rejects.toBeInstanceOf(StaleBookError);
    expect(book.list('invoices').map((i) => `${i.id}:${i.amount}`)).toEqual(['i1:1000', 'i2:2000']);
    expect(book.get('payments', 'p1')?.amount).toBe(100);
    await book.catchUp();
    expect(book.get('invoices', 'i2')?.amount).toBe(999);
    for (const b of [book, other]) b.db.close();
  });
});
