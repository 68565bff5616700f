// The one IndexedDB database, its tables and its schema history. Every change of layout is a new
// version with an upgrade function; old versions stay listed so Dexie can upgrade any older database.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { packedBlocks } from './block-codec';
import { bucketsOf, type CustomerBucket } from './customer-buckets';

// Dexie turns its debugging on by itself when the page is served from localhost or 127.0.0.1: a
// console task made for every request, and every failed request traced in the console (a write
// refused as stale printed a BulkError). The app behaves the same wherever it is served from.
Dexie.debug = false;
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

/** Invoices are stored packed, many to a record: see docs/architecture.md. */
export interface InvoiceBlock {
  id: number;
  rows: Invoice[];
}

/** A line of an imported bank statement, kept until it is matched, turned into a payment, or ignored. */
export interface BankLine {
  id: string;
  importBatchId: string;
  /** Fingerprint of date, amount, counterparty and reference: the same line imported twice is seen. */
  key: string;
  line: number;
  date: string;
  amount: number;
  currency: string;
  counterparty: string;
  reference: string;
  status: 'unmatched' | 'matched' | 'ignored';
  paymentId?: string;
}

/**
 * A file kept as evidence of a contact-log entry (the email sent, a registered-mail receipt, a photo of a
 * delivery note). Attaching one is a new record pointing to the entry: the log itself stays append-only.
 * The bytes are a Blob: the browser keeps it on disk, so holding the record in memory costs little.
 */
export interface Evidence {
  id: string;
  activityId: string;
  customerId: string;
  /** The file's own name, as the user's system gave it. */
  name: string;
  /** MIME type ('' when the browser did not know it). */
  type: string;
  /** Bytes. */
  size: number;
  /** The as-of day it was attached. */
  addedOn: string;
  data: Blob;
}

export interface Setting {
  key: string;
  value: unknown;
}

export const DB_NAME = 'overdue';
export const SCHEMA_VERSION = 7;

export type OverdueDb = Dexie & {
  settings: EntityTable<Setting, 'key'>;
  /** Customers, many to a record (customer-buckets.ts). */
  customerBlocks: EntityTable<CustomerBucket, 'id'>;
  invoiceBlocks: EntityTable<InvoiceBlock, 'id'>;
  payments: EntityTable<Payment, 'id'>;
  adjustments: EntityTable<Adjustment, 'id'>;
  activities: EntityTable<Activity, 'id'>;
  plans: EntityTable<PaymentPlan, 'id'>;
  settlements: EntityTable<SettlementOffer, 'id'>;
  letters: EntityTable<Letter, 'id'>;
  imports: EntityTable<ImportBatch, 'id'>;
  bankLines: EntityTable<BankLine, 'id'>;
  evidence: EntityTable<Evidence, 'id'>;
  changeLog: EntityTable<ChangeLogEntry, 'rev'>;
};

/**
 * One entry per committed change, written in the change's own transaction: which records it touched,
 * so another tab catches up by re-reading just those. `'all'`: too many to list, re-read the table.
 */
export interface ChangeLogEntry {
  rev: number;
  /** Entity name (invoices: 'invoiceBlocks', by block id) → ids touched. */
  touched: Record<string, (string | number)[] | 'all'>;
}

/** Every table of the current version, in the order backups list them. */
export const TABLES = [
  'settings',
  'customerBlocks',
  'invoiceBlocks',
  'payments',
  'adjustments',
  'activities',
  'plans',
  'settlements',
  'letters',
  'imports',
  'bankLines',
  'evidence',
] as const;
// `changeLog` is bookkeeping between tabs, not data: backups leave it out.
export type TableName = (typeof TABLES)[number];

interface VersionDef {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

// Versions 1 and 2 declared secondary indexes; nothing queries them (the book is held in memory), so
// version 3 drops them.
export const VERSIONS: VersionDef[] = [
  {
    version: 1,
    stores: {
      settings: '&key',
      customers: '&id, name, taxId, importBatchId',
      invoiceBlocks: '++id',
      payments: '&id, date, customerId, importBatchId',
      adjustments: '&id, invoiceId, customerId, importBatchId',
      activities: '&id, customerId, date',
      plans: '&id, customerId',
      settlements: '&id, customerId',
      letters: '&id, customerId, date',
      imports: '&id, fileHash',
    },
  },
  {
    // v2: bank statement lines get their own table; payments carry the fingerprint of their bank line;
    // customers gain the credit-hold flag and escalation stage, defaulted on every existing record.
    version: 2,
    stores: {
      payments: '&id, date, customerId, importBatchId, bankLineKey',
      bankLines: '&id, importBatchId, key, status',
    },
    upgrade: async (tx) => {
      await tx
        .table('customers')
        .toCollection()
        .modify((c: Partial<Customer>) => {
          if (c.creditHold === undefined) c.creditHold = false;
          if (c.escalation === undefined) c.escalation = 'none';
        });
      await tx
        .table('payments')
        .toCollection()
        .modify((p: Partial<Payment>) => {
          if (!Array.isArray(p.allocations)) p.allocations = [];
        });
    },
  },
  {
    // v3: the whole book is held in memory and nothing queries IndexedDB by any other field, so the
    // secondary indexes go (they only slowed writes); the change log lets other tabs catch up.
    version: 3,
    stores: {
      customers: '&id',
      payments: '&id',
      adjustments: '&id',
      activities: '&id',
      plans: '&id',
      settlements: '&id',
      letters: '&id',
      imports: '&id',
      bankLines: '&id',
      changeLog: '&rev',
    },
  },
  {
    // v4: evidence files attached to contact-log entries (a new table; nothing else changes).
    version: 4,
    stores: { evidence: '&id' },
  },
  {
    // v5: invoice blocks are written packed (block-codec.ts); blocks written before are read as they
    // are. Older code cannot read a packed block, so the version moves: a tab still running older code
    // is closed rather than reading what it cannot.
    version: 5,
    stores: {},
  },
  {
    // v6: customers are stored many to a record (customer-buckets.ts): an import's thousands of
    // customers are a few dozen requests, not one each. They move into their buckets here.
    version: 6,
    stores: { customerBlocks: 'id' },
    upgrade: async (tx) => {
      const customers = (await tx.table('customers').toArray()) as Customer[];
      if (customers.length) await tx.table('customerBlocks').bulkPut(bucketsOf(customers));
      await tx.table('customers').clear();
    },
  },
  {
    // v7: the emptied customers table goes (a table is read in one version's upgrade, dropped in the next).
    version: 7,
    stores: { customers: null },
  },
];

/** Deletes the whole stored book (the recovery screen's last resort); close every connection first. */
export function deleteDatabase(name = DB_NAME): Promise<void> {
  return Dexie.delete(name);
}

/** Opens (creating or upgrading) the database, declaring versions up to `upTo` (tests open older ones). */
export function createDb(name = DB_NAME, upTo = SCHEMA_VERSION): OverdueDb {
  const db = new Dexie(name) as OverdueDb;
  db.use(packedBlocks);
  for (const def of VERSIONS) {
    if (def.version > upTo) break;
    const v = db.version(def.version).stores(def.stores);
    if (def.upgrade) v.upgrade(def.upgrade);
  }
  return db;
}
