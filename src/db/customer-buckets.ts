// Customers are stored many to a record, as invoices are: a record ("bucket") holds the customers whose
// id hashes to its number, at most BUCKETS records in all. IndexedDB's cost is per request: an import
// of 100,000 invoices named 2,000 customers, and their 2,000 puts took longer in its transaction than
// the 50 packed invoice blocks. A change rewrites the buckets of the customers it touches, whole.
//
// A customer stays in the bucket it was read from (a backup made by hand may place it anywhere): the
// hash only places a customer that is not stored yet.
import type { Customer } from '../domain/types';

/** Buckets in all: a change of one customer rewrites ~1/64 of them; an import of thousands, 64 records. */
export const BUCKETS = 64;

export interface CustomerBucket {
  id: number;
  rows: Customer[];
}

/** The bucket a customer not yet stored goes to: FNV-1a over the id's UTF-16 code units, mod BUCKETS. */
export function bucketOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % BUCKETS;
}

/** The customers as buckets (a restore, an upgrade): each in its hashed bucket, in the order given. */
export function bucketsOf(customers: Iterable<Customer>): CustomerBucket[] {
  const byBucket = new Map<number, Customer[]>();
  for (const c of customers) {
    const b = bucketOf(c.id);
    const rows = byBucket.get(b);
    if (rows) rows.push(c);
    else byBucket.set(b, [c]);
  }
  return [...byBucket].sort((a, b) => a[0] - b[0]).map(([id, rows]) => ({ id, rows }));
}

/** The customers of stored buckets, by id (the order the store's own key order gave before buckets). */
export function customersOf(buckets: readonly { rows: readonly Customer[] }[]): Customer[] {
  const all: Customer[] = [];
  for (const b of buckets) for (const c of b.rows) all.push(c);
  return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The buckets a change writes: each whole, as it is after the change; empty ones are deleted. */
export interface BucketWrite {
  put: CustomerBucket[];
  remove: number[];
}

/** Where each customer in memory is stored. */
export class CustomerPlacement {
  private readonly where = new Map<string, number>();
  private readonly members = new Map<number, Set<string>>();

  /** Takes the stored buckets as they are (after a load, or a bucket re-read for another tab's write). */
  place(bucket: number, ids: Iterable<string>): void {
    const before = this.members.get(bucket);
    if (before) for (const id of before) if (this.where.get(id) === bucket) this.where.delete(id);
    const set = new Set<string>();
    for (const id of ids) {
      set.add(id);
      this.where.set(id, bucket);
    }
    if (set.size) this.members.set(bucket, set);
    else this.members.delete(bucket);
  }

  clear(): void {
    this.where.clear();
    this.members.clear();
  }

  /** The ids stored in a bucket. */
  idsIn(bucket: number): ReadonlySet<string> {
    return this.members.get(bucket) ?? new Set();
  }

  /**
   * The buckets to write for customers put and ids deleted, from the customers as they are now
   * (`current`): nothing is changed here. `apply` then records where the put customers now are.
   */
  plan(
    put: readonly Customer[],
    remove: readonly string[],
    current: (id: string) => Customer | undefined,
  ): BucketWrite & { apply: () => void } {
    const touched = new Map<number, { put: Map<string, Customer>; gone: Set<string> }>();
    const at = (bucket: number) => {
      let t = touched.get(bucket);
      if (!t) touched.set(bucket, (t = { put: new Map(), gone: new Set() }));
      return t;
    };
    for (const id of remove) {
      const b = this.where.get(id);
      if (b !== undefined) at(b).gone.add(id);
    }
    for (const c of put) {
      const b = this.where.get(c.id) ?? bucketOf(c.id);
      const t = at(b);
      t.gone.delete(c.id);
      t.put.set(c.id, c);
    }
    const write: BucketWrite = { put: [], remove: [] };
    const after = new Map<number, string[]>();
    for (const [bucket, t] of [...touched].sort((a, b) => a[0] - b[0])) {
      const rows: Customer[] = [];
      for (const id of this.idsIn(bucket)) {
        if (t.gone.has(id) || t.put.has(id)) continue;
        const c = current(id);
        if (c) rows.push(c);
      }
      // Changed customers keep their place in the bucket; new ones follow.
      const order = new Map<string, number>();
      let k = 0;
      for (const id of this.idsIn(bucket)) order.set(id, k++);
      const changed = [...t.put.values()].sort(
        (a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity),
      );
      const merged = mergeByOrder(rows, changed, order);
      after.set(
        bucket,
        merged.map((c) => c.id),
      );
      if (merged.length) write.put.push({ id: bucket, rows: merged });
      else write.remove.push(bucket);
    }
    return {
      ...write,
      apply: () => {
        for (const [bucket, ids] of after) this.place(bucket, ids);
      },
    };
  }
}

/** `kept` and `changed` in one list, each row at its old place (`order`), rows without one at the end. */
function mergeByOrder(kept: Customer[], changed: Customer[], order: Map<string, number>): Customer[] {
  const out: Customer[] = [];
  let i = 0;
  let j = 0;
  const rank = (c: Customer) => order.get(c.id) ?? Infinity;
  while (i < kept.length || j < changed.length) {
    const a = kept[i];
    const b = changed[j];
    if (b === undefined || (a !== undefined && rank(a) <= rank(b))) {
      out.push(a as Customer);
      i++;
    } else {
      out.push(b);
      j++;
    }
  }
  return out;
}
