import { describe, expect, it } from 'vitest';
import { buildLedgerIndex } from '../../../src/domain/balance';
import { promiseState, promiseStates } from '../../../src/domain/collections/promises';
import type { Invoice, Payment } from '../../../src/domain/types';
import { contact, invoice, payment } from './book';

const inv = invoice('i1', 'c', '2026-01-01', '2026-01-31', 100_000);
const inv2 = invoice('i2', 'c', '2026-01-05', '2026-02-04', 50_000);
const invoices = new Map<string, Invoice>([
  ['i1', inv],
  ['i2', inv2],
]);
// Promise made on 10 Feb: 600.00 on i1 by 20 Feb.
const promise = contact('p1', 'c', '2026-02-10', 'promise', {
  invoiceIds: ['i1'],
  promiseAmount: 60_000,
  promiseDate: '2026-02-20',
});
const state = (payments: Payment[], asOf: string, graceDays = 0) =>
  promiseState(promise, { asOf, ledger: buildLedgerIndex(payments), invoices, graceDays });

describe('promises to pay', () => {
  it('is pending before its date, due on it, broken the day after without payment', () => {
    expect(state([], '2026-02-15').state).toBe('pending');
    expect(state([], '2026-02-20').state).toBe('due');
    expect(state([], '2026-02-21').state).toBe('broken');
    // With two days of grace for a bank transfer it is still due on the 22nd.
    expect(state([], '2026-02-22', 2).state).toBe('due');
  });

  it('is kept by two payments covering it by its date, whatever order they were recorded in', () => {
    const a = payment('pay-a', '2026-02-19', [['i1', 35_000]]);
    const b = payment('pay-b', '2026-02-12', [['i1', 25_000]]);
    const one = state([a, b], '2026-03-01');
    const other = state([b, a], '2026-03-01');
    expect(one).toMatchObject({ state: 'kept', promised: 60_000, paid: 60_000 });
    expect(other).toMatchObject({ state: 'kept', promised: 60_000, paid: 60_000 });
  });

  it('is kept as soon as it is covered, even before its date', () => {
    expect(state([payment('p', '2026-02-11', [['i1', 60_000]])], '2026-02-12').state).toBe('kept');
  });

  it('is broken when the payment comes after its date, or falls short', () => {
    expect(state([payment('p', '2026-02-21', [['i1', 60_000]])], '2026-02-25')).toMatchObject({
      state: 'broken',
      paid: 0,
    });
    expect(state([payment('p', '2026-02-18', [['i1', 59_999]])], '2026-02-25')).toMatchObject({
      state: 'broken',
      paid: 59_999,
    });
  });

  it('is not broken when its invoices were paid in full, even by a payment dated before the promise', () => {
    // The customer had already paid the whole invoice on 8 Feb; the bank statement came in later.
    expect(state([payment('p', '2026-02-08', [['i1', 100_000]])], '2026-03-01').state).toBe('kept');
  });

  it('counts a payment the bank match left unallocated, from the same customer', () => {
    const unapplied: Payment = {
      id: 'u',
      date: '2026-02-15',
      amount: 60_000,
      currency: 'EUR',
      customerId: 'c',
      allocations: [],
    };
    expect(state([unapplied], '2026-03-01').state).toBe('kept');
  });

  it('without an amount, promises the open balance of its invoices when made', () => {
    const whole = contact('p2', 'c', '2026-02-10', 'promise', {
      invoiceIds: ['i1', 'i2'],
      promiseDate: '2026-02-20',
    });
    const ledger = buildLedgerIndex([payment('x', '2026-02-01', [['i1', 40_000]])]);
    const r = promiseState(whole, { asOf: '2026-02-21', ledger, invoices, graceDays: 0 });
    expect(r).toMatchObject({ state: 'broken', promised: 60_000 + 50_000, paid: 0 });
  });

  it('keeps the user’s mark, and leaves out a promise a later entry corrects', () => {
    const marked = { ...promise, promiseKept: true };
    expect(
      promiseState(marked, { asOf: '2026-03-01', ledger: buildLedgerIndex([]), invoices, graceDays: 0 })
        .state,
    ).toBe('kept');
    const correction = contact('p3', 'c', '2026-02-11', 'promise', {
      invoiceIds: ['i1'],
      promiseAmount: 60_000,
      promiseDate: '2026-03-10',
      corrects: 'p1',
    });
    const list = promiseStates([promise, correction], {
      asOf: '2026-03-01',
      ledger: buildLedgerIndex([]),
      invoices,
      graceDays: 0,
    });
    expect(list.map((p) => [p.activity.id, p.state])).toEqual([['p3', 'pending']]);
  });
});
