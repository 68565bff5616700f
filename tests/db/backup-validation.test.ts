// Hostile backups: files with a correct checksum whose records do not fit the schema. Each is refused
// before anything is written, the stored data stays exactly as it was, and the message says so.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb, TABLES, type OverdueDb } from '../../src/db/schema';
import { Book } from '../../src/db/book';
import { sampleChangeSet } from '../../src/commands/sample-data';
import { EMPTY_COMPANY, setCompany } from '../../src/db/settings';
import { BackupRefused, exportBackup, parseBackup, restoreBackup, type Backup } from '../../src/db/backup';
import { canonicalJson, sha256 } from '../../src/db/checksum';
import { reasonText } from '../../src/i18n/reasons/index';

let n = 0;
const open: OverdueDb[] = [];
function db(): OverdueDb {
  const d = createDb(`backup-valid-${++n}-${Math.random()}`);
  open.push(d);
  return d;
}
afterAll(async () => {
  for (const d of open.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

async function filled(seed: number): Promise<OverdueDb> {
  const d = db();
  const book = new Book(d);
  await book.load();
  await book.commit(sampleChangeSet('2025-03-01', seed));
  await setCompany(d, { ...EMPTY_COMPANY, name: 'Rossi S.r.l.' });
  return d;
}

async function dump(d: OverdueDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of TABLES) out[name] = await d.table(name).toArray();
  return out;
}

type Tables = Record<string, Record<string, unknown>[]>;

/** A backup of a sample book, changed by `mutate`, with a checksum that matches the change. */
let source = '';
let target: OverdueDb;
let before: Record<string, unknown[]>;
beforeAll(async () => {
  source = await (await exportBackup(await filled(11), '2025-03-04T10:00:00.000Z')).text();
  target = await filled(5);
  before = await dump(target);
});

async function hostile(mutate: (t: Tables) => void): Promise<string> {
  const value = JSON.parse(source) as Backup;
  const { checksum: _, ...rest } = value;
  mutate(rest.tables);
  for (const [name, rows] of Object.entries(rest.tables)) rest.counts[name] = rows.length;
  const checksum = await sha256(new TextEncoder().encode(canonicalJson(rest)));
  return JSON.stringify({ ...rest, checksum });
}

const first = (t: Tables, name: string) => t[name]?.[0] as Record<string, unknown>;
const invoiceRows = (t: Tables) => first(t, 'invoiceBlocks').rows as Record<string, unknown>[];
/** Every customer of the backup, in its bucket (changing one changes the backup). */
const customerRows = (t: Tables) =>
  (t.customerBlocks ?? []).flatMap((b) => b.rows as Record<string, unknown>[]);

const CASES: { name: string; mutate: (t: Tables) => void; issue: Record<string, unknown>; words: RegExp }[] =
  [
    {
      name: 'a null invoice row',
      mutate: (t) => (invoiceRows(t)[2] = null as never),
      issue: { table: 'invoices', index: 2, problem: 'not-object' },
      words: /invoices row 3: not a record/,
    },
    {
      name: 'an unknown language code',
      mutate: (t) => (customerRows(t)[0]!.language = 'xx'),
      issue: { table: 'customers', index: 0, field: 'language', problem: 'language' },
      words: /customers row 1 \(id [^)]+\), field “language”: not a known language code/,
    },
    {
      name: 'garbage rate tables',
      mutate: (t) => t.settings?.push({ key: 'rateTables', value: { ecb: 'garbage', bnr: [1, 2] } }),
      issue: { table: 'settings', field: 'value.ecb', problem: 'rate-table' },
      words: /settings row \d+ \(id rateTables\), field “value.ecb”: not a valid rate table/,
    },
    {
      name: 'amounts as text',
      mutate: (t) => (first(t, 'payments').amount = '125.00'),
      issue: { table: 'payments', index: 0, field: 'amount', problem: 'type' },
      words: /payments row 1 \(id [^)]+\), field “amount”: wrong type/,
    },
    {
      name: 'duplicate ids',
      mutate: (t) =>
        (t.customerBlocks!.at(-1)!.rows as unknown[]).push({ ...customerRows(t)[0], name: 'Impostor' }),
      issue: { table: 'customers', field: 'id', problem: 'duplicate-id' },
      words: /field “id”: the same id appears twice/,
    },
    {
      name: 'an invoice of a customer who is not there',
      mutate: (t) => (invoiceRows(t)[0]!.customerId = 'ghost'),
      issue: { table: 'invoices', index: 0, field: 'customerId', problem: 'unknown-customer' },
      words: /invoices row 1 \(id [^)]+\), field “customerId”: no such customer in the backup/,
    },
    {
      name: 'an allocation to an invoice that is not there',
      mutate: (t) => {
        const p = first(t, 'payments');
        p.allocations = [{ invoiceId: 'ghost', amount: 1 }];
      },
      issue: { table: 'payments', index: 0, field: 'allocations.0.invoiceId', problem: 'unknown-invoice' },
      words: /field “allocations.0.invoiceId”: no such invoice in the backup/,
    },
    {
      name: 'a payment allocated beyond its amount',
      mutate: (t) => {
        const p = first(t, 'payments');
        const allocations = p.allocations as { invoiceId: string; amount: number }[];
        allocations[0]!.amount = (p.amount as number) + 99_999_999;
      },
      issue: { table: 'payments', index: 0, field: 'allocations', problem: 'over-allocated' },
      words: /field “allocations”: its allocations add up to more than the payment/,
    },
    {
      name: 'a credit note of a negative amount',
      mutate: (t) => (first(t, 'adjustments').amount = -500),
      issue: { table: 'adjustments', index: 0, field: 'amount', problem: 'negative' },
      words: /adjustments row 1 \(id [^)]+\), field “amount”: a negative amount/,
    },
    {
      name: 'a contact-log entry of a customer who is not there',
      mutate: (t) => (first(t, 'activities').customerId = 'ghost'),
      issue: { table: 'activities', index: 0, field: 'customerId', problem: 'unknown-customer' },
      words: /activities row 1 \(id [^)]+\), field “customerId”: no such customer in the backup/,
    },
    {
      name: 'a remote logo',
      mutate: (t) => {
        const c = t.settings?.find((s) => s.key === 'company') as { value: Record<string, unknown> };
        c.value.logo = 'https://tracker.example/logo.png';
      },
      issue: { table: 'settings', field: 'value.logo', problem: 'logo' },
      words: /field “value.logo”: not an embedded PNG or JPEG image/,
    },
  ];

