// The interest statement's subject names the fixed compensation only when the letter claims it: a
// Romanian customer's RON invoice under Italian law is owed interest, but the €40 of D.Lgs. 231/2002 is
// not claimed on it (there is no rate to put it in lei), and a consumer is owed none.
import { describe, expect, test } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { company, customer, invoice } from './fixtures';

const letter = (over: { currency: string; debtor: 'business' | 'consumer' }) => {
  const c = customer({ id: 'c', name: 'Ionescu Prod SRL', language: 'ro', country: 'RO', ...over });
  const inv = invoice({
    id: 'i',
    number: 'F-7',
    customerId: 'c',
    amount: 1_000_000,
    dueDate: '2024-03-15',
    currency: over.currency,
  });
  return letterContent(
    letterInputFor(
      { company, customer: c, invoices: [inv], payments: [], adjustments: [] },
      { kind: 'interest-statement', date: '2024-06-30' },
    ),
  );
};
const words = (l: ReturnType<typeof letterContent>) =>
  l.blocks.map((b) => JSON.stringify(b)).join(' ') + ' ' + l.subject;

describe('the interest statement’s subject', () => {
  test('a business in euros: interest and the minimum damages', () => {
    expect(letter({ currency: 'EUR', debtor: 'business' }).subject).toMatch(
      /^Dobândă penalizatoare și daune-interese minimale: total de plată /,
    );
  });

  test('in lei under Italian law, or a consumer: interest only, and the letter claims no damages', () => {
    for (const l of [
      letter({ currency: 'RON', debtor: 'business' }),
      letter({ currency: 'EUR', debtor: 'consumer' }),
    ]) {
      expect(l.subject).toMatch(/^Dobândă penalizatoare: total de plată \d/);
      expect(words(l)).not.toMatch(/daune-interese/i);
    }
  });
});
