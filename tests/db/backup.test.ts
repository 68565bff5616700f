import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb, SCHEMA_VERSION, TABLES, type OverdueDb } from '../../src/db/schema';
import { Book } from '../../src/db/book';
import { sampleChangeSet } from '../../src/commands/sample-data';
import { setCompany, EMPTY_COMPANY } from '../../src/db/settings';
import {
  backupSummary,
  daysSinceBackup,
  exportBackup,
  getLastBackupAt,
  isDatabaseEmpty,
  needsBackupReminder,
  parseBackup,
  restoreBackup,
  tablesAt,
  type Backup,
} from '../../src/db/backup';
import { canonicalExact, canonicalJson, sha256 } from '../../src/db/checksum';
import { reasonText } from '../../src/i18n/reasons/index';

let n = 0;
const open: OverdueDb[] = [];
function db(version = SCHEMA_VERSION): OverdueDb {
  const d = createDb(`backup-test-${++n}-${Math.random()}`, version);
  open.push(d);
  return d;
}
afterEach(async () => {
  for (const d of open.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

const CREATED = '2025-03-04T10:20:30.000Z';

async function filledDb(): Promise<OverdueDb> {
  const d = db();
  const book = new Book(d);
  await book.load();
  await book.commit(sampleChangeSet('2025-03-01', 7));
  await setCompany(d, { ...EMPTY_COMPANY, name: 'Ørsted & Søn ApS — “quoted”', logo: undefined });
  await d.bankLines.put({
    id: 'b1',
    importBatchId: 'i1',
    key: 'k',
    line: 3,
    date: '2025-02-01',
    amount: -1250,
    currency: 'DKK',
    counterparty: 'Ærø \u{1F600}',
    reference: 'INV 1',
    status: 'unmatched',
  });
  return d;
}

async function dump(d: OverdueDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of TABLES) out[name] = await d.table(name).toArray();
  return out;
}

/** Every customer stored, from their buckets. */
async function storedCustomers(d: OverdueDb) {
  return (await d.customerBlocks.toArray()).flatMap((b) => b.rows);
}

async function exported(d: OverdueDb, at = CREATED): Promise<string> {
  return (await exportBackup(d, at)).text();
}

async function parsed(text: string): Promise<Backup> {
  const r = await parseBackup(text);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.backup;
}

describe('backup export and restore', () => {
  it('gives back every table identically in an empty database', async () => {
    const source = await filledDb();
    const text = await exported(source);
    const backup = await parsed(text);
    expect(backup.schemaVersion).toBe(SCHEMA_VERSION);
    expect(backup.createdAt).toBe(CREATED);
    expect(Object.keys(backup.tables).sort()).toEqual([...TABLES].sort());
    expect(backup.counts.invoices).toBeGreaterThan(1000);
    // Customers travel in their buckets, as they are stored; the count is of the customers.
    expect(backup.tables.customers).toBeUndefined();
    expect(backup.counts.customers).toBe(
      backup.tables.customerBlocks?.reduce((n, b) => n + (b.rows as unknown[]).length, 0),
    );
    expect(backup.counts.customers).toBeGreaterThan(10);

    const target = db();
    expect(await isDatabaseEmpty(target)).toBe(true);
    await restoreBackup(target, backup);
    const before = await dump(source);
    const after = await dump(target);
    // The backup says it is the last one; everything else is as it was (JSON has no `undefined`: a
    // property set to undefined comes back absent, which toEqual counts as equal).
    expect(after.settings).toContainEqual({ key: 'lastBackupAt', value: CREATED });
    for (const name of TABLES) {
      if (name === 'settings') continue;
      expect(after[name], name).toEqual(before[name]);
    }
    expect(after.settings?.filter((s) => (s as { key: string }).key !== 'lastBackupAt')).toEqual(
      before.settings,
    );
    expect(await getLastBackupAt(target)).toBe(CREATED);
    const book = new Book(target);
    await book.load();
    expect(backupSummary(backup)).toEqual({
      invoices: book.count('invoices'),
      customers: book.count('customers'),
    });

    // Exporting the restored database again gives the very same file.
    expect(await exported(target)).toBe(text);
  });

  it('writes a checksum anyone can recompute from the canonical JSON without it', async () => {
    const text = await exported(await filledDb());
    const value = JSON.parse(text) as Record<string, unknown>;
    const { checksum, ...rest } = value;
    expect(checksum).toBe(await sha256(new TextEncoder().encode(canonicalJson(rest))));
    // A reformatted file with keys in another order is still accepted.
    const pretty = JSON.stringify({ ...rest, checksum }, null, 2);
    expect((await parseBackup(pretty)).ok).toBe(true);
  });

  it('replaces the data of a non-empty database', async () => {
    const source = await filledDb();
    const backup = await parsed(await exported(source));
    const target = await filledDb();
    const first = (await storedCustomers(target))[0]!;
    await target.customerBlocks.put({ id: 99, rows: [{ ...first, id: 'extra', name: 'Extra' }] });
    expect(await isDatabaseEmpty(target)).toBe(false);
    await restoreBackup(target, backup);
    const after = await storedCustomers(target);
    expect(after.find((c) => c.id === 'extra')).toBeUndefined();
    expect(after).toHaveLength(backup.counts.customers!);
  });

  it('refuses a file whose content was changed', async () => {
    const text = await exported(await filledDb());
    const tampered = text.replace('"amount":', '"amount":1');
    const r = await parseBackup(tampered);
    expect(r).toMatchObject({ ok: false, reason: { code: 'backup.checksum' } });
    if (!r.ok)
      expect(reasonText(r.reason, 'en')).toBe(
        'The backup file is damaged (checksum mismatch). Nothing was restored.',
      );
  });

  it('refuses a backup from a newer schema', async () => {
    const value = JSON.parse(await exported(await filledDb())) as Record<string, unknown>;
    value.schemaVersion = SCHEMA_VERSION + 1;
    const r = await parseBackup(JSON.stringify(value));
    expect(r).toMatchObject({
      ok: false,
      reason: { code: 'backup.newer', params: { schema: SCHEMA_VERSION + 1 } },
    });
    if (!r.ok)
      expect(reasonText(r.reason, 'en')).toBe(
        `This backup was made by a newer version of Overdue (schema ${SCHEMA_VERSION + 1}); update Overdue to restore it. Nothing was restored.`,
      );
  });

  it('refuses foreign JSON, text that is not JSON, and a truncated file', async () => {
    expect(await parseBackup('{"name":"something else","tables":{}}')).toMatchObject({
      ok: false,
      reason: { code: 'backup.foreign' },
    });
    expect(await parseBackup('[1,2,3]')).toMatchObject({ ok: false, reason: { code: 'backup.foreign' } });
    expect(await parseBackup('id;name\n1;Rossi')).toMatchObject({
      ok: false,
      reason: { code: 'backup.not-json' },
    });
    const text = await exported(db());
    expect(await parseBackup(text.slice(0, -20))).toMatchObject({
      ok: false,
      reason: { code: 'backup.not-json' },
    });
    const noChecksum = JSON.parse(text) as Record<string, unknown>;
    delete noChecksum.checksum;
    expect(await parseBackup(JSON.stringify(noChecksum))).toMatchObject({
      ok: false,
      reason: { code: 'backup.damaged', params: { part: 'checksum-missing' } },
    });
  });

  it('refuses a well-checksummed file whose shape is wrong', async () => {
    const value = JSON.parse(await exported(db())) as Record<string, unknown>;
    const { checksum: _, ...rest } = value;
    const tables = rest.tables as Record<string, unknown[]>;
    tables.customerBlocks = [{ rows: [] }];
    (rest.counts as Record<string, number>).customerBlocks = 1;
    const checksum = await sha256(new TextEncoder().encode(canonicalJson(rest)));
    const r = await parseBackup(JSON.stringify({ ...rest, checksum }));
    expect(r).toMatchObject({ ok: false, reason: { code: 'backup.damaged', params: { part: 'row-key' } } });
  });

  it('leaves the old data intact when the restore fails half way', async () => {
    const target = await filledDb();
    const before = await dump(target);
    const backup = await parsed(await exported(await filledDb()));
    // A valid row IndexedDB cannot store (a function cannot be cloned), in a table written after the
    // others were cleared and filled: the transaction aborts half way.
    const line = backup.tables.bankLines?.[0] as Record<string, unknown>;
    const broken: Backup = {
      ...backup,
      tables: { ...backup.tables, bankLines: [{ ...line, extra: () => 1 }] },
    };
    await expect(restoreBackup(target, broken)).rejects.toThrow();
    expect(await dump(target)).toStrictEqual(before);
  });

  it('restores an older-schema backup through the schema upgrade', async () => {
    const v1 = db(1);
    await v1.table('customers').put({
      id: 'c1',
      name: 'Rossi S.r.l.',
      country: 'IT',
      language: 'it',
      currency: 'EUR',
      debtor: 'business',
      createdAt: '2024-01-01',
    });
    await v1.table('payments').put({ id: 'p1', date: '2024-02-02', amount: 700, currency: 'EUR' });
    const invoice = {
      id: 'inv1',
      number: 'F-1',
      customerId: 'c1',
      issueDate: '2024-01-05',
      dueDate: '2024-02-04',
      currency: 'EUR',
      amount: 5,
    };
    await v1.table('invoiceBlocks').put({ id: 1, rows: [invoice] });
    const text = await exported(v1);
    const raw = JSON.parse(text) as Backup;
    expect(raw.schemaVersion).toBe(1);
    expect(Object.keys(raw.tables).sort()).toEqual(tablesAt(1).sort());
    expect(tablesAt(1)).not.toContain('bankLines');
    // Parsing takes the file through the upgrade before checking it: what is restored is current.
    const backup = await parsed(text);
    expect(backup.schemaVersion).toBe(SCHEMA_VERSION);

    const target = db();
    await restoreBackup(target, backup);
    expect(target.verno).toBe(SCHEMA_VERSION);
    expect((await storedCustomers(target)).find((c) => c.id === 'c1')).toMatchObject({
      creditHold: false,
      escalation: 'none',
    });
    expect(await target.payments.get('p1')).toMatchObject({ allocations: [] });
    expect(await target.invoiceBlocks.count()).toBe(1);
    expect(await target.bankLines.count()).toBe(0);
    expect(await Dexie.getDatabaseNames()).not.toContainEqual(expect.stringMatching(/^overdue-restore-/));
  });
});

describe('backup reminder', () => {
  const now = new Date('2025-03-20T12:00:00Z');
  it('counts whole days since the last backup', () => {
    expect(daysSinceBackup(null, now)).toBeNull();
    expect(daysSinceBackup('2025-03-08T12:00:00Z', now)).toBe(12);
    expect(daysSinceBackup('2025-03-20T11:00:00Z', now)).toBe(0);
  });
  it('reminds when there is data and no backup, or one older than seven days', () => {
    expect(needsBackupReminder(null, now, false)).toBe(false);
    expect(needsBackupReminder(null, now, true)).toBe(true);
    expect(needsBackupReminder('2025-03-13T12:00:00Z', now, true)).toBe(false);
    expect(needsBackupReminder('2025-03-13T11:59:00Z', now, true)).toBe(true);
  });
});

describe('canonical JSON', () => {
  it('sorts keys by code unit at every level and drops undefined like JSON does', () => {
    const value = {
      b: 1,
      a: [{ z: 'x', y: undefined, é: 2, E: 3 }, undefined],
      c: { '10': 1, '9': 2, x: null },
    };
    expect(canonicalJson(value)).toBe('{"a":[{"E":3,"z":"x","é":2},null],"b":1,"c":{"10":1,"9":2,"x":null}}');
    expect(canonicalJson(value)).toBe(canonicalExact(value));
  });
  it('agrees with the exact serialiser on a generated book', () => {
    const rows = sampleChangeSet('2025-03-01', 3).invoices?.put ?? [];
    expect(rows.length).toBeGreaterThan(100);
    expect(canonicalJson(rows)).toBe(canonicalExact(rows));
  });
  it('refuses values JSON would change', () => {
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(/cannot serialise a Date/);
    expect(() => canonicalJson([new Map()])).toThrow(/cannot serialise a Map/);
  });
});
