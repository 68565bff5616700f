// Money is an integer count of the currency's minor units (cents, øre, bani) beside its ISO 4217 code.
// Nothing here holds an amount as a float: text is parsed digit by digit, products go through BigInt.

import type { CurrencyCode } from './types';

declare const minorBrand: unique symbol;
/**
 * An integer amount of minor units. The brand is optional, so any number type-checks as `Minor`: it
 * names the intent in signatures, and `assertMinor` is the guard that refuses a float at run time.
 */
export type Minor = number & { readonly [minorBrand]?: true };

export interface Money {
  amount: number;
  currency: CurrencyCode;
}

// ISO 4217 exponents that differ from 2, and the common ones; Intl answers for the rest.
const DIGITS: Record<string, number> = {
  EUR: 2,
  USD: 2,
  GBP: 2,
  DKK: 2,
  RON: 2,
  CHF: 2,
  SEK: 2,
  NOK: 2,
  PLN: 2,
  CZK: 2,
  HUF: 2,
  JPY: 0,
  KRW: 0,
  ISK: 0,
  CLP: 0,
  VND: 0,
  XOF: 0,
  XAF: 0,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
  LYD: 3,
  IQD: 3,
};

const CODE_RE = /^[A-Z]{3}$/;
let knownCodes: Set<string> | null = null;

/** True for a currency code this runtime knows (ISO 4217). */
export function isCurrencyCode(code: string): boolean {
  if (!CODE_RE.test(code)) return false;
  if (code in DIGITS) return true;
  if (!knownCodes) {
    const supported = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf;
    knownCodes = new Set(supported ? supported('currency') : Object.keys(DIGITS));
  }
  return knownCodes.has(code);
}

/** Number of minor-unit digits of a currency: EUR 2, JPY 0, BHD 3. */
export function currencyDigits(currency: CurrencyCode): number {
  const known = DIGITS[currency];
  if (known !== undefined) return known;
  if (!isCurrencyCode(currency)) throw new Error(`money: unknown currency ${JSON.stringify(currency)}`);
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  DIGITS[currency] = digits ?? 2;
  return DIGITS[currency];
}

export function assertMinor(value: number, what = 'amount'): asserts value is Minor {
  if (!Number.isSafeInteger(value))
    throw new Error(`money: ${what} must be an integer of minor units, got ${value}`);
}

export function add(a: number, b: number): Minor {
  assertMinor(a);
  assertMinor(b);
  const r = a + b;
  assertMinor(r, 'sum');
  return r;
}

export function subtract(a: number, b: number): Minor {
  return add(a, -b);
}

export function sum(values: Iterable<number>): Minor {
  let total = 0;
  for (const v of values) total = add(total, v);
  return total;
}

/** Integer division of BigInts rounded half away from zero (the commercial "half-up"). */
export function roundDiv(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new Error('money: division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/** `amount × numerator / denominator`, rounded half-up: percentages and rates without float error. */
export function multiplyRatio(
  amount: number,
  numerator: number | bigint,
  denominator: number | bigint,
): Minor {
  assertMinor(amount);
  return Number(roundDiv(BigInt(amount) * BigInt(numerator), BigInt(denominator)));
}

/**
 * Turns a decimal written as text ("2", "2.5", "0.125") into an exact fraction `[numerator, denominator]`,
 * so percentages entered by people can take part in exact arithmetic.
 */
export function decimalToFraction(text: string): [bigint, bigint] {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === ''))
    throw new Error(`money: not a decimal: ${JSON.stringify(text)}`);
  const decimals = m[3] ?? '';
  const numerator = BigInt((m[2] || '0') + decimals) * (m[1] === '-' ? -1n : 1n);
  return [numerator, 10n ** BigInt(decimals.length)];
}

/** `amount × percent / 100`, rounded half-up, with `percent` taken exactly as written in decimal. */
export function percentOf(amount: number, percent: number): Minor {
  const [num, den] = decimalToFraction(String(percent));
  return multiplyRatio(amount, num, den * 100n);
}

