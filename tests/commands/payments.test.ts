import { describe, expect, it } from 'vitest';
import { planPaymentInserts, type PaymentContext } from '../../src/commands/payments';
import { buildLedgerIndex } from '../../src/domain/balance';
import type { Customer, Invoice, Payment } from '../../src/domain/types';
import { dateOrder } from '../../src/domain/date-text';
import { rossiCustomer } from './helpers';

const customer: Customer = rossiCustomer();
const inv = (id: string, due: string, amount: number, extra: Partial<Invoice> = {}): Invoice => ({
  id,
  number: id.toUpperCase(),
  customerId: 'c1',
  issueDate: '2026-01-01',
  dueDate: due,
  currency: 'EUR',
  amount,
  ...extra,
});

function context(invoices: Invoice[], payments: Payment[] = []): PaymentContext {
  let n = 0;
  return {
    invoices,
    customers: [customer],
    ledger: buildLedgerIndex(payments),
    newId: (p) => `${p}${++n}`,
    defaultCurrency: 'EUR',
    dateOrder: dateOrder('it-IT'),
  };
}

describe('payments entered in the grid', () => {
  it("allocates to the customer's open invoices oldest first and keeps the rest on account", () => {
    const invoices = [inv('b', '2026-03-01', 5000), inv('a', '2026-02-01', 3000)];
    const paid: Payment = {
      id: 'p0',
      date: '2026-02-05',
      amount: 1000,
      currency: 'EUR',
      allocations: [{ invoiceId: 'a', amount: 1000 }],
    };
    const out = planPaymentInserts(
      [{ date: '10/03/2026', customer: 'ROSSI SRL', amount: '8.000,00' }],
      context(invoices, [paid]),
    );
    expect(out.errors).toEqual([]);
    expect(out.change.payments?.put?.[0]).toMatchObject({
      date: '2026-03-10',
      amount: 8000_00,
      customerId: 'c1',
      allocations: [
        { invoiceId: 'a', amount: 2000 },
        { invoiceId: 'b', amount: 5000 },
      ],
    });
  });

  it('pays the invoices it names, in that order, with the early-payment discount when it settles one', () => {
    const invoices = [
      inv('a', '2026-02-01', 10000, {
        terms: { type: 'net', days: 30, discounts: [{ percent: 2, days: 10 }] },
      }),
      inv('b', '2026-01-15', 500),
    ];
    const out = planPaymentInserts([{ date: '2026-01-08', amount: '98', invoices: 'A' }], context(invoices));
    expect(out.change.payments?.put?.[0]?.allocations).toEqual([
      { invoiceId: 'a', amount: 9800, discount: 200 },
    ]);
  });

  it('never allocates one open balance twice when several payments are pasted together', () => {
    const out = planPaymentInserts(
      [
        { date: '2026-03-01', customer: 'Rossi S.r.l.', amount: '20,00' },
        { date: '2026-03-02', customer: 'Rossi S.r.l.', amount: '20,00' },
      ],
      context([inv('a', '2026-02-01', 3000)]),
    );
    const [first, second] = out.change.payments?.put ?? [];
    expect(first?.allocations).toEqual([{ invoiceId: 'a', amount: 2000 }]);
    expect(second?.allocations).toEqual([{ invoiceId: 'a', amount: 1000 }]);
  });

  it('refuses unknown customers and invoices, bad dates and amounts, naming the column', () => {
    const out = planPaymentInserts(
      [{ date: '31/02/2026', customer: 'Nobody', amount: '-5', invoices: 'X-1' }],
      context([inv('a', '2026-02-01', 3000)]),
    );
    expect(out.change.payments?.put).toEqual([]);
    expect(out.errors.map((e) => e.columnId).sort()).toEqual(['amount', 'customer', 'date', 'invoices']);
  });
});
