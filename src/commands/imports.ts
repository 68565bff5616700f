// An import written as one change set (all rows or none), recorded as a batch, and its undo. The rows
// were converted against the book as it was when the preview was made: if what they depend on changed
// since (another tab imported the same invoices), the import is refused so the preview can be redone.
import type { ImportKind, ImportResult } from '../csv/rows-to-records';
import type { RowError } from '../csv/types';
import type { Adjustment, ImportBatch } from '../domain/types';
import type { ChangeSet } from '../db/change-set';
import type { StoredBatch } from '../db/importer';
import type { BankLine } from '../db/schema';
import { msg } from './message';
import type { CommandResult, Ctx, Snapshot } from './types';
import { settlingInvoices } from './collections/shared';
import { IdMap } from '../domain/id-map';

export interface ImportInput {
  result: ImportResult;
  batch: {
    id: string;
    kind: ImportKind;
    fileName: string;
    fileHash: string;
    importedAt: string;
    rowCount: number;
    /** Rows with problems left out (`rowsLeftOut`). */
    skippedRows?: number;
  };
}

/**
 * Rows with problems an import leaves out: those the converter refused, and those the reader could
 * not split into the header's fields (each on its line; a bad byte alone leaves its row in).
 */
export function rowsLeftOut(readErrors: readonly RowError[], result: Pick<ImportResult, 'counts'>): number {
  const lines = new Set<number>();
  for (const e of readErrors) if (e.code !== 'bad-encoding') lines.add(e.line);
  return result.counts.error + lines.size;
}

export function importRecords(snapshot: Snapshot, input: ImportInput): CommandResult {
  const label = msg('import.undo.label', { file: input.batch.fileName });
  const replaced = new Set(input.result.replaced.map((i) => i.id));
  // Every stored invoice's number: an IdMap (see id-map.ts), or a million numbers stay in V8's string table.
  const numbers = new IdMap(snapshot.list('invoices').map((i) => [i.number, i.id] as const));
  // (With no invoice stored and none replaced, no number can clash: a million new ones are not looked up.)
  const stale =
    snapshot.get('imports', input.batch.id) !== undefined ||
    ((numbers.size > 0 || replaced.size > 0) &&
      input.result.invoices.some((i) => {
        const stored = numbers.get(i.number);
        return replaced.has(i.id) ? stored !== i.id : stored !== undefined && stored !== i.id;
      })) ||
    input.result.customers.some((c) => snapshot.get('customers', c.id) !== undefined);
  if (stale) return { change: {}, errors: [{ error: msg('import.error.stale') }], label };
  return { change: importChangeSet(input.result, input.batch), errors: [], label };
}

export function undoImport(snapshot: Snapshot, batchId: string, ctx: Pick<Ctx, 'today'>): CommandResult {
  const batch = snapshot.get('imports', batchId);
  const label = msg('import.undo.label', { file: batch?.fileName ?? '' });
  if (!batch || batch.undone) return { change: {}, errors: [], label };
  const change = undoImportChangeSet(snapshot, batchId);
  // An agreement still running on its invoices (a plan being kept or proposed, an offer still open) is
  // the user's to end, not the undo's; one that has ended keeps the numbers it was made with.
  const gone = new Set(change.invoices?.delete ?? []);
  const { planned, offered } = settlingInvoices(snapshot, ctx.today);
  if ([...gone].some((id) => planned.has(id) || offered.has(id)))
    return { change: {}, errors: [{ error: msg('import.undo.inPlan', { file: batch.fileName }) }], label };
  return { change, errors: [], label };
}

export function findBatchByHash(book: Snapshot, hash: string): ImportBatch | undefined {
  return book.list('imports').find((b) => b.fileHash === hash && !b.undone);
}

