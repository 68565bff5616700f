// A letter's invoice table with large lei amounts: every figure is printed whole, in its own column
// (a bold 8 pt total used to run into the next one: "0,00 RON118.342,02 RON").
import { describe, expect, test } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import { letterInputFor } from '../../src/letters/input';
import { company, customer, invoice, payment } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

describe('a Romanian reminder for 118.342,02 RON over four invoices', () => {
  const c = customer({
    id: 'c-ro',
    name: 'Ștefan Țăranu SRL',
    language: 'ro',
    country: 'RO',
    currency: 'RON',
  });
  // 36.580,39 + 8.310,44 + 44.495,27 + 28.955,92 = 118.342,02 (by hand)
  const amounts = [3_658_039, 831_044, 4_449_527, 2_895_592];
  const invoices = amounts.map((amount, k) =>
    invoice({
      id: `i${k}`,
      number: `2026/14${60 + k}`,
      customerId: 'c-ro',
      amount,
      currency: 'RON',
      issueDate: '2026-04-12',
      dueDate: '2026-05-12',
    }),
  );
  const input = letterInputFor(
    { company, customer: c, invoices, payments: [], adjustments: [] },
    { kind: 'reminder-1', date: '2026-12-02' },
  );
  const text = pdfText(drawOneLetter(letterContent(input), testFonts()));

  test('the totals line shows the paid and the open sums apart, each whole', () => {
    expect(text).toMatch(/0,00 RON\s+118\.342,02 RON/);
    expect(text).not.toContain('…');
  });
});

describe('a Romanian interest claim with part payments of tens of thousands of lei', () => {
  const c = customer({
    id: 'c-ro2',
    name: 'Dumitrescu & Asociații',
    language: 'ro',
    country: 'RO',
    currency: 'RON',
  });
  const invoices = [1_191_008, 2_862_026, 4_380_647].map((amount, k) =>
    invoice({
      id: `j${k}`,
      number: `2025/16${k}2`,
      customerId: 'c-ro2',
      amount: amount * 2,
      currency: 'RON',
      issueDate: '2025-04-12',
      dueDate: '2025-05-12',
    }),
  );
  // Each invoice half paid: paid 11.910,08 / 28.620,26 / 43.806,47 RON (by hand).
  const payments = invoices.map((inv) => ({
    ...payment(`q${inv.id}`, inv.id, '2025-09-30', inv.amount / 2, 'c-ro2'),
    currency: 'RON',
  }));
  for (const kind of ['reminder-2', 'interest-statement'] as const) {
    test(`${kind}: every amount is printed whole, none cut off`, () => {
      const input = letterInputFor(
        { company, customer: c, invoices, payments, adjustments: [] },
        { kind, date: '2026-12-04' },
      );
      const text = pdfText(drawOneLetter(letterContent(input), testFonts()));
      for (const paid of ['11.910,08 RON', '28.620,26 RON', '43.806,47 RON']) expect(text).toContain(paid);
      expect(text).not.toContain('…');
    });
  }
});

describe('a Romanian reminder over twenty invoices', () => {
  const c = customer({
    id: 'c-ro3',
    name: 'Brutăria Ionescu',
    language: 'ro',
    country: 'RO',
    currency: 'RON',
  });
  const invoices = Array.from({ length: 20 }, (_, k) =>
    invoice({
      id: `k${k}`,
      number: `2025/${1601 + k}`,
      customerId: 'c-ro3',
      amount: 123_456,
      currency: 'RON',
      issueDate: '2025-04-12',
      dueDate: '2025-05-12',
    }),
  );
  test('the payment details name every invoice (the reference some, the list under it all), none cut off', () => {
    const input = letterInputFor(
      { company, customer: c, invoices, payments: [], adjustments: [] },
      { kind: 'reminder-1', date: '2026-12-04' },
    );
    const text = pdfText(drawOneLetter(letterContent(input), testFonts()));
    const reference = text.slice(text.indexOf('Detalii plată'));
    for (const inv of invoices) expect(reference).toContain(inv.number);
    expect(reference).not.toMatch(/2025\/1620,/);
  });
});
