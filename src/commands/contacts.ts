// The contact log: a contact logged from the customer page (through the cadence guard), and the
// activity grid's edits and deletes.
import { checkContact } from '../domain/cadence';
import { isIsoDate } from '../domain/dates';
import { withFormalNotice } from '../domain/formal-notice';
import { currencyDigits, parseMoney } from '../domain/money';
import { ACTIVITY_KINDS, type Activity, type ActivityKind } from '../domain/types';
import { applyCellEdits } from './cells';
import { readDate } from './invoices';
import { msg, type Msg } from './message';
import type { CellEdit, CommandResult, Ctx, Snapshot } from './types';

export interface ContactInput {
  customerId: string;
  kind: ActivityKind;
  date: string;
  time?: string;
  text?: string;
  outcome?: string;
  invoiceIds?: string[];
  /** For a promise: the amount as typed and the date promised. */
  promiseAmount?: string;
  promiseDate?: string;
  /** A letter that is the formal notice (mise en demeure, messa in mora): its invoices carry its date. */
  formalNotice?: boolean;
}

export function logContact(snapshot: Snapshot, input: ContactInput, ctx: Ctx): CommandResult {
  const label = msg('contact.undo.logged', { kind: input.kind });
  const fail = (error: Msg): CommandResult => ({ change: {}, errors: [{ error }], label });
  const customer = snapshot.get('customers', input.customerId);
  if (!customer) return fail(msg('customer.missing'));
  if (!isIsoDate(input.date)) return fail(msg('contact.error.date'));
  const history = snapshot.list('activities').filter((a) => a.customerId === input.customerId);
  const check = checkContact(history, {
    date: input.date,
    kind: input.kind,
    ...(input.time ? { time: input.time } : {}),
  });
  if (!check.allowed) return fail(msg('contact.error.cadence'));
  const a: Activity = {
    id: ctx.newId('act'),
    customerId: input.customerId,
    invoiceIds: input.invoiceIds ?? [],
    date: input.date,
    kind: input.kind,
  };
  if (input.time && (input.kind === 'call' || input.kind === 'visit')) a.time = input.time;
  if (input.text?.trim()) a.text = input.text.trim();
  if (input.outcome?.trim()) a.outcome = input.outcome.trim();
  if (input.kind === 'promise') {
    const amount = parseMoney(input.promiseAmount ?? '', { digits: currencyDigits(customer.currency) });
    if (amount === null || amount <= 0) return fail(msg('contact.error.amount'));
    if (!isIsoDate(input.promiseDate ?? '')) return fail(msg('contact.error.promiseDate'));
    a.promiseAmount = amount;
    a.promiseDate = input.promiseDate;
  }
  if (input.formalNotice && input.kind === 'letter') {
    const noticed = withFormalNotice(snapshot.list('invoices'), input.customerId, input.date, a.invoiceIds);
    if (noticed.length)
      return { change: { activities: { put: [a] }, invoices: { put: noticed } }, errors: [], label };
  }
  return { change: { activities: { put: [a] } }, errors: [], label };
}

function applyActivityCell(a: Activity, columnId: string, raw: string): Activity | Msg {
  const text = raw.trim();
  if (columnId === 'date') {
    const d = readDate(text);
    return d ? { ...a, date: d } : msg('grid.error.notDate', { value: text });
  }
  if (columnId === 'kind')
    return (ACTIVITY_KINDS as readonly string[]).includes(text)
      ? { ...a, kind: text as ActivityKind }
      : msg('activity.error.kind', { kinds: ACTIVITY_KINDS.join(', ') });
  if (columnId === 'promiseKept') {
    const { promiseKept: _k, ...rest } = a;
    return text === '' ? rest : { ...a, promiseKept: /^(y|yes|true|1)$/i.test(text) };
  }
  if (columnId === 'text' || columnId === 'outcome') return { ...a, [columnId]: text };
  return msg('grid.error.notEditable');
}

export function editActivities(snapshot: Snapshot, cells: readonly CellEdit[]): CommandResult {
  const { updated, errors } = applyCellEdits(
    cells,
    (id) => snapshot.get('activities', id),
    applyActivityCell,
  );
  return { change: { activities: { put: updated } }, errors, label: msg('activity.undo.edit') };
}

export function deleteActivities(_snapshot: Snapshot, ids: readonly string[]): CommandResult {
  return { change: { activities: { delete: [...ids] } }, errors: [], label: msg('activity.undo.delete') };
}
