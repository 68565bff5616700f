// Backup: every table, the settings, the schema version and a checksum in one JSON file
// (docs/backup-format.md). Export reads one consistent snapshot. Restore checks the file first — its
// checksum, its shape, then every record against the schema (backup-check.ts) — and only then replaces
// everything in one transaction, so a refused or failed restore leaves the old data as it was.
// Problems are codes (BackupReason); src/i18n/reasons/backup.ts puts them into words.
import Dexie from 'dexie';
import type { BackupReason, DamagedPart } from '../i18n/reasons/backup';
import { checkTables } from './backup-check';
import { canonicalJson, sha256 } from './checksum';
import { createDb, SCHEMA_VERSION, TABLES, VERSIONS, type OverdueDb, type TableName } from './schema';
import { getSetting, setSetting } from './settings';
import { evidenceForBackup, evidenceFromBackup } from './evidence-files';

export const BACKUP_FORMAT = 'overdue-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const LAST_BACKUP_KEY = 'lastBackupAt';
/** After this many days without a backup the header reminds the user. */
export const BACKUP_REMINDER_DAYS = 7;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  /** ISO timestamp of the export. */
  createdAt: string;
  app: 'Overdue';
  /**
   * Rows per table, plus `invoices` and `customers`: the invoices packed inside `invoiceBlocks`, the
   * customers inside `customerBlocks`.
   */
  counts: Record<string, number>;
  tables: Record<string, Record<string, unknown>[]>;
  checksum: string;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; reason: BackupReason };

/** A restore refused before anything was written: `reason` says why. */
export class BackupRefused extends Error {
  constructor(readonly reason: BackupReason) {
    super(reason.code);
    this.name = 'BackupRefused';
  }
}

/** The tables a database of schema `version` has (tables dropped by a version are left out). */
export function tablesAt(version: number): string[] {
  const tables = new Set<string>();
  for (const def of VERSIONS) {
    if (def.version > version) break;
    for (const [name, spec] of Object.entries(def.stores)) {
      if (spec === null) tables.delete(name);
      else tables.add(name);
    }
  }
  tables.delete('changeLog'); // bookkeeping between tabs, not data
  return [...tables];
}

/** The rows packed inside blocks (of invoices or of customers). */
function packedRows(blocks: Record<string, unknown>[]): number {
  let n = 0;
  for (const b of blocks) n += Array.isArray(b.rows) ? b.rows.length : 0;
  return n;
}

const CHUNK = 1 << 22;

/**
 * The whole database as a backup file. The settings in the file already say that this backup is the
 * last one (`lastBackupAt` = `createdAt`), so restoring it gives back exactly what was exported; the
 * caller records the same time with `recordBackup` once the file is handed to the user.
 */
export async function exportBackup(db: OverdueDb, createdAt: string): Promise<Blob> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables)
      if (table.name !== 'changeLog')
        tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
  });
  // Evidence files are Blobs in the database and base64 in the file (read outside the transaction:
  // Dexie's transaction would end at the first foreign await).
  if (tables.evidence) tables.evidence = await evidenceForBackup(tables.evidence);
  const settings = (tables.settings ?? []).filter((s) => s.key !== LAST_BACKUP_KEY);
  settings.push({ key: LAST_BACKUP_KEY, value: createdAt });
  settings.sort((a, b) => (String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0));
  tables.settings = settings;

  const names = Object.keys(tables).sort();
  const counts: Record<string, number> = {
    invoices: packedRows(tables.invoiceBlocks ?? []),
    customers: packedRows(tables.customerBlocks ?? []),
  };
  for (const name of names) counts[name] = tables[name]?.length ?? 0;
  const head = canonicalJson({
    app: 'Overdue',
    counts,
    createdAt,
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: db.verno,
  });
  // The canonical text of everything but the checksum, built row by row into a few large parts
  // ('tables' sorts last among the keys, so it can follow the header).
  const parts: string[] = [];
  let part = head.slice(0, -1) + ',"tables":{';
  names.forEach((name, i) => {
    part += (i ? ',' : '') + JSON.stringify(name) + ':[';
    (tables[name] ?? []).forEach((row, j) => {
      part += (j ? ',' : '') + canonicalJson(row);
      if (part.length > CHUNK) {
        parts.push(part);
        part = '';
      }
    });
    part += ']';
  });
  parts.push(part + '}}');
  const body = new Blob(parts, { type: 'application/json' });
  const checksum = await sha256(await body.arrayBuffer());
  // The file is the same text with the checksum as its first key: no second serialisation.
  return new Blob([`{"checksum":${JSON.stringify(checksum)},`, body.slice(1)], { type: 'application/json' });
}

