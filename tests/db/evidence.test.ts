import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb, SCHEMA_VERSION, type Evidence, type OverdueDb } from '../../src/db/schema';
import { Book } from '../../src/db/book';
import { exportBackup, parseBackup, restoreBackup, type Backup } from '../../src/db/backup';
import { canonicalJson, sha256 } from '../../src/db/checksum';
import { rawExport } from '../../src/db/raw-export';

const open: OverdueDb[] = [];
function db(version = SCHEMA_VERSION, name = `evidence-test-${open.length}-${Math.random()}`): OverdueDb {
  const d = createDb(name, version);
  open.push(d);
  return d;
}
afterEach(async () => {
  const all = open.splice(0);
  for (const d of all) d.close();
  for (const name of new Set(all.map((d) => d.name))) await Dexie.delete(name);
});

const CREATED = '2026-03-20T09:00:00.000Z';
const customer = {
  id: 'c1',
  name: 'Rossi S.r.l.',
  country: 'IT',
  language: 'it',
  currency: 'EUR',
  debtor: 'business',
  creditHold: false,
  escalation: 'none',
  createdAt: '2024-01-01',
};
const call = { id: 'a1', customerId: 'c1', invoiceIds: [], date: '2026-03-10', kind: 'call' };
// Every byte value, twice, and an odd length: base64 padding and high bytes both exercised.
const BYTES = Uint8Array.from({ length: 513 }, (_, i) => (i * 7 + 3) % 256);

function evidence(over: Partial<Evidence> = {}): Evidence {
  return {
    id: 'e1',
    activityId: 'a1',
    customerId: 'c1',
    name: 'ricevuta di ritorno.pdf',
    type: 'application/pdf',
    size: BYTES.length,
    addedOn: '2026-03-12',
    data: new Blob([BYTES], { type: 'application/pdf' }),
    ...over,
  };
}

async function bytesOf(blob: unknown): Promise<number[]> {
  expect(blob).toBeInstanceOf(Blob);
  return [...new Uint8Array(await (blob as Blob).arrayBuffer())];
}

async function filled(): Promise<OverdueDb> {
  const d = db();
  const book = new Book(d);
  await book.load();
  await book.commit({
    customers: { put: [customer as never] },
    activities: { put: [call as never] },
    evidence: { put: [evidence()] },
  });
  return d;
}

async function resigned(backup: Record<string, unknown>): Promise<string> {
  const { checksum: _, ...rest } = backup;
  return JSON.stringify({ ...rest, checksum: await sha256(new TextEncoder().encode(canonicalJson(rest))) });
}

describe('evidence in the database', () => {
  it('upgrading a version-3 database keeps every record and adds an empty evidence table', async () => {
    const name = `evidence-upgrade-${Math.random()}`;
    const v3 = db(3, name);
    await v3.table('customers').put(customer as never);
    await v3.activities.put(call as never);
    await v3.invoiceBlocks.put({
      id: 1,
      rows: [
        {
          id: 'i1',
          number: 'F-1',
          customerId: 'c1',
          issueDate: '2026-01-01',
          dueDate: '2026-01-31',
          currency: 'EUR',
          amount: 12_345,
        },
      ],
    });
    await v3.settings.put({ key: 'company', value: { name: 'Studio Bianchi' } });
    v3.close();
    const v4 = db(4, name);
    await v4.open();
    expect(v4.verno).toBe(4);
    expect(await v4.table('customers').toArray()).toEqual([customer]);
    expect(await v4.activities.toArray()).toEqual([call]);
    expect((await v4.invoiceBlocks.get(1))?.rows[0]?.amount).toBe(12_345);
    expect(await v4.settings.get('company')).toEqual({ key: 'company', value: { name: 'Studio Bianchi' } });
    expect(await v4.evidence.count()).toBe(0);
  });

  it('a second tab catches up with a file attached in the first', async () => {
    const name = `evidence-tabs-${Math.random()}`;
    const first = new Book(db(SCHEMA_VERSION, name));
    const second = new Book(db(SCHEMA_VERSION, name));
    await first.load();
    await first.commit({ customers: { put: [customer as never] }, activities: { put: [call as never] } });
    await second.load();
    await first.commit({ evidence: { put: [evidence()] } });
    expect(second.list('evidence')).toEqual([]);
    const changed = await second.catchUp();
    expect(changed).toEqual(new Set(['evidence']));
    expect(second.get('evidence', 'e1')?.name).toBe('ricevuta di ritorno.pdf');
    expect(await bytesOf(second.get('evidence', 'e1')?.data)).toEqual([...BYTES]);
  });
});

describe('evidence in backups', () => {
  it('round-trips the file bytes, name, type and size through a backup into an empty database', async () => {
    const source = await filled();
    const text = await (await exportBackup(source, CREATED)).text();
    const raw = JSON.parse(text) as Backup;
    const row = raw.tables.evidence?.[0];
    // In the file the bytes are base64 text (513 bytes → 684 characters).
    expect(typeof row?.data).toBe('string');
    expect((row?.data as string).length).toBe(684);
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.reason));
    const target = db();
    await restoreBackup(target, parsed.backup);
    const back = await target.evidence.get('e1');
    expect(back).toMatchObject({
      id: 'e1',
      activityId: 'a1',
      customerId: 'c1',
      name: 'ricevuta di ritorno.pdf',
      type: 'application/pdf',
      size: 513,
      addedOn: '2026-03-12',
    });
    expect(await bytesOf(back?.data)).toEqual([...BYTES]);
    expect((back?.data as Blob).type).toBe('application/pdf');
    // Export again: the very same file.
    expect(await (await exportBackup(target, CREATED)).text()).toBe(text);
  });

  it('restores a version-3 backup (no evidence table) as it always did', async () => {
    const v3 = db(3);
    await v3.table('customers').put(customer as never);
    await v3.activities.put(call as never);
    const text = await (await exportBackup(v3, CREATED)).text();
    expect(Object.keys((JSON.parse(text) as Backup).tables)).not.toContain('evidence');
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.reason));
    const target = db();
    await restoreBackup(target, parsed.backup);
    expect(await target.activities.toArray()).toEqual([call]);
    expect(await target.evidence.count()).toBe(0);
  });

  it('refuses a file whose evidence points to no entry, or whose bytes were cut short', async () => {
    const text = await (await exportBackup(await filled(), CREATED)).text();
    const orphan = JSON.parse(text) as Backup;
    orphan.tables.evidence = [{ ...orphan.tables.evidence![0], activityId: 'gone' }];
    const r1 = await parseBackup(await resigned(orphan as never));
    expect(r1).toMatchObject({
      ok: false,
      reason: {
        code: 'backup.invalid',
        params: { issues: [{ table: 'evidence', field: 'activityId', problem: 'unknown-activity' }] },
      },
    });
    const cut = JSON.parse(text) as Backup;
    const data = cut.tables.evidence![0]!.data as string;
    cut.tables.evidence = [{ ...cut.tables.evidence![0], data: data.slice(0, 100) }];
    const r2 = await parseBackup(await resigned(cut as never));
    expect(r2).toMatchObject({
      ok: false,
      reason: { code: 'backup.invalid', params: { issues: [{ table: 'evidence', field: 'data' }] } },
    });
  });

  it('the recovery download keeps the bytes as base64', async () => {
    const d = await filled();
    d.close();
    const raw = await rawExport(d.name);
    const row = raw.stores.evidence?.[0] as { data: { base64: string } };
    expect(atob(row.data.base64).length).toBe(513);
    expect(atob(row.data.base64).charCodeAt(512)).toBe((512 * 7 + 3) % 256);
  });
});
