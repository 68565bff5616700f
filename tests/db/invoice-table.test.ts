// The in-memory invoice table answers "which invoice has this id" and "where is it in the list" from one
// index: after any mix of imports, edits, deletions and another tab's blocks, both answers must match the
// list itself.
import { describe, expect, it } from 'vitest';
import { InvoiceTable, internInvoiceTexts } from '../../src/db/invoice-table';
import type { Invoice } from '../../src/domain/types';

function invoice(i: number, amount = 1000 + i): Invoice {
  return {
    id: `inv${i}`,
    number: `F-${i}`,
    customerId: 'c1',
    issueDate: '2024-01-01',
    dueDate: '2024-01-31',
    currency: 'EUR',
    amount,
  };
}

/** Every invoice the list holds is found by its id, at its place in the list; the rest are not. */
function expectConsistent(table: InvoiceTable, ids: Set<string>, amounts: Map<string, number>): void {
  const all = table.all();
  expect(all.map((r) => r.id).sort()).toEqual([...ids].sort());
  expect(table.size).toBe(ids.size);
  const wrong = all.filter(
    (r, i) => table.positionOf(r.id) !== i || table.get(r.id) !== r || r.amount !== amounts.get(r.id),
  );
  expect(wrong.map((r) => r.id)).toEqual([]);
  expect(table.get('nope')).toBeUndefined();
  expect(table.positionOf('nope')).toBeUndefined();
}

describe('invoice table', () => {
  it('finds every invoice and its place through imports, edits and deletions', () => {
    const table = new InvoiceTable();
    const ids = new Set<string>();
    const amounts = new Map<string, number>();
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let next = 0;
    for (let step = 0; step < 60; step++) {
      const put: Invoice[] = [];
      const remove: string[] = [];
      const kind = rand(3);
      if (kind === 0 || ids.size < 50) {
        // An import: new invoices, sometimes more than a block holds.
        const n = 1 + rand(step % 7 === 0 ? 4500 : 40);
        for (let k = 0; k < n; k++) put.push(invoice(next++));
      } else if (kind === 1) {
        // Edits of existing invoices.
        const list = [...ids];
        for (let k = 0; k < 1 + rand(30); k++) {
          const id = list[rand(list.length)]!;
          if (put.some((p) => p.id === id)) continue;
          put.push({ ...invoice(Number(id.slice(3))), amount: 5 + rand(100000) });
        }
      } else {
        const list = [...ids];
        for (let k = 0; k < 1 + rand(80); k++) {
          const id = list[rand(list.length)]!;
          if (!remove.includes(id)) remove.push(id);
        }
      }
      table.plan(put, remove).apply();
      for (const id of remove) {
        ids.delete(id);
        amounts.delete(id);
      }
      for (const r of put) {
        ids.add(r.id);
        amounts.set(r.id, r.amount);
      }
      expectConsistent(table, ids, amounts);
    }
  });

  it('finds every invoice of an import into an empty table, and again after all were deleted', () => {
    const table = new InvoiceTable();
    const first = Array.from({ length: 4500 }, (_, i) => invoice(i));
    table.plan(first, []).apply();
    expectConsistent(table, new Set(first.map((r) => r.id)), new Map(first.map((r) => [r.id, r.amount])));
    table
      .plan(
        [],
        first.map((r) => r.id),
      )
      .apply();
    expectConsistent(table, new Set(), new Map());
    const second = Array.from({ length: 2100 }, (_, i) => invoice(10_000 + i));
    table.plan(second, []).apply();
    // An edit and a new invoice after it.
    table.plan([{ ...invoice(10_007), amount: 5 }, invoice(20_000)], []).apply();
    const ids = new Set([...second.map((r) => r.id), 'inv20000']);
    const amounts = new Map([...second.map((r) => [r.id, r.amount] as const), ['inv20000', 21_000]]);
    amounts.set('inv10007', 5);
    expectConsistent(table, ids, amounts);
  });

  it('refuses a write that gives one id twice, and changes nothing', () => {
    const table = new InvoiceTable();
    table.plan([invoice(1), invoice(2)], []).apply();
    expect(() => table.plan([invoice(3), invoice(4), { ...invoice(3), amount: 7 }], [])).toThrow(
      'id inv3 given twice',
    );
    expectConsistent(
      table,
      new Set(['inv1', 'inv2']),
      new Map([
        ['inv1', 1001],
        ['inv2', 1002],
      ]),
    );
  });

  it('takes in another tab’s blocks, and stored blocks longer than it writes', () => {
    const table = new InvoiceTable();
    const long = Array.from({ length: 5000 }, (_, i) => invoice(i));
    const short = Array.from({ length: 10 }, (_, i) => invoice(10000 + i));
    table.load([
      { id: 3, rows: short },
      { id: 9, rows: long },
    ]);
    const ids = new Set([...long, ...short].map((r) => r.id));
    const amounts = new Map([...long, ...short].map((r) => [r.id, r.amount]));
    expectConsistent(table, ids, amounts);
    expect(table.positionOf('inv4999')).toBe(10 + 4999);

    // Another tab dropped half of block 9 and wrote a new block 12.
    const kept = long.slice(2500);
    const fresh = Array.from({ length: 3 }, (_, i) => invoice(20000 + i, 7));
    table.refreshBlocks(
      [9, 12],
      new Map([
        [9, kept],
        [12, fresh],
      ]),
    );
    for (const r of long.slice(0, 2500)) {
      ids.delete(r.id);
      amounts.delete(r.id);
    }
    for (const r of fresh) {
      ids.add(r.id);
      amounts.set(r.id, 7);
    }
    expectConsistent(table, ids, amounts);
    expect(table.positionOf('inv2500')).toBe(10);
    expect(table.positionOf('inv20002')).toBe(10 + 2500 + 2);
  });
});

describe('invoices read back from storage', () => {
  it('keep every key, in its order, and every value, whatever their shape', () => {
    const imported = { ...invoice(1), importBatchId: 'b1' };
    const described = { ...imported, description: 'Consulting, March' };
    const typed = { ...invoice(2), terms: { netDays: 30 }, notes: 'call first' };
    const reordered = { importBatchId: 'b1', ...invoice(3) };
    const extra = { ...described, disputed: true };
    const rows = [imported, described, typed, reordered, extra];
    const copies = rows.map((r) => structuredClone(r));
    const blocks = [{ rows: copies }];
    internInvoiceTexts(blocks);
    blocks[0]!.rows.forEach((r, i) => {
      expect(Object.keys(r)).toEqual(Object.keys(rows[i]!));
      expect(r).toStrictEqual(rows[i]);
    });
  });
});
