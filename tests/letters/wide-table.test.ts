// A reminder whose invoice table has every column (paid, credit notes, a discount, a disputed part) and
// six-figure amounts is wider than the page. Read back from the PDF, nothing in it is cut: every invoice
// number, due date and figure whole, no "…". The issue date is the column left out when it must be.
// Figures worked out by hand (EUR, Romanian formatting "1.234,56 EUR"):
//   FT-2026/001301  245.000,00 − 1.176,00 paid − 24,00 discount                    = 243.800,00
//   2026/1302        61.000,00 −   200,00 paid − 100,00 credit note − 50,00 disputed =  60.650,00
//   total           306.000,00 − 1.376,00 − 100,00 − 24,00 − 50,00                  = 304.450,00
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import type { Language } from '../../src/domain/types';
import { company, creditNoteOnB, customer, discountTaken, invoice, payment } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

function text(language: Language, country: string): string {
  const input = letterInputFor(
    {
      company,
      customer: customer({ id: 'c', name: 'Caffè Perù S.r.l.', language, country }),
      invoices: [
        invoice({
          id: 'a',
          number: 'FT-2026/001301',
          customerId: 'c',
          amount: 24_500_000,
          issueDate: '2026-09-01',
          dueDate: '2026-10-01',
        }),
        invoice({
          id: 'b',
          number: '2026/1302',
          customerId: 'c',
          amount: 6_100_000,
          issueDate: '2026-09-15',
          dueDate: '2026-10-15',
        }),
      ],
      payments: [discountTaken, payment('p2', 'b', '2026-10-20', 20_000, 'c')],
      adjustments: [creditNoteOnB],
      disputed: new Map([['b', 5_000]]),
    },
    { kind: 'reminder-1', date: '2026-12-05' },
  );
  return pdfText(drawOneLetter(letterContent(input), testFonts()))
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/ +/g, ' ');
}

describe('an invoice table wider than the page', () => {
  it('keeps every invoice number, due date and figure whole in Romanian, leaving out the issue date', () => {
    const t = text('ro', 'RO');
    expect(t).not.toContain('…');
    expect(t).toContain(
      'FT-2026/001301 01.10.2026 245.000,00 EUR 1.176,00 EUR 0,00 EUR 24,00 EUR 0,00 EUR 243.800,00 EUR 65',
    );
    expect(t).toContain(
      '2026/1302 15.10.2026 61.000,00 EUR 200,00 EUR 100,00 EUR 0,00 EUR 50,00 EUR 60.650,00 EUR 51',
    );
    expect(t).toContain(
      'Facturi neachitate 306.000,00 EUR 1.376,00 EUR 100,00 EUR 24,00 EUR 50,00 EUR 304.450,00 EUR',
    );
    expect(t).not.toContain('01.09.2026');
  });

  it('keeps the issue date where the table fits with it (Italian, "€")', () => {
    const t = text('it', 'IT');
    expect(t).not.toContain('…');
    expect(t).toContain(
      'FT-2026/001301 01/09/2026 01/10/2026 245.000,00 € 1.176,00 € 0,00 € 24,00 € 0,00 € 243.800,00 € 65',
    );
    expect(t).toContain('Fatture aperte 306.000,00 € 1.376,00 € 100,00 € 24,00 € 50,00 € 304.450,00 €');
  });

  it('wraps a long heading between words, not inside one, and keeps all of it', () => {
    const t = text('it', 'IT');
    expect(t).not.toMatch(/Scont\s+o\b/);
    expect(t).toContain('ritardo');
    expect(t).toContain('credito');
  });
});
