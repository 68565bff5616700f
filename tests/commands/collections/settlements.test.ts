import { describe, expect, it } from 'vitest';
import {
  acceptSettlement,
  offerSettlement,
  rejectSettlement,
} from '../../../src/commands/collections/settlements';
import { reverseWriteOff, writeOff } from '../../../src/commands/collections/write-offs';
import { createPlan } from '../../../src/commands/collections/plans';
import { customer, invoice, payment, plan } from '../../domain/collections/book';
import { ctxAt, snapshotOf } from '../helpers';

const invoices = [
  invoice('i1', 'c', '2025-01-01', '2025-01-31', 70_000),
  invoice('i2', 'c', '2025-02-01', '2025-03-03', 30_000),
];

describe('settlement offers', () => {
  it('never settles an invoice twice: one in an offer still open, or in a plan, is refused for another offer or a plan', () => {
    const open = {
      id: 'o1',
      customerId: 'c',
      invoiceIds: ['i1'],
      currency: 'EUR',
      offeredOn: '2026-03-01',
      amount: 50_000,
      deadline: '2026-03-31',
      status: 'open' as const,
    };
    const snap = snapshotOf({ customers: [customer('c')], invoices, settlements: [open] });
    const again = offerSettlement(
      snap,
      { customerId: 'c', invoiceIds: ['i1', 'i2'], deadline: '2026-04-30', percent: 60 },
      ctxAt('2026-03-10'),
    );
    expect(again.errors.map((e) => e.error.code)).toEqual(['collections.error.alreadyOffered']);
    expect(again.change).toEqual({});
    const planned = createPlan(
      snap,
      { customerId: 'c', invoiceIds: ['i1'], count: 3, frequency: 'monthly', firstDate: '2026-04-01' },
      ctxAt('2026-03-10'),
    );
    expect(planned.errors.map((e) => e.error.code)).toEqual(['collections.error.alreadyOffered']);
    // The other invoice is free; once the offer's deadline has passed, so is the first.
    expect(
      offerSettlement(
        snap,
        { customerId: 'c', invoiceIds: ['i2'], deadline: '2026-04-30', percent: 60 },
        ctxAt('2026-03-10'),
      ).errors,
    ).toEqual([]);
    expect(
      offerSettlement(
        snap,
        { customerId: 'c', invoiceIds: ['i1'], deadline: '2026-04-30', percent: 60 },
        ctxAt('2026-04-01'),
      ).errors,
    ).toEqual([]);
    // An invoice in a plan being kept is not offered a settlement either.
    const withPlan = snapshotOf({
      customers: [customer('c')],
      invoices,
      plans: [plan('p', 'c', ['i2'], '2026-03-01', [['2026-04-01', 30_000]])],
    });
    expect(
      offerSettlement(
        withPlan,
        { customerId: 'c', invoiceIds: ['i2'], deadline: '2026-04-30', percent: 60 },
        ctxAt('2026-03-10'),
      ).errors.map((e) => e.error.code),
    ).toEqual(['collections.error.alreadyInPlan']);
  });

  it('refuses a share that is not a percentage (62,5 the page could not read) with a message, writing nothing', () => {
    const snap = snapshotOf({ customers: [customer('c')], invoices });
    const base = { customerId: 'c', invoiceIds: ['i1', 'i2'], deadline: '2026-04-30' };
    for (const input of [{ percent: NaN }, { percent: 62.5, agencyFeePercent: NaN }]) {
      const r = offerSettlement(snap, { ...base, ...input }, ctxAt('2026-03-10'));
      expect(r.errors).toEqual([{ error: { code: 'collections.error.percent' } }]);
      expect(r.change).toEqual({});
    }
    // 62.5 % of 1,000.00 is 625.00.
    expect(
      offerSettlement(snap, { ...base, percent: 62.5 }, ctxAt('2026-03-10')).change.settlements?.put?.[0]
        ?.amount,
    ).toBe(62_500);
  });

  it('offers 60 % of the balance by a deadline', () => {
    const r = offerSettlement(
      snapshotOf({ customers: [customer('c')], invoices }),
      {
        customerId: 'c',
        invoiceIds: ['i1', 'i2'],
        percent: 60,
        deadline: '2026-04-30',
        agencyFeePercent: 25,
      },
      ctxAt('2026-04-01'),
    );
    expect(r.change.settlements?.put?.[0]).toEqual({
      id: 'set1',
      customerId: 'c',
      invoiceIds: ['i1', 'i2'],
      currency: 'EUR',
      offeredOn: '2026-04-01',
      amount: 60_000,
      deadline: '2026-04-30',
      status: 'open',
      balance: 100_000,
      percent: 60,
      agencyFeePercent: 25,
    });
  });

  it('accepted and paid: records the payment and writes off the rest with the offer as the reason', () => {
    const offer = {
      id: 's',
      customerId: 'c',
      invoiceIds: ['i1', 'i2'],
      currency: 'EUR',
      offeredOn: '2026-04-01',
      amount: 60_000,
      deadline: '2026-04-30',
      status: 'open' as const,
    };
    const r = acceptSettlement(
      snapshotOf({ customers: [customer('c')], invoices, settlements: [offer] }),
      { offerId: 's', paid: true },
      ctxAt('2026-04-10'),
    );
    expect(r.errors).toEqual([]);
    expect(r.change.settlements?.put?.[0]).toMatchObject({ status: 'accepted', acceptedOn: '2026-04-10' });
    // The 600.00 paid goes to the oldest invoice, i1 (700.00): 100.00 of i1 and all 300.00 of i2 are written off.
    expect(r.change.payments?.put?.[0]?.allocations).toEqual([{ invoiceId: 'i1', amount: 60_000 }]);
    expect(
      r.change.adjustments?.put?.map((a) => [a.invoiceId, a.amount, a.writeOffReason, a.settlementId]),
    ).toEqual([
      ['i1', 10_000, 'settlement', 's'],
      ['i2', 30_000, 'settlement', 's'],
    ]);
  });

  it('accepted but not yet paid: writes off nothing', () => {
    const offer = {
      id: 's',
      customerId: 'c',
      invoiceIds: ['i1'],
      currency: 'EUR',
      offeredOn: '2026-04-01',
      amount: 50_000,
      deadline: '2026-04-30',
      status: 'open' as const,
    };
    const r = acceptSettlement(
      snapshotOf({ invoices, settlements: [offer] }),
      { offerId: 's' },
      ctxAt('2026-04-10'),
    );
    expect(r.change.adjustments).toBeUndefined();
    expect(r.change.payments).toBeUndefined();
  });
});

