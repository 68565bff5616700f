// A ledger index brought up to date after a few payments or adjustments changed, without rebuilding it
// from every payment: the changed sources' entries are taken out of the invoices and accounts they
// touched (before and after the change) and their new entries put in.
import { buildLedgerIndex, type LedgerIndex } from '../domain/balance';
import type { Adjustment, Payment } from '../domain/types';

export interface LedgerPatch {
  /** Ids of payments and adjustments whose entries are replaced (changed or deleted). */
  sources: ReadonlySet<string>;
  /** Their current versions (deleted ones absent). */
  payments: readonly Payment[];
  adjustments: readonly Adjustment[];
  /** Invoices and accounts (customer ids, '' for none) the old versions touched. */
  oldInvoices: Iterable<string>;
  oldAccounts: Iterable<string>;
}

/** Applies the patch to `ledger` in place; returns the invoice ids and customer ids whose entries changed. */
export function patchLedger(
  ledger: LedgerIndex,
  patch: LedgerPatch,
): { invoices: Set<string>; accounts: Set<string> } {
  const fresh = buildLedgerIndex(patch.payments, patch.adjustments);
  const invoices = new Set([...patch.oldInvoices, ...fresh.byInvoice.keys()]);
  const accounts = new Set([...patch.oldAccounts, ...fresh.accounts.keys()]);
  for (const id of invoices) {
    const kept = (ledger.byInvoice.get(id) ?? []).filter((e) => !patch.sources.has(e.sourceId));
    const list = [...kept, ...(fresh.byInvoice.get(id) ?? [])].sort((a, b) => a.day - b.day);
    if (list.length) ledger.byInvoice.set(id, list);
    else ledger.byInvoice.delete(id);
  }
  for (const id of accounts) {
    const kept = (ledger.accounts.get(id) ?? []).filter((e) => !patch.sources.has(e.sourceId));
    const list = [...kept, ...(fresh.accounts.get(id) ?? [])].sort((a, b) => a.day - b.day);
    if (list.length) ledger.accounts.set(id, list);
    else ledger.accounts.delete(id);
  }
  return { invoices, accounts };
}
