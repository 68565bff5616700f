// Late interest for a whole grid, fast. With nothing reducing an invoice, `lateInterest` sums
// principal × rate × days / (100 × basis) over its periods with a constant principal, so its exact total
// is amount × S, where S depends only on the rule, the due date and the as-of date (and the tables).
// S is derived once per (rule, due date, currency) from one full computation's periods (rates are plain
// decimals, so their shortest decimal text is exact) and checked against that computation's total;
// a group whose S does not match, and every invoice with payments, goes through `lateInterest` itself.
// 100,000 overdue invoices: ~1,000 full computations instead of 100,000.

import { lateInterest, type InterestInput, type InterestResult, type InterestRule } from './interest';
import { decimalToFraction, roundDiv } from './money';
import type { RateTables } from './rates/types';
import type { IsoDate } from './types';

export interface FastInterest {
  /** Equal to `lateInterest(input).total`. */
  total: number;
  /** Equal to `lateInterest(input).complete`: false when a rate is missing (the total leaves it out). */
  complete: boolean;
}

interface Group {
  factor: { n: bigint; d: bigint } | null;
  /** The factor as a float, for the quick product (see `times`); NaN when it does not fit a float. */
  f: number;
  complete: boolean;
}

export interface InterestCache {
  readonly asOf: IsoDate;
  /**
   * The interest of one invoice as of the cache's date, with the cache's tables. `key` is
   * `ruleKey(input.rule)` when the caller keeps it (a million invoices share a few rules).
   */
  interest(input: Omit<InterestInput, 'asOf' | 'rates'>, key?: string): FastInterest;
  /** Groups seen so far (for tests and benchmarks). */
  readonly size: number;
}

/** The key of everything in a rule that changes the rate or the days (never the amount). */
export function ruleKey(rule: InterestRule): string {
  return [
    rule.jurisdiction,
    rule.debtor,
    rule.contractRatePercent ?? '',
    rule.monthlyRatePercent ?? '',
    rule.dayCount ?? '',
    rule.graceDays ?? '',
    rule.rateMode ?? '',
    rule.contractDate ?? '',
    rule.formalNoticeDate ?? '',
  ].join('|');
}

/** A cache for one as-of date and one set of tables: make a new one when either changes. */
export function interestCache(asOf: IsoDate, rates?: RateTables): InterestCache {
  // rule key → currency → due date → group (each level a lookup of a string the book holds once).
  const groups = new Map<string, Map<string, Map<string, Group | null>>>();
  let size = 0;
  const full = (input: Omit<InterestInput, 'asOf' | 'rates'>): InterestResult =>
    lateInterest({ ...input, asOf, ...(rates ? { rates } : {}) });
  const slow = (input: Omit<InterestInput, 'asOf' | 'rates'>): FastInterest => {
    const r = full(input);
    return { total: r.total, complete: r.complete };
  };
  return {
    asOf,
    get size() {
      return size;
    },
    interest(input, key) {
      const reduced = input.payments.some((p) => p.amount !== 0) || (input.reversals?.length ?? 0) > 0;
      if (reduced || input.amount <= 0 || !Number.isSafeInteger(input.amount)) return slow(input);
      const rk = key ?? ruleKey(input.rule);
      let byCurrency = groups.get(rk);
      if (!byCurrency) groups.set(rk, (byCurrency = new Map()));
      let byDue = byCurrency.get(input.currency);
      if (!byDue) byCurrency.set(input.currency, (byDue = new Map()));
      const group = byDue.get(input.dueDate);
      if (group === undefined) {
        const r = full(input);
        const factor = unitFactor(r);
        const checked = factor && Number(roundDiv(BigInt(input.amount) * factor.n, factor.d)) === r.total;
        byDue.set(input.dueDate, checked ? { factor, f: floatOf(factor), complete: r.complete } : null);
        size++;
        return { total: r.total, complete: r.complete };
      }
      if (group === null || group.factor === null) return slow(input);
      return { total: times(input.amount, group), complete: group.complete };
    },
  };
}

/** n / d as a float when both fit one exactly enough (NaN: use the exact product). */
function floatOf({ n, d }: { n: bigint; d: bigint }): number {
  const fn = Number(n);
  const fd = Number(d);
  return Number.isFinite(fn) && Number.isFinite(fd) && fd > 0 && fd < 1e300 ? fn / fd : NaN;
}

/**
 * amount × n / d rounded half up, exactly. The float product is within a few units of 2⁻⁵³ of the
 * exact one relatively, so unless it lies right by a half (where rounding could go either way) its
 * nearest integer is the exact answer; near a half, or when large, the exact product decides.
 */
function times(amount: number, g: Group): number {
  const x = amount * g.f;
  const size = Math.abs(x);
  if (size < 1e12) {
    const r = x - Math.floor(x);
    if (Math.abs(r - 0.5) > size * 1e-13 + 1e-9) return Math.round(x);
  }
  return Number(roundDiv(BigInt(amount) * g.factor!.n, g.factor!.d));
}

/** Σ rate × days / (100 × basis) over the periods, exactly; null when a rate is not a plain decimal. */
export function unitFactor(result: InterestResult): { n: bigint; d: bigint } | null {
  let n = 0n;
  let d = 1n;
  for (const p of result.periods) {
    const text = String(p.ratePercent);
    if (!/^-?\d+(\.\d{1,8})?$/.test(text)) return null;
    const [rn, rd] = decimalToFraction(text);
    const pn = rn * BigInt(p.days);
    const pd = rd * 100n * BigInt(p.dayBasis);
    n = n * pd + pn * d;
    d = d * pd;
    const g = gcd(n, d);
    n /= g;
    d /= g;
  }
  return { n, d };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x || 1n;
}
