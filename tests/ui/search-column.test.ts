import { describe, expect, it } from 'vitest';
import { INTERN_LIMIT, PROBE_ROWS, SearchColumn } from '../../src/ui/grid/search-column';

/** The rows a search should find, by brute force over the texts themselves. */
const expected = (texts: readonly string[], needle: string) =>
  texts.flatMap((t, i) => (t.includes(needle) ? [i] : []));
const found = (col: SearchColumn, n: number, needle: string) => {
  const out = new Uint8Array(n);
  col.mark(needle, out);
  return [...out].flatMap((x, i) => (x ? [i] : []));
};

describe('a column’s search text', () => {
  it('finds the rows of a column of few distinct texts, and follows an edit', () => {
    const texts = Array.from({ length: 5_000 }, (_, i) => ['rossi srl', 'bianchi spa', 'dupont sa'][i % 3]!);
    const col = new SearchColumn(texts.length);
    for (const t of texts) col.add(t);
    expect(col.isJoined).toBe(false);
    for (const needle of ['ross', 's', 'spa', 'x'])
      expect(found(col, texts.length, needle)).toEqual(expected(texts, needle));
    texts[7] = 'müller gmbh';
    expect(col.set(7, 'müller gmbh')).toBe(true);
    expect(col.set(7, 'müller gmbh')).toBe(false);
    expect(found(col, texts.length, 'müller')).toEqual([7]);
  });

  it('joins a column of mostly distinct texts, finds the same rows, and follows edits anywhere', () => {
    const n = INTERN_LIMIT + 12_345;
    const texts = Array.from({ length: n }, (_, i) => `ft-${i}/2026 ${i % 7 === 0 ? 'ș' : ''}`);
    const col = new SearchColumn(n);
    for (const t of texts) col.add(t);
    expect(col.isJoined).toBe(true);
    for (const needle of ['ft-12345/', '/2026 ș', '99', 'ft-0/', `ft-${n - 1}/`, '2026', 'none'])
      expect(found(col, n, needle)).toEqual(expected(texts, needle));
    // An edit in a whole chunk, in the last (partial) one, and the first row.
    for (const i of [4_100, n - 3, 0]) {
      texts[i] = `edited ${i}`;
      expect(col.set(i, texts[i]!)).toBe(true);
    }
    expect(found(col, n, 'edited')).toEqual([0, 4_100, n - 3]);
    expect(found(col, n, 'ft-4100/')).toEqual(expected(texts, 'ft-4100/'));
  });

  it('an edit that brings a column past the limit joins it, with nothing lost', () => {
    // The first rows repeat one text (the column looks like customers), then every text is distinct:
    // exactly at the limit after the rows are in.
    const n = PROBE_ROWS + INTERN_LIMIT - 1;
    const texts = Array.from({ length: n }, (_, i) => (i < PROBE_ROWS ? 'same' : `t${i}`));
    const col = new SearchColumn(n);
    for (const t of texts) col.add(t);
    expect(col.isJoined).toBe(false);
    texts[5] = 'brand new';
    expect(col.set(5, 'brand new')).toBe(true);
    expect(col.isJoined).toBe(true);
    for (const needle of ['brand', 'same', 't4999', 't5'])
      expect(found(col, n, needle)).toEqual(expected(texts, needle));
  });

  it('finds rows in chunks longer than 65,535 characters (long descriptions)', () => {
    const n = 3 * PROBE_ROWS;
    const texts = Array.from({ length: n }, (_, i) => `maintenance of the plant at site ${i} — quarterly`);
    const col = new SearchColumn(n);
    for (const t of texts) col.add(t);
    expect(col.isJoined).toBe(true);
    for (const needle of ['site 12 ', `site ${n - 1} `, 'quarterly', 'site 4095 '])
      expect(found(col, n, needle)).toEqual(expected(texts, needle));
  });

  it('joins a column whose first rows are mostly distinct there, and a repeating one never', () => {
    const n = 3 * PROBE_ROWS;
    const amounts = Array.from({ length: n }, (_, i) => `${(i * 7919) % 100_003},${i % 100} €`);
    const a = new SearchColumn(n);
    for (let i = 0; i < PROBE_ROWS - 1; i++) a.add(amounts[i]!);
    expect(a.isJoined).toBe(false);
    a.add(amounts[PROBE_ROWS - 1]!);
    expect(a.isJoined).toBe(true);
    for (let i = PROBE_ROWS; i < n; i++) a.add(amounts[i]!);
    for (const needle of ['5,5', '€', '100,']) expect(found(a, n, needle)).toEqual(expected(amounts, needle));
    // A customer column: a third of its first rows distinct, then repeating.
    const names = Array.from({ length: n }, (_, i) => `customer ${i % Math.floor(PROBE_ROWS / 3)}`);
    const c = new SearchColumn(n);
    for (const t of names) c.add(t);
    expect(c.isJoined).toBe(false);
    expect(found(c, n, 'customer 12')).toEqual(expected(names, 'customer 12'));
  });

  it('finds money in any script, with symbols past Latin-1, and follows edits in such chunks', () => {
    // Amounts as Italian, Romanian, Polish and English screens show them: €, ł, ș are held in UTF-8.
    const n = 2 * PROBE_ROWS + 77;
    const shapes = [
      (i: number) => `${i}.${i % 1000},${i % 100} €`,
      (i: number) => `${i},${i % 100} lei ș`,
      (i: number) => `${i % 9999} zł`,
      (i: number) => `£${i}.${i % 100}`,
      (i: number) => `€ ${i}`,
    ];
    const texts = Array.from({ length: n }, (_, i) => shapes[i % shapes.length]!(i));
    const col = new SearchColumn(n);
    for (const t of texts) col.add(t);
    expect(col.isJoined).toBe(true);
    for (const needle of ['€', '0 €', 'lei ș', 'ș', 'zł', '£1', '12', ',5', '€ 81', 'łx', '€€'])
      expect(found(col, n, needle)).toEqual(expected(texts, needle));
    for (const i of [3, PROBE_ROWS + 1, n - 1]) {
      texts[i] = `${i} ț€`;
      expect(col.set(i, texts[i]!)).toBe(true);
      expect(col.set(i, texts[i]!)).toBe(false);
    }
    for (const needle of ['ț€', `${PROBE_ROWS + 1} ț`, 'lei ș', '€'])
      expect(found(col, n, needle)).toEqual(expected(texts, needle));
  });

  it('finds exactly the rows that hold a needle: in every row, at the edges of rows, and never by a stand-in', () => {
    const n = 2 * PROBE_ROWS + 5;
    // Narrow no-break spaces and euros (French amounts), and no byte value below U+0020 in any text.
    const texts = Array.from({ length: n }, (_, i) => `${i % 977}\u202f${i % 10}00,00\u00a0€`);
    const col = new SearchColumn(n);
    for (const t of texts) col.add(t);
    expect(col.isJoined).toBe(true);
    for (const needle of ['€', '00,00\u00a0€', '\u202f5', '976\u202f', '0', `${(n - 1) % 977}\u202f`])
      expect(found(col, n, needle)).toEqual(expected(texts, needle));
    // A character no text holds, whichever byte value the column may write a wide one as.
    for (let c = 1; c < 32; c++) expect(found(col, n, String.fromCharCode(c))).toEqual([]);
    expect(found(col, n, '$')).toEqual([]);
  });

  it('finds texts in a script of many characters (more than a byte can stand for)', () => {
    const n = 2 * PROBE_ROWS;
    const texts = Array.from(
      { length: n },
      (_, i) => `請求書 ${String.fromCharCode(0x4e00 + (i % 600))}${i}`,
    );
    const col = new SearchColumn(n);
    for (const t of texts) col.add(t);
    expect(col.isJoined).toBe(true);
    for (const needle of [
      '請求',
      String.fromCharCode(0x4e00 + 42),
      `${String.fromCharCode(0x4e00 + 7)}7`,
      '5',
    ])
      expect(found(col, n, needle)).toEqual(expected(texts, needle));
    texts[10] = 'ș edited';
    col.set(10, texts[10]);
    expect(found(col, n, 'ș ed')).toEqual([10]);
  });
});
