// Invoices live in memory as one flat array and on disk packed into blocks of up to BLOCK_SIZE rows per
// IndexedDB record (see docs/architecture.md: one record per invoice writes ~8,000 rows/s here, packed
// blocks 60–80 times faster). An edit rewrites only the block that holds the invoice.
import type { Invoice } from '../domain/types';
import type { InvoiceBlock } from './schema';

export const BLOCK_SIZE = 2000;

export interface InvoiceWrite {
  /** Blocks to put (whole), and block ids to delete, in one transaction. */
  put: InvoiceBlock[];
  remove: number[];
  /** Applies the write to memory; call only after the transaction has committed. */
  apply: () => void;
}

export class InvoiceTable {
  private blocks = new Map<number, Invoice[]>();
  private blockOf = new Map<string, number>();
  private flat: Invoice[] | null = [];
  private nextBlockId = 1;
  /** Invoice number → id, built on first use and kept up to date by every write after. */
  private numbers: Map<string, string> | null = null;

  /**
   * Takes the stored blocks as they are. `blockOf` (invoice id → block id), when the caller already
   * built it while checking the rows, saves building a million-entry map twice.
   */
  load(blocks: InvoiceBlock[], blockOf?: Map<string, number>): void {
    this.blocks.clear();
    this.nextBlockId = 1;
    if (blockOf) this.blockOf = blockOf;
    else this.blockOf = new Map();
    for (const b of blocks) {
      this.blocks.set(b.id, b.rows);
      if (!blockOf) for (const inv of b.rows) this.blockOf.set(inv.id, b.id);
      if (b.id >= this.nextBlockId) this.nextBlockId = b.id + 1;
    }
    this.flat = null;
    this.numbers = null;
  }

  /** The invoice with this number (the first stored, if a file repeats one). */
  byNumber(number: string): Invoice | undefined {
    if (!this.numbers) {
      this.numbers = new Map();
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
    return this.blockOf.size;
  }

  get(id: string): Invoice | undefined {
    const blockId = this.blockOf.get(id);
    if (blockId === undefined) return undefined;
    return this.blocks.get(blockId)?.find((r) => r.id === id);
  }

  /** The stored invoices among `ids`, scanning each block that holds one of them once. */
  getMany(ids: Iterable<string>): Map<string, Invoice> {
    const wanted = new Map<number, Set<string>>();
    for (const id of ids) {
      const blockId = this.blockOf.get(id);
      if (blockId === undefined) continue;
      let set = wanted.get(blockId);
      if (!set) wanted.set(blockId, (set = new Set()));
      set.add(id);
    }
    const out = new Map<string, Invoice>();
    for (const [blockId, set] of wanted)
      for (const inv of this.blocks.get(blockId) ?? []) if (set.has(inv.id)) out.set(inv.id, inv);
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

  /** Plans putting (insert or replace by id) and deleting invoices; nothing changes until `apply`. */
  plan(put: Invoice[], remove: string[]): InvoiceWrite {
    // Group the work per block, so each touched block is copied and scanned once.
    const removeBy = new Map<number, Set<string>>();
    for (const id of remove) {
      const blockId = this.blockOf.get(id);
      if (blockId === undefined) continue;
      let set = removeBy.get(blockId);
      if (!set) removeBy.set(blockId, (set = new Set()));
      set.add(id);
    }
    const replaceBy = new Map<number, Map<string, Invoice>>();
    const fresh: Invoice[] = [];
    const seen = new Set<string>();
    for (const inv of put) {
      if (seen.has(inv.id)) throw new Error(`invoices: id ${inv.id} given twice in one write`);
      seen.add(inv.id);
      const blockId = this.blockOf.get(inv.id);
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
    const newPlacement = new Map<string, number>();
    // New invoices fill fresh blocks, so a bulk import writes few, full records.
    let nextId = this.nextBlockId;
    for (let i = 0; i < fresh.length; i += BLOCK_SIZE) {
      const chunk = fresh.slice(i, i + BLOCK_SIZE);
      const id = nextId++;
      touched.set(id, chunk);
      for (const inv of chunk) newPlacement.set(inv.id, id);
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
        for (const id of removed) this.blockOf.delete(id);
        for (const [id, rows] of touched) {
          this.forgetNumbers(this.blocks.get(id) ?? []);
          if (rows.length === 0) this.blocks.delete(id);
          else this.blocks.set(id, rows);
        }
        for (const rows of touched.values()) this.learnNumbers(rows);
        for (const [invId, blockId] of newPlacement) this.blockOf.set(invId, blockId);
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
      for (const inv of this.blocks.get(id) ?? [])
        if (this.blockOf.get(inv.id) === id) this.blockOf.delete(inv.id);
      this.forgetNumbers(this.blocks.get(id) ?? []);
      const rows = stored.get(id);
      if (rows) this.learnNumbers(rows);
      if (rows) {
        this.blocks.set(id, rows);
        for (const inv of rows) this.blockOf.set(inv.id, id);
        if (id >= this.nextBlockId) this.nextBlockId = id + 1;
      } else this.blocks.delete(id);
    }
    this.flat = null;
  }
}

/**
 * Makes the texts a book repeats — dates, currencies, customer ids, import batches, descriptions — one
 * string each, in place: a stored block comes back with a fresh copy of every one (a million invoices:
 * ~150 MB of copies of dates and customers, ~40 MB more of the one batch id they were imported in).
 * `texts` carries the strings kept so far across calls.
 */
export function internInvoiceTexts(
  blocks: readonly { rows: unknown }[],
  texts = new Map<string, string>(),
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
    for (const r of b.rows as Record<string, unknown>[]) {
      if (typeof r !== 'object' || r === null) continue;
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
