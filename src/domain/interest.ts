// Late-payment interest (docs rules §1–§4): simple interest, split at every rate change and every
// partial payment, computed exactly as a BigInt fraction and rounded half-up ONCE at the end.

import { addDays, dateParts, daysBetween, isIsoDate, isLeapYear, minDate } from './dates';
import {
  jurisdictionRule,
  statutoryMargin,
  type DayCount,
  type FixingMode,
  type JurisdictionRule,
} from './jurisdictions';
import { assertMinor, decimalToFraction, roundDiv } from './money';
import { defaultRateTables, withAllTables } from './rates/index';
import {
  halfYearEnd,
  halfYearLabel,
  halfYearStart,
  isExactDecimal,
  rateOn,
  rateSegments,
} from './rates/lookup';
import type { ChangeSegment } from './rates/lookup';
import type { RateTable, RateTableId, RateTables } from './rates/types';
import type { CurrencyCode, DebtorKind, IsoDate, Jurisdiction } from './types';
import type { InterestError, InterestExplanation, InterestWarning, RateStep } from './interest-codes';

export type { DayCount } from './jurisdictions';
export type * from './interest-codes';

export interface InterestRule {
  jurisdiction: Jurisdiction;
  debtor: DebtorKind;
  /** Agreed annual rate in %; overrides the statutory rate, fixed for the whole debt. */
  contractRatePercent?: number;
  /** Agreed rate in % per month (1.5 → 18 % a year, simple), used when no annual rate is given. */
  monthlyRatePercent?: number;
  dayCount?: DayCount;
  /** Interest starts the day after `dueDate + graceDays`. */
  graceDays?: number;
  /** Romania only: `per-change` splits at every BNR change instead of fixing on 1 Jan / 1 Jul. */
  rateMode?: 'half-year' | 'per-change';
  /** IT: contracts concluded before 2013-01-01 take ECB + 7 pp. Without it, + 8 pp is assumed. */
  contractDate?: IsoDate;
  /** FR consumers: the legal rate runs only from the formal notice (mise en demeure). */
  formalNoticeDate?: IsoDate;
}

export interface InterestInput {
  /** Minor units owed at the due date. */
  amount: number;
  currency: CurrencyCode;
  dueDate: IsoDate;
  /** Reductions (payments, discounts, credit notes, write-offs): the principal falls from the day after each. */
  payments: { date: IsoDate; amount: number }[];
  /**
   * Reductions undone (a credit note or write-off reversed, a refund to the invoice): the principal rises
   * again by `amount` from the day after `date`. `interestReductions` (balance.ts) gives both from a ledger.
   */
  reversals?: { date: IsoDate; amount: number }[];
  asOf: IsoDate;
  rule: InterestRule;
  rates?: RateTables;
}

export interface InterestPeriod {
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** Divisor of the day count: 365, 366 (act/act in a leap year) or 360. */
  dayBasis: number;
  principal: number;
  ratePercent: number;
  /** The reference rate (null for a contract rate) and the margin added to it. */
  referencePercent: number | null;
  marginPp: number | null;
  /** The period's interest rounded half-up, for display only: the total is not the sum of these. */
  amount: number;
}

export interface InterestResult {
  /** Minor units: the exact sum of the unrounded periods, rounded half-up once. */
  total: number;
  periods: InterestPeriod[];
  warnings: InterestWarning[];
  /** Stretches that could not be computed (missing rates): `total` leaves them out. */
  errors: InterestError[];
  /** False when `errors` is not empty: do not print `total` as the amount owed. */
  complete: boolean;
  /** How the figure was reached, as data (rule, table, margin, fixing, day count, contract rate). */
  explanation: InterestExplanation;
  /**
   * The day the payments reached the amount owed (interest stops there) and stayed there up to `asOf`
   * (a reversal after it reopens the debt); null while something is owed at `asOf`.
   */
  paidInFullOn: IsoDate | null;
}

type Frac = { n: bigint; d: bigint };

