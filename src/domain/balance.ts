// Open balances as of any date, rebuilt from the payment and adjustment history.
// The ledger index is built once (O(payments + adjustments)); a balance then costs only the few
// entries of its own invoice, so a million invoices take one Map lookup each.

import { dayNumber, fromDayNumber } from './dates';
import { assertMinor, type Minor } from './money';
import type { Adjustment, CurrencyCode, Invoice, IsoDate, Payment } from './types';
import { IdMap } from './id-map';

const dayCache = new Map<string, number>();

/** `dayNumber` with a cache: the same few thousand dates recur across millions of records. */
export function cachedDayNumber(iso: IsoDate): number {
  let n = dayCache.get(iso);
  if (n === undefined) {
    n = dayNumber(iso);
    if (dayCache.size > 200_000) dayCache.clear();
    dayCache.set(iso, n);
  }
  return n;
}

export type LedgerEntryKind = 'payment' | 'discount' | 'credit-note' | 'write-off' | 'fee';

export interface LedgerEntry {
  /** Day number of the entry's date (see `dayNumber`). */
  day: number;
  kind: LedgerEntryKind;
  /** Signed effect on the balance: a payment, discount, credit note or write-off is negative, a fee positive. A waiver reverses its entry on the waiver date. */
  delta: number;
  /** Id of the payment or adjustment. */
  sourceId: string;
}

/** Money held for a customer but not on any invoice: unallocated payment rests, credit notes and fees without an invoice. */
export interface AccountEntry {
  day: number;
  kind: 'unapplied-payment' | 'credit-note' | 'fee' | 'write-off';
  /** Signed like `LedgerEntry.delta`: credit is negative. */
  delta: number;
  currency: CurrencyCode;
  sourceId: string;
}

export interface LedgerIndex {
  /** Invoice id → its entries, sorted by day. */
  byInvoice: Map<string, LedgerEntry[]>;
  /** Customer id ('' for payments without one) → account entries, sorted by day. */
  accounts: Map<string, AccountEntry[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes payments (their allocations and unallocated rest) and adjustments by invoice and by
 * customer. Allocations are taken to be in the invoice's currency. A waived adjustment counts until
 * its `waivedOn` date; waived without a date, it never counts.
 */
export function buildLedgerIndex(
  payments: readonly Payment[],
  adjustments: readonly Adjustment[] = [],
): LedgerIndex {
  // Keyed by invoice id for every invoice of the book: an IdMap, not a Map (see id-map.ts).
  const byInvoice = new IdMap<LedgerEntry[]>();
  const accounts = new Map<string, AccountEntry[]>();
  for (const p of payments) {
    const day = cachedDayNumber(p.date);
    let allocated = 0;
    for (const a of p.allocations) {
      assertMinor(a.amount, 'allocation amount');
      allocated += a.amount;
      if (a.amount !== 0)
        push(byInvoice, a.invoiceId, { day, kind: 'payment', delta: -a.amount, sourceId: p.id });
      if (a.discount) {
        assertMinor(a.discount, 'allocation discount');
        push(byInvoice, a.invoiceId, { day, kind: 'discount', delta: -a.discount, sourceId: p.id });
      }
    }
    const rest = p.amount - allocated;
    if (rest !== 0)
      push(accounts, p.customerId ?? '', {
        day,
        kind: 'unapplied-payment',
        delta: -rest,
        currency: p.currency,
        sourceId: p.id,
      });
  }
  for (const adj of adjustments) {
    assertMinor(adj.amount, 'adjustment amount');
    if (adj.waived && !adj.waivedOn) continue;
    const sign = adj.kind === 'fee' ? 1 : -1;
    const day = cachedDayNumber(adj.date);
    const entries: [number, number][] = [[day, sign * adj.amount]];
    if (adj.waived && adj.waivedOn) entries.push([cachedDayNumber(adj.waivedOn), -sign * adj.amount]);
    for (const [d, delta] of entries) {
      if (adj.invoiceId) push(byInvoice, adj.invoiceId, { day: d, kind: adj.kind, delta, sourceId: adj.id });
      else
        push(accounts, adj.customerId, {
          day: d,
          kind: adj.kind,
          delta,
          currency: adj.currency,
          sourceId: adj.id,
        });
    }
  }
  const byDay = (a: { day: number }, b: { day: number }): number => a.day - b.day;
  for (const list of byInvoice.values()) if (list.length > 1) list.sort(byDay);
  for (const list of accounts.values()) if (list.length > 1) list.sort(byDay);
  return { byInvoice, accounts };
}

/** Dated amounts that move an invoice's interest-bearing principal (`lateInterest`'s `payments` and `reversals`). */
export interface InterestReductions {
  /** Payments, discounts, credit notes and write-offs: the principal falls by each from the day after its date. */
  payments: { date: IsoDate; amount: number }[];
  /**
   * Those undone (a credit note or write-off waived on a date, a refund allocated back to the invoice):
   * the principal rises again by each from the day after its date.
   */
  reversals: { date: IsoDate; amount: number }[];
}

/**
 * What moves an invoice's interest-bearing principal, from its ledger entries dated up to `asOf` (all
 * when absent): the balance as the ledger shows it, fees aside. Fees never bear interest and never pay
 * the principal, so a fee and its waiver are left out; every other entry reduces the principal, or, when
 * it adds to the balance (a reversal), restores it. The one rule the screens, the claims and the letters
 * share (rules §1: the principal falls with each partial payment from the payment's date).
 */
export function interestReductions(
  ledger: LedgerIndex,
  invoiceId: string,
  asOf?: IsoDate,
): InterestReductions {
  const out: InterestReductions = { payments: [], reversals: [] };
  const last = asOf === undefined ? Infinity : cachedDayNumber(asOf);
  for (const e of ledger.byInvoice.get(invoiceId) ?? []) {
    if (e.day > last) break;
    if (e.kind === 'fee' || e.delta === 0) continue;
    if (e.delta < 0) out.payments.push({ date: fromDayNumber(e.day), amount: -e.delta });
    else out.reversals.push({ date: fromDayNumber(e.day), amount: e.delta });
  }
  return out;
}

/** `total − payments − discounts − credit notes − write-offs + fees` up to `asOfDay`, before clamping. */
function rawBalance(invoice: Invoice, ledger: LedgerIndex, asOfDay: number): number {
  let balance = invoice.amount;
  const entries = ledger.byInvoice.get(invoice.id);
  if (entries) {
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as LedgerEntry;
      if (e.day > asOfDay) break;
      balance += e.delta;
    }
  }
  return balance;
}

/** An invoice's open balance as of a date (never negative; 0 before its issue date). */
export function openBalance(invoice: Invoice, ledger: LedgerIndex, asOf: IsoDate): Minor {
  const asOfDay = cachedDayNumber(asOf);
  if (cachedDayNumber(invoice.issueDate) > asOfDay) return 0;
  return Math.max(0, rawBalance(invoice, ledger, asOfDay));
}

export interface BulkBalances {
  /** Open balance per invoice, in the order given. */
  open: Float64Array;
  /** Over-payment per invoice (customer credit), in the order given. */
  overpaid: Float64Array;
}

/** Open balance and over-payment of many invoices at once; invoices issued after `asOf` show 0. */
export function openBalances(invoices: readonly Invoice[], ledger: LedgerIndex, asOf: IsoDate): BulkBalances {
  const asOfDay = cachedDayNumber(asOf);
  const open = new Float64Array(invoices.length);
  const overpaid = new Float64Array(invoices.length);
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i] as Invoice;
    // ISO dates order as strings: cheaper than a day-number look-up in the hot loop.
    if (inv.issueDate > asOf) continue;
    const b = rawBalance(inv, ledger, asOfDay);
    if (b > 0) open[i] = b;
    else if (b < 0) overpaid[i] = -b; // never -0: a settled invoice owes 0 and is owed 0
  }
  return { open, overpaid };
}

