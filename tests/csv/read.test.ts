import { describe, expect, test } from 'vitest';
import { readTable, readTableChunks, sniffCsv } from '../../src/csv';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedFixturesDir } from '../../scripts/check-shared-fixtures';
import { fixture, inChunks } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);

describe('readTableChunks', () => {
  test.each([1, 2, 1000])('gives the same rows, lines and errors as readTable (chunk size %i)', (size) => {
    for (const name of [
      'stripe-quoted-newlines.csv',
      'bad-rows.csv',
      'cp1252-fr-bank.csv',
      'utf16le-bom-excel-tab.txt',
    ]) {
      const bytes = fixture(name);
      const format = sniffCsv(bytes);
      const whole = readTable(bytes, format);
      const { chunks, result, rows, lines, errors } = inChunks(bytes, format, size);
      expect(rows).toEqual(whole.rows);
      expect(lines).toEqual(whole.lines);
      expect(errors).toEqual(whole.errors);
      expect(result.errors).toEqual(whole.errors);
      expect(result.rowCount).toBe(whole.rows.length);
      expect(result.columns).toEqual(whole.columns);
      expect(chunks.every((c) => c.rows.length <= size)).toBe(true);
      expect(chunks.at(-1)!.progress).toBe(1);
      for (const c of chunks) if (c.rows.length) expect(c.startLine).toBe(c.lines[0]);
    }
  });

  test('line numbers stay right when quoted newlines cross PapaParse chunk boundaries', () => {
    const long = 'x'.repeat(300_000);
    const text = `a,b\n1,"${long}\n${long}"\n2,"y\ny"\n3,z\n`;
    const bytes = enc(text);
    const format = sniffCsv(bytes);
    const lines: number[] = [];
    readTableChunks(bytes, format, (c) => void lines.push(...c.lines), 1);
    expect(lines).toEqual([2, 4, 6]);
    expect(readTable(bytes, format).lines).toEqual([2, 4, 6]);
  });

  test('a large file: small chunks first, then larger ones, the same rows, lines and errors as readTable', () => {
    // Rows with quoted newlines, blanks, a ragged row and a bad quote, well past the first pieces read.
    const out = ['number,customer,amount,note'];
    for (let i = 1; i <= 6000; i++) {
      if (i % 997 === 0) out.push('');
      else if (i % 1499 === 0) out.push(`${i},only two`);
      else if (i % 401 === 0)
        out.push(`${i},"Rossi ${i}\nsecond line",${i}.50,"a ""quoted"" note\r\nwith a break"`);
      else out.push(`${i},Customer ${i % 37},${i}.25,plain note ${'x'.repeat(i % 50)}`);
    }
    out.push('6001,"never closed,1.00,x');
    const bytes = enc(out.join('\n') + '\n');
    const format = sniffCsv(bytes);
    const whole = readTable(bytes, format);
    expect(whole.rows.length).toBeGreaterThan(5900);
    for (const size of [20_000, 1500, 7]) {
      const { chunks, result, rows, lines, errors } = inChunks(bytes, format, size);
      expect(rows).toEqual(whole.rows);
      expect(lines).toEqual(whole.lines);
      expect(errors).toEqual(whole.errors);
      expect(result.errors).toEqual(whole.errors);
      expect(chunks.every((c) => c.rows.length <= size)).toBe(true);
      // The first chunk is out after at most a thousand rows, whatever the size asked.
      expect(chunks[0]!.rows.length).toBeLessThanOrEqual(1000);
      const progress = chunks.map((c) => c.progress);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(progress.at(-1)).toBe(1);
    }
    expect(whole.errors.map((e) => e.code)).toContain('too-few-fields');
    // The quote left open is a literal character: its row is read, not the rest of the file with it.
    expect(whole.rows.at(-1)).toEqual(['6001', '"never closed', '1.00', 'x']);
    // Row 401 spans three lines (a newline in its customer, another in its note): 402 is three on.
    const at = whole.rows.findIndex((r) => r[0] === '402');
    expect(whole.lines[at]).toBe(whole.lines[at - 1]! + 3);
  });

  test.each(['\n', '\r\n'])(
    'line numbers stay right in large pieces with and without quoted line breaks (rows end with %j)',
    (eol) => {
      // 40,000 rows (~1.7 MB: several pieces of 512 KB); breaks inside quotes in two places only.
      const out = ['number,customer,amount,note'];
      for (let i = 1; i <= 40_000; i++) {
        const note = i === 12_345 || i === 31_000 ? `"two${eol}lines, quoted"` : `"note, ${i}"`;
        out.push(`${i},Customer ${i % 91},${i}.10,${note}`);
      }
      const bytes = enc(out.join(eol) + eol);
      const format = sniffCsv(bytes);
      const whole = readTable(bytes, format);
      const lines: number[] = [];
      readTableChunks(bytes, format, (c) => void lines.push(...c.lines), 20_000);
      expect(lines).toEqual(whole.lines);
      // Row n is on line n + 1 up to the first break, one line further after it, two after the second.
      expect([lines[0], lines[12_344], lines[12_345], lines[30_999], lines[31_000], lines[39_999]]).toEqual([
        2, 12_346, 12_348, 31_002, 31_004, 40_003,
      ]);
    },
  );

  test.each([
    ['utf-8', '\n'],
    ['utf-8', '\r\n'],
    ['windows-1252', '\n'],
  ] as const)(
    'a file of several MB (%s, rows ending %j): its head read first, then the rest in pieces, the same as read whole',
    (encoding, eol) => {
      // ~2.9 MB: accented names (two bytes each in UTF-8), a quoted line break on the rows around the
      // first megabyte and further on, and (UTF-8) one byte that is no character, far into the file.
      const out = ['numero;cliente;importo;nota'];
      for (let i = 1; i <= 70_000; i++) {
        const note =
          i % 3_331 === 0 || (i >= 15_000 && i <= 15_400 && i % 7 === 0) ? `"a capo${eol}qui"` : `nota ${i}`;
        out.push(`${i};Società è ${i % 97};${i},50;${note}`);
      }
      const text = out.join(eol) + eol;
      let bytes: Uint8Array;
      if (encoding === 'utf-8') {
        bytes = enc(text);
        // The byte that is no character: the o of row 60,000's customer.
        const at = text.indexOf(`\n60000;S`) + 8;
        const prefix = enc(text.slice(0, at)).length;
        bytes[prefix] = 0xff;
      } else bytes = Uint8Array.from(text, (c) => (c === 'à' ? 0xe0 : c === 'è' ? 0xe8 : c.charCodeAt(0)));
      expect(bytes.length).toBeGreaterThan(2_500_000);
      const format = { ...sniffCsv(bytes), encoding };
      const whole = readTable(bytes, format);
      expect(whole.rows[59_999]![1]).toBe(encoding === 'utf-8' ? 'S\uFFFDcietà è 54' : 'Società è 54');
      // Row 60,000 is on line 60,001 plus the quoted breaks before it: 18 at every 3,331st row, 58 in
      // rows 15,000–15,400.
      expect(whole.lines[59_999]).toBe(60_001 + 18 + 58);
      // As it reads a large file (its first MB, then 8 MB at a time), and in many small pieces, each
      // cut anywhere (a quoted break, the byte that is no character) and read on from the row cut.
      for (const sizes of [
        undefined,
        { head: 16_384, piece: 65_536, first: 4_096, text: 16_384 },
        { head: 100_003, piece: 30_011, first: 8_192, text: 4_099 },
      ]) {
        const { chunks, result, rows, lines } = inChunks(bytes, format, 20_000, sizes);
        expect(rows).toEqual(whole.rows);
        expect(lines).toEqual(whole.lines);
        expect(result.errors).toEqual(whole.errors);
        expect(result.errors).toEqual(
          encoding === 'utf-8'
            ? [{ line: 60_001 + 18 + 58, code: 'bad-encoding', params: { encoding } }]
            : [],
        );
        expect(chunks[0]!.rows).toHaveLength(1000);
        const progress = chunks.map((c) => c.progress);
        expect(progress).toEqual([...progress].sort((a, b) => a - b));
        expect(progress.at(-1)).toBe(1);
      }
    },
  );

  test('progress never goes back when the rest of a file is plainer than its head', () => {
    // A head of rows of two-byte letters, then plain ASCII rows: the text's length estimated from the
    // head's is too short by nearly half.
    const dense = Array.from({ length: 20_000 }, (_, i) => `${i},${'àèìòù'.repeat(4)}`);
    const ascii = Array.from({ length: 40_000 }, (_, i) => `${20_000 + i},plain ascii text here`);
    const bytes = enc(`n,t\n${[...dense, ...ascii].join('\n')}\n`);
    const { chunks } = inChunks(bytes, sniffCsv(bytes), 1_000, {
      head: 65_536,
      piece: 131_072,
      first: 16_384,
      text: 16_384,
    });
    const progress = chunks.map((c) => c.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect(chunks.reduce((n, c) => n + c.rows.length, 0)).toBe(60_000);
  });

  test('a row longer than the pieces the file is decoded in is read whole', () => {
    const long = 'parola '.repeat(40_000);
    const text = Array.from({ length: 3_000 }, (_, i) => `${i},"${i === 1_500 ? long : 'breve'}"`);
    const bytes = enc(`n,nota\n${text.join('\n')}\n`);
    const format = sniffCsv(bytes);
    const whole = readTable(bytes, format);
    expect(whole.rows[1_500]![1]).toBe(long.trim());
    const { rows, lines } = inChunks(bytes, format, 20_000, {
      head: 8_192,
      piece: 16_384,
      first: 2_048,
      text: 4_096,
    });
    expect(rows).toEqual(whole.rows);
    expect(lines).toEqual(whole.lines);
  });

  test('a statement whose descriptions go on over the next lines, read in small pieces: each folded into its row', () => {
    // Many transactions, most with their description continued on one or two lines without quotes.
    const out = ['Date;Description;Amount'];
    for (let i = 1; i <= 6_000; i++) {
      out.push(`${String((i % 28) + 1).padStart(2, '0')}/03/2026;SEPA credit transfer ${i};${i},00`);
      if (i % 3 !== 0) out.push(`from CUSTOMER NUMBER ${i}`);
      if (i % 5 === 0) out.push(`ref FT-2026-${i}`);
    }
    const bytes = enc(out.join('\n') + '\n');
    const format = sniffCsv(bytes);
    const whole = readTable(bytes, format);
    expect(whole.rows).toHaveLength(6_000);
    expect(whole.rows[4]).toEqual([
      '06/03/2026',
      'SEPA credit transfer 5 from CUSTOMER NUMBER 5 ref FT-2026-5',
      '5,00',
    ]);
    for (const chunkSize of [1, 2, 1_000, 20_000])
      for (const sizes of [undefined, { head: 8_192, piece: 16_384, first: 1_024, text: 2_048 }]) {
        const { rows, lines, errors } = inChunks(bytes, format, chunkSize, sizes);
        expect(rows).toEqual(whole.rows);
        expect(lines).toEqual(whole.lines);
        expect(errors).toEqual(whole.errors);
      }
  });

  test('every fixture, repeated into a file of many pieces, reads the same in chunks as whole', () => {
    const dir = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));
    const shared = sharedFixturesDir();
    const files = [
      ...readdirSync(dir)
        .filter((n) => /\.(csv|tsv|txt)$/.test(n))
        .map((n) => join(dir, n)),
      ...readdirSync(join(dir, 'traits')).map((n) => join(dir, 'traits', n)),
      // The real exports beside the project, when they are there (CI has them).
      ...(existsSync(shared) ? readdirSync(shared).filter((n) => n.endsWith('.csv')) : []).map((n) =>
        join(shared, n),
      ),
    ];
    expect(files.length).toBeGreaterThan(20);
    for (const name of files) {
      const one = new Uint8Array(readFileSync(name));
      const format = sniffCsv(one);
      // The whole file again and again (its header and footer too, read the same way both times).
      const times = Math.ceil(120_000 / one.length);
      const bytes = new Uint8Array(one.length * times);
      for (let i = 0; i < times; i++) bytes.set(one, i * one.length);
      const whole = readTable(bytes, format);
      for (const chunkSize of [7, 1_000])
        for (const sizes of [undefined, { head: 4_096, piece: 8_192, first: 1_024, text: 2_048 }]) {
          const { result, rows, lines } = inChunks(bytes, format, chunkSize, sizes);
          expect({ name, rows }).toEqual({ name, rows: whole.rows });
          expect({ name, lines }).toEqual({ name, lines: whole.lines });
          expect({ name, errors: result.errors }).toEqual({ name, errors: whole.errors });
          expect({ name, skipped: result.skipped }).toEqual({ name, skipped: whole.skipped });
        }
    }
  });

  test('onChunk returning false stops the read', () => {
    const rows = Array.from({ length: 100 }, (_, i) => `${i},v${i}`).join('\n');
    const bytes = enc(`n,v\n${rows}\n`);
    let calls = 0;
    const r = readTableChunks(bytes, sniffCsv(bytes), () => (++calls, false), 10);
    expect(calls).toBe(1);
    expect(r.rowCount).toBe(10);
  });
});