describe('restoring a hostile backup', () => {
  for (const c of CASES) {
    it(`refuses ${c.name}, writes nothing and says so`, async () => {
      const r = await parseBackup(await hostile(c.mutate));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.reason.code).toBe('backup.invalid');
      const params = (r.reason as { params: { issues: unknown[]; total: number } }).params;
      expect(params.issues[0]).toMatchObject(c.issue);
      // A null invoice also leaves the payments allocated to it pointing at nothing: counted, not named first.
      expect(params.total).toBeGreaterThanOrEqual(1);
      const text = reasonText(r.reason, 'en');
      expect(text).toMatch(/^Nothing was restored: \d record\(s\) of the backup are not valid — /);
      expect(text).toMatch(c.words);
      expect(text).not.toMatch(/left as it was|Backup restored/);
      // Bypassing the parser (a backup object built by other code) is refused the same way.
      const unchecked = JSON.parse(await hostile(c.mutate)) as Backup;
      await expect(restoreBackup(target, unchecked)).rejects.toBeInstanceOf(BackupRefused);
      expect(await dump(target)).toStrictEqual(before);
    });
  }

  it('names at most five bad records and counts the rest, in every language', async () => {
    const r = await parseBackup(
      await hostile((t) => {
        for (const c of customerRows(t)) c.currency = 'euro';
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const params = (r.reason as { params: { issues: unknown[]; total: number } }).params;
    expect(params.issues).toHaveLength(5);
    expect(params.total).toBeGreaterThan(5);
    expect(reasonText(r.reason, 'en')).toContain(`and ${params.total - 5} more`);
    expect(reasonText(r.reason, 'it')).toMatch(/^Non è stato ripristinato nulla: .*clienti, riga 1/);
    expect(reasonText(r.reason, 'de')).toMatch(/Kunden, Zeile 1 .*Feld “currency”: kein Währungscode/);
  });

  it('accepts the unchanged sample backup', async () => {
    const r = await parseBackup(await hostile(() => {}));
    expect(r.ok).toBe(true);
  });
});
