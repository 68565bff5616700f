// Spreading one payment over a customer's open invoices: oldest due first (or the order given),
// never beyond an invoice's open balance, the rest kept as unapplied credit. When an early-payment
// discount applies on the payment date and the payment covers the discounted rest, the discount
// is granted with the allocation and closes the invoice.

import { cachedDayNumber, type LedgerIndex } from './balance';
import { assertMinor, type Minor } from './money';
import { DEFAULT_DISCOUNT_TOLERANCE_MINOR, discountFor, type DiscountDecision } from './terms';
import type { Allocation, CurrencyCode, Invoice, IsoDate } from './types';

export interface AllocationCandidate {
  invoice: Invoice;
  /** Open balance on the payment date. */
  open: number;
  /** A discount was already granted on this invoice: no second one. */
  discountTaken?: boolean;
}

export interface AllocationOptions {
  /** `oldest-due` (default): by due date, then issue date, then number; `given`: as passed. */
  order?: 'oldest-due' | 'given';
  /** Grant early-payment discounts (default true). */
  discounts?: boolean;
  /** A payment this many minor units short of the discounted rest still settles it (default 5). */
  toleranceMinor?: number;
}

export interface DiscountGranted {
  invoiceId: string;
  decision: DiscountDecision;
}

export interface AllocationResult {
  allocations: Allocation[];
  /** What is left of the payment: customer credit. */
  unapplied: Minor;
  /** The tier behind each discount granted, to show the user why. */
  discounts: DiscountGranted[];
}

export interface PaymentToAllocate {
  amount: number;
  date: IsoDate;
  currency: CurrencyCode;
}

/** Oldest due first; ties by issue date, number, id, so the order never depends on the input's. */
export function byOldestDue(a: Invoice, b: Invoice): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  if (a.issueDate !== b.issueDate) return a.issueDate < b.issueDate ? -1 : 1;
  if (a.number !== b.number) return a.number < b.number ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Allocates a payment over candidate invoices in the payment's currency. Each allocation's
 * `amount + discount` never exceeds the invoice's open balance; the allocations plus `unapplied`
 * always equal the payment. A discount is granted only when it closes the invoice; a shortfall
 * within the tolerance is granted with it (the allocation's `discount` settles the rest).
 */
export function allocatePayment(
  payment: PaymentToAllocate,
  candidates: readonly AllocationCandidate[],
  options: AllocationOptions = {},
): AllocationResult {
  assertMinor(payment.amount, 'payment amount');
  if (payment.amount < 0) throw new Error('allocation: payment amount must not be negative');
  const tolerance = options.toleranceMinor ?? DEFAULT_DISCOUNT_TOLERANCE_MINOR;
  const useDiscounts = options.discounts ?? true;
  const ordered =
    options.order === 'given'
      ? candidates
      : [...candidates].sort((a, b) => byOldestDue(a.invoice, b.invoice));

  const allocations: Allocation[] = [];
  const discounts: DiscountGranted[] = [];
  let left = payment.amount;
  for (const c of ordered) {
    if (left <= 0) break;
    const inv = c.invoice;
    if (inv.currency !== payment.currency || c.open <= 0) continue;
    assertMinor(c.open, 'open balance');
    if (useDiscounts && !c.discountTaken) {
      const decision = discountFor(inv, inv.issueDate, inv.terms, payment.date, left, tolerance);
      if (decision && decision.discount > 0 && decision.discount < c.open) {
        const due = c.open - decision.discount;
        if (left >= due - tolerance) {
          const amount = Math.min(left, due);
          allocations.push({ invoiceId: inv.id, amount, discount: c.open - amount });
          discounts.push({ invoiceId: inv.id, decision });
          left -= amount;
          continue;
        }
      }
    }
    const amount = Math.min(left, c.open);
    allocations.push({ invoiceId: inv.id, amount });
    left -= amount;
  }
  return { allocations, unapplied: left, discounts };
}

/**
 * The invoices open on `asOf` (issued by then, balance above zero), each with its open balance and
 * whether a discount was already granted on it: the input `allocatePayment` expects.
 */
export function allocationCandidates(
  invoices: readonly Invoice[],
  ledger: LedgerIndex,
  asOf: IsoDate,
): AllocationCandidate[] {
  const asOfDay = cachedDayNumber(asOf);
  const out: AllocationCandidate[] = [];
  for (const invoice of invoices) {
    if (cachedDayNumber(invoice.issueDate) > asOfDay) continue;
    let open = invoice.amount;
    let discountTaken = false;
    for (const e of ledger.byInvoice.get(invoice.id) ?? []) {
      if (e.day > asOfDay) break;
      open += e.delta;
      if (e.kind === 'discount') discountTaken = true;
    }
    if (open > 0) out.push({ invoice, open, discountTaken });
  }
  return out;
}
