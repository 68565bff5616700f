// Claimable interest and compensation of a whole book at any as-of date, from `BookDays`' typed arrays:
// the same totals as `bookClaimTotals` over the read model's rows at that date (tests/model/book-days),
// without a row per invoice.
//
// An invoice with nothing paid, charged, waived or written off, and no law or formal notice of its own,
// owes round(amount × S) at the as-of date D, S from the cache `bookClaimTotals` keeps per rule,
// currency, due day and end day (here D); its compensation does not depend on D. Those are summed here
// in one pass; every other invoice (a few in most books) goes through `bookClaimTotals` itself.
import { cachedDayNumber } from '../domain/balance';
import type { ClaimTotals } from '../domain/claimable';
import { fixedCompensation } from '../domain/fees';
import { invoiceInterestRule } from '../domain/governing';
import { ruleKey } from '../domain/interest-fast';
import type { InterestRule } from '../domain/interest';
import type { RateTables } from '../domain/rates/types';
import type { Activity, Adjustment, Invoice, IsoDate } from '../domain/types';
import { MOVES, type BookDays } from './book-days';
import { bookClaimTotals, claimSums, groupFor, times, type Group } from './claim-totals';
import { InterestFigures } from './interest-figures';
import { IdMap } from '../domain/id-map';
import { DisputeIndex } from '../domain/collections/disputes';

export interface ClaimDaysInput {
  company: { country: string };
  rates: RateTables;
  adjustments: readonly Adjustment[];
  /** The contact log: its disputes leave the contested part out of the claims (as the read model). */
  activities?: readonly Activity[];
}

export class ClaimDays {
  private readonly rules: { key: string; rule: InterestRule; currency: string }[] = [];
  /** Per invoice: its rule-and-currency group (-1: not summed here), its compensation and currency. */
  private readonly ruleOf: Int32Array;
  /**
   * Each invoice's fixed compensation, as an index into `comps` (0: none): a handful of distinct sums
   * in a book (one per law, three bands in the UK), 2 bytes an invoice instead of 10.
   */
  private compOf: Uint16Array | Uint32Array;
  private readonly comps: { amount: number; currency: number }[] = [{ amount: 0, currency: -1 }];
  private readonly compIndex = new Map<string, number>();
  private readonly compCurrencies: string[] = [];
  /** Invoices that take `bookClaimTotals` (book order). */
  private readonly others: number[] = [];
  // Asked of every invoice: an IdMap (see id-map.ts).
  private readonly adjustmentsBy = new IdMap<Adjustment[]>();
  private readonly interest: InterestFigures;
  private cache = new Map<string, ClaimTotals[]>();
  private cacheDate = '';
  /** While building: invoices done, and per customer the rule it shares, per customer × currency its group. */
  private built = 0;
  private readonly ruleIndex = new Map<string, number>();
  private readonly perCustomer: (
    { rule: InterestRule; key: string; comp: number; compCur: number } | undefined
  )[] = [];
  private readonly groupOf: Int32Array;

  /**
   * The claim columns of `days` (which must be complete). With `build = false` nothing is filled yet:
   * `build(until)` fills them a slice at a time, as `BookDays.build` does.
   */
  constructor(
    private readonly days: BookDays,
    private readonly input: ClaimDaysInput,
    build = true,
  ) {
    for (const a of input.adjustments) {
      if (!a.invoiceId) continue;
      const list = this.adjustmentsBy.get(a.invoiceId);
      if (list) list.push(a);
      else this.adjustmentsBy.set(a.invoiceId, [a]);
    }
    this.interest = new InterestFigures(
      () => days.customers,
      () => days.ledger,
      () => input.rates,
      () => input.company,
      (id) => this.adjustmentsOf(id),
      (invoice, asOf) => this.disputes.contested(invoice, asOf),
    );
    this.disputes = new DisputeIndex(input.activities ?? []);
    const n = days.n;
    this.ruleOf = new Int32Array(n).fill(-1);
    this.compOf = new Uint16Array(n);
    this.groupOf = new Int32Array(days.customerIds.length * days.currencies.length).fill(-1);
    if (build) this.build(n);
  }

