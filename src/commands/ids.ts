// Record ids, minted only by commands: a prefix and 12 random bytes in hex. `crypto.randomUUID` exists only in secure contexts,
// and Overdue must also run from a plain folder on disk, so build ids from getRandomValues.
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return prefix + s;
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * Ids in `newId`'s format (prefix + 12 random bytes in hex), drawing the random bytes 4,096 ids at a
 * time: one getRandomValues call per id was the costliest step of converting 100,000 rows.
 */
export function pooledIds(): (prefix: string) => string {
  const pool = new Uint8Array(12 * 4096);
  let at = pool.length;
  return (prefix = '') => {
    if (at + 12 > pool.length) {
      crypto.getRandomValues(pool);
      at = 0;
    }
    let s = prefix;
    for (let i = at; i < at + 12; i++) s += HEX[pool[i] as number];
    at += 12;
    return s;
  };
}
