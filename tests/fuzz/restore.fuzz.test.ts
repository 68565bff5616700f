// Fuzz: thousands of mutated backups (fields set to odd values or removed, rows duplicated or nulled,
// counts fixed up or not), each with a checksum that matches, as a hostile file would have.
// Property: either the file is refused with a reason that has words and says nothing was restored, and
// a restore of it writes nothing; or the restore writes exactly the file's rows, all of which load
// without a single row being set aside.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb, TABLES, type OverdueDb } from '../../src/db/schema';
import { Book } from '../../src/db/book';
import { EMPTY_COMPANY, setCompany } from '../../src/db/settings';
import { exportBackup, parseBackup, restoreBackup, type Backup } from '../../src/db/backup';
import { canonicalJson, sha256 } from '../../src/db/checksum';
import { quarantineBadRows } from '../../src/db/quarantine';
import { reasonText } from '../../src/i18n/reasons/index';
import type { Customer, Invoice, Payment, Adjustment } from '../../src/domain/types';

const customer = (id: string, language: Customer['language']): Customer => ({
  id,
  name: `Customer ${id}`,
  country: 'IT',
  language,
  currency: 'EUR',
  debtor: 'business',
  creditHold: false,
  createdAt: '2024-01-01',
});
const invoice = (id: string, customerId: string, amount: number): Invoice => ({
  id,
  number: id.toUpperCase(),
  customerId,
  issueDate: '2024-01-10',
  dueDate: '2024-02-09',
  currency: 'EUR',
  amount,
});
const payment: Payment = {
  id: 'p1',
  date: '2024-02-20',
  amount: 5_000,
  currency: 'EUR',
  customerId: 'c1',
  allocations: [{ invoiceId: 'i1', amount: 5_000 }],
};
const adjustment: Adjustment = {
  id: 'a1',
  kind: 'credit-note',
  customerId: 'c2',
  invoiceId: 'i3',
  date: '2024-03-01',
  amount: 1_000,
  currency: 'EUR',
};

let source = '';
let db: OverdueDb;
beforeAll(async () => {
  const d = createDb(`fuzz-source-${Math.random()}`);
  const book = new Book(d);
  await book.load();
  await book.commit({
    customers: { put: [customer('c1', 'it'), customer('c2', 'de'), customer('c3', 'ro')] },
    invoices: { put: [invoice('i1', 'c1', 12_000), invoice('i2', 'c1', 3_050), invoice('i3', 'c2', 99_999)] },
    payments: { put: [payment] },
    adjustments: { put: [adjustment] },
  });
  await setCompany(d, { ...EMPTY_COMPANY, name: 'Rossi S.r.l.' });
  source = await (await exportBackup(d, '2025-01-01T00:00:00.000Z')).text();
  d.close();
  await Dexie.delete(d.name);
  db = createDb(`fuzz-target-${Math.random()}`);
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function dump(d: OverdueDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of TABLES) out[name] = await d.table(name).toArray();
  return out;
}

const FIELDS = [
  'id',
  'name',
  'language',
  'currency',
  'amount',
  'customerId',
  'invoiceId',
  'allocations',
  'date',
  'issueDate',
  'dueDate',
  'number',
  'rows',
  'key',
  'value',
  'creditHold',
  'debtor',
  'kind',
  'createdAt',
];
const value = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.constantFrom(
    '2024-02-30',
    '2024-02-29',
    'EUR',
    'eur',
    'xx',
    'de',
    '',
    'c1',
    'i1',
    'https://x.example/a.png',
  ),
);
const mutation = fc.record({
  table: fc.constantFrom('customerBlocks', 'invoiceBlocks', 'payments', 'adjustments', 'settings'),
  row: fc.nat(),
  inner: fc.nat(),
  field: fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 4 })),
  op: fc.constantFrom('set', 'delete', 'dup-row', 'null-row', 'set-invoice', 'set-company'),
  value,
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(tables: Record<string, unknown[]>, m: Mutation): void {
  const rows = tables[m.table];
  if (!rows?.length) return;
  const i = m.row % rows.length;
  const r = rows[i] as Record<string, unknown> | null;
  if (m.op === 'null-row') rows[i] = null;
  else if (m.op === 'dup-row') rows.push(structuredClone(r));
  else if (!r || typeof r !== 'object') return;
  else if (m.op === 'set') r[m.field] = m.value;
  else if (m.op === 'delete') delete r[m.field];
  else if (m.op === 'set-invoice' && Array.isArray(r.rows) && r.rows.length) {
    // (A row inside a block: an invoice, or a customer in its bucket.)
    const inv = r.rows[m.inner % r.rows.length] as Record<string, unknown> | null;
    if (inv && typeof inv === 'object') inv[m.field] = m.value;
  } else if (m.op === 'set-company') {
    const c = (tables.settings as { key: string; value: Record<string, unknown> }[]).find(
      (s) => s?.key === 'company',
    );
    if (c?.value && typeof c.value === 'object') c.value[m.field] = m.value;
  }
}

async function hostile(mutations: Mutation[], fixCounts: boolean): Promise<string> {
  const { checksum: _, ...rest } = JSON.parse(source) as Backup;
  for (const m of mutations) apply(rest.tables, m);
  if (fixCounts) for (const [name, rows] of Object.entries(rest.tables)) rest.counts[name] = rows.length;
  const checksum = await sha256(new TextEncoder().encode(canonicalJson(rest)));
  return JSON.stringify({ ...rest, checksum });
}

const withoutLastBackup = (t: Record<string, unknown[]>) => ({
  ...t,
  settings: (t.settings ?? []).filter((s) => (s as { key: string }).key !== 'lastBackupAt'),
});

describe('fuzz: restoring mutated backups', () => {
  it(
    'refuses with a true message and writes nothing, or writes exactly the file',
    { timeout: 60_000 },
    async () => {
      let runs = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          fc.boolean(),
          async (ms, fix) => {
            runs++;
            const text = await hostile(ms, fix);
            const parsed = await parseBackup(text);
            // Writing costs milliseconds in fake IndexedDB: every 20th case goes all the way to the database.
            const write = runs % 20 === 0;
            if (!parsed.ok) {
              refused++;
              const words = reasonText(parsed.reason, 'en');
              expect(words).toMatch(/Nothing was restored[.:]/);
              if (write) {
                const before = await dump(db);
                await expect(restoreBackup(db, JSON.parse(text) as Backup)).rejects.toThrow();
                expect(await dump(db)).toStrictEqual(before);
              }
              return;
            }
            if (!write) return;
            await restoreBackup(db, parsed.backup);
            expect(withoutLastBackup(await dump(db))).toEqual(withoutLastBackup(parsed.backup.tables));
            expect(await quarantineBadRows(db)).toBe(0);
          },
        ),
        { numRuns: 2000, seed: 20261201 },
      );
      // Both outcomes were exercised, not only refusals.
      expect(refused).toBeGreaterThan(100);
      expect(runs - refused).toBeGreaterThan(100);
    },
  );
});
