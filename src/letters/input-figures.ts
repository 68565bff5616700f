// The figures a letter claims beside the invoices: interest per invoice (with its periods) and the
// aging of the open amount. Plain functions over domain results.
import {
  DEFAULT_DUE_BOUNDS,
  agingBucketDefinitions,
  agingBucketOf,
  interestReductions,
  lateInterest,
  type InterestReductions,
  type InvoiceBalance,
  type LedgerIndex,
  type RateTables,
} from '../domain/index';
import type { CurrencyCode, Customer, Instalment, Invoice, IsoDate, Jurisdiction } from '../domain/types';
import { contestedPart } from '../domain/collections/disputes';
import { planProgress } from '../domain/collections/plans';
import { interestStatute } from './legal';
import type {
  LawReason,
  LetterAgingBucket,
  LetterInterest,
  LetterInvoice,
  LetterPlanProgress,
} from './types';

export function interestFor(
  rows: readonly { invoice: Invoice; balance: InvoiceBalance }[],
  ledger: LedgerIndex,
  date: IsoDate,
  law: { jurisdiction: Jurisdiction; why: LawReason },
  customer: Customer,
  rates: RateTables | undefined,
  /** Contested parts (invoice id → amount): they earn no interest in the demand. */
  disputed?: ReadonlyMap<string, number | null>,
): LetterInterest {
  const contract = customer.contractRatePercent ?? null;
  const out: LetterInterest = {
    jurisdiction: law.jurisdiction,
    law: contract !== null ? '' : interestStatute(law.jurisdiction, customer.debtor),
    why: law.why,
    contractRatePercent: contract,
    periods: [],
    invoices: [],
    total: 0,
    complete: true,
  };
  for (const { invoice } of rows) {
    // Payments count against the undisputed rest first: the contested part earns nothing until resolved.
    const contested = contestedPart(invoice.amount, disputed?.get(invoice.id));
    const result = lateInterest({
      amount: invoice.amount - contested,
      currency: invoice.currency,
      dueDate: invoice.dueDate,
      ...reductionsOf(ledger, invoice.id, date),
      asOf: date,
      rule: {
        jurisdiction: law.jurisdiction,
        debtor: customer.debtor,
        ...(contract !== null ? { contractRatePercent: contract } : {}),
        ...(invoice.formalNoticeDate ? { formalNoticeDate: invoice.formalNoticeDate } : {}),
      },
      ...(rates ? { rates } : {}),
    });
    if (result.periods.length === 0 && result.complete) continue;
    for (const p of result.periods) out.periods.push({ invoice: invoice.number, ...p });
    out.invoices.push({
      invoice: invoice.number,
      total: result.total,
      paidLate: result.paidInFullOn !== null,
      complete: result.complete,
    });
    out.total += result.total;
    out.complete &&= result.complete;
  }
  return out;
}

/** The open amount by days past due, in the default buckets (not yet due, 1–30, … over 120). */
export function agingOf(invoices: readonly LetterInvoice[]): LetterAgingBucket[] {
  const defs = agingBucketDefinitions(DEFAULT_DUE_BOUNDS, 'due');
  const amounts = defs.map(() => 0);
  for (const i of invoices) {
    const b = agingBucketOf(i.daysLate, DEFAULT_DUE_BOUNDS);
    amounts[b] = (amounts[b] ?? 0) + i.open;
  }
  return defs.map((d, k) => ({ from: d.from ?? 0, to: d.to, amount: amounts[k] ?? 0 }));
}

/**
 * Reductions of an invoice (payments, discounts, credit notes, write-offs) and their reversals up to
 * `date`, for interest: the domain's rule, as the screens and the claims count them (fees left out).
 */
export function reductionsOf(ledger: LedgerIndex, invoiceId: string, date: IsoDate): InterestReductions {
  return interestReductions(ledger, invoiceId, date);
}

/**
 * What was paid towards a recorded plan from the day it was agreed to the letter's date, as the plan's
 * own progress counts it (payments and discounts on its invoices, payments on the customer's account,
 * oldest instalment first); null for a plan not yet recorded, or when nothing was paid since.
 */
export function planPaidSince(
  plan: { instalments: readonly Instalment[]; agreedOn?: IsoDate },
  of: {
    customerId: string;
    invoiceIds: string[];
    currency: CurrencyCode;
    ledger: LedgerIndex;
    date: IsoDate;
  },
): LetterPlanProgress | null {
  if (!plan.agreedOn || plan.agreedOn > of.date) return null;
  const progress = planProgress(
    {
      customerId: of.customerId,
      invoiceIds: of.invoiceIds,
      currency: of.currency,
      createdOn: plan.agreedOn,
      instalments: [...plan.instalments],
    },
    of.ledger,
    of.date,
  );
  const instalmentsPaid = progress.instalments.map((i) => i.paid);
  const paid = instalmentsPaid.reduce((s, p) => s + p, 0);
  if (paid <= 0) return null;
  const total = plan.instalments.reduce((s, i) => s + i.amount, 0);
  return { agreedOn: plan.agreedOn, instalmentsPaid, paid, remaining: total - paid };
}
