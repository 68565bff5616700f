// A Map keyed by record ids that hashes its keys itself. In Chromium 156 (measured here), a string used
// as a key of a Map or Set — even only looked up — or read as an object's property is internalized:
// entered in the engine's table of unique strings, for as long as the string lives. A million invoices
// looked up by id left a million entries there, and V8 walks that table on the page's thread in every
// full garbage collection (~60 ms at a million, measured in docs/benchmarks.md), which a scroll of a
// large book then showed as frames over 33 ms. Here the keys are hashed from their characters and
// compared with ===, so they stay ordinary strings.
//
// Same behaviour as a Map<string, V> for what the book uses: insertion order, set/get/has/delete/clear,
// size and the iterators (an entry deleted while iterating is skipped, one added is visited).

const EMPTY = 0;

/** FNV-1a over the UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The hash bits a slot keeps beside its entry: those above the slot's position bits, as many as fit
 * under the sign bit (10 for a million entries' 2^21 slots; none past 2^30 slots).
 */
function tagOf(h: number, bits: number): number {
  return bits >= 31 ? 0 : (h >>> bits) & ((1 << (31 - bits)) - 1);
}

export class IdMap<V> implements Map<string, V> {
  /** Keys in insertion order; `undefined` where an entry was deleted. */
  private ks: (string | undefined)[] = [];
  private vs: (V | undefined)[] = [];
  /**
   * Open addressing, linear probing, at most half full: slot → entry index + 1 (0: empty) in its low
   * `bits` bits, and above them a few more bits of the key's hash (a tag). A probe reads the key only
   * when the tags agree: a million new ids looked up missed on other keys' slots, and each miss read that
   * key from memory (two cache misses) only to find it different. A deleted entry's slot stays until the
   * next rehash, as a tombstone.
   */
  private slots = new Int32Array(16);
  /** log2 of the slots: the bits of a slot that hold its entry. */
  private bits = 4;
  private live = 0;

  constructor(entries?: Iterable<readonly [string, V]> | null) {
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  get size(): number {
    return this.live;
  }

  /** The slot holding key `k` (hash `h`), or the empty slot where it would go (as ~slot). */
  private find(k: string, h: number): number {
    const mask = this.slots.length - 1;
    const bits = this.bits;
    const tag = tagOf(h, bits);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s] as number;
      if (e === EMPTY) return ~s;
      if (e >>> bits === tag && this.ks[(e & mask) - 1] === k) return s;
    }
  }

  /** The entry index in slot `s`. */
  private entry(s: number): number {
    return ((this.slots[s] as number) & (this.slots.length - 1)) - 1;
  }

  // An empty map answers without hashing: the book's maps of payments or adjustments by invoice are
  // often empty and asked of every invoice (a million hashes: ~100 ms).
  get(k: string): V | undefined {
    if (this.live === 0 || typeof k !== 'string') return undefined;
    const s = this.find(k, hashOf(k));
    return s < 0 ? undefined : this.vs[this.entry(s)];
  }

  has(k: string): boolean {
    return this.live > 0 && typeof k === 'string' && this.find(k, hashOf(k)) >= 0;
  }

  set(k: string, v: V): this {
    if (typeof k !== 'string') throw new TypeError('IdMap keys are strings');
    const h = hashOf(k);
    const s = this.find(k, h);
    if (s >= 0) this.vs[this.entry(s)] = v;
    else this.insert(~s, h, k, v);
    return this;
  }

  /** Puts a new entry in the empty slot `slot` that `find` gave for `k` (hash `h`). */
  private insert(slot: number, h: number, k: string, v: V): void {
    this.ks.push(k);
    this.vs.push(v);
    this.slots[slot] = (tagOf(h, this.bits) << this.bits) | this.ks.length;
    this.live++;
    // Entries (deleted ones too, whose slots are tombstones) stay under half the slots.
    if (this.ks.length * 2 > this.slots.length) this.rehash();
  }

  /**
   * Adds `k` with `v` unless it is there already; false then (one lookup where `has` then `set` take two:
   * a million new ids checked for repeats were a million hashes and probes more).
   */
  addNew(k: string, v: V): boolean {
    if (typeof k !== 'string') throw new TypeError('IdMap keys are strings');
    const h = hashOf(k);
    const s = this.find(k, h);
    if (s >= 0) return false;
    this.insert(~s, h, k, v);
    return true;
  }

  /**
   * Makes room for `more` entries besides those held, at once: a million added one by one grew the slots
   * twenty times over, each time hashing every key again (~1 s of an import of a million).
   */
  reserve(more: number): void {
    if ((this.ks.length + more) * 2 > this.slots.length) this.rehash(this.ks.length + more);
  }

  getOrInsert(k: string, v: V): V {
    if (!this.has(k)) this.set(k, v);
    return this.get(k) as V;
  }

  getOrInsertComputed(k: string, make: (key: string) => V): V {
    if (!this.has(k)) this.set(k, make(k));
    return this.get(k) as V;
  }

  delete(k: string): boolean {
    if (this.live === 0 || typeof k !== 'string') return false;
    const s = this.find(k, hashOf(k));
    if (s < 0) return false;
    const i = this.entry(s);
    this.ks[i] = undefined;
    this.vs[i] = undefined;
    this.live--;
    return true;
  }

  clear(): void {
    this.ks = [];
    this.vs = [];
    this.slots = new Int32Array(16);
    this.bits = 4;
    this.live = 0;
  }

  /**
   * More slots for the entries. Deleted entries keep their place (never compacted), so that an iterator
   * under way keeps its position; a book deletes few invoices between two loads.
   */
  private rehash(entries = this.ks.length): void {
    let bits = 4;
    while (1 << bits <= entries * 2) bits++;
    const slots = new Int32Array(1 << bits);
    const mask = slots.length - 1;
    for (let i = 0; i < this.ks.length; i++) {
      if (this.ks[i] === undefined) continue;
      const h = hashOf(this.ks[i] as string);
      let s = h & mask;
      while (slots[s] !== EMPTY) s = (s + 1) & mask;
      slots[s] = (tagOf(h, bits) << bits) | (i + 1);
    }
    this.slots = slots;
    this.bits = bits;
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.ks.length; i++) {
      const k = this.ks[i];
      if (k !== undefined) yield [k, this.vs[i] as V];
    }
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.ks.length; i++) {
      const k = this.ks[i];
      if (k !== undefined) yield k;
    }
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.ks.length; i++) if (this.ks[i] !== undefined) yield this.vs[i] as V;
  }

  forEach(fn: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.ks.length; i++) {
      const k = this.ks[i];
      if (k !== undefined) fn.call(thisArg, this.vs[i] as V, k, this);
    }
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'IdMap';
  }
}

/** A set of record ids on an IdMap: add, has, delete, size and iteration, in insertion order. */
export class IdSet implements Iterable<string> {
  private readonly map = new IdMap<true>();

  constructor(ids?: Iterable<string> | null) {
    if (ids) for (const id of ids) this.map.set(id, true);
  }

  get size(): number {
    return this.map.size;
  }

  add(id: string): this {
    this.map.set(id, true);
    return this;
  }

  /** Adds `id` unless it is there already; false then (see `IdMap.addNew`). */
  addNew(id: string): boolean {
    return this.map.addNew(id, true);
  }

  /** Room for `more` ids at once (see `IdMap.reserve`). */
  reserve(more: number): void {
    this.map.reserve(more);
  }

  has(id: string): boolean {
    return this.map.has(id);
  }

  delete(id: string): boolean {
    return this.map.delete(id);
  }

  values(): IterableIterator<string> {
    return this.map.keys();
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.map.keys();
  }
}
