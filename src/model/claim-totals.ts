// Claimable late interest and compensation of a whole book, per currency, through the domain's
// `claimTotals` — fast enough for a million invoices (the dashboard and the weekly report).
//
// `invoiceClaim` runs the full interest computation per invoice (~20 µs: a million late invoices take
// 20 s). Most invoices need far less: with no fee, write-off or waiver on them, and the principal either
// untouched or settled in one day, the interest is exactly amount × S, S being the sum of
// rate × days / (100 × basis) over the periods from the due date to the day interest stops (the as-of
// date, or the day it was paid). S depends only on the rule, the due date, that end day and the
// currency, so it is derived once per such group from one full computation and checked against it, as
// the domain's `interestCache` does. amount × S is taken in floating point and rounded half-up; where
// it falls within 1e-6 of a half (or is too large for that margin) the exact fraction decides. Every other invoice — part payments,
// charged or waived fees, write-offs, a group whose check fails — goes through `invoiceClaim` itself.
import { claimTotals, type ClaimTotals, type InvoiceClaim } from '../domain/claimable';
import { fixedCompensation, type Compensation } from '../domain/fees';
import { invoiceInterestRule } from '../domain/governing';
import { lateInterest, type InterestRule } from '../domain/interest';
import { ruleKey, unitFactor } from '../domain/interest-fast';
import { cachedDayNumber, type LedgerIndex } from '../domain/balance';
import { fromDayNumber } from '../domain/dates';
import { roundDiv } from '../domain/money';
import type { RateTables } from '../domain/rates/types';
import type { Customer, Invoice, IsoDate } from '../domain/types';
import type { InvoiceRow } from './read-model';

export interface ClaimContext {
  asOf: IsoDate;
  company: { country: string };
  customers: ReadonlyMap<string, Customer>;
  ledger: LedgerIndex;
  rates: RateTables;
  /** The exact claim of one invoice (the read model's, cached per invoice). */
  exact: (invoice: Invoice) => InvoiceClaim | null;
  /** An invoice's adjustments: any fee, waiver or write-off sends it to the exact path. */
  adjustmentsOf: (invoiceId: string) => readonly unknown[];
  /** Whether a dispute names the invoice: it goes to the exact path (its contested part left out). */
  disputed?: (invoice: Invoice) => boolean;
}

export interface Group {
  /** S as a float, and exactly (null: this group goes through the full computation). */
  f: number;
  n: bigint;
  d: bigint;
  complete: boolean;
}

// A group's S does not depend on the as-of date (its key holds the day interest stops), so groups are
// kept per rate tables across as-of changes and writes: invoices paid late are computed once, and going
// back to a date already seen costs no full computation at all. Per rule and currency, by due day and
// end day (a number: no string is built per invoice).
const GROUPS = new WeakMap<RateTables, Map<string, Map<number, Group | null>>>();

/** What one customer's invoices share (unless an invoice has its own law or formal notice). */
interface Shared {
  rule: InterestRule;
  key: string;
  /** Groups of the last currency seen. */
  currency: string;
  groups: Map<number, Group | null>;
  compensation: Compensation | null | undefined;
}

/**
 * Claim totals of `rows` (those in `currency`, or all) at `ctx.asOf`: one entry per currency. The
 * invoices that need the full computation are summed by the domain's `claimTotals`; the others, whose
 * claim is the interest owed and the legal compensation (nothing charged, waived or written off), are
 * summed here by the same rules, and the two are added per currency.
 */
export function bookClaimTotals(
  rows: readonly Pick<InvoiceRow, 'currency' | 'invoice'>[],
  ctx: ClaimContext,
  currency?: string,
): ClaimTotals[] {
  const asOfDay = cachedDayNumber(ctx.asOf);
  let cache = GROUPS.get(ctx.rates);
  if (!cache) GROUPS.set(ctx.rates, (cache = new Map()));
  const groupsOf = (key: string, cur: string): Map<number, Group | null> => {
    const k = `${key}|${cur}`;
    let m = cache.get(k);
    if (!m) cache.set(k, (m = new Map()));
    return m;
  };
  const shared = new Map<string, Shared>();
  const exact: InvoiceClaim[] = [];
  const { sum, addAll, sorted } = claimSums();
  for (const r of rows) {
    if (currency !== undefined && r.currency !== currency) continue;
    const inv = r.invoice;
    const due = cachedDayNumber(inv.dueDate);
    if (due >= asOfDay || cachedDayNumber(inv.issueDate) > asOfDay) continue;
    const own = inv.contractLaw !== undefined || inv.formalNoticeDate !== undefined;
    let sh = own ? undefined : shared.get(inv.customerId);
    if (!sh) {
      const customer = ctx.customers.get(inv.customerId);
      if (!customer) continue;
      const rule = invoiceInterestRule(ctx.company, customer, inv).rule;
      const key = ruleKey(rule);
      sh = {
        rule,
        key,
        currency: inv.currency,
        groups: groupsOf(key, inv.currency),
        compensation: undefined,
      };
      if (!own) shared.set(inv.customerId, sh);
    }
    const end =
      ctx.adjustmentsOf(inv.id).length || ctx.disputed?.(inv)
        ? null
        : endOfInterest(inv, ctx.ledger, asOfDay);
    if (end !== null && end <= due) continue; // paid by the due date: never late
    let g: Group | null = null;
    if (end !== null) {
      if (sh.currency !== inv.currency) {
        sh.currency = inv.currency;
        sh.groups = groupsOf(sh.key, inv.currency);
      }
      const gk = due * 100_000 + (end - due);
      const found = sh.groups.get(gk);
      if (found === undefined) sh.groups.set(gk, (g = group(inv, sh.rule, end, ctx.rates)));
      else g = found;
    }
    if (g === null) {
      const c = ctx.exact(inv);
      if (c) exact.push(c);
      continue;
    }
    const owed = times(inv.amount, g);
    let comp = sh.rule.jurisdiction === 'UK' ? undefined : sh.compensation;
    if (comp === undefined) {
      comp = fixedCompensation({
        jurisdiction: sh.rule.jurisdiction,
        debtor: sh.rule.debtor,
        amount: inv.amount,
        currency: inv.currency,
      });
      if (sh.rule.jurisdiction !== 'UK') sh.compensation = comp;
    }
    // As `claimTotals` counts: interest where claimable or incomplete, compensation where claimable,
    // an invoice once per currency it adds to.
    const withInterest = owed > 0 || !g.complete;
    if (withInterest) {
      const t = sum(inv.currency);
      t.interest.total += owed;
      if (!g.complete) t.interest.incomplete++;
      t.invoices++;
    }
    if (comp && comp.amount > 0) {
      const t = sum(comp.currency);
      t.compensation += comp.amount;
      if (!withInterest || comp.currency !== inv.currency) t.invoices++;
    }
  }
  addAll(claimTotals(exact));
  return sorted();
}

