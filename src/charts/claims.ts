// Late interest and fixed compensation that could be claimed at the as-of date, per currency.
//
// Hook: this counts open overdue invoices only (interest to the as-of date from the read model, the
// domain's `fixedCompensation` per late invoice, business debtors). Invoices already paid late keep
// their interest and compensation as claimable until charged, waived or written off (rules.md §2);
// the domain branch's `claimTotals` gives that figure — once merged, `claimable` should call it instead.
import { fixedCompensation } from '../domain/fees';
import type { Customer, Invoice, Jurisdiction } from '../domain/types';
import type { InvoiceRow } from '../model/read-model';

export interface Claimable {
  interest: number;
  compensation: number;
  /** Overdue invoices counted. */
  count: number;
}

export function claimable(
  rows: readonly InvoiceRow[],
  currency: string,
  customers: ReadonlyMap<string, Customer>,
  jurisdictionOf: (c: Customer) => Jurisdiction,
  interestOf: (invoice: Invoice) => number,
): Claimable {
  const out: Claimable = { interest: 0, compensation: 0, count: 0 };
  for (const r of rows) {
    if (r.open <= 0 || r.daysLate <= 0 || r.currency !== currency) continue;
    const c = customers.get(r.customerId);
    if (!c) continue;
    out.count++;
    out.interest += interestOf(r.invoice);
    const comp = fixedCompensation({
      jurisdiction: jurisdictionOf(c),
      debtor: c.debtor,
      amount: r.amount,
      currency: r.currency,
    });
    if (comp && comp.currency === currency) out.compensation += comp.amount;
  }
  return out;
}
