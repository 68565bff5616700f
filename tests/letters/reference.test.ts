// The payment reference names one invoice in the singular ("Fattura F-9", "Factura 1034"), several in
// the plural, in the letter's language.
import { expect, test } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { company, customer, invoice } from './fixtures';

const textOf = (
  language: 'it' | 'ro',
  count: number,
  kind: 'reminder-1' | 'receipt-check' = 'reminder-1',
): string => {
  const c = customer({ id: 'c', name: 'Cliente', language, country: language === 'it' ? 'IT' : 'RO' });
  const invoices = Array.from({ length: count }, (_, i) =>
    invoice({ id: `i${i}`, number: `F-${9 + i}`, customerId: 'c', amount: 10_000, dueDate: '2024-03-15' }),
  );
  const l = letterContent(
    letterInputFor(
      { company, customer: c, invoices, payments: [], adjustments: [] },
      { kind, date: '2024-06-30' },
    ),
  );
  return JSON.stringify(l.blocks);
};

test('one invoice is referenced in the singular, two in the plural', () => {
  expect(textOf('it', 1)).toContain('Fattura F-9');
  expect(textOf('it', 1)).not.toContain('Fatture F-9');
  expect(textOf('it', 2)).toContain('Fatture F-9, F-10');
  expect(textOf('ro', 1)).toContain('Factura F-9');
  expect(textOf('ro', 2)).toContain('Facturile F-9, F-10');
});

test('the letter speaks of one invoice or of several as it has them', () => {
  expect(textOf('ro', 1)).toContain('următoarea factură nu a fost încă achitată:');
  expect(textOf('ro', 2)).toContain('următoarele facturi nu au fost încă achitate:');
  expect(textOf('it', 1)).toContain('risulta ancora da saldare la seguente fattura:');
  // A receipt check is written for one invoice: for two it says so in the plural.
  expect(textOf('it', 1, 'receipt-check')).toContain('che la seguente fattura Le sia pervenuta');
  expect(textOf('it', 2, 'receipt-check')).toContain('che le seguenti fatture Le siano pervenute');
});

test('an invoice number is printed as it is, "$&" and all', () => {
  const c = customer({ id: 'c', name: 'Cliente', language: 'it', country: 'IT' });
  const inv = invoice({ id: 'i', number: 'A$&1', customerId: 'c', amount: 10_000, dueDate: '2024-03-15' });
  const text = JSON.stringify(
    letterContent(
      letterInputFor(
        { company, customer: c, invoices: [inv], payments: [], adjustments: [] },
        { kind: 'reminder-1', date: '2024-06-30' },
      ),
    ).blocks,
  );
  expect(text).toContain('Fattura A$&1');
});