interface RatePiece {
  from: IsoDate;
  to: IsoDate;
  rate: Frac | null;
  referencePercent: number | null;
  marginPp: number | null;
}

interface Plan {
  pieces: RatePiece[];
  explanation: InterestExplanation;
  warnings: InterestWarning[];
  errors: InterestError[];
}

export function lateInterest(input: InterestInput): InterestResult {
  const { amount, dueDate, asOf, rule } = input;
  assertMinor(amount, 'interest amount');
  const reversalsIn = input.reversals ?? [];
  for (const d of [dueDate, asOf, ...input.payments.map((p) => p.date), ...reversalsIn.map((r) => r.date)])
    if (!isIsoDate(d)) throw new Error(`interest: not an ISO date: ${JSON.stringify(d)}`);
  const grace = rule.graceDays ?? 0;
  if (!Number.isSafeInteger(grace) || grace < 0)
    throw new Error(`interest: graceDays must be a whole number ≥ 0, got ${grace}`);
  const tables = withAllTables(input.rates ?? defaultRateTables);
  const jr = jurisdictionRule(rule.jurisdiction);
  const dayCount = rule.dayCount ?? jr.dayCount;
  const warnings: InterestWarning[] = [];
  if (!jr.dayCountOptions.includes(dayCount))
    warnings.push({
      code: 'interest.day-count-unusual',
      params: { dayCount, usual: jr.dayCount, jurisdiction: jr.code },
    });

  const usable = (p: { date: IsoDate; amount: number }): boolean => {
    assertMinor(p.amount, 'payment amount');
    if (p.amount <= 0)
      warnings.push({
        code: 'interest.payment-ignored',
        params: { amount: p.amount, currency: input.currency, date: p.date },
      });
    return p.amount > 0 && p.date <= asOf;
  };
  // Signed moves of the principal in date order: a reduction lowers it, a reversal raises it again.
  const moves = [
    ...input.payments.filter(usable).map((p) => ({ date: p.date, reduction: p.amount })),
    ...reversalsIn.filter(usable).map((r) => ({ date: r.date, reduction: -r.amount })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Paid in full on the day the net reductions reached the amount, if they stayed there (a day's moves
  // taken together).
  let paid = 0;
  let paidInFullOn: IsoDate | null = null;
  for (let i = 0; i < moves.length;) {
    const day = moves[i]!.date;
    for (; i < moves.length && moves[i]!.date === day; i++) paid += moves[i]!.reduction;
    if (paid < amount) paidInFullOn = null;
    else paidInFullOn ??= day;
  }

  let anchor = addDays(dueDate, grace);
  const usesContract = rule.contractRatePercent !== undefined || rule.monthlyRatePercent !== undefined;
  if (!usesContract && rule.debtor === 'consumer' && jr.consumer.kind === 'legal-rate-after-notice') {
    if (rule.formalNoticeDate === undefined) {
      warnings.push({ code: 'interest.awaiting-formal-notice', params: { jurisdiction: jr.code } });
      const until = paidInFullOn === null ? asOf : minDate(asOf, paidInFullOn);
      return zero(warnings, none('awaiting-formal-notice', jr.code, until), paidInFullOn);
    }
    if (rule.formalNoticeDate > anchor) anchor = rule.formalNoticeDate;
  }
  const end = paidInFullOn === null ? asOf : minDate(asOf, paidInFullOn);
  const start = addDays(anchor, 1);

  if (end <= anchor || amount <= 0) {
    const why = paidInFullOn !== null && paidInFullOn <= anchor ? 'paid-before-start' : 'not-overdue';
    return zero(warnings, none(why, jr.code, end), paidInFullOn);
  }
  const plan = ratePlan(input, jr, tables, start, end);
  warnings.push(...plan.warnings);

  const cuts = new Set<IsoDate>();
  for (const piece of plan.pieces) if (piece.to < end) cuts.add(piece.to);
  for (const m of moves) if (m.date >= start && m.date < end) cuts.add(m.date);
  if (dayCount === 'act/act')
    for (let y = dateParts(start).year; `${y}-12-31` < end; y++) cuts.add(`${y}-12-31`);

  const periods: InterestPeriod[] = [];
  let sum: Frac = { n: 0n, d: 1n };
  let from = start;
  for (const to of [...[...cuts].sort(), end]) {
    const piece = plan.pieces.find((p) => p.from <= from && from <= p.to);
    const principal = amount - moves.filter((m) => m.date < from).reduce((s, m) => s + m.reduction, 0);
    const [days, dayBasis] = dayFraction(dayCount, addDays(from, -1), to);
    if (piece?.rate && days !== 0 && principal > 0) {
      const exact: Frac = {
        n: BigInt(principal) * piece.rate.n * BigInt(days),
        d: piece.rate.d * 100n * BigInt(dayBasis),
      };
      sum = addFrac(sum, exact);
      periods.push({
        from,
        to,
        days,
        dayBasis,
        principal,
        ratePercent: Number(piece.rate.n) / Number(piece.rate.d),
        referencePercent: piece.referencePercent,
        marginPp: piece.marginPp,
        amount: Number(roundDiv(exact.n, exact.d)),
      });
    }
    from = addDays(to, 1);
  }
  return {
    total: Number(roundDiv(sum.n, sum.d)),
    periods,
    warnings,
    errors: plan.errors,
    complete: plan.errors.length === 0,
    explanation: withDayCount(plan.explanation, dayCount),
    paidInFullOn,
  };
}

function zero(
  warnings: InterestWarning[],
  explanation: InterestExplanation,
  paidInFullOn: IsoDate | null,
): InterestResult {
  return { total: 0, periods: [], warnings, errors: [], complete: true, explanation, paidInFullOn };
}

function none(
  why: Extract<InterestExplanation, { code: 'interest.none' }>['params']['why'],
  jurisdiction: Jurisdiction,
  until: IsoDate,
): InterestExplanation {
  return { code: 'interest.none', params: { why, jurisdiction, until } };
}

/** The explanation with the day count actually used (the plan is made before it is known). */
function withDayCount(e: InterestExplanation, dayCount: DayCount): InterestExplanation {
  return e.code === 'interest.none'
    ? e
    : ({ code: e.code, params: { ...e.params, dayCount } } as InterestExplanation);
}

/** Days and divisor for the period after `anchor` up to `to` inclusive. */
function dayFraction(dayCount: DayCount, anchor: IsoDate, to: IsoDate): [number, number] {
  if (dayCount === '30E/360') {
    const a = dateParts(anchor);
    const b = dateParts(to);
    const days =
      (b.year - a.year) * 360 + (b.month - a.month) * 30 + (Math.min(b.day, 30) - Math.min(a.day, 30));
    return [days, 360];
  }
  // act/act periods never cross a year end (they are cut at 31 Dec), so `to`'s year decides.
  const basis = dayCount === 'act/act' && isLeapYear(dateParts(to).year) ? 366 : 365;
  return [daysBetween(anchor, to), basis];
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function addFrac(a: Frac, b: Frac): Frac {
  const n = a.n * b.d + b.n * a.d;
  const d = a.d * b.d;
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

/** Rates met before, as fractions (a book's invoices meet the same few rates again and again). */
const fractions = new Map<number, Frac>();

function exactPercent(value: number, what: string): Frac {
  const known = fractions.get(value);
  if (known) return known;
  if (!isExactDecimal(value)) throw new Error(`interest: ${what} must be a plain decimal, got ${value}`);
  const [n, d] = decimalToFraction(String(value));
  if (fractions.size >= 4096) fractions.clear();
  const f = Object.freeze({ n, d });
  fractions.set(value, f);
  return f;
}

/** The rate of every stretch of `start…end`, with the words that explain it. */
function ratePlan(
  input: InterestInput,
  jr: JurisdictionRule,
  tables: RateTables,
  start: IsoDate,
  end: IsoDate,
): Plan {
  const { rule } = input;
  const warnings: InterestWarning[] = [];
  if (rule.contractRatePercent !== undefined || rule.monthlyRatePercent !== undefined)
    return contractPlan(rule, jr, tables, start, end);
  if (jr.reference === null)
    return {
      pieces: [],
      explanation: none('no-statutory-rate', jr.code, end),
      warnings: [{ code: 'interest.no-statutory-rate', params: { jurisdiction: jr.code } }],
      errors: [],
    };
  const head = { jr, debtor: rule.debtor, start, end, warnings };
  if (rule.debtor === 'consumer' && jr.consumer.kind === 'legal-rate-after-notice')
    return tablePlan(head, tables, 'tauxLegal', 0, 'half-year');
  if (rule.debtor === 'consumer' && jr.consumer.kind === 'legal-rate')
    return tablePlan(head, tables, jr.consumer.table, 0, 'per-change');
  const margin = statutoryMargin(jr, rule.debtor, {
    dueDate: input.dueDate,
    contractDate: rule.contractDate,
  });
  if (margin === null)
    return {
      pieces: [],
      explanation: none('consumer-not-covered', jr.code, end),
      warnings: [{ code: 'interest.consumer-not-covered', params: { jurisdiction: jr.code } }],
      errors: [],
    };
  if (jr.earlierMargin?.decidedBy === 'contract-date' && !rule.contractDate && input.dueDate < '2014-01-01')
    warnings.push({
      code: 'interest.contract-date-assumed',
      params: {
        marginPp: jr.marginPp,
        before: jr.earlierMargin.before,
        earlierMarginPp: jr.earlierMargin.marginPp,
      },
    });
  let mode: FixingMode = jr.fixing;
  if (rule.rateMode !== undefined && rule.rateMode !== jr.fixing) {
    if (jr.fixingOptions.includes(rule.rateMode)) mode = rule.rateMode;
    else
      warnings.push({
        code: 'interest.rate-mode-not-offered',
        params: { mode: rule.rateMode, used: jr.fixing, jurisdiction: jr.code },
      });
  }
  return tablePlan(head, tables, jr.reference, margin, mode);
}

interface PlanHead {
  jr: JurisdictionRule;
  debtor: DebtorKind;
  start: IsoDate;
  end: IsoDate;
  warnings: InterestWarning[];
}

function tablePlan(
  head: PlanHead,
  tables: RateTables,
  tableId: RateTableId,
  marginPp: number,
  mode: FixingMode,
): Plan {
  const { start, end, warnings } = head;
  const table: RateTable = tables[tableId];
  let segments: (ChangeSegment & { fixedOn?: IsoDate })[];
  if (mode === 'uk-fixed') {
    const { year, month } = dateParts(start);
    const fixedOn = month <= 6 ? `${year - 1}-12-31` : `${year}-06-30`;
    const lookup = rateOn(table, fixedOn);
    segments = [{ from: start, to: end, lookup, uncertainDay: lookup.ok && lookup.uncertainDay, fixedOn }];
  } else if (mode === 'half-year' && table.kind === 'changes') {
    // Fixing on the first day of each half-year (RO default).
    segments = [];
    for (let from = start; from <= end; from = addDays(halfYearEnd(from), 1)) {
      const fixedOn = halfYearStart(from);
      const lookup = rateOn(table, fixedOn);
      const to = minDate(halfYearEnd(from), end);
      segments.push({ from, to, lookup, uncertainDay: lookup.ok && lookup.uncertainDay, fixedOn });
    }
  } else segments = rateSegments(table, start, end);

  const margin = exactPercent(marginPp, 'margin');
  const pieces: RatePiece[] = [];
  const errors: InterestError[] = [];
  const steps: RateStep[] = [];
  const flagged = new Set<string>();
  for (const s of segments) {
    const half =
      mode !== 'uk-fixed' && (table.kind === 'half-year' || s.fixedOn) ? halfYearLabel(s.from) : null;
    const fixedOn = s.fixedOn ?? null;
    if (!s.lookup.ok) {
      const params = {
        table: tableId,
        from: s.from,
        to: s.to,
        fixing: fixedOn ?? half ?? `${s.from}…${s.to}`,
        missingFrom: s.lookup.missingFrom,
        missingTo: s.lookup.missingTo,
      };
      errors.push({ code: 'interest.missing-rate', params, from: s.from, to: s.to });
      pieces.push({ from: s.from, to: s.to, rate: null, referencePercent: null, marginPp });
      steps.push({ from: s.from, to: s.to, half, fixedOn, referencePercent: null, ratePercent: null });
      continue;
    }
    const ref = s.lookup.ratePercent;
    const r = exactPercent(ref, `${table.name} rate`);
    const rate = { n: r.n * margin.d + margin.n * r.d, d: r.d * margin.d };
    pieces.push({ from: s.from, to: s.to, rate, referencePercent: ref, marginPp });
    const ratePercent = Number(rate.n) / Number(rate.d);
    steps.push({ from: s.from, to: s.to, half, fixedOn, referencePercent: ref, ratePercent });
    const row = s.lookup.row;
    if (row.unconfirmed && !flagged.has(row.from)) {
      flagged.add(row.from);
      warnings.push({
        code: 'interest.rate-unconfirmed',
        params: { table: tableId, ratePercent: ref, from: row.from },
      });
    }
    if (s.uncertainDay && !flagged.has(`${s.from}?`)) {
      flagged.add(`${s.from}?`);
      warnings.push({ code: 'interest.uncertain-day', params: { table: tableId, from: s.from, to: s.to } });
    }
  }
  const explanation: InterestExplanation = {
    code: 'interest.statutory',
    params: {
      jurisdiction: head.jr.code,
      debtor: head.debtor,
      table: tableId,
      marginPp,
      fixing: mode,
      dayCount: head.jr.dayCount,
      steps,
    },
  };
  return { pieces, explanation, warnings, errors };
}

function contractPlan(
  rule: InterestRule,
  jr: JurisdictionRule,
  tables: RateTables,
  start: IsoDate,
  end: IsoDate,
): Plan {
  const warnings: InterestWarning[] = [];
  let rate: Frac;
  let monthlyPercent: number | null = null;
  if (rule.contractRatePercent !== undefined) {
    rate = exactPercent(rule.contractRatePercent, 'contract rate');
    if (rule.monthlyRatePercent !== undefined) warnings.push({ code: 'interest.both-contract-rates' });
  } else {
    monthlyPercent = rule.monthlyRatePercent ?? 0;
    const monthly = exactPercent(monthlyPercent, 'monthly rate');
    rate = { n: monthly.n * 12n, d: monthly.d };
  }
  if (jr.contractFloorMultiple !== undefined) {
    for (const s of rateSegments(tables.tauxLegal, start, end)) {
      const label = halfYearLabel(s.from);
      const multiple = jr.contractFloorMultiple;
      if (!s.lookup.ok) {
        warnings.push({ code: 'interest.floor-unknown', params: { half: label, multiple } });
        continue;
      }
      const floor = exactPercent(s.lookup.ratePercent, 'taux légal');
      if (rate.n * floor.d < BigInt(multiple) * floor.n * rate.d)
        warnings.push({
          code: 'interest.below-floor',
          params: { half: label, multiple, legalPercent: s.lookup.ratePercent },
        });
    }
  }
  return {
    pieces: [{ from: start, to: end, rate, referencePercent: null, marginPp: null }],
    explanation: {
      code: 'interest.contract',
      params: {
        jurisdiction: jr.code,
        annualPercent: Number(rate.n) / Number(rate.d),
        monthlyPercent,
        dayCount: jr.dayCount,
      },
    },
    warnings,
    errors: [],
  };
}
