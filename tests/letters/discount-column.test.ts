// An early-payment discount taken is not money received: a reminder's invoice table shows it in a
// column of its own, never inside "Paid", and every row still adds up (amount − paid − credit notes −
// discount − disputed = still to pay). Figures worked out by hand:
//   2026/1301  2.450,00 − 1.176,00 paid − 24,00 discount (2 % of the 1.200,00 it settled) = 1.250,00
//   2026/1302    610,00 −   200,00 paid                                                  =   410,00
//   total      3.060,00 − 1.376,00 − 24,00 = 1.660,00
// Days late on 5 December 2026: due 1 October → 31 + 30 + 4 = 65; due 15 October → 31 + 20 = 51.
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import type { Language } from '../../src/domain/types';
import { company, creditNoteOnB, customer, discountTaken, invoice, invoicesAB, payment } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

function reminder(language: Language, country: string, more: { credit?: boolean; disputed?: boolean } = {}) {
  const c = customer({ id: 'c', name: 'Caffè Perù S.r.l.', language, country });
  return letterInputFor(
    {
      company,
      customer: c,
      invoices: invoicesAB(),
      payments: [discountTaken, payment('p2', 'b', '2026-10-20', 20_000, 'c')],
      adjustments: more.credit ? [creditNoteOnB] : [],
      ...(more.disputed ? { disputed: new Map([['b', 5_000]]) } : {}),
    },
    { kind: 'reminder-1', date: '2026-12-05' },
  );
}

const plain = (cells: string[]) => cells.map((x) => x.replace(/[\u00a0\u202f]/g, ' '));
function tableOf(language: Language, country: string, more: { credit?: boolean; disputed?: boolean } = {}) {
  const t = letterContent(reminder(language, country, more)).blocks.find((b) => b.type === 'table');
  if (!t || t.type !== 'table') throw new Error('no invoice table');
  return { head: t.head, rows: t.rows.map(plain), foot: t.foot.map(plain) };
}

describe('an early-payment discount in a reminder’s invoice table', () => {
  it('is not counted as paid: the input keeps it apart', () => {
    const rows = reminder('en', 'GB').invoices.map((i) => ({
      number: i.number,
      amount: i.amount,
      paid: i.paid,
      discount: i.discount ?? 0,
      open: i.open,
    }));
    expect(rows).toEqual([
      { number: '2026/1301', amount: 245_000, paid: 117_600, discount: 2_400, open: 125_000 },
      { number: '2026/1302', amount: 61_000, paid: 20_000, discount: 0, open: 41_000 },
    ]);
  });

  it('has a column of its own, and each row and the total add up (Italian, read back from the PDF)', () => {
    const text = pdfText(drawOneLetter(letterContent(reminder('it', 'IT')), testFonts()))
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/ +/g, ' ');
    expect(text).toContain('Fattura Data Scadenza Importo Pagato Sconto Residuo Giorni di');
    expect(text).toContain('2026/1301 01/09/2026 01/10/2026 2.450,00 € 1.176,00 € 24,00 € 1.250,00 € 65');
    expect(text).toContain('2026/1302 15/09/2026 15/10/2026 610,00 € 200,00 € 0,00 € 410,00 € 51');
    expect(text).toContain('Fatture aperte 3.060,00 € 1.376,00 € 24,00 € 1.660,00 €');
    expect(text).toContain('Sollecito di pagamento: 1.660,00 € scaduti');
  });

  const heads: [Language, string, string][] = [
    ['en', 'GB', 'Discount'],
    ['fr', 'FR', 'Escompte'],
    ['de', 'DE', 'Skonto'],
    ['da', 'DK', 'Kontantrabat'],
    ['ro', 'RO', 'Scont'],
  ];
  it.each(heads)('names the column in %s', (language, country, name) => {
    const { head } = tableOf(language, country);
    // Invoice, date, due, amount, paid, discount, open, days late: no credit-note or disputed column.
    expect(head).toHaveLength(8);
    expect(head[5]).toBe(name);
  });

  it('sits between the credit notes and the disputed part, and every row still adds up', () => {
    // 2026/1302 with a credit note of 100,00 and 50,00 disputed: 610 − 200 − 100 − 0 − 50 = 260.
    // Total: 3.060 − 1.376 − 100 − 24 − 50 = 1.510.
    const t = tableOf('en', 'GB', { credit: true, disputed: true });
    expect(t.head).toEqual([
      'Invoice',
      'Date',
      'Due',
      'Amount',
      'Paid',
      'Credit notes',
      'Discount',
      'Disputed',
      'Open',
      'Days late',
    ]);
    expect(t.rows.map((r) => r.slice(3))).toEqual([
      ['€2,450.00', '€1,176.00', '€0.00', '€24.00', '€0.00', '€1,250.00', '65'],
      ['€610.00', '€200.00', '€100.00', '€0.00', '€50.00', '€260.00', '51'],
    ]);
    expect(t.foot).toEqual([
      ['Open invoices', '', '', '€3,060.00', '€1,376.00', '€100.00', '€24.00', '€50.00', '€1,510.00', ''],
    ]);
  });

  it('has no discount column when no invoice of the letter had one', () => {
    const c = customer({ id: 'c', name: 'Caffè Perù S.r.l.', language: 'en', country: 'GB' });
    const input = letterInputFor(
      {
        company,
        customer: c,
        invoices: [
          invoice({ id: 'b', number: '2026/1302', customerId: 'c', amount: 61_000, dueDate: '2026-10-15' }),
        ],
        payments: [payment('p2', 'b', '2026-10-20', 20_000, 'c')],
        adjustments: [],
      },
      { kind: 'reminder-1', date: '2026-12-05' },
    );
    const t = letterContent(input).blocks.find((b) => b.type === 'table');
    expect(t?.type === 'table' ? t.head : []).toEqual([
      'Invoice',
      'Date',
      'Due',
      'Amount',
      'Paid',
      'Open',
      'Days late',
    ]);
  });
});
