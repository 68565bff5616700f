// A letter about many invoices: the transfer reference is one a bank takes whole (140 characters, SEPA's
// remittance text and the EPC QR code's), never cut on the page, and every invoice is listed under the
// payment details. By hand: "Facturile " (10) + eleven numbers of 9 characters with ", " between (119)
// + " și încă 29" (11) = 140 characters; a twelfth number would make 151.
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import { company, customer, invoice } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

const SHORT =
  'Facturile 2026/1001, 2026/1002, 2026/1003, 2026/1004, 2026/1005, 2026/1006, 2026/1007, 2026/1008, ' +
  '2026/1009, 2026/1010, 2026/1011 și încă 29';

function letter(count: number) {
  const c = customer({ id: 'c', name: 'Brutăria Ionescu SRL', language: 'ro', country: 'RO' });
  const invoices = Array.from({ length: count }, (_, k) =>
    invoice({
      id: `k${k}`,
      number: `2026/${1001 + k}`,
      customerId: 'c',
      amount: 12_345,
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
    }),
  );
  return letterContent(
    letterInputFor(
      { company, customer: c, invoices, payments: [], adjustments: [] },
      { kind: 'reminder-1', date: '2026-12-04' },
    ),
  );
}

describe('the transfer reference of a letter about forty invoices', () => {
  const content = letter(40);
  const text = pdfText(drawOneLetter(content, testFonts()))
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');

  it('is printed whole, in 140 characters a bank takes, with no "…"', () => {
    expect(SHORT.length).toBe(140);
    expect(text).toContain(`Detalii plată: ${SHORT} `);
    expect(text.slice(text.indexOf('Detalii plată'))).not.toContain('…');
  });

  it('is the text the QR code carries', () => {
    const box = content.blocks.find((b) => b.type === 'payment');
    expect(box?.type === 'payment' && box.qr?.endsWith(`\n${SHORT}`)).toBe(true);
  });

  it('lists every invoice under the payment details', () => {
    expect(text).toContain(
      'Facturile la care se referă plata: 2026/1001, 2026/1002, 2026/1003, 2026/1004, 2026/1005, 2026/1006, ' +
        '2026/1007, 2026/1008, 2026/1009, 2026/1010, 2026/1011, 2026/1012, 2026/1013, 2026/1014, 2026/1015, ' +
        '2026/1016, 2026/1017, 2026/1018, 2026/1019, 2026/1020, 2026/1021, 2026/1022, 2026/1023, 2026/1024, ' +
        '2026/1025, 2026/1026, 2026/1027, 2026/1028, 2026/1029, 2026/1030, 2026/1031, 2026/1032, 2026/1033, ' +
        '2026/1034, 2026/1035, 2026/1036, 2026/1037, 2026/1038, 2026/1039, 2026/1040.',
    );
  });
});

describe('a letter whose reference fits', () => {
  it('names every invoice in it and adds no list', () => {
    const text = pdfText(drawOneLetter(letter(3), testFonts())).replace(/\s+/g, ' ');
    expect(text).toContain('Detalii plată: Facturile 2026/1001, 2026/1002, 2026/1003');
    expect(text).not.toContain('Facturile la care se referă plata');
  });
});
