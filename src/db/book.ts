// The book: every record, loaded once into memory (the grid, aging and matching all need all of it),
// and written back through `commit`, which writes a change set in one transaction — all or nothing —
// and returns the inverse change set, which is what undo commits.
import type {
  Activity,
  Adjustment,
  Customer,
  ImportBatch,
  Invoice,
  Letter,
  Payment,
  PaymentPlan,
  SettlementOffer,
} from '../domain/types';
import type { Table } from 'dexie';
import { InvoiceTable } from './invoice-table';
import { defaultRateTables, tableProblems, type RateTables } from '../domain/rates/index';
import type { BankLine, OverdueDb } from './schema';

export interface Entities {
  customers: Customer;
  invoices: Invoice;
  payments: Payment;
  adjustments: Adjustment;
  activities: Activity;
  plans: PaymentPlan;
  settlements: SettlementOffer;
  letters: Letter;
  imports: ImportBatch;
  bankLines: BankLine;
}
export type EntityName = keyof Entities;

const RATES_KEY = 'rateTables';
export const ENTITY_NAMES: EntityName[] = [
  'customers',
  'invoices',
  'payments',
  'adjustments',
  'activities',
  'plans',
  'settlements',
  'letters',
  'imports',
  'bankLines',
];

/** Records to put (insert or replace by id) and ids to delete, per entity. */
export type ChangeSet = { [K in EntityName]?: { put?: Entities[K][]; delete?: string[] } };

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
  };
  private arrays = new Map<EntityName, unknown[]>();

  /** The reference-rate tables interest is computed with: the shipped ones, or the user's edited copy. */
  rates: RateTables = defaultRateTables;

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

  async load(): Promise<void> {
    const db = this.db;
    await db.transaction('r', db.tables, async () => {
      this.invoices.load(await db.invoiceBlocks.toArray());
      for (const name of Object.keys(this.maps) as (keyof MapTables)[]) {
        const rows = (await db.table(name).toArray()) as { id: string }[];
        const map = this.maps[name] as Map<string, { id: string }>;
        map.clear();
        for (const r of rows) map.set(r.id, r);
      }
    });
    this.arrays.clear();
    const saved = (await db.settings.get(RATES_KEY))?.value as RateTables | undefined;
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

  count(name: EntityName): number {
    return name === 'invoices' ? this.invoices.size : this.maps[name as keyof MapTables].size;
  }

  /** The change set that would undo `change`, from the records as they are now. */
  inverseOf(change: ChangeSet): ChangeSet {
    const inverse: ChangeSet = {};
    for (const name of ENTITY_NAMES) {
      const c = change[name] as { put?: { id: string }[]; delete?: string[] } | undefined;
      if (!c) continue;
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
   * If the transaction fails nothing is written and memory is untouched; the error propagates.
   */
  async commit(change: ChangeSet): Promise<ChangeSet> {
    const inverse = this.inverseOf(change);
    const db = this.db;
    const inv = change.invoices
      ? this.invoices.plan(change.invoices.put ?? [], change.invoices.delete ?? [])
      : null;
    const tables: Table[] = ENTITY_NAMES.filter((n) => change[n] && n !== 'invoices').map((n) => db.table(n));
    if (inv) tables.push(db.invoiceBlocks);
    if (tables.length === 0) return inverse;
    await db.transaction('rw', tables, async () => {
      if (inv) {
        if (inv.remove.length) await db.invoiceBlocks.bulkDelete(inv.remove);
        if (inv.put.length) await db.invoiceBlocks.bulkPut(inv.put);
      }
      for (const name of ENTITY_NAMES) {
        if (name === 'invoices') continue;
        const c = change[name] as { put?: { id: string }[]; delete?: string[] } | undefined;
        if (!c) continue;
        if (c.delete?.length) await db.table(name).bulkDelete(c.delete);
        if (c.put?.length) await db.table(name).bulkPut(c.put);
      }
    });
    inv?.apply();
    for (const name of ENTITY_NAMES) {
      if (name === 'invoices') continue;
      const c = change[name] as { put?: { id: string }[]; delete?: string[] } | undefined;
      if (!c) continue;
      const map = this.maps[name as keyof MapTables] as Map<string, { id: string }>;
      for (const id of c.delete ?? []) map.delete(id);
      for (const r of c.put ?? []) map.set(r.id, r);
      this.arrays.delete(name);
    }
    return inverse;
  }

  /** Empties every table (the settings too) in one transaction. */
  async clearAll(): Promise<void> {
    const db = this.db;
    await db.transaction('rw', db.tables, async () => {
      for (const t of db.tables) await t.clear();
    });
    await this.load();
  }
}

export function isEmptyChange(change: ChangeSet): boolean {
  return ENTITY_NAMES.every(
    (n) => !change[n] || ((change[n]?.put?.length ?? 0) === 0 && (change[n]?.delete?.length ?? 0) === 0),
  );
}