const fail = (reason: BackupReason): ParsedBackup => ({ ok: false, reason });
const damaged = (part: DamagedPart, table?: string): ParsedBackup =>
  fail({ code: 'backup.damaged', params: table === undefined ? { part } : { part, table } });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIntegerAtLeast(v: unknown, min: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min;
}

/** Checks a backup file's text: what it is, its version, its checksum and its shape. Never throws. */
export async function parseBackup(text: string): Promise<ParsedBackup> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail({ code: 'backup.not-json' });
  }
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) return fail({ code: 'backup.foreign' });
  const { formatVersion, schemaVersion, checksum } = value;
  if (!isIntegerAtLeast(formatVersion, 1)) return damaged('format-version');
  if (formatVersion > BACKUP_FORMAT_VERSION)
    return fail({ code: 'backup.newer-format', params: { version: formatVersion } });
  if (!isIntegerAtLeast(schemaVersion, 1)) return damaged('schema-version');
  if (schemaVersion > SCHEMA_VERSION)
    return fail({ code: 'backup.newer', params: { schema: schemaVersion } });
  if (typeof checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(checksum))
    return damaged('checksum-missing');
  if (!(await checksumMatches(text, value, checksum))) return fail({ code: 'backup.checksum' });

  const { tables, counts, createdAt } = value;
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) return damaged('created-at');
  if (value.app !== 'Overdue') return damaged('app');
  if (!isRecord(tables) || !isRecord(counts)) return damaged('tables');
  const expected = tablesAt(schemaVersion);
  const extra = Object.keys(tables).filter((n) => !expected.includes(n));
  if (extra.length) return damaged('unknown-table', extra.join(', '));
  for (const name of expected) {
    const rows = tables[name];
    if (!Array.isArray(rows)) return damaged('table-missing', name);
    if (counts[name] !== rows.length) return damaged('count', name);
    const key = name === 'settings' ? 'key' : 'id';
    const keyType = name === 'invoiceBlocks' || name === 'customerBlocks' ? 'number' : 'string';
    if (!rows.every((r) => isRecord(r) && typeof r[key] === keyType)) return damaged('row-key', name);
  }
  const backup = value as unknown as Backup;
  let current: Backup;
  try {
    current = schemaVersion === SCHEMA_VERSION ? backup : await upgraded(backup);
  } catch (e) {
    // An old-schema file whose rows the upgrade cannot take: the rows are not valid.
    return damaged('tables', e instanceof Error ? e.name : undefined);
  }
  const check = checkTables(current.tables);
  if (check.total > 0) return fail({ code: 'backup.invalid', params: check });
  return { ok: true, backup: current };
}

async function checksumMatches(
  text: string,
  value: Record<string, unknown>,
  checksum: string,
): Promise<boolean> {
  // A file written by exportBackup is the canonical text with the checksum spliced in front: hash it as
  // it is. Anything else (a reformatted file, say) is serialised canonically again.
  const prefix = `{"checksum":${JSON.stringify(checksum)},`;
  if (text.startsWith(prefix)) {
    const asWritten = await sha256(await new Blob(['{', text.slice(prefix.length)]).arrayBuffer());
    if (asWritten === checksum) return true;
  }
  const { checksum: _, ...rest } = value;
  return (await sha256(new TextEncoder().encode(canonicalJson(rest)))) === checksum;
}

/** An older-schema backup as a current one: its rows taken through the same upgrade path as an old database. */
async function upgraded(backup: Backup): Promise<Backup> {
  const tables = await upgradedTables(backup);
  const counts: Record<string, number> = {
    invoices: packedRows(tables.invoiceBlocks ?? []),
    customers: packedRows(tables.customerBlocks ?? []),
  };
  for (const [name, rows] of Object.entries(tables)) counts[name] = rows.length;
  return { ...backup, schemaVersion: SCHEMA_VERSION, tables, counts };
}