/**
 * S for invoices of this rule and currency due on `due` whose interest stops on `end`, from the cache
 * `bookClaimTotals` keeps (computed from `inv` if not there yet); null: take the full computation.
 */
export function groupFor(
  key: string,
  rule: InterestRule,
  inv: Invoice,
  due: number,
  end: number,
  rates: RateTables,
): Group | null {
  let cache = GROUPS.get(rates);
  if (!cache) GROUPS.set(rates, (cache = new Map()));
  const k = `${key}|${inv.currency}`;
  let m = cache.get(k);
  if (!m) cache.set(k, (m = new Map()));
  const gk = due * 100_000 + (end - due);
  let g = m.get(gk);
  if (g === undefined) m.set(gk, (g = group(inv, rule, end, rates)));
  return g;
}

/**
 * The day interest stops for an invoice the fast path can take: the as-of day with nothing reducing
 * it by then, or the one day payments and credits settled it in full. Null for anything else (part
 * payments, fees, write-offs: the full computation).
 */
function endOfInterest(inv: Invoice, ledger: LedgerIndex, asOfDay: number): number | null {
  const entries = ledger.byInvoice.get(inv.id);
  if (!entries) return asOfDay;
  let day = -1;
  let paid = 0;
  for (const e of entries) {
    if (e.day > asOfDay) break;
    if (e.kind === 'fee' || e.kind === 'write-off' || e.delta >= 0) return null;
    if (day !== -1 && e.day !== day) return null;
    day = e.day;
    paid -= e.delta;
  }
  if (day === -1) return asOfDay;
  return paid >= inv.amount ? day : null;
}

/** S for one group from one full computation to the day interest stops, checked against its total. */
function group(inv: Invoice, rule: InterestRule, end: number, rates: RateTables): Group | null {
  if (!Number.isSafeInteger(inv.amount) || inv.amount <= 0) return null;
  const endDate = fromDayNumber(end);
  const r = lateInterest({
    amount: inv.amount,
    currency: inv.currency,
    dueDate: inv.dueDate,
    // Settled in full that day, or still open on it: the same periods at the same principal.
    payments: [{ date: endDate, amount: inv.amount }],
    asOf: endDate,
    rates,
    rule,
  });
  const s = unitFactor(r);
  if (!s) return null;
  const g: Group = { f: Number(s.n) / Number(s.d), n: s.n, d: s.d, complete: r.complete };
  return times(inv.amount, g) === r.total ? g : null;
}

/**
 * round(amount × S) half-up, exactly. The float's relative error is below 1e-15, so under 2^31 minor
 * units its absolute error is far below the 1e-6 margin; elsewhere the exact fraction is used.
 */
export function times(amount: number, g: Group): number {
  const x = amount * g.f;
  const frac = x - Math.floor(x);
  if (Number.isFinite(x) && Math.abs(frac - 0.5) > 1e-6 && Math.abs(x) < 2 ** 31) return Math.floor(x + 0.5);
  return Number(roundDiv(BigInt(amount) * g.n, g.d));
}

/** Claim totals per currency, each made on first use at zero; `sorted()` lists them by currency. */
export function claimSums(): {
  sum: (cur: string) => ClaimTotals;
  /** Adds whole totals (per currency) into the sums. */
  addAll: (totals: Iterable<ClaimTotals>) => void;
  sorted: () => ClaimTotals[];
} {
  const sums = new Map<string, ClaimTotals>();
  const sum = (cur: string): ClaimTotals => {
    let t = sums.get(cur);
    if (!t)
      sums.set(
        cur,
        (t = { currency: cur, interest: { total: 0, incomplete: 0 }, compensation: 0, invoices: 0 }),
      );
    return t;
  };
  const addAll = (totals: Iterable<ClaimTotals>) => {
    for (const t of totals) {
      const s = sum(t.currency);
      s.interest.total += t.interest.total;
      s.interest.incomplete += t.interest.incomplete;
      s.compensation += t.compensation;
      s.invoices += t.invoices;
    }
  };
  const sorted = () =>
    [...sums.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  return { sum, addAll, sorted };
}
