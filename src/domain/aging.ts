// Aging of receivables as of any date: open balances (rebuilt from the payment history through the
// ledger index) put into day buckets, per customer and in total, per currency (never converted).
// The hot loop touches one Map entry per invoice and allocates nothing per invoice.

import { cachedDayNumber, type LedgerEntry, type LedgerIndex } from './balance';
import type { CurrencyCode, Invoice, IsoDate } from './types';

export type AgingBasis = 'due' | 'invoice';

/** Upper bounds (inclusive, in days) of every bucket but the last: ≤0 (not yet due), 1–30, 31–60, 61–90, 91–120, over 120. */
export const DEFAULT_DUE_BOUNDS: readonly number[] = [0, 30, 60, 90, 120];
/** By invoice date: 0–30, 31–60, 61–90, 91–120, over 120 days since issue. */
export const DEFAULT_INVOICE_BOUNDS: readonly number[] = [30, 60, 90, 120];

/** A bucket's heading as a code: src/i18n/reasons puts it into words ("31–60 days", "Over 120 days"). */
export type AgingLabel =
  | { code: 'bucket.current' }
  | { code: 'bucket.range'; params: { from: number; to: number } }
  | { code: 'bucket.over'; params: { from: number } }
  | { code: 'bucket.up-to'; params: { to: number } }
  | { code: 'bucket.all' };

export interface AgingBucket {
  index: number;
  /** Stable id for a column: 'current', '1-30', '121+'. */
  key: string;
  label: AgingLabel;
  /** First day (inclusive), null for "anything below". */
  from: number | null;
  /** Last day (inclusive), null for "anything above". */
  to: number | null;
}

function checkBounds(bounds: readonly number[]): void {
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i] as number;
    if (!Number.isSafeInteger(b) || (i > 0 && b <= (bounds[i - 1] as number)))
      throw new Error('aging: bucket bounds must be strictly ascending integers');
  }
}

/** The bucket definitions that `bounds` describe (one more bucket than bounds). */
export function agingBucketDefinitions(
  bounds: readonly number[] = DEFAULT_DUE_BOUNDS,
  basis: AgingBasis = 'due',
): AgingBucket[] {
  checkBounds(bounds);
  const out: AgingBucket[] = [];
  for (let i = 0; i <= bounds.length; i++) {
    const from = i === 0 ? null : (bounds[i - 1] as number) + 1;
    const to = i === bounds.length ? null : (bounds[i] as number);
    let key: string;
    let label: AgingLabel;
    if (from === null && to === null) [key, label] = ['all', { code: 'bucket.all' }];
    else if (from === null) {
      const upTo = to as number;
      if (basis === 'due' && upTo === 0) [key, label] = ['current', { code: 'bucket.current' }];
      else if (basis === 'invoice' && upTo >= 0)
        [key, label] = [`0-${upTo}`, { code: 'bucket.range', params: { from: 0, to: upTo } }];
      else [key, label] = [`le${upTo}`, { code: 'bucket.up-to', params: { to: upTo } }];
    } else if (to === null) [key, label] = [`${from}+`, { code: 'bucket.over', params: { from } }];
    else [key, label] = [`${from}-${to}`, { code: 'bucket.range', params: { from, to } }];
    out.push({ index: i, key, label, from, to });
  }
  return out;
}

/** Index of the bucket a number of days falls in: the first bound it does not exceed, else the last bucket. */
export function agingBucketOf(days: number, bounds: readonly number[] = DEFAULT_DUE_BOUNDS): number {
  let i = 0;
  while (i < bounds.length && days > (bounds[i] as number)) i++;
  return i;
}

export interface AgingRow {
  /** null on the totals rows. */
  customerId: string | null;
  currency: CurrencyCode;
  /** Open amount per bucket, minor units. */
  amounts: number[];
  /** Open invoices per bucket. */
  counts: number[];
  total: number;
  count: number;
}

