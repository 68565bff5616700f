// A payment-plan agreement adds up: the amount acknowledged, the interest at its yearly rate and the
// total the instalments sum to are all printed, in the customer's language (the Italian tester's plan
// of 9.083,44 € at 5,5 % in three monthly instalments).
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import type { Language } from '../../src/domain/types';
import { company, customer, invoice } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

// 9.083,44 € at 5,5 % a year on what is still owed, one month each: 41,63 + 27,75 + 13,88 = 83,26 €.
const instalments = [
  { dueDate: '2026-12-15', amount: 306_945 },
  { dueDate: '2027-01-15', amount: 305_556 },
  { dueDate: '2027-02-15', amount: 304_169 },
];

function agreement(language: Language, country: string, plan: Parameters<typeof letterInputFor>[1]['plan']) {
  const c = customer({ id: 'c', name: 'Caffè Perù S.r.l.', language, country });
  return letterInputFor(
    {
      company,
      customer: c,
      invoices: [
        invoice({ id: 'a', number: '2026/1208', customerId: 'c', amount: 284_160, dueDate: '2026-07-30' }),
        invoice({ id: 'b', number: '2026/1191', customerId: 'c', amount: 624_184, dueDate: '2026-11-30' }),
      ],
      payments: [],
      adjustments: [],
    },
    { kind: 'payment-plan', date: '2026-12-05', plan },
  );
}

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const termsRows = (language: Language, country: string, plan: Parameters<typeof agreement>[2]) => {
  const b = letterContent(agreement(language, country, plan)).blocks.find((x) => x.type === 'totals');
  return b && b.type === 'totals' ? b.rows.map(([k, v]) => [plain(k), plain(v)]) : [];
};

describe('the payment-plan agreement', () => {
  it('prints the interest and the total the instalments sum to (Italian, read back from the PDF)', () => {
    const input = agreement('it', 'IT', { instalments, principal: 908_344, interestPercent: 5.5 });
    const text = plain(pdfText(drawOneLetter(letterContent(input), testFonts()))).replace(/ +/g, ' ');
    expect(text).toContain('Piano di rientro: 9.166,70 € in 3 rate');
    expect(text).toContain('Il debitore riconosce di dovere 9.083,44 € per le seguenti fatture:');
    expect(text).toContain('Le parti concordano che il debitore pagherà 9.166,70 € nelle seguenti rate:');
    expect(text).toContain('Importo riconosciuto 9.083,44 €');
    expect(text).toContain('Interessi al 5,5% annuo sul residuo da pagare 83,26 €');
    expect(text).toContain('Totale da pagare a rate 9.166,70 €');
    expect(text).toContain('Totale delle rate 9.166,70 €');
  });

  const cases: [Language, string, string[][]][] = [
    [
      'en',
      'GB',
      [
        ['Amount acknowledged', '€9,083.44'],
        ['Interest at 5.5% a year on the balance still owed', '€83.26'],
        ['Total payable in instalments', '€9,166.70'],
      ],
    ],
    [
      'fr',
      'FR',
      [
        ['Montant reconnu', '9 083,44 €'],
        ['Intérêts au taux de 5,5 % l’an sur le solde restant dû', '83,26 €'],
        ['Total à payer par échéances', '9 166,70 €'],
      ],
    ],
    [
      'de',
      'DE',
      [
        ['Anerkannter Betrag', '9.083,44 €'],
        ['Zinsen von 5,5 % jährlich auf den offenen Restbetrag', '83,26 €'],
        ['In Raten zu zahlender Gesamtbetrag', '9.166,70 €'],
      ],
    ],
    [
      'da',
      'DK',
      [
        ['Anerkendt beløb', '9.083,44 €'],
        ['Rente på 5,5 % om året af restgælden', '83,26 €'],
        ['I alt at betale i afdrag', '9.166,70 €'],
      ],
    ],
    [
      'ro',
      'RO',
      [
        ['Suma recunoscută', '9.083,44 EUR'],
        ['Dobândă de 5,5 % pe an la soldul rămas de plată', '83,26 EUR'],
        ['Total de plată în rate', '9.166,70 EUR'],
      ],
    ],
  ];
  it.each(cases)('states the plan terms in %s', (language, country, rows) => {
    expect(termsRows(language, country, { instalments, principal: 908_344, interestPercent: 5.5 })).toEqual(
      rows,
    );
  });

  it('names a set-up fee and adds it to the total', () => {
    // 9.083,44 € in two parts without interest, and a fee of 25,00 € on the first.
    const withFee = [
      { dueDate: '2026-12-15', amount: 456_672 },
      { dueDate: '2027-01-15', amount: 454_172 },
    ];
    expect(termsRows('it', 'IT', { instalments: withFee, principal: 908_344, fee: 2_500 })).toEqual([
      ['Importo riconosciuto', '9.083,44 €'],
      ['Spese di istruttoria del piano', '25,00 €'],
      ['Totale da pagare a rate', '9.108,44 €'],
    ]);
  });

  it('needs no terms for a plan without interest or fee: the instalments sum to the amount acknowledged', () => {
    const even = [
      { dueDate: '2026-12-15', amount: 454_172 },
      { dueDate: '2027-01-15', amount: 454_172 },
    ];
    const input = agreement('it', 'IT', { instalments: even, principal: 908_344 });
    const text = plain(pdfText(drawOneLetter(letterContent(input), testFonts()))).replace(/ +/g, ' ');
    expect(text).toContain('Piano di rientro: 9.083,44 € in 2 rate');
    expect(text).toContain('pagherà 9.083,44 € nelle seguenti rate:');
    expect(text).toContain('Totale delle rate 9.083,44 €');
    expect(text).not.toContain('Interessi');
  });
});
