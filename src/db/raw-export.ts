// Everything stored, read with plain IndexedDB (no schema, no Dexie): the way out when the app cannot
// open its storage. Each object store is read on its own, so one unreadable store does not hide the rest.
import { unpackBlock } from './block-codec';
import { bytesToBase64 } from './evidence-files';
import { DB_NAME } from './schema';

export interface RawExport {
  format: 'overdue-raw-export';
  exportedAt: string;
  database: string;
  /** The IndexedDB version number as stored (Dexie stores its version × 10). */
  version: number | null;
  stores: Record<string, unknown[]>;
  /** Stores (or the database) that could not be read, with the browser's error. */
  errors: Record<string, string>;
}

function openAsIs(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    // No database of that name: do not create an empty one on the way.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
    req.onblocked = () => reject(new Error('blocked by another tab'));
  });
}

function readStore(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(store, 'readonly').objectStore(store).getAll();
    req.onsuccess = () => resolve(req.result as unknown[]);
    req.onerror = () => reject(req.error ?? new Error('read failed'));
  });
}

export async function rawExport(name = DB_NAME, now = new Date()): Promise<RawExport> {
  const out: RawExport = {
    format: 'overdue-raw-export',
    exportedAt: now.toISOString(),
    database: name,
    version: null,
    stores: {},
    errors: {},
  };
  let db: IDBDatabase;
  try {
    db = await openAsIs(name);
  } catch (e) {
    out.errors['*'] = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return out;
  }
  try {
    out.version = db.version;
    for (const store of Array.from(db.objectStoreNames)) {
      try {
        const rows = await readStore(db, store);
        // Invoice blocks are stored packed: written out as the invoices they hold.
        out.stores[store] = await withFileBytes(store === 'invoiceBlocks' ? rows.map(unpackBlock) : rows);
      } catch (e) {
        out.errors[store] = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      }
    }
  } finally {
    db.close();
  }
  return out;
}

/** Files (Blobs: the evidence attached to contact-log entries) as base64 text, which JSON can hold. */
async function withFileBytes(rows: unknown[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) {
      out.push(row);
      continue;
    }
    const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
    for (const [k, v] of Object.entries(copy))
      if (v instanceof Blob) copy[k] = { base64: bytesToBase64(new Uint8Array(await v.arrayBuffer())) };
    out.push(copy);
  }
  return out;
}

/**
 * The raw export as a JSON file. Values JSON cannot hold are written so nothing is lost: dates as ISO
 * text, typed arrays (a block not unpacked) as lists of numbers, other binary as base64.
 */
export function rawExportBlob(raw: RawExport): Blob {
  const text = JSON.stringify(raw, (_k, v: unknown) => {
    if (v instanceof Date) return v.toISOString();
    if (v instanceof ArrayBuffer) return { base64: bytesToBase64(new Uint8Array(v)) };
    if (v instanceof DataView)
      return { base64: bytesToBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
    if (ArrayBuffer.isView(v))
      return Array.from(v as unknown as ArrayLike<number | bigint>, (x) =>
        typeof x === 'bigint' ? String(x) : x,
      );
    return v;
  });
  return new Blob([text], { type: 'application/json' });
}
