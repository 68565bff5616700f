// A Romanian invoice list saved by a Windows spreadsheet (windows-1250): its typographic quotes, dashes
// and € read as such (iso-8859-2 has control codes there), its cedilla ş ţ as comma-below ș ț.
import { expect, test } from 'vitest';
import { readTable, sniffCsv } from '../../src/csv/index';

const CP1250: Record<string, number> = {
  ă: 0xe3,
  â: 0xe2,
  î: 0xee,
  ş: 0xba,
  ţ: 0xfe,
  Ş: 0xaa,
  Ţ: 0xde,
  '„': 0x84,
  '”': 0x94,
  '€': 0x80,
  '–': 0x96,
};
const encode = (text: string): Uint8Array =>
  Uint8Array.from([...text].map((c) => CP1250[c] ?? c.charCodeAt(0)));

test('is read as windows-1250, quotes, dash and euro included, ș ț with the comma below', () => {
  const bytes = encode(
    [
      'Număr;Client;Data emiterii;Data scadenţei;Total;Observaţii',
      'TPA 1021;Construcţii Someşan S.R.L.;15.07.2026;14.08.2026;12.450,00;Comanda „Ştefan” – 30 zile',
      'TPA 1034;Tipografia Ţara Bârsei SRL;03.08.2026;02.09.2026;3.867,50;Avans 500 € – restul la livrare',
    ].join('\r\n') + '\r\n',
  );
  const format = sniffCsv(bytes);
  expect(format.encoding).toBe('windows-1250');
  const table = readTable(bytes, format);
  expect(table.columns[3]).toBe('Data scadenței');
  expect(table.rows.map((r) => r[1])).toEqual(['Construcții Someșan S.R.L.', 'Tipografia Țara Bârsei SRL']);
  expect(table.rows[0]![5]).toBe('Comanda „Ștefan” – 30 zile');
  expect(table.rows[1]![5]).toBe('Avans 500 € – restul la livrare');
});
