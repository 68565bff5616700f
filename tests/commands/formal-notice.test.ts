import { describe, expect, it } from 'vitest';
import { logCollectionsContact } from '../../src/commands/collections/contacts';
import { DEFAULT_DUNNING_POLICY } from '../../src/domain/collections/policy';
import { applyCustomerCell, customerFieldText } from '../../src/commands/customers';
import type { Customer, Invoice } from '../../src/domain/types';
import { ctxAt, snapshotOf } from './helpers';

const dupont: Customer = {
  id: 'c1',
  name: 'Jean Dupont',
  country: 'FR',
  language: 'fr',
  currency: 'EUR',
  debtor: 'consumer',
  creditHold: false,
  createdAt: '2024-01-01',
};
const due = (id: string, dueDate: string): Invoice => ({
  id,
  number: id,
  customerId: 'c1',
  issueDate: '2024-01-01',
  dueDate,
  currency: 'EUR',
  amount: 100_000,
});

const letter = {
  customerId: 'c1',
  kind: 'letter' as const,
  mode: 'record' as const,
  date: '2024-05-31',
  cadence: DEFAULT_DUNNING_POLICY.cadence,
};

describe('logging a formal notice', () => {
  it('dates the invoices already due; a plain letter changes no invoice', () => {
    const snapshot = snapshotOf({
      customers: [dupont],
      invoices: [due('a', '2024-03-15'), due('b', '2024-09-15')],
    });
    const notice = logCollectionsContact(snapshot, { ...letter, formalNotice: true }, ctxAt('2024-05-31'));
    expect(notice.errors).toEqual([]);
    expect(notice.change.invoices?.put?.map((i) => [i.id, i.formalNoticeDate])).toEqual([
      ['a', '2024-05-31'],
    ]);
    const plain = logCollectionsContact(snapshot, letter, ctxAt('2024-05-31'));
    expect(plain.change.invoices).toBeUndefined();
  });
});

describe('per-customer governing law and end-of-month reading', () => {
  it('are set from the form’s text, cleared by an empty one, and refused when unknown', () => {
    const withLaw = applyCustomerCell(dupont, 'contractLaw', 'it');
    expect(withLaw).toMatchObject({ contractLaw: 'IT' });
    expect(applyCustomerCell(withLaw as Customer, 'contractLaw', '')).not.toHaveProperty('contractLaw');
    expect(applyCustomerCell(dupont, 'contractLaw', 'CH')).toMatchObject({
      code: 'customer.error.contractLaw',
    });
    expect(applyCustomerCell(dupont, 'eomReading', 'days-then-month-end')).toMatchObject({
      eomReading: 'days-then-month-end',
    });
    expect(customerFieldText({ ...dupont, contractLaw: 'DE' }, 'contractLaw')).toBe('DE');
  });
});
