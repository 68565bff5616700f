// Checks every row of a backup before a restore writes anything: each row against its schema
// (records.ts), ids unique per table, and the references that must resolve — the customer of every
// invoice, payment and adjustment, the invoice of every allocation.
import { dataSize } from './evidence-files';
import { invoiceProblem, rowProblem, type FieldProblem } from './records';

/** One bad record, as the message names it: where it is, which field, what is wrong. */
export interface RecordIssue {
  /** The table ('invoices' and 'customers' for the rows packed inside invoiceBlocks and customerBlocks). */
  table: string;
  /** Position of the row in its table (0-based), or in the list of all invoices or all customers. */
  index: number;
  id?: string;
  field: string;
  problem: FieldProblem;
}

export interface TablesCheck {
  /** The first few problems, in table order. */
  issues: RecordIssue[];
  /** How many rows have a problem in all. */
  total: number;
}

/** How many problems a message names at most. */
export const SHOWN_ISSUES = 5;

function idOf(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const id = (row as { id?: unknown; key?: unknown }).id ?? (row as { key?: unknown }).key;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** Every problem of a backup's tables (already known to be arrays), the first few kept. */
export function checkTables(tables: Record<string, unknown[]>): TablesCheck {
  const issues: RecordIssue[] = [];
  let total = 0;
  const add = (issue: RecordIssue) => {
    total++;
    if (issues.length < SHOWN_ISSUES) issues.push(issue);
  };
  const byTable = (table: string) => tables[table] ?? [];

  // Each row on its own, and ids unique within each table.
  for (const [table, rows] of Object.entries(tables)) {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const p = rowProblem(table, row);
      const id = idOf(row);
      if (p) add({ table, index, id, ...p });
      else if (id !== undefined) {
        if (seen.has(id))
          add({ table, index, id, field: table === 'settings' ? 'key' : 'id', problem: 'duplicate-id' });
        seen.add(id);
      }
    });
  }

  // The customers inside their buckets: schema and unique ids (an index counts every customer).
  const customerIds = new Set<string>();
  let at = 0;
  for (const bucket of byTable('customerBlocks')) {
    const rows = (bucket as { rows?: unknown }).rows;
    if (!Array.isArray(rows)) continue;
    for (const row of rows) {
      const p = rowProblem('customers', row);
      const id = idOf(row);
      // (A customer with a bad field is still there for its invoices: one problem, said once.)
      if (p) {
        add({ table: 'customers', index: at, id, ...p });
        if (id !== undefined) customerIds.add(id);
      } else if (customerIds.has(id as string))
        add({ table: 'customers', index: at, id, field: 'id', problem: 'duplicate-id' });
      else customerIds.add(id as string);
      at++;
    }
  }

  // The invoices inside the blocks: schema, unique ids, and their customers.
  const invoiceIds = new Set<string>();
  let index = 0;
  for (const block of byTable('invoiceBlocks')) {
    const rows = (block as { rows?: unknown }).rows;
    if (!Array.isArray(rows)) continue;
    for (const row of rows) {
      const p = invoiceProblem(row);
      const id = idOf(row);
      if (p) add({ table: 'invoices', index, id, ...p });
      else if (invoiceIds.has(id as string))
        add({ table: 'invoices', index, id, field: 'id', problem: 'duplicate-id' });
      else {
        invoiceIds.add(id as string);
        if (!customerIds.has((row as { customerId: string }).customerId))
          add({ table: 'invoices', index, id, field: 'customerId', problem: 'unknown-customer' });
      }
      index++;
    }
  }

  // References of rows that passed their own check.
  byTable('payments').forEach((row, i) => {
    if (rowProblem('payments', row)) return;
    const p = row as { id: string; customerId?: string; allocations: { invoiceId: string }[] };
    if (p.customerId !== undefined && !customerIds.has(p.customerId))
      add({ table: 'payments', index: i, id: p.id, field: 'customerId', problem: 'unknown-customer' });
    else {
      const a = p.allocations.findIndex((x) => !invoiceIds.has(x.invoiceId));
      if (a >= 0)
        add({
          table: 'payments',
          index: i,
          id: p.id,
          field: `allocations.${a}.invoiceId`,
          problem: 'unknown-invoice',
        });
      // A payment applies at most what it is (the rest is on account): a sign that cannot mix.
      else if (overAllocated(p as unknown as { amount: number; allocations: { amount: number }[] }))
        add({ table: 'payments', index: i, id: p.id, field: 'allocations', problem: 'over-allocated' });
    }
  });
  byTable('adjustments').forEach((row, i) => {
    if (rowProblem('adjustments', row)) return;
    const a = row as { id: string; customerId: string; amount: number };
    if (!customerIds.has(a.customerId))
      add({ table: 'adjustments', index: i, id: a.id, field: 'customerId', problem: 'unknown-customer' });
    // Credit notes, write-offs and fees are positive amounts: their kind says which way they go.
    else if (a.amount < 0)
      add({ table: 'adjustments', index: i, id: a.id, field: 'amount', problem: 'negative' });
  });
  // The contact log, plans, offers and letters belong to customers the backup holds.
  for (const table of ['activities', 'plans', 'settlements', 'letters'] as const)
    byTable(table).forEach((row, i) => {
      if (rowProblem(table, row)) return;
      const r = row as { id: string; customerId: string };
      if (!customerIds.has(r.customerId))
        add({ table, index: i, id: r.id, field: 'customerId', problem: 'unknown-customer' });
    });
  // Evidence: the entry and the customer it belongs to, and bytes that are all there.
  const activityIds = new Set(byTable('activities').map(idOf));
  byTable('evidence').forEach((row, i) => {
    if (rowProblem('evidence', row)) return;
    const e = row as { id: string; activityId: string; customerId: string; size: number; data: unknown };
    if (!activityIds.has(e.activityId))
      add({ table: 'evidence', index: i, id: e.id, field: 'activityId', problem: 'unknown-activity' });
    else if (!customerIds.has(e.customerId))
      add({ table: 'evidence', index: i, id: e.id, field: 'customerId', problem: 'unknown-customer' });
    else if (dataSize(e.data) !== e.size)
      add({ table: 'evidence', index: i, id: e.id, field: 'data', problem: 'type' });
  });
  return { issues, total };
}

/** Allocations that add up to more than the payment, in its direction (a refund's are negative). */
function overAllocated(p: { amount: number; allocations: { amount: number }[] }): boolean {
  const applied = p.allocations.reduce((sum, a) => sum + a.amount, 0);
  return p.amount >= 0 ? applied > p.amount : applied < p.amount;
}
