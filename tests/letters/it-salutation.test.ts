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

test('a plan agreement joins the parties with "ed" before a name read with an e, and "e" otherwise', () => {
  const plan = (name: string) =>
    letterContent(
      letterInputFor(
        {
          company,
          customer: customer({ id: 'c', name, language: 'it', country: 'IT' }),
          invoices: [
            invoice({ id: 'i', number: 'F-9', customerId: 'c', amount: 161_356, dueDate: '2024-03-15' }),
          ],
          payments: [],
          adjustments: [],
        },
        { kind: 'payment-plan', date: '2024-06-30' },
      ),
    );
  const parties = (name: string) =>
    plan(name).blocks.find(
      (b): b is { type: 'paragraph'; text: string } => b.type === 'paragraph' && b.text.startsWith('Tra '),
    )?.text;
  expect(parties('Esposito Trasporti S.p.A.')).toMatch(
    /\(creditore\) ed Esposito Trasporti S\.p\.A\. \(debitore\)/,
  );
  expect(parties('Ferrari & Figli S.n.c.')).toMatch(/\(creditore\) e Ferrari & Figli S\.n\.c\. \(debitore\)/);
  // A name that holds " e " itself is printed as written.
  expect(parties('Rossi e Esposito S.n.c.')).toMatch(/ e Rossi e Esposito S\.n\.c\. \(debitore\)/);
});
