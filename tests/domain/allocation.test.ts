import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocatePayment, allocationCandidates, type AllocationCandidate } from '../../src/domain/allocation';
import { buildLedgerIndex } from '../../src/domain/balance';
import type { Invoice, PaymentTerms } from '../../src/domain/types';

const inv = (
  id: string,
  amount: number,
  issueDate: string,
  dueDate: string,
  terms?: PaymentTerms,
): Invoice => ({
  id,
  number: id,
  customerId: 'c1',
  issueDate,
  dueDate,
  currency: 'EUR',
  amount,
  ...(terms ? { terms } : {}),
});

const twoTen: PaymentTerms = { type: 'net', days: 30, discounts: [{ percent: 2, days: 10 }] };

describe('allocatePayment', () => {
  const a = inv('A', 10000, '2024-01-01', '2024-01-31');
  const b = inv('B', 20000, '2024-02-01', '2024-03-02');
  const c = inv('C', 5000, '2024-01-15', '2024-02-14');

  it('pays the oldest due first and keeps the rest as credit', () => {
    const r = allocatePayment({ amount: 40000, date: '2024-03-10', currency: 'EUR' }, [
      { invoice: b, open: 20000 },
      { invoice: a, open: 10000 },
      { invoice: c, open: 5000 },
    ]);
    expect(r.allocations).toEqual([
      { invoiceId: 'A', amount: 10000 },
      { invoiceId: 'C', amount: 5000 },
      { invoiceId: 'B', amount: 20000 },
    ]);
    expect(r.unapplied).toBe(5000);
  });

  it('stops part-way and honours the given order', () => {
    const r = allocatePayment(
      { amount: 22000, date: '2024-03-10', currency: 'EUR' },
      [
        { invoice: b, open: 20000 },
        { invoice: a, open: 10000 },
      ],
      { order: 'given' },
    );
    expect(r.allocations).toEqual([
      { invoiceId: 'B', amount: 20000 },
      { invoiceId: 'A', amount: 2000 },
    ]);
    expect(r.unapplied).toBe(0);
  });

  it('skips other currencies and closed invoices', () => {
    const usd = { ...a, id: 'U', currency: 'USD' };
    const r = allocatePayment({ amount: 1000, date: '2024-03-10', currency: 'EUR' }, [
      { invoice: usd, open: 5000 },
      { invoice: c, open: 0 },
    ]);
    expect(r).toEqual({ allocations: [], unapplied: 1000, discounts: [] });
  });

  it('grants the early-payment discount when the payment covers the discounted amount', () => {
    const d = inv('D', 100000, '2024-01-01', '2024-01-31', twoTen);
    const e = inv('E', 50000, '2024-01-02', '2024-02-01', twoTen);
    // 980.00 + 490.00 = 1470.00 pays both within 10 days
    const r = allocatePayment({ amount: 147000, date: '2024-01-11', currency: 'EUR' }, [
      { invoice: d, open: 100000 },
      { invoice: e, open: 50000 },
    ]);
    expect(r.allocations).toEqual([
      { invoiceId: 'D', amount: 98000, discount: 2000 },
      { invoiceId: 'E', amount: 49000, discount: 1000 },
    ]);
    expect(r.unapplied).toBe(0);
    expect(r.discounts.map((x) => x.decision.tier.percent)).toEqual([2, 2]);
  });

  it('accepts a shortfall within the tolerance and refuses the discount when too late or too short', () => {
    const d = inv('D', 100000, '2024-01-01', '2024-01-31', twoTen);
    expect(
      allocatePayment({ amount: 97997, date: '2024-01-11', currency: 'EUR' }, [{ invoice: d, open: 100000 }])
        .allocations,
    ).toEqual([{ invoiceId: 'D', amount: 97997, discount: 2003 }]);
    expect(
      allocatePayment({ amount: 98000, date: '2024-01-12', currency: 'EUR' }, [{ invoice: d, open: 100000 }])
        .allocations,
    ).toEqual([{ invoiceId: 'D', amount: 98000 }]);
    expect(
      allocatePayment({ amount: 50000, date: '2024-01-05', currency: 'EUR' }, [{ invoice: d, open: 100000 }])
        .allocations,
    ).toEqual([{ invoiceId: 'D', amount: 50000 }]);
    expect(
      allocatePayment({ amount: 98000, date: '2024-01-05', currency: 'EUR' }, [
        { invoice: d, open: 100000, discountTaken: true },
      ]).allocations,
    ).toEqual([{ invoiceId: 'D', amount: 98000 }]);
    expect(
      allocatePayment(
        { amount: 98000, date: '2024-01-05', currency: 'EUR' },
        [{ invoice: d, open: 100000 }],
        { discounts: false },
      ).allocations,
    ).toEqual([{ invoiceId: 'D', amount: 98000 }]);
  });

  it('discounts the rest of a partly paid invoice', () => {
    const d = inv('D', 100000, '2024-01-01', '2024-01-31', twoTen);
    // 400.00 already paid: 600.00 open, discount 20.00 on the gross, 580.00 settles
    const r = allocatePayment({ amount: 60000, date: '2024-01-08', currency: 'EUR' }, [
      { invoice: d, open: 60000 },
    ]);
    expect(r.allocations).toEqual([{ invoiceId: 'D', amount: 58000, discount: 2000 }]);
    expect(r.unapplied).toBe(2000);
  });

  it('never exceeds an open balance and always sums to the payment (property)', () => {
    const candidate = fc
      .record({
        amount: fc.integer({ min: 1, max: 1_000_000 }),
        paidShare: fc.integer({ min: 0, max: 100 }),
        issueOffset: fc.integer({ min: 0, max: 40 }),
        discounted: fc.boolean(),
        taken: fc.boolean(),
      })
      .map((x): AllocationCandidate => {
        const day = String(1 + (x.issueOffset % 28)).padStart(2, '0');
        const invoice = inv(
          `I${x.amount}-${x.issueOffset}`,
          x.amount,
          `2024-01-${day}`,
          `2024-02-${day}`,
          x.discounted ? twoTen : undefined,
        );
        return {
          invoice,
          open: Math.max(1, Math.floor((x.amount * (100 - x.paidShare)) / 100)),
          discountTaken: x.taken,
        };
      });
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 8 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom<'oldest-due' | 'given'>('oldest-due', 'given'),
        (cands, amount, tolerance, order) => {
          const r = allocatePayment({ amount, date: '2024-01-20', currency: 'EUR' }, cands, {
            toleranceMinor: tolerance,
            order,
          });
          const total = r.allocations.reduce((s, x) => s + x.amount, 0);
          expect(total + r.unapplied).toBe(amount);
          expect(r.unapplied).toBeGreaterThanOrEqual(0);
          r.allocations.forEach((alloc) => {
            const open = cands
              .filter((c) => c.invoice.id === alloc.invoiceId)
              .reduce((s, c) => s + c.open, 0);
            expect(alloc.amount).toBeGreaterThanOrEqual(0);
            expect(alloc.amount + (alloc.discount ?? 0)).toBeLessThanOrEqual(open);
            expect(Number.isInteger(alloc.amount) && Number.isInteger(alloc.discount ?? 0)).toBe(true);
          });
        },
      ),
    );
  });
});

describe('allocationCandidates', () => {
  it('lists invoices open on the date with their balance and past discounts', () => {
    const invoices = [
      inv('A', 10000, '2024-01-01', '2024-01-31', twoTen),
      inv('B', 20000, '2024-01-05', '2024-02-04', twoTen),
      inv('C', 5000, '2024-03-01', '2024-03-31'),
    ];
    const ledger = buildLedgerIndex([
      {
        id: 'p',
        date: '2024-01-08',
        amount: 9800,
        currency: 'EUR',
        allocations: [{ invoiceId: 'A', amount: 9800, discount: 200 }],
      },
      {
        id: 'q',
        date: '2024-01-09',
        amount: 5000,
        currency: 'EUR',
        allocations: [{ invoiceId: 'B', amount: 5000 }],
      },
    ]);
    const cands = allocationCandidates(invoices, ledger, '2024-02-01');
    expect(cands.map((c) => [c.invoice.id, c.open, c.discountTaken])).toEqual([['B', 15000, false]]);
  });
});