export type BalanceStatus =
  'not-issued' | 'open' | 'partially-paid' | 'overdue' | 'paid' | 'credited' | 'written-off';

export type SettledBy = 'payment' | 'credit-note' | 'write-off';

export interface InvoiceBalance {
  invoiceId: string;
  customerId: string;
  currency: CurrencyCode;
  amount: Minor;
  paid: Minor;
  discount: Minor;
  credited: Minor;
  writtenOff: Minor;
  /** Fees charged on the invoice and not waived as of the date. */
  fees: Minor;
  open: Minor;
  /** Paid beyond the balance: customer credit, never a negative balance. */
  overpaid: Minor;
  status: BalanceStatus;
  overdue: boolean;
  /** `asOf − dueDate` when open and past due, else 0. */
  daysOverdue: number;
  /** The day the balance last reached zero (and stayed there up to `asOf`), or null. */
  settledOn: IsoDate | null;
  /** What closed it: a write-off wins over a payment on the same day, a payment over a credit note. */
  settledBy: SettledBy | null;
}

function settledKind(kinds: number): SettledBy {
  if (kinds & 4) return 'write-off';
  if (kinds & 1) return 'payment';
  return 'credit-note';
}
const KIND_BIT: Record<LedgerEntryKind, number> = {
  payment: 1,
  discount: 1,
  'credit-note': 2,
  'write-off': 4,
  fee: 0,
};

