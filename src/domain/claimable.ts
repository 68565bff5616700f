// Interest and fixed compensation stay owed after a late invoice is paid (rules.md "Interest on
// invoices already paid late"): per invoice, the days late to the payment that settled it, the interest
// to each payment date and the compensation; *claimable* is what is owed less what was charged for it
// (fee adjustments of kind interest / compensation), nothing once waived or written off. The aging of
// the principal is not touched. Unknown is not zero: an interest figure over a missing rate is
// `complete: false`, and every total counts such invoices instead of hiding them.

import { cachedDayNumber, interestReductions, type LedgerIndex } from './balance';
import { fixedCompensation, type Conversion } from './fees';
import { invoiceInterestRule, type GoverningRule } from './governing';
import { lateInterest, type InterestResult } from './interest';
import type { RateTables } from './rates/types';
import type { Adjustment, CurrencyCode, Customer, Invoice, IsoDate } from './types';
import { IdMap } from './id-map';

export interface InvoiceClaim {
  invoiceId: string;
  customerId: string;
  governing: GoverningRule;
  /** Days from the due date to the payment that settled the principal, or to the as-of date while open. */
  daysLate: number;
  /** The day payments (and credits) reached the amount, if they did by the as-of date. */
  settledOn: IsoDate | null;
  interest: {
    currency: CurrencyCode;
    owed: number;
    /** Charged as a fee of kind `interest` (not waived). */
    charged: number;
    claimable: number;
    /** False when a rate is missing: `owed` leaves that stretch out and must not read as the full figure. */
    complete: boolean;
  };
  /** Null where no compensation is owed (consumers, the US, not late). */
  compensation: { currency: CurrencyCode; owed: number; charged: number; claimable: number } | null;
  /** Why nothing more can be claimed: waived (per kind) or the invoice written off. */
  closed: { interestWaived: boolean; compensationWaived: boolean; writtenOff: boolean };
  /** The full interest computation, for the details panel and the interest statement. */
  result: InterestResult;
}

export interface ClaimInput {
  invoice: Invoice;
  customer: Customer;
  company: { country: string };
  ledger: LedgerIndex;
  /** The invoice's adjustments (others are ignored). */
  adjustments: readonly Adjustment[];
  asOf: IsoDate;
  rates?: RateTables;
  /** To pay a compensation stated in another currency (RO: 40 EUR in lei) in the invoice's currency. */
  conversion?: Conversion;
  /**
   * The interest total of the invoice as if nothing had paid it (a cached figure equal to `lateInterest`'s
   * total and completeness). Used when no payment reached it by the as-of date: the full computation then
   * runs only when `result` is read, so a grid can total a million claims.
   */
  unpaidInterest?: () => { total: number; complete: boolean };
}

/** What is owed and claimable for one invoice as of a date; null when it was never late. */
export function invoiceClaim(input: ClaimInput): InvoiceClaim | null {
  const { invoice, customer, asOf } = input;
  if (invoice.issueDate > asOf) return null;
  const { rule, governing } = invoiceInterestRule(input.company, customer, invoice);
  // Fees and their waivers never pay the principal; a reduction reversed restores it.
  const reductions = interestReductions(input.ledger, invoice.id, asOf);
  const full = (): InterestResult =>
    lateInterest({
      amount: invoice.amount,
      currency: invoice.currency,
      dueDate: invoice.dueDate,
      ...reductions,
      asOf,
      rule,
      ...(input.rates ? { rates: input.rates } : {}),
    });
  // Without payments nothing settles the invoice (paidInFullOn is null): it is late up to the as-of date.
  const untouched = reductions.payments.length === 0 && reductions.reversals.length === 0;
  const quick = untouched && input.unpaidInterest ? input.unpaidInterest() : null;
  let computed: InterestResult | null = quick ? null : full();
  const paidInFullOn = computed ? computed.paidInFullOn : null;
  const daysLate = cachedDayNumber(paidInFullOn ?? asOf) - cachedDayNumber(invoice.dueDate);
  if (daysLate <= 0) return null;
  const owed = computed ? computed.total : quick!.total;
  const complete = computed ? computed.complete : quick!.complete;

  let interestCharged = 0;
  let compensationCharged = 0;
  let interestWaived = false;
  let compensationWaived = false;
  let writtenOff = false;
  for (const a of input.adjustments) {
    if (a.invoiceId !== invoice.id || a.date > asOf) continue;
    // Waived (a write-off reversed, a fee let go) on or before the as-of date, or waived without a date.
    const waived = a.waived === true && (a.waivedOn === undefined || a.waivedOn <= asOf);
    // Only a write-off still in force closes the claim: reversed, the invoice is owed again.
    if (a.kind === 'write-off' && !waived) writtenOff = true;
    if (a.kind !== 'fee') continue;
    if (a.feeKind === 'interest') {
      if (waived) interestWaived = true;
      else interestCharged += a.amount;
    } else if (a.feeKind === 'compensation') {
      if (waived) compensationWaived = true;
      else compensationCharged += a.amount;
    }
  }
  const open = (owed: number, charged: number, waived: boolean): number =>
    writtenOff || waived ? 0 : Math.max(0, owed - charged);

  const legal = fixedCompensation({
    jurisdiction: rule.jurisdiction,
    debtor: rule.debtor,
    amount: invoice.amount,
    currency: invoice.currency,
    ...(input.conversion ? { conversion: input.conversion } : {}),
  });
  return {
    invoiceId: invoice.id,
    customerId: invoice.customerId,
    governing,
    daysLate,
    settledOn: paidInFullOn,
    interest: {
      currency: invoice.currency,
      owed,
      charged: interestCharged,
      claimable: open(owed, interestCharged, interestWaived),
      complete,
    },
    compensation: legal
      ? {
          currency: legal.currency,
          owed: legal.amount,
          charged: compensationCharged,
          claimable: open(legal.amount, compensationCharged, compensationWaived),
        }
      : null,
    closed: { interestWaived, compensationWaived, writtenOff },
    get result() {
      return (computed ??= full());
    },
  };
}

