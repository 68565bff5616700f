// Promises to pay (issue #10, item 4). A promise is kept when payments covering it arrive by its date,
// whatever order they were recorded in (the ledger is read by payment date, not by entry order), and a
// promise on invoices that were paid in full by its date is kept even when the payment came first or
// its amount was less than promised. A corrected log entry gives way to its correction.
import { cachedDayNumber, type LedgerIndex } from '../balance';
import type { Activity, Invoice, IsoDate } from '../types';
import type { PromiseState } from './reasons';

export interface PromiseView {
  activity: Activity;
  state: PromiseState;
  /** Promised amount: as stated, else the open balance of its invoices when it was made. */
  promised: number;
  /** Paid towards it from the day it was made to its date (plus the grace days). */
  paid: number;
}

export interface PromiseContext {
  asOf: IsoDate;
  ledger: LedgerIndex;
  invoices: ReadonlyMap<string, Invoice>;
  /** A customer's invoices, for promises that name none. */
  customerInvoices?: (customerId: string) => readonly Invoice[];
  graceDays: number;
}

/** Log entries that a later entry corrects. */
export function correctedIds(activities: readonly Activity[]): Set<string> {
  const out = new Set<string>();
  for (const a of activities) if (a.corrects) out.add(a.corrects);
  return out;
}

function openOn(invoice: Invoice, ledger: LedgerIndex, day: number): number {
  if (cachedDayNumber(invoice.issueDate) > day) return 0;
  let open = invoice.amount;
  for (const e of ledger.byInvoice.get(invoice.id) ?? []) {
    if (e.day > day) break;
    open += e.delta;
  }
  return Math.max(0, open);
}

/**
 * The state of one promise on `asOf`: `pending` before its date, `due` from its date through the grace
 * days, `kept` once covered (even early), `broken` after the grace days without cover. A promise the
 * user marked (`promiseKept`) keeps the mark.
 */
export function promiseState(promise: Activity, ctx: PromiseContext): PromiseView {
  const date = promise.promiseDate ?? promise.date;
  const made = cachedDayNumber(promise.date);
  const asOf = cachedDayNumber(ctx.asOf);
  const end = Math.min(cachedDayNumber(date) + ctx.graceDays, asOf);
  // A promise on no invoice in particular covers all of the customer's.
  const invoices =
    promise.invoiceIds.length > 0
      ? promise.invoiceIds.map((id) => ctx.invoices.get(id)).filter((i) => i !== undefined)
      : (ctx.customerInvoices?.(promise.customerId) ?? []);
  let promised = promise.promiseAmount ?? 0;
  if (promise.promiseAmount === undefined)
    for (const inv of invoices) promised += openOn(inv, ctx.ledger, made - 1);
  let paid = 0;
  for (const inv of invoices)
    for (const e of ctx.ledger.byInvoice.get(inv.id) ?? [])
      if (e.day >= made && e.day <= end && (e.kind === 'payment' || e.kind === 'discount')) paid -= e.delta;
  // A payment the bank matcher left unallocated still reached us from this customer.
  for (const e of ctx.ledger.accounts.get(promise.customerId) ?? [])
    if (e.kind === 'unapplied-payment' && e.day >= made && e.day <= end) paid -= e.delta;
  const settled = invoices.length > 0 && invoices.every((inv) => openOn(inv, ctx.ledger, end) === 0);
  const view = (state: PromiseState): PromiseView => ({ activity: promise, state, promised, paid });
  if (promise.promiseKept === true) return view('kept');
  if (settled || (promised > 0 && paid >= promised)) return view('kept');
  if (asOf < cachedDayNumber(date)) return view('pending');
  if (promise.promiseKept === false || asOf > cachedDayNumber(date) + ctx.graceDays) return view('broken');
  return view('due');
}

/** Every promise in the log (corrected entries left out) with its state on `asOf`. */
export function promiseStates(activities: readonly Activity[], ctx: PromiseContext): PromiseView[] {
  const corrected = correctedIds(activities);
  return activities
    .filter((a) => a.kind === 'promise' && !corrected.has(a.id) && a.date <= ctx.asOf)
    .map((a) => promiseState(a, ctx));
}
