// The book: every record, loaded once into memory (the grid, aging and matching all need all of it),
// and written back through `commit`, which writes a change set in one transaction — all or nothing —
// and returns the inverse change set, which is what undo commits.
import type { Invoice } from '../domain/types';
import type { Table } from 'dexie';
import { ENTITY_NAMES, type ChangeSet, type EntityName, type Entities } from './change-set';
import { InvoiceTable, internInvoiceTexts, type InvoiceWrite } from './invoice-table';
import { defaultRateTables, tableProblems, type RateTables } from '../domain/rates/index';
import type { ChangeLogEntry, InvoiceBlock, OverdueDb } from './schema';
import { scanTable } from './quarantine';
import { IdMap } from '../domain/id-map';
import { packBlock } from './block-codec';
import { CustomerPlacement, customersOf, type BucketWrite, type CustomerBucket } from './customer-buckets';

export {
  ENTITY_NAMES,
  changeSize,
  isEmptyChange,
  type ChangeSet,
  type EntityName,
  type Entities,
} from './change-set';

export const RATES_KEY = 'rateTables';
/** Above this many ids a change-log entry says 'all' for the table (another tab re-reads it whole). */
const LOG_ID_LIMIT = 5000;
/** Invoice blocks read in one request at load (see `load`). */
const READ_BLOCKS = 25;
/** Change-log entries kept: a tab further behind than this reloads the whole book. */
const LOG_KEEP = 500;

/** The stored book moved on since this tab planned its write (another tab wrote): nothing was written. */
export class StaleBookError extends Error {
  constructor() {
    super('book: another tab changed the book since it was read');
  }
}

type MapTables = { [K in Exclude<EntityName, 'invoices'>]: Map<string, Entities[K]> };

export class Book {
  readonly invoices = new InvoiceTable();
  private maps: MapTables = {
    customers: new Map(),
    payments: new Map(),
    adjustments: new Map(),
    activities: new Map(),
    plans: new Map(),
    settlements: new Map(),
    letters: new Map(),
    imports: new Map(),
    bankLines: new Map(),
    evidence: new Map(),
  };
  private arrays = new Map<EntityName, unknown[]>();
  /** Which stored bucket holds each customer (customer-buckets.ts). */
  private readonly placement = new CustomerPlacement();

  /** The reference-rate tables interest is computed with: the shipped ones, or the user's edited copy. */
  rates: RateTables = defaultRateTables;
  /** The last change (change-log revision) this copy holds: a write is refused unless it is the stored one. */
  revision = 0;

  constructor(readonly db: OverdueDb) {}

  /** Stores the user's rate tables (null: back to the shipped ones). Refuses tables with problems. */
  async saveRates(tables: RateTables | null): Promise<void> {
    if (tables) {
      const problems = Object.values(tables).flatMap((t) => tableProblems(t));
      if (problems.length)
        throw new Error(problems.map((p) => `${p.code} ${JSON.stringify(p.params)}`).join('; '));
      await this.db.settings.put({ key: RATES_KEY, value: tables });
    } else await this.db.settings.delete(RATES_KEY);
    this.rates = tables ?? defaultRateTables;
  }

