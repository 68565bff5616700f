// Logging a contact from Today or the customer page. A contact the user is about to MAKE goes through
// the cadence guard: its warnings must be overridden with a reason, which is logged. A contact that
// already HAPPENED (an email sent, the customer calling back, a visit) is recorded without any check.
// A promise made on the call is its own entry, with its amount, date and invoices.
import { guardContact, customerTimeZone, type CadenceWarning } from '../../domain/collections/cadence-guard';
import type { ContactCadence, DunningLevelKind } from '../../domain/collections/types';
import { isIsoDate } from '../../domain/dates';
import { withFormalNotice } from '../../domain/formal-notice';
import type { Activity, ActivityKind } from '../../domain/types';
import { msg, type Msg } from '../message';
import type { CommandResult, Ctx, Snapshot } from '../types';
import { customerInvoices, ledgerOf, openOn, typedAmount } from './shared';
import { evidenceRecords, type EvidenceFileInput } from './evidence';

export interface CollectionsContactInput {
  customerId: string;
  kind: ActivityKind;
  /** `make`: about to be made, checked by the cadence; `record`: already happened, never refused. */
  mode: 'make' | 'record';
  date: string;
  /** `HH:MM`, the user's clock, for the log. */
  time?: string;
  /** The moment of the contact (ISO instant) for the customer's local hour. */
  at?: string;
  direction?: 'out' | 'in';
  invoiceIds?: string[];
  text?: string;
  outcome?: string;
  by?: string;
  dunningLevel?: DunningLevelKind;
  overrideReason?: string;
  /** A log entry this one corrects (the old one stays). */
  corrects?: string;
  /** The cadence of the dunning policy in force. */
  cadence: ContactCadence;
  /** A letter that is the formal notice (mise en demeure, messa in mora): its invoices carry its date. */
  formalNotice?: boolean;
  /** A promise made during the contact. */
  promise?: { amount: string; date: string; invoiceIds?: string[] };
  /** Evidence files attached to the entry as it is logged (one write: undo takes both away). */
  files?: readonly EvidenceFileInput[];
}

export interface ContactResult extends CommandResult {
  warnings: CadenceWarning[];
}

export function logCollectionsContact(
  snapshot: Snapshot,
  input: CollectionsContactInput,
  ctx: Ctx,
): ContactResult {
  const label = msg('collections.undo.contact');
  const fail = (error: Msg, warnings: CadenceWarning[] = []): ContactResult => ({
    change: {},
    errors: [{ error }],
    label,
    warnings,
  });
  const customer = snapshot.get('customers', input.customerId);
  if (!customer) return fail(msg('customer.missing'));
  if (!isIsoDate(input.date)) return fail(msg('contact.error.date'));
  // Copies: the input may be the screen's reactive state, which IndexedDB cannot store.
  const invoiceIds = [...(input.invoiceIds ?? [])];
  if (invoiceIds.length > 0 && !customerInvoices(snapshot, customer, invoiceIds))
    return fail(msg('collections.error.invoices'));
  let warnings: CadenceWarning[] = [];
  if (input.mode === 'make' && input.direction !== 'in') {
    const history = snapshot.list('activities').filter((a) => a.customerId === customer.id);
    warnings = guardContact(
      history,
      {
        kind: input.kind,
        date: input.date,
        ...(input.at ? { at: input.at, timeZone: customerTimeZone(customer) } : {}),
      },
      input.cadence,
    ).warnings;
    if (warnings.length > 0 && !input.overrideReason?.trim())
      return fail(msg('collections.error.cadence'), warnings);
  }
  const a: Activity = {
    id: ctx.newId('act'),
    customerId: customer.id,
    invoiceIds,
    date: input.date,
    kind: input.kind,
  };
  if (input.time) a.time = input.time;
  if (input.direction) a.direction = input.direction;
  if (input.text?.trim()) a.text = input.text.trim();
  if (input.outcome?.trim()) a.outcome = input.outcome.trim();
  if (input.by?.trim()) a.by = input.by.trim();
  if (input.dunningLevel) a.dunningLevel = input.dunningLevel;
  if (input.corrects) a.corrects = input.corrects;
  if (warnings.length > 0) a.overrideReason = input.overrideReason!.trim();
  const put = [a];
  if (input.promise) {
    const promiseIds = [...(input.promise.invoiceIds ?? invoiceIds)];
    const invoices = promiseIds.length > 0 ? customerInvoices(snapshot, customer, promiseIds) : [];
    if (!invoices) return fail(msg('collections.error.invoices'));
    const currency = invoices[0]?.currency ?? customer.currency;
    const amount = typedAmount(input.promise.amount, currency);
    const typed = input.promise.amount?.trim() ?? '';
    // Nothing typed is asked for; something typed that is not an amount ("abc", "-5") is quoted back.
    if (amount === null)
      return fail(
        typed ? msg('contact.error.amountUnreadable', { value: typed }) : msg('contact.error.amount'),
      );
    if (!isIsoDate(input.promise.date) || input.promise.date < input.date)
      return fail(msg('contact.error.promiseDate'));
    // More than the promised invoices still owe is a slip of the keyboard, not a promise.
    if (invoices.length > 0) {
      const open = [...openOn(invoices, ledgerOf(snapshot), input.date).values()].reduce((a, b) => a + b, 0);
      if (amount > open) return fail(msg('contact.error.promiseOver'));
    }
    put.push({
      id: ctx.newId('act'),
      customerId: customer.id,
      invoiceIds: promiseIds,
      date: input.date,
      kind: 'promise',
      promiseAmount: amount,
      promiseDate: input.promise.date,
    });
  }
  const evidence = input.files?.length ? evidenceRecords(a, input.files, ctx) : [];
  if (!Array.isArray(evidence)) return fail(evidence);
  const noticed =
    input.formalNotice && input.kind === 'letter'
      ? withFormalNotice(snapshot.list('invoices'), customer.id, input.date, invoiceIds)
      : [];
  return {
    change: {
      activities: { put },
      ...(evidence.length ? { evidence: { put: evidence } } : {}),
      ...(noticed.length ? { invoices: { put: noticed } } : {}),
    },
    errors: [],
    label,
    warnings,
  };
}
