import { describe, expect, it } from 'vitest';
import { markDisputed, resolveDispute } from '../../../src/commands/collections/disputes';
import { customer, dispute, invoice, payment } from '../../domain/collections/book';
import { ctxAt, snapshotOf } from '../helpers';

const invoices = [
  invoice('i1', 'c', '2026-01-01', '2026-01-31', 100_000),
  invoice('i2', 'c', '2026-01-05', '2026-02-04', 40_000),
];

describe('disputes', () => {
  it('marks invoices disputed with a reason, in the log', () => {
    const r = markDisputed(
      snapshotOf({ customers: [customer('c')], invoices }),
      { customerId: 'c', invoiceIds: ['i1', 'i2'], reason: 'quality', text: 'scratched' },
      ctxAt('2026-03-01'),
    );
    expect(r.change.activities?.put).toEqual([
      {
        id: 'act1',
        customerId: 'c',
        invoiceIds: ['i1', 'i2'],
        date: '2026-03-01',
        kind: 'dispute',
        disputeReason: 'quality',
        text: 'scratched',
      },
    ]);
  });

  it('takes a part of one invoice, never more than is open', () => {
    const snap = snapshotOf({
      customers: [customer('c')],
      invoices,
      payments: [payment('p', '2026-02-01', [['i1', 70_000]])],
    });
    const part = markDisputed(
      snap,
      { customerId: 'c', invoiceIds: ['i1'], reason: 'price', amount: '250,00' },
      ctxAt('2026-03-01'),
    );
    expect(part.change.activities?.put?.[0]?.disputeAmount).toBe(25_000);
    expect(
      markDisputed(
        snap,
        { customerId: 'c', invoiceIds: ['i1'], reason: 'price', amount: '300,01' },
        ctxAt('2026-03-01'),
      ).errors,
    ).toEqual([{ error: { code: 'collections.error.amount' } }]);
    expect(
      markDisputed(
        snap,
        { customerId: 'c', invoiceIds: ['i1', 'i2'], reason: 'price', amount: '1' },
        ctxAt('2026-03-01'),
      ).errors,
    ).toEqual([{ error: { code: 'collections.error.partOneInvoice' } }]);
  });

  it('resolves for the customer with a credit note for the disputed part, logged with the resolution', () => {
    const opened = dispute('d', 'c', 'i1', '2026-02-10', { disputeAmount: 25_000 });
    const r = resolveDispute(
      snapshotOf({ customers: [customer('c')], invoices, activities: [opened] }),
      { disputeId: 'd', resolution: 'credit-note' },
      ctxAt('2026-03-05'),
    );
    expect(r.change.adjustments?.put).toEqual([
      {
        id: 'adj2',
        kind: 'credit-note',
        customerId: 'c',
        invoiceId: 'i1',
        date: '2026-03-05',
        amount: 25_000,
        currency: 'EUR',
      },
    ]);
    expect(r.change.activities?.put?.[0]).toMatchObject({
      kind: 'dispute',
      resolves: 'd',
      resolution: 'credit-note',
      creditNoteId: 'adj2',
    });
  });

  it('resolves partly with the credit typed, or for us with no credit; a resolved dispute cannot be resolved again', () => {
    const opened = dispute('d', 'c', 'i1', '2026-02-10');
    const snap = snapshotOf({ customers: [customer('c')], invoices, activities: [opened] });
    const partly = resolveDispute(
      snap,
      { disputeId: 'd', resolution: 'partly', creditAmount: '100' },
      ctxAt('2026-03-05'),
    );
    expect(partly.change.adjustments?.put?.[0]?.amount).toBe(10_000);
    const forUs = resolveDispute(snap, { disputeId: 'd', resolution: 'for-us' }, ctxAt('2026-03-05'));
    expect(forUs.change.adjustments).toBeUndefined();
    const done = snapshotOf({
      customers: [customer('c')],
      invoices,
      activities: [opened, { ...forUs.change.activities!.put![0]! }],
    });
    expect(
      resolveDispute(done, { disputeId: 'd', resolution: 'for-us' }, ctxAt('2026-03-06')).errors,
    ).toEqual([{ error: { code: 'collections.error.noDispute' } }]);
  });

  it('refuses a partial credit above the part in dispute, and writes nothing', () => {
    // 250,00 of a 1.000,00 invoice in dispute: 99.000 typed is refused, not the whole invoice credited.
    const opened = dispute('d', 'c', 'i1', '2026-02-10', { disputeAmount: 25_000 });
    const snap = snapshotOf({ customers: [customer('c')], invoices, activities: [opened] });
    const tooMuch = resolveDispute(
      snap,
      { disputeId: 'd', resolution: 'partly', creditAmount: '99.000,00' },
      ctxAt('2026-03-05'),
    );
    expect(tooMuch.errors).toEqual([{ error: { code: 'collections.error.creditOverDisputed' } }]);
    expect(tooMuch.change).toEqual({});
    // Just above it is refused too; the whole of it, or part, is credited as typed.
    expect(
      resolveDispute(
        snap,
        { disputeId: 'd', resolution: 'partly', creditAmount: '250,01' },
        ctxAt('2026-03-05'),
      ).errors,
    ).toHaveLength(1);
    const all = resolveDispute(
      snap,
      { disputeId: 'd', resolution: 'partly', creditAmount: '250,00' },
      ctxAt('2026-03-05'),
    );
    expect(all.change.adjustments?.put?.map((a) => a.amount)).toEqual([25_000]);
    const part = resolveDispute(
      snap,
      { disputeId: 'd', resolution: 'partly', creditAmount: '75,50' },
      ctxAt('2026-03-05'),
    );
    expect(part.change.adjustments?.put?.map((a) => a.amount)).toEqual([7_550]);
  });
});
