// Bank lines confirmed as payments (a suggestion as matched, or an invoice the user chose, allocated
// with the early-payment discount where the terms give one), and bank lines set aside.
import { allocatePayment, allocationCandidates } from '../domain/allocation';
import { buildLedgerIndex } from '../domain/balance';
import type { Allocation, Payment } from '../domain/types';
import { paymentFromSuggestion } from '../matching';
import type { BankLine } from '../db/schema';
import { msg } from './message';
import type { CommandError, CommandResult, Ctx, Snapshot } from './types';

export type BankChoice =
  /** The matcher's suggestion, as shown and ticked. */
  | { lineId: string; customerId: string | null; allocations: Allocation[] }
  /** An open invoice the user chose for the line. */
  | { lineId: string; invoiceId: string };

export function confirmBankMatches(
  snapshot: Snapshot,
  choices: readonly BankChoice[],
  ctx: Ctx,
): CommandResult {
  const payments: Payment[] = [];
  const lines: BankLine[] = [];
  const errors: CommandError[] = [];
  const ledger = buildLedgerIndex(snapshot.list('payments'), snapshot.list('adjustments'));
  for (const choice of choices) {
    const line = snapshot.get('bankLines', choice.lineId);
    // Confirmed or set aside meanwhile (another tab, an undo): nothing to do for it.
    if (!line || line.status !== 'unmatched') continue;
    let suggestion: { customerId: string | null; allocations: Allocation[] };
    if ('invoiceId' in choice) {
      const invoice = snapshot.get('invoices', choice.invoiceId);
      if (!invoice) {
        errors.push({ key: line.id, error: msg('bank.error.noInvoice') });
        continue;
      }
      const terms = invoice.terms ?? snapshot.get('customers', invoice.customerId)?.terms;
      const candidates = allocationCandidates(
        [{ ...invoice, ...(terms ? { terms } : {}) }],
        ledger,
        line.date,
      );
      const result = allocatePayment(
        { amount: line.amount, date: line.date, currency: line.currency },
        candidates,
        { order: 'given' },
      );
      suggestion = { customerId: invoice.customerId, allocations: result.allocations };
    } else suggestion = { customerId: choice.customerId, allocations: choice.allocations };
    const payment = paymentFromSuggestion(line, suggestion, {
      id: ctx.newId('pay'),
      bankLineKey: line.key,
      ...(line.importBatchId ? { importBatchId: line.importBatchId } : {}),
    });
    payments.push(payment);
    lines.push({ ...line, status: 'matched', paymentId: payment.id });
  }
  return {
    change: { payments: { put: payments }, bankLines: { put: lines } },
    errors,
    label: msg('bank.undo.matched', { count: payments.length }),
  };
}

export function ignoreBankLine(snapshot: Snapshot, lineId: string): CommandResult {
  const line = snapshot.get('bankLines', lineId);
  return {
    change: line ? { bankLines: { put: [{ ...line, status: 'ignored' }] } } : {},
    errors: [],
    label: msg('bank.undo.ignored'),
  };
}