  /** Whether every invoice is in. */
  get complete(): boolean {
    return this.built === this.days.n;
  }

  /** Fills the columns up to invoice `until` (exclusive), continuing where the last call stopped. */
  build(until: number): boolean {
    const { days, input, ruleIndex, perCustomer, groupOf } = this;
    const K = days.currencies.length;
    const end = Math.min(until, days.n);
    for (let i = this.built; i < end; i++) {
      const inv = days.invoices[i] as Invoice;
      const c = days.customerOf[i] as number;
      let sh = perCustomer[c];
      if (!sh) {
        const customer = days.customers.get(inv.customerId);
        if (!customer) continue; // no claim without a customer (as `bookClaimTotals`)
        const rule = invoiceInterestRule(input.company, customer, {}).rule;
        sh = { rule, key: ruleKey(rule), comp: 0, compCur: -1 };
        if (rule.jurisdiction !== 'UK') [sh.comp, sh.compCur] = this.compensation(rule, inv);
        perCustomer[c] = sh;
      }
      const own = inv.contractLaw !== undefined || inv.formalNoticeDate !== undefined;
      if (
        own ||
        days.flags[i]! & MOVES ||
        (this.adjustmentsBy.size > 0 && this.adjustmentsBy.has(inv.id)) ||
        this.disputes.concerns(inv)
      ) {
        this.others.push(i);
        continue;
      }
      const gi = c * K + (days.currencyOf[i] as number);
      let r = groupOf[gi] as number;
      if (r < 0) {
        const rk = `${sh.key}|${inv.currency}`;
        let found = ruleIndex.get(rk);
        if (found === undefined) {
          ruleIndex.set(rk, (found = this.rules.length));
          this.rules.push({ key: sh.key, rule: sh.rule, currency: inv.currency });
        }
        groupOf[gi] = r = found;
      }
      this.ruleOf[i] = r;
      // The legal compensation by amount band (UK), or one fixed sum whatever the amount.
      const [comp, compCur] =
        sh.rule.jurisdiction === 'UK' ? this.compensation(sh.rule, inv) : [sh.comp, sh.compCur];
      this.compOf[i] = compCur < 0 ? 0 : this.compNumber(comp, compCur);
    }
    if (end > this.built) this.built = end;
    return this.complete;
  }

  /** The index in `comps` of this sum in this currency, added when new. */
  private compNumber(amount: number, currency: number): number {
    const key = `${amount}|${currency}`;
    let k = this.compIndex.get(key);
    if (k === undefined) {
      k = this.comps.push({ amount, currency }) - 1;
      this.compIndex.set(key, k);
      if (k > 0xffff && this.compOf instanceof Uint16Array) this.compOf = Uint32Array.from(this.compOf);
    }
    return k;
  }

  /** The log's disputes: an invoice one names is reckoned exactly, its contested part left out. */
  private readonly disputes: DisputeIndex;

  private adjustmentsOf(id: string): readonly Adjustment[] {
    return this.adjustmentsBy.get(id) ?? [];
  }

  private compensation(rule: InterestRule, inv: Invoice): [number, number] {
    const c = fixedCompensation({
      jurisdiction: rule.jurisdiction,
      debtor: rule.debtor,
      amount: inv.amount,
      currency: inv.currency,
    });
    if (!c || c.amount <= 0) return [0, -1];
    let k = this.compCurrencies.indexOf(c.currency);
    if (k < 0) k = this.compCurrencies.push(c.currency) - 1;
    return [c.amount, k];
  }

