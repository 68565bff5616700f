// Disputes: marking invoices (or part of one) disputed, and resolving a dispute — for us, for the
// customer with a credit note for the disputed amount, or partly with a credit note for part of it.
// Both are entries of the contact log (the dispute and its resolution are evidence).
import { disputesFromLog, isDisputeOpen } from '../../domain/collections/disputes';
import type { DisputeReason, DisputeResolution } from '../../domain/collections/types';
import { isIsoDate } from '../../domain/dates';
import type { Activity, Adjustment, Invoice } from '../../domain/types';
import { msg, refused } from '../message';
import type { CommandResult, Ctx, Snapshot } from '../types';
import { customerWithInvoices, ledgerOf, openOn, typedAmount } from './shared';

export interface DisputeInput {
  customerId: string;
  invoiceIds: string[];
  reason: DisputeReason;
  /** The contested part as typed (one invoice only); empty = the whole invoices. */
  amount?: string;
  text?: string;
  date?: string;
}

export function markDisputed(snapshot: Snapshot, input: DisputeInput, ctx: Ctx): CommandResult {
  const label = msg('collections.undo.dispute');
  const found = customerWithInvoices(snapshot, input.customerId, input.invoiceIds);
  if (typeof found === 'string') return refused(label, found);
  const { customer, invoices } = found;
  const date = input.date ?? ctx.today;
  if (!isIsoDate(date)) return refused(label, 'contact.error.date');
  const a: Activity = {
    id: ctx.newId('act'),
    customerId: customer.id,
    invoiceIds: invoices.map((i) => i.id),
    date,
    kind: 'dispute',
    disputeReason: input.reason,
  };
  if (input.amount?.trim()) {
    if (invoices.length !== 1) return refused(label, 'collections.error.partOneInvoice');
    const amount = typedAmount(input.amount, invoices[0]!.currency);
    const open = openOn(invoices, ledgerOf(snapshot), date).get(invoices[0]!.id) ?? 0;
    if (amount === null || amount > open) return refused(label, 'collections.error.amount');
    a.disputeAmount = amount;
  }
  if (input.text?.trim()) a.text = input.text.trim();
  return { change: { activities: { put: [a] } }, errors: [], label };
}

export interface ResolveInput {
  /** The log entry that opened the dispute. */
  disputeId: string;
  resolution: DisputeResolution;
  /** For `partly`: the credit granted, as typed. */
  creditAmount?: string;
  text?: string;
  date?: string;
}

export function resolveDispute(snapshot: Snapshot, input: ResolveInput, ctx: Ctx): CommandResult {
  const label = msg('collections.undo.resolve');
  const opened = snapshot.get('activities', input.disputeId);
  if (!opened || opened.kind !== 'dispute' || opened.resolves)
    return refused(label, 'collections.error.noDispute');
  const date = input.date ?? ctx.today;
  const disputes = disputesFromLog(
    snapshot.list('activities').filter((a) => a.customerId === opened.customerId),
  ).filter((d) => d.id === opened.id);
  if (disputes.length === 0 || !disputes.every((d) => isDisputeOpen(d, date)))
    return refused(label, 'collections.error.noDispute');
  const resolution: Activity = {
    id: ctx.newId('act'),
    customerId: opened.customerId,
    invoiceIds: opened.invoiceIds,
    date,
    kind: 'dispute',
    resolves: opened.id,
    resolution: input.resolution,
  };
  if (input.text?.trim()) resolution.text = input.text.trim();
  const notes: Adjustment[] = [];
  if (input.resolution !== 'for-us') {
    const ledger = ledgerOf(snapshot);
    const invoices = opened.invoiceIds
      .map((id) => snapshot.get('invoices', id))
      .filter((i) => i !== undefined);
    const open = openOn(invoices, ledger, date);
    let partly =
      input.resolution === 'partly' ? typedAmount(input.creditAmount, invoices[0]?.currency ?? '') : null;
    if (input.resolution === 'partly' && partly === null) return refused(label, 'collections.error.amount');
    const disputedOf = (inv: Invoice) =>
      Math.min(disputes.find((d) => d.invoiceId === inv.id)?.amount ?? Infinity, open.get(inv.id) ?? 0);
    // Part of what is in dispute, never more: 99.000 typed against 5.000 disputed credited the whole
    // invoice. Refused, with nothing written, and the message says the limit.
    if (partly !== null) {
      const limit = invoices.reduce((sum, inv) => sum + disputedOf(inv), 0);
      if (partly > limit) return refused(label, 'collections.error.creditOverDisputed');
    }
    for (const inv of invoices) {
      const disputed = disputedOf(inv);
      const credit = Math.min(partly ?? disputed, disputed);
      if (partly !== null) partly -= credit;
      if (credit <= 0) continue;
      notes.push({
        id: ctx.newId('adj'),
        kind: 'credit-note',
        customerId: inv.customerId,
        invoiceId: inv.id,
        date,
        amount: credit,
        currency: inv.currency,
      });
    }
    if (notes[0]) resolution.creditNoteId = notes[0].id;
  }
  return {
    change: { activities: { put: [resolution] }, ...(notes.length ? { adjustments: { put: notes } } : {}) },
    errors: [],
    label,
  };
}
