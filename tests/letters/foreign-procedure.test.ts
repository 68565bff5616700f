// A final notice in one language under another country's law names that law's procedure in its own
// language, inside a phrase of the letter's: "das Verfahren „ordonanța de plată …“", never
// "das ordonanța de plată"; a notice under the letter's own law reads as before.
import { expect, test } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { company, customer, invoice } from './fixtures';

const notice = (language: 'de' | 'it', country: string, companyCountry: string) =>
  JSON.stringify(
    letterContent(
      letterInputFor(
        {
          company: { ...company, country: companyCountry },
          customer: customer({ id: 'c', name: 'Kunde', language, country }),
          invoices: [
            invoice({ id: 'i', number: 'F-1', customerId: 'c', amount: 100_000, dueDate: '2026-09-30' }),
          ],
          payments: [],
          adjustments: [],
        },
        { kind: 'final-notice', date: '2026-12-04' },
      ),
    ).blocks,
  );

test('a German letter under Romanian law', () => {
  const text = notice('de', 'RO', 'RO');
  expect(text).toContain('etwa das Verfahren „ordonanța de plată (art. 1014 C. proc. civ.)“');
  expect(text).not.toContain('das ordonanța');
});

test('an Italian letter under Italian law keeps its own wording', () => {
  expect(notice('it', 'IT', 'IT')).toContain('come il decreto ingiuntivo (art. 633 c.p.c.)');
});

test('a German letter under German law names the procedure with its article right', () => {
  const text = notice('de', 'DE', 'DE');
  expect(text).toContain('etwa das Mahnverfahren (§ 688 ZPO).');
  expect(text).not.toContain('das gerichtliches');
});
