import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildLedgerIndex,
  customerTotals,
  invoiceBalance,
  openBalance,
  openBalances,
} from '../../src/domain/balance';
import type { Adjustment, Invoice, Payment } from '../../src/domain/types';

const inv = (id: string, amount: number, issueDate: string, dueDate: string, customerId = 'c1'): Invoice => ({
  id,
  number: id,
  customerId,
  issueDate,
  dueDate,
  currency: 'EUR',
  amount,
});

const pay = (
  id: string,
  date: string,
  amount: number,
  allocations: Payment['allocations'],
  customerId = 'c1',
): Payment => ({
  id,
  date,
  amount,
  currency: 'EUR',
  customerId,
  allocations,
});

const adj = (
  id: string,
  kind: Adjustment['kind'],
  date: string,
  amount: number,
  invoiceId?: string,
  extra: Partial<Adjustment> = {},
): Adjustment => ({ id, kind, date, amount, currency: 'EUR', customerId: 'c1', invoiceId, ...extra });

describe('invoiceBalance', () => {
  const a = inv('A', 100000, '2024-01-10', '2024-02-09');
  const payments = [
    pay('p1', '2024-01-20', 30000, [{ invoiceId: 'A', amount: 30000 }]),
    pay('p2', '2024-03-01', 50000, [{ invoiceId: 'A', amount: 50000 }]),
  ];
  const adjustments = [
    adj('cn', 'credit-note', '2024-02-15', 10000, 'A'),
    adj('fee', 'fee', '2024-02-20', 4000, 'A', { feeKind: 'compensation' }),
    adj('fee2', 'fee', '2024-02-21', 500, 'A', { waived: true }),
    adj('fee3', 'fee', '2024-02-22', 700, 'A', { waived: true, waivedOn: '2024-03-05' }),
  ];
  const ledger = buildLedgerIndex(payments, adjustments);

  it('is the full amount before anything happened, nothing before issue', () => {
    expect(invoiceBalance(a, ledger, '2024-01-09')).toMatchObject({ status: 'not-issued', open: 0 });
    expect(invoiceBalance(a, ledger, '2024-01-10')).toMatchObject({ status: 'open', open: 100000 });
  });

  it('follows payments, credit notes and fees by date', () => {
    // 1000.00 − 300.00 = 700.00, not yet due
    expect(invoiceBalance(a, ledger, '2024-01-20')).toMatchObject({
      status: 'partially-paid',
      open: 70000,
      paid: 30000,
    });
    // overdue from 2024-02-10
    expect(invoiceBalance(a, ledger, '2024-02-10')).toMatchObject({
      status: 'overdue',
      daysOverdue: 1,
      open: 70000,
    });
    // − 100.00 credit note + 40.00 fee + 7.00 fee (waived later) = 647.00; the 5.00 fee waived without date never counts
    expect(invoiceBalance(a, ledger, '2024-02-29')).toMatchObject({
      open: 64700,
      credited: 10000,
      fees: 4700,
      daysOverdue: 20,
    });
    // − 500.00 = 147.00
    expect(invoiceBalance(a, ledger, '2024-03-01').open).toBe(14700);
    // waiver on 03-05: 140.00
    expect(invoiceBalance(a, ledger, '2024-03-05')).toMatchObject({ open: 14000, fees: 4000 });
    expect(openBalance(a, ledger, '2024-03-05')).toBe(14000);
  });

  it('turns over-payment into credit, never a negative balance, and records the settlement date', () => {
    const b = inv('B', 10000, '2024-01-01', '2024-01-31');
    const l = buildLedgerIndex([
      pay('x', '2024-01-15', 6000, [{ invoiceId: 'B', amount: 6000 }]),
      pay('y', '2024-02-03', 5000, [{ invoiceId: 'B', amount: 5000 }]),
    ]);
    expect(invoiceBalance(b, l, '2024-02-03')).toMatchObject({
      open: 0,
      overpaid: 1000,
      status: 'paid',
      settledOn: '2024-02-03',
      settledBy: 'payment',
      overdue: false,
    });
  });

  it('counts a discount as settling with the payment', () => {
    const c = inv('C', 100000, '2024-01-01', '2024-01-31');
    const l = buildLedgerIndex([
      pay('x', '2024-01-10', 98000, [{ invoiceId: 'C', amount: 98000, discount: 2000 }]),
    ]);
    expect(invoiceBalance(c, l, '2024-01-10')).toMatchObject({
      open: 0,
      paid: 98000,
      discount: 2000,
      status: 'paid',
      settledOn: '2024-01-10',
    });
  });

  it('tells written-off and credited invoices apart, and reopens on a later fee', () => {
    const d = inv('D', 10000, '2024-01-01', '2024-01-31');
    const l = buildLedgerIndex(
      [pay('x', '2024-02-10', 4000, [{ invoiceId: 'D', amount: 4000 }])],
      [
        adj('w', 'write-off', '2024-03-01', 6000, 'D'),
        adj('f', 'fee', '2024-03-10', 4000, 'D'),
        adj('cn', 'credit-note', '2024-03-20', 4000, 'D'),
      ],
    );
    expect(invoiceBalance(d, l, '2024-03-01')).toMatchObject({
      status: 'written-off',
      settledOn: '2024-03-01',
      writtenOff: 6000,
    });
    expect(invoiceBalance(d, l, '2024-03-10')).toMatchObject({
      status: 'overdue',
      open: 4000,
      settledOn: null,
    });
    expect(invoiceBalance(d, l, '2024-03-20')).toMatchObject({
      status: 'credited',
      settledOn: '2024-03-20',
      settledBy: 'credit-note',
    });
  });
});

