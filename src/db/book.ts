// The book: every record, loaded once into memory (the grid, aging and matching all need all of it),
// and written back through `commit`, which writes a change set in one transaction — all or nothing —
// and returns the inverse change set, which is what undo commits.
import type { Customer, Invoice } from '../domain/types';
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

/** What a write stores: its object stores, and in them the invoice blocks, customer buckets and records. */
interface Touched {
  stores: Set<string>;
  blocks: Set<number>;
  buckets: Set<number>;
  records: Map<EntityName, Set<string>>;
}

function emptyTouched(): Touched {
  return { stores: new Set(), blocks: new Set(), buckets: new Set(), records: new Map() };
}

function mergeTouched(into: Touched, t: Touched): void {
  for (const s of t.stores) into.stores.add(s);
  for (const b of t.blocks) into.blocks.add(b);
  for (const b of t.buckets) into.buckets.add(b);
  for (const [name, ids] of t.records) {
    const have = into.records.get(name);
    if (!have) into.records.set(name, new Set(ids));
    else for (const id of ids) have.add(id);
  }
}

/** The change-log entry of a write: what it stored, for the other tabs to read again. */
function logEntry(rev: number, t: Touched): ChangeLogEntry {
  const entry: ChangeLogEntry = { rev, touched: {} };
  if (t.stores.has('invoiceBlocks')) entry.touched.invoiceBlocks = [...t.blocks];
  if (t.buckets.size) entry.touched.customerBlocks = [...t.buckets];
  for (const [name, ids] of t.records)
    if (ids.size) entry.touched[name] = ids.size > LOG_ID_LIMIT ? 'all' : [...ids];
  return entry;
}

/** A change in memory and not yet stored (`Book.stage`). */
interface Pending {
  touched: Touched;
  landed: Promise<void>;
  settle: { resolve: () => void; reject: (e: unknown) => void };
  /** Transactions on their way that carry it; whether one was ever started. */
  open: number;
  written: boolean;
  /** Puts memory back as it was before the change (every change staged after it already put back). */
  undo: () => void;
}

/** A transaction of this tab's on its way. */
interface Flight {
  /** The last revision it writes (see `RESERVED`). */
  rev: number;
  /** Its change-log entry was refused (another tab wrote that revision): it fails. */
  refused: boolean;
}

/**
 * Revisions a write made without the tabs' lock (a page leaving) claims past its own, with empty
 * change-log entries. Another tab may have a write under the lock on its way with that revision, and
 * behind it, carrying it again, the write of its own leave (`writeStaged`): both then fail, rather than
 * the second land over this one once the first was refused.
 */
const RESERVED = 3;

