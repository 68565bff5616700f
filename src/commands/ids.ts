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

/** Ids made at a time per prefix by `pooledIds`. */
const BATCH = 4096;

/**
 * Ids in `newId`'s format (prefix + 12 random bytes in hex), made 4,096 at a time per prefix: the
 * random bytes drawn in one call (one getRandomValues call per id was the costliest step of converting
 * 100,000 rows), their characters written into one buffer and decoded into one string, of which each
 * id is a slice. Made one at a time from an array of character codes, 100,000 ids took ~50 ms of the
 * converting thread; joined with `+=` two digits at a time, an id was a chain of a dozen strings (a
 * million invoice ids: ~300 MB of heap instead of ~86).
 */
export function pooledIds(): (prefix: string) => string {
  const random = new Uint8Array(12 * BATCH);
  const decoder = new TextDecoder();
  const batches = new Map<string, { text: string; at: number; width: number }>();
  return (prefix = '') => {
    let b = batches.get(prefix);
    if (!b || b.at === BATCH) {
      // Only ASCII prefixes are written byte for byte (the commands' are short ASCII words).
      if (!/^[\x20-\x7e]*$/.test(prefix)) return prefix + newId();
      crypto.getRandomValues(random);
      const width = prefix.length + 24;
      const codes = new Uint8Array(width * BATCH);
      for (let n = 0, k = 0, r = 0; n < BATCH; n++) {
        for (let i = 0; i < prefix.length; i++) codes[k++] = prefix.charCodeAt(i);
        for (let i = 0; i < 12; i++) {
          const byte = random[r++] as number;
          codes[k++] = HEX_CODES[2 * byte] as number;
          codes[k++] = HEX_CODES[2 * byte + 1] as number;
        }
      }
      b = { text: decoder.decode(codes), at: 0, width };
      batches.set(prefix, b);
    }
    const from = b.at++ * b.width;
    return b.text.slice(from, from + b.width);
  };
}