export function importChangeSet(
  result: ImportResult,
  batch: {
    id: string;
    kind: ImportKind;
    fileName: string;
    fileHash: string;
    importedAt: string;
    rowCount: number;
    skippedRows?: number;
  },
): ChangeSet {
  const credits = result.adjustments.filter((a) => a.kind === 'credit-note').length;
  const record: StoredBatch = {
    ...batch,
    importedRows: result.counts.new + result.counts.update,
    // What the history says of the file's rows besides those written: invoices updated in place, rows
    // already stored as they are, and an invoice's further lines (added to its first line's invoice).
    updatedRows: result.counts.update,
    unchangedRows: result.counts.same,
    lineRows: result.counts.line,
    created: {
      invoices: result.invoices.length - result.replaced.length,
      customers: result.customers.length,
      payments: result.payments.length,
      bankLines: result.bankLines.length,
      // (Only when there are some: the batches of other files, and those stored before, have none.)
      ...(credits > 0 ? { creditNotes: credits } : {}),
    },
    ...(result.replaced.length ? { replaced: result.replaced } : {}),
  };
  return {
    imports: { put: [record] },
    customers: { put: result.customers },
    invoices: { put: result.invoices },
    payments: { put: result.payments },
    adjustments: { put: result.adjustments },
    bankLines: { put: result.bankLines as BankLine[] },
  };
}

/**
 * The change set that takes a whole import back out: what it created goes, what it replaced returns.
 * What else points at the invoices that go is kept, and let go of them: a payment's allocation to one
 * puts that part on the customer's account, a credit note stays on the account, a fee or write-off on
 * it goes with it, a contact-log entry forgets it. A customer the import created stays while anything
 * still points at it. So the book never refers to a record it does not hold (a backup restores).
 */
export function undoImportChangeSet(book: Snapshot, batchId: string): ChangeSet {
  const batch = book.get('imports', batchId) as StoredBatch | undefined;
  if (!batch) throw new Error(`importer: no import batch ${batchId}`);
  const replacedIds = new Set((batch.replaced ?? []).map((i) => i.id));
  const mine = <T extends { id: string; importBatchId?: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.importBatchId === batchId && !replacedIds.has(r.id)).map((r) => r.id);
  const invoiceIds = mine(book.list('invoices'));
  const invoiceSet = new Set(invoiceIds);
  // Payments confirmed from the import's bank lines go with them.
  const bankLines = book.list('bankLines').filter((l) => l.importBatchId === batchId);
  const paymentIds = new Set(mine(book.list('payments')));
  for (const l of bankLines) if (l.paymentId) paymentIds.add(l.paymentId);
  const adjustmentIds = new Set(mine(book.list('adjustments')));

  const payments = book
    .list('payments')
    .filter((p) => !paymentIds.has(p.id) && p.allocations.some((a) => invoiceSet.has(a.invoiceId)))
    .map((p) => ({ ...p, allocations: p.allocations.filter((a) => !invoiceSet.has(a.invoiceId)) }));
  const adjustmentsKept: Adjustment[] = [];
  for (const a of book.list('adjustments')) {
    if (adjustmentIds.has(a.id) || !a.invoiceId || !invoiceSet.has(a.invoiceId)) continue;
    if (a.kind === 'credit-note') {
      const { invoiceId: _gone, ...onAccount } = a;
      adjustmentsKept.push(onAccount);
    } else adjustmentIds.add(a.id);
  }
  const activities = book
    .list('activities')
    .filter((a) => a.invoiceIds.some((id) => invoiceSet.has(id)))
    .map((a) => ({ ...a, invoiceIds: a.invoiceIds.filter((id) => !invoiceSet.has(id)) }));

  // Customers the import created stay when other records now point at them.
  const customersInUse = new Set<string>();
  for (const i of book.list('invoices')) if (!invoiceSet.has(i.id)) customersInUse.add(i.customerId);
  for (const p of book.list('payments'))
    if (p.customerId && !paymentIds.has(p.id)) customersInUse.add(p.customerId);
  for (const a of book.list('adjustments')) if (!adjustmentIds.has(a.id)) customersInUse.add(a.customerId);
  for (const name of ['activities', 'plans', 'settlements', 'letters', 'evidence'] as const)
    for (const r of book.list(name)) customersInUse.add(r.customerId);
  const customerIds = mine(book.list('customers')).filter((id) => !customersInUse.has(id));
  return {
    imports: { put: [{ ...batch, undone: true }] },
    invoices: { put: batch.replaced ?? [], delete: invoiceIds },
    customers: { delete: customerIds },
    payments: { put: payments, delete: [...paymentIds] },
    adjustments: { put: adjustmentsKept, delete: [...adjustmentIds] },
    bankLines: { delete: bankLines.map((l) => l.id) },
    ...(activities.length ? { activities: { put: activities } } : {}),
  };
}