/**
 * Splits `total` into parts proportional to `weights` that sum to `total` exactly. Leftover units go,
 * one each, to the parts with the largest remainders, ties to the earlier part: the same input always
 * gives the same output.
 */
export function allocate(total: number, weights: number[]): Minor[] {
  assertMinor(total, 'total');
  if (weights.length === 0) throw new Error('money: allocate needs at least one weight');
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0))
    throw new Error('money: weights must be non-negative integers');
  const weightSum = weights.reduce((a, b) => a + BigInt(b), 0n);
  if (weightSum === 0n) throw new Error('money: weights sum to zero');
  const sign = total < 0 ? -1n : 1n;
  const abs = BigInt(Math.abs(total));
  const parts = weights.map((w) => (abs * BigInt(w)) / weightSum);
  const remainders = weights.map((w, i) => ({ i, r: (abs * BigInt(w)) % weightSum }));
  let left = abs - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0; left > 0n; k++, left--) {
    const idx = remainders[k % remainders.length]!.i;
    parts[idx] = parts[idx]! + 1n;
  }
  return parts.map((p) => Number(p * sign));
}

export interface ParseMoneyOptions {
  /** Minor-unit digits of the currency (default 2). */
  digits?: number;
  /** The decimal separator when known; when absent it is inferred from the text. */
  decimalSeparator?: '.' | ',';
}

