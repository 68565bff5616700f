// Bank-statement matching: suggests, for each incoming bank line, which open invoices it pays and why.
// Pure and deterministic. Every lookup goes through an index built once (by invoice-number key, by
// open amount, by discounted amount, by customer, by customer-name token), so 100k open
// invoices × 10k lines costs index building plus a few map lookups per line, never a cross product.
// The scoring and every rule are described in docs/api.md (section 6).

import { distance } from 'fastest-levenshtein';
import { assertMinor, toDecimalString } from '../domain/money';
import { compareDates } from '../domain/dates';
import { DEFAULT_DISCOUNT_TOLERANCE_MINOR, discountAmount, discountFor } from '../domain/terms';
import type { Payment, PaymentTerms } from '../domain/types';

export interface BankLineInput {
  id: string;
  /** 1-based line in the statement file; breaks ties between lines of the same date. */
  line: number;
  date: string;
  /** Minor units, signed: incoming > 0. */
  amount: number;
  currency: string;
  counterparty: string;
  reference: string;
}

export interface OpenInvoice {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  /** Gross amount, minor units (discounts are computed on it). */
  amount: number;
  /** Open balance now, minor units. */
  open: number;
  terms?: PaymentTerms;
}

export type MatchReasonCode =
  | 'number-in-reference'
  | 'exact-amount'
  | 'discounted-amount'
  | 'name-similar'
  | 'sum-of-invoices'
  | 'partial'
  | 'overpayment'
  | 'oldest-first';

export interface MatchReason {
  code: MatchReasonCode;
  detail: string;
}

export interface MatchAllocation {
  invoiceId: string;
  amount: number;
  discount?: number;
}

export interface MatchSuggestion {
  lineId: string;
  allocations: MatchAllocation[];
  customerId: string | null;
  /** 0..1, rounded to 3 decimals. */
  confidence: number;
  reasons: MatchReason[];
  /** Part of the payment left as credit. */
  unapplied: number;
}

export interface MatchOptions {
  /** Name similarity (0..1) from which a payer counts as the customer. Default 0.8. */
  nameThreshold?: number;
  /** Minor units an amount may differ by and still count as the same amount. Default 5. */
  tolerance?: number;
}

export interface MatchResult {
  /** One per matched incoming line, in input order. */
  suggestions: MatchSuggestion[];
  /** Ids of incoming lines with no suggestion, in input order. */
  unmatched: string[];
  /** Count of outgoing lines (amount ≤ 0), ignored. */
  outgoing: number;
}

/** Evidence weights, combined as a noisy-OR: confidence = 1 − Π(1 − w). */
export const MATCH_WEIGHTS = {
  number: 0.85,
  weakNumber: 0.6,
  amount: 0.5,
  globalAmount: 0.4,
  sum: 0.4,
  /** Multiplied by the similarity. */
  name: 0.4,
  oldestFirst: 0.1,
} as const;

export const DEFAULT_NAME_THRESHOLD = 0.8;
const SUBSET_MAX_INVOICES = 30;
const SUBSET_MAX_SIZE = 4;
const SUBSET_NODE_CAP = 200_000;
const MAX_WINDOW = 6;
const NAME_CANDIDATE_CAP = 500;

// ---------------------------------------------------------------------------------------------
// Text normalisation

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  þ: 'th',
};

/** Lower case, diacritics folded ("Ștefan Țăranu" → "stefan taranu"). */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæøœłđıþ]/g, (c) => SPECIAL[c] ?? c);
}

