// A reminder's invoice table adds up as the reader checks it: amount − paid − credit notes − disputed
// = still to pay, on every row and in the total (the Italian tester's letter read "1.227,33 € | 0,00 € |
// 727,33 €" with the 500 € disputed only in a sentence, and a credit note counted as paid).
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import type { Adjustment, Language } from '../../src/domain/types';
import { company, customer, invoice, payment } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

const creditNote: Adjustment = {
  id: 'nc',
  kind: 'credit-note',
  customerId: 'c',
  invoiceId: 'a',
  date: '2026-08-10',
  amount: 123_166,
  currency: 'EUR',
};

function reminder(language: Language, country: string, disputed = true, credit = true) {
  const c = customer({ id: 'c', name: 'Caffè Perù S.r.l.', language, country });
  return letterContent(
    letterInputFor(
      {
        company,
        customer: c,
        invoices: [
          invoice({
            id: 'a',
            number: '2026/1196',
            customerId: 'c',
            amount: 873_421,
            issueDate: '2026-05-27',
            dueDate: '2026-06-30',
          }),
          invoice({
            id: 'b',
            number: '2026/1194',
            customerId: 'c',
            amount: 122_733,
            issueDate: '2026-08-27',
            dueDate: '2026-09-30',
          }),
        ],
        payments: [payment('p', 'a', '2026-07-20', 200_000, 'c')],
        adjustments: credit ? [creditNote] : [],
        ...(disputed ? { disputed: new Map([['b', 50_000]]) } : {}),
      },
      { kind: 'reminder-1', date: '2026-12-05' },
    ),
  );
}

const tableOf = (language: Language, country: string, disputed = true, credit = true) => {
  const t = reminder(language, country, disputed, credit).blocks.find((b) => b.type === 'table');
  const plain = (cells: string[]) => cells.map((x) => x.replace(/[\u00a0\u202f]/g, ' '));
  return t && t.type === 'table' ? { head: t.head, rows: t.rows.map(plain), foot: t.foot.map(plain) } : null;
};

describe('the invoice table of a reminder', () => {
  it('shows credit notes and the disputed part in columns of their own (Italian, read back from the PDF)', () => {
    const text = pdfText(drawOneLetter(reminder('it', 'IT'), testFonts()))
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/ +/g, ' ');
    // (The longer headings wrap onto a second line.)
    expect(text).toContain(
      'Fattura Data Scadenza Importo Pagato Note di Contestato Residuo Giorni\n credito di',
    );
    expect(text).toContain(
      '2026/1196 27/05/2026 30/06/2026 8.734,21 € 2.000,00 € 1.231,66 € 0,00 € 5.502,55 € 158',
    );
    expect(text).toContain('2026/1194 27/08/2026 30/09/2026 1.227,33 € 0,00 € 0,00 € 500,00 € 727,33 € 66');
    expect(text).toContain('Fatture aperte 9.961,54 € 2.000,00 € 1.231,66 € 500,00 € 6.229,88 €');
    expect(text).toContain('Sollecito di pagamento: 6.229,88 € scaduti');
  });

  const heads: [Language, string, string[]][] = [
    ['en', 'GB', ['Paid', 'Credit notes', 'Disputed']],
    ['fr', 'FR', ['Payé', 'Avoirs', 'Contesté']],
    ['de', 'DE', ['Bezahlt', 'Gutschriften', 'Bestritten']],
    ['da', 'DK', ['Betalt', 'Kreditnotaer', 'Bestridt']],
    ['ro', 'RO', ['Plătit', 'Note de credit', 'Contestat']],
  ];
  it.each(heads)('names the columns in %s', (language, country, names) => {
    expect(tableOf(language, country)?.head.slice(4, 7)).toEqual(names);
  });

  it('has no column for credit notes or disputes when the letter has none', () => {
    const t = tableOf('en', 'GB', false, false);
    expect(t?.head).toEqual(['Invoice', 'Date', 'Due', 'Amount', 'Paid', 'Open', 'Days late']);
    expect(t?.foot).toEqual([['Open invoices', '', '', '€9,961.54', '€2,000.00', '€7,961.54', '']]);
  });

  it('has a column for a credit note alone', () => {
    const t = tableOf('en', 'GB', false, true);
    expect(t?.head.slice(3, 7)).toEqual(['Amount', 'Paid', 'Credit notes', 'Open']);
    expect(t?.rows[0]?.slice(3, 7)).toEqual(['€8,734.21', '€2,000.00', '€1,231.66', '€5,502.55']);
  });
});