describe('write-offs', () => {
  it('writes off what is open on each invoice, as one batch, and reverses from a date', () => {
    const snap = snapshotOf({ invoices, payments: [payment('p', '2026-01-10', [['i1', 20_000]])] });
    const r = writeOff(snap, { invoiceIds: ['i1', 'i2'], reason: 'insolvency' }, ctxAt('2026-05-01'));
    expect(
      r.change.adjustments?.put?.map((a) => [a.invoiceId, a.amount, a.writeOffReason, a.batchId]),
    ).toEqual([
      ['i1', 50_000, 'insolvency', 'wo1'],
      ['i2', 30_000, 'insolvency', 'wo1'],
    ]);
    const written = snapshotOf({ invoices, adjustments: r.change.adjustments!.put! });
    const back = reverseWriteOff(written, { adjustmentIds: ['adj2'] }, ctxAt('2026-06-01'));
    expect(back.change.adjustments?.put?.[0]).toMatchObject({
      id: 'adj2',
      waived: true,
      waivedOn: '2026-06-01',
    });
    expect(writeOff(written, { invoiceIds: ['i2'], reason: 'other' }, ctxAt('2026-05-02')).errors).toEqual([
      { error: { code: 'collections.error.nothingOpen' } },
    ]);
  });

  it('refuses to write off an invoice in a plan being kept, and writes nothing; a cancelled plan does not stop it', () => {
    const kept = plan('pl', 'c', ['i1'], '2026-02-01', [['2026-03-01', 70_000]]);
    const snap = snapshotOf({ invoices, plans: [kept] });
    const r = writeOff(snap, { invoiceIds: ['i2', 'i1'], reason: 'small-balance' }, ctxAt('2026-05-01'));
    expect(r.errors).toEqual([{ error: { code: 'collections.error.inPlan' } }]);
    expect(r.change).toEqual({});
    const cancelled = snapshotOf({ invoices, plans: [{ ...kept, status: 'cancelled' }] });
    expect(
      writeOff(cancelled, { invoiceIds: ['i1'], reason: 'small-balance' }, ctxAt('2026-05-01')).change
        .adjustments?.put,
    ).toHaveLength(1);
  });
});