// Dates, decimal amounts and IBANs carry digit runs that are never invoice numbers.
const MASKS = [
  // IBAN, plain or in groups of 4 (each group holding a digit, so "RE24 4711 paid" is no IBAN).
  /\b[a-z]{2}\d{2}(?: ?(?=[a-z0-9]{0,3}\d)[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?\b/g,
  /\b\d{4}[-./]\d{1,2}[-./]\d{1,2}\b/g, // 2024-03-12
  /\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b/g, // 12.03.2024, 3/12/24
  /\b\d{1,3}(?:[.,']\d{3})*[.,]\d{2}\b(?![-./]\d)/g, // 1.234,56 — 12.50
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g, // 12:30
];

interface RefToken {
  text: string;
  digits: boolean;
  /** Character just before the token's word ('#' marks a number). */
  before: string;
}

/** Splits text into number tokens: words of letters and digits; "INV0042" → INV, 42; leading zeros dropped. */
export function numberTokens(text: string, mask = false): RefToken[] {
  let s = foldText(text);
  if (mask) for (const re of MASKS) s = s.replace(re, ' ');
  const out: RefToken[] = [];
  for (const m of s.matchAll(/[a-z0-9]+/g)) {
    const word = m[0];
    const before = m.index > 0 ? (s[m.index - 1] ?? '') : '';
    // Only a plain prefix+digits (or digits+suffix) word splits; mixed runs (IBANs, hashes) stay whole.
    const parts = /^[a-z]+\d+$|^\d+[a-z]+$/.test(word) ? (word.match(/[a-z]+|\d+/g) ?? [word]) : [word];
    parts.forEach((p, i) => {
      const digits = /^\d+$/.test(p);
      out.push({ text: digits ? p.replace(/^0+(?=\d)/, '') : p, digits, before: i === 0 ? before : '' });
    });
  }
  return out;
}

/** The canonical key of an invoice number: "INV-0042", "inv 42", "INV/42" → "inv-42". */
export function normaliseInvoiceNumber(text: string): string {
  return numberTokens(text)
    .map((t) => t.text)
    .join('-');
}

const LEGAL_FORMS = new Set(
  (
    'srl srls spa sas snc sapa scarl gmbh mbh ag kg ohg ug kgaa aps as ivs ltd limited plc llp llc ' +
    'sarl sa sasu eurl inc incorporated corp co bv nv sc pfa ab oy sl sro kft'
  ).split(' '),
);

/** Name tokens with legal forms dropped: "Ștefan Țăranu S.R.L." → ["stefan", "taranu"]. */
export function nameTokens(name: string): string[] {
  const s = foldText(name)
    .replace(/['.’]/g, '')
    .replace(/\b([a-z])\/([a-z])\b/g, '$1$2'); // "a/s" → "as"
  const all = s.split(/[^a-z0-9]+/).filter((t) => t !== '');
  const kept = all.filter((t) => !LEGAL_FORMS.has(t));
  return kept.length > 0 ? kept : all;
}

function ratio(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

function softHit(token: string, others: string[]): number {
  let best = 0;
  for (const o of others) {
    const r = ratio(token, o);
    if (r > best) best = r;
  }
  return best >= 0.8 ? best : 0;
}

/**
 * Similarity of two names, 0..1: the best of a soft token Dice (tokens pair when their Levenshtein
 * ratio is ≥ 0.8), the Levenshtein ratio of the sorted tokens, and 0.95 × the share of the customer's
 * tokens found in the payer's (bank texts add cities and words; only for customers of ≥ 2 tokens).
 */
export function nameSimilarity(payer: string | string[], customer: string | string[]): number {
  const a = typeof payer === 'string' ? nameTokens(payer) : payer;
  const b = typeof customer === 'string' ? nameTokens(customer) : customer;
  if (a.length === 0 || b.length === 0) return 0;
  let hitsA = 0;
  for (const t of a) hitsA += softHit(t, b);
  let hitsB = 0;
  for (const t of b) hitsB += softHit(t, a);
  const dice = (hitsA + hitsB) / (a.length + b.length);
  const lev = ratio([...a].sort().join(' '), [...b].sort().join(' '));
  const cover = b.length >= 2 ? (0.95 * hitsB) / b.length : 0;
  return Math.min(1, Math.max(dice, lev, cover));
}

// ---------------------------------------------------------------------------------------------
// Indexes over the open invoices, kept current as suggestions take money off them

type NumberKind = 'full' | 'digits' | 'suffix';
const KIND_RANK: Record<NumberKind, number> = { full: 0, digits: 1, suffix: 2 };

interface InvState {
  inv: OpenInvoice;
  remaining: number;
  amountKey: string | null;
  discountKeys: string[];
}

interface CustomerEntry {
  id: string;
  name: string;
  tokens: string[];
  /** Oldest first (due date, issue date, number). */
  invoices: InvState[];
}

interface NumberEntry {
  st: InvState;
  kind: NumberKind;
}

const moneyKey = (currency: string, amount: number): string => `${currency}\u0000${amount}`;
const isYear = (t: string): boolean => /^(19|20)\d\d$/.test(t);

// Words that announce an invoice number; a short number right after one of them is taken seriously.
const NUMBER_WORDS = new Set(
  (
    'inv invoice invoices re rg rng rech rechn rechnung rechnungen rechnungsnr fattura fatture fatt ft ' +
    'facture factures fact fac fa factura facturii facturile fakt faktura fakturanr fakturanummer ' +
    'nr no n num number numero nummer bill ref'
  ).split(' '),
);

class Ledger {
  readonly byNumber = new Map<string, NumberEntry[]>();
  readonly byAmount = new Map<string, Set<InvState>>();
  readonly byDiscounted = new Map<string, Set<InvState>>();
  readonly customers = new Map<string, CustomerEntry>();
  /** Customers under each name token; a lookup reads the payer's rarest tokens' lists only. */
  readonly byToken = new Map<string, CustomerEntry[]>();
  maxWindow = 1;

  constructor(invoices: OpenInvoice[]) {
    for (const inv of invoices) {
      assertMinor(inv.open, 'open balance');
      assertMinor(inv.amount, 'invoice amount');
      const st: InvState = { inv, remaining: 0, amountKey: null, discountKeys: [] };
      this.indexNumber(st);
      this.setRemaining(st, Math.max(0, inv.open));
      let c = this.customers.get(inv.customerId);
      if (!c) {
        c = {
          id: inv.customerId,
          name: inv.customerName,
          tokens: nameTokens(inv.customerName),
          invoices: [],
        };
        this.customers.set(c.id, c);
        for (const t of new Set(c.tokens)) push(this.byToken, t, c);
      }
      c.invoices.push(st);
    }
    for (const c of this.customers.values())
      c.invoices.sort(
        (a, b) =>
          compareDates(a.inv.dueDate, b.inv.dueDate) ||
          compareDates(a.inv.issueDate, b.inv.issueDate) ||
          (a.inv.number < b.inv.number ? -1 : a.inv.number > b.inv.number ? 1 : 0),
      );
  }

  private indexNumber(st: InvState): void {
    const tokens = numberTokens(st.inv.number);
    const digits = tokens.filter((t) => t.digits).map((t) => t.text);
    if (digits.length === 0) return;
    const add = (kind: NumberKind, key: string, len: number): void => {
      push(this.byNumber, `${kind}:${key}`, { st, kind });
      this.maxWindow = Math.min(MAX_WINDOW, Math.max(this.maxWindow, len));
    };
    add('full', tokens.map((t) => t.text).join('-'), tokens.length);
    if (digits.length < tokens.length) add('digits', digits.join('-'), digits.length);
    const last = digits[digits.length - 1] as string;
    if (digits.length >= 2 && last.length >= 3 && digits.slice(0, -1).every(isYear)) add('suffix', last, 1);
  }

  /** Sets an invoice's remaining balance and moves it in the amount and discounted-amount indexes. */
  setRemaining(st: InvState, remaining: number): void {
    if (st.amountKey !== null) this.byAmount.get(st.amountKey)?.delete(st);
    for (const k of st.discountKeys) this.byDiscounted.get(k)?.delete(st);
    st.remaining = remaining;
    st.amountKey = null;
    st.discountKeys = [];
    if (remaining <= 0) return;
    st.amountKey = moneyKey(st.inv.currency, remaining);
    addToSet(this.byAmount, st.amountKey, st);
    for (const tier of st.inv.terms?.discounts ?? []) {
      const due = remaining - discountAmount(st.inv.amount, tier);
      if (due <= 0) continue;
      const key = moneyKey(st.inv.currency, due);
      st.discountKeys.push(key);
      addToSet(this.byDiscounted, key, st);
    }
  }

  lookupNumber(key: string, allDigits: boolean, single: boolean): NumberEntry[] {
    const out = [...(this.byNumber.get(`full:${key}`) ?? [])];
    if (allDigits) out.push(...(this.byNumber.get(`digits:${key}`) ?? []));
    if (allDigits && single) out.push(...(this.byNumber.get(`suffix:${key}`) ?? []));
    return out;
  }

  /** Open invoices in `currency` whose balance (or discounted balance) is within `tol` of `amount`. */
  lookupAmount(index: Map<string, Set<InvState>>, currency: string, amount: number, tol: number): InvState[] {
    const out = new Set<InvState>();
    for (let d = -tol; d <= tol; d++)
      for (const st of index.get(moneyKey(currency, amount + d)) ?? []) out.add(st);
    return [...out];
  }

  candidateCustomers(payer: string[], threshold: number): { c: CustomerEntry; sim: number }[] {
    // Rarest tokens first; common words ("hotel", "studio") are read only while few candidates are found.
    const lists = [...new Set(payer)]
      .map((t) => this.byToken.get(t) ?? [])
      .filter((l) => l.length > 0)
      .sort((a, b) => a.length - b.length);
    const seen = new Set<CustomerEntry>();
    const out: { c: CustomerEntry; sim: number }[] = [];
    for (const list of lists) {
      if (seen.size > 0 && seen.size + list.length > NAME_CANDIDATE_CAP) break;
      for (const c of list) {
        if (seen.has(c)) continue;
        seen.add(c);
        const sim = nameSimilarity(payer, c.tokens);
        if (sim >= threshold) out.push({ c, sim });
      }
    }
    return out.sort((a, b) => b.sim - a.sim || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

// ---------------------------------------------------------------------------------------------
// Matching one line

interface Ctx {
  ledger: Ledger;
  tol: number;
  threshold: number;
}

interface DraftAllocation {
  st: InvState;
  amount: number;
  discount?: number;
}

interface Draft {
  allocations: DraftAllocation[];
  customerId: string | null;
  weights: number[];
  reasons: MatchReason[];
  unapplied: number;
}

interface NumberHit {
  st: InvState;
  kind: NumberKind;
  weak: boolean;
  needsAmount: boolean;
}

function fmt(amount: number, currency: string): string {
  try {
    return `${toDecimalString(amount, currency)} ${currency}`;
  } catch {
    return `${amount} (minor units) ${currency}`;
  }
}

/** Allocates `pay` to the invoices in order, never more than each remaining balance. */
function fill(states: InvState[], pay: number): { allocations: DraftAllocation[]; unapplied: number } {
  const allocations: DraftAllocation[] = [];
  let left = pay;
  for (const st of states) {
    const amount = Math.min(st.remaining, left);
    if (amount <= 0) continue;
    allocations.push({ st, amount });
    left -= amount;
  }
  return { allocations, unapplied: left };
}

/** The discount a payment earns on `st` when it settles the rest of the invoice (money rules via terms.ts). */
function settlingDiscount(st: InvState, line: BankLineInput, pay: number, ctx: Ctx) {
  if (pay >= st.remaining || !st.inv.terms) return null;
  const paidSoFar = st.inv.amount - st.remaining;
  const d = discountFor(st.inv.amount, st.inv.issueDate, st.inv.terms, line.date, paidSoFar + pay, ctx.tol);
  return d && d.settles ? d : null;
}

const fitsAmount = (st: InvState, pay: number, tol: number): boolean => Math.abs(st.remaining - pay) <= tol;

function customerOf(st: InvState, ctx: Ctx): CustomerEntry {
  return ctx.ledger.customers.get(st.inv.customerId) as CustomerEntry;
}

/** Of several open invoices carrying the same number, the one the payer's name or the amount points at. */
function pickOne(states: InvState[], line: BankLineInput, payer: string[], ctx: Ctx): InvState | null {
  if (states.length <= 1) return states[0] ?? null;
  const named = states.filter((st) => nameSimilarity(payer, customerOf(st, ctx).tokens) >= ctx.threshold);
  if (named.length === 1) return named[0] as InvState;
  const pool = named.length > 1 ? named : states;
  const sized = pool.filter((st) => fitsAmount(st, line.amount, ctx.tol));
  return sized.length === 1 ? (sized[0] as InvState) : null;
}

/** Invoice numbers in the reference, in the order written: longest window first, whole tokens only. */
function numberHits(line: BankLineInput, payer: string[], ctx: Ctx): NumberHit[] {
  const tokens = numberTokens(line.reference, true);
  const hits: NumberHit[] = [];
  const seen = new Set<InvState>();
  let i = 0;
  while (i < tokens.length) {
    let consumed = 1;
    for (let len = Math.min(ctx.ledger.maxWindow, tokens.length - i); len >= 1; len--) {
      const win = tokens.slice(i, i + len);
      if (!win.some((t) => t.digits)) continue;
      const allDigits = win.every((t) => t.digits);
      const key = win.map((t) => t.text).join('-');
      const entries = ctx.ledger.lookupNumber(key, allDigits, len === 1);
      if (entries.length === 0) continue;
      // The longest window that names any invoice takes its tokens, even when that invoice is paid.
      consumed = len;
      const rank = Math.min(...entries.map((e) => KIND_RANK[e.kind]));
      const kind = entries.find((e) => KIND_RANK[e.kind] === rank)?.kind as NumberKind;
      const usable = entries
        .filter((e) => e.kind === kind && e.st.inv.currency === line.currency && e.st.remaining > 0)
        .map((e) => e.st)
        .filter((st) => !seen.has(st));
      const st = pickOne(usable, line, payer, ctx);
      if (st) {
        const significant = key.replace(/-/g, '').length;
        const short = significant < 4 || (len === 1 && allDigits && isYear(key));
        const prev = tokens[i - 1];
        const announced = win[0]?.before === '#' || (prev !== undefined && NUMBER_WORDS.has(prev.text));
        seen.add(st);
        hits.push({ st, kind, weak: kind === 'suffix' || short, needsAmount: short && !announced });
      }
      break;
    }
    i += consumed;
  }
  return hits;
}

function nameEvidence(payer: string[], customerId: string | null, ctx: Ctx, draft: Draft): void {
  const c = customerId === null ? undefined : ctx.ledger.customers.get(customerId);
  if (!c) return;
  const sim = nameSimilarity(payer, c.tokens);
  if (sim < ctx.threshold) return;
  draft.weights.push(MATCH_WEIGHTS.name * sim);
  draft.reasons.push({
    code: 'name-similar',
    detail: `Payer name is similar to customer "${c.name}" (${sim.toFixed(2)})`,
  });
}

function fromNumbers(line: BankLineInput, hits: NumberHit[], payer: string[], ctx: Ctx): Draft | null {
  const pay = line.amount;
  const cur = line.currency;
  let used = hits.filter((h) => !h.needsAmount);
  const only = hits[0];
  if (used.length === 0 && hits.length === 1 && only) {
    if (fitsAmount(only.st, pay, ctx.tol) || settlingDiscount(only.st, line, pay, ctx)) used = [only];
  }
  if (used.length === 0) return null;
  const states = used.map((h) => h.st);
  const customers = new Set(states.map((st) => st.inv.customerId));
  const draft: Draft = {
    allocations: [],
    customerId: customers.size === 1 ? (states[0] as InvState).inv.customerId : null,
    weights: [used.every((h) => h.weak) ? MATCH_WEIGHTS.weakNumber : MATCH_WEIGHTS.number],
    reasons: [
      {
        code: 'number-in-reference',
        detail: `Reference names invoice${states.length > 1 ? 's' : ''} ${states.map((s) => s.inv.number).join(', ')}`,
      },
    ],
    unapplied: 0,
  };
  const total = states.reduce((a, st) => a + st.remaining, 0);
  const filled = fill(states, pay);
  const single = states.length === 1 ? (states[0] as InvState) : null;
  const afterEarlier = states.some((st) => st.remaining !== st.inv.open) ? ' (after earlier lines)' : '';
  const discount = single ? settlingDiscount(single, line, pay, ctx) : null;
  if (Math.abs(pay - total) <= ctx.tol) {
    Object.assign(draft, filled);
    draft.weights.push(MATCH_WEIGHTS.amount);
    draft.reasons.push({
      code: 'exact-amount',
      detail: single
        ? `Amount ${fmt(pay, cur)} equals the open balance ${fmt(total, cur)}${afterEarlier}`
        : `Amount ${fmt(pay, cur)} equals the sum of the ${states.length} open balances ${fmt(total, cur)}${afterEarlier}`,
    });
  } else if (single && discount) {
    draft.allocations = [{ st: single, amount: pay, discount: single.remaining - pay }];
    draft.weights.push(MATCH_WEIGHTS.amount);
    draft.reasons.push({
      code: 'discounted-amount',
      detail: `Paid ${fmt(pay, cur)} by ${discount.deadline}, within the ${discount.tier.percent}% discount: a discount of ${fmt(single.remaining - pay, cur)} settles the invoice`,
    });
  } else if (!single && discountedSum(states, line, ctx, pay, draft)) {
    draft.weights.push(MATCH_WEIGHTS.amount);
  } else {
    Object.assign(draft, filled);
    draft.reasons.push(
      pay < total
        ? {
            code: 'partial',
            detail: `Pays ${fmt(pay, cur)} of the open ${fmt(total, cur)}${afterEarlier}; ${fmt(total - pay, cur)} stays open`,
          }
        : {
            code: 'overpayment',
            detail: `${fmt(pay - total, cur)} more than the open balance, left as credit`,
          },
    );
  }
  nameEvidence(payer, draft.customerId, ctx, draft);
  return draft;
}

/** Several invoices named: does the payment equal the sum of their balances less the discounts earned? */
function discountedSum(
  states: InvState[],
  line: BankLineInput,
  ctx: Ctx,
  pay: number,
  draft: Draft,
): boolean {
  const dues = states.map((st) => {
    const d = st.inv.terms ? discountFor(st.inv.amount, st.inv.issueDate, st.inv.terms, line.date, 0) : null;
    return d && d.discount < st.remaining ? st.remaining - d.discount : st.remaining;
  });
  const sumDue = dues.reduce((a, b) => a + b, 0);
  if (dues.every((d, i) => d === states[i]?.remaining) || Math.abs(pay - sumDue) > ctx.tol) return false;
  let left = pay;
  draft.allocations = states.map((st, i) => {
    const isLast = i === states.length - 1;
    const amount = Math.min(st.remaining, isLast ? left : Math.min(dues[i] as number, left));
    left -= amount;
    const discount = dues[i] === st.remaining ? 0 : st.remaining - amount;
    return discount > 0 ? { st, amount, discount } : { st, amount };
  });
  draft.allocations = draft.allocations.filter((a) => a.amount > 0);
  draft.unapplied = left;
  draft.reasons.push({
    code: 'discounted-amount',
    detail: `Amount ${fmt(pay, line.currency)} equals the open balances less the early-payment discounts earned by ${line.date}`,
  });
  return true;
}

/** The oldest subset of 2..4 invoices (of the first 30) whose balances sum to `target` (± tol). */
function findSubset(items: InvState[], target: number, tol: number): InvState[] | null {
  let nodes = 0;
  const pick: number[] = [];
  const search = (size: number, start: number, sum: number): boolean => {
    if (++nodes > SUBSET_NODE_CAP) return false;
    if (pick.length === size) return Math.abs(sum - target) <= tol;
    for (let i = start; i <= items.length - (size - pick.length); i++) {
      const next = sum + (items[i] as InvState).remaining;
      if (next > target + tol) continue;
      pick.push(i);
      if (search(size, i + 1, next)) return true;
      pick.pop();
    }
    return false;
  };
  for (let size = 2; size <= Math.min(SUBSET_MAX_SIZE, items.length); size++) {
    pick.length = 0;
    if (search(size, 0, 0)) return pick.map((i) => items[i] as InvState);
  }
  return null;
}

function amountDraft(
  line: BankLineInput,
  states: InvState[],
  customerId: string | null,
  weights: number[],
  reasons: MatchReason[],
): Draft {
  return { ...fill(states, line.amount), customerId, weights, reasons };
}

function discountDraft(line: BankLineInput, st: InvState, weights: number[], reasons: MatchReason[]): Draft {
  const pay = line.amount;
  return {
    allocations: [{ st, amount: pay, discount: st.remaining - pay }],
    unapplied: 0,
    customerId: st.inv.customerId,
    weights,
    reasons: [
      ...reasons,
      {
        code: 'discounted-amount',
        detail: `Amount ${fmt(pay, line.currency)} is invoice ${st.inv.number}'s balance less the early-payment discount earned on ${line.date}`,
      },
    ],
  };
}

const exactReason = (line: BankLineInput, st: InvState, extra = ''): MatchReason => ({
  code: 'exact-amount',
  detail: `Amount ${fmt(line.amount, line.currency)} equals the open balance of invoice ${st.inv.number}${extra}`,
});

/** No number in the reference: customers whose name is similar to the payer's, then their invoices. */
function fromName(line: BankLineInput, payer: string[], ctx: Ctx): Draft | null {
  const pay = line.amount;
  const candidates = ctx.ledger.candidateCustomers(payer, ctx.threshold);
  const openOf = (c: CustomerEntry): InvState[] =>
    c.invoices.filter((st) => st.inv.currency === line.currency && st.remaining > 0);
  for (const { c, sim } of candidates) {
    const open = openOf(c);
    if (open.length === 0) continue;
    const nameW = MATCH_WEIGHTS.name * sim;
    const named: MatchReason = {
      code: 'name-similar',
      detail: `Payer name is similar to customer "${c.name}" (${sim.toFixed(2)})`,
    };
    let exact: InvState | null = null;
    for (const st of open)
      if (
        fitsAmount(st, pay, ctx.tol) &&
        (!exact || Math.abs(st.remaining - pay) < Math.abs(exact.remaining - pay))
      )
        exact = st;
    if (exact)
      return amountDraft(
        line,
        [exact],
        c.id,
        [nameW, MATCH_WEIGHTS.amount],
        [named, exactReason(line, exact)],
      );
    const discounted = open.find((st) => {
      const d = settlingDiscount(st, line, pay, ctx);
      return d !== null && Math.abs(d.shortfall) <= ctx.tol;
    });
    if (discounted) return discountDraft(line, discounted, [nameW, MATCH_WEIGHTS.amount], [named]);
    const subset = findSubset(open.slice(0, SUBSET_MAX_INVOICES), pay, ctx.tol);
    if (subset)
      return amountDraft(
        line,
        subset,
        c.id,
        [nameW, MATCH_WEIGHTS.sum],
        [
          named,
          {
            code: 'sum-of-invoices',
            detail: `Amount ${fmt(pay, line.currency)} equals the sum of invoices ${subset.map((s) => s.inv.number).join(', ')}`,
          },
        ],
      );
  }
  const [top, second] = candidates;
  if (!top || (second && second.sim === top.sim)) return null;
  const filled = fill(openOf(top.c), pay);
  if (filled.allocations.length === 0) return null;
  const reasons: MatchReason[] = [
    {
      code: 'name-similar',
      detail: `Payer name is similar to customer "${top.c.name}" (${top.sim.toFixed(2)})`,
    },
    { code: 'oldest-first', detail: 'No amount fits: allocated to the oldest open invoices first' },
  ];
  const weights = [MATCH_WEIGHTS.name * top.sim, MATCH_WEIGHTS.oldestFirst];
  return { ...filled, customerId: top.c.id, weights, reasons };
}

/** Neither number nor name: the one open invoice in the currency with this (discounted) balance, if unique. */
function fromAmount(line: BankLineInput, ctx: Ctx): Draft | null {
  const { ledger, tol } = ctx;
  const pay = line.amount;
  const exact = ledger.lookupAmount(ledger.byAmount, line.currency, pay, 0);
  const near = exact.length > 0 ? exact : ledger.lookupAmount(ledger.byAmount, line.currency, pay, tol);
  const only = near[0];
  const unique = ' (the only open invoice with this balance)';
  if (near.length === 1 && only)
    return amountDraft(
      line,
      [only],
      only.inv.customerId,
      [MATCH_WEIGHTS.globalAmount],
      [exactReason(line, only, unique)],
    );
  if (near.length > 1) return null;
  const discounted = ledger.lookupAmount(ledger.byDiscounted, line.currency, pay, tol).filter((st) => {
    const d = settlingDiscount(st, line, pay, ctx);
    return d !== null && Math.abs(d.shortfall) <= tol;
  });
  const one = discounted[0];
  return discounted.length === 1 && one ? discountDraft(line, one, [MATCH_WEIGHTS.globalAmount], []) : null;
}

function matchLine(line: BankLineInput, ctx: Ctx): Draft | null {
  const payer = nameTokens(line.counterparty);
  const hits = numberHits(line, payer, ctx);
  return (
    (hits.length > 0 ? fromNumbers(line, hits, payer, ctx) : null) ??
    fromName(line, payer, ctx) ??
    fromAmount(line, ctx)
  );
}

// ---------------------------------------------------------------------------------------------
// Entry points

function noisyOr(weights: number[]): number {
  let miss = 1;
  for (const w of weights) miss *= 1 - w;
  return Math.round((1 - miss) * 1000) / 1000;
}

/**
 * Suggests, for every incoming line, the open invoices it pays. Lines are decided in date order (then
 * statement line) and each suggestion lowers the balances the next lines see, so two payments can
 * share one invoice and no invoice is ever over-allocated. Outgoing lines are only counted.
 */
export function matchBankLines(
  lines: BankLineInput[],
  invoices: OpenInvoice[],
  options: MatchOptions = {},
): MatchResult {
  const tol = options.tolerance ?? DEFAULT_DISCOUNT_TOLERANCE_MINOR;
  const threshold = options.nameThreshold ?? DEFAULT_NAME_THRESHOLD;
  if (!Number.isSafeInteger(tol) || tol < 0) throw new Error('bank-match: tolerance must be an integer ≥ 0');
  if (!(threshold >= 0 && threshold <= 1)) throw new Error('bank-match: nameThreshold must be in 0..1');
  const ctx: Ctx = { ledger: new Ledger(invoices), tol, threshold };
  let outgoing = 0;
  const incoming: { line: BankLineInput; index: number }[] = [];
  lines.forEach((line, index) => {
    assertMinor(line.amount, 'bank line amount');
    if (line.amount <= 0) outgoing++;
    else incoming.push({ line, index });
  });
  incoming.sort(
    (a, b) => compareDates(a.line.date, b.line.date) || a.line.line - b.line.line || a.index - b.index,
  );
  const found = new Map<number, MatchSuggestion>();
  for (const { line, index } of incoming) {
    const draft = matchLine(line, ctx);
    if (!draft) continue;
    let applied = draft.unapplied;
    for (const a of draft.allocations) {
      const taken = a.amount + (a.discount ?? 0);
      if (a.amount <= 0 || taken > a.st.remaining)
        throw new Error('bank-match: allocation exceeds open balance');
      ctx.ledger.setRemaining(a.st, a.st.remaining - taken);
      applied += a.amount;
    }
    if (applied !== line.amount || draft.unapplied < 0)
      throw new Error('bank-match: allocations do not add up');
    found.set(index, {
      lineId: line.id,
      allocations: draft.allocations.map((a) =>
        a.discount
          ? { invoiceId: a.st.inv.id, amount: a.amount, discount: a.discount }
          : { invoiceId: a.st.inv.id, amount: a.amount },
      ),
      customerId: draft.customerId,
      confidence: noisyOr(draft.weights),
      reasons: draft.reasons,
      unapplied: draft.unapplied,
    });
  }
  const order = incoming.map((x) => x.index).sort((a, b) => a - b);
  return {
    suggestions: order.flatMap((i) => found.get(i) ?? []),
    unmatched: order.filter((i) => !found.has(i)).map((i) => (lines[i] as BankLineInput).id),
    outgoing,
  };
}

/**
 * The payment a confirmed (possibly edited) suggestion becomes. Throws when the allocations exceed the
 * line's amount or are not positive integers: the caller must not confirm such a suggestion.
 */
export function paymentFromSuggestion(
  line: BankLineInput,
  suggestion: Pick<MatchSuggestion, 'allocations' | 'customerId'>,
  ids: { id: string; bankLineKey?: string; importBatchId?: string },
): Payment {
  let total = 0;
  for (const a of suggestion.allocations) {
    assertMinor(a.amount, 'allocation amount');
    if (a.amount <= 0 || (a.discount !== undefined && (!Number.isSafeInteger(a.discount) || a.discount < 0)))
      throw new Error('bank-match: allocation amounts must be positive, discounts ≥ 0');
    total += a.amount;
  }
  if (line.amount <= 0 || total > line.amount) throw new Error('bank-match: allocations exceed the payment');
  const payment: Payment = {
    id: ids.id,
    date: line.date,
    amount: line.amount,
    currency: line.currency,
    payer: line.counterparty,
    reference: line.reference,
    method: 'bank-transfer',
    allocations: suggestion.allocations.map((a) =>
      a.discount
        ? { invoiceId: a.invoiceId, amount: a.amount, discount: a.discount }
        : { invoiceId: a.invoiceId, amount: a.amount },
    ),
  };
  if (suggestion.customerId !== null) payment.customerId = suggestion.customerId;
  if (ids.bankLineKey !== undefined) payment.bankLineKey = ids.bankLineKey;
  if (ids.importBatchId !== undefined) payment.importBatchId = ids.importBatchId;
  return payment;
}