/** A staged change: its inverse (what undoes it), and when it is stored. */
export interface Staged {
  readonly inverse: ChangeSet;
  readonly landed: Promise<void>;
}

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
  /** Staged changes not yet stored, in the order they were staged. */
  private pending: Pending[] = [];
  /** This tab's transactions on their way. */
  private readonly flights = new Set<Flight>();
  /** Transactions started so far: a read that saw it move looks again once they are over. */
  private started = 0;
  /** Large changes on their way (in memory only once stored). */
  private unstaged = 0;
  /** Read transactions open that a leave gives up (`reading`). */
  private readonly reads = new Set<IDBTransaction>();

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
    // What this tab staged is stored (or taken back) first; a write started while the book is read (the
    // page's leave, which plans from memory) has the book read again once it is over.
    for (;;) {
      await this.settled();
      const started = this.started;
      let read: (() => void) | null;
      try {
        read = await this.read(check);
      } catch (e) {
        if (this.started !== started) continue; // given up for a leave's write (`writeStaged`)
        throw e;
      }
      if (this.started !== started) continue;
      if (!read) return false;
      read();
      return true;
    }
  }

  /** Reads the stored book (see `load`): null if a row does not fit, else what puts it in memory. */
  private async read(check: boolean): Promise<(() => void) | null> {
    const db = this.db;
    let revision = 0;
    let blocks: InvoiceBlock[] = [];
    let buckets: CustomerBucket[] = [];
    const tables = new Map<keyof MapTables, { id: string }[]>();
    let fits = true;
    let blockOf: Map<string, number> | undefined;
    let saved: RateTables | undefined;
    const texts = new IdMap<string>();
    await this.reading(db.tables, async () => {
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
      saved = (await db.settings.get(RATES_KEY))?.value as RateTables | undefined;
    });
    if (!fits) return null;
    return () => this.take(revision, blocks, blockOf, buckets, tables, saved);
  }

  /** Puts a stored book that was read into memory, in one go. */
  private take(
    revision: number,
    blocks: InvoiceBlock[],
    blockOf: Map<string, number> | undefined,
    buckets: CustomerBucket[],
    tables: Map<keyof MapTables, { id: string }[]>,
    saved: RateTables | undefined,
  ): void {
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
    this.rates = saved ? { ...defaultRateTables, ...saved } : defaultRateTables;
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
   * With `shown`, the change is staged (`stage`: memory takes it first) and `shown` is awaited (the
   * screen draws the new figures); then it is written (`writeStaged`). If its transaction fails, memory
   * is put back exactly as it was before the error propagates.
   */
  async commit(change: ChangeSet, shown?: () => Promise<void>): Promise<ChangeSet> {
    if (shown) {
      const staged = this.stage(change);
      try {
        await shown();
      } finally {
        this.writeStaged();
      }
      await staged.landed;
      return staged.inverse;
    }
    // A large change goes to memory once stored: nothing of this tab's may be on its way before it.
    if (this.pending.length) await this.settled();
    const inverse = this.inverseOf(change);
    const { inv, cus } = this.planWrite(change);
    const touched = this.touchedBy(change, inv, cus);
    if (!touched) return inverse;
    const rev = this.nextRevision();
    this.unstaged++;
    try {
      await this.transact(rev, touched, 0, (tx) => {
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
      });
    } finally {
      this.unstaged--;
    }
    this.revision = Math.max(this.revision, rev);
    this.applyToMemory(change, inv, cus);
    return inverse;
  }

  /** Plans where a change's invoices and customers go (their blocks and buckets); nothing changes. */
  private planWrite(change: ChangeSet): {
    inv: InvoiceWrite | null;
    cus: (BucketWrite & { apply: () => void }) | null;
  } {
    const inv = change.invoices
      ? this.invoices.plan(change.invoices.put ?? [], change.invoices.delete ?? [])
      : null;
    const cus = change.customers
      ? this.placement.plan(change.customers.put ?? [], change.customers.delete ?? [], (id) =>
          this.maps.customers.get(id),
        )
      : null;
    return { inv, cus };
  }

  /** The stored records a planned change writes (null: none): invoice blocks, customer buckets, ids. */
  private touchedBy(change: ChangeSet, inv: InvoiceWrite | null, cus: BucketWrite | null): Touched | null {
    const t = emptyTouched();
    if (inv) {
      t.stores.add('invoiceBlocks');
      for (const b of inv.put) t.blocks.add(b.id);
      for (const id of inv.remove) t.blocks.add(id);
    }
    if (cus) {
      t.stores.add('customerBlocks');
      for (const b of cus.put) t.buckets.add(b.id);
      for (const id of cus.remove) t.buckets.add(id);
    }
    for (const name of ENTITY_NAMES) {
      if (name === 'invoices' || name === 'customers') continue;
      const c = change[name] as { put?: { id: string }[]; delete?: string[] } | undefined;
      if (!c) continue;
      t.stores.add(name);
      t.records.set(name, new Set([...(c.put ?? []).map((r) => r.id), ...(c.delete ?? [])]));
    }
    return t.stores.size ? t : null;
  }

  /**
   * The revision the next transaction of this tab writes: after the stored one and after any on its
   * way that may still land (not refused).
   */
  private nextRevision(): number {
    let rev = this.revision;
    for (const f of this.flights) if (!f.refused) rev = Math.max(rev, f.rev);
    return rev + 1;
  }

  /**
   * One transaction made with IndexedDB itself: `request` makes every request at once, the change-log
   * entry is `add`ed (and `extra` empty ones after it, see `RESERVED`), and the transaction is committed
   * explicitly. It then completes whatever becomes of the page: a transaction left to commit by itself
   * needs the page to hear its requests answered first (an import's thousands of customers, on a busy
   * page), and a page reloaded at once was torn down before that, its edit lost. No read is awaited: the
   * tabs' lock is held and the book caught up under it (or the page is going: `writeStaged`), and a
   * revision already stored (another tab wrote) makes the log's `add` fail, which aborts every write of
   * the transaction (`StaleBookError`). Resolves once stored, with the last revision written.
   */
  private transact(
    rev: number,
    touched: Touched,
    extra: number,
    request: (tx: IDBTransaction) => void,
  ): Promise<number> {
    this.started++;
    const last = rev + extra;
    const flight: Flight = { rev: last, refused: false };
    this.flights.add(flight);
    return new Promise<number>((resolve, reject) => {
      const over = (e?: unknown) => {
        this.flights.delete(flight);
        if (e === undefined) resolve(last);
        else reject(e);
      };
      let tx: IDBTransaction;
      try {
        tx = this.db.backendDB().transaction([...touched.stores, 'changeLog'], 'readwrite');
      } catch (e) {
        return over(e);
      }
      tx.oncomplete = () => over();
      tx.onabort = () =>
        over(flight.refused ? new StaleBookError() : (tx.error ?? new Error('book: write aborted')));
      try {
        request(tx);
        const log = tx.objectStore('changeLog');
        for (let r = rev; r <= last; r++) {
          const add = log.add(r === rev ? logEntry(rev, touched) : { rev: r, touched: {} });
          add.onerror = () => {
            if (add.error?.name === 'ConstraintError') flight.refused = true;
          };
        }
        if (last > LOG_KEEP) log.delete(IDBKeyRange.upperBound(last - LOG_KEEP));
        tx.commit();
      } catch (e) {
        // A request refused at once (a full disk, a value that cannot be stored): none of the
        // transaction's writes may land.
        tx.onabort = null;
        try {
          tx.abort();
        } catch {
          /* already over */
        }
        over(e);
      }
    });
  }

  /**
   * Puts a change into memory now, before it is stored, so the screen shows it at once; the next
   * `writeStaged` writes it. `landed` resolves once it is stored. If it cannot be (every transaction
   * that carried it failed), memory is put back exactly as it was — with every change staged after it,
   * each planned on top of it — the invoice blocks by reference, the other records by the inverse, and
   * `landed` rejects with the reason. Nothing may be staged while a large change is on its way
   * (`canStage`): that one reaches memory only once stored.
   */
  stage(change: ChangeSet): Staged {
    if (!this.canStage) throw new Error('book: a change staged while a large write is on its way');
    const inverse = this.inverseOf(change);
    const { inv, cus } = this.planWrite(change);
    const touched = this.touchedBy(change, inv, cus);
    if (!touched) return { inverse, landed: Promise.resolve() };
    const blockIds = [...touched.blocks];
    const blocksBefore = this.invoices.blocksOf(blockIds);
    const placedBefore = [...touched.buckets].map((b) => [b, [...this.placement.idsIn(b)]] as const);
    this.applyToMemory(change, inv, cus);
    let settle!: Pending['settle'];
    const landed = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    // Told through `landed` to whoever waits on it; a change nobody waits on fails quietly.
    landed.catch(() => undefined);
    this.pending.push({
      touched,
      landed,
      settle,
      open: 0,
      written: false,
      undo: () => {
        this.invoices.refreshBlocks(blockIds, blocksBefore);
        this.applyToMemory({ ...inverse, invoices: undefined }, null, null);
        for (const [b, ids] of placedBefore) this.placement.place(b, ids);
      },
    });
    return { inverse, landed };
  }

  /** No large change is on its way: a change may be staged (planned on top of memory). */
  get canStage(): boolean {
    return this.unstaged === 0;
  }

  /**
   * Starts one transaction that writes every staged change, each record as memory holds it now, and
   * commits it at once (false: nothing new to write). The runner calls it after the frame that shows a
   * change, and with `leave` when the page may be going (`AppState.leaving`), every queued write staged.
   *
   * A change still on its way in an earlier transaction is written again in this one, so that this one
   * alone holds a whole state of the book: it comes after that one (IndexedDB runs the two in the order
   * made, both writing the change log), and if that one fails, this one stores both or neither — never
   * this one's records beside half of the other's. Neither can land over another tab's write: the
   * earlier one was planned under the lock, so only a tab writing without it (leaving) can take its
   * revision first, and such a write claims the revisions after its own as well (`RESERVED`).
   *
   * With `leave`, this page's reads still open (a catch-up's) are given up, to be read again after
   * this write: a read ends only once the page has heard it, and Chromium drops a committed transaction
   * still waiting behind one when the page goes. `locked: false` (the page does not hold the tabs' lock)
   * claims the next revisions too.
   */
  writeStaged(leave?: { locked: boolean }): boolean {
    const batch = [...this.pending];
    if (!batch.some((p) => !p.written)) return false;
    if (leave)
      for (const tx of this.reads)
        try {
          tx.abort();
        } catch {
          /* over */
        }
    const touched = emptyTouched();
    for (const p of batch) mergeTouched(touched, p.touched);
    for (const p of batch) {
      p.open++;
      p.written = true;
    }
    const extra = leave && !leave.locked ? RESERVED : 0;
    this.transact(this.nextRevision(), touched, extra, (tx) => this.requestAsHeld(tx, touched)).then(
      (rev) => this.landed(rev, batch),
      (e: unknown) => this.notLanded(batch, e),
    );
    return true;
  }

  /** Puts every record `t` names as memory holds it now, and deletes those memory no longer holds. */
  private requestAsHeld(tx: IDBTransaction, t: Touched): void {
    if (t.blocks.size) {
      const store = tx.objectStore('invoiceBlocks');
      const held = this.invoices.blocksOf([...t.blocks]);
      for (const id of t.blocks) {
        const rows = held.get(id);
        if (rows) store.put(packBlock({ id, rows }));
        else store.delete(id);
      }
    }
    if (t.buckets.size) {
      const store = tx.objectStore('customerBlocks');
      for (const id of t.buckets) {
        const rows: Customer[] = [];
        for (const c of this.placement.idsIn(id)) {
          const customer = this.maps.customers.get(c);
          if (customer) rows.push(customer);
        }
        if (rows.length) store.put({ id, rows });
        else store.delete(id);
      }
    }
    for (const [name, ids] of t.records) {
      const store = tx.objectStore(name);
      const map = this.maps[name as keyof MapTables] as Map<string, { id: string }>;
      for (const id of ids) {
        const r = map.get(id);
        if (r) store.put(r);
        else store.delete(id);
      }
    }
  }

  /** A transaction of staged changes completed: each it carried is stored. */
  private landed(rev: number, batch: Pending[]): void {
    this.revision = Math.max(this.revision, rev);
    for (const p of batch) p.open--;
    const stored = new Set(batch);
    this.pending = this.pending.filter((p) => !stored.has(p));
    for (const p of batch) p.settle.resolve();
  }

  /**
   * A transaction of staged changes failed. A change it carried that a later transaction on its way
   * carries too waits for that one. The first that none can store any more fails, with every change
   * staged after it (planned on top of it): memory is put back change by change, the last first.
   */
  private notLanded(batch: Pending[], e: unknown): void {
    for (const p of batch) p.open--;
    const first = this.pending.findIndex((p) => p.written && p.open === 0);
    if (first < 0) return;
    const failed = this.pending.slice(first);
    this.pending = this.pending.slice(0, first);
    for (let i = failed.length - 1; i >= 0; i--) failed[i]!.undo();
    for (const p of failed) p.settle.reject(e);
  }

  /**
   * Runs a read transaction that the page's leave gives up (`writeStaged`), so that the leave's write
   * is not left waiting behind it: a read ends only once the page has heard it, and a page that goes
   * first has it aborted, and every write waiting behind it with it. It then rejects; the caller, seeing
   * that a write started (`started`), reads again once that write is over.
   */
  private reading<T>(tables: Table[], read: () => Promise<T>): Promise<T> {
    return this.db.transaction('r', tables, (tx) => {
      const idb = tx.idbtrans;
      this.reads.add(idb);
      const over = () => this.reads.delete(idb);
      idb.addEventListener('complete', over);
      idb.addEventListener('abort', over);
      return read();
    });
  }

  /** Resolves once no staged change of this tab's is on its way (each stored, or failed and taken back). */
  private async settled(): Promise<void> {
    while (this.pending.length) {
      this.writeStaged();
      await Promise.allSettled(this.pending.map((p) => p.landed));
    }
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
   * names that changed (empty: nothing new), or 'all' after a full reload. Memory takes what was read in
   * one go, and only if no write of this tab's started meanwhile (the page's leave, planned from memory):
   * else that write is waited for and the log read again.
   */
  async catchUp(): Promise<Set<EntityName> | 'all'> {
    const db = this.db;
    for (;;) {
      await this.settled();
      const started = this.started;
      let entries: ChangeLogEntry[];
      try {
        entries = await this.reading([db.changeLog], () =>
          db.changeLog.where('rev').above(this.revision).toArray(),
        );
      } catch (e) {
        if (this.started !== started) continue; // given up for a leave's write (`writeStaged`)
        throw e;
      }
      if (this.started !== started) continue;
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
      const updates: (() => void)[] = [];
      const reads = this.reading(db.tables, async () => {
        for (const [name, list] of ids) {
          if (name === 'invoiceBlocks') {
            const blockIds = list === 'all' ? null : ([...list] as number[]);
            const rows = blockIds
              ? await db.invoiceBlocks.bulkGet(blockIds)
              : await db.invoiceBlocks.toArray();
            if (!blockIds) updates.push(() => this.invoices.load(rows as { id: number; rows: Invoice[] }[]));
            else {
              const stored = new Map<number, Invoice[]>();
              for (const b of rows) if (b) stored.set(b.id, b.rows);
              updates.push(() => this.invoices.refreshBlocks(blockIds, stored));
            }
            changed.add('invoices');
            continue;
          }
          if (name === 'customerBlocks') {
            updates.push(await this.rereadBuckets(list === 'all' ? null : ([...list] as number[])));
            changed.add('customers');
            continue;
          }
          const entity = name as keyof MapTables;
          const map = this.maps[entity] as Map<string, { id: string }>;
          if (list === 'all') {
            const all = (await db.table(entity).toArray()) as { id: string }[];
            updates.push(() => {
              map.clear();
              for (const r of all) map.set(r.id, r);
            });
          } else {
            const keys = [...list] as string[];
            const rows = (await db.table(entity).bulkGet(keys)) as ({ id: string } | undefined)[];
            updates.push(() =>
              keys.forEach((k, i) => {
                const r = rows[i];
                if (r) map.set(k, r);
                else map.delete(k);
              }),
            );
          }
          updates.push(() => this.arrays.delete(entity));
          changed.add(entity);
        }
      });
      try {
        await reads;
      } catch (e) {
        if (this.started !== started) continue;
        throw e;
      }
      if (this.started !== started) continue;
      for (const update of updates) update();
      this.revision = entries.at(-1)?.rev ?? this.revision;
      return changed;
    }
  }

  /** Reads stored customer buckets another tab wrote (null: all of them); returns what takes them in. */
  private async rereadBuckets(ids: number[] | null): Promise<() => void> {
    const map = this.maps.customers;
    if (!ids) {
      const all = await this.db.customerBlocks.toArray();
      return () => {
        map.clear();
        this.placement.clear();
        for (const c of customersOf(all)) map.set(c.id, c);
        for (const b of all)
          this.placement.place(
            b.id,
            b.rows.map((c) => c.id),
          );
        this.arrays.delete('customers');
      };
    }
    const stored = await this.db.customerBlocks.bulkGet(ids);
    return () => {
      ids.forEach((bucket, i) => {
        const rows = stored[i]?.rows ?? [];
        const now = new Set(rows.map((c) => c.id));
        for (const id of this.placement.idsIn(bucket)) if (!now.has(id)) map.delete(id);
        for (const c of rows) map.set(c.id, c);
        this.placement.place(bucket, now);
      });
      this.arrays.delete('customers');
    };
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