/** Rows of an older-schema backup, taken through the same upgrade path as an old database. */
async function upgradedTables(backup: Backup): Promise<Record<string, Record<string, unknown>[]>> {
  const name = `overdue-restore-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  try {
    const old = createDb(name, backup.schemaVersion);
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) {
        const rows = backup.tables[table.name] ?? [];
        if (rows.length) await table.bulkPut(rows);
      }
    });
    old.close();
    const current = createDb(name);
    const out: Record<string, Record<string, unknown>[]> = {};
    await current.transaction('r', current.tables, async () => {
      for (const n of TABLES) out[n] = (await current.table(n).toArray()) as Record<string, unknown>[];
    });
    current.close();
    return out;
  } finally {
    await Dexie.delete(name);
  }
}

/**
 * Replaces every table with the backup's rows in one read-write transaction: if anything fails, the
 * transaction aborts and the database keeps its old data. Every record is checked first, whoever
 * built the backup object: an invalid one throws BackupRefused before anything is written.
 * `lastBackupAt` becomes the backup's `createdAt`: the data now is exactly what that file holds.
 */
export async function restoreBackup(db: OverdueDb, backup: Backup): Promise<void> {
  const tables = backup.schemaVersion === SCHEMA_VERSION ? backup.tables : await upgradedTables(backup);
  const check = checkTables(tables);
  if (check.total > 0) throw new BackupRefused({ code: 'backup.invalid', params: check });
  await db.transaction('rw', db.tables, async () => {
    // The change log stays: other tabs learn from it that the book was replaced.
    for (const name of TABLES) await db.table(name).clear();
    for (const name of TABLES) {
      const rows = name === 'evidence' ? evidenceFromBackup(tables[name] ?? []) : (tables[name] ?? []);
      if (rows.length) await db.table(name).bulkPut(rows);
    }
    await db.settings.put({ key: LAST_BACKUP_KEY, value: backup.createdAt });
  });
}

/** Invoices and customers in a backup, for the message after a restore. */
export function backupSummary(backup: Backup): { invoices: number; customers: number } {
  return {
    invoices: packedRows(backup.tables.invoiceBlocks ?? []),
    customers: packedRows(backup.tables.customerBlocks ?? []),
  };
}

/** True when nothing but the time of the last backup is stored. */
export async function isDatabaseEmpty(db: OverdueDb): Promise<boolean> {
  for (const name of TABLES as readonly TableName[]) {
    const table = db.table(name);
    const n =
      name === 'settings' ? await table.where('key').notEqual(LAST_BACKUP_KEY).count() : await table.count();
    if (n > 0) return false;
  }
  return true;
}

export function getLastBackupAt(db: OverdueDb): Promise<string | null> {
  return getSetting<string | null>(db, LAST_BACKUP_KEY, null);
}

export function recordBackup(db: OverdueDb, at: string): Promise<void> {
  return setSetting(db, LAST_BACKUP_KEY, at);
}

/** Whole days since the last backup at `now`, or null if there never was one. */
export function daysSinceBackup(lastBackupAt: string | null, now: Date): number | null {
  if (!lastBackupAt) return null;
  const then = Date.parse(lastBackupAt);
  if (Number.isNaN(then)) return null;
  return Math.max(0, Math.floor((now.getTime() - then) / 86_400_000));
}

export function needsBackupReminder(lastBackupAt: string | null, now: Date, hasData: boolean): boolean {
  if (!hasData) return false;
  const then = lastBackupAt ? Date.parse(lastBackupAt) : NaN;
  return Number.isNaN(then) || now.getTime() - then > BACKUP_REMINDER_DAYS * 86_400_000;
}

/** `overdue-backup-YYYY-MM-DD.json` for the user's local day (`stem`: in the interface language). */
export function backupFileName(localDay: string, stem = 'overdue-backup'): string {
  return `${stem}-${localDay}.json`;
}
