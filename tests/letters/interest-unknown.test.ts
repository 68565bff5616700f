// A Danish claim in December 2026, when the rate table has no Nationalbanken rate for 2026 yet: the
// letter cannot reckon the interest, and says so instead of leaving "Beregningen er:" with nothing
// after it, or a total that silently leaves the interest out. By hand: 10.000,00 kr. due 1 October 2026,
// the fixed compensation DKK 310 (renteloven §9a): 10.310,00 kr. to pay.
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import type { LetterKind } from '../../src/domain/types';
import { company, customer, invoice } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

const note =
  'Morarente for perioder, hvor vi endnu ikke har referencesatsen, er ikke medregnet i beløbene ovenfor; vi forbeholder os ret til at kræve den.';

function read(kind: LetterKind): string {
  const input = letterInputFor(
    {
      company: { ...company, country: 'DK', baseCurrency: 'DKK', language: 'da' },
      customer: customer({ id: 'c', name: 'Ærø Øl ApS', language: 'da', country: 'DK', currency: 'DKK' }),
      invoices: [
        invoice({
          id: 'a',
          number: 'F-7',
          customerId: 'c',
          amount: 1_000_000,
          dueDate: '2026-10-01',
          currency: 'DKK',
        }),
      ],
      payments: [],
      adjustments: [],
    },
    { kind, date: '2026-12-05' },
  );
  return pdfText(drawOneLetter(letterContent(input), testFonts()))
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('a claim whose reference rate is missing', () => {
  it('says in the interest claim that the interest is not reckoned, right after "the calculation is"', () => {
    const text = read('interest-statement');
    expect(text).toContain(`Beregningen er: ${note}`);
    expect(text).toContain(
      'Ubetalte fakturaer 10.000,00 kr. Kompensationsbeløb 310,00 kr. I alt at betale 10.310,00 kr.',
    );
    expect(text.split(note)).toHaveLength(2); // once, not again under the totals
  });

  it('says it under the totals of a final notice', () => {
    const text = read('final-notice');
    expect(text).toContain(
      `Ubetalte fakturaer 10.000,00 kr. Kompensationsbeløb 310,00 kr. I alt at betale 10.310,00 kr. ${note}`,
    );
  });

  it('says nothing of it in a reminder, which claims no interest', () => {
    expect(read('reminder-1')).not.toContain('referencesatsen');
  });
});
