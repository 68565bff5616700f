// Disputes (issue #10, item 5): a contested invoice, or the contested part of it, leaves the queue and
// the interest and fee demands until the dispute is resolved. The invoice's old `disputed` flag (set
// before disputes were records) counts as a dispute of the whole invoice.
import type { Invoice, IsoDate } from '../types';
import type { Dispute } from './types';

/** The dispute is open on `asOf`: opened by then and not yet resolved. */
export function isDisputeOpen(d: Dispute, asOf: IsoDate): boolean {
  return d.openedOn <= asOf && (d.resolvedOn === undefined || d.resolvedOn > asOf);
}

/** Invoice id → disputed amount on `asOf` (`null` = the whole invoice). */
export function disputedAmounts(
  disputes: readonly Dispute[],
  asOf: IsoDate,
  invoices: readonly Pick<Invoice, 'id' | 'disputed'>[] = [],
): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const inv of invoices) if (inv.disputed) out.set(inv.id, null);
  for (const d of disputes) {
    if (!isDisputeOpen(d, asOf)) continue;
    const before = out.get(d.invoiceId);
    if (before === null || d.amount === undefined) out.set(d.invoiceId, null);
    else out.set(d.invoiceId, (before ?? 0) + d.amount);
  }
  return out;
}

/** What can be chased of an open balance: the open amount less the disputed part (never below 0). */
export function collectible(open: number, disputed: number | null | undefined): number {
  if (disputed === undefined) return open;
  if (disputed === null) return 0;
  return Math.max(0, open - disputed);
}
