// A map from texts to whole numbers for the importer's million-key look-ups (the invoice numbers seen
// so far): open addressing, its slots in a typed array. A Map of a million fresh strings took ~0.6–0.8 s
// to fill here (hashing each new string, then growing and rehashing a table of objects the collector
// walks); this one ~0.3 s.

const EMPTY = -1;

export class TextIndex {
  private keys: string[] = [];
  private values: number[] = [];
  private hashes: number[] = [];
  /** Slot → index into keys (EMPTY: free). */
  private slots = new Int32Array(1 << 10).fill(EMPTY);
  private mask = (1 << 10) - 1;

  get size(): number {
    return this.keys.length;
  }

  get(text: string): number | undefined {
    const k = this.find(text);
    return k === EMPTY ? undefined : this.values[k];
  }

  has(text: string): boolean {
    return this.find(text) !== EMPTY;
  }

  /** The value of `text` when it is there (left as it is); else adds it with `value` (undefined). */
  add(text: string, value: number): number | undefined {
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    const h = hash(text);
    const { slots, keys, hashes, mask } = this;
    let j = h & mask;
    for (; ; j = (j + 1) & mask) {
      const k = slots[j] as number;
      if (k === EMPTY) break;
      if (hashes[k] === h && keys[k] === text) return this.values[k];
    }
    slots[j] = keys.length;
    keys.push(text);
    this.values.push(value);
    hashes.push(h);
    return undefined;
  }

  private find(text: string): number {
    const h = hash(text);
    const { slots, keys, hashes, mask } = this;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const k = slots[j] as number;
      if (k === EMPTY) return EMPTY;
      if (hashes[k] === h && keys[k] === text) return k;
    }
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size).fill(EMPTY);
    const mask = size - 1;
    const hashes = this.hashes;
    for (let k = 0; k < hashes.length; k++) {
      let j = (hashes[k] as number) & mask;
      while (slots[j] !== EMPTY) j = (j + 1) & mask;
      slots[j] = k;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** FNV-1a over the UTF-16 code units, in 31 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 1;
}
