// Files that are not CSV text are refused before parsing; a very long field does not blind the sniffer.
import { describe, expect, it } from 'vitest';
import { binaryKind } from '../../src/csv/binary';
import { sniffCsv } from '../../src/csv';

const enc = new TextEncoder();

describe('binary files', () => {
  it('recognises a PNG, a JPEG, a PDF and an XLSX by their first bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
    expect(binaryKind(png)).toBe('png');
    expect(binaryKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBe('jpeg');
    expect(binaryKind(enc.encode('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
    expect(binaryKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]))).toBe('zip');
  });

  it('refuses NUL bytes in what is not UTF-16, and accepts UTF-16 text with or without BOM', () => {
    expect(binaryKind(new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x00, 0x01, 0x02, 0x61]))).toBe('binary');
    const text = 'name,amount\nRossi,12.50\n';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) le[2 * i] = text.charCodeAt(i);
    expect(binaryKind(le)).toBeNull();
    expect(binaryKind(new Uint8Array([0xff, 0xfe, ...le]))).toBeNull();
    expect(binaryKind(enc.encode('id;name;amount\n1;Ærø “Søn”;1.234,50\n'))).toBeNull();
  });
});

describe('sniffing past a very long first field', () => {
  it('still finds the dates when the first row holds a 64 KB note', () => {
    const note = 'x'.repeat(64 * 1024);
    let csv = `number,date,amount,note\nF-1,15/03/2024,100.00,"${note}"\n`;
    for (let i = 2; i <= 40; i++)
      csv += `F-${i},${String((i % 28) + 1).padStart(2, '0')}/04/2024,${i}.50,ok\n`;
    const format = sniffCsv(enc.encode(csv));
    expect(format.columnTypes[1]).toBe('date');
    expect(format.dateFormat).toBe('dd/mm/yyyy');
  });
});
