// The invoice preview of an import, as the invoices will be stored: customer, paid (and the date a
// paid part gets as a payment) and open, from the records the import makes and, for an invoice it
// updates, what is already paid on it.
import type { ImportResult } from '../../csv/rows-to-records';

export interface PreviewInvoice {
  id: string;
  number: string;
  customer: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  amount: number;
  /** Paid on it after the import (payments the file makes, plus what is already stored). */
  paid: number;
  /** The dates of the payments the import makes for it (the payment date or the issue date). */
  paidOn: string[];
  open: number;
}

/** A credit note the import makes (a row of a negative amount), as the preview lists it. */
export interface PreviewCreditNote {
  id: string;
  number: string;
  customer: string;
  date: string;
  currency: string;
  /** Negative: what it takes off the customer's balance. */
  amount: number;
}

/** The credit notes an invoice list makes (rows of a negative amount, kept as adjustments). */
export function previewCreditNotes(
  result: Pick<ImportResult, 'adjustments' | 'customers'>,
  stored: { customerName: (id: string) => string | undefined },
  limit = 20,
): PreviewCreditNote[] {
  const names = new Map(result.customers.map((c) => [c.id, c.name]));
  return result.adjustments
    .filter((a) => a.kind === 'credit-note')
    .slice(0, limit)
    .map((a) => ({
      id: a.id,
      number: a.number ?? '',
      customer: names.get(a.customerId) ?? stored.customerName(a.customerId) ?? '',
      date: a.date,
      currency: a.currency,
      amount: -a.amount,
    }));
}

export function previewInvoices(
  result: Pick<ImportResult, 'invoices' | 'customers' | 'payments'>,
  stored: { customerName: (id: string) => string | undefined; paidOn: (invoiceId: string) => number },
  limit = 20,
): PreviewInvoice[] {
  const names = new Map(result.customers.map((c) => [c.id, c.name]));
  const shown = result.invoices.slice(0, limit);
  const wanted = new Set(shown.map((i) => i.id));
  const paid = new Map<string, { amount: number; dates: string[] }>();
  for (const p of result.payments)
    for (const a of p.allocations) {
      if (!wanted.has(a.invoiceId)) continue;
      const e = paid.get(a.invoiceId) ?? { amount: 0, dates: [] };
      e.amount += a.amount;
      if (!e.dates.includes(p.date)) e.dates.push(p.date);
      paid.set(a.invoiceId, e);
    }
  return shown.map((inv) => {
    const fromFile = paid.get(inv.id);
    const total = (fromFile?.amount ?? 0) + stored.paidOn(inv.id);
    return {
      id: inv.id,
      number: inv.number,
      customer: names.get(inv.customerId) ?? stored.customerName(inv.customerId) ?? '',
      issueDate: inv.issueDate,
      dueDate: inv.dueDate,
      currency: inv.currency,
      amount: inv.amount,
      paid: total,
      paidOn: fromFile?.dates ?? [],
      open: Math.max(0, inv.amount - total),
    };
  });
}
