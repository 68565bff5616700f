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
import { defaultRateTables } from './rates/index';
import {
  halfYearEnd,
  halfYearLabel,
  halfYearStart,
  isExactDecimal,
  rateOn,
  rateSegments,
} from './rates/lookup';
import type { ChangeSegment } from './rates/lookup';
import type { RateTable, RateTables } from './rates/types';
import type { CurrencyCode, DebtorKind, IsoDate, Jurisdiction } from './types';

export type { DayCount } from './jurisdictions';

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
  payments: { date: IsoDate; amount: number }[];
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

export interface InterestError {
  code: 'missing-rate';
  from: IsoDate;
  to: IsoDate;
  message: string;
}

export interface InterestResult {
  /** Minor units: the exact sum of the unrounded periods, rounded half-up once. */
  total: number;
  periods: InterestPeriod[];
  warnings: string[];
  /** Stretches that could not be computed (missing rates): `total` leaves them out. */
  errors: InterestError[];
  /** False when `errors` is not empty: do not print `total` as the amount owed. */
  complete: boolean;
  /** The rule applied, in words, for statements and letters. */
  explanation: string;
  /** The day the payments reached the amount owed (interest stops there), if they did by `asOf`. */
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
  explanation: string;
  warnings: string[];
  errors: InterestError[];
}

