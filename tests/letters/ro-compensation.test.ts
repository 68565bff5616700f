// Romania's fixed compensation is "40 EUR, paid in lei" (rules.md §2; Legea 72/2013 art. 13): a
// somație or an interest claim on a RON invoice states it. Without a EUR→RON rate it is said under the
// totals, not added to the RON total (the screens never add currencies either), as payable in lei at the
// BNR rate of the day of payment; with a rate it is in lei, in the total, with the rate it was put in at.
// By hand: 10.000,00 RON due 15 March 2024, letter of 30 June 2024: 107 days at BNR 7,00 + 8 = 15 % →
// 10.000,00 × 0,15 × 107 / 365 = 439,726… → 439,73 (rules.md §4 A). At 4,9764 lei a euro the 40 EUR are
// 199,056 → 199,06 lei; total 10.000,00 + 439,73 + 199,06 = 10.638,79.
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor, type LetterRecords } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import type { CompanyProfile, Language, LetterKind } from '../../src/domain/types';
import { company, customer, invoice } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

const roCompany: CompanyProfile = {
  ...company,
  name: 'Tehno Prim SRL',
  address: 'Str. Memorandumului 28\n400114 Cluj-Napoca',
  taxId: 'RO12345678',
  iban: 'RO49AAAA1B31007593840000',
  bic: 'BTRLRO22',
  baseCurrency: 'RON',
  country: 'RO',
  language: 'ro',
};

function read(
  kind: LetterKind,
  opts: { language?: Language; country?: string; invoices?: number; rate?: number } = {},
): string {
  const c = customer({
    id: 'c',
    name: 'Ionescu Prod SRL',
    language: opts.language ?? 'ro',
    country: opts.country ?? 'RO',
    currency: 'RON',
  });
  const invoices = Array.from({ length: opts.invoices ?? 1 }, (_, k) =>
    invoice({
      id: `i${k}`,
      number: `TPA ${1021 + k}`,
      customerId: 'c',
      amount: 1_000_000,
      issueDate: '2024-02-14',
      dueDate: '2024-03-15',
      currency: 'RON',
    }),
  );
  const records: LetterRecords = {
    company: roCompany,
    customer: c,
    invoices,
    payments: [],
    adjustments: [],
    ...(opts.rate ? { conversion: { currency: 'RON', rate: opts.rate } } : {}),
  };
  const input = letterInputFor(records, { kind, date: '2024-06-30' });
  return pdfText(drawOneLetter(letterContent(input), testFonts()))
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('Romania’s 40 EUR on a letter about RON invoices', () => {
  it('a somație without a rate: stated apart, payable in lei at the BNR rate of the day of payment', () => {
    const text = read('final-notice');
    expect(text).toContain(
      'În plus față de suma de mai sus, datorați daune-interese minimale pentru cheltuielile de recuperare în cuantum de 40,00 EUR (Legea 72/2013, art. 13), plătibile în lei la cursul BNR din ziua plății.',
    );
    // The total in lei is not mixed with euros: the invoice and its interest only.
    expect(text).toContain('Total de plată 10.439,73 RON');
    expect(text).toContain(
      'Prin prezenta vă somăm (art. 1015 C. proc. civ.) să achitați suma de 10.439,73 RON',
    );
  });

  it('two invoices: 40 EUR for each', () => {
    expect(read('final-notice', { invoices: 2 })).toContain(
      'în cuantum de 2 × 40,00 EUR = 80,00 EUR (Legea 72/2013, art. 13), plătibile în lei la cursul BNR din ziua plății.',
    );
  });

  it('an interest claim names the damages in its subject and says it once', () => {
    const text = read('interest-statement');
    expect(text).toContain('Dobândă penalizatoare și daune-interese minimale: total de plată 10.439,73 RON');
    expect(text.split('plătibile în lei la cursul BNR din ziua plății').length).toBe(2);
  });

  it('with a EUR→RON rate known: in lei, in the total, with the rate', () => {
    const text = read('final-notice', { rate: 4.9764 });
    expect(text).toContain(
      'Daune-interese minimale pentru cheltuielile de recuperare 199,06 RON Total de plată 10.638,79 RON',
    );
    expect(text).toContain('40,00 EUR convertiți la cursul de 4,9764 RON/EUR');
    expect(text).not.toContain('la cursul BNR din ziua plății');
  });

  it('in the letter’s language when the customer reads another', () => {
    expect(read('final-notice', { language: 'it', country: 'IT' })).toContain(
      'Oltre alla somma sopra indicata, è dovuto l’indennizzo forfettario per le spese di recupero di 40,00 € (Legea 72/2013, art. 13), pagabile in lei al cambio della Banca Nazionale di Romania (BNR) del giorno del pagamento.',
    );
    expect(read('final-notice', { language: 'en', country: 'GB' })).toContain(
      'In addition to the sum above, fixed compensation for recovery costs of €40.00 is owed (Legea 72/2013, art. 13), payable in lei at the exchange rate of the National Bank of Romania (BNR) on the day of payment.',
    );
  });
});
