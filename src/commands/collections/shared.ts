// What the collections commands share: the ledger of the stored book, typed amounts, the customer's
// invoices and their open balances on a day.
import { buildLedgerIndex, openBalance, type LedgerIndex } from '../../domain/balance';
import { currencyDigits, parseMoney } from '../../domain/money';
import type { Activity, Adjustment, CaseEvent, Customer, Invoice, IsoDate } from '../../domain/types';
import type { MessageKey } from '../../i18n/en';
import type { Ctx, Snapshot } from '../types';

export function ledgerOf(snapshot: Snapshot): LedgerIndex {
  return buildLedgerIndex(snapshot.list('payments'), snapshot.list('adjustments'));
}

/**
 * The invoices already given another way to settle: in a payment plan being kept or proposed, and in a
 * settlement offer still open on `day`. A new plan or offer takes neither (it would settle them twice).
 */
export function settlingInvoices(
  book: Pick<Snapshot, 'list'>,
  day: IsoDate,
): { planned: Set<string>; offered: Set<string> } {
  return {
    planned: new Set(
      book
        .list('plans')
        .filter((p) => p.status === 'active' || p.status === 'proposed')
        .flatMap((p) => p.invoiceIds),
    ),
    offered: new Set(
      book
        .list('settlements')
        .filter((o) => o.status === 'open' && o.deadline >= day)
        .flatMap((o) => o.invoiceIds),
    ),
  };
}

/** An amount typed by the user in the currency's minor units, or null; only positive amounts. */
export function typedAmount(text: string | undefined, currency: string): number | null {
  const n = parseMoney(text ?? '', { digits: currencyDigits(currency) });
  return n !== null && n > 0 ? n : null;
}

/** The named invoices, all of this customer (and in one currency), or null when one is not. */
export function customerInvoices(
  snapshot: Snapshot,
  customer: Customer,
  ids: readonly string[],
): Invoice[] | null {
  const out: Invoice[] = [];
  for (const id of ids) {
    const inv = snapshot.get('invoices', id);
    if (!inv || inv.customerId !== customer.id) return null;
    out.push(inv);
  }
  return out.length > 0 && out.every((i) => i.currency === out[0]!.currency) ? out : null;
}

export function openOn(
  invoices: readonly Invoice[],
  ledger: LedgerIndex,
  date: IsoDate,
): Map<string, number> {
  return new Map(invoices.map((i) => [i.id, openBalance(i, ledger, date)]));
}

/**
 * The preamble of the commands on a customer's invoices: the customer, then its named invoices (all of
 * it, one currency). A message key when either is not so.
 */
export function customerWithInvoices(
  snapshot: Snapshot,
  customerId: string,
  invoiceIds: readonly string[],
): { customer: Customer; invoices: Invoice[] } | MessageKey {
  const customer = snapshot.get('customers', customerId);
  if (!customer) return 'customer.missing';
  const invoices = customerInvoices(snapshot, customer, invoiceIds);
  return invoices ? { customer, invoices } : 'collections.error.invoices';
}

/**
 * The note the app writes in the contact log for a decision taken in its own panel (a settlement, a
 * write-off, a hold, an escalation): the log then tells the whole case, and its export is the evidence.
 * A note is not a contact: the cadence and the promises do not count it.
 */
export function caseNote(
  ctx: Ctx,
  customerId: string,
  invoiceIds: readonly string[],
  date: IsoDate,
  event: CaseEvent,
  extra: Pick<
    Activity,
    'eventAmount' | 'eventCurrency' | 'settlementId' | 'writeOffReason' | 'escalation'
  > = {},
): Activity {
  return {
    id: ctx.newId('act'),
    customerId,
    invoiceIds: [...invoiceIds],
    date,
    kind: 'note',
    event,
    ...extra,
  };
}

/** One note per customer for write-offs made (or reversed) together, with their total in one currency. */
export function writeOffNotes(
  ctx: Ctx,
  writeOffs: readonly Adjustment[],
  date: IsoDate,
  event: 'written-off' | 'write-off-reversed',
): Activity[] {
  const byCustomer = new Map<string, Adjustment[]>();
  for (const a of writeOffs) byCustomer.set(a.customerId, [...(byCustomer.get(a.customerId) ?? []), a]);
  return [...byCustomer].map(([customerId, list]) => {
    const currencies = new Set(list.map((a) => a.currency));
    const reasons = new Set(list.map((a) => a.writeOffReason));
    const extra: Parameters<typeof caseNote>[5] = {};
    if (currencies.size === 1) {
      extra.eventAmount = list.reduce((s, a) => s + a.amount, 0);
      extra.eventCurrency = list[0]!.currency;
    }
    const reason = list[0]!.writeOffReason;
    if (reasons.size === 1 && reason) extra.writeOffReason = reason;
    const settlementId = list[0]!.settlementId;
    if (settlementId) extra.settlementId = settlementId;
    const invoiceIds = [...new Set(list.flatMap((a) => (a.invoiceId ? [a.invoiceId] : [])))];
    return caseNote(ctx, customerId, invoiceIds, date, event, extra);
  });
}
