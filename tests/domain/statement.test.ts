import { describe, expect, it } from 'vitest';
import { statementOfAccount } from '../../src/domain/statement';
import type { Adjustment, Invoice, Payment } from '../../src/domain/types';

const inv = (id: string, date: string, amount: number): Invoice => ({
  id,
  number: `N-${id}`,
  customerId: 'c1',
  issueDate: date,
  dueDate: date,
  currency: 'EUR',
  amount,
});

describe('statement of account', () => {
  const invoices = [
    inv('a', '2024-01-10', 10000),
    inv('b', '2024-02-10', 5000),
    { ...inv('x', '2024-01-01', 999), customerId: 'c2' },
  ];
  const payments: Payment[] = [
    {
      id: 'p1',
      date: '2024-02-01',
      amount: 9800,
      currency: 'EUR',
      customerId: 'c1',
      allocations: [{ invoiceId: 'a', amount: 9800, discount: 200 }],
    },
    {
      id: 'p2',
      date: '2024-03-01',
      amount: 3000,
      currency: 'EUR',
      customerId: 'c1',
      reference: 'Bonifico',
      allocations: [{ invoiceId: 'b', amount: 2000 }],
    },
  ];
  const adjustments: Adjustment[] = [
    {
      id: 'f1',
      kind: 'fee',
      customerId: 'c1',
      invoiceId: 'b',
      date: '2024-03-15',
      amount: 4000,
      currency: 'EUR',
      number: 'FEE-1',
    },
    {
      id: 'f2',
      kind: 'fee',
      customerId: 'c1',
      invoiceId: 'b',
      date: '2024-03-16',
      amount: 500,
      currency: 'EUR',
      waived: true,
    },
  ];

  it('lists every movement with a running balance that ends at the open amount', () => {
    const [st] = statementOfAccount('c1', invoices, payments, adjustments, '2024-12-31');
    expect(st?.lines.map((l) => [l.date, l.kind, l.debit, l.credit, l.balance])).toEqual([
      ['2024-01-10', 'invoice', 10000, 0, 10000],
      ['2024-02-01', 'payment', 0, 9800, 200],
      ['2024-02-01', 'discount', 0, 200, 0],
      ['2024-02-10', 'invoice', 5000, 0, 5000],
      ['2024-03-01', 'payment', 0, 2000, 3000],
      ['2024-03-01', 'payment', 0, 1000, 2000],
      ['2024-03-15', 'fee', 4000, 0, 6000],
    ]);
    expect(st?.closing).toBe(6000);
  });

  it('carries what came before the start date as the opening balance, and stops at the end date', () => {
    const [st] = statementOfAccount('c1', invoices, payments, adjustments, '2024-03-10', '2024-02-05');
    expect(st?.opening).toBe(0);
    expect(st?.lines.map((l) => l.kind)).toEqual(['invoice', 'payment', 'payment']);
    expect(st?.closing).toBe(2000);
    const [late] = statementOfAccount('c1', invoices, payments, adjustments, '2024-12-31', '2024-03-01');
    expect(late?.opening).toBe(5000);
  });
});
