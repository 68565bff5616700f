// Bank-statement matching: suggests, for each incoming bank line, which open invoices it pays and why.
// Pure and deterministic. Every lookup goes through an index built once (candidates.ts), so 100k open
// invoices × 10k lines costs index building plus a few map lookups per line, never a cross product.
// The scoring and every rule are described in docs/api.md (section 6).

import { assertMinor } from '../domain/money';
import { compareDates } from '../domain/dates';
import { DEFAULT_DISCOUNT_TOLERANCE_MINOR } from '../domain/terms';
import { fromAmount, fromName } from './by-name';
import { fromNumbers, numberHits } from './by-number';
import { Ledger } from './candidates';
import type { Ctx, Draft } from './draft';
import { nameTokens } from './names';
import {
  DEFAULT_NAME_THRESHOLD,
  type BankLineInput,
  type MatchOptions,
  type MatchResult,
  type MatchSuggestion,
  type OpenInvoice,
} from './types';

/** Number in the reference first, then the payer's name, then a unique amount. */
function matchLine(line: BankLineInput, ctx: Ctx): Draft | null {
  const payer = nameTokens(line.counterparty);
  const hits = numberHits(line, payer, ctx);
  return (
    (hits.length > 0 ? fromNumbers(line, hits, payer, ctx) : null) ??
    fromName(line, payer, ctx) ??
    fromAmount(line, ctx)
  );
}

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
