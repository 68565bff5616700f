// Invoices live in memory as one flat array and on disk packed into blocks of up to BLOCK_SIZE rows per
// IndexedDB record (see docs/architecture.md: one record per invoice writes ~8,000 rows/s here, packed
// blocks 60–80 times faster). An edit rewrites only the block that holds the invoice.
import type { Invoice } from '../domain/types';
import type { InvoiceBlock } from './schema';
import { IdMap } from '../domain/id-map';

export const BLOCK_SIZE = 2000;

export interface InvoiceWrite {
  /** Blocks to put (whole), and block ids to delete, in one transaction. */
  put: InvoiceBlock[];
  remove: number[];
  /** Applies the write to memory; call only after the transaction has committed. */
  apply: () => void;
}

/** A block's rows are told apart by their offset below this (blocks hold at most BLOCK_SIZE rows). */
const MIN_SLOT = 4096;

export class InvoiceTable {
  private blocks = new Map<number, Invoice[]>();
  /**
   * Invoice id → where it is: block id × `slot` + its offset in the block. One map answers both "which
   * block" (a write) and "which row" (a read, and the read model's row of an invoice): a second map of
   * a million ids cost ~18 MB.
   */
  private slots: Map<string, number> = new IdMap<number>();
  private slot = MIN_SLOT;
  private flat: Invoice[] | null = [];
  /** Block id → the index in `all()` of its first row; kept while no block is added, dropped or resized. */
  private starts: Map<number, number> | null = null;
  private nextBlockId = 1;
  /** Invoice number → id, built on first use and kept up to date by every write after. */
  private numbers: Map<string, string> | null = null;

  /**
   * Takes the stored blocks as they are. `ids` (invoice id → block id), when the caller already built
   * it while checking the rows, is turned into the table's own index in place, so a million-entry map
   * is not built twice.
   */
  load(blocks: InvoiceBlock[], ids?: Map<string, number>): void {
    this.blocks.clear();
    this.nextBlockId = 1;
    if (ids) this.slots = ids;
    else {
      const slots = new IdMap<number>();
      slots.reserve(blocks.reduce((n, b) => n + b.rows.length, 0));
      this.slots = slots;
    }
    this.slot = slotFor(blocks);
    for (const b of blocks) {
      this.blocks.set(b.id, b.rows);
      this.place(b.id, b.rows);
      if (b.id >= this.nextBlockId) this.nextBlockId = b.id + 1;
    }
    this.flat = null;
    this.starts = null;
    this.numbers = null;
  }

  /** Notes where each of a block's rows is. */
  private place(blockId: number, rows: readonly Invoice[]): void {
    if (rows.length > this.slot) {
      // A stored block longer than any this table writes: every place is noted again, wider apart.
      this.slot = slotFor([...this.blocks.values()].map((r) => ({ rows: r })));
      for (const [id, r] of this.blocks) if (id !== blockId) this.place(id, r);
    }
    const base = blockId * this.slot;
    for (let k = 0; k < rows.length; k++) this.slots.set(rows[k]!.id, base + k);
  }

  /** The invoice with this number (the first stored, if a file repeats one). */
  byNumber(number: string): Invoice | undefined {
    if (!this.numbers) {
      this.numbers = new IdMap();
      for (const rows of this.blocks.values())
        for (const r of rows) if (!this.numbers.has(r.number)) this.numbers.set(r.number, r.id);
    }
    const id = this.numbers.get(number);
    return id === undefined ? undefined : this.get(id);
  }

  private forgetNumbers(invoices: Iterable<Invoice>): void {
    if (!this.numbers) return;
    for (const inv of invoices) if (this.numbers.get(inv.number) === inv.id) this.numbers.delete(inv.number);
  }

  private learnNumbers(invoices: Iterable<Invoice>): void {
    if (!this.numbers) return;
    for (const inv of invoices) if (!this.numbers.has(inv.number)) this.numbers.set(inv.number, inv.id);
  }

  get size(): number {
    return this.slots.size;
  }

  private blockOf(id: string): number | undefined {
    const s = this.slots.get(id);
    return s === undefined ? undefined : Math.floor(s / this.slot);
  }

  get(id: string): Invoice | undefined {
    const s = this.slots.get(id);
    if (s === undefined) return undefined;
    const r = this.blocks.get(Math.floor(s / this.slot))?.[s % this.slot];
    return r?.id === id ? r : undefined;
  }

  /** The stored invoices among `ids`. */
  getMany(ids: Iterable<string>): Map<string, Invoice> {
    const out = new Map<string, Invoice>();
    // An import into an empty book looks up none of its million ids.
    if (this.slots.size === 0) return out;
    for (const id of ids) {
      const inv = this.get(id);
      if (inv) out.set(id, inv);
    }
    return out;
  }

