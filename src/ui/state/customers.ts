// Per-customer figures for the customers grid and the customer page, from the shared ledger view.
import type { Book } from '../../db/book';
import type { Customer, IsoDate } from '../../domain/types';
import { ledgerView } from './ledger';
import { termsText } from '../pages/customer-edits';
import { customerBehaviour } from './behaviour';

export interface CustomerRow {
  customer: Customer;
  terms: string;
  /** Open and overdue balances in the customer's own currency (other currencies are listed apart). */
  open: number;
  overdue: number;
  openInvoices: number;
  oldestDaysLate: number;
  otherCurrencies: boolean;
  category: string;
}

let cache: { key: string; rows: CustomerRow[] } | null = null;

export function customerSummaries(book: Book, version: number, asOf: IsoDate): CustomerRow[] {
  const key = `${version}|${asOf}`;
  if (cache?.key === key) return cache.rows;
  const view = ledgerView(book, version, asOf);
  const acc = new Map<string, { open: number; overdue: number; n: number; oldest: number; other: boolean }>();
  for (const c of book.list('customers'))
    acc.set(c.id, { open: 0, overdue: 0, n: 0, oldest: 0, other: false });
  for (const r of view.rows) {
    if (r.open === 0) continue;
    const a = acc.get(r.customerId);
    const c = view.customers.get(r.customerId);
    if (!a || !c) continue;
    if (r.currency !== c.currency) {
      a.other = true;
      continue;
    }
    a.open += r.open;
    a.n++;
    if (r.daysLate > 0) a.overdue += r.open;
    if (r.daysLate > a.oldest) a.oldest = r.daysLate;
  }
  const behaviour = customerBehaviour(book, version, asOf);
  const rows = book.list('customers').map((c) => {
    const a = acc.get(c.id) ?? { open: 0, overdue: 0, n: 0, oldest: 0, other: false };
    return {
      customer: c,
      terms: termsText(c),
      open: a.open,
      overdue: a.overdue,
      openInvoices: a.n,
      oldestDaysLate: a.oldest,
      otherCurrencies: a.other,
      category: behaviour.get(c.id)?.category ?? 'new',
    };
  });
  cache = { key, rows };
  return rows;
}