export interface AgingReport {
  asOf: IsoDate;
  basis: AgingBasis;
  buckets: AgingBucket[];
  /** One row per currency, sorted by currency. */
  totals: AgingRow[];
  /** One row per customer and currency, sorted by customer id then currency (empty when `perCustomer` is false). */
  customers: AgingRow[];
}

export interface AgingOptions {
  /** `due` (default): days past the due date; `invoice`: days since the issue date. */
  basis?: AgingBasis;
  /** Bucket upper bounds; defaults per basis. */
  bounds?: readonly number[];
  /** Payment and adjustment history; without it every invoice counts at its full amount. */
  ledger?: LedgerIndex;
  /** Build the per-customer rows (default true). */
  perCustomer?: boolean;
  /** Leave out invoices marked disputed (default false). */
  excludeDisputed?: boolean;
}

function newRow(customerId: string | null, currency: CurrencyCode, n: number): AgingRow {
  return {
    customerId,
    currency,
    amounts: new Array<number>(n).fill(0),
    counts: new Array<number>(n).fill(0),
    total: 0,
    count: 0,
  };
}

/**
 * Invoices and their ledger entries as flat typed arrays, day numbers precomputed: build it once
 * when the data loads, then age it for any number of dates (a date slider) at a few ms per 100,000.
 */
export interface AgingTable {
  readonly kind: 'aging-table';
  count: number;
  issueDay: Int32Array;
  dueDay: Int32Array;
  amount: Float64Array;
  disputed: Uint8Array;
  /** Index into `groups`: one group per customer and currency. */
  group: Int32Array;
  groups: { customerId: string; currency: CurrencyCode; currencyIndex: number }[];
  currencies: CurrencyCode[];
  /** Invoice i's ledger entries are `entryDay/entryDelta[entryStart[i] .. entryStart[i + 1])`, by day. */
  entryStart: Int32Array;
  entryDay: Int32Array;
  entryDelta: Float64Array;
}

/** Flattens invoices and their ledger entries for fast repeated aging. */
export function prepareAging(invoices: readonly Invoice[], ledger?: LedgerIndex): AgingTable {
  const count = invoices.length;
  const issueDay = new Int32Array(count);
  const dueDay = new Int32Array(count);
  const amount = new Float64Array(count);
  const disputed = new Uint8Array(count);
  const group = new Int32Array(count);
  const entryStart = new Int32Array(count + 1);
  const groups: AgingTable['groups'] = [];
  const currencies: CurrencyCode[] = [];
  const currencyIndex = new Map<CurrencyCode, number>();
  const groupIndex = new Map<string, Map<CurrencyCode, number>>();
  const lists: (LedgerEntry[] | undefined)[] = new Array(count);
  let entries = 0;
  for (let i = 0; i < count; i++) {
    const inv = invoices[i] as Invoice;
    issueDay[i] = cachedDayNumber(inv.issueDate);
    dueDay[i] = cachedDayNumber(inv.dueDate);
    amount[i] = inv.amount;
    disputed[i] = inv.disputed ? 1 : 0;
    let cur = currencyIndex.get(inv.currency);
    if (cur === undefined) {
      cur = currencies.length;
      currencies.push(inv.currency);
      currencyIndex.set(inv.currency, cur);
    }
    let byCurrency = groupIndex.get(inv.customerId);
    if (byCurrency === undefined) groupIndex.set(inv.customerId, (byCurrency = new Map()));
    let g = byCurrency.get(inv.currency);
    if (g === undefined) {
      g = groups.length;
      groups.push({ customerId: inv.customerId, currency: inv.currency, currencyIndex: cur });
      byCurrency.set(inv.currency, g);
    }
    group[i] = g;
    const list = ledger?.byInvoice.get(inv.id);
    lists[i] = list;
    entryStart[i] = entries;
    entries += list ? list.length : 0;
  }
  entryStart[count] = entries;
  const entryDay = new Int32Array(entries);
  const entryDelta = new Float64Array(entries);
  for (let i = 0; i < count; i++) {
    const list = lists[i];
    if (!list) continue;
    let at = entryStart[i] as number;
    for (const e of list) {
      entryDay[at] = e.day;
      entryDelta[at++] = e.delta;
    }
  }
  return {
    kind: 'aging-table',
    count,
    issueDay,
    dueDay,
    amount,
    disputed,
    group,
    groups,
    currencies,
    entryStart,
    entryDay,
    entryDelta,
  };
}

