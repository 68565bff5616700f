// Evidence without an invoice number: customers whose name is like the payer's (then which of their
// invoices the amount fits: one balance, a discounted one, a sum of a few, else oldest first), and
// last the one open invoice in the currency with exactly this balance.

import type { CustomerEntry, InvState } from './candidates';
import { fill, fitsAmount, nameReason, settlingDiscount, type Ctx, type Draft } from './draft';
import { MATCH_WEIGHTS, type BankLineInput, type MatchReason } from './types';

const SUBSET_MAX_INVOICES = 30;
const SUBSET_MAX_SIZE = 4;
const SUBSET_NODE_CAP = 200_000;

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
  return { ...fill(states, line), customerId, weights, reasons };
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
        code: 'match.discounted-amount',
        params: {
          via: 'invoice',
          amount: pay,
          currency: line.currency,
          number: st.inv.number,
          date: line.date,
        },
      },
    ],
  };
}

const exactReason = (line: BankLineInput, st: InvState, onlyOne = false): MatchReason => ({
  code: 'match.exact-amount',
  params: {
    amount: line.amount,
    currency: line.currency,
    open: st.remaining,
    count: 1,
    afterEarlier: false,
    number: st.inv.number,
    onlyOne,
  },
});

/** No number in the reference: customers whose name is similar to the payer's, then their invoices. */
export function fromName(line: BankLineInput, payer: string[], ctx: Ctx): Draft | null {
  const pay = line.amount;
  const candidates = ctx.ledger.candidateCustomers(payer, ctx.threshold);
  const openOf = (c: CustomerEntry): InvState[] =>
    c.invoices.filter((st) => st.inv.currency === line.currency && st.remaining > 0);
  for (const { c, sim } of candidates) {
    const open = openOf(c);
    if (open.length === 0) continue;
    const nameW = MATCH_WEIGHTS.name * sim;
    const named = nameReason(c.name, sim);
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
            code: 'match.sum-of-invoices',
            params: { amount: pay, currency: line.currency, numbers: subset.map((s) => s.inv.number) },
          },
        ],
      );
  }
  const [top, second] = candidates;
  if (!top || (second && second.sim === top.sim)) return null;
  const filled = fill(openOf(top.c), line);
  if (filled.allocations.length === 0) return null;
  const reasons: MatchReason[] = [nameReason(top.c.name, top.sim), { code: 'match.oldest-first' }];
  const weights = [MATCH_WEIGHTS.name * top.sim, MATCH_WEIGHTS.oldestFirst];
  return { ...filled, customerId: top.c.id, weights, reasons };
}

/** Neither number nor name: the one open invoice in the currency with this (discounted) balance, if unique. */
export function fromAmount(line: BankLineInput, ctx: Ctx): Draft | null {
  const { ledger, tol } = ctx;
  const pay = line.amount;
  const exact = ledger.lookupAmount(ledger.byAmount, line.currency, pay, 0);
  const near = exact.length > 0 ? exact : ledger.lookupAmount(ledger.byAmount, line.currency, pay, tol);
  const only = near[0];
  if (near.length === 1 && only)
    return amountDraft(
      line,
      [only],
      only.inv.customerId,
      [MATCH_WEIGHTS.globalAmount],
      [exactReason(line, only, true)],
    );
  if (near.length > 1) return null;
  const discounted = ledger.lookupAmount(ledger.byDiscounted, line.currency, pay, tol).filter((st) => {
    const d = settlingDiscount(st, line, pay, ctx);
    return d !== null && Math.abs(d.shortfall) <= tol;
  });
  const one = discounted[0];
  return discounted.length === 1 && one ? discountDraft(line, one, [MATCH_WEIGHTS.globalAmount], []) : null;
}
