import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb, SCHEMA_VERSION } from '../../src/db/schema';
import { Book } from '../../src/db/book';
import { BLOCK_SIZE } from '../../src/db/invoice-table';
import type { Invoice } from '../../src/domain/types';
import { copyRateTables, defaultRateTables } from '../../src/domain/rates/index';

let n = 0;
const names: string[] = [];
function dbName(): string {
  const name = `test-${++n}-${Math.random()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function invoice(i: number): Invoice {
  return {
    id: `inv${i}`,
    number: `F-${i}`,
    customerId: 'c1',
    issueDate: '2024-01-01',
    dueDate: '2024-01-31',
    currency: 'EUR',
    amount: 1000 + i,
  };
}

describe('schema upgrades', () => {
  it('upgrades a version-1 database with every record intact', async () => {
    const name = dbName();
    const v1 = createDb(name, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.table('customers').bulkPut([
      {
        id: 'c1',
        name: 'Rossi S.r.l.',
        country: 'IT',
        language: 'it',
        currency: 'EUR',
        debtor: 'business',
        createdAt: '2024-01-01',
      },
      {
        id: 'c2',
        name: 'Ørsted ApS',
        country: 'DK',
        language: 'da',
        currency: 'DKK',
        debtor: 'business',
        createdAt: '2024-01-02',
        creditHold: true,
      },
    ]);
    await v1.table('invoiceBlocks').put({ id: 1, rows: [invoice(1), invoice(2)] });
    await v1.table('payments').put({
      id: 'p1',
      date: '2024-02-01',
      amount: 500,
      currency: 'EUR',
      allocations: [{ invoiceId: 'inv1', amount: 500 }],
    });
    await v1.table('payments').put({ id: 'p2', date: '2024-02-02', amount: 700, currency: 'EUR' });
    await v1.table('settings').put({ key: 'company', value: { name: 'Acme' } });
    await v1
      .table('activities')
      .put({ id: 'a1', customerId: 'c1', invoiceIds: ['inv1'], date: '2024-02-03', kind: 'call' });
    v1.close();

    const v2 = createDb(name);
    await v2.open();
    expect(v2.verno).toBe(SCHEMA_VERSION);
    // Stored many to a record since version 6: every customer is in one of the buckets.
    const customers = (await v2.customerBlocks.toArray())
      .flatMap((b) => b.rows)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(customers.map((c) => [c.name, c.creditHold, c.escalation])).toEqual([
      ['Rossi S.r.l.', false, 'none'],
      ['Ørsted ApS', true, 'none'],
    ]);
    expect((await v2.invoiceBlocks.get(1))?.rows).toEqual([invoice(1), invoice(2)]);
    expect((await v2.payments.get('p1'))?.allocations).toEqual([{ invoiceId: 'inv1', amount: 500 }]);
    expect((await v2.payments.get('p2'))?.allocations).toEqual([]);
    expect(await v2.settings.get('company')).toEqual({ key: 'company', value: { name: 'Acme' } });
    expect(await v2.activities.count()).toBe(1);
    expect(await v2.bankLines.count()).toBe(0);
    v2.close();
  });
});

describe('book', () => {
  it('writes invoices packed in blocks and reads them back after reopening', async () => {
    const name = dbName();
    const book = new Book(createDb(name));
    await book.load();
    const many = Array.from({ length: BLOCK_SIZE * 2 + 5 }, (_, i) => invoice(i));
    await book.commit({ invoices: { put: many } });
    expect(await book.db.invoiceBlocks.count()).toBe(3);
    book.db.close();

    const again = new Book(createDb(name));
    await again.load();
    expect(again.count('invoices')).toBe(many.length);
    expect(again.get('invoices', 'inv4000')?.amount).toBe(5000);
    again.db.close();
  });

  it('undoes a commit with its inverse, edits and deletes included', async () => {
    const book = new Book(createDb(dbName()));
    await book.load();
    await book.commit({ invoices: { put: [invoice(1), invoice(2)] }, customers: { put: [] } });
    const edit = await book.commit({
      invoices: { put: [{ ...invoice(1), dueDate: '2024-03-31' }, invoice(3)], delete: ['inv2'] },
    });
    expect(
      book
        .list('invoices')
        .map((i) => i.id)
        .sort(),
    ).toEqual(['inv1', 'inv3']);
    expect(book.get('invoices', 'inv1')?.dueDate).toBe('2024-03-31');

    const redo = await book.commit(edit);
    expect(
      book
        .list('invoices')
        .map((i) => i.id)
        .sort(),
    ).toEqual(['inv1', 'inv2']);
    expect(book.get('invoices', 'inv1')?.dueDate).toBe('2024-01-31');

    await book.commit(redo);
    expect(book.get('invoices', 'inv1')?.dueDate).toBe('2024-03-31');
    await book.load();
    expect(
      book
        .list('invoices')
        .map((i) => i.id)
        .sort(),
    ).toEqual(['inv1', 'inv3']);
    book.db.close();
  });

  it('writes nothing when the transaction fails', async () => {
    const book = new Book(createDb(dbName()));
    await book.load();
    const bad = { id: 'c1', name: 'x', bad: () => 1 } as unknown as never;
    await expect(
      book.commit({ invoices: { put: [invoice(1)] }, customers: { put: [bad] } }),
    ).rejects.toThrow();
    expect(book.count('invoices')).toBe(0);
    await book.load();
    expect(book.count('invoices')).toBe(0);
    book.db.close();
  });

  it("keeps the user's reference-rate tables, refuses broken ones, and goes back to the shipped ones", async () => {
    const name = dbName();
    const book = new Book(createDb(name));
    await book.load();
    expect(book.rates).toBe(defaultRateTables);
    const edited = copyRateTables();
    edited.ecb.rows.push({ from: '2027-01-01', ratePercent: 2.9 });
    await book.saveRates(edited);
    const broken = copyRateTables();
    broken.ecb.rows.push({ from: '2027-02-01', ratePercent: 3 });
    await expect(book.saveRates(broken)).rejects.toThrow(/rates\.half-year-start/);
    book.db.close();
    const again = new Book(createDb(name));
    await again.load();
    expect(again.rates.ecb.rows.at(-1)).toEqual({ from: '2027-01-01', ratePercent: 2.9 });
    await again.saveRates(null);
    expect(again.rates).toBe(defaultRateTables);
    again.db.close();
  });
});
