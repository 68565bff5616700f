import { describe, expect, it } from 'vitest';
import { ReadModel } from '../../src/model/read-model';
import { sampleChangeSet } from '../../src/commands/sample-data';
import type { ChangeSet, EntityName, Entities } from '../../src/db/change-set';
import type { Snapshot } from '../../src/commands/types';
import { defaultRateTables } from '../../src/domain/rates/index';
import type { Customer, Invoice, Payment } from '../../src/domain/types';

/** An in-memory book that applies change sets, as the stored book does. */
class MemoryBook implements Snapshot {
  private tables = new Map<EntityName, Map<string, { id: string }>>();
  rates = defaultRateTables;
  apply(change: ChangeSet): void {
    for (const [name, part] of Object.entries(change) as [
      EntityName,
      { put?: { id: string }[]; delete?: string[] },
    ][]) {
      let t = this.tables.get(name);
      if (!t) this.tables.set(name, (t = new Map()));
      for (const id of part.delete ?? []) t.delete(id);
      for (const r of part.put ?? []) t.set(r.id, r);
    }
  }
  list<K extends EntityName>(name: K): Entities[K][] {
    return [...(this.tables.get(name)?.values() ?? [])] as Entities[K][];
  }
  get<K extends EntityName>(name: K, id: string): Entities[K] | undefined {
    return this.tables.get(name)?.get(id) as Entities[K] | undefined;
  }
  invoiceByNumber(number: string): Invoice | undefined {
    return this.list('invoices').find((i) => i.number === number);
  }
}

const customer: Customer = {
  id: 'c1',
  name: 'Rossi S.r.l.',
  country: 'IT',
  language: 'it',
  currency: 'EUR',
  debtor: 'business',
  creditHold: false,
  createdAt: '2024-01-01',
};
const inv = (id: string, due: string, amount: number): Invoice => ({
  id,
  number: id.toUpperCase(),
  customerId: 'c1',
  issueDate: '2024-01-01',
  dueDate: due,
  currency: 'EUR',
  amount,
});

