// A confirmed suggestion becomes a payment: the one place a bank line turns into a stored payment.

import { assertMinor } from '../domain/money';
import type { Payment } from '../domain/types';
import type { BankLineInput, MatchSuggestion } from './types';

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
