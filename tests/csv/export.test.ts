import { describe, expect, test } from 'vitest';
import { neutralizeText, readTable, sniffCsv, toCsv, toCsvBytes } from '../../src/csv';

describe('toCsv', () => {
  test('text that could start a formula is neutralised; numbers are not', () => {
    const csv = toCsv(
      ['Customer', 'Note', 'Amount'],
      [
        ['=HYPERLINK("http://evil","x")', '+1+1', -12.5],
        ['-2+3', '@SUM(A1)', { money: -1250, currency: 'EUR' }],
        ['\tTab', '\rCR', 0],
        ['Plain', '', null],
        ['＝1+1', '-', 1e21],
      ],
      { lineEnding: '\n' },
    );
    expect(csv.split('\n')).toEqual([
      'Customer,Note,Amount',
      `"'=HYPERLINK(""http://evil"",""x"")",'+1+1,-12.5`,
      "'-2+3,'@SUM(A1),-12.50",
      `'\tTab,"'\rCR",0`,
      'Plain,,',
      "'＝1+1,'-,1000000000000000000000",
      '',
    ]);
  });

  test('text "-12.50" from a file is text (neutralised); the number -12.5 stays numeric', () => {
    expect(neutralizeText('-12.50')).toBe("'-12.50");
    expect(toCsv(['a', 'b'], [['-12.50', -12.5]], { lineEnding: '\n' })).toBe("a,b\n'-12.50,-12.5\n");
  });

  test('quoting of delimiter, quotes, newlines and edge spaces', () => {
    const csv = toCsv(['x'], [['a,b'], ['say "hi"'], ['two\nlines'], [' padded '], ['semi;colon']]);
    expect(csv).toBe('x\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n" padded "\r\nsemi;colon\r\n');
  });

  test('decimal comma with semicolons, money digits, BOM, locale dates', () => {
    const csv = toCsv(
      ['Kunde', 'Beløb', 'JPY', 'Forfald'],
      [
        [
          'Søren',
          { money: 123456, currency: 'DKK' },
          { money: 1500, currency: 'JPY' },
          { date: '2024-03-05' },
        ],
      ],
      {
        delimiter: ';',
        decimalSeparator: ',',
        bom: true,
        dateStyle: 'locale',
        locale: 'da-DK',
        lineEnding: '\n',
      },
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\n')[1]).toBe('Søren;1234,56;1500;05.03.2024');
    expect(toCsv(['a'], [[2.5]], { decimalSeparator: ',' })).toBe('a\r\n"2,5"\r\n');
    expect(toCsv(['d'], [[{ date: '2024-03-05' }]], { lineEnding: '\n' })).toBe('d\n2024-03-05\n');
  });

  test('round trip through the reader', () => {
    const rows = [
      ['Café "Zoë"', { money: -98765, currency: 'EUR' }, { date: '2024-12-31' }],
      ['line\nbreak; and, commas', 42, { date: '2025-01-02' }],
    ] as const;
    const bytes = toCsvBytes(
      ['Name', 'Amount', 'Date'],
      rows.map((r) => [...r]),
      { delimiter: ';', decimalSeparator: ',', bom: true },
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const format = sniffCsv(bytes);
    expect(format).toMatchObject({
      hasBom: true,
      delimiter: ';',
      decimalSeparator: ',',
      dateFormat: 'yyyy-mm-dd',
    });
    const t = readTable(bytes, format);
    expect(t.rows).toEqual([
      ['Café "Zoë"', '-987,65', '2024-12-31'],
      ['line\nbreak; and, commas', '42', '2025-01-02'],
    ]);
  });
});
