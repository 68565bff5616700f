// A small book whose figures are worked out by hand in the tests: two EUR customers and one USD invoice.
import { buildLedgerIndex, invoiceBalance } from '../../src/domain/balance';
import { agingBucketOf } from '../../src/domain/aging';
import { daysBetween } from '../../src/domain/dates';
import type { Invoice, Payment } from '../../src/domain/types';
import type { InvoiceRow } from '../../src/model/read-model';

const inv = (
  id: string,
  customerId: string,
  issueDate: string,
  dueDate: string,
  amount: number,
  currency = 'EUR',
): Invoice => ({
  id,
  number: id,
  customerId,
  issueDate,
  dueDate,
  amount,
  currency,
});

export const invoices: Invoice[] = [
  inv('A1', 'c1', '2026-01-01', '2026-01-31', 100000),
  inv('A2', 'c1', '2026-02-01', '2026-03-03', 50000),
  inv('B1', 'c2', '2026-03-01', '2026-03-31', 200000),
  inv('B2', 'c2', '2025-11-01', '2025-12-01', 30000),
  inv('U1', 'c2', '2026-01-15', '2026-02-14', 70000, 'USD'),
];

const pay = (id: string, date: string, invoiceId: string, amount: number): Payment => ({
  id,
  date,
  amount,
  currency: 'EUR',
  allocations: [{ invoiceId, amount }],
});

export const payments: Payment[] = [
  pay('p1', '2026-02-10', 'A1', 40000),
  pay('p2', '2026-04-15', 'A1', 60000),
  pay('p3', '2026-03-20', 'B1', 200000),
];

export const ledger = buildLedgerIndex(payments);

/** Rows as the read model shows them at `asOf`, built here straight from the domain's balance. */
export function rowsAt(asOf: string): InvoiceRow[] {
  return invoices.map((i) => {
    const b = invoiceBalance(i, ledger, asOf);
    const late = daysBetween(i.dueDate, asOf);
    return {
      id: i.id,
      invoice: i,
      number: i.number,
      customerId: i.customerId,
      customerName: i.customerId === 'c1' ? 'Rossi Srl' : 'Bianchi SpA',
      creditHold: false,
      issueDate: i.issueDate,
      dueDate: i.dueDate,
      currency: i.currency,
      amount: i.amount,
      open: b.open,
      daysLate: b.open > 0 && late > 0 ? late : 0,
      bucket: b.open > 0 ? agingBucketOf(late) : -1,
      status: b.open === 0 ? 'paid' : late > 0 ? 'overdue' : 'open',
    };
  });
}
