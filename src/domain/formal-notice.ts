// A formal notice (mise en demeure, messa in mora) sent on a day: it starts a French consumer's
// legal-rate interest (rules.md "Consumers"), so the invoices it covers carry its date. The first notice
// counts: an invoice that already has an earlier one keeps it.

import type { Invoice, IsoDate } from './types';

/**
 * The invoices a formal notice of `customerId` sent on `date` covers, with `formalNoticeDate` set: the
 * ones named, or else every invoice of the customer already due by then. Unchanged ones are left out.
 */
export function withFormalNotice(
  invoices: readonly Invoice[],
  customerId: string,
  date: IsoDate,
  invoiceIds: readonly string[] = [],
): Invoice[] {
  const named = new Set(invoiceIds);
  const out: Invoice[] = [];
  for (const inv of invoices) {
    if (inv.customerId !== customerId) continue;
    if (named.size > 0 ? !named.has(inv.id) : inv.dueDate >= date) continue;
    if (inv.formalNoticeDate !== undefined && inv.formalNoticeDate <= date) continue;
    out.push({ ...inv, formalNoticeDate: date });
  }
  return out;
}
