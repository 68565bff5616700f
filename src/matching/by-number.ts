// Evidence from the reference: the invoice numbers it names (longest match first), then whether the
// amount settles them exactly, with an early-payment discount, in part, or with something left over.

import { discountFor } from '../domain/terms';
import { KIND_RANK, type CustomerEntry, type InvState, type NumberKind } from './candidates';
import { fill, fitsAmount, nameReason, settlingDiscount, type Ctx, type Draft } from './draft';
import { nameSimilarity } from './names';
import { isYear, NUMBER_WORDS, numberTokens, paymentSlips } from './reference';
import { MATCH_WEIGHTS, type BankLineInput } from './types';

export interface NumberHit {
  st: InvState;
  kind: NumberKind;
  weak: boolean;
  needsAmount: boolean;
}

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
export function numberHits(line: BankLineInput, payer: string[], ctx: Ctx): NumberHit[] {
  const hits: NumberHit[] = [];
  const seen = new Set<InvState>();
  // A Danish payment slip names the invoice by its payment id ("+71<000000000010438+87654321<"): the
  // decoded number is read first, and the slip's digits (id, creditor number) are no numbers of their own.
  const slips = paymentSlips(line.reference);
  for (const id of slips?.ids ?? []) {
    const usable = ctx.ledger
      .lookupSlip(id)
      .filter((e) => e.st.inv.currency === line.currency && e.st.remaining > 0 && !seen.has(e.st))
      .map((e) => e.st);
    const st = pickOne(usable, line, payer, ctx);
    if (!st) continue;
    seen.add(st);
    hits.push({ st, kind: 'full', weak: false, needsAmount: false });
  }
  const tokens = numberTokens(slips ? slips.rest : line.reference, true);
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
  draft.reasons.push(nameReason(c.name, sim));
}

export function fromNumbers(line: BankLineInput, hits: NumberHit[], payer: string[], ctx: Ctx): Draft | null {
  const pay = line.amount;
  const currency = line.currency;
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
    reasons: [{ code: 'match.number-in-reference', params: { numbers: states.map((s) => s.inv.number) } }],
    unapplied: 0,
  };
  const total = states.reduce((a, st) => a + st.remaining, 0);
  const filled = fill(states, line);
  const single = states.length === 1 ? (states[0] as InvState) : null;
  const afterEarlier = states.some((st) => st.remaining !== st.inv.open);
  const discount = single ? settlingDiscount(single, line, pay, ctx) : null;
  if (Math.abs(pay - total) <= ctx.tol) {
    Object.assign(draft, filled);
    draft.weights.push(MATCH_WEIGHTS.amount);
    draft.reasons.push({
      code: 'match.exact-amount',
      params: { amount: pay, currency, open: total, count: states.length, afterEarlier },
    });
  } else if (single && discount) {
    draft.allocations = [{ st: single, amount: pay, discount: single.remaining - pay }];
    draft.weights.push(MATCH_WEIGHTS.amount);
    draft.reasons.push({
      code: 'match.discounted-amount',
      params: {
        via: 'tier',
        amount: pay,
        currency,
        deadline: discount.deadline,
        percent: discount.tier.percent,
        discount: single.remaining - pay,
      },
    });
  } else if (!single && discountedSum(states, line, ctx, pay, draft)) {
    draft.weights.push(MATCH_WEIGHTS.amount);
  } else {
    Object.assign(draft, filled);
    draft.reasons.push(
      pay < total
        ? { code: 'match.partial', params: { amount: pay, currency, open: total, afterEarlier } }
        : { code: 'match.overpayment', params: { excess: pay - total, currency } },
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
    code: 'match.discounted-amount',
    params: { via: 'sum', amount: pay, currency: line.currency, date: line.date },
  });
  return true;
}
