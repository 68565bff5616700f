// The importer's map of invoice numbers (text → first line) must answer as a Map would, through growth,
// colliding hashes and texts of any kind.
import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../src/csv/text-index';

describe('TextIndex', () => {
  it('answers as a Map over 50,000 random adds and look-ups', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed);
    const texts = ['', 'a', 'A', 'ä', 'a\u0301', '𝔘', '\uD800', 'F-1', 'F-01', ' F-1'];
    for (let i = 0; i < 20_000; i++) texts.push(`INV-${rand() % 30_000}`);
    const index = new TextIndex();
    const map = new Map<string, number>();
    for (let i = 0; i < 50_000; i++) {
      const t = texts[rand() % texts.length]!;
      if (rand() % 2 === 0) {
        const had = map.get(t);
        expect(index.add(t, i)).toBe(had);
        if (had === undefined) map.set(t, i);
      } else {
        expect(index.get(t)).toBe(map.get(t));
        expect(index.has(t)).toBe(map.has(t));
      }
    }
    expect(index.size).toBe(map.size);
    for (const t of texts) expect(index.get(t)).toBe(map.get(t));
  });

  it('keeps the first value of a text added twice', () => {
    const index = new TextIndex();
    expect(index.add('F-7', 2)).toBeUndefined();
    expect(index.add('F-7', 9)).toBe(2);
    expect(index.get('F-7')).toBe(2);
    expect(index.get('F-8')).toBeUndefined();
  });
});