describe('read model', () => {
  it('derives open balance, days late, bucket, status and interest for an as-of date', () => {
    const book = new MemoryBook();
    book.apply({
      customers: { put: [customer] },
      invoices: { put: [inv('a', '2024-03-15', 1_000_000), inv('b', '2024-06-20', 50_000)] },
    });
    const pay: Payment = {
      id: 'p1',
      date: '2024-05-01',
      amount: 20_000,
      currency: 'EUR',
      allocations: [{ invoiceId: 'b', amount: 20_000 }],
    };
    book.apply({ payments: { put: [pay] } });
    const view = new ReadModel(book).at('2024-06-30');
    expect(view.row('a')).toMatchObject({ open: 1_000_000, daysLate: 107, bucket: 4, status: 'overdue' });
    expect(view.row('b')).toMatchObject({ open: 30_000, daysLate: 10, bucket: 1, status: 'overdue' });
    // rules.md §4 A: 10,000.00 due 2024-03-15, 107 days at 4.50 + 8 = 12.50 % → 366.44.
    expect(view.interest.total(inv('a', '2024-03-15', 1_000_000))).toBe(36_644);
    expect(view.customerRows[0]).toMatchObject({
      open: 1_030_000,
      overdue: 1_030_000,
      openInvoices: 2,
      oldestDaysLate: 107,
    });
  });

  it('shows an invoice closed by a write-off as written off, from the day of the write-off, and paid when paid', () => {
    const book = new MemoryBook();
    book.apply({
      customers: { put: [customer] },
      invoices: { put: [inv('a', '2024-03-15', 100_000), inv('b', '2024-03-15', 100_000)] },
      payments: {
        put: [
          {
            id: 'p1',
            date: '2024-05-01',
            amount: 100_000,
            currency: 'EUR',
            allocations: [{ invoiceId: 'b', amount: 100_000 }],
          },
        ],
      },
    });
    const model = new ReadModel(book);
    expect(model.at('2024-06-30').row('a')?.status).toBe('overdue');
    // 400.00 paid, then the rest written off: the write-off is what closed it.
    const paid: ChangeSet = {
      payments: {
        put: [
          {
            id: 'p2',
            date: '2024-05-10',
            amount: 40_000,
            currency: 'EUR',
            allocations: [{ invoiceId: 'a', amount: 40_000 }],
          },
        ],
      },
    };
    book.apply(paid);
    model.note({ entities: new Set(['payments']), change: paid });
    const wo = {
      id: 'w1',
      kind: 'write-off' as const,
      customerId: 'c1',
      invoiceId: 'a',
      date: '2024-06-01',
      amount: 60_000,
      currency: 'EUR',
      writeOffReason: 'uncollectable' as const,
    };
    const change: ChangeSet = { adjustments: { put: [wo] } };
    book.apply(change);
    model.note({ entities: new Set(['adjustments']), change });
    const view = model.at('2024-06-30');
    expect(view.row('a')).toMatchObject({ open: 0, status: 'written-off' });
    expect(view.row('b')).toMatchObject({ open: 0, status: 'paid' });
    // Before the write-off's day it was still overdue; a model built afresh says the same.
    expect(new ReadModel(book).at('2024-05-31').row('a')).toMatchObject({ open: 60_000, status: 'overdue' });
    expect(new ReadModel(book).at('2024-06-30').row('a')?.status).toBe('written-off');
    // The write-off reversed: overdue again.
    const back: ChangeSet = { adjustments: { delete: ['w1'] } };
    book.apply(back);
    model.note({ entities: new Set(['adjustments']), change: back });
    expect(model.at('2024-06-30').row('a')).toMatchObject({ open: 60_000, status: 'overdue' });
  });

  it('a disputed part earns no interest and is not claimed; a whole dispute none; resolved, all of it again', () => {
    const book = new MemoryBook();
    book.apply({ customers: { put: [customer] }, invoices: { put: [inv('a', '2024-03-15', 1_000_000)] } });
    const model = new ReadModel(book);
    const log = (change: ChangeSet) => {
      book.apply(change);
      model.note({ entities: new Set(['activities']), change });
    };
    // rules.md §4 A: 10,000.00 due 2024-03-15, 107 days to 2024-06-30 at 12.50 % → 366.44.
    expect(model.at('2024-06-30').interest.total(book.get('invoices', 'a')!)).toBe(36_644);
    // 4,000.00 of it contested: interest on the 6,000.00 rest, 6,000 × 12.5 % × 107 / 365 = 219.86.
    log({
      activities: {
        put: [
          {
            id: 'd1',
            customerId: 'c1',
            invoiceIds: ['a'],
            date: '2024-04-01',
            kind: 'dispute',
            disputeReason: 'quality',
            disputeAmount: 400_000,
          },
        ],
      },
    });
    let view = model.at('2024-06-30');
    const a = book.get('invoices', 'a')!;
    expect(view.row('a')).toMatchObject({ open: 1_000_000, status: 'disputed' });
    expect(view.interest.total(a)).toBe(21_986);
    expect(view.interest.claimFigure(a)?.interest).toBe(21_986);
    expect(view.claimTotals('EUR')[0]?.interest.total).toBe(21_986);
    // The whole invoice contested (a second entry without a part): nothing claimed.
    log({
      activities: {
        put: [{ id: 'd2', customerId: 'c1', invoiceIds: ['a'], date: '2024-05-01', kind: 'dispute' }],
      },
    });
    view = model.at('2024-06-30');
    expect(view.interest.total(a)).toBe(0);
    expect(view.interest.claimFigure(a)).toBeNull();
    expect(view.claimTotals('EUR').every((t) => t.interest.total === 0)).toBe(true);
    // Before the second entry, only the part was contested: 6,000 × 12.5 % × 46 / 365 = 94.52.
    expect(model.at('2024-04-30').interest.total(a)).toBe(9_452);
    // Both resolved in our favour on 2024-06-20: overdue again, with all its interest.
    log({
      activities: {
        put: [
          {
            id: 'r1',
            customerId: 'c1',
            invoiceIds: ['a'],
            date: '2024-06-20',
            kind: 'dispute',
            resolves: 'd1',
            resolution: 'for-us',
          },
          {
            id: 'r2',
            customerId: 'c1',
            invoiceIds: ['a'],
            date: '2024-06-20',
            kind: 'dispute',
            resolves: 'd2',
            resolution: 'for-us',
          },
        ],
      },
    });
    view = model.at('2024-06-30');
    expect(view.row('a')).toMatchObject({ status: 'overdue' });
    expect(view.interest.total(a)).toBe(36_644);
  });

  it('after each edit, payment or credit shows the same figures as a model built from scratch', () => {
    const book = new MemoryBook();
    book.apply(sampleChangeSet('2026-11-30', 7));
    const model = new ReadModel(book);
    let view = model.at('2026-11-30');
    const invoices = book.list('invoices');
    const steps: ChangeSet[] = [];
    for (let k = 0; k < 12; k++) {
      const target = invoices[(k * 97) % invoices.length] as Invoice;
      if (k % 3 === 0)
        steps.push({
          invoices: { put: [{ ...target, amount: target.amount + 1234, dueDate: '2026-10-01' }] },
        });
      else if (k % 3 === 1)
        steps.push({
          payments: {
            put: [
              {
                id: `pk${k}`,
                date: '2026-11-02',
                amount: 5000,
                currency: target.currency,
                customerId: target.customerId,
                allocations: [{ invoiceId: target.id, amount: 5000 }],
              },
            ],
          },
        });
      else
        steps.push({
          payments: { delete: [`pk${k - 1}`] },
          adjustments: {
            put: [
              {
                id: `cn${k}`,
                kind: 'credit-note',
                customerId: target.customerId,
                invoiceId: target.id,
                date: '2026-11-03',
                amount: 700,
                currency: target.currency,
              },
            ],
          },
        });
    }
    for (const change of steps) {
      book.apply(change);
      model.note({ entities: new Set(Object.keys(change) as EntityName[]), change });
      const before = view;
      view = model.at('2026-11-30');
      expect(view).not.toBe(before);
      const fresh = new ReadModel(book).at('2026-11-30');
      expect(view.rows.map((r) => [r.id, r.open, r.daysLate, r.bucket, r.status])).toEqual(
        fresh.rows.map((r) => [r.id, r.open, r.daysLate, r.bucket, r.status]),
      );
      expect(view.customerRows.map((r) => [r.customer.id, r.open, r.overdue])).toEqual(
        fresh.customerRows.map((r) => [r.customer.id, r.open, r.overdue]),
      );
      for (const r of view.rows.slice(0, 200))
        expect(view.interest.total(r.invoice)).toBe(fresh.interest.total(r.invoice));
    }
    // Nothing changed: the same view comes back.
    expect(model.at('2026-11-30')).toBe(view);
    // After the edits, moving the date re-derives the rows only: the same as a model built at that date.
    for (const asOf of ['2026-10-15', '2026-11-30']) {
      const moved = model.at(asOf);
      const fresh = new ReadModel(book).at(asOf);
      expect(moved.rows.map((r) => [r.id, r.open, r.daysLate, r.bucket, r.status])).toEqual(
        fresh.rows.map((r) => [r.id, r.open, r.daysLate, r.bucket, r.status]),
      );
      expect(moved.claimTotals('EUR')).toEqual(fresh.claimTotals('EUR'));
      expect(moved.row(invoices[5]!.id)?.id).toBe(invoices[5]!.id);
    }
    // Generous: a dozen full rebuilds of the sample book, on a shared machine.
  }, 30_000);
});