export function lateInterest(input: InterestInput): InterestResult {
  const { amount, dueDate, asOf, rule } = input;
  assertMinor(amount, 'interest amount');
  for (const d of [dueDate, asOf, ...input.payments.map((p) => p.date)])
    if (!isIsoDate(d)) throw new Error(`interest: not an ISO date: ${JSON.stringify(d)}`);
  const grace = rule.graceDays ?? 0;
  if (!Number.isSafeInteger(grace) || grace < 0)
    throw new Error(`interest: graceDays must be a whole number ≥ 0, got ${grace}`);
  const tables = input.rates ?? defaultRateTables;
  const jr = jurisdictionRule(rule.jurisdiction);
  const dayCount = rule.dayCount ?? jr.dayCount;
  const warnings: string[] = [];
  if (!jr.dayCountOptions.includes(dayCount))
    warnings.push(`${dayCount} is not the usual day count in ${jr.name} (${jr.dayCount} is).`);

  const payments = input.payments
    .filter((p) => {
      assertMinor(p.amount, 'payment amount');
      if (p.amount <= 0) warnings.push(`Payment of ${p.amount} on ${p.date} ignored: not positive.`);
      return p.amount > 0 && p.date <= asOf;
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let paid = 0;
  let paidInFullOn: IsoDate | null = null;
  for (const p of payments) {
    paid += p.amount;
    if (paid >= amount) {
      paidInFullOn = p.date;
      break;
    }
  }

  let anchor = addDays(dueDate, grace);
  const usesContract = rule.contractRatePercent !== undefined || rule.monthlyRatePercent !== undefined;
  if (!usesContract && rule.debtor === 'consumer' && jr.consumer.kind === 'legal-rate-after-notice') {
    if (rule.formalNoticeDate === undefined) {
      const why = `In ${jr.name} a consumer owes the legal rate only from a formal notice (mise en demeure): enter its date.`;
      return zero([...warnings, why], why, paidInFullOn);
    }
    if (rule.formalNoticeDate > anchor) anchor = rule.formalNoticeDate;
  }
  const end = paidInFullOn === null ? asOf : minDate(asOf, paidInFullOn);
  const start = addDays(anchor, 1);

  if (end <= anchor || amount <= 0) {
    const why =
      paidInFullOn !== null && paidInFullOn <= anchor ? 'paid before interest started' : 'not overdue';
    return zero(warnings, `No interest: ${why} by ${end}`, paidInFullOn);
  }
  const plan = ratePlan(input, jr, tables, start, end);
  warnings.push(...plan.warnings);

  const cuts = new Set<IsoDate>();
  for (const piece of plan.pieces) if (piece.to < end) cuts.add(piece.to);
  for (const p of payments) if (p.date >= start && p.date < end) cuts.add(p.date);
  if (dayCount === 'act/act')
    for (let y = dateParts(start).year; `${y}-12-31` < end; y++) cuts.add(`${y}-12-31`);

  const periods: InterestPeriod[] = [];
  let sum: Frac = { n: 0n, d: 1n };
  let from = start;
  for (const to of [...[...cuts].sort(), end]) {
    const piece = plan.pieces.find((p) => p.from <= from && from <= p.to);
    const principal = amount - payments.filter((p) => p.date < from).reduce((s, p) => s + p.amount, 0);
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
    explanation:
      plan.pieces.length === 0
        ? plan.explanation
        : `${plan.explanation}, ${dayCount}; simple interest; the total is the exact sum of the periods rounded half-up once`,
    paidInFullOn,
  };
}

function zero(warnings: string[], explanation: string, paidInFullOn: IsoDate | null): InterestResult {
  return { total: 0, periods: [], warnings, errors: [], complete: true, explanation, paidInFullOn };
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

function exactPercent(value: number, what: string): Frac {
  if (!isExactDecimal(value)) throw new Error(`interest: ${what} must be a plain decimal, got ${value}`);
  const [n, d] = decimalToFraction(String(value));
  return { n, d };
}

function pct(value: number): string {
  return `${value.toFixed(2)} %`;
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
  const warnings: string[] = [];
  if (rule.contractRatePercent !== undefined || rule.monthlyRatePercent !== undefined)
    return contractPlan(rule, jr, tables, start, end);
  if (jr.reference === null) {
    const why = `${jr.name}: no statutory late-interest rate; enter the contract rate (e.g. 1.5 % a month).`;
    return { pieces: [], explanation: why, warnings: [why], errors: [] };
  }
  if (rule.debtor === 'consumer' && jr.consumer.kind === 'legal-rate-after-notice')
    return tablePlan(tables.tauxLegal, "taux d'intérêt légal", 0, 'half-year', start, end, warnings);
  const margin = statutoryMargin(jr, rule.debtor, {
    dueDate: input.dueDate,
    contractDate: rule.contractDate,
  });
  if (margin === null) {
    const why = `${jr.law} does not cover consumer debtors: no statutory interest; enter a contract rate to charge any.`;
    return { pieces: [], explanation: why, warnings: [why], errors: [] };
  }
  if (jr.earlierMargin?.decidedBy === 'contract-date' && !rule.contractDate && input.dueDate < '2014-01-01')
    warnings.push(
      `Contract date not given: + ${jr.marginPp} pp assumed; contracts before ${jr.earlierMargin.before} take + ${jr.earlierMargin.marginPp} pp.`,
    );
  let mode: FixingMode = jr.fixing;
  if (rule.rateMode !== undefined && rule.rateMode !== jr.fixing) {
    if (jr.fixingOptions.includes(rule.rateMode)) mode = rule.rateMode;
    else warnings.push(`Rate mode ${rule.rateMode} is not offered in ${jr.name}; ${jr.fixing} used.`);
  }
  return tablePlan(tables[jr.reference], jr.referenceLabel, margin, mode, start, end, warnings);
}

function tablePlan(
  table: RateTable,
  label: string,
  marginPp: number,
  mode: FixingMode,
  start: IsoDate,
  end: IsoDate,
  warnings: string[],
): Plan {
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
  const parts: string[] = [];
  const flagged = new Set<string>();
  for (const s of segments) {
    const when =
      mode === 'uk-fixed'
        ? `on ${s.fixedOn}`
        : table.kind === 'half-year' || s.fixedOn
          ? halfYearLabel(s.from)
          : `${s.from}…${s.to}`;
    if (!s.lookup.ok) {
      const gap = `${s.lookup.missingFrom}${s.lookup.missingTo ? `…${s.lookup.missingTo}` : ' onwards'}`;
      errors.push({
        code: 'missing-rate',
        from: s.from,
        to: s.to,
        message: `${table.name}: no rate for ${s.fixedOn ?? when} (table has nothing for ${gap}); interest for ${s.from}…${s.to} cannot be computed: add the rate to the table.`,
      });
      pieces.push({ from: s.from, to: s.to, rate: null, referencePercent: null, marginPp });
      continue;
    }
    const ref = s.lookup.ratePercent;
    const r = exactPercent(ref, `${table.name} rate`);
    const rate = { n: r.n * margin.d + margin.n * r.d, d: r.d * margin.d };
    pieces.push({ from: s.from, to: s.to, rate, referencePercent: ref, marginPp });
    parts.push(`${label} ${pct(ref)} + ${marginPp} pp = ${pct(Number(rate.n) / Number(rate.d))} (${when})`);
    const row = s.lookup.row;
    if (row.unconfirmed && !flagged.has(row.from)) {
      flagged.add(row.from);
      warnings.push(`${table.name}: the rate ${pct(ref)} from ${row.from} is unconfirmed; check the table.`);
    }
    if (s.uncertainDay && !flagged.has(`${s.from}?`)) {
      flagged.add(`${s.from}?`);
      warnings.push(
        `${table.name}: a change in a month whose day is not known touches ${s.from}…${s.to}; the table dates it to the month's last day.`,
      );
    }
  }
  if (mode === 'uk-fixed') parts.push('fixed for the whole debt');
  return { pieces, explanation: parts.join('; '), warnings, errors };
}

function contractPlan(
  rule: InterestRule,
  jr: JurisdictionRule,
  tables: RateTables,
  start: IsoDate,
  end: IsoDate,
): Plan {
  const warnings: string[] = [];
  let rate: Frac;
  let words: string;
  if (rule.contractRatePercent !== undefined) {
    rate = exactPercent(rule.contractRatePercent, 'contract rate');
    words = `contract rate ${pct(rule.contractRatePercent)} a year`;
    if (rule.monthlyRatePercent !== undefined)
      warnings.push('Both an annual and a monthly contract rate given: the annual rate is used.');
  } else {
    const monthly = exactPercent(rule.monthlyRatePercent ?? 0, 'monthly rate');
    rate = { n: monthly.n * 12n, d: monthly.d };
    words = `contract rate ${pct(rule.monthlyRatePercent ?? 0)} a month (${pct(Number(rate.n) / Number(rate.d))} a year, simple)`;
  }
  if (jr.contractFloorMultiple !== undefined) {
    for (const s of rateSegments(tables.tauxLegal, start, end)) {
      const label = halfYearLabel(s.from);
      if (!s.lookup.ok) {
        warnings.push(
          `Taux légal for ${label} missing: the ${jr.contractFloorMultiple}× floor cannot be checked.`,
        );
        continue;
      }
      const floor = exactPercent(s.lookup.ratePercent, 'taux légal');
      if (rate.n * floor.d < BigInt(jr.contractFloorMultiple) * floor.n * rate.d)
        warnings.push(
          `The agreed rate is below ${jr.contractFloorMultiple} × the taux légal for ${label} (${pct(s.lookup.ratePercent)}): C. com. L441-10 does not allow it.`,
        );
    }
  }
  return {
    pieces: [{ from: start, to: end, rate, referencePercent: null, marginPp: null }],
    explanation: words,
    warnings,
    errors: [],
  };
}
