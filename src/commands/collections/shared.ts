// What the collections commands share: the ledger of the stored book, typed amounts, the customer's
// invoices and their open balances on a day.
import { buildLedgerIndex, openBalance, type LedgerIndex } from '../../domain/balance';
import { currencyDigits, parseMoney } from '../../domain/money';
import type { Customer, Invoice, IsoDate } from '../../domain/types';
import type { MessageKey } from '../../i18n/en';
import type { Snapshot } from '../types';

export function ledgerOf(snapshot: Snapshot): LedgerIndex {
  return buildLedgerIndex(snapshot.list('payments'), snapshot.list('adjustments'));
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
