// What kind of storage failure an error is, whoever raised it (IndexedDB itself, or Dexie wrapping it):
// a full disk, a stored version newer than the app, an upgrade blocked by another tab, or anything else.
import { SCHEMA_VERSION, TABLES, type OverdueDb } from './schema';
export type StorageProblem = 'quota' | 'version' | 'blocked' | 'failed';

/** An error and those it wraps, outermost first (Dexie keeps IndexedDB's own in `inner`), up to four. */
export function errorChain(e: unknown): { name?: unknown; message?: unknown }[] {
  const out: { name?: unknown; message?: unknown }[] = [];
  for (let x = e, depth = 0; x && typeof x === 'object' && depth < 4; depth++) {
    out.push(x as { name?: unknown; message?: unknown });
    x = (x as { inner?: unknown; cause?: unknown }).inner ?? (x as { cause?: unknown }).cause;
  }
  return out;
}

function names(e: unknown): string[] {
  return errorChain(e).flatMap(({ name, message }) =>
    [name, message].filter((t): t is string => typeof t === 'string'),
  );
}

/** The kind of a storage error, or null when it is not about storage at all. */
export function storageProblem(e: unknown): StorageProblem | null {
  const all = names(e).join(' ');
  if (/QuotaExceeded|quota/i.test(all)) return 'quota';
  if (/VersionError|UpgradeError/.test(all)) return 'version';
  if (/Blocked/i.test(all)) return 'blocked';
  if (/DatabaseClosedError|OpenFailedError|InvalidStateError|UnknownError|NotFoundError|DataError/.test(all))
    return 'failed';
  return null;
}

/** Storage that opened but is not what this version of the app can work with. */
export class StorageOpenError extends Error {
  constructor(
    readonly kind: 'version' | 'failed',
    detail: string,
  ) {
    super(detail);
    this.name = kind === 'version' ? 'VersionError' : 'OpenFailedError';
  }
}

/** The stored database's IndexedDB version and tables, read without opening it through Dexie. */
function probe(name: string): Promise<{ version: number; stores: string[] } | null> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    let fresh = false;
    // No database yet: do not create one here (Dexie will, with its schema).
    req.onupgradeneeded = () => {
      fresh = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      const db = req.result;
      const out = { version: db.version, stores: Array.from(db.objectStoreNames) };
      db.close();
      resolve(out);
    };
    req.onerror = () => (fresh ? resolve(null) : reject(req.error ?? new Error('open failed')));
  });
}

/**
 * Checks the stored database before Dexie opens it, then opens it. Dexie opens a database of a newer
 * version as it is and silently recreates any table that is missing, empty: the book would look half
 * gone, and the next write would make that true. Such storage is refused instead, untouched.
 */
export async function openChecked(db: OverdueDb): Promise<void> {
  const found = typeof indexedDB === 'undefined' ? null : await probe(db.name);
  if (found && found.version > 0) {
    // Dexie stores its version number × 10 as the IndexedDB version.
    const stored = found.version / 10;
    const missing = stored >= SCHEMA_VERSION ? TABLES.filter((t) => !found.stores.includes(t)) : [];
    if (missing.length) {
      const detail = `stored schema ${stored}, this app ${SCHEMA_VERSION}; missing tables: ${missing.join(', ')}`;
      throw new StorageOpenError(stored > SCHEMA_VERSION ? 'version' : 'failed', detail);
    }
  }
  await db.open();
}
