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
  complete: boolean;
}

export interface InterestCache {
  readonly asOf: IsoDate;
  /** The interest of one invoice as of the cache's date, with the cache's tables. */
  interest(input: Omit<InterestInput, 'asOf' | 'rates'>): FastInterest;
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
  const groups = new Map<string, Group | null>();
  const full = (input: Omit<InterestInput, 'asOf' | 'rates'>): InterestResult =>
    lateInterest({ ...input, asOf, ...(rates ? { rates } : {}) });
  return {
    asOf,
    get size() {
      return groups.size;
    },
    interest(input) {
      const reduced = input.payments.some((p) => p.amount !== 0);
      if (reduced || input.amount <= 0 || !Number.isSafeInteger(input.amount)) {
        const r = full(input);
        return { total: r.total, complete: r.complete };
      }
      const key = `${ruleKey(input.rule)}|${input.dueDate}|${input.currency}`;
      const group = groups.get(key);
      if (group === undefined) {
        const r = full(input);
        const factor = unitFactor(r);
        const checked = factor && Number(roundDiv(BigInt(input.amount) * factor.n, factor.d)) === r.total;
        groups.set(key, checked ? { factor, complete: r.complete } : null);
        return { total: r.total, complete: r.complete };
      }
      if (group === null || group.factor === null) {
        const r = full(input);
        return { total: r.total, complete: r.complete };
      }
      return {
        total: Number(roundDiv(BigInt(input.amount) * group.factor.n, group.factor.d)),
        complete: group.complete,
      };
    },
  };
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
