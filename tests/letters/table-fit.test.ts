// A letter's invoice table with large lei amounts: every figure is printed whole, in its own column
// (a bold 8 pt total used to run into the next one: "0,00 RON118.342,02 RON").
import { describe, expect, test } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import { letterInputFor } from '../../src/letters/input';
import { company, customer, invoice } from './fixtures';
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