  /** Every invoice, in storage order. The array is rebuilt only after a change. */
  all(): Invoice[] {
    if (!this.flat) {
      const out: Invoice[] = [];
      for (const rows of this.blocks.values()) for (const r of rows) out.push(r);
      this.flat = out;
    }
    return this.flat;
  }

  /** The index of the invoice in `all()`. */
  positionOf(id: string): number | undefined {
    const s = this.slots.get(id);
    if (s === undefined) return undefined;
    if (!this.starts) {
      this.starts = new Map();
      let at = 0;
      for (const [blockId, rows] of this.blocks) {
        this.starts.set(blockId, at);
        at += rows.length;
      }
    }
    const start = this.starts.get(Math.floor(s / this.slot));
    return start === undefined ? undefined : start + (s % this.slot);
  }

  /** Plans putting (insert or replace by id) and deleting invoices; nothing changes until `apply`. */
  plan(put: Invoice[], remove: string[]): InvoiceWrite {
    // Group the work per block, so each touched block is copied and scanned once.
    const removeBy = new Map<number, Set<string>>();
    for (const id of remove) {
      const blockId = this.blockOf(id);
      if (blockId === undefined) continue;
      let set = removeBy.get(blockId);
      if (!set) removeBy.set(blockId, (set = new Set()));
      set.add(id);
    }
    const replaceBy = new Map<number, Map<string, Invoice>>();
    const fresh: Invoice[] = [];
    // Into an empty table every invoice is new, and goes to the fresh blocks below in order: the map that
    // checks the ids for repeats notes where each will be, and becomes the table's index on apply (a
    // million ids hashed and placed once, not twice).
    const none = this.slots.size === 0;
    const seen = new IdMap<number>();
    seen.reserve(put.length);
    const base = this.nextBlockId;
    const slot = this.slot;
    for (let i = 0; i < put.length; i++) {
      const inv = put[i]!;
      const at = none ? (base + Math.floor(i / BLOCK_SIZE)) * slot + (i % BLOCK_SIZE) : 0;
      if (!seen.addNew(inv.id, at)) throw new Error(`invoices: id ${inv.id} given twice in one write`);
      const blockId = none ? undefined : this.blockOf(inv.id);
      if (blockId !== undefined && !removeBy.get(blockId)?.has(inv.id)) {
        let map = replaceBy.get(blockId);
        if (!map) replaceBy.set(blockId, (map = new Map()));
        map.set(inv.id, inv);
      } else fresh.push(inv);
    }
    const touched = new Map<number, Invoice[]>();
    for (const blockId of new Set([...removeBy.keys(), ...replaceBy.keys()])) {
      const drop = removeBy.get(blockId);
      const swap = replaceBy.get(blockId);
      const rows: Invoice[] = [];
      for (const r of this.blocks.get(blockId) ?? []) {
        if (drop?.has(r.id)) continue;
        rows.push(swap?.get(r.id) ?? r);
      }
      touched.set(blockId, rows);
    }
    const removed = [...removeBy.values()].flatMap((s) => [...s]);
    // New invoices fill fresh blocks, so a bulk import writes few, full records.
    let nextId = this.nextBlockId;
    for (let i = 0; i < fresh.length; i += BLOCK_SIZE) {
      const chunk = fresh.slice(i, i + BLOCK_SIZE);
      const id = nextId++;
      touched.set(id, chunk);
    }
    const putBlocks: InvoiceBlock[] = [];
    const removeBlocks: number[] = [];
    for (const [id, rows] of touched) {
      if (rows.length === 0) removeBlocks.push(id);
      else putBlocks.push({ id, rows });
    }
    return {
      put: putBlocks,
      remove: removeBlocks,
      apply: () => {
        for (const id of removed) this.slots.delete(id);
        // Invoices replaced in place leave every other where it was.
        if ([...touched].some(([id, rows]) => this.blocks.get(id)?.length !== rows.length))
          this.starts = null;
        // Still empty, as planned: the ids' map already holds where each new invoice goes.
        const adopt = none && this.slots.size === 0 && this.blocks.size === 0 && this.slot === slot;
        if (adopt) this.slots = seen;
        else if (this.slots instanceof IdMap) this.slots.reserve(fresh.length);
        for (const [id, rows] of touched) {
          this.forgetNumbers(this.blocks.get(id) ?? []);
          if (rows.length === 0) this.blocks.delete(id);
          else {
            this.blocks.set(id, rows);
            if (!adopt) this.place(id, rows);
          }
        }
        for (const rows of touched.values()) this.learnNumbers(rows);
        this.nextBlockId = Math.max(this.nextBlockId, nextId);
        this.flat = null;
      },
    };
  }

