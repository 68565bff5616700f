// Small builders for collections fixtures: every record spelled out with its defaults, so a test shows
// only what matters to it.
import type { Activity, Customer, Invoice, Payment, PaymentPlan } from '../../../src/domain/types';

export function customer(id: string, extra: Partial<Customer> = {}): Customer {
  return {
    id,
    name: id,
    country: 'IT',
    language: 'it',
    currency: 'EUR',
    debtor: 'business',
    creditHold: false,
    createdAt: '2025-01-01',
    ...extra,
  };
}

export function invoice(
  id: string,
  customerId: string,
  issueDate: string,
  dueDate: string,
  amount: number,
  extra: Partial<Invoice> = {},
): Invoice {
  return { id, number: id, customerId, issueDate, dueDate, currency: 'EUR', amount, ...extra };
}

/** A payment fully allocated to invoices: `[invoiceId, amount]` pairs. */
export function payment(
  id: string,
  date: string,
  allocations: [string, number][],
  extra: Partial<Payment> = {},
): Payment {
  const amount = allocations.reduce((s, [, a]) => s + a, 0);
  return {
    id,
    date,
    amount,
    currency: 'EUR',
    allocations: allocations.map(([invoiceId, a]) => ({ invoiceId, amount: a })),
    ...extra,
  };
}

export function contact(
  id: string,
  customerId: string,
  date: string,
  kind: Activity['kind'],
  extra: Partial<Activity> = {},
): Activity {
  return { id, customerId, invoiceIds: [], date, kind, ...extra };
}

export function plan(
  id: string,
  customerId: string,
  invoiceIds: string[],
  createdOn: string,
  instalments: [string, number][],
  extra: Partial<PaymentPlan> = {},
): PaymentPlan {
  return {
    id,
    customerId,
    invoiceIds,
    currency: 'EUR',
    createdOn,
    instalments: instalments.map(([dueDate, amount]) => ({ dueDate, amount })),
    status: 'active',
    ...extra,
  };
}

/** A dispute entry in the log on one invoice (the whole of it unless `disputeAmount` is given). */
export function dispute(
  id: string,
  customerId: string,
  invoiceId: string,
  date: string,
  extra: Partial<Activity> = {},
): Activity {
  return {
    id,
    customerId,
    invoiceIds: [invoiceId],
    date,
    kind: 'dispute',
    disputeReason: 'quality',
    ...extra,
  };
}
