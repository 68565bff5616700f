import { describe, expect, it } from 'vitest';
import { buildLedgerIndex } from '../../../src/domain/balance';
import {
  evaluateOffer,
  expectedRecovery,
  offerAmount,
  settlementState,
  settlementWriteOffs,
} from '../../../src/domain/collections/settlement';
import type { SettlementOffer } from '../../../src/domain/types';
import { invoice, payment } from './book';

describe('settlement offers', () => {
  it('computes the offer from a percentage, half-up', () => {
    expect(offerAmount(123_455, { percent: 60 })).toBe(74_073);
    expect(offerAmount(123_455, { amount: 50_000 })).toBe(50_000);
  });

  it('weighs 6,000.00 offered on a 10,000.00 debt 200 days old of an avoider against an agency at 25 %', () => {
    // Age 181–365 days: 50 %; avoider: × 60 % → 30 %; 3,000.00 expected, 2,250.00 after the agency's 25 %.
    const e = evaluateOffer(600_000, {
      balance: 1_000_000,
      daysLate: 200,
      category: 'avoider',
      agencyFeePercent: 25,
    });
    expect(e).toEqual({
      chancePercent: 30,
      expected: 300_000,
      expectedNet: 225_000,
      offer: 600_000,
      writeOff: 400_000,
      advantage: 375_000,
    });
    // A reliable customer 20 days late: 95 %.
    expect(
      expectedRecovery({ balance: 1_000_000, daysLate: 20, category: 'reliable', agencyFeePercent: 0 })
        .expected,
    ).toBe(950_000);
  });

  const offer: SettlementOffer = {
    id: 's',
    customerId: 'c',
    invoiceIds: ['i1'],
    currency: 'EUR',
    offeredOn: '2026-04-01',
    amount: 60_000,
    deadline: '2026-04-30',
    status: 'open',
  };

  it('is open until its deadline, then expired; accepted and paid, it is paid', () => {
    const none = buildLedgerIndex([]);
    expect(settlementState(offer, none, '2026-04-30')).toBe('open');
    expect(settlementState(offer, none, '2026-05-01')).toBe('expired');
    const accepted = { ...offer, status: 'accepted' as const, acceptedOn: '2026-04-10' };
    expect(settlementState(accepted, none, '2026-04-15')).toBe('accepted');
    const paid = buildLedgerIndex([payment('p', '2026-04-20', [['i1', 60_000]])]);
    expect(settlementState(accepted, paid, '2026-04-20')).toBe('paid');
    // Accepted but never paid: lapses at the deadline like any other.
    expect(settlementState(accepted, none, '2026-05-01')).toBe('expired');
  });
});

describe('settlement write-off', () => {
  it('writes off the rest of each invoice once the accepted offer is paid, and nothing before', () => {
    const invoices = new Map([
      ['i1', invoice('i1', 'c', '2025-01-01', '2025-01-31', 70_000)],
      ['i2', invoice('i2', 'c', '2025-02-01', '2025-03-03', 30_000)],
    ]);
    const offer: SettlementOffer = {
      id: 's',
      customerId: 'c',
      invoiceIds: ['i1', 'i2'],
      currency: 'EUR',
      offeredOn: '2026-04-01',
      amount: 60_000,
      deadline: '2026-04-30',
      status: 'accepted',
      acceptedOn: '2026-04-03',
    };
    const half = buildLedgerIndex([payment('p1', '2026-04-10', [['i1', 30_000]])]);
    expect(settlementWriteOffs(offer, invoices, half, '2026-04-10')).toEqual([]);
    const paid = buildLedgerIndex([
      payment('p1', '2026-04-10', [['i1', 30_000]]),
      payment('p2', '2026-04-20', [
        ['i1', 20_000],
        ['i2', 10_000],
      ]),
    ]);
    // 700.00 − 500.00 = 200.00 and 300.00 − 100.00 = 200.00 left: 400.00 written off, 600.00 recovered.
    expect(settlementWriteOffs(offer, invoices, paid, '2026-04-20')).toEqual([
      { invoiceId: 'i1', amount: 20_000 },
      { invoiceId: 'i2', amount: 20_000 },
    ]);
  });
});
