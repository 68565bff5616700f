// What the collector decides about a customer: snooze it to a date, hand it to its account owner,
// put it on credit hold or cash only, record its escalation stage and its credit check, change its
// dunning. Each is a change of the customer record (one undo step).
import type {
  CreditCheck,
  CreditCheckSource,
  DunningOverride,
  EscalationStageKind,
} from '../../domain/collections/types';
import { isIsoDate } from '../../domain/dates';
import type { Customer } from '../../domain/types';
import { isMsg, msg, refused, type Msg } from '../message';
import type { CommandResult, Snapshot, Ctx } from '../types';
import { caseNote, typedAmount } from './shared';

function update(
  snapshot: Snapshot,
  customerId: string,
  label: Msg,
  change: (c: Customer) => Customer | Msg,
): CommandResult {
  const c = snapshot.get('customers', customerId);
  if (!c) return refused(label, 'customer.missing');
  const next = change(c);
  if (isMsg(next)) return { change: {}, errors: [{ error: next }], label };
  return { change: { customers: { put: [next] } }, errors: [], label };
}

function without<K extends keyof Customer>(c: Customer, ...keys: K[]): Customer {
  const out = { ...c };
  for (const k of keys) delete out[k];
  return out;
}

/** No queue rows for the customer until `until` (after today); null wakes it now. */
export function snoozeCustomer(
  snapshot: Snapshot,
  input: { customerId: string; until: string | null; note?: string },
  ctx: Ctx,
): CommandResult {
  return update(snapshot, input.customerId, msg('collections.undo.snooze'), (c) => {
    if (input.until === null) return without(c, 'snoozedUntil', 'snoozeNote');
    if (!isIsoDate(input.until) || input.until <= ctx.today) return msg('collections.error.snoozeDate');
    const next = { ...without(c, 'snoozeNote'), snoozedUntil: input.until };
    return input.note?.trim() ? { ...next, snoozeNote: input.note.trim() } : next;
  });
}

/** Hands the customer to a person (default: its account owner) from today; null takes it back. */
export function handOver(
  snapshot: Snapshot,
  input: { customerId: string; to?: string | null },
  ctx: Ctx,
): CommandResult {
  return update(snapshot, input.customerId, msg('collections.undo.handOver'), (c) => {
    if (input.to === null) return without(c, 'handedOver');
    const to = (input.to ?? c.accountOwner ?? '').trim();
    if (!to) return msg('collections.error.noOwner');
    return { ...c, handedOver: { to, on: ctx.today } };
  });
}

export function setAccountOwner(
  snapshot: Snapshot,
  input: { customerId: string; owner: string },
): CommandResult {
  return update(snapshot, input.customerId, msg('collections.undo.owner'), (c) =>
    input.owner.trim() ? { ...c, accountOwner: input.owner.trim() } : without(c, 'accountOwner'),
  );
}

/** Credit hold (no more credit until paid in full) and cash only; lifting both clears the hold date. */
export function setCreditHold(
  snapshot: Snapshot,
  input: { customerId: string; hold: boolean; cashOnly?: boolean },
  ctx: Ctx,
): CommandResult {
  const result = update(
    snapshot,
    input.customerId,
    msg(input.hold ? 'collections.undo.hold' : 'collections.undo.release'),
    (c) => {
      const cashOnly = input.cashOnly ?? (input.hold ? (c.cashOnly ?? false) : false);
      const base = { ...c, creditHold: input.hold };
      const held = input.hold || cashOnly;
      const out: Customer = held
        ? { ...base, holdSince: c.holdSince && c.creditHold ? c.holdSince : ctx.today }
        : without(base, 'holdSince');
      return cashOnly ? { ...out, cashOnly: true } : without(out, 'cashOnly');
    },
  );
  // The log says when the customer went on hold, on cash only, or off both (not a click that changed
  // nothing).
  const before = snapshot.get('customers', input.customerId);
  const after = result.change.customers?.put?.[0];
  if (!before || !after) return result;
  const state = (c: Customer) => (c.cashOnly ? 'cash-only' : c.creditHold ? 'credit-hold' : 'hold-lifted');
  if (state(before) === state(after)) return result;
  const note = caseNote(ctx, after.id, [], ctx.today, state(after));
  return { ...result, change: { ...result.change, activities: { put: [note] } } };
}

export function setEscalation(
  snapshot: Snapshot,
  input: {
    customerId: string;
    stage: EscalationStageKind | 'none';
    date?: string;
    notes?: string;
    fee?: string;
    feePercent?: number;
  },
  ctx: Ctx,
): CommandResult {
  const result = update(snapshot, input.customerId, msg('collections.undo.escalation'), (c) => {
    const date = input.date ?? ctx.today;
    if (!isIsoDate(date)) return msg('contact.error.date');
    if (input.stage === 'none') return { ...c, escalation: 'none' };
    const record: NonNullable<Customer['escalations']>[number] = { stage: input.stage, date };
    if (input.notes?.trim()) record.notes = input.notes.trim();
    if (input.fee?.trim()) {
      const fee = typedAmount(input.fee, c.currency);
      if (fee === null) return msg('collections.error.amount');
      record.fee = fee;
      record.feeCurrency = c.currency;
    }
    if (input.feePercent !== undefined) record.feePercent = input.feePercent;
    return { ...c, escalation: input.stage, escalations: [...(c.escalations ?? []), record] };
  });
  // The log says when the case went to an agency, a small-claims court or a lawyer, and when it came back.
  const before = snapshot.get('customers', input.customerId);
  const after = result.change.customers?.put?.[0];
  if (!before || !after) return result;
  const note =
    input.stage === 'none'
      ? before.escalation && before.escalation !== 'none'
        ? caseNote(ctx, after.id, [], ctx.today, 'escalation-ended', { escalation: before.escalation })
        : null
      : caseNote(ctx, after.id, [], input.date ?? ctx.today, 'escalated', { escalation: input.stage });
  return note ? { ...result, change: { ...result.change, activities: { put: [note] } } } : result;
}

/** What was checked before giving credit, and the limit decided (it becomes the credit limit). */
export function recordCreditCheck(
  snapshot: Snapshot,
  input: { customerId: string; date?: string; sources: CreditCheckSource[]; notes?: string; limit?: string },
  ctx: Ctx,
): CommandResult {
  return update(snapshot, input.customerId, msg('collections.undo.creditCheck'), (c) => {
    const check: CreditCheck = { date: input.date ?? ctx.today, sources: [...input.sources] };
    if (!isIsoDate(check.date) || input.sources.length === 0) return msg('collections.error.creditCheck');
    if (input.notes?.trim()) check.notes = input.notes.trim();
    if (input.limit?.trim()) {
      const limit = typedAmount(input.limit, c.currency);
      if (limit === null) return msg('collections.error.amount');
      check.limit = limit;
      return { ...c, creditCheck: check, creditLimit: limit };
    }
    return { ...c, creditCheck: check };
  });
}

export function setDunningOverride(
  snapshot: Snapshot,
  input: { customerId: string; override: DunningOverride | null },
): CommandResult {
  return update(snapshot, input.customerId, msg('collections.undo.dunning'), (c) =>
    // A plain copy: the input may be the screen's reactive state, which IndexedDB cannot store.
    input.override
      ? { ...c, dunning: JSON.parse(JSON.stringify(input.override)) as DunningOverride }
      : without(c, 'dunning'),
  );
}
