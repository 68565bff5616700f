// Loading tolerates bad rows: before the book is read, every stored row is checked against its schema
// (records.ts) and the ones that do not fit are moved, in one transaction, into the setting
// `quarantine` — out of the way of the screens, yet kept in every backup and downloadable on their own.
import { invoice, rowProblem, firstProblem, type RowProblem } from './records';
import type { OverdueDb } from './schema';

export const QUARANTINE_KEY = 'quarantine';

export interface QuarantinedRow {
  table: string;
  /** When it was set aside (ISO timestamp). */
  at: string;
  problem: RowProblem;
  row: unknown;
}

/** Moves every stored row that does not fit its schema into the quarantine; returns how many it moved. */
export async function quarantineBadRows(db: OverdueDb, now = new Date()): Promise<number> {
  const at = now.toISOString();
  return db.transaction('rw', db.tables, async () => {
    const found: QuarantinedRow[] = [];
    const invoiceIds = new Set<string>();
    for (const table of db.tables) {
      // The change log is the tabs' bookkeeping, not data: it is never set aside.
      if (table.name === 'changeLog') continue;
      const keys = await table.toCollection().primaryKeys();
      const rows = (await table.toArray()) as unknown[];
      const bad: unknown[] = [];
      const rewrite: unknown[] = [];
      rows.forEach((row, i) => {
        if (table.name === 'settings' && (row as { key?: unknown }).key === QUARANTINE_KEY) return;
        const problem = rowProblem(table.name, row);
        if (problem) {
          found.push({ table: table.name, at, problem, row });
          bad.push(keys[i]);
        } else if (table.name === 'invoiceBlocks') {
          // A block is many invoices: only its bad ones go, the block is written back without them.
          const block = row as { id: number; rows: unknown[] };
          const keep = block.rows.filter((r) => {
            let p = firstProblem(invoice, r);
            const id = p ? '' : (r as { id: string }).id;
            // The same invoice in two blocks: memory would keep one at random; the later one goes.
            if (!p && invoiceIds.has(id)) p = { field: 'id', problem: 'duplicate-id' };
            if (p) found.push({ table: 'invoices', at, problem: p, row: r });
            else invoiceIds.add(id);
            return !p;
          });
          if (keep.length !== block.rows.length) rewrite.push({ ...block, rows: keep });
        }
      });
      if (bad.length) await table.bulkDelete(bad as never[]);
      if (rewrite.length) await table.bulkPut(rewrite as never[]);
    }
    if (found.length === 0) return 0;
    const old = (await db.settings.get(QUARANTINE_KEY))?.value;
    await db.settings.put({ key: QUARANTINE_KEY, value: [...(Array.isArray(old) ? old : []), ...found] });
    return found.length;
  });
}

/** The rows set aside so far. */
export async function quarantined(db: OverdueDb): Promise<QuarantinedRow[]> {
  const value = (await db.settings.get(QUARANTINE_KEY))?.value;
  return Array.isArray(value) ? (value as QuarantinedRow[]) : [];
}
