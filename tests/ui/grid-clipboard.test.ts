import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTsv, parseTsv, planPaste } from '../../src/ui/grid/clipboard';

describe('parseTsv', () => {
  it('reads Excel output: CRLF rows and a trailing line break', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads LF rows, a single cell and empty cells', () => {
    expect(parseTsv('x')).toEqual([['x']]);
    expect(parseTsv('a\t\tc\n\tb')).toEqual([
      ['a', '', 'c'],
      ['', 'b'],
    ]);
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\n')).toEqual([['']]);
  });

  it('reads quoted cells holding newlines, tabs and doubled quotes', () => {
    expect(parseTsv('"line 1\nline 2"\t"a\tb"\t"say ""hi"""\r\nnext')).toEqual([
      ['line 1\nline 2', 'a\tb', 'say "hi"'],
      ['next'],
    ]);
  });

  it('keeps stray quotes as text', () => {
    expect(parseTsv('5" pipe\t"quoted" tail\t"open')).toEqual([['5" pipe', '"quoted" tail', '"open']]);
  });
});

describe('formatTsv', () => {
  it('quotes only cells that need it', () => {
    expect(
      formatTsv([
        ['a', 'b c'],
        ['x\ny', 'q"t'],
      ]),
    ).toBe('a\tb c\n"x\ny"\t"q""t"\n');
  });

  it('round-trips any rectangle of cells through parseTsv', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\t', '\n', '\r', '"', 'é', '1', ',') });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((w) =>
            fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 5 }),
          ),
        (rows) => {
          expect(parseTsv(formatTsv(rows))).toEqual(rows);
        },
      ),
    );
  });
});

describe('planPaste', () => {
  const base = { row: 0, col: 0, height: 1, width: 1, rowCount: 3, colCount: 3 };

  it('puts cells from the anchor on, dropping columns past the last', () => {
    const plan = planPaste([['a', 'b', 'c']], { ...base, row: 1, col: 1 });
    expect(plan).toEqual({
      cells: [
        { row: 1, col: 1, text: 'a' },
        { row: 1, col: 2, text: 'b' },
      ],
      newRows: [],
    });
  });

  it('turns rows past the end into new rows', () => {
    const plan = planPaste(
      [
        ['1', '2'],
        ['3', '4'],
        ['5', '6'],
      ],
      { ...base, row: 2 },
    );
    expect(plan.cells).toEqual([
      { row: 2, col: 0, text: '1' },
      { row: 2, col: 1, text: '2' },
    ]);
    expect(plan.newRows).toEqual([
      [
        { col: 0, text: '3' },
        { col: 1, text: '4' },
      ],
      [
        { col: 0, text: '5' },
        { col: 1, text: '6' },
      ],
    ]);
  });

  it('on the new-row line everything becomes new rows', () => {
    const plan = planPaste([['x'], ['y']], { ...base, row: 3, col: 1 });
    expect(plan).toEqual({ cells: [], newRows: [[{ col: 1, text: 'x' }], [{ col: 1, text: 'y' }]] });
  });

  it('a single copied cell fills the selected range, within existing rows', () => {
    const plan = planPaste([['0']], { ...base, row: 1, col: 1, height: 5, width: 2 });
    expect(plan.cells).toEqual([
      { row: 1, col: 1, text: '0' },
      { row: 1, col: 2, text: '0' },
      { row: 2, col: 1, text: '0' },
      { row: 2, col: 2, text: '0' },
    ]);
    expect(plan.newRows).toEqual([]);
  });
});
