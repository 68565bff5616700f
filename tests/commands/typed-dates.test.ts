// Dates typed in the grid's cells are read in the order of the user's interface locale, or as ISO:
// 03/04/2026 is 4 March for a US user and 3 April everywhere else Overdue is used. Expected dates are
// written by hand from how people in each country read the text.
import { describe, expect, it } from 'vitest';
import { editInvoices, createInvoices, readDate } from '../../src/commands/invoices';
import { editPayments, recordPayments } from '../../src/commands/payments';
import { editActivities } from '../../src/commands/contacts';
import { dateOrder } from '../../src/domain/date-text';
import type { Activity, Invoice, Payment } from '../../src/domain/types';
import { ctxAt, rossiCustomer, snapshotOf } from './helpers';

const us = dateOrder('en-US');
const uk = dateOrder('en-GB');
const italy = dateOrder('it-IT');

describe('readDate', () => {
  it('reads an ambiguous date month first in en-US and day first in en-GB and Italy', () => {
    expect(readDate('03/04/2026', us)).toBe('2026-03-04');
    expect(readDate('03/04/2026', uk)).toBe('2026-04-03');
    expect(readDate('03/04/2026', italy)).toBe('2026-04-03');
  });

  it('reads day first in French, Romanian, Danish and German, with their separators', () => {
    expect(readDate('03/04/2026', dateOrder('fr-FR'))).toBe('2026-04-03');
    expect(readDate('03.04.2026', dateOrder('ro-RO'))).toBe('2026-04-03');
    expect(readDate('03.04.2026', dateOrder('da-DK'))).toBe('2026-04-03');
    expect(readDate('3.4.2026', dateOrder('de-DE'))).toBe('2026-04-03');
  });

  it('accepts 12/31/2026 in en-US and refuses it where the day comes first', () => {
    expect(readDate('12/31/2026', us)).toBe('2026-12-31');
    expect(readDate('12/31/2026', italy)).toBeNull();
    expect(readDate('12/31/2026', uk)).toBeNull();
  });

  it('refuses a date that does not exist in the locale order instead of swapping day and month', () => {
    expect(readDate('13/31/2026', uk)).toBeNull();
    expect(readDate('31/12/2026', us)).toBeNull();
    expect(readDate('31/12/2026', italy)).toBe('2026-12-31');
  });

  it('always accepts ISO', () => {
    for (const order of [us, uk, italy, dateOrder('de-DE')])
      expect(readDate('2026-03-04', order)).toBe('2026-03-04');
  });

  it('reads a two-digit year as 20xx, in the locale order', () => {
    expect(readDate('3/4/26', us)).toBe('2026-03-04');
    expect(readDate('3/4/26', italy)).toBe('2026-04-03');
  });

  it('refuses empty text and words', () => {
    expect(readDate('', us)).toBeNull();
    expect(readDate('tomorrow', us)).toBeNull();
  });
});

const invoice: Invoice = {
  id: 'a',
  number: 'A-1',
  customerId: 'c1',
  issueDate: '2026-01-15',
  dueDate: '2026-02-14',
  currency: 'EUR',
  amount: 10_000,
};

describe('commands given the user’s date order', () => {
  it('edits an invoice due date typed 03/04/2026 as 4 March in en-US and 3 April in Italy', () => {
    const snap = snapshotOf({ customers: [rossiCustomer()], invoices: [invoice] });
    const cell = [{ key: 'a', columnId: 'dueDate', text: '03/04/2026' }];
    const inUs = editInvoices(snap, cell, ctxAt('2026-05-01', us));
    expect(inUs.errors).toEqual([]);
    expect(inUs.change.invoices?.put?.[0]?.dueDate).toBe('2026-03-04');
    const inItaly = editInvoices(snap, cell, ctxAt('2026-05-01', italy));
    expect(inItaly.change.invoices?.put?.[0]?.dueDate).toBe('2026-04-03');
  });

  it('refuses 12/31/2026 in Italy with the "not a date" message and writes nothing', () => {
    const snap = snapshotOf({ customers: [rossiCustomer()], invoices: [invoice] });
    const r = editInvoices(
      snap,
      [{ key: 'a', columnId: 'dueDate', text: '12/31/2026' }],
      ctxAt('2026-05-01'),
    );
    expect(r.errors.map((e) => e.error)).toEqual([
      { code: 'invoices.edit.notDate', params: { value: '12/31/2026' } },
    ]);
    expect(r.change.invoices?.put).toEqual([]);
  });

  it('reads the issue date of a new invoice in the locale order', () => {
    const r = createInvoices(
      snapshotOf({ customers: [rossiCustomer()] }),
      [
        {
          number: 'N-1',
          customer: 'Rossi S.r.l.',
          amount: '100.00',
          issueDate: '03/04/2026',
          dueDate: '05/04/2026',
        },
      ],
      ctxAt('2026-05-01', us),
    );
    expect(r.errors).toEqual([]);
    expect(r.change.invoices?.put?.[0]).toMatchObject({ issueDate: '2026-03-04', dueDate: '2026-05-04' });
  });

  it('reads a payment date, typed new or edited, in the locale order', () => {
    const payment: Payment = { id: 'p1', date: '2026-02-01', amount: 1000, currency: 'EUR', allocations: [] };
    const snap = snapshotOf({ customers: [rossiCustomer()], invoices: [invoice], payments: [payment] });
    const added = recordPayments(snap, [{ date: '03/04/2026', amount: '10.00' }], ctxAt('2026-05-01', us));
    expect(added.errors).toEqual([]);
    expect(added.change.payments?.put?.[0]?.date).toBe('2026-03-04');
    const edited = editPayments(
      snap,
      [{ key: 'p1', columnId: 'date', text: '03/04/2026' }],
      ctxAt('2026-05-01', italy),
    );
    expect(edited.change.payments?.put?.[0]?.date).toBe('2026-04-03');
    const refused = editPayments(
      snap,
      [{ key: 'p1', columnId: 'date', text: '31/12/2026' }],
      ctxAt('2026-05-01', us),
    );
    expect(refused.errors.map((e) => e.error.code)).toEqual(['grid.error.notDate']);
  });

  it('reads a contact log date in the locale order', () => {
    const activity: Activity = {
      id: 'x1',
      customerId: 'c1',
      invoiceIds: [],
      date: '2026-02-01',
      kind: 'call',
    };
    const snap = snapshotOf({ activities: [activity] });
    const cell = [{ key: 'x1', columnId: 'date', text: '03/04/2026' }];
    expect(editActivities(snap, cell, ctxAt('2026-05-01', us)).change.activities?.put?.[0]?.date).toBe(
      '2026-03-04',
    );
    expect(editActivities(snap, cell, ctxAt('2026-05-01', uk)).change.activities?.put?.[0]?.date).toBe(
      '2026-04-03',
    );
  });
});
