// Italian letters greet a company as "Spettabile" and a person as "Gentile", whatever the kind of letter,
// and a template of the user's that kept the greeting line greets each the same way.
import { expect, test } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { company, customer, invoice } from './fixtures';

const inputFor = (debtor: 'business' | 'consumer', kind: 'reminder-1' | 'final-notice') =>
  letterInputFor(
    {
      company,
      customer: customer({
        id: 'c',
        name: debtor === 'business' ? 'Ferrari & Figli S.n.c.' : 'Mario Rossi',
        language: 'it',
        country: 'IT',
        debtor,
      }),
      invoices: [
        invoice({ id: 'i', number: 'F-9', customerId: 'c', amount: 161_356, dueDate: '2024-03-15' }),
      ],
      payments: [],
      adjustments: [],
    },
    { kind, date: '2024-06-30' },
  );

const firstParagraph = (l: ReturnType<typeof letterContent>): string =>
  (l.blocks.find((b) => b.type === 'paragraph') as { text: string }).text;

test('a company is "Spettabile", a person "Gentile", in a reminder and in a final notice', () => {
  for (const kind of ['reminder-1', 'final-notice'] as const) {
    expect(firstParagraph(letterContent(inputFor('business', kind)))).toBe(
      'Spettabile Ferrari & Figli S.n.c.,',
    );
    expect(firstParagraph(letterContent(inputFor('consumer', kind)))).toBe('Gentile Mario Rossi,');
  }
});

test("a user's template keeps its own greeting unless it is the language's", () => {
  const own = {
    subject: 'Sollecito',
    body: 'Gentile {customer.name},\n\nLa preghiamo di pagare {total_due}.',
  };
  expect(firstParagraph(letterContent(inputFor('business', 'reminder-1'), own))).toBe(
    'Spettabile Ferrari & Figli S.n.c.,',
  );
  const other = {
    subject: 'Sollecito',
    body: 'Alla cortese attenzione di {customer.name},\n\nPaghi {total_due}.',
  };
  expect(firstParagraph(letterContent(inputFor('business', 'reminder-1'), other))).toBe(
    'Alla cortese attenzione di Ferrari & Figli S.n.c.,',
  );
});