/** A sum that may rest on unknown figures: `incomplete` counts the invoices whose figure is not complete. */
export interface KnownTotal {
  total: number;
  incomplete: number;
}

export interface ClaimTotals {
  currency: CurrencyCode;
  interest: KnownTotal;
  compensation: number;
  /** Invoices with something claimable in this currency. */
  invoices: number;
}

/**
 * Claimable interest and compensation per currency (amounts in different currencies are never added),
 * optionally for one customer. An invoice whose interest is incomplete is counted in `incomplete`,
 * even where its known part is 0.
 */
export function claimTotals(claims: readonly InvoiceClaim[], customerId?: string): ClaimTotals[] {
  const by = new Map<CurrencyCode, ClaimTotals & { ids: Set<string> }>();
  const row = (currency: CurrencyCode) => {
    let r = by.get(currency);
    if (!r)
      by.set(
        currency,
        (r = {
          currency,
          interest: { total: 0, incomplete: 0 },
          compensation: 0,
          invoices: 0,
          ids: new Set(),
        }),
      );
    return r;
  };
  for (const c of claims) {
    if (customerId !== undefined && c.customerId !== customerId) continue;
    const i = c.interest;
    const open = !c.closed.writtenOff && !c.closed.interestWaived;
    if (i.claimable > 0 || (open && !i.complete)) {
      const r = row(i.currency);
      r.interest.total += i.claimable;
      if (open && !i.complete) r.interest.incomplete++;
      r.ids.add(c.invoiceId);
    }
    if (c.compensation && c.compensation.claimable > 0) {
      const r = row(c.compensation.currency);
      r.compensation += c.compensation.claimable;
      r.ids.add(c.invoiceId);
    }
  }
  return [...by.values()]
    .map(({ ids, ...r }) => ({ ...r, invoices: ids.size }))
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

/** Claims of every late invoice in a book as of a date (customers looked up by id; unknown ones skipped). */
export function bookClaims(
  invoices: readonly Invoice[],
  customers: ReadonlyMap<string, Customer>,
  adjustments: readonly Adjustment[],
  ledger: LedgerIndex,
  company: { country: string },
  asOf: IsoDate,
  rates?: RateTables,
): InvoiceClaim[] {
  const adjBy = new IdMap<Adjustment[]>();
  for (const a of adjustments) {
    if (!a.invoiceId) continue;
    const list = adjBy.get(a.invoiceId);
    if (list) list.push(a);
    else adjBy.set(a.invoiceId, [a]);
  }
  const asOfDay = cachedDayNumber(asOf);
  const out: InvoiceClaim[] = [];
  for (const invoice of invoices) {
    if (cachedDayNumber(invoice.dueDate) >= asOfDay) continue;
    const customer = customers.get(invoice.customerId);
    if (!customer) continue;
    const claim = invoiceClaim({
      invoice,
      customer,
      company,
      ledger,
      adjustments: adjBy.get(invoice.id) ?? [],
      asOf,
      ...(rates ? { rates } : {}),
    });
    if (claim) out.push(claim);
  }
  return out;
}
