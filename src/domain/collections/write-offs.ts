// Write-offs (issue #10, item 8): one or many invoices, with a reason and a date, reversible (a
// reversal is the write-off waived on a date: the balance comes back from that day, and the record
// stays for the report). Listed apart from credit notes, for the accountant.
import type { Adjustment, IsoDate } from '../types';

export interface WriteOffLine {
  adjustmentId: string;
  customerId: string;
  invoiceId: string | null;
  date: IsoDate;
  amount: number;
  currency: string;
  reason: Adjustment['writeOffReason'] | null;
  settlementId: string | null;
  reversedOn: IsoDate | null;
}

/** Write-offs dated within [from, to], oldest first; reversed ones stay listed with their reversal date. */
export function writeOffReport(
  adjustments: readonly Adjustment[],
  from: IsoDate,
  to: IsoDate,
): WriteOffLine[] {
  return adjustments
    .filter((a) => a.kind === 'write-off' && a.date >= from && a.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
    .map((a) => ({
      adjustmentId: a.id,
      customerId: a.customerId,
      invoiceId: a.invoiceId ?? null,
      date: a.date,
      amount: a.amount,
      currency: a.currency,
      reason: a.writeOffReason ?? null,
      settlementId: a.settlementId ?? null,
      reversedOn: a.waived ? (a.waivedOn ?? a.date) : null,
    }));
}

/** Totals per currency of the write-offs still standing on `asOf`. */
export function writeOffTotals(lines: readonly WriteOffLine[], asOf: IsoDate): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lines)
    if (l.reversedOn === null || l.reversedOn > asOf)
      out.set(l.currency, (out.get(l.currency) ?? 0) + l.amount);
  return out;
}