// Spaces of every kind (NBSP, narrow NBSP, thin space) and apostrophes are thousands marks.
const GROUP_CHARS = /[\s\u00a0\u202f\u2009'’]/g;
const CURRENCY_MARKS = /[€$£¥]|\b[A-Z]{3}\b|\bkr\.?|\blei\b|\bRON\b|\bDKK\b|\bEUR\b|\bCHF\b|\bFr\.?/gi;

/**
 * Parses an amount as real files write it — `1.234,56`, `1,234.56`, `1 234,56`, `1'234.56`, `€ 12,50`,
 * `-12,50`, `12,50-`, `(12.50)`, `EUR 12.50`, `+3` — into minor units. Returns null when the text is no
 * amount, or when it has more decimals than the currency can hold (other than trailing zeros).
 */
export function parseMoney(text: string, options: ParseMoneyOptions = {}): Minor | null {
  const digits = options.digits ?? 2;
  let s = text.trim();
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(CURRENCY_MARKS, '').trim();
  if (/^[-−–]/.test(s)) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  else if (/[-−–]$/.test(s)) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  s = s.replace(CURRENCY_MARKS, '').trim();
  s = s.replace(GROUP_CHARS, '');
  if (!/^\d[\d.,]*$|^[.,]\d+$/.test(s)) return null;

  const decimal = options.decimalSeparator ?? inferDecimal(s);
  const group = decimal === '.' ? ',' : '.';
  const parts = s.split(decimal);
  if (parts.length > 2) return null;
  const intPart = parts[0] ?? '';
  const fracPart = parts[1] ?? '';
  if (fracPart.includes(group)) return null;
  // Thousands marks, where present, must stand every three digits.
  if (intPart.includes(group) && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(intPart)) return null;
  const intDigits = intPart.split(group).join('') || '0';
  if (fracPart.length > digits && !/^0*$/.test(fracPart.slice(digits))) return null;
  const frac = fracPart.slice(0, digits).padEnd(digits, '0');
  const value = Number(intDigits + frac);
  if (!Number.isSafeInteger(value)) return null;
  return negative && value !== 0 ? -value : value;
}

function inferDecimal(s: string): '.' | ',' {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (sep === null) return '.';
  const count = s.split(sep).length - 1;
  if (count > 1) return sep === '.' ? ',' : '.';
  // One separator followed by exactly three digits ("1,234", "1.234") reads as thousands.
  const after = s.length - s.lastIndexOf(sep) - 1;
  if (after === 3) return sep === '.' ? ',' : '.';
  return sep;
}

/** Minor units as a plain decimal string with `.` ("1234.50", "-0.05", "1234" for JPY): for CSV and backups. */
export function toDecimalString(amount: number, currency: CurrencyCode): string {
  assertMinor(amount);
  const digits = currencyDigits(currency);
  const abs = String(Math.abs(amount)).padStart(digits + 1, '0');
  const body = digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
  return amount < 0 ? `-${body}` : body;
}

/**
 * A locale's money layout read once from Intl (sign and currency around the digits, the group and
 * decimal marks), so that an amount is put together by hand: several times faster than Intl for the
 * millions of cells a large grid's search text formats. Null when the layout is not the plain one
 * (groups of three, one mark each) or does not print a set of test amounts exactly as Intl does: then
 * Intl formats every amount.
 */
interface MoneyLayout {
  pos: [string, string];
  neg: [string, string];
  group: string;
  decimal: string;
  digits: number;
  scale: number;
}

function layoutOf(f: Intl.NumberFormat, currency: CurrencyCode, digits: number): MoneyLayout | null {
  const scale = 10 ** digits;
  const around = (x: number): [string, string] | null => {
    const parts = f.formatToParts(x);
    const first = parts.findIndex((p) => p.type === 'integer');
    let last = -1;
    parts.forEach((p, k) => {
      if (p.type === 'integer' || p.type === 'fraction' || p.type === 'group' || p.type === 'decimal')
        last = k;
    });
    if (first < 0) return null;
    const text = (ps: Intl.NumberFormatPart[]) => ps.map((p) => p.value).join('');
    return [text(parts.slice(0, first)), text(parts.slice(last + 1))];
  };
  const parts = f.formatToParts(1234567.5);
  const pos = around(1);
  const neg = around(-1);
  if (!pos || !neg) return null;
  const layout: MoneyLayout = {
    pos,
    neg,
    group: parts.find((p) => p.type === 'group')?.value ?? '',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '',
    digits,
    scale,
  };
  const probes = [
    0, 1, -1, 5, -5, 99, 100, 1234, -1234, 123456, 1234567, -12345678, 123456789012, 999999999999999,
  ];
  for (const minor of probes) {
    const exact = f.format(toDecimalString(minor, currency) as unknown as number);
    if (put(layout, minor) !== exact) return null;
  }
  return layout;
}

/** Minor units (a safe integer) laid out by hand. */
function put(l: MoneyLayout, minor: number): string {
  const a = Math.abs(minor);
  const whole = Math.floor(a / l.scale);
  let int = String(whole);
  if (int.length > 3 && l.group) {
    const head = int.length % 3 || 3;
    let out = int.slice(0, head);
    for (let k = head; k < int.length; k += 3) out += l.group + int.slice(k, k + 3);
    int = out;
  }
  const body = l.digits ? `${int}${l.decimal}${String(a - whole * l.scale).padStart(l.digits, '0')}` : int;
  const [before, after] = minor < 0 ? l.neg : l.pos;
  return before + body + after;
}

const formatters = new Map<string, { f: Intl.NumberFormat; layout: MoneyLayout | null }>();

/** Formats minor units for a locale: `formatMoney(123456, 'EUR', 'it-IT')` → "1.234,56 €". */
export function formatMoney(amount: number, currency: CurrencyCode, locale: string): string {
  assertMinor(amount);
  const key = `${locale}|${currency}`;
  let kept = formatters.get(key);
  if (!kept) {
    const digits = currencyDigits(currency);
    const f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      // Italian and Spanish leave four-digit amounts ungrouped ("3877,85 €" above "12.790,84 €"):
      // one column of money groups every amount alike.
      useGrouping: 'always',
    });
    formatters.set(key, (kept = { f, layout: layoutOf(f, currency, digits) }));
  }
  // Laid out by hand where Intl's layout was read and checked; else the exact decimal string (Intl
  // accepts it and never goes through a binary float).
  if (kept.layout && Math.abs(amount) < 1e15) return put(kept.layout, amount === 0 ? 0 : amount);
  return kept.f.format(toDecimalString(amount, currency) as unknown as number);
}

/** Formats minor units as a number without currency sign, for a locale: 123456 → "1.234,56". */
export function formatAmount(amount: number, currency: CurrencyCode, locale: string): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(toDecimalString(amount, currency) as unknown as number);
}
