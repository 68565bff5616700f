// A part of an invoice written off is not money the customer paid: the invoice table shows it in a
// column of its own, never inside "Paid", and every row still adds up (amount − paid − discount −
// written off = still to pay). As on the screens, a write-off in force closes the invoice's claim: a
// final notice claims no interest and no compensation on it, only its rest. Figures worked out by hand:
//   2026/1301  2.450,00 − 1.176,00 paid − 24,00 discount − 250,00 written off = 1.000,00
//   2026/1302    610,00 −   200,00 paid                                       =   410,00
//   total      3.060,00 − 1.376,00 − 24,00 − 250,00 = 1.410,00
// Days late on 5 December 2026: due 1 October → 65; due 15 October → 51.
// Interest on 2026/1302 (Italian law, ECB 2,40 + 8 = 10,40 %, actual/365): 610,00 × 5 days (16–20 Oct)
// = 0,86904; 410,00 × 46 days (21 Oct – 5 Dec) = 5,37381; total 6,24285 → 6,24. Compensation 40,00 on
// 2026/1302 only. Due: 1.410,00 + 6,24 + 40,00 = 1.456,24.
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import type { Adjustment, Language, LetterKind } from '../../src/domain/types';
import { company, customer, discountTaken, invoicesAB, payment } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

const writeOffOnA: Adjustment = {
  id: 'wo',
  kind: 'write-off',
  customerId: 'c',
  invoiceId: 'a',
  date: '2026-11-20',
  amount: 25_000,
  currency: 'EUR',
};

function letter(kind: LetterKind, language: Language, country: string) {
  const c = customer({ id: 'c', name: 'Caffè Perù S.r.l.', language, country });
  return letterInputFor(
    {
      company,
      customer: c,
      invoices: invoicesAB(),
      payments: [discountTaken, payment('p2', 'b', '2026-10-20', 20_000, 'c')],
      adjustments: [writeOffOnA],
    },
    { kind, date: '2026-12-05' },
  );
}

const read = (kind: LetterKind, language: Language, country: string): string =>
  pdfText(drawOneLetter(letterContent(letter(kind, language, country)), testFonts()))
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/ +/g, ' ');

describe('a partial write-off in a letter’s invoice table', () => {
  it('is not counted as paid: a column of its own, each row and the total add up (Italian PDF)', () => {
    const text = read('reminder-1', 'it', 'IT');
    expect(text).toContain('Fattura Data Scadenza Importo Pagato Sconto Stralciato Residuo Giorni');
    expect(text).toContain(
      '2026/1301 01/09/2026 01/10/2026 2.450,00 € 1.176,00 € 24,00 € 250,00 € 1.000,00 € 65',
    );
    expect(text).toContain('2026/1302 15/09/2026 15/10/2026 610,00 € 200,00 € 0,00 € 0,00 € 410,00 € 51');
    expect(text).toContain('Fatture aperte 3.060,00 € 1.376,00 € 24,00 € 250,00 € 1.410,00 €');
    expect(text).toContain('Sollecito di pagamento: 1.410,00 € scaduti');
  });

  it('is named in Romanian, and the rest is what is asked for (PDF)', () => {
    const text = read('reminder-1', 'ro', 'RO');
    // "Trecut pe pierderi": what a Romanian bookkeeper calls a write-off ("Anulat" is "cancelled").
    expect(text).toContain(
      'Factura Data Scadența Valoare Plătit Scont Trecut pe Rest de Zile de\n pierderi plată întârziere',
    );
    expect(text).toContain(
      '2026/1301 01.09.2026 01.10.2026 2.450,00 EUR 1.176,00 EUR 24,00 EUR 250,00 EUR 1.000,00 EUR 65',
    );
    expect(text).toContain('Notificare de plată: 1.410,00 EUR restanți');
  });

  const heads: [Language, string, string][] = [
    ['en', 'GB', 'Written off'],
    ['fr', 'FR', 'Abandon de créance'],
    ['de', 'DE', 'Abgeschrieben'],
    ['da', 'DK', 'Afskrevet'],
  ];
  it.each(heads)('is named in %s', (language, country, name) => {
    const t = letterContent(letter('reminder-1', language, country)).blocks.find((b) => b.type === 'table');
    // Invoice, date, due, amount, paid, discount, written off, open, days late.
    expect(t?.type === 'table' ? t.head[6] : '').toBe(name);
  });

  it('closes that invoice’s claim in a final notice: interest and compensation on the other only (PDF)', () => {
    const text = read('final-notice', 'it', 'IT');
    expect(text).toContain('Interessi di mora 6,24 €');
    expect(text).toMatch(/Indennizzo forfettario[^\n]* 40,00 €/);
    expect(text).toContain('Totale dovuto 1.456,24 €');
    expect(text).not.toMatch(/2026\/1301 0[12]\/10\/2026/); // no interest period of the written-off invoice
  });
});
