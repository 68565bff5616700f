// The fee a dunning step charges, printed on the letter itself: its own line and the total to pay, in
// the customer's language; under Danish law capped as renteloven §9b says (rules.md §2, example D).
import { describe, expect, it } from 'vitest';
import { letterInputFor } from '../../src/letters/input';
import { letterContent } from '../../src/letters/content';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import { stepFee } from '../../src/domain/collections/dunning';
import { DEFAULT_DUNNING_POLICY } from '../../src/domain/collections/policy';
import type { Block } from '../../src/letters/types';
import type { Language } from '../../src/domain/types';
import { company, customer, invoice } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

const DATE = '2024-04-10';
const reminder1 = DEFAULT_DUNNING_POLICY.levels.find((l) => l.kind === 'reminder-1')!;

function reminder(language: Language, country: string, currency: string, fee: number) {
  const c = customer({ id: 'c1', name: 'Cliente', language, country, currency });
  const inv = invoice({
    id: 'i1',
    number: 'F-7',
    customerId: 'c1',
    amount: 100_000,
    dueDate: '2024-03-31',
    currency,
  });
  return letterInputFor(
    { company, customer: c, invoices: [inv], payments: [], adjustments: [] },
    { kind: 'reminder-1', date: DATE, ...(fee ? { reminderFee: fee } : {}) },
  );
}

const totalsRows = (blocks: Block[]): [string, string][] => {
  const b = blocks.find((x) => x.type === 'totals');
  // Intl puts no-break spaces in amounts: compare with plain ones.
  return b && b.type === 'totals' ? b.rows.map(([k, v]) => [k, v.replace(/\s/g, ' ')]) : [];
};

describe('the fee on the letter', () => {
  it('adds the fee to the total to pay', () => {
    const input = reminder('en', 'GB', 'EUR', 1_500);
    expect(input.totals).toMatchObject({ open: 100_000, fees: 1_500, due: 101_500 });
    expect(input.fees).toEqual([{ invoice: null, kind: 'reminder', amount: 1_500 }]);
  });

  // One row for the fee and one for the total, words and amounts typed by hand for each language
  // (Romanian letters write the currency's code, as the app's Romanian formatter does everywhere).
  const cases: [Language, string, string[][]][] = [
    [
      'en',
      'GB',
      [
        ['Open invoices', '€1,000.00'],
        ['Reminder fee', '€15.00'],
        ['Total due', '€1,015.00'],
      ],
    ],
    [
      'it',
      'IT',
      [
        ['Fatture aperte', '1.000,00 €'],
        ['Spese di sollecito', '15,00 €'],
        ['Totale dovuto', '1.015,00 €'],
      ],
    ],
    [
      'fr',
      'FR',
      [
        ['Factures impayées', '1 000,00 €'],
        ['Frais de relance', '15,00 €'],
        ['Total dû', '1 015,00 €'],
      ],
    ],
    [
      'ro',
      'RO',
      [
        ['Facturi neachitate', '1.000,00 EUR'],
        ['Taxă de notificare', '15,00 EUR'],
        ['Total de plată', '1.015,00 EUR'],
      ],
    ],
    [
      'de',
      'DE',
      [
        ['Offene Rechnungen', '1.000,00 €'],
        ['Mahngebühr', '15,00 €'],
        ['Gesamtbetrag', '1.015,00 €'],
      ],
    ],
  ];
  it.each(cases)(
    'prints the fee line and the total in %s, after the invoice table',
    (lang, country, rows) => {
      const content = letterContent(reminder(lang, country, 'EUR', 1_500));
      expect(totalsRows(content.blocks)).toEqual(rows);
      const tableAt = content.blocks.findIndex((b) => b.type === 'table');
      expect(content.blocks[tableAt + 1]?.type).toBe('totals');
    },
  );

  it('prints no fee line when the step charges none', () => {
    const content = letterContent(reminder('it', 'IT', 'EUR', 0));
    expect(content.blocks.some((b) => b.type === 'totals')).toBe(false);
  });

  it('caps a Danish fee at DKK 100 and prints it in Danish; a fourth reminder carries none', () => {
    // The policy asks DKK 150 for the step; renteloven §9b allows at most DKK 100.
    const level = { ...reminder1, fee: 15_000 };
    const first = stepFee('DK', level, '2024-04-01', '2024-03-21', [], 'DKK');
    expect(first.amount).toBe(10_000);
    const content = letterContent(reminder('da', 'DK', 'DKK', first.amount));
    const rows = totalsRows(content.blocks);
    expect(rows[1]).toEqual(['Rykkergebyr', '100,00 kr.']);
    expect(rows[2]?.[1]).toBe('1.100,00 kr.');
    const earlier = [
      { date: '2024-04-01', fee: 10_000 },
      { date: '2024-04-11', fee: 10_000 },
      { date: '2024-04-21', fee: 10_000 },
    ];
    expect(stepFee('DK', level, '2024-05-01', '2024-03-21', earlier, 'DKK').amount).toBe(0);
  });

  it('draws the fee into the PDF (read back with pdftotext)', () => {
    const content = letterContent(reminder('it', 'IT', 'EUR', 1_500));
    const text = pdfText(drawOneLetter(content, testFonts())).replace(/\s+/g, ' ');
    expect(text).toContain('Spese di sollecito 15,00 €');
    expect(text).toContain('1.015,00 €');
  });
});
