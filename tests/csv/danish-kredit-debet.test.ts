// A Danish bank export that prints amounts without a sign and says in a column of its own whether each
// is "Kredit" (money in) or "Debet" (money out), or just K / D: read with the sign that column gives,
// as D/C, Af/Bij and S/H columns are. The sample is written by hand, as such an export looks.
import { describe, expect, it } from 'vitest';
import { importFile } from '../fixtures/import-context';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const danish = { defaultCurrency: 'DKK', defaultCountry: 'DK', today: '2026-03-31' };

describe('a Danish statement with a Kredit/Debet column', () => {
  const file = [
    'Dato;Tekst;Beløb;Debet/Kredit;Saldo',
    '02.03.2026;Hansen & Co faktura 2026-17;1.500,00;Kredit;11.500,00',
    '03.03.2026;Husleje marts;8.000,00;Debet;3.500,00',
    '04.03.2026;Jensen ApS fak. 2026-18;245,00;Kredit;3.745,00',
    '05.03.2026;Gebyr;25,00;Debet;3.720,00',
    '',
  ].join('\r\n');

  it('maps the column as the sign and keeps the money in, leaving the money out', () => {
    const r = importFile(bytes(file), danish);
    expect(r.mapping.kind).toBe('bank-statement');
    expect(r.mapping.fields.sign).toBe(3);
    expect(r.result.errors).toEqual([]);
    expect(r.result.status).toEqual(['new', 'outgoing', 'new', 'outgoing']);
    expect(r.result.bankLines.map((l) => [l.date, l.amount, l.currency])).toEqual([
      ['2026-03-02', 150000, 'DKK'],
      ['2026-03-04', 24500, 'DKK'],
    ]);
  });

  it('reads K and D the same way, under a header it does not know', () => {
    const short = file
      .replace('Debet/Kredit', 'Type')
      .replace(/;Kredit;/g, ';K;')
      .replace(/;Debet;/g, ';D;');
    const r = importFile(bytes(short), danish);
    expect(r.mapping.fields.sign).toBe(3);
    expect(r.result.status).toEqual(['new', 'outgoing', 'new', 'outgoing']);
    expect(r.result.bankLines.map((l) => [l.date, l.amount])).toEqual([
      ['2026-03-02', 150000],
      ['2026-03-04', 24500],
    ]);
  });
});
