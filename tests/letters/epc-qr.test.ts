// The EPC payment QR code on a letter, rendered by poppler and decoded by jsQR, field by field
// (EPC069-12: BCD, version 002, UTF-8, SCT, BIC, name, IBAN, EUR amount, purpose, reference, text).
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import { epcPayload } from '../../src/letters/epc';
import { letterInputFor } from '../../src/letters/input';
import { company, customer, invoice } from './fixtures';
import { pdfPng, testFonts } from './pdf-tools';

function decodeFirstPage(bytes: Uint8Array): string | null {
  const png = PNG.sync.read(pdfPng(bytes, 1, 150));
  return (
    jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)
      ?.data ?? null
  );
}

describe('EPC QR code', () => {
  const de = customer({ id: 'c-de', name: 'Müller Bau GmbH', language: 'de', country: 'DE' });
  const input = letterInputFor(
    {
      company: { ...company, name: 'Ferro & Figli Srl — Ștefănești' },
      customer: de,
      invoices: [
        invoice({ id: 'a', number: 'R-101', customerId: 'c-de', amount: 120_050, dueDate: '2024-05-31' }),
        invoice({ id: 'b', number: 'R-102', customerId: 'c-de', amount: 80_000, dueDate: '2024-06-10' }),
      ],
      payments: [],
      adjustments: [],
    },
    { kind: 'reminder-1', date: '2024-06-30' },
  );

  test('decodes from the printed page to the beneficiary, IBAN, amount and reference', () => {
    const data = decodeFirstPage(drawOneLetter(letterContent(input), testFonts()));
    expect(data).not.toBeNull();
    const lines = (data ?? '').split('\n');
    expect(lines[0]).toBe('BCD');
    expect(lines[1]).toBe('002');
    expect(lines[2]).toBe('1');
    expect(lines[3]).toBe('SCT');
    expect(lines[4]).toBe('BPMOIT22XXX');
    expect(lines[5]).toBe('Ferro & Figli Srl — Ștefănești');
    expect(lines[6]).toBe('IT60X0542811101000000123456');
    // 1,200.50 + 800.00 open, no interest in a first reminder.
    expect(lines[7]).toBe('EUR2000.50');
    expect(lines[8]).toBe('');
    expect(lines[9]).toBe('');
    expect(lines[10]).toBe('Rechnungen R-101, R-102');
  }, 60_000);

  test('no code for a currency other than EUR, a missing IBAN or a zero amount', () => {
    const base = { name: 'X', iban: 'DE89370400440532013000', bic: '', amount: 100, text: 't' };
    expect(epcPayload(base)).toContain('EUR1.00');
    expect(epcPayload({ ...base, iban: '' })).toBeNull();
    expect(epcPayload({ ...base, amount: 0 })).toBeNull();
    const gbp = letterContent({ ...input, currency: 'GBP' });
    const block = gbp.blocks.find((b) => b.type === 'payment');
    expect(block && block.type === 'payment' ? block.qr : 'missing').toBeNull();
  });
});
