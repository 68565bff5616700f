// Record ids, minted only by commands: a prefix and 12 random bytes in hex. `crypto.randomUUID` exists only in secure contexts,
// and Overdue must also run from a plain folder on disk, so build ids from getRandomValues.
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return prefix + s;
}

/** The two hex digits of each byte, as character codes. */
const HEX_CODES = new Uint16Array(512);
for (let b = 0; b < 256; b++) {
  const h = b.toString(16).padStart(2, '0');
  HEX_CODES[2 * b] = h.charCodeAt(0);
  HEX_CODES[2 * b + 1] = h.charCodeAt(1);
}

/**
 * Ids in `newId`'s format (prefix + 12 random bytes in hex), drawing the random bytes 4,096 ids at a
 * time: one getRandomValues call per id was the costliest step of converting 100,000 rows. Each id is
 * made in one piece from its character codes: built with `+=` two digits at a time, an id was a chain of
 * a dozen joined strings (a million invoice ids: ~300 MB of heap instead of ~86, and twice the time).
 */
export function pooledIds(): (prefix: string) => string {
  const pool = new Uint8Array(12 * 4096);
  let at = pool.length;
  // The codes of the last prefix's ids: the prefix's characters, then 24 hex digits.
  let codes: number[] = [];
  let last: string | null = null;
  return (prefix = '') => {
    if (at + 12 > pool.length) {
      crypto.getRandomValues(pool);
      at = 0;
    }
    if (prefix !== last) {
      codes = Array.from({ length: prefix.length + 24 }, (_, i) =>
        i < prefix.length ? prefix.charCodeAt(i) : 0,
      );
      last = prefix;
    }
    let k = prefix.length;
    for (let i = at; i < at + 12; i++) {
      const b = pool[i] as number;
      codes[k++] = HEX_CODES[2 * b] as number;
      codes[k++] = HEX_CODES[2 * b + 1] as number;
    }
    at += 12;
    return String.fromCharCode.apply(null, codes);
  };
}