describe('the call list in the read model', () => {
  it('is one queue per generation: a letter logged for its step takes the row away at once', () => {
    const book = new MemoryBook();
    // Due 15 March; on 20 March it is 5 days late: the default policy's first reminder (due + 5).
    book.apply({ customers: { put: [customer] }, invoices: { put: [inv('a', '2024-03-15', 1_000_000)] } });
    const model = new ReadModel(book);
    const view = model.at('2024-03-20');
    expect(view.queue.rows.map((r) => [r.kind, r.customerId, r.level, r.invoiceIds])).toEqual([
      ['letter', 'c1', 'reminder-1', ['a']],
    ]);
    expect(view.queue).toBe(model.at('2024-03-20').queue);
    expect(view.queueOf('c1').rows).toHaveLength(1);
    expect(view.queueOf('other').rows).toEqual([]);
    const change: ChangeSet = {
      activities: {
        put: [
          {
            id: 'l1',
            customerId: 'c1',
            invoiceIds: ['a'],
            date: '2024-03-20',
            kind: 'letter',
            dunningLevel: 'reminder-1',
          },
        ],
      },
    };
    book.apply(change);
    model.note({ entities: new Set(['activities']), change });
    const after = model.at('2024-03-20');
    expect(after).not.toBe(view);
    expect(after.queue.rows).toEqual([]);
  });
});
