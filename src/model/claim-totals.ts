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

/** What `claimTotals` reads of a claim: the fast path makes just this much. */
export type ClaimFigures = Pick<
  InvoiceClaim,
  'invoiceId' | 'customerId' | 'interest' | 'compensation' | 'closed'
>;

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
}

interface Group {
  /** S as a float, and exactly (null: this group goes through the full computation). */
  f: number;
  n: bigint;
  d: bigint;
  complete: boolean;
}

const OPEN = { interestWaived: false, compensationWaived: false, writtenOff: false } as const;

// A group's S does not depend on the as-of date (its key holds the day interest stops), so groups are
// kept per rate tables across as-of changes and writes: invoices paid late are computed once, and going
// back to a date already seen costs no full computation at all.
const GROUPS = new WeakMap<RateTables, Map<string, Group | null>>();

/** Claim totals of `rows` (those in `currency`, or all) at `ctx.asOf`: one entry per currency. */
export function bookClaimTotals(
  rows: readonly InvoiceRow[],
  ctx: ClaimContext,
  currency?: string,
): ClaimTotals[] {
  const asOfDay = cachedDayNumber(ctx.asOf);
  let groups = GROUPS.get(ctx.rates);
  if (!groups) GROUPS.set(ctx.rates, (groups = new Map()));
  const rules = new Map<string, { rule: InterestRule; key: string }>();
  const compensations = new Map<string, Compensation | null>();
  const claims: ClaimFigures[] = [];
  for (const r of rows) {
    if (currency !== undefined && r.currency !== currency) continue;
    const inv = r.invoice;
    const due = cachedDayNumber(inv.dueDate);
    if (due >= asOfDay || cachedDayNumber(inv.issueDate) > asOfDay) continue;
    const customer = ctx.customers.get(inv.customerId);
    if (!customer) continue;
    const end = ctx.adjustmentsOf(inv.id).length ? null : endOfInterest(inv, ctx.ledger, asOfDay);
    if (end === null) {
      const c = ctx.exact(inv);
      if (c) claims.push(c);
      continue;
    }
    if (end <= due) continue; // paid by the due date: never late
    // The rule is the customer's unless the invoice carries its own law or formal notice.
    const own = inv.contractLaw !== undefined || inv.formalNoticeDate !== undefined;
    let rk = own ? undefined : rules.get(customer.id);
    if (!rk) {
      const rule = invoiceInterestRule(ctx.company, customer, inv).rule;
      rk = { rule, key: ruleKey(rule) };
      if (!own) rules.set(customer.id, rk);
    }
    const gk = `${rk.key}|${due}|${end}|${inv.currency}`;
    let g = groups.get(gk);
    if (g === undefined) groups.set(gk, (g = group(inv, rk.rule, end, ctx.rates)));
    if (g === null) {
      const c = ctx.exact(inv);
      if (c) claims.push(c);
      continue;
    }
    const owed = times(inv.amount, g);
    const ck = `${rk.rule.jurisdiction}|${rk.rule.debtor}`;
    let comp = rk.rule.jurisdiction === 'UK' ? undefined : compensations.get(ck);
    if (comp === undefined) {
      comp = fixedCompensation({
        jurisdiction: rk.rule.jurisdiction,
        debtor: rk.rule.debtor,
        amount: inv.amount,
        currency: inv.currency,
      });
      if (rk.rule.jurisdiction !== 'UK') compensations.set(ck, comp);
    }
    claims.push({
      invoiceId: inv.id,
      customerId: inv.customerId,
      interest: { currency: inv.currency, owed, charged: 0, claimable: owed, complete: g.complete },
      compensation: comp
        ? { currency: comp.currency, owed: comp.amount, charged: 0, claimable: comp.amount }
        : null,
      closed: OPEN,
    });
  }
  return claimTotals(claims);
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
function times(amount: number, g: Group): number {
  const x = amount * g.f;
  const frac = x - Math.floor(x);
  if (Number.isFinite(x) && Math.abs(frac - 0.5) > 1e-6 && Math.abs(x) < 2 ** 31) return Math.floor(x + 0.5);
  return Number(roundDiv(BigInt(amount) * g.n, g.d));
}
