import { describe, expect, it } from 'vitest';
import { createInvoices } from '../../../src/commands/invoices';
import { heldCustomersOf } from '../../../src/ui/collections/hold-warning';
import type { Customer } from '../../../src/domain/types';
import { ctxAt, snapshotOf } from '../../commands/helpers';

const base = {
  country: 'IT',
  language: 'it',
  currency: 'EUR',
  debtor: 'business',
  createdAt: '2026-01-01',
} as const;
const held: Customer = { ...base, id: 'h', name: 'Bianchi Srl', creditHold: true };
const cash: Customer = { ...base, id: 'k', name: 'Conti SpA', creditHold: false, cashOnly: true };
const free: Customer = { ...base, id: 'f', name: 'Rossi Snc', creditHold: false };
const customers = new Map([held, cash, free].map((c) => [c.id, c]));
const row = (customer: string, number: string) => ({
  number,
  customer,
  issueDate: '2026-03-01',
  dueDate: '2026-03-31',
  amount: '100,00',
  currency: 'EUR',
});

describe('an invoice typed or pasted for a held customer', () => {
  it('names the held and cash-only customers of the new invoices, and no other', () => {
    const snapshot = snapshotOf({ customers: [held, cash, free] });
    const pasted = createInvoices(
      snapshot,
      [row('Rossi Snc', 'A1'), row('Bianchi Srl', 'A2'), row('Conti SpA', 'A3'), row('Bianchi Srl', 'A4')],
      ctxAt('2026-03-01'),
    );
    expect(pasted.errors).toEqual([]);
    expect(heldCustomersOf(pasted, customers)).toEqual(['Bianchi Srl', 'Conti SpA']);
    const typed = createInvoices(snapshot, [row('Rossi Snc', 'B1')], ctxAt('2026-03-01'));
    expect(heldCustomersOf(typed, customers)).toEqual([]);
  });
});