/** The full picture of one invoice as of a date: each component, the status and the settlement date. */
export function invoiceBalance(invoice: Invoice, ledger: LedgerIndex, asOf: IsoDate): InvoiceBalance {
  const asOfDay = cachedDayNumber(asOf);
  const result: InvoiceBalance = {
    invoiceId: invoice.id,
    customerId: invoice.customerId,
    currency: invoice.currency,
    amount: invoice.amount,
    paid: 0,
    discount: 0,
    credited: 0,
    writtenOff: 0,
    fees: 0,
    open: 0,
    overpaid: 0,
    status: 'not-issued',
    overdue: false,
    daysOverdue: 0,
    settledOn: null,
    settledBy: null,
  };
  if (cachedDayNumber(invoice.issueDate) > asOfDay) return result;
  const entries = ledger.byInvoice.get(invoice.id) ?? [];
  let balance = invoice.amount;
  let settledDay: number | null = null;
  let settledBy: SettledBy | null = null;
  for (let i = 0; i < entries.length;) {
    const day = (entries[i] as LedgerEntry).day;
    if (day > asOfDay) break;
    const before = balance;
    let kinds = 0;
    for (; i < entries.length && (entries[i] as LedgerEntry).day === day; i++) {
      const e = entries[i] as LedgerEntry;
      balance += e.delta;
      if (e.kind === 'payment') result.paid -= e.delta;
      else if (e.kind === 'discount') result.discount -= e.delta;
      else if (e.kind === 'credit-note') result.credited -= e.delta;
      else if (e.kind === 'write-off') result.writtenOff -= e.delta;
      else result.fees += e.delta;
      if (e.delta < 0) kinds |= KIND_BIT[e.kind];
    }
    if (balance <= 0 && before > 0) {
      settledDay = day;
      settledBy = settledKind(kinds);
    } else if (balance > 0) {
      settledDay = null;
      settledBy = null;
    }
  }
  result.open = Math.max(0, balance);
  result.overpaid = Math.max(0, -balance);
  if (balance <= 0) {
    result.settledOn = settledDay === null ? null : fromDayNumber(settledDay);
    result.settledBy = settledBy;
    result.status =
      settledBy === 'write-off' ? 'written-off' : settledBy === 'credit-note' ? 'credited' : 'paid';
    return result;
  }
  const late = asOfDay - cachedDayNumber(invoice.dueDate);
  result.overdue = late > 0;
  result.daysOverdue = Math.max(0, late);
  const reduced = result.paid + result.discount + result.credited + result.writtenOff > 0;
  result.status = result.overdue ? 'overdue' : reduced ? 'partially-paid' : 'open';
  return result;
}

export interface CustomerTotals {
  customerId: string;
  currency: CurrencyCode;
  /** Invoices issued up to `asOf`. */
  invoiceCount: number;
  openCount: number;
  overdueCount: number;
  invoiced: Minor;
  open: Minor;
  /** The part of `open` that is past due. */
  overdue: Minor;
  /** Over-payments on invoices. */
  overpaid: Minor;
  /** Payments (or their rests) not allocated to any invoice. */
  unappliedPayments: Minor;
  /** Credit notes not attached to any invoice. */
  unappliedCredits: Minor;
  /** Fees not attached to any invoice, less write-offs not attached to any invoice. */
  accountCharges: Minor;
  /** What the customer owes on balance: `open + accountCharges − overpaid − unappliedPayments − unappliedCredits` (negative: we owe them). */
  net: Minor;
}

/** Per customer and currency (never converted): invoice totals, open and overdue amounts and unapplied credit as of a date. */
export function customerTotals(
  invoices: readonly Invoice[],
  ledger: LedgerIndex,
  asOf: IsoDate,
): CustomerTotals[] {
  const asOfDay = cachedDayNumber(asOf);
  const rows = new Map<string, Map<CurrencyCode, CustomerTotals>>();
  const row = (customerId: string, currency: CurrencyCode): CustomerTotals => {
    let byCurrency = rows.get(customerId);
    if (!byCurrency) rows.set(customerId, (byCurrency = new Map()));
    let r = byCurrency.get(currency);
    if (!r) {
      r = {
        customerId,
        currency,
        invoiceCount: 0,
        openCount: 0,
        overdueCount: 0,
        invoiced: 0,
        open: 0,
        overdue: 0,
        overpaid: 0,
        unappliedPayments: 0,
        unappliedCredits: 0,
        accountCharges: 0,
        net: 0,
      };
      byCurrency.set(currency, r);
    }
    return r;
  };
  for (const inv of invoices) {
    if (cachedDayNumber(inv.issueDate) > asOfDay) continue;
    const r = row(inv.customerId, inv.currency);
    const b = rawBalance(inv, ledger, asOfDay);
    r.invoiceCount++;
    r.invoiced += inv.amount;
    if (b > 0) {
      r.openCount++;
      r.open += b;
      if (asOfDay > cachedDayNumber(inv.dueDate)) {
        r.overdueCount++;
        r.overdue += b;
      }
    } else r.overpaid -= b;
  }
  for (const [customerId, entries] of ledger.accounts) {
    for (const e of entries) {
      if (e.day > asOfDay) break;
      const r = row(customerId, e.currency);
      if (e.kind === 'unapplied-payment') r.unappliedPayments -= e.delta;
      else if (e.kind === 'credit-note') r.unappliedCredits -= e.delta;
      else r.accountCharges += e.delta;
    }
  }
  const out: CustomerTotals[] = [];
  for (const byCurrency of rows.values())
    for (const r of byCurrency.values()) {
      r.net = r.open + r.accountCharges - r.overpaid - r.unappliedPayments - r.unappliedCredits;
      out.push(r);
    }
  return out;
}
