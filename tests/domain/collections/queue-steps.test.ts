// The queue made in steps (the dashboard counts the calls of a large book in slices) is the queue made
// at once: the same rows in the same order, the same waiting rows, the same snoozed count.
import { describe, expect, it } from 'vitest';
import { sampleChangeSet } from '../../../src/commands/sample-data';
import { buildLedgerIndex } from '../../../src/domain/balance';
import { DEFAULT_DUNNING_POLICY } from '../../../src/domain/collections/policy';
import {
  collectionsQueue,
  collectionsQueueSteps,
  type QueueInput,
} from '../../../src/domain/collections/queue';
import type { Customer, Invoice } from '../../../src/domain/types';

const change = sampleChangeSet('2026-11-23', 5);
const customers = (change.customers?.put ?? []) as Customer[];
// One customer snoozed, so that the count of snoozed customers is checked too.
customers[1] = { ...(customers[1] as Customer), snoozedUntil: '2027-01-01' };
const input = (asOf: string): QueueInput => ({
  asOf,
  customers,
  invoices: (change.invoices?.put ?? []) as Invoice[],
  ledger: buildLedgerIndex(change.payments?.put ?? [], change.adjustments?.put ?? []),
  activities: change.activities?.put ?? [],
  policy: DEFAULT_DUNNING_POLICY,
  jurisdictionOf: () => 'IT',
});

describe('the collections queue in steps', () => {
  it.each(['2026-11-23', '2026-05-02', '2025-09-30'])('equals the queue made at once on %s', (asOf) => {
    const whole = collectionsQueue(input(asOf));
    expect(whole.rows.length).toBeGreaterThan(5);
    const steps = collectionsQueueSteps(input(asOf), 3);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(yields).toBeGreaterThan(customers.length / 2);
    expect(r.value).toEqual(whole);
  });

  it('counts the snoozed customer', () => {
    expect(collectionsQueue(input('2026-11-23')).snoozed).toBe(1);
  });
});
