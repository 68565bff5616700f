import { describe, expect, it } from 'vitest';
import { editCustomers, saveCustomer, deleteCustomers } from '../../src/commands/customers';
import { confirmBankMatches, ignoreBankLine } from '../../src/commands/bank';
import { chargeCompensation, chargeInterest, setFeeWaived } from '../../src/commands/fees';
import { logCollectionsContact } from '../../src/commands/collections/contacts';
import { DEFAULT_DUNNING_POLICY } from '../../src/domain/collections/policy';
import { importRecords } from '../../src/commands/imports';
import type { Customer, Invoice, Payment } from '../../src/domain/types';
import type { BankLine } from '../../src/db/schema';
import { ctxAt, rossiCustomer, snapshotOf } from './helpers';

const rossi: Customer = rossiCustomer({
  terms: { type: 'net', days: 30, discounts: [{ percent: 2, days: 10 }] },
});
const f1: Invoice = {
  id: 'i1',
  number: 'F-1',
  customerId: 'c1',
  issueDate: '2026-03-01',
  dueDate: '2026-03-31',
  currency: 'EUR',
  amount: 100000,
};
const line: BankLine = {
  id: 'b1',
  importBatchId: 'imp1',
  key: 'k1',
  line: 5,
  date: '2026-03-08',
  amount: 98000,
  currency: 'EUR',
  counterparty: 'ROSSI SRL',
  reference: 'bonifico',
  status: 'unmatched',
};

describe('customer commands: one validator for the grid and the form', () => {
  it('refuses the same bad terms in a grid cell and in the form, and the form writes nothing then', () => {
    const snap = snapshotOf({ customers: [rossi] });
    const grid = editCustomers(snap, [{ key: 'c1', columnId: 'terms', text: 'whenever' }]);
    const form = saveCustomer(snap, { id: 'c1', fields: { name: 'Rossi SpA', terms: 'whenever' } });
    expect(grid.errors[0]?.error.code).toBe('customer.error.termsLong');
    expect(form.errors[0]?.error.code).toBe('customer.error.termsLong');
    expect(form.change).toEqual({});
  });

  it('saves every form field through the validator', () => {
    const out = saveCustomer(snapshotOf({ customers: [rossi] }), {
      id: 'c1',
      fields: {
        name: ' Rossi SpA ',
        creditLimit: '5.000,00',
        contractRate: '9,5',
        phone: '',
        creditHold: 'yes',
      },
    });
    expect(out.errors).toEqual([]);
    expect(out.change.customers?.put?.[0]).toMatchObject({
      name: 'Rossi SpA',
      creditLimit: 500000,
      contractRatePercent: 9.5,
      creditHold: true,
    });
  });

  it('keeps customers that invoices or payments point at', () => {
    const other = { ...rossi, id: 'c2', name: 'Bianchi' };
    const out = deleteCustomers(snapshotOf({ customers: [rossi, other], invoices: [f1] }), ['c1', 'c2']);
    expect(out.change.customers?.delete).toEqual(['c2']);
    expect(out.errors[0]?.error).toEqual({ code: 'customers.kept', params: { count: 1 } });
  });
});

describe('bank matches confirmed', () => {
  it('allocates a line the user assigned by hand with the early-payment discount (2 % within 10 days)', () => {
    const snap = snapshotOf({ customers: [rossi], invoices: [f1], bankLines: [line] });
    const out = confirmBankMatches(snap, [{ lineId: 'b1', invoiceId: 'i1' }], ctxAt('2026-03-10'));
    const p = out.change.payments?.put?.[0] as Payment;
    // 1,000.00 less 2 % = 980.00 paid on day 7: settled with a 20.00 discount.
    expect(p.allocations).toEqual([{ invoiceId: 'i1', amount: 98000, discount: 2000 }]);
    expect(p).toMatchObject({
      method: 'bank-transfer',
      customerId: 'c1',
      bankLineKey: 'k1',
      date: '2026-03-08',
    });
    expect(out.change.bankLines?.put?.[0]).toMatchObject({ status: 'matched', paymentId: p.id });
  });

  it('does nothing for a line confirmed meanwhile, and sets a line aside', () => {
    const done = { ...line, status: 'matched' as const };
    const snap = snapshotOf({ invoices: [f1], bankLines: [done] });
    expect(confirmBankMatches(snap, [{ lineId: 'b1', invoiceId: 'i1' }], ctxAt('2026-03-10')).change).toEqual(
      {
        payments: { put: [] },
        bankLines: { put: [] },
      },
    );
    expect(ignoreBankLine(snapshotOf({ bankLines: [line] }), 'b1').change.bankLines?.put?.[0]?.status).toBe(
      'ignored',
    );
  });
});