  /**
   * Reads the whole stored book into memory. With `check`, every row is first checked against its
   * schema in the same read: if any does not fit, nothing is loaded and false comes back (set the bad
   * rows aside — `quarantineBadRows`, a write — then load again). A start reads the book once.
   */
  async load({ check = false } = {}): Promise<boolean> {
    const db = this.db;
    let revision = 0;
    let blocks: InvoiceBlock[] = [];
    let buckets: CustomerBucket[] = [];
    const tables = new Map<keyof MapTables, { id: string }[]>();
    let fits = true;
    let blockOf: Map<string, number> | undefined;
    const texts = new IdMap<string>();
    await db.transaction('r', db.tables, async () => {
      revision = (await db.changeLog.orderBy('rev').last())?.rev ?? 0;
      // A few blocks at a time: one read of every block held the whole stored book, serialized, in
      // memory at once beside its objects (the renderer kept that memory long after), and each batch's
      // repeated texts are made one before the next is read.
      const keys = (await db.invoiceBlocks.toCollection().primaryKeys()) as number[];
      blocks = [];
      for (let i = 0; i < keys.length; i += READ_BLOCKS) {
        const batch = (await db.invoiceBlocks.bulkGet(keys.slice(i, i + READ_BLOCKS))).filter(
          (b): b is InvoiceBlock => b !== undefined,
        );
        internInvoiceTexts(batch, texts);
        for (const b of batch) blocks.push(b);
      }
      buckets = await db.customerBlocks.toArray();
      for (const name of Object.keys(this.maps) as (keyof MapTables)[])
        if (name !== 'customers') tables.set(name, (await db.table(name).toArray()) as { id: string }[]);
      if (check) {
        const invoiceIds = new IdMap<number>();
        invoiceIds.reserve(blocks.reduce((n, b) => n + b.rows.length, 0));
        const at = '';
        const scans = [
          scanTable('settings', await db.settings.toArray(), invoiceIds, at),
          scanTable('invoiceBlocks', blocks, invoiceIds, at),
          scanTable('customerBlocks', buckets, invoiceIds, at),
          ...[...tables].map(([name, rows]) => scanTable(name, rows, invoiceIds, at)),
        ];
        fits = scans.every((s) => s.found.length === 0);
        blockOf = invoiceIds;
      }
    });
    if (!fits) return false;
    this.revision = revision;
    this.invoices.load(blocks, blockOf);
    tables.set('customers', customersOf(buckets));
    this.placement.clear();
    for (const b of buckets)
      this.placement.place(
        b.id,
        b.rows.map((c) => c.id),
      );
    for (const [name, rows] of tables) {
      const map = this.maps[name] as Map<string, { id: string }>;
      map.clear();
      for (const r of rows) map.set(r.id, r);
    }
    this.arrays.clear();
    const saved = (await db.settings.get(RATES_KEY))?.value as RateTables | undefined;
    this.rates = saved ? { ...defaultRateTables, ...saved } : defaultRateTables;
    return true;
  }

  /** All records of an entity, as an array that stays the same object until the entity changes. */
  list<K extends EntityName>(name: K): Entities[K][] {
    if (name === 'invoices') return this.invoices.all() as Entities[K][];
    let arr = this.arrays.get(name);
    if (!arr) {
      arr = [...this.maps[name as keyof MapTables].values()];
      this.arrays.set(name, arr);
    }
    return arr as Entities[K][];
  }

  get<K extends EntityName>(name: K, id: string): Entities[K] | undefined {
    if (name === 'invoices') return this.invoices.get(id) as Entities[K] | undefined;
    return this.maps[name as keyof MapTables].get(id) as Entities[K] | undefined;
  }

  invoiceByNumber(number: string): Invoice | undefined {
    return this.invoices.byNumber(number);
  }

  invoicePosition(id: string): number | undefined {
    return this.invoices.positionOf(id);
  }

  count(name: EntityName): number {
    return name === 'invoices' ? this.invoices.size : this.maps[name as keyof MapTables].size;
  }

  /** The change set that would undo `change`, from the records as they are now. */
  inverseOf(change: ChangeSet): ChangeSet {
    const inverse: ChangeSet = {};
    for (const name of ENTITY_NAMES) {
      const c = change[name] as { put?: { id: string }[]; delete?: string[] } | undefined;
      if (!c) continue;
      if (name === 'invoices' && this.invoices.size === 0) {
        // None stored yet (an import into an empty book): each put is undone by deleting it.
        inverse.invoices = { put: [], delete: (c.put ?? []).map((r) => r.id) };
        continue;
      }
      const put: { id: string }[] = [];
      const del: string[] = [];
      // Invoices are looked up per block in one pass (undoing a million-row import stays linear).
      const ids = [...(c.put ?? []).map((r) => r.id), ...(c.delete ?? [])];
      const found: Map<string, { id: string }> = name === 'invoices' ? this.invoices.getMany(ids) : new Map();
      const lookup = (id: string) =>
        name === 'invoices' ? found.get(id) : (this.get(name, id) as { id: string } | undefined);
      for (const r of c.put ?? []) {
        const before = lookup(r.id);
        if (before) put.push(before);
        else del.push(r.id);
      }
      for (const id of c.delete ?? []) {
        const before = lookup(id);
        if (before) put.push(before);
      }
      (inverse as Record<string, unknown>)[name] = { put, delete: del };
    }
    return inverse;
  }

