import { describe, expect, it } from 'vitest';
import { createPlan, setPlanStatus } from '../../../src/commands/collections/plans';
import { customer, invoice, payment, plan } from '../../domain/collections/book';
import { ctxAt, snapshotOf } from '../helpers';

const tables = {
  customers: [customer('c')],
  invoices: [
    invoice('i1', 'c', '2026-01-01', '2026-01-31', 100_000),
    invoice('i2', 'c', '2026-01-10', '2026-02-09', 30_000),
  ],
  payments: [payment('p', '2026-02-01', [['i1', 10_000]])],
};
const snap = snapshotOf(tables);

describe('creating a payment plan', () => {
  it('splits the open balance of the chosen invoices into 6 monthly instalments, and logs it', () => {
    // Open: 900.00 + 300.00 = 1,200.00 → 6 × 200.00.
    const r = createPlan(
      snap,
      {
        customerId: 'c',
        invoiceIds: ['i1', 'i2'],
        count: 6,
        frequency: 'monthly',
        firstDate: '2026-03-15',
        accelerateAfter: 2,
      },
      ctxAt('2026-03-10'),
    );
    expect(r.errors).toEqual([]);
    const plan = r.change.plans?.put?.[0];
    expect(plan).toMatchObject({
      id: 'plan1',
      status: 'active',
      principal: 120_000,
      accelerateAfter: 2,
      createdOn: '2026-03-10',
    });
    expect(plan?.instalments.map((i) => [i.dueDate, i.amount])).toEqual([
      ['2026-03-15', 20_000],
      ['2026-04-15', 20_000],
      ['2026-05-15', 20_000],
      ['2026-06-15', 20_000],
      ['2026-07-15', 20_000],
      ['2026-08-15', 20_000],
    ]);
    expect(r.change.activities?.put?.[0]).toMatchObject({ kind: 'note', planId: 'plan1' });
  });

  it('refuses an invoice already in a plan being kept or proposed, writing nothing; a cancelled plan does not stop it', () => {
    const input = {
      customerId: 'c',
      invoiceIds: ['i2', 'i1'],
      count: 3,
      frequency: 'monthly' as const,
      firstDate: '2026-03-15',
    };
    const kept = plan('pl', 'c', ['i1'], '2026-02-01', [['2026-03-01', 90_000]]);
    for (const status of ['active', 'proposed'] as const) {
      const r = createPlan(
        snapshotOf({ ...tables, plans: [{ ...kept, status }] }),
        input,
        ctxAt('2026-03-10'),
      );
      expect(r.errors).toEqual([{ error: { code: 'collections.error.alreadyInPlan' } }]);
      expect(r.change).toEqual({});
    }
    expect(
      createPlan(
        snapshotOf({ ...tables, plans: [{ ...kept, status: 'cancelled' }] }),
        input,
        ctxAt('2026-03-10'),
      ).errors,
    ).toEqual([]);
  });

  it('refuses more than is open, a first date in the past, and no count', () => {
    const base = {
      customerId: 'c',
      invoiceIds: ['i2'],
      count: 3,
      frequency: 'weekly' as const,
      firstDate: '2026-03-15',
    };
    expect(createPlan(snap, { ...base, principal: '300,01' }, ctxAt('2026-03-10')).errors).toEqual([
      { error: { code: 'collections.error.amount' } },
    ]);
    expect(createPlan(snap, { ...base, firstDate: '2026-03-09' }, ctxAt('2026-03-10')).errors).toEqual([
      { error: { code: 'collections.error.firstDate' } },
    ]);
    // An interest rate the page could not read (NaN), or past 100 %, is refused, not left out.
    for (const interestPercent of [NaN, -1, 101])
      expect(createPlan(snap, { ...base, interestPercent }, ctxAt('2026-03-10')).errors).toEqual([
        { error: { code: 'collections.error.percent' } },
      ]);
    expect(createPlan(snap, { ...base, count: 0 }, ctxAt('2026-03-10')).errors).toEqual([
      { error: { code: 'collections.error.count' } },
    ]);
  });
});

describe('answering a proposed plan', () => {
  const proposed = plan('pp', 'c', ['i1'], '2026-03-01', [['2026-04-01', 90_000]], { status: 'proposed' });
  const withPlan = snapshotOf({ ...tables, plans: [proposed] });

  it('logs the day a proposed plan was agreed, and the day it was withdrawn', () => {
    const agreed = setPlanStatus(withPlan, { planId: 'pp', status: 'active' }, ctxAt('2026-03-12'));
    expect(agreed.change.plans?.put?.[0]?.status).toBe('active');
    expect(agreed.change.activities?.put).toEqual([
      expect.objectContaining({ date: '2026-03-12', event: 'plan-agreed', planId: 'pp', invoiceIds: ['i1'] }),
    ]);
    const withdrawn = setPlanStatus(withPlan, { planId: 'pp', status: 'cancelled' }, ctxAt('2026-03-12'));
    expect(withdrawn.change.activities?.put).toEqual([
      expect.objectContaining({ event: 'plan-cancelled', planId: 'pp' }),
    ]);
    // Marking a plan completed or broken is not an answer of the customer: nothing is logged.
    const done = setPlanStatus(withPlan, { planId: 'pp', status: 'completed' }, ctxAt('2026-03-12'));
    expect(done.change.activities).toBeUndefined();
  });
});
