// Indexes over the open invoices (by number key, open amount, discounted amount, customer, name token),
// kept current as suggestions take money off them: every lookup is a few map reads, never a scan.

import { assertMinor } from '../domain/money';
import { compareDates } from '../domain/dates';
import { discountAmount } from '../domain/terms';
import { nameSimilarity, nameTokens } from './names';
import { isYear, numberTokens, slipKey } from './reference';
import type { OpenInvoice } from './types';

const MAX_WINDOW = 6;
const NAME_CANDIDATE_CAP = 500;

export type NumberKind = 'full' | 'digits' | 'suffix';
export const KIND_RANK: Record<NumberKind, number> = { full: 0, digits: 1, suffix: 2 };

export interface InvState {
  inv: OpenInvoice;
  remaining: number;
  amountKey: string | null;
  discountKeys: string[];
}

export interface CustomerEntry {
  id: string;
  name: string;
  tokens: string[];
  /** Oldest first (due date, issue date, number). */
  invoices: InvState[];
}

export interface NumberEntry {
  st: InvState;
  kind: NumberKind;
}

const moneyKey = (currency: string, amount: number): string => `${currency}\u0000${amount}`;

/** The open invoices of one matching run, indexed; balances drop as lines are decided. */
export class Ledger {
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
    // The number a Danish payment slip's id carries: its digits as one run.
    push(this.byNumber, `slip:${slipKey(st.inv.number)}`, { st, kind: 'full' });
    if (digits.length < tokens.length) add('digits', digits.join('-'), digits.length);
    const last = digits[digits.length - 1] as string;
    if (digits.length >= 2 && last.length >= 3 && digits.slice(0, -1).every(isYear)) add('suffix', last, 1);
    // A number in its year, either way round ("14/2026", "2026/0031", "FA-2026-0042"): a payer writes
    // "fattura n. 14", "FT 14/26", "FT.31/2026", "facture 42". The number alone is weak evidence, taken
    // only after a word that announces it or with an amount that fits (by-number.ts).
    if (digits.length === 2) {
      const [a, b] = digits as [string, string];
      const yearLast = isYear(b) && !isYear(a);
      const yearFirst = isYear(a) && !isYear(b);
      if (yearLast || yearFirst) {
        const n = yearLast ? a : b;
        const year = yearLast ? b : a;
        if (!(yearFirst && n.length >= 3)) add('suffix', n, 1);
        add('digits', yearLast ? `${year}-${n}` : `${n}-${year}`, 2);
        add('digits', yearLast ? `${n}-${year.slice(2)}` : `${year.slice(2)}-${n}`, 2);
      }
    }
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

  /** The invoices whose number a payment slip's (decoded) id carries. */
  lookupSlip(id: string): NumberEntry[] {
    return this.byNumber.get(`slip:${id}`) ?? [];
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
