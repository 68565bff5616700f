// Loading tolerates bad rows: as the book is read, every stored row is checked against its schema
// (records.ts) and the ones that do not fit are moved, in one transaction, into the setting
// `quarantine` — out of the way of the screens, yet kept in every backup and downloadable on their own.
import { invoiceProblem, rowProblem, type RowProblem } from './records';
import type { OverdueDb } from './schema';
import { IdMap } from '../domain/id-map';

export const QUARANTINE_KEY = 'quarantine';

export interface QuarantinedRow {
  table: string;
  /** When it was set aside (ISO timestamp). */
  at: string;
  problem: RowProblem;
  row: unknown;
}

/** What one table's stored rows hold that does not fit (nothing is written here). */
export interface TableScan {
  /** The rows set aside, with their problems. */
  found: QuarantinedRow[];
  /** Positions (in the rows given) of the rows that go whole. */
  bad: number[];
  /** Invoice blocks that stay, without their bad invoices. */
  rewrite: { id: number; rows: unknown[] }[];
}

/**
 * Checks one table's stored rows against their schemas. `invoiceIds` carries the invoice ids seen in the
 * blocks scanned so far, with their block (the same invoice in two blocks: memory would keep one at
 * random; the later goes). A clean load hands that map on as the table's own index.
 */
export function scanTable(
  table: string,
  rows: readonly unknown[],
  invoiceIds: Map<string, number>,
  at: string,
): TableScan {
  const scan: TableScan = { found: [], bad: [], rewrite: [] };
  const customerIds = new Map<string, number>();
  // A block is many rows (invoices, or a bucket of customers): only its bad ones go, the block is
  // written back without them. `seen`: the ids met so far, with their block (a later copy goes).
  const keepGood = (
    block: { id: number; rows: unknown[] },
    rowTable: string,
    problemOf: (r: unknown) => RowProblem | null,
    seen: Map<string, number>,
  ): void => {
    const keep = block.rows.filter((r) => {
      let p = problemOf(r);
      const id = p ? '' : (r as { id: string }).id;
      if (!p && seen.has(id)) p = { field: 'id', problem: 'duplicate-id' };
      if (p) scan.found.push({ table: rowTable, at, problem: p, row: r });
      else seen.set(id, block.id);
      return !p;
    });
    if (keep.length !== block.rows.length) scan.rewrite.push({ ...block, rows: keep });
  };
  rows.forEach((row, i) => {
    if (table === 'settings' && (row as { key?: unknown }).key === QUARANTINE_KEY) return;
    const problem = rowProblem(table, row);
    if (problem) {
      scan.found.push({ table, at, problem, row });
      scan.bad.push(i);
    } else if (table === 'invoiceBlocks')
      keepGood(row as { id: number; rows: unknown[] }, 'invoices', invoiceProblem, invoiceIds);
    else if (table === 'customerBlocks')
      keepGood(
        row as { id: number; rows: unknown[] },
        'customers',
        (r) => rowProblem('customers', r),
        customerIds,
      );
  });
  return scan;
}

/** Moves every stored row that does not fit its schema into the quarantine; returns how many it moved. */
export async function quarantineBadRows(db: OverdueDb, now = new Date()): Promise<number> {
  const at = now.toISOString();
  return db.transaction('rw', db.tables, async () => {
    const found: QuarantinedRow[] = [];
    const invoiceIds = new IdMap<number>();
    for (const table of db.tables) {
      // The change log is the tabs' bookkeeping, not data: it is never set aside.
      if (table.name === 'changeLog') continue;
      const keys = await table.toCollection().primaryKeys();
      const scan = scanTable(table.name, (await table.toArray()) as unknown[], invoiceIds, at);
      found.push(...scan.found);
      if (scan.bad.length) await table.bulkDelete(scan.bad.map((i) => keys[i]) as never[]);
      if (scan.rewrite.length) await table.bulkPut(scan.rewrite as never[]);
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