describe('readTable details', () => {
  test('a quote never closed is a literal character: the lines after it are rows of their own', () => {
    const bytes = enc('a,b\n1,ok\n2,"never closed\n3,x\n');
    const t = readTable(bytes);
    expect(t.rows).toEqual([
      ['1', 'ok'],
      ['2', '"never closed'],
      ['3', 'x'],
    ]);
    expect(t.lines).toEqual([2, 3, 4]);
    expect(t.errors).toEqual([]);
  });

  test('invalid UTF-8 in a UTF-8 file is reported with its line', () => {
    const bytes = new Uint8Array([...enc('a,b\n1,ok\n2,'), 0xff, ...enc('\n')]);
    const format = { ...sniffCsv(enc('a,b\n1,ok\n')), encoding: 'utf-8' as const };
    const t = readTable(bytes, format);
    expect(t.errors[0]).toMatchObject({ line: 3, code: 'bad-encoding' });
  });

  test('declared iso-8859-1 decodes like windows-1252', () => {
    const bytes = new Uint8Array([...enc('Nom;Montant\nCaf'), 0xe9, ...enc(';12,50\n')]);
    const format = sniffCsv(bytes, { encoding: 'iso-8859-1' });
    expect(format.encoding).toBe('iso-8859-1');
    expect(readTable(bytes, format).rows).toEqual([['Café', '12,50']]);
  });

  test('CR-only line endings', () => {
    const bytes = enc('a;b\r1;2\r3;4\r');
    const format = sniffCsv(bytes);
    expect(format.lineEnding).toBe('\r');
    const t = readTable(bytes, format);
    expect(t.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(t.lines).toEqual([2, 3]);
  });

  test('empty input and header-only input', () => {
    expect(readTable(new Uint8Array()).rows).toEqual([]);
    const t = readTable(enc('Invoice,Amount\n'));
    expect(t.columns).toEqual(['Invoice', 'Amount']);
    expect(t.rows).toEqual([]);
  });

  test('sniff of a file larger than the sample estimates the row count', () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `INV-${i},Customer ${i},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i}.50`,
    );
    const bytes = enc(`Invoice,Customer,Date,Amount\n${rows.join('\n')}\n`);
    const f = sniffCsv(bytes);
    expect(f.dataRowCountExact).toBe(false);
    expect(Math.abs(f.dataRowCount - 20_000)).toBeLessThan(3000); // rows grow longer further down
    expect(readTable(bytes, f).rows).toHaveLength(20_000);
  });
});