  /**
   * Writes a change set in one IndexedDB transaction, then updates memory. Returns its inverse.
   * The transaction checks that the stored book is the one this copy holds (no other tab wrote
   * since): if not, it throws `StaleBookError` and writes nothing — catch up, plan again, retry.
   * If the transaction fails nothing is written and memory is as before; the error propagates.
   *
   * With `shown`, memory takes the change first and `shown` is awaited (the screen draws the new
   * figures); in the task right after, the change is written with IndexedDB itself and committed
   * explicitly (`writeShownNow` does it at once when the page is leaving); if the transaction fails,
   * memory is put back exactly as it was (the invoice blocks by reference, the other records by the
   * inverse) before the error propagates. The caller's write queue keeps the next write from planning
   * until this one has landed.
   */
  async commit(change: ChangeSet, shown?: () => Promise<void>): Promise<ChangeSet> {
    const inverse = this.inverseOf(change);
    const db = this.db;
    const inv = change.invoices
      ? this.invoices.plan(change.invoices.put ?? [], change.invoices.delete ?? [])
      : null;
    const cus = change.customers
      ? this.placement.plan(change.customers.put ?? [], change.customers.delete ?? [], (id) =>
          this.maps.customers.get(id),
        )
      : null;
    const tables: Table[] = ENTITY_NAMES.filter(
      (n) => change[n] && n !== 'invoices' && n !== 'customers',
    ).map((n) => db.table(n));
    if (inv) tables.push(db.invoiceBlocks);
    if (cus) tables.push(db.customerBlocks);
    if (tables.length === 0) return inverse;
    tables.push(db.changeLog);
    const entry: ChangeLogEntry = { rev: this.revision + 1, touched: {} };
    const blockIds = inv ? [...inv.put.map((b) => b.id), ...inv.remove] : [];
    if (inv) entry.touched.invoiceBlocks = blockIds;
    const bucketIds = cus ? [...cus.put.map((b) => b.id), ...cus.remove] : [];
    if (bucketIds.length) entry.touched.customerBlocks = bucketIds;
    for (const name of ENTITY_NAMES) {
      const c = change[name] as { put?: { id: string }[]; delete?: string[] } | undefined;
      if (!c || name === 'invoices' || name === 'customers') continue;
      const ids = [...(c.put ?? []).map((r) => r.id), ...(c.delete ?? [])];
      if (ids.length) entry.touched[name] = ids.length > LOG_ID_LIMIT ? 'all' : ids;
    }
    let undoMemory: (() => void) | null = null;
    if (shown) {
      const blocksBefore = this.invoices.blocksOf(blockIds);
      const placedBefore = bucketIds.map((b) => [b, [...this.placement.idsIn(b)]] as const);
      this.applyToMemory(change, inv, cus);
      undoMemory = () => {
        this.invoices.refreshBlocks(blockIds, blocksBefore);
        this.applyToMemory({ ...inverse, invoices: undefined }, null, null);
        for (const [b, ids] of placedBefore) this.placement.place(b, ids);
      };
    }
    // Every change (an edit shown first, an import, a paste, an undo) is written with IndexedDB itself,
    // all its requests made in one go and the transaction committed explicitly: it then completes
    // whatever becomes of the page. A transaction left to commit by itself needs the page to hear its
    // requests answered first (an import's thousands of customers, on a busy page), and a page reloaded
    // at once was torn down before that, its edit lost. No read is awaited: the tabs' lock is held and
    // the book caught up under it, and a revision another tab wrote makes the change log's `add` fail,
    // which aborts every write of the transaction.
    const writeNow = (): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        let stale = false;
        const tx = db.backendDB().transaction(
          tables.map((t) => t.name),
          'readwrite',
        );
        tx.oncomplete = () => resolve();
        tx.onabort = () =>
          reject(stale ? new StaleBookError() : (tx.error ?? new Error('book: write aborted')));
        try {
          request(tx);
        } catch (e) {
          // A request refused at once (a full disk, a value that cannot be stored): none of the
          // transaction's writes may land.
          tx.onabort = null;
          try {
            tx.abort();
          } catch {
            /* already over */
          }
          reject(e);
        }
        function request(tx: IDBTransaction): void {
          if (inv) {
            const blocks = tx.objectStore('invoiceBlocks');
            for (const id of inv.remove) blocks.delete(id);
            for (const b of inv.put) blocks.put(packBlock(b));
          }
          if (cus) {
            const buckets = tx.objectStore('customerBlocks');
            for (const id of cus.remove) buckets.delete(id);
            for (const b of cus.put) buckets.put(b);
          }
          for (const name of ENTITY_NAMES) {
            if (name === 'invoices' || name === 'customers') continue;
            const c = change[name] as { put?: { id: string }[]; delete?: string[] } | undefined;
            if (!c) continue;
            const store = tx.objectStore(name);
            for (const id of c.delete ?? []) store.delete(id);
            for (const r of c.put ?? []) store.put(r);
          }
          const log = tx.objectStore('changeLog');
          log.add(entry).onerror = () => (stale = true);
          if (entry.rev > LOG_KEEP) log.delete(IDBKeyRange.upperBound(entry.rev - LOG_KEEP));
          tx.commit();
        }
      });
    try {
      if (shown) {
        // Written after the frame that shows it; leaving the page does not wait for that frame:
        // `writeShownNow` (the page's beforeunload) writes at once, before the browser goes on.
        let now!: () => void;
        const asked = new Promise<void>((resolve) => (now = resolve));
        this.shownWaiting = now;
        try {
          await Promise.race([shown(), asked]);
        } finally {
          this.shownWaiting = null;
        }
        await writeNow();
      } else await writeNow();
    } catch (e) {
      undoMemory?.();
      throw e;
    }
    this.revision = entry.rev;
    if (!shown) this.applyToMemory(change, inv, cus);
    return inverse;
  }

  /** A shown-first write waiting for its frame: calling it starts its transaction now. */
  private shownWaiting: (() => void) | null = null;

  /**
   * Starts the transaction of a write that is on screen but waiting for its frame, now: the page is
   * about to go (beforeunload), and a transaction whose requests were made still completes after it.
   */
  writeShownNow(): void {
    this.shownWaiting?.();
  }

  /**
   * Puts a change's records into memory (the invoices through their planned blocks; the customers'
   * places in their buckets as `cus` planned them).
   */
  private applyToMemory(
    change: ChangeSet,
    inv: InvoiceWrite | null,
    cus: (BucketWrite & { apply: () => void }) | null,
  ): void {
    inv?.apply();
    cus?.apply();
    for (const name of ENTITY_NAMES) {
      if (name === 'invoices') continue;
      const c = change[name] as { put?: { id: string }[]; delete?: string[] } | undefined;
      if (!c) continue;
      const map = this.maps[name as keyof MapTables] as Map<string, { id: string }>;
      for (const id of c.delete ?? []) map.delete(id);
      for (const r of c.put ?? []) map.set(r.id, r);
      this.arrays.delete(name);
    }
  }

  /**
   * Brings this copy up to the stored book after other tabs wrote: re-reads just the records their
   * change-log entries name (the whole book when entries are missing or say so). Returns the entity
   * names that changed (empty: nothing new), or 'all' after a full reload.
   */
  async catchUp(): Promise<Set<EntityName> | 'all'> {
    const db = this.db;
    const entries = await db.changeLog.where('rev').above(this.revision).toArray();
    if (entries.length === 0) return new Set();
    const first = entries[0]?.rev;
    // (An entry naming customers one by one is from before they were stored in buckets.)
    if (
      first !== this.revision + 1 ||
      entries.some((e) => e.touched['*'] === 'all' || e.touched.customers !== undefined)
    ) {
      await this.load();
      return 'all';
    }
    const ids = new Map<string, Set<string | number> | 'all'>();
    for (const e of entries)
      for (const [name, list] of Object.entries(e.touched)) {
        const have = ids.get(name);
        if (have === 'all') continue;
        if (list === 'all') ids.set(name, 'all');
        else {
          const set = have ?? new Set();
          for (const id of list) set.add(id);
          ids.set(name, set);
        }
      }
    const changed = new Set<EntityName>();
    await db.transaction('r', db.tables, async () => {
      for (const [name, list] of ids) {
        if (name === 'invoiceBlocks') {
          const blockIds = list === 'all' ? null : ([...list] as number[]);
          const rows = blockIds ? await db.invoiceBlocks.bulkGet(blockIds) : await db.invoiceBlocks.toArray();
          if (!blockIds) this.invoices.load(rows as { id: number; rows: Invoice[] }[]);
          else {
            const stored = new Map<number, Invoice[]>();
            for (const b of rows) if (b) stored.set(b.id, b.rows);
            this.invoices.refreshBlocks(blockIds, stored);
          }
          changed.add('invoices');
          continue;
        }
        if (name === 'customerBlocks') {
          await this.rereadBuckets(list === 'all' ? null : ([...list] as number[]));
          changed.add('customers');
          continue;
        }
        const entity = name as keyof MapTables;
        const map = this.maps[entity] as Map<string, { id: string }>;
        if (list === 'all') {
          map.clear();
          for (const r of (await db.table(entity).toArray()) as { id: string }[]) map.set(r.id, r);
        } else {
          const keys = [...list] as string[];
          const rows = (await db.table(entity).bulkGet(keys)) as ({ id: string } | undefined)[];
          keys.forEach((k, i) => {
            const r = rows[i];
            if (r) map.set(k, r);
            else map.delete(k);
          });
        }
        this.arrays.delete(entity);
        changed.add(entity);
      }
      this.revision = entries.at(-1)?.rev ?? this.revision;
    });
    return changed;
  }

  /** Takes in stored customer buckets another tab wrote (null: all of them), inside a read transaction. */
  private async rereadBuckets(ids: number[] | null): Promise<void> {
    const map = this.maps.customers;
    if (!ids) {
      const all = await this.db.customerBlocks.toArray();
      map.clear();
      this.placement.clear();
      for (const c of customersOf(all)) map.set(c.id, c);
      for (const b of all)
        this.placement.place(
          b.id,
          b.rows.map((c) => c.id),
        );
    } else {
      const stored = await this.db.customerBlocks.bulkGet(ids);
      ids.forEach((bucket, i) => {
        const rows = stored[i]?.rows ?? [];
        const now = new Set(rows.map((c) => c.id));
        for (const id of this.placement.idsIn(bucket)) if (!now.has(id)) map.delete(id);
        for (const c of rows) map.set(c.id, c);
        this.placement.place(bucket, now);
      });
    }
    this.arrays.delete('customers');
  }

  /** Records that the whole stored book was replaced (restore, delete all): other tabs reload it. */
  async markReplaced(): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.changeLog, async () => {
      const rev = ((await db.changeLog.orderBy('rev').last())?.rev ?? 0) + 1;
      await db.changeLog.put({ rev, touched: { '*': 'all' } });
      this.revision = rev;
    });
  }

  /** Empties every table (the settings too) in one transaction. */
  async clearAll(): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.tables, async () => {
      for (const t of db.tables) if (t.name !== 'changeLog') await t.clear();
    });
    await this.markReplaced();
    await this.load();
  }
}
