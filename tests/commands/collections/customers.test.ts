import { describe, expect, it } from 'vitest';
import {
  handOver,
  recordCreditCheck,
  setCreditHold,
  setEscalation,
  snoozeCustomer,
} from '../../../src/commands/collections/customers';
import { customer } from '../../domain/collections/book';
import { ctxAt, snapshotOf } from '../helpers';

const put = (r: { change: { customers?: { put?: unknown[] } } }) => r.change.customers?.put?.[0];
const snap = snapshotOf({ customers: [customer('c', { accountOwner: 'Marco' })] });
const ctx = ctxAt('2026-03-10');

describe('decisions about a customer', () => {
  it('snoozes to a later date, and wakes', () => {
    expect(
      put(snoozeCustomer(snap, { customerId: 'c', until: '2026-03-20', note: 'on holiday' }, ctx)),
    ).toMatchObject({
      snoozedUntil: '2026-03-20',
      snoozeNote: 'on holiday',
    });
    expect(snoozeCustomer(snap, { customerId: 'c', until: '2026-03-10' }, ctx).errors).toEqual([
      { error: { code: 'collections.error.snoozeDate' } },
    ]);
    const snoozed = snapshotOf({ customers: [customer('c', { snoozedUntil: '2026-03-20' })] });
    expect(put(snoozeCustomer(snoozed, { customerId: 'c', until: null }, ctx))).not.toHaveProperty(
      'snoozedUntil',
    );
  });

  it('hands over to the account owner from today', () => {
    expect(put(handOver(snap, { customerId: 'c' }, ctx))).toMatchObject({
      handedOver: { to: 'Marco', on: '2026-03-10' },
    });
    expect(handOver(snapshotOf({ customers: [customer('d')] }), { customerId: 'd' }, ctx).errors).toEqual([
      { error: { code: 'collections.error.noOwner' } },
    ]);
  });

  it('puts on credit hold with the date, cash only, and lifts both', () => {
    expect(put(setCreditHold(snap, { customerId: 'c', hold: true, cashOnly: true }, ctx))).toMatchObject({
      creditHold: true,
      cashOnly: true,
      holdSince: '2026-03-10',
    });
    const held = snapshotOf({
      customers: [customer('c', { creditHold: true, cashOnly: true, holdSince: '2026-01-01' })],
    });
    const lifted = put(setCreditHold(held, { customerId: 'c', hold: false }, ctx));
    expect(lifted).toMatchObject({ creditHold: false });
    expect(lifted).not.toHaveProperty('cashOnly');
    expect(lifted).not.toHaveProperty('holdSince');
  });

  it('notes in the contact log a hold put on, a change to cash only and the hold lifted, not a click that changed nothing', () => {
    const log = (r: { change: { activities?: { put?: unknown[] } } }) => r.change.activities?.put ?? [];
    expect(log(setCreditHold(snap, { customerId: 'c', hold: true }, ctx))).toMatchObject([
      { customerId: 'c', date: '2026-03-10', kind: 'note', event: 'credit-hold', invoiceIds: [] },
    ]);
    const held = snapshotOf({ customers: [customer('c', { creditHold: true, holdSince: '2026-01-01' })] });
    expect(log(setCreditHold(held, { customerId: 'c', hold: true }, ctx))).toEqual([]);
    expect(log(setCreditHold(held, { customerId: 'c', hold: true, cashOnly: true }, ctx))).toMatchObject([
      { event: 'cash-only' },
    ]);
    expect(log(setCreditHold(held, { customerId: 'c', hold: false }, ctx))).toMatchObject([
      { event: 'hold-lifted' },
    ]);
  });

  it('notes in the contact log a case handed over, on the date given, and taken back', () => {
    const log = (r: { change: { activities?: { put?: unknown[] } } }) => r.change.activities?.put ?? [];
    expect(
      log(setEscalation(snap, { customerId: 'c', stage: 'lawyer', date: '2026-03-05' }, ctx)),
    ).toMatchObject([{ date: '2026-03-05', kind: 'note', event: 'escalated', escalation: 'lawyer' }]);
    const escalated = snapshotOf({ customers: [customer('c', { escalation: 'agency' })] });
    expect(log(setEscalation(escalated, { customerId: 'c', stage: 'none' }, ctx))).toMatchObject([
      { date: '2026-03-10', event: 'escalation-ended', escalation: 'agency' },
    ]);
    expect(log(setEscalation(snap, { customerId: 'c', stage: 'none' }, ctx))).toEqual([]);
  });

  it('adds an escalation stage to the history with its fee, and records a credit check with its limit', () => {
    const e = put(
      setEscalation(
        snap,
        { customerId: 'c', stage: 'agency', notes: 'Crediti Srl', fee: '50', feePercent: 15 },
        ctx,
      ),
    );
    expect(e).toMatchObject({
      escalation: 'agency',
      escalations: [
        {
          stage: 'agency',
          date: '2026-03-10',
          notes: 'Crediti Srl',
          fee: 5_000,
          feeCurrency: 'EUR',
          feePercent: 15,
        },
      ],
    });
    const check = put(
      recordCreditCheck(
        snap,
        { customerId: 'c', sources: ['references', 'credit-report'], limit: '5.000,00' },
        ctx,
      ),
    );
    expect(check).toMatchObject({
      creditLimit: 500_000,
      creditCheck: { date: '2026-03-10', sources: ['references', 'credit-report'], limit: 500_000 },
    });
    expect(recordCreditCheck(snap, { customerId: 'c', sources: [] }, ctx).errors).toEqual([
      { error: { code: 'collections.error.creditCheck' } },
    ]);
  });
});
