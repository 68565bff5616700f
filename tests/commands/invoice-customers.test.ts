// Customers named in typed or pasted invoice cells: one customer per name however it is written, found
// among the stored ones first, and none left behind by an invoice that was refused.
import { describe, expect, it } from 'vitest';
import { createInvoices, editInvoices } from '../../src/commands/invoices';
import type { Customer, Invoice } from '../../src/domain/types';
import { ctxAt, rossiCustomer, snapshotOf } from './helpers';

const rossi: Customer = rossiCustomer({ id: 'c-rossi', escalation: 'none', createdAt: '2026-01-01' });
const inv = (id: string): Invoice => ({
  id,
  number: id.toUpperCase(),
  customerId: 'c-rossi',
  issueDate: '2026-10-01',
  dueDate: '2026-10-31',
  currency: 'EUR',
  amount: 10_000,
});

describe('customers named in invoice cells', () => {
  it('reuses a stored customer written another way, and makes one new customer for one new name', () => {
    const snap = snapshotOf({ customers: [rossi], invoices: [inv('a'), inv('b'), inv('c')] });
    const r = editInvoices(
      snap,
      [
        { key: 'a', columnId: 'customer', text: 'ROSSI SRL' },
        { key: 'b', columnId: 'customer', text: 'Bianchi & Figli' },
        { key: 'c', columnId: 'customer', text: 'bianchi figli' },
      ],
      ctxAt('2026-12-01'),
    );
    expect(r.errors).toEqual([]);
    const put = r.change.invoices?.put ?? [];
    const made = r.change.customers?.put ?? [];
    expect(made.map((c) => c.name)).toEqual(['Bianchi & Figli']);
    expect(put.find((i) => i.id === 'a')?.customerId).toBe('c-rossi');
    expect(put.find((i) => i.id === 'b')?.customerId).toBe(made[0]!.id);
    expect(put.find((i) => i.id === 'c')?.customerId).toBe(made[0]!.id);
  });

  it('pasted rows: a refused row leaves no new customer behind; a later row reuses an earlier new one', () => {
    const r = createInvoices(
      snapshotOf({ customers: [rossi] }),
      [
        { number: 'N-1', customer: 'Verdi SpA', amount: 'abc' },
        { number: 'N-2', customer: 'Neri', amount: '10,00' },
        { number: 'N-3', customer: 'NERI', amount: '12,50' },
      ],
      ctxAt('2026-12-01'),
    );
    expect(r.errors.map((e) => e.index)).toEqual([0]);
    const made = r.change.customers?.put ?? [];
    expect(made.map((c) => c.name)).toEqual(['Neri']);
    expect((r.change.invoices?.put ?? []).map((i) => [i.number, i.customerId, i.amount])).toEqual([
      ['N-2', made[0]!.id, 1000],
      ['N-3', made[0]!.id, 1250],
    ]);
  });
});
