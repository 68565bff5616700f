// IdMap stands in for a Map<string, V> wherever the book keys every invoice by id: it must answer as the
// engine's Map does, through growth, deletions, re-insertions and iteration.
import { describe, expect, it } from 'vitest';
import { IdMap } from '../../src/domain/id-map';

/** A deterministic pseudo-random sequence (no Math.random: a failure must be repeatable). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

describe('IdMap', () => {
  it('answers get, has, size and iteration order as a Map does over 20,000 random operations', () => {
    const rnd = lcg(7);
    const ids = Array.from({ length: 3000 }, (_, i) =>
      i % 3 === 0 ? `inv${(i * 2654435761).toString(16)}` : i % 3 === 1 ? `c${i}` : `${i}`,
    );
    const map = new Map<string, number>();
    const idMap = new IdMap<number>();
    for (let step = 0; step < 20_000; step++) {
      const k = ids[Math.floor(rnd() * ids.length)]!;
      const op = rnd();
      if (op < 0.55) {
        expect(idMap.set(k, step)).toBe(idMap);
        map.set(k, step);
      } else if (op < 0.75) expect(idMap.delete(k)).toBe(map.delete(k));
      else expect(idMap.get(k)).toBe(map.get(k));
      expect(idMap.has(k)).toBe(map.has(k));
      expect(idMap.size).toBe(map.size);
      if (step % 2_000 === 0) expect([...idMap]).toEqual([...map]);
    }
    expect([...idMap.keys()]).toEqual([...map.keys()]);
    expect([...idMap.values()]).toEqual([...map.values()]);
    expect([...idMap.entries()]).toEqual([...map.entries()]);
    const seen: [string, number][] = [];
    idMap.forEach((v, k, m) => {
      expect(m).toBe(idMap);
      seen.push([k, v]);
    });
    expect(seen).toEqual([...map]);
  });

  it('adds a key only once with addNew, and answers the same after room was made ahead', () => {
    const m = new IdMap<number>();
    m.set('a', 1);
    m.reserve(5000);
    expect(m.addNew('a', 2)).toBe(false);
    expect(m.get('a')).toBe(1);
    for (let i = 0; i < 5000; i++) expect(m.addNew(`k${i}`, i)).toBe(true);
    expect(m.addNew('k4999', 0)).toBe(false);
    expect(m.size).toBe(5001);
    expect(m.get('k2500')).toBe(2500);
    expect([...m.keys()].slice(0, 3)).toEqual(['a', 'k0', 'k1']);
    // Room made for fewer than are held already changes nothing.
    m.reserve(1);
    expect(m.get('k0')).toBe(0);
    expect(m.size).toBe(5001);
  });

  it('keeps a key’s place when its value changes, and puts it last when it comes back after a delete', () => {
    const m = new IdMap([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    m.set('a', 10);
    expect([...m]).toEqual([
      ['a', 10],
      ['b', 2],
      ['c', 3],
    ]);
    m.delete('a');
    m.set('a', 11);
    expect([...m.keys()]).toEqual(['b', 'c', 'a']);
    expect(m.get('missing')).toBeUndefined();
    expect(m.delete('missing')).toBe(false);
  });

  it('visits entries added during an iteration and skips those deleted, through its growth', () => {
    const m = new IdMap<number>();
    for (let i = 0; i < 10; i++) m.set(`k${i}`, i);
    const visited: string[] = [];
    for (const [k, v] of m) {
      visited.push(k);
      if (v === 0) for (let i = 10; i < 100; i++) m.set(`k${i}`, i); // grows the slots several times
      if (v === 1) m.delete('k2');
    }
    expect(visited).toHaveLength(99);
    expect(visited).not.toContain('k2');
    expect(visited.at(-1)).toBe('k99');
  });

  it('tells apart keys of the same length and characters in another order, and the empty key', () => {
    const m = new IdMap<string>();
    const keys = ['ab', 'ba', '', 'inv00', 'inv0\u0000', 'ș', 's'];
    keys.forEach((k) => m.set(k, `v${k}`));
    keys.forEach((k) => expect(m.get(k)).toBe(`v${k}`));
    expect(m.size).toBe(keys.length);
    m.clear();
    expect(m.size).toBe(0);
    expect(m.get('ab')).toBeUndefined();
    expect(Object.prototype.toString.call(m)).toBe('[object IdMap]');
  });

  it('tells apart keys whose hashes are the same, or differ only in the bits a slot keeps', () => {
    // FNV-1a, as the map hashes: among the first 600,000 of these ids, some pairs share all 32 bits.
    const fnv = (s: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const byHash = new Map<number, string>();
    let same: [string, string] | null = null;
    for (let i = 0; !same && i < 600_000; i++) {
      const id = `inv${i.toString(16).padStart(6, '0')}`;
      const other = byHash.get(fnv(id));
      if (other !== undefined) same = [other, id];
      else byHash.set(fnv(id), id);
    }
    expect(same).not.toBeNull();
    const [a, b] = same!;
    // And ids at the same slot of a 16-slot map (same low 4 bits) with different higher bits.
    const near = [...byHash.values()].filter((id) => (fnv(id) & 15) === (fnv(a) & 15)).slice(0, 6);
    const m = new IdMap<string>();
    for (const k of [a, ...near]) m.set(k, `v${k}`);
    expect(m.get(b)).toBeUndefined();
    expect(m.addNew(b, `v${b}`)).toBe(true);
    for (const k of [a, b, ...near]) expect(m.get(k)).toBe(`v${k}`);
    expect(m.delete(a)).toBe(true);
    expect(m.get(a)).toBeUndefined();
    expect(m.get(b)).toBe(`v${b}`);
  });

  it('finds a million ids (the book’s index at a million invoices)', () => {
    const m = new IdMap<number>();
    const ids = Array.from({ length: 1_000_000 }, (_, i) => `inv${i.toString(16).padStart(24, '0')}`);
    ids.forEach((id, i) => m.set(id, i));
    expect(m.size).toBe(1_000_000);
    for (let i = 0; i < ids.length; i += 997) expect(m.get(ids[i]!)).toBe(i);
    expect(m.get(`inv${'f'.repeat(24)}`)).toBeUndefined();
  });
});
