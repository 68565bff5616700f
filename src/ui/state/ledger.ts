// What the screens show about invoices, derived from the book with the money rules: balances, days
// late, aging bucket, interest to date. Computed once per (book version, as-of date) and shared.
import { buildLedgerIndex, invoiceBalance, openBalances, type LedgerIndex } from '../../domain/balance';
import { agingBucketOf, DEFAULT_DUE_BOUNDS } from '../../domain/aging';
import { dayNumber, fromDayNumber } from '../../domain/dates';
import { lateInterest, type InterestResult } from '../../domain/interest';
import { interestCache, type InterestCache } from '../../domain/interest-fast';
import { invoiceInterestRule } from '../../domain/governing';
import type { Customer, Invoice, IsoDate } from '../../domain/types';
import type { Book } from '../../db/book';
import type { RateTables } from '../../domain/rates/index';

export const BUCKET_LABELS = ['Not yet due', '1–30', '31–60', '61–90', '91–120', 'Over 120'];

export interface InvoiceRow {
  id: string;
  invoice: Invoice;
  number: string;
  customerId: string;
  customerName: string;
  creditHold: boolean;
  issueDate: string;
  dueDate: string;
  currency: string;
  amount: number;
  open: number;
  daysLate: number;
  bucket: string;
  status: string;
}

export interface LedgerView {
  key: string;
  ledger: LedgerIndex;
  rows: InvoiceRow[];
  customers: Map<string, Customer>;
  /** Interest per unit of principal, by (rule, due date), for invoices nothing has reduced: see interestTotal. */
  interestCache: InterestCache;
  /** The reference-rate tables in force (the user's edits, or the shipped ones). */
  rates: RateTables;
}

let cache: LedgerView | null = null;

export function ledgerView(book: Book, version: number, asOf: IsoDate): LedgerView {
  const key = `${version}|${asOf}`;
  if (cache?.key === key) return cache;
  const invoices = book.list('invoices');
  const ledger = buildLedgerIndex(book.list('payments'), book.list('adjustments'));
  const { open } = openBalances(invoices, ledger, asOf);
  const customers = new Map(book.list('customers').map((c) => [c.id, c]));
  const asOfDay = dayNumber(asOf);
  const dueDays = new Map<string, number>();
  const rows: InvoiceRow[] = new Array(invoices.length);
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i] as Invoice;
    let due = dueDays.get(inv.dueDate);
    if (due === undefined) dueDays.set(inv.dueDate, (due = dayNumber(inv.dueDate)));
    const o = open[i] ?? 0;
    const late = o > 0 ? asOfDay - due : 0;
    const c = customers.get(inv.customerId);
    rows[i] = {
      id: inv.id,
      invoice: inv,
      number: inv.number,
      customerId: inv.customerId,
      customerName: c?.name ?? '(unknown customer)',
      creditHold: c?.creditHold ?? false,
      issueDate: inv.issueDate,
      dueDate: inv.dueDate,
      currency: inv.currency,
      amount: inv.amount,
      open: o,
      daysLate: late > 0 ? late : 0,
      bucket: o > 0 ? (BUCKET_LABELS[agingBucketOf(late, DEFAULT_DUE_BOUNDS)] ?? '') : '',
      status: inv.disputed ? 'disputed' : o === 0 ? 'paid' : late > 0 ? 'overdue' : 'open',
    };
  }
  cache = { key, ledger, rows, customers, interestCache: interestCache(asOf, book.rates), rates: book.rates };
  return cache;
}

/** Late interest on one invoice to the as-of date, by its customer's rule (contract rate or statutory). */
export function invoiceInterest(
  view: LedgerView,
  invoice: Invoice,
  asOf: IsoDate,
  company: { country: string } = { country: '' },
): InterestResult | null {
  const customer = view.customers.get(invoice.customerId);
  if (!customer) return null;
  const reductions = (view.ledger.byInvoice.get(invoice.id) ?? [])
    .filter((e) => e.kind !== 'fee' && e.delta < 0)
    .map((e) => ({ date: fromDayNumber(e.day), amount: -e.delta }));
  return lateInterest({
    amount: invoice.amount,
    currency: invoice.currency,
    dueDate: invoice.dueDate,
    payments: reductions,
    asOf,
    rates: view.rates,
    rule: invoiceInterestRule(company, customer, invoice).rule,
  });
}

/** `invoiceInterest(...).total`, fast for a whole grid: the domain's cache (see src/domain/interest-fast.ts). */
export function interestTotal(
  view: LedgerView,
  invoice: Invoice,
  asOf: IsoDate,
  company: { country: string } = { country: '' },
): number {
  const customer = view.customers.get(invoice.customerId);
  if (!customer) return 0;
  if (view.interestCache.asOf !== asOf) view.interestCache = interestCache(asOf, view.rates);
  const payments = (view.ledger.byInvoice.get(invoice.id) ?? [])
    .filter((e) => e.kind !== 'fee' && e.delta < 0)
    .map((e) => ({ date: fromDayNumber(e.day), amount: -e.delta }));
  const { amount, currency, dueDate } = invoice;
  return view.interestCache.interest({
    amount,
    currency,
    dueDate,
    payments,
    rule: invoiceInterestRule(company, customer, invoice).rule,
  }).total;
}

export { invoiceBalance };