  /** Claim totals of the invoices in `currency` at `asOf`, one entry per currency (`bookClaimTotals`). */
  totals(asOf: IsoDate, currency: string): ClaimTotals[] {
    const steps = this.totalsSteps(asOf, currency, Infinity);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * `totals` in steps of `chunk` invoices (the dashboard's build ahead runs them in idle time); the last
   * step keeps the totals for `totals` to return.
   */
  *totalsSteps(asOf: IsoDate, currency: string, chunk = 50_000): Generator<void, ClaimTotals[], void> {
    if (this.cacheDate !== asOf) {
      this.cache = new Map();
      this.cacheDate = asOf;
      this.interest.reset(asOf);
    }
    const known = this.cache.get(currency);
    if (known) return known;
    const out = yield* this.compute(asOf, currency, chunk);
    // Another date asked meanwhile (between steps) starts a new cache: this one is not kept then.
    if (this.cacheDate === asOf) this.cache.set(currency, out);
    return out;
  }

  private *compute(asOf: IsoDate, currency: string, chunk: number): Generator<void, ClaimTotals[], void> {
    const days = this.days;
    const D = cachedDayNumber(asOf);
    const k = days.currencyNumber(currency);
    const { sum, addAll, sorted } = claimSums();
    // S per rule group and due day at D, looked up once each (a few thousand, not a million).
    // Indexed by rule group × (due day − the earliest due day): `undefined` until looked up.
    const lo = days.dueRange[0];
    const span = days.dueRange[1] - lo + 1;
    const groups: (Group | null | undefined)[] = new Array(Math.max(0, this.rules.length * span));
    const exact: { currency: string; invoice: Invoice }[] = [];
    let interest = 0;
    let incomplete = 0;
    let counted = 0;
    const compBy = new Float64Array(this.compCurrencies.length);
    const compCount = new Float64Array(this.compCurrencies.length);
    const { ruleOf, compOf, comps } = this;
    const { currencyOf, issue, due, amount, n } = days;
    const round = times; // a local name for the hot loop (an import may be reached through a getter)
    for (let from = 0; k >= 0 && from < n; from += chunk) {
      const to = Math.min(n, from + chunk);
      for (let i = from; i < to; i++) {
        const r = ruleOf[i] as number;
        if (r < 0 || currencyOf[i] !== k) continue;
        const u = due[i] as number;
        if (u >= D || (issue[i] as number) > D) continue;
        const slot = r * span + (u - lo);
        let g = groups[slot];
        if (g === undefined) {
          const rule = this.rules[r] as (typeof this.rules)[number];
          g = groups[slot] = groupFor(
            rule.key,
            rule.rule,
            days.invoices[i] as Invoice,
            u,
            D,
            this.input.rates,
          );
        }
        if (g === null) {
          exact.push({ currency, invoice: days.invoices[i] as Invoice });
          continue;
        }
        const owed = round(amount[i] as number, g);
        const withInterest = owed > 0 || !g.complete;
        if (withInterest) {
          interest += owed;
          if (!g.complete) incomplete++;
          counted++;
        }
        const fixed = comps[compOf[i] as number]!;
        const cc = fixed.currency;
        if (cc >= 0) {
          compBy[cc] = (compBy[cc] as number) + fixed.amount;
          if (!withInterest || this.compCurrencies[cc] !== currency)
            compCount[cc] = (compCount[cc] as number) + 1;
        }
      }
      if (to < n) yield;
    }
    if (counted > 0 || incomplete > 0) {
      const t = sum(currency);
      t.interest.total += interest;
      t.interest.incomplete += incomplete;
      t.invoices += counted;
    }
    this.compCurrencies.forEach((cur, c) => {
      if (compBy[c] === 0 && compCount[c] === 0) return;
      const t = sum(cur);
      t.compensation += compBy[c] as number;
      t.invoices += compCount[c] as number;
    });
    for (const i of this.others)
      if (currencyOf[i] === k) exact.push({ currency, invoice: days.invoices[i] as Invoice });
    const rest = bookClaimTotals(exact, {
      asOf,
      company: this.input.company,
      customers: days.customers,
      ledger: days.ledger,
      rates: this.input.rates,
      exact: (invoice) => this.interest.claim(invoice),
      adjustmentsOf: (id) => this.adjustmentsOf(id),
      disputed: (invoice) => this.disputes.concerns(invoice),
    });
    addAll(rest);
    return sorted();
  }
}
