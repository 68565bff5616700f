import { describe, expect, it } from 'vitest';
import { PackedTable, RowPacker } from '../../src/csv/row-chunks';

/** Rows as a parser yields them: a few customers and dates repeated, numbers and notes all different. */
function rows(from: number, count: number): string[][] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return [
      `F-${i}`,
      `Cliente ${i % 37}`,
      i % 5 === 0 ? '' : `${String((i % 28) + 1).padStart(2, '0')}/01/2026`,
      `${i},${String(i % 100).padStart(2, '0')}`,
      'EUR',
      i % 3 === 0 ? `nota ${i} è così` : '',
    ];
  });
}

/** Packs the chunks as the parsing thread does and posts them as the browser would (a structured copy). */
function through(chunks: string[][][]): PackedTable {
  const packer = new RowPacker();
  const table = new PackedTable();
  let line = 2;
  for (const c of chunks) {
    const { packed } = packer.pack(
      c,
      c.map(() => line++),
    );
    table.add(structuredClone(packed));
  }
  return table;
}

describe('rows handed from the parsing thread to the converting one', () => {
  it('arrive as they were read, cell for cell, in every chunk, however often a text repeats', () => {
    const chunks = [rows(0, 5), rows(5, 20_000), rows(20_005, 30_000), rows(50_005, 7)];
    const table = through(chunks);
    const expected = chunks.flat();
    const all = table.all();
    expect(all.rows).toEqual(expected);
    expect(all.lines).toEqual(expected.map((_, i) => i + 2));
    // A conversion picks up from a row in the middle of a chunk, and gets each later chunk whole.
    const seen: { offset: number; first: string[]; length: number }[] = [];
    table.forEachChunk(20_000, (r, lines, offset) => {
      seen.push({ offset, first: r[0]!, length: r.length });
      expect(lines[0]).toBe(offset + 2);
    });
    expect(seen).toEqual([
      { offset: 5, first: expected[5], length: 20_000 },
      { offset: 20_005, first: expected[20_005], length: 30_000 },
      { offset: 50_005, first: expected[50_005], length: 7 },
    ]);
  });

  it('keeps rows of any width, blanks and texts that only look alike', () => {
    const odd = [
      ['a', '', ' a', 'a '],
      ['A'],
      [],
      ['a', 'a', 'a', 'a', 'a'],
      ['', '', ''],
      ['0', '00', '0.0', 'ä', 'a\u0308'],
    ];
    const table = through([odd, odd.map((r) => [...r].reverse())]);
    expect(table.all().rows).toEqual([...odd, ...odd.map((r) => [...r].reverse())]);
  });
});