describe('openBalances', () => {
  it('matches invoiceBalance for every invoice (property)', () => {
    const day = fc
      .integer({ min: 0, max: 120 })
      .map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
    const scenario = fc.record({
      amounts: fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 1, maxLength: 6 }),
      payments: fc.array(
        fc.record({
          date: day,
          target: fc.nat(5),
          amount: fc.integer({ min: 0, max: 60000 }),
          discount: fc.integer({ min: 0, max: 500 }),
        }),
        { maxLength: 10 },
      ),
      adjustments: fc.array(
        fc.record({
          date: day,
          target: fc.nat(5),
          amount: fc.integer({ min: 1, max: 20000 }),
          kind: fc.constantFrom<Adjustment['kind']>('fee', 'credit-note', 'write-off'),
          waived: fc.boolean(),
        }),
        { maxLength: 6 },
      ),
      asOf: day,
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const invoices = s.amounts.map((amt, i) => inv(`I${i}`, amt, '2024-01-01', '2024-02-14'));
        const target = (t: number): string => `I${t % invoices.length}`;
        const ledger = buildLedgerIndex(
          s.payments.map((p, i) =>
            pay(`p${i}`, p.date, p.amount + 100, [
              { invoiceId: target(p.target), amount: p.amount, discount: p.discount },
            ]),
          ),
          s.adjustments.map((a, i) =>
            adj(
              `a${i}`,
              a.kind,
              a.date,
              a.amount,
              target(a.target),
              a.waived ? { waived: true, waivedOn: '2024-03-01' } : {},
            ),
          ),
        );
        const bulk = openBalances(invoices, ledger, s.asOf);
        invoices.forEach((invoice, i) => {
          const b = invoiceBalance(invoice, ledger, s.asOf);
          expect(bulk.open[i]).toBe(b.open);
          expect(bulk.overpaid[i]).toBe(b.overpaid);
          expect(b.open >= 0 && b.overpaid >= 0 && (b.open === 0 || b.overpaid === 0)).toBe(true);
          expect(b.open - b.overpaid).toBe(
            b.amount - b.paid - b.discount - b.credited - b.writtenOff + b.fees,
          );
        });
      }),
    );
  });
});

describe('customerTotals', () => {
  it('sums per customer and currency, with unapplied credit', () => {
    const invoices = [
      inv('A', 10000, '2024-01-01', '2024-01-31'),
      inv('B', 20000, '2024-02-01', '2024-03-02'),
      inv('C', 5000, '2024-02-01', '2024-03-02', 'c2'),
      { ...inv('D', 7000, '2024-02-01', '2024-03-02'), currency: 'USD' },
      inv('E', 9999, '2024-04-01', '2024-05-01'),
    ];
    const ledger = buildLedgerIndex(
      [
        pay('p1', '2024-02-10', 15000, [{ invoiceId: 'A', amount: 12000 }]), // 20.00 over A, 30.00 unapplied
        pay('p2', '2024-02-11', 1000, [], 'c2'),
        { ...pay('p3', '2024-02-12', 500, []), customerId: undefined },
      ],
      [adj('cn', 'credit-note', '2024-02-12', 700), adj('f', 'fee', '2024-02-13', 300)],
    );
    const rows = customerTotals(invoices, ledger, '2024-03-10');
    const find = (c: string, cur: string) => rows.find((r) => r.customerId === c && r.currency === cur);
    expect(find('c1', 'EUR')).toMatchObject({
      invoiceCount: 2,
      openCount: 1,
      overdueCount: 1,
      invoiced: 30000,
      open: 20000,
      overdue: 20000,
      overpaid: 2000,
      unappliedPayments: 3000,
      unappliedCredits: 700,
      accountCharges: 300,
      net: 20000 + 300 - 2000 - 3000 - 700,
    });
    expect(find('c1', 'USD')).toMatchObject({ open: 7000, overdue: 7000 });
    expect(find('c2', 'EUR')).toMatchObject({ open: 5000, unappliedPayments: 1000, net: 4000 });
    expect(find('', 'EUR')).toMatchObject({ unappliedPayments: 500, net: -500 });
    expect(rows).toHaveLength(4);
  });
});
