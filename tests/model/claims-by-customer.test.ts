// Claimable interest and compensation per customer, as the Reports page lists them: an unpaid invoice and
// one paid late, each worked out by hand (rules.md §4: ECB 4.50 % + 8 pp in 2024-H1, act/365, EUR 40).
import { describe, expect, it } from 'vitest';
import { ReadModel } from '../../src/model/read-model';
import { defaultRateTables } from '../../src/domain/rates/index';
import type { Snapshot } from '../../src/commands/types';
import type { Customer, Invoice, Payment } from '../../src/domain/types';

const customer = (id: string, name: string): Customer => ({
  id,
  name,
  country: 'IT',
  language: 'it',
  currency: 'EUR',
  debtor: 'business',
  creditHold: false,
  createdAt: '2024-01-01',
});
const inv = (id: string, customerId: string, amount: number): Invoice => ({
  id,
  number: id.toUpperCase(),
  customerId,
  issueDate: '2024-02-14',
  dueDate: '2024-03-15',
  currency: 'EUR',
  amount,
});
const tables = {
  customers: [customer('c1', 'Rossi S.r.l.'), customer('c2', 'Bianchi S.p.A.')],
  invoices: [inv('a', 'c1', 1_000_000), inv('b', 'c2', 100_000)],
  payments: [
    // Paid in full 30 days late.
    {
      id: 'p1',
      customerId: 'c2',
      date: '2024-04-14',
      amount: 100_000,
      currency: 'EUR',
      allocations: [{ invoiceId: 'b', amount: 100_000 }],
    } as Payment,
  ],
} as Record<string, { id: string }[]>;
const book: Snapshot = {
  list: (name) => (tables[name] ?? []) as never,
  get: (name, id) => (tables[name] ?? []).find((r) => r.id === id) as never,
  rates: defaultRateTables,
  invoiceByNumber: () => undefined,
};

describe('claimable per customer', () => {
  it('lists the unpaid and the paid-late invoice’s interest and compensation, each customer apart', () => {
    const model = new ReadModel(book);
    model.setCompany({ country: 'IT' });
    const list = model.at('2024-06-30').claimsByCustomer();
    const of = (id: string) => list.find((r) => r.customerId === id)?.totals;
    // 10,000.00 × 12.50 % × 107/365 = 366.44; 1,000.00 × 12.50 % × 30/365 = 10.27.
    expect(of('c1')).toEqual({
      currency: 'EUR',
      interest: { total: 36_644, incomplete: 0 },
      compensation: 4_000,
      invoices: 1,
    });
    expect(of('c2')).toEqual({
      currency: 'EUR',
      interest: { total: 1_027, incomplete: 0 },
      compensation: 4_000,
      invoices: 1,
    });
    expect(list).toHaveLength(2);
  });
});
