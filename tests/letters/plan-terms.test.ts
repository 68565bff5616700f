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

// The same plan agreed on 5 December 2026, and a payment since: the letter made on 10 January 2027
// dates the amount acknowledged, says what was paid since and what the instalments still ask, and
// every figure agrees with the invoice table (by hand):
//   a payment of 3.069,45 € on 14 December: 2.841,60 € settle 2026/1208, 227,85 € go to 2026/1191,
//   whose rest is 6.241,84 − 227,85 = 6.013,99 € (= 9.083,44 − 3.069,45: what the debtor owes now);
//   the instalments ask 9.166,70 − 3.069,45 = 6.097,25 € more (= 6.013,99 + 83,26 of interest).
describe('the agreement of a plan with payments since it was agreed', () => {
  function made(language: Language, country: string, paid: number, agreedOn?: string) {
    const c = customer({ id: 'c', name: 'Caffè Perù S.r.l.', language, country });
    const a = Math.min(paid, 284_160);
    return letterInputFor(
      {
        company,
        customer: c,
        invoices: [
          invoice({ id: 'a', number: '2026/1208', customerId: 'c', amount: 284_160, dueDate: '2026-07-30' }),
          invoice({ id: 'b', number: '2026/1191', customerId: 'c', amount: 624_184, dueDate: '2026-11-30' }),
        ],
        payments: [
          {
            id: 'p',
            date: '2026-12-14',
            amount: paid,
            currency: 'EUR',
            customerId: 'c',
            allocations: [
              { invoiceId: 'a', amount: a },
              ...(paid > a ? [{ invoiceId: 'b', amount: paid - a }] : []),
            ],
          },
        ],
        adjustments: [],
      },
      {
        kind: 'payment-plan',
        date: '2027-01-10',
        invoiceIds: ['a', 'b'],
        plan: {
          instalments,
          principal: 908_344,
          interestPercent: 5.5,
          ...(agreedOn ? { agreedOn } : {}),
        },
      },
    );
  }
  const tables = (input: ReturnType<typeof made>) =>
    letterContent(input)
      .blocks.filter((b) => b.type === 'table' || b.type === 'totals')
      .map((b) =>
        b.type === 'table'
          ? { head: b.head, rows: [...b.rows, ...b.foot].map((r) => r.map(plain)) }
          : b.type === 'totals'
            ? { rows: b.rows.map((r) => r.map(plain)) }
            : null,
      );

  it('states the amount acknowledged on the day, the payment since and the rest (Italian, from the PDF)', () => {
    const input = made('it', 'IT', 306_945, '2026-12-05');
    const text = plain(pdfText(drawOneLetter(letterContent(input), testFonts()))).replace(/ +/g, ' ');
    expect(text).toContain('Il debitore riconosce di dovere 6.013,99 € per le seguenti fatture:');
    expect(text).toContain('2026/1208 15/02/2024 30/07/2026 2.841,60 € 2.841,60 € 0,00 €');
    expect(text).toContain('2026/1191 15/02/2024 30/11/2026 6.241,84 € 227,85 € 6.013,99 €');
    expect(text).toContain('Fatture aperte 9.083,44 € 3.069,45 € 6.013,99 €');
    expect(text).toContain('Importo riconosciuto il 05/12/2026 9.083,44 €');
    expect(text).toContain('Interessi al 5,5% annuo sul residuo da pagare 83,26 €');
    expect(text).toContain('Totale da pagare a rate 9.166,70 €');
    expect(text).toContain('Pagato dal 05/12/2026 3.069,45 €');
    expect(text).toContain('Ancora da pagare secondo il piano 6.097,25 €');
    expect(text).toContain('Rata Scadenza Importo Pagato Residuo');
    expect(text).toContain('1 15/12/2026 3.069,45 € 3.069,45 € 0,00 €');
    expect(text).toContain('2 15/01/2027 3.055,56 € 0,00 € 3.055,56 €');
    expect(text).toContain('3 15/02/2027 3.041,69 € 0,00 € 3.041,69 €');
    expect(text).toContain('Totale delle rate 9.166,70 € 3.069,45 € 6.097,25 €');
  });

  it('splits a payment over the instalments oldest first, each row adding up', () => {
    // 4.000,00 €: the first instalment whole, 930,55 € of the second (3.055,56 − 930,55 = 2.125,01);
    // the instalments ask 9.166,70 − 4.000,00 = 5.166,70 € more.
    const [, terms, schedule] = tables(made('en', 'GB', 400_000, '2026-12-05'));
    expect(terms?.rows).toEqual([
      ['Amount acknowledged on 05/12/2026', '€9,083.44'],
      ['Interest at 5.5% a year on the balance still owed', '€83.26'],
      ['Total payable in instalments', '€9,166.70'],
      ['Paid since 05/12/2026', '€4,000.00'],
      ['Still to pay under the plan', '€5,166.70'],
    ]);
    expect(schedule).toEqual({
      head: ['Instalment', 'Due', 'Amount', 'Paid', 'Open'],
      rows: [
        ['1', '15/12/2026', '€3,069.45', '€3,069.45', '€0.00'],
        ['2', '15/01/2027', '€3,055.56', '€930.55', '€2,125.01'],
        ['3', '15/02/2027', '€3,041.69', '€0.00', '€3,041.69'],
        ['Total of the instalments', '', '€9,166.70', '€4,000.00', '€5,166.70'],
      ],
    });
  });

  const labels: [Language, string, string[]][] = [
    [
      'fr',
      'FR',
      ['Montant reconnu le 05/12/2026', 'Payé depuis le 05/12/2026', 'Reste à payer selon l’échéancier'],
    ],
    [
      'de',
      'DE',
      [
        'Am 05.12.2026 anerkannter Betrag',
        'Seit dem 05.12.2026 bezahlt',
        'Nach dem Ratenplan noch zu zahlen',
      ],
    ],
    [
      'da',
      'DK',
      [
        'Anerkendt beløb pr. 05.12.2026',
        'Betalt siden 05.12.2026',
        'Restbeløb i henhold til afdragsordningen',
      ],
    ],
    [
      'ro',
      'RO',
      ['Suma recunoscută la 05.12.2026', 'Plătit începând cu 05.12.2026', 'Rest de plată conform graficului'],
    ],
  ];
  it.each(labels)('names the payments since in %s', (language, country, names) => {
    const rows = tables(made(language, country, 306_945, '2026-12-05'))[1]?.rows ?? [];
    expect([rows[0]?.[0], rows[3]?.[0], rows[4]?.[0]]).toEqual(names);
  });

  it('Italian elides the article before a date read with a vowel', () => {
    const rows = tables(made('it', 'IT', 306_945, '2026-12-11'))[1]?.rows ?? [];
    expect(rows[0]?.[0]).toBe('Importo riconosciuto l’11/12/2026');
    expect(rows[3]?.[0]).toBe('Pagato dall’11/12/2026');
  });

  it('counts nothing paid before the agreement, and states no terms for a plan the letter proposes', () => {
    // Agreed on 15 December, after the payment of the 14th: the schedule is still to pay in full.
    const later = tables(made('en', 'GB', 306_945, '2026-12-15'));
    expect(later[1]?.rows).toEqual([
      ['Amount acknowledged', '€9,083.44'],
      ['Interest at 5.5% a year on the balance still owed', '€83.26'],
      ['Total payable in instalments', '€9,166.70'],
    ]);
    expect(later[2]?.head).toEqual(['Instalment', 'Due', 'Amount']);
    expect(made('en', 'GB', 306_945).plan?.progress).toBeNull();
  });
});