/**
 * Ages the open balances as of `asOf`. Invoices issued after `asOf` did not exist yet and are left
 * out; balances come from the ledger entries dated up to `asOf`, so a past date shows the past.
 * Bucket amounts add up to each row's total exactly (integers throughout). Pass an `AgingTable`
 * from `prepareAging` to age the same data for several dates (its ledger is then already inside).
 */
export function agingBuckets(
  invoices: readonly Invoice[] | AgingTable,
  asOf: IsoDate,
  optionsOrBounds: AgingOptions | readonly number[] = {},
): AgingReport {
  // `agingBuckets(invoices, asOf, [0, 30, 60])` is read as the bucket bounds.
  const options: AgingOptions = Array.isArray(optionsOrBounds)
    ? { bounds: optionsOrBounds }
    : (optionsOrBounds as AgingOptions);
  const t = 'kind' in invoices ? invoices : prepareAging(invoices, options.ledger);
  const basis = options.basis ?? 'due';
  const bounds = options.bounds ?? (basis === 'due' ? DEFAULT_DUE_BOUNDS : DEFAULT_INVOICE_BOUNDS);
  const buckets = agingBucketDefinitions(bounds, basis);
  const n = buckets.length;
  const excludeDisputed = options.excludeDisputed ?? false;
  const asOfDay = cachedDayNumber(asOf);
  const boundArr = Int32Array.from(bounds);
  const nb = boundArr.length;
  const fromDay = basis === 'due' ? t.dueDay : t.issueDay;
  const { issueDay, amount, disputed, group, entryStart, entryDay, entryDelta } = t;

  // Accumulators per group and bucket: plain typed arrays, nothing allocated per invoice.
  const amounts = new Float64Array(t.groups.length * n);
  const counts = new Int32Array(t.groups.length * n);
  for (let i = 0; i < t.count; i++) {
    if ((issueDay[i] as number) > asOfDay) continue;
    if (excludeDisputed && disputed[i] === 1) continue;
    let open = amount[i] as number;
    const end = entryStart[i + 1] as number;
    for (let e = entryStart[i] as number; e < end && (entryDay[e] as number) <= asOfDay; e++)
      open += entryDelta[e] as number;
    if (open <= 0) continue;
    const days = asOfDay - (fromDay[i] as number);
    let b = 0;
    while (b < nb && days > (boundArr[b] as number)) b++;
    const at = (group[i] as number) * n + b;
    amounts[at] = (amounts[at] as number) + open;
    counts[at] = (counts[at] as number) + 1;
  }

  const totals: AgingRow[] = t.currencies.map((c) => newRow(null, c, n));
  const customers: AgingRow[] = [];
  const perCustomer = options.perCustomer ?? true;
  for (let g = 0; g < t.groups.length; g++) {
    const info = t.groups[g] as AgingTable['groups'][number];
    let row: AgingRow | null = null;
    for (let b = 0; b < n; b++) {
      const c = counts[g * n + b] as number;
      if (c === 0) continue;
      const a = amounts[g * n + b] as number;
      const total = totals[info.currencyIndex] as AgingRow;
      total.amounts[b] = (total.amounts[b] as number) + a;
      total.counts[b] = (total.counts[b] as number) + c;
      total.total += a;
      total.count += c;
      if (!perCustomer) continue;
      row ??= newRow(info.customerId, info.currency, n);
      row.amounts[b] = a;
      row.counts[b] = c;
      row.total += a;
      row.count += c;
    }
    if (row) customers.push(row);
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  customers.sort((a, b) => cmp(a.customerId ?? '', b.customerId ?? '') || cmp(a.currency, b.currency));
  return {
    asOf,
    basis,
    buckets,
    totals: totals.filter((r) => r.count > 0).sort((a, b) => cmp(a.currency, b.currency)),
    customers,
  };
}
