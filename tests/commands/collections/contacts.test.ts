import { describe, expect, it } from 'vitest';
import { logCollectionsContact } from '../../../src/commands/collections/contacts';
import { DEFAULT_DUNNING_POLICY } from '../../../src/domain/collections/policy';
import { contact, customer, invoice } from '../../domain/collections/book';
import { ctxAt, snapshotOf } from '../helpers';

const cadence = DEFAULT_DUNNING_POLICY.cadence;
const book = snapshotOf({
  customers: [customer('c')],
  invoices: [
    invoice('i1', 'c', '2026-01-01', '2026-01-31', 100_000),
    invoice('x', 'other', '2026-01-01', '2026-01-31', 1),
  ],
  activities: [contact('call-1', 'c', '2026-03-10', 'call', { time: '10:00' })],
});

describe('logging a collections contact', () => {
  it('records an email really sent the same day as a call: never refused', () => {
    const chosen = ['i1'];
    const r = logCollectionsContact(
      book,
      { customerId: 'c', kind: 'email', mode: 'record', date: '2026-03-10', invoiceIds: chosen, cadence },
      ctxAt('2026-03-10'),
    );
    // The screen's reactive array is never stored itself (IndexedDB cannot clone it).
    expect(r.change.activities?.put?.[0]?.invoiceIds).not.toBe(chosen);
    expect(r.errors).toEqual([]);
    expect(r.change.activities?.put?.[0]).toMatchObject({
      id: 'act1',
      kind: 'email',
      date: '2026-03-10',
      invoiceIds: ['i1'],
    });
  });

  it('warns before making a second contact the same day, and goes ahead with a logged reason', () => {
    const make = {
      customerId: 'c',
      kind: 'call' as const,
      mode: 'make' as const,
      date: '2026-03-10',
      cadence,
    };
    const refused = logCollectionsContact(book, make, ctxAt('2026-03-10'));
    expect(refused.change).toEqual({});
    expect(refused.errors).toEqual([{ error: { code: 'collections.error.cadence' } }]);
    expect(refused.warnings.map((w) => w.code)).toEqual(['collections.cadence.too-soon']);
    const ok = logCollectionsContact(
      book,
      { ...make, overrideReason: 'The customer asked to be called back' },
      ctxAt('2026-03-10'),
    );
    expect(ok.errors).toEqual([]);
    expect(ok.change.activities?.put?.[0]).toMatchObject({
      overrideReason: 'The customer asked to be called back',
    });
  });

  it('asks for a promised amount left empty, and quotes back one that is not an amount; nothing is logged', () => {
    const promised = (amount: string) =>
      logCollectionsContact(
        book,
        {
          customerId: 'c',
          kind: 'call',
          mode: 'record',
          date: '2026-03-17',
          invoiceIds: ['i1'],
          promise: { amount, date: '2026-03-24' },
          cadence,
        },
        ctxAt('2026-03-17'),
      );
    expect(promised('  ').errors).toEqual([{ error: { code: 'contact.error.amount' } }]);
    for (const typed of ['abc', '-5'])
      expect(promised(typed).errors).toEqual([
        { error: { code: 'contact.error.amountUnreadable', params: { value: typed } } },
      ]);
    expect(promised('abc').change).toEqual({});
    // i1 owes 1,000.00: a promise of 1,000.01 is refused, one of 1,000.00 is logged.
    expect(promised('1000,01').errors).toEqual([{ error: { code: 'contact.error.promiseOver' } }]);
    expect(promised('1000,01').change).toEqual({});
    expect(promised('1000,00').errors).toEqual([]);
  });

  it('logs a call with a promise as two entries: the call and the promise with amount, date and invoices', () => {
    const r = logCollectionsContact(
      book,
      {
        customerId: 'c',
        kind: 'call',
        mode: 'record',
        date: '2026-03-17',
        invoiceIds: ['i1'],
        outcome: 'will pay',
        promise: { amount: '600,00', date: '2026-03-24' },
        cadence,
      },
      ctxAt('2026-03-17'),
    );
    expect(r.change.activities?.put).toEqual([
      {
        id: 'act1',
        customerId: 'c',
        invoiceIds: ['i1'],
        date: '2026-03-17',
        kind: 'call',
        outcome: 'will pay',
      },
      {
        id: 'act2',
        customerId: 'c',
        invoiceIds: ['i1'],
        date: '2026-03-17',
        kind: 'promise',
        promiseAmount: 60_000,
        promiseDate: '2026-03-24',
      },
    ]);
  });

  it('refuses invoices of another customer and a promise dated before the call', () => {
    const base = {
      customerId: 'c',
      kind: 'call' as const,
      mode: 'record' as const,
      date: '2026-03-17',
      cadence,
    };
    expect(logCollectionsContact(book, { ...base, invoiceIds: ['x'] }, ctxAt('2026-03-17')).errors).toEqual([
      { error: { code: 'collections.error.invoices' } },
    ]);
    const early = { ...base, promise: { amount: '10', date: '2026-03-16' } };
    expect(logCollectionsContact(book, early, ctxAt('2026-03-17')).errors).toEqual([
      { error: { code: 'contact.error.promiseDate' } },
    ]);
  });
});
