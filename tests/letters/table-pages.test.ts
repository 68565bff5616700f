// An invoice table that runs onto another page repeats its headings there, and its total goes over with
// the last invoice: a Danish reminder of 31 invoices printed its total alone at the top of page 2, with
// no headings and no invoice above it. By hand: invoices of 100,00 € + k cents, k = 0 … 30: 31 × 100,00 +
// (0 + 1 + … + 30) cents = 3.100,00 + 4,65 = 3.104,65 €.
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import { company, customer, invoice } from './fixtures';
import { pdfText, pdfWords, testFonts } from './pdf-tools';

function reminder(count: number): Uint8Array {
  const invoices = Array.from({ length: count }, (_, k) =>
    invoice({
      id: `i${k}`,
      number: `F-${100 + k}`,
      customerId: 'c',
      amount: 10_000 + k,
      dueDate: '2026-11-01',
    }),
  );
  const input = letterInputFor(
    {
      company,
      customer: customer({ id: 'c', name: 'Ærø ApS', language: 'da', country: 'DK' }),
      invoices,
      payments: [],
      adjustments: [],
    },
    { kind: 'reminder-1', date: '2026-12-05' },
  );
  return drawOneLetter(letterContent(input), testFonts());
}

describe('an invoice table over two pages', () => {
  it('carries the last invoice over with the total, under the repeated headings (31 invoices)', () => {
    const pages = pdfText(reminder(31))
      .replace(/[\u00a0\u202f]/g, ' ')
      .split('\f')
      .map((p) => p.replace(/\s+/g, ' '));
    expect(pages[1]).toMatch(
      /Faktura Dato Forfald Beløb Betalt Restbeløb Dage for sent F-130 15\.02\.2024 01\.11\.2026 100,30 € 0,00 € 100,30 € 34 Ubetalte fakturaer 3\.104,65 € 0,00 € 3\.104,65 €/,
    );
    expect(pages[0]).toContain('F-129 ');
    expect(pages[0]).not.toContain('Ubetalte fakturaer 3.104,65');
  });

  it('never leaves the total on a page without an invoice of its table, whatever the count', () => {
    for (let count = 29; count <= 33; count++) {
      const words = pdfWords(reminder(count));
      const last = words.find((w) => w.text === `F-${100 + count - 1}`);
      const total = words.find((w) => w.text === 'Ubetalte');
      expect({ count, page: total?.page }).toEqual({ count, page: last?.page });
    }
  });
});
