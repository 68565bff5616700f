// Write-offs of one or many invoices, with a reason and a date, each for the invoice's open balance on
// that date; reversible (the write-off is waived from the reversal date: the balance comes back, the
// record stays for the report).
import type { WriteOffReason } from '../../domain/collections/types';
import { isIsoDate } from '../../domain/dates';
import type { Adjustment } from '../../domain/types';
import { msg, refused } from '../message';
import type { CommandResult, Ctx, Snapshot } from '../types';
import { ledgerOf, openOn, writeOffNotes } from './shared';

export function writeOff(
  snapshot: Snapshot,
  input: { invoiceIds: string[]; reason: WriteOffReason; date?: string; note?: string },
  ctx: Ctx,
): CommandResult {
  const label = msg('collections.undo.writeOff', { count: input.invoiceIds.length });
  const date = input.date ?? ctx.today;
  if (!isIsoDate(date)) return refused(label, 'contact.error.date');
  const invoices = input.invoiceIds.map((id) => snapshot.get('invoices', id));
  if (invoices.length === 0 || invoices.some((i) => i === undefined))
    return refused(label, 'collections.error.invoices');
  // An invoice in a payment plan being kept is not written off behind the plan's back: the plan would
  // go on asking for money that is no longer owed. The plan is cancelled first.
  const planned = new Set(
    snapshot
      .list('plans')
      .filter((p) => p.status === 'active' || p.status === 'proposed')
      .flatMap((p) => p.invoiceIds),
  );
  if (input.invoiceIds.some((id) => planned.has(id))) return refused(label, 'collections.error.inPlan');
  const open = openOn(
    invoices.filter((i) => i !== undefined),
    ledgerOf(snapshot),
    date,
  );
  const batchId = ctx.newId('wo');
  const put: Adjustment[] = [];
  for (const inv of invoices) {
    const amount = open.get(inv!.id) ?? 0;
    if (amount <= 0) continue;
    const a: Adjustment = {
      id: ctx.newId('adj'),
      kind: 'write-off',
      customerId: inv!.customerId,
      invoiceId: inv!.id,
      date,
      amount,
      currency: inv!.currency,
      writeOffReason: input.reason,
      batchId,
    };
    if (input.note?.trim()) a.reason = input.note.trim();
    put.push(a);
  }
  if (put.length === 0) return refused(label, 'collections.error.nothingOpen');
  return {
    change: { adjustments: { put }, activities: { put: writeOffNotes(ctx, put, date, 'written-off') } },
    errors: [],
    label,
  };
}

export function reverseWriteOff(
  snapshot: Snapshot,
  input: { adjustmentIds: string[]; date?: string },
  ctx: Ctx,
): CommandResult {
  const label = msg('collections.undo.reverse');
  const date = input.date ?? ctx.today;
  const put: Adjustment[] = [];
  for (const id of input.adjustmentIds) {
    const a = snapshot.get('adjustments', id);
    if (!a || a.kind !== 'write-off' || a.waived || date < a.date)
      return refused(label, 'collections.error.noWriteOff');
    put.push({ ...a, waived: true, waivedOn: date });
  }
  return {
    change: {
      adjustments: { put },
      activities: { put: writeOffNotes(ctx, put, date, 'write-off-reversed') },
    },
    errors: [],
    label,
  };
}
