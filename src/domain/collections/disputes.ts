// Disputes (issue #10, item 5): a contested invoice, or the contested part of it, leaves the queue and
// the interest and fee demands until the dispute is resolved. Disputes live in the contact log (an
// entry of kind 'dispute' opens them, a later one with `resolves` closes them), so the dispute and its
// resolution are evidence like any contact. A dispute entry from before this (no reason given) counts
// as a dispute of the whole of its invoices; so does the invoice's own old `disputed` flag.
import type { Activity, Invoice, IsoDate } from '../types';
import { correctedIds } from './promises';
import type { Dispute } from './types';
import { IdMap } from '../id-map';

/** Every dispute the log records, one per invoice named, with its resolution when there is one. */
export function disputesFromLog(activities: readonly Activity[]): Dispute[] {
  const corrected = correctedIds(activities);
  const resolutions = new Map<string, Activity>();
  for (const a of activities)
    if (a.kind === 'dispute' && a.resolves && !corrected.has(a.id)) {
      const before = resolutions.get(a.resolves);
      if (!before || a.date < before.date) resolutions.set(a.resolves, a);
    }
  const out: Dispute[] = [];
  for (const a of activities) {
    if (a.kind !== 'dispute' || a.resolves || corrected.has(a.id)) continue;
    const r = resolutions.get(a.id);
    for (const invoiceId of a.invoiceIds) {
      const d: Dispute = {
        id: a.id,
        customerId: a.customerId,
        invoiceId,
        reason: a.disputeReason ?? 'other',
        openedOn: a.date,
      };
      // A part amount only makes sense on one invoice.
      if (a.disputeAmount !== undefined && a.invoiceIds.length === 1) d.amount = a.disputeAmount;
      if (r) {
        d.resolvedOn = r.date;
        d.resolution = r.resolution ?? 'for-us';
        d.resolutionId = r.id;
        if (r.creditNoteId) d.creditNoteId = r.creditNoteId;
      }
      out.push(d);
    }
  }
  return out;
}

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
  // Asked of every invoice of a customer: an IdMap (see id-map.ts).
  const out = new IdMap<number | null>();
  for (const inv of invoices) if (inv.disputed) out.set(inv.id, null);
  for (const d of disputes) {
    if (!isDisputeOpen(d, asOf)) continue;
    const before = out.get(d.invoiceId);
    if (before === null || d.amount === undefined) out.set(d.invoiceId, null);
    else out.set(d.invoiceId, (before ?? 0) + d.amount);
  }
  return out;
}

/**
 * How much of `amount` a dispute contests (`disputedAmounts`' value: undefined none, null the whole):
 * never more than `amount`.
 */
export function contestedPart(amount: number, disputed: number | null | undefined): number {
  return disputed === undefined ? 0 : disputed === null ? amount : Math.min(amount, disputed);
}

/** What can be chased of an open balance: the open amount less the disputed part (never below 0). */
export function collectible(open: number, disputed: number | null | undefined): number {
  return disputed === undefined ? open : open - contestedPart(open, disputed);
}

/**
 * The log's disputes by invoice, for the figures of every invoice at any date: what part of an
 * invoice is contested on a date (none, a part, or the whole, as `disputedAmounts`). A book's disputes
 * are few: an invoice none names costs one look-up, and a book with none costs nothing.
 */
export class DisputeIndex {
  private readonly by = new IdMap<Dispute[]>();
  constructor(activities: readonly Activity[]) {
    for (const d of disputesFromLog(activities)) {
      const list = this.by.get(d.invoiceId);
      if (list) list.push(d);
      else this.by.set(d.invoiceId, [d]);
    }
  }

  /**
   * Whether a dispute may concern the invoice at some date: the log names it (open or not), or its old
   * `disputed` flag is set. Its figures are then reckoned exactly, never by a shortcut.
   */
  concerns(invoice: Pick<Invoice, 'id' | 'disputed'>): boolean {
    return invoice.disputed === true || (this.by.size > 0 && this.by.has(invoice.id));
  }

  /** The invoice ids the log's disputes name. */
  invoiceIds(): IterableIterator<string> {
    return this.by.keys();
  }

  /** What the disputes of one invoice say, to tell whether they changed (a write to the log). */
  signature(invoiceId: string): string {
    return JSON.stringify(this.by.get(invoiceId) ?? []);
  }

  /**
   * The contested part of the invoice on `asOf`, in minor units of its amount: 0 when none is, the
   * whole amount when it is disputed whole (or by its old `disputed` flag).
   */
  contested(invoice: Pick<Invoice, 'id' | 'amount' | 'disputed'>, asOf: IsoDate): number {
    if (invoice.disputed) return invoice.amount;
    const list = this.by.size > 0 ? this.by.get(invoice.id) : undefined;
    if (!list) return 0;
    return contestedPart(invoice.amount, disputedAmounts(list, asOf).get(invoice.id));
  }
}