  /** The rows held now in these blocks (absent ones are left out): what `refreshBlocks` puts back. */
  blocksOf(ids: readonly number[]): Map<number, Invoice[]> {
    const out = new Map<number, Invoice[]>();
    for (const id of ids) {
      const rows = this.blocks.get(id);
      if (rows) out.set(id, rows);
    }
    return out;
  }

  /** Puts stored blocks back in place of the ones held (missing ones are gone): another tab's write. */
  refreshBlocks(ids: readonly number[], stored: ReadonlyMap<number, Invoice[]>): void {
    for (const id of ids) {
      for (const inv of this.blocks.get(id) ?? []) if (this.blockOf(inv.id) === id) this.slots.delete(inv.id);
      this.forgetNumbers(this.blocks.get(id) ?? []);
      const rows = stored.get(id);
      if (rows) this.learnNumbers(rows);
      if (rows) {
        this.blocks.set(id, rows);
        this.place(id, rows);
        if (id >= this.nextBlockId) this.nextBlockId = id + 1;
      } else this.blocks.delete(id);
    }
    this.flat = null;
    this.starts = null;
  }
}

/** The spacing of slots that tells apart the rows of the longest of these blocks. */
function slotFor(blocks: readonly { rows: readonly unknown[] }[]): number {
  let longest = 0;
  for (const b of blocks) longest = Math.max(longest, b.rows.length);
  let slot = MIN_SLOT;
  while (slot < longest) slot *= 2;
  return slot;
}

/**
 * The keys of an imported invoice, in the order the import writes them (`unpackResult`); the stored
 * blocks pack the invoices of this shape (block-codec.ts).
 */
export const IMPORTED_KEYS = [
  'id',
  'number',
  'customerId',
  'issueDate',
  'dueDate',
  'currency',
  'amount',
  'importBatchId',
  'description',
] as const;

/**
 * How many of IMPORTED_KEYS the row has, in that order and nothing else: 8 (no description) or 9;
 * 0 for any other shape.
 */
export function importedShape(r: Record<string, unknown>): number {
  let k = 0;
  for (const key in r) {
    if (k >= IMPORTED_KEYS.length || key !== IMPORTED_KEYS[k]) return 0;
    k++;
  }
  return k >= IMPORTED_KEYS.length - 1 ? k : 0;
}

/**
 * Makes the texts a book repeats — dates, currencies, customer ids, import batches, descriptions — one
 * string each, in place: a stored block comes back with a fresh copy of every one (a million invoices:
 * ~150 MB of copies of dates and customers, ~40 MB more of the one batch id they were imported in).
 * `texts` carries the strings kept so far across calls.
 *
 * An invoice of the imported shape is also made again as one object literal with the same keys in the
 * same order: read back from storage, its fields past the fourth lived in a second object of their own
 * (~12 bytes more an invoice).
 */
export function internInvoiceTexts(
  blocks: readonly { rows: unknown }[],
  texts: Map<string, string> = new IdMap<string>(),
): void {
  const one = (s: unknown, limit = 200_000): unknown => {
    if (typeof s !== 'string') return s;
    const have = texts.get(s);
    if (have !== undefined) return have;
    if (texts.size < limit) texts.set(s, s);
    return s;
  };
  for (const b of blocks) {
    if (!Array.isArray(b.rows)) continue;
    const rows = b.rows as Record<string, unknown>[];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (typeof r !== 'object' || r === null) continue;
      const shape = importedShape(r);
      if (shape === 8)
        rows[i] = {
          id: r.id,
          number: r.number,
          customerId: one(r.customerId),
          issueDate: one(r.issueDate),
          dueDate: one(r.dueDate),
          currency: one(r.currency),
          amount: r.amount,
          importBatchId: one(r.importBatchId),
        };
      else if (shape === 9)
        rows[i] = {
          id: r.id,
          number: r.number,
          customerId: one(r.customerId),
          issueDate: one(r.issueDate),
          dueDate: one(r.dueDate),
          currency: one(r.currency),
          amount: r.amount,
          importBatchId: one(r.importBatchId),
          description: one(r.description, 100_000),
        };
      else {
        if ('issueDate' in r) r.issueDate = one(r.issueDate);
        if ('dueDate' in r) r.dueDate = one(r.dueDate);
        if ('currency' in r) r.currency = one(r.currency);
        if ('customerId' in r) r.customerId = one(r.customerId);
        if ('importBatchId' in r) r.importBatchId = one(r.importBatchId);
        if ('contractLaw' in r) r.contractLaw = one(r.contractLaw);
        // Descriptions repeat in many books ("Consulting, March") and not at all in others: they stop
        // being kept sooner, so a book of unique ones leaves room for the customers and dates after.
        if ('description' in r) r.description = one(r.description, 100_000);
      }
    }
  }
}
