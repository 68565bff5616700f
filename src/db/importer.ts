// Writing an import: one change set, committed in one transaction (all rows or none), recorded as an
// import batch that can be undone as a whole.
import type { ImportBatch, Invoice } from '../domain/types';
import type { ImportKind, ImportResult } from '../csv/rows-to-records';
import type { Book, ChangeSet } from './book';
import type { BankLine } from './schema';

/** Hex SHA-256 of a file's bytes: the same file imported twice is recognised by it. */
export async function fileHash(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function findBatchByHash(book: Book, hash: string): ImportBatch | undefined {
  return book.list('imports').find((b) => b.fileHash === hash && !b.undone);
}

export interface StoredBatch extends ImportBatch {
  /** Invoices this import replaced, as they were before: undo puts them back. */
  replaced?: Invoice[];
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
  },
): ChangeSet {
  const record: StoredBatch = {
    ...batch,
    created: {
      invoices: result.invoices.length - result.replaced.length,
      customers: result.customers.length,
      payments: result.payments.length,
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

/** The change set that takes a whole import back out: what it created goes, what it replaced returns. */
export function undoImportChangeSet(book: Book, batchId: string): ChangeSet {
  const batch = book.get('imports', batchId) as StoredBatch | undefined;
  if (!batch) throw new Error(`importer: no import batch ${batchId}`);
  const replacedIds = new Set((batch.replaced ?? []).map((i) => i.id));
  const mine = <T extends { id: string; importBatchId?: string }>(rows: T[]) =>
    rows.filter((r) => r.importBatchId === batchId && !replacedIds.has(r.id)).map((r) => r.id);
  const invoiceIds = mine(book.list('invoices'));
  const invoiceSet = new Set(invoiceIds);
  // Customers the import created stay when other records now point at them.
  const customersInUse = new Set<string>();
  for (const i of book.list('invoices')) if (!invoiceSet.has(i.id)) customersInUse.add(i.customerId);
  for (const p of book.list('payments'))
    if (p.customerId && p.importBatchId !== batchId) customersInUse.add(p.customerId);
  const customerIds = mine(book.list('customers')).filter((id) => !customersInUse.has(id));
  // Payments confirmed from the import's bank lines go with them.
  const bankLines = book.list('bankLines').filter((l) => l.importBatchId === batchId);
  const paymentIds = new Set(mine(book.list('payments')));
  for (const l of bankLines) if (l.paymentId) paymentIds.add(l.paymentId);
  return {
    imports: { put: [{ ...batch, undone: true }] },
    invoices: { put: batch.replaced ?? [], delete: invoiceIds },
    customers: { delete: customerIds },
    payments: { delete: [...paymentIds] },
    adjustments: { delete: mine(book.list('adjustments')) },
    bankLines: { delete: bankLines.map((l) => l.id) },
  };
}