describe('fees', () => {
  it('claims no interest or compensation on an invoice under open dispute, and does once it is resolved', () => {
    const dispute = {
      id: 'd1',
      customerId: 'c1',
      invoiceIds: ['i1'],
      date: '2026-04-10',
      kind: 'dispute' as const,
    };
    const resolved = {
      ...dispute,
      id: 'd2',
      date: '2026-05-10',
      resolves: 'd1',
      resolution: 'for-us' as const,
    };
    const comp = { amount: 4000, currency: 'EUR', law: 'D.Lgs. 231/2002 art. 6' };
    const claim = { invoiceId: 'i1', amount: 1234, currency: 'EUR', reason: 'IT' };
    const open = snapshotOf({ invoices: [f1], activities: [dispute] });
    expect(chargeInterest(open, claim, ctxAt('2026-05-02')).errors[0]?.error.code).toBe(
      'fees.error.disputed',
    );
    expect(
      chargeCompensation(open, { invoiceId: 'i1', compensation: comp }, ctxAt('2026-05-02')).errors[0]?.error
        .code,
    ).toBe('fees.error.disputed');
    const after = snapshotOf({ invoices: [f1], activities: [dispute, resolved] });
    expect(chargeInterest(after, claim, ctxAt('2026-05-12')).change.adjustments?.put?.[0]).toMatchObject({
      feeKind: 'interest',
      amount: 1234,
    });
  });

  it('charges the compensation once, dated the as-of day, and waives it from a date', () => {
    const snap = snapshotOf({ invoices: [f1] });
    const comp = { amount: 4000, currency: 'EUR', law: 'D.Lgs. 231/2002 art. 6' };
    const out = chargeCompensation(snap, { invoiceId: 'i1', compensation: comp }, ctxAt('2026-05-02'));
    const fee = out.change.adjustments?.put?.[0];
    expect(fee).toMatchObject({ kind: 'fee', feeKind: 'compensation', amount: 4000, date: '2026-05-02' });
    const again = chargeCompensation(
      snapshotOf({ invoices: [f1], adjustments: fee ? [fee] : [] }),
      { invoiceId: 'i1', compensation: comp },
      ctxAt('2026-05-03'),
    );
    expect(again.change).toEqual({});
    const waived = setFeeWaived(
      snapshotOf({ adjustments: fee ? [fee] : [] }),
      { adjustmentId: fee?.id ?? '', waived: true },
      ctxAt('2026-06-01'),
    );
    expect(waived.change.adjustments?.put?.[0]).toMatchObject({ waived: true, waivedOn: '2026-06-01' });
  });
});

describe('contacts', () => {
  it('records a promise with its amount read in the customer currency', () => {
    const out = logCollectionsContact(
      snapshotOf({ customers: [rossi] }),
      {
        customerId: 'c1',
        kind: 'call',
        mode: 'record',
        date: '2026-04-02',
        cadence: DEFAULT_DUNNING_POLICY.cadence,
        promise: { amount: '1.250,50', date: '2026-04-20' },
      },
      ctxAt('2026-04-02'),
    );
    expect(out.change.activities?.put?.[1]).toMatchObject({
      kind: 'promise',
      promiseAmount: 125050,
      promiseDate: '2026-04-20',
    });
  });
});

describe('imports planned from a preview', () => {
  it('refuses an import whose new invoice numbers were stored meanwhile', () => {
    const result = {
      invoices: [{ ...f1, id: 'new1' }],
      replaced: [],
      customers: [],
      payments: [],
      adjustments: [],
      bankLines: [],
      errors: [],
      counts: {
        new: 1,
        update: 0,
        same: 0,
        skip: 0,
        error: 0,
        outgoing: 0,
        line: 0,
        pending: 0,
        'not-receivable': 0,
      },
    } as unknown as Parameters<typeof importRecords>[1]['result'];
    const batch = {
      id: 'imp9',
      kind: 'invoices' as const,
      fileName: 'a.csv',
      fileHash: 'x',
      importedAt: '',
      rowCount: 1,
    };
    expect(importRecords(snapshotOf({ invoices: [f1] }), { result, batch }).errors[0]?.error.code).toBe(
      'import.error.stale',
    );
    expect(importRecords(snapshotOf({}), { result, batch }).change.invoices?.put).toHaveLength(1);
  });
});

describe('customer form against another tab', () => {
  it('writes only the fields the user changed, and refuses one another tab changed meanwhile', () => {
    // Another tab renamed the customer after this form was filled.
    const stored = { ...rossi, name: 'Rossi & Figli S.r.l.' };
    const snap = snapshotOf({ customers: [stored] });
    const phone = saveCustomer(snap, { id: 'c1', fields: { phone: '+39 011 123' }, expected: { phone: '' } });
    expect(phone.change.customers?.put?.[0]).toMatchObject({
      name: 'Rossi & Figli S.r.l.',
      phone: '+39 011 123',
    });
    const name = saveCustomer(snap, {
      id: 'c1',
      fields: { name: 'Rossi SpA' },
      expected: { name: 'Rossi S.r.l.' },
    });
    expect(name.change).toEqual({});
    expect(name.errors[0]).toMatchObject({ columnId: 'name', error: { code: 'write.conflict' } });
  });
});

describe('deleting an invoice', () => {
  it('keeps the money paid on it on the account, so nothing refers to the deleted invoice', async () => {
    const { deleteInvoices } = await import('../../src/commands/invoices');
    const f2 = { ...f1, id: 'i2', number: 'F-2' };
    const pay: Payment = {
      id: 'p1',
      date: '2026-04-01',
      amount: 150000,
      currency: 'EUR',
      customerId: 'c1',
      allocations: [
        { invoiceId: 'i1', amount: 100000 },
        { invoiceId: 'i2', amount: 50000 },
      ],
    };
    const fee = {
      id: 'a1',
      kind: 'fee' as const,
      customerId: 'c1',
      invoiceId: 'i1',
      date: '2026-05-01',
      amount: 4000,
      currency: 'EUR',
    };
    const out = deleteInvoices(snapshotOf({ invoices: [f1, f2], payments: [pay], adjustments: [fee] }), [
      'i1',
    ]);
    expect(out.change.invoices?.delete).toEqual(['i1']);
    expect(out.change.payments?.put?.[0]?.allocations).toEqual([{ invoiceId: 'i2', amount: 50000 }]);
    expect(out.change.payments?.put?.[0]?.amount).toBe(150000);
    expect(out.change.adjustments?.put?.[0]).not.toHaveProperty('invoiceId');
  });
});
