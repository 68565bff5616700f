// What the collections queue shares across customers, made once per queue: each customer's open
// invoices with their balances (grouped in one pass, so that a customer's work reads arrays of its own
// invoices, never a map of the whole book: at a million invoices those look-ups were most of the time),
// the log, plans, offers and disputes per customer, and look-ups by id made only when something names
// an invoice (promises).
import { openBalances } from '../balance';
import type { Activity, Invoice, PaymentPlan, SettlementOffer } from '../types';
import { disputesFromLog } from './disputes';
import type { QueueInput } from './queue';
import type { Dispute } from './types';

export interface QueueBook {
  openBy: Map<string, { invoices: Invoice[]; open: number[] }>;
  openOf: (invoiceId: string) => number;
  byId: () => Map<string, Invoice>;
  allInvoicesOf: (customerId: string) => Invoice[];
  activitiesBy: Map<string, Activity[]>;
  plansBy: Map<string, PaymentPlan[]>;
  offersBy: Map<string, SettlementOffer[]>;
  disputesBy: Map<string, Dispute[]>;
}

export function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const l = out.get(k);
    if (l) l.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/** The shared part, in steps of `chunk` invoices (`collectionsQueueSteps`). */
export function* queueBook(input: QueueInput, chunk: number): Generator<void, QueueBook, void> {
  const { asOf } = input;
  // Balances once for the whole book (the bulk path of balance.ts), unless the caller has them.
  const invoices = input.invoices;
  const open = input.open ?? openBalances(invoices, input.ledger, asOf).open;
  const openBy = new Map<string, { invoices: Invoice[]; open: number[] }>();
  for (let from = 0; from < invoices.length; from += chunk) {
    const to = Math.min(invoices.length, from + chunk);
    group(invoices, open, openBy, from, to);
    if (to < invoices.length) yield;
  }
  let openById: Map<string, number> | null = null;
  const openOf = (id: string): number => {
    if (!openById) {
      openById = new Map();
      for (let k = 0; k < invoices.length; k++)
        if ((open[k] as number) > 0) openById.set((invoices[k] as Invoice).id, open[k] as number);
    }
    return openById.get(id) ?? 0;
  };
  let invoiceById: Map<string, Invoice> | null = null;
  const byId = (): Map<string, Invoice> => (invoiceById ??= new Map(invoices.map((i) => [i.id, i])));
  let allBy: Map<string, Invoice[]> | null = null;
  const allInvoicesOf = (customerId: string): Invoice[] => {
    allBy ??= groupBy(
      invoices.filter((i) => i.issueDate <= asOf),
      (i) => i.customerId,
    );
    return allBy.get(customerId) ?? [];
  };
  return {
    openBy,
    openOf,
    byId,
    allInvoicesOf,
    activitiesBy: groupBy(input.activities, (a) => a.customerId),
    plansBy: groupBy(
      (input.plans ?? []).filter((p) => p.status === 'active'),
      (p) => p.customerId,
    ),
    offersBy: groupBy(input.settlements ?? [], (s) => s.customerId),
    disputesBy: groupBy(disputesFromLog(input.activities), (d) => d.customerId),
  };
}

/** Adds invoices `from` to `to` that are open to their customer's group (a plain loop, not a generator's). */
function group(
  invoices: readonly Invoice[],
  open: ArrayLike<number>,
  openBy: QueueBook['openBy'],
  from: number,
  to: number,
): void {
  for (let k = from; k < to; k++) {
    const o = open[k] as number;
    if (o <= 0) continue;
    const inv = invoices[k] as Invoice;
    const mine = openBy.get(inv.customerId);
    if (mine) {
      mine.invoices.push(inv);
      mine.open.push(o);
    } else openBy.set(inv.customerId, { invoices: [inv], open: [o] });
  }
}