describe('the contact log tells the case', () => {
  const log = (r: { change: { activities?: { put?: unknown[] } } }) => r.change.activities?.put ?? [];

  it('notes a settlement offered, accepted (once) with what it wrote off, and rejected', () => {
    const snap = snapshotOf({ customers: [customer('c')], invoices });
    const offered = offerSettlement(
      snap,
      { customerId: 'c', invoiceIds: ['i1', 'i2'], amount: '600', deadline: '2026-04-30' },
      ctxAt('2026-04-01'),
    );
    // 600.00 offered against 1,000.00 open, on the offer's day, naming its invoices.
    expect(log(offered)).toEqual([
      {
        id: 'act2',
        customerId: 'c',
        invoiceIds: ['i1', 'i2'],
        date: '2026-04-01',
        kind: 'note',
        event: 'settlement-offered',
        eventAmount: 60_000,
        eventCurrency: 'EUR',
        settlementId: 'set1',
      },
    ]);
    const offer = offered.change.settlements!.put![0]!;
    const withOffer = snapshotOf({ customers: [customer('c')], invoices, settlements: [offer] });
    const accepted = acceptSettlement(withOffer, { offerId: offer.id, paid: true }, ctxAt('2026-04-10'));
    // Paid 600.00, the oldest invoice first (600.00 of i1's 700.00): the other 100.00 of i1 and 300.00 of i2
    // are written off, 400.00.
    expect(log(accepted)).toMatchObject([
      { date: '2026-04-10', kind: 'note', event: 'settlement-accepted', eventAmount: 60_000 },
      {
        date: '2026-04-10',
        kind: 'note',
        event: 'written-off',
        eventAmount: 40_000,
        eventCurrency: 'EUR',
        writeOffReason: 'settlement',
        settlementId: 'set1',
        invoiceIds: ['i1', 'i2'],
      },
    ]);
    // Accepting again an offer already accepted does not log a second acceptance.
    const again = acceptSettlement(
      snapshotOf({ customers: [customer('c')], invoices, settlements: [{ ...offer, status: 'accepted' }] }),
      { offerId: offer.id },
      ctxAt('2026-04-12'),
    );
    expect(log(again).map((a) => (a as { event: string }).event)).not.toContain('settlement-accepted');
    expect(log(rejectSettlement(withOffer, { offerId: offer.id }, ctxAt('2026-04-15')))).toMatchObject([
      { date: '2026-04-15', kind: 'note', event: 'settlement-rejected', settlementId: 'set1' },
    ]);
  });

  it('notes a write-off with its total and reason, per customer, and its reversal', () => {
    const snap = snapshotOf({
      invoices: [...invoices, invoice('k1', 'k', '2025-01-05', '2025-02-04', 12_345)],
      payments: [payment('p', '2026-01-10', [['i1', 20_000]])],
    });
    const r = writeOff(snap, { invoiceIds: ['i1', 'i2', 'k1'], reason: 'insolvency' }, ctxAt('2026-05-01'));
    // c: 500.00 + 300.00 open; k: 123.45.
    expect(log(r)).toMatchObject([
      {
        customerId: 'c',
        invoiceIds: ['i1', 'i2'],
        event: 'written-off',
        eventAmount: 80_000,
        writeOffReason: 'insolvency',
      },
      {
        customerId: 'k',
        invoiceIds: ['k1'],
        event: 'written-off',
        eventAmount: 12_345,
        writeOffReason: 'insolvency',
      },
    ]);
    const written = snapshotOf({ invoices, adjustments: r.change.adjustments!.put! });
    const back = reverseWriteOff(written, { adjustmentIds: ['adj3'] }, ctxAt('2026-06-01'));
    expect(log(back)).toMatchObject([
      {
        customerId: 'c',
        invoiceIds: ['i2'],
        date: '2026-06-01',
        event: 'write-off-reversed',
        eventAmount: 30_000,
      },
    ]);
  });
});
