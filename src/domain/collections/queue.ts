// The Today queue (issue #10, item 2): for an as-of date, what to do for whom and why, sorted by the
// score of score.ts. Rows that would be a contact sooner than the cadence allows wait (with the day
// they may come back) instead of being listed: nobody is called twice in a week by mistake.
import { customerBehaviours, type BehaviourCategory } from '../behaviour';
import { openBalances, type LedgerIndex } from '../balance';
import { daysFrom } from './days';
import type {
  Activity,
  Customer,
  Invoice,
  IsoDate,
  Jurisdiction,
  PaymentPlan,
  SettlementOffer,
} from '../types';
import { contactWindow } from './cadence-guard';
import { currentEscalation } from './escalation';
import { creditCheckFlag, holdReasons } from './hold';
import { effectivePolicy } from './policy';
import { customerRows, type CustomerBook } from './queue-customer';
import type { QueueReason, QueueRowKind } from './reasons';
import { rowScore } from './score';
import type { DunningChannel, DunningLevelKind, DunningPolicy } from './types';
import { disputesFromLog } from './disputes';

export interface QueueRow {
  /** Stable while the situation lasts: `kind:customer:currency[:promise or plan]`. */
  id: string;
  kind: QueueRowKind;
  customerId: string;
  currency: string;
  /** Amount at risk this row is about, minor units. */
  amount: number;
  daysLate: number;
  invoiceIds: string[];
  reasons: QueueReason[];
  score: number;
  level?: DunningLevelKind;
  channel?: DunningChannel;
  fee?: number;
  payBy?: IsoDate;
  promiseId?: string;
  planId?: string;
  lastContact: IsoDate | null;
  nextAllowed: IsoDate | null;
  owner?: string;
}

export interface QueueInput {
  asOf: IsoDate;
  customers: readonly Customer[];
  invoices: readonly Invoice[];
  ledger: LedgerIndex;
  activities: readonly Activity[];
  plans?: readonly PaymentPlan[];
  settlements?: readonly SettlementOffer[];
  policy: DunningPolicy;
  jurisdictionOf: (customer: Customer) => Jurisdiction;
  /** Behaviour categories from the read model; computed here when absent. */
  categories?: ReadonlyMap<string, BehaviourCategory>;
  /**
   * Each of `invoices`' open balance at `asOf`, in the same order, as `openBalances` gives it (a caller
   * that holds them already, e.g. the dashboard's typed book); computed here when absent.
   */
  open?: ArrayLike<number>;
}

export interface Queue {
  rows: QueueRow[];
  /** Rows held back by the contact cadence, with the day they come back (`nextAllowed`). */
  waiting: QueueRow[];
  /** Customers with nothing listed because they are snoozed. */
  snoozed: number;
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const l = out.get(k);
    if (l) l.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/** Rows that are a contact to make wait for the cadence; a promise due today is a check, not a contact. */
const CONTACT_KINDS: readonly QueueRowKind[] = ['letter', 'call', 'due-soon', 'instalment-missed'];

export function collectionsQueue(input: QueueInput): Queue {
  const { asOf } = input;
  const categories =
    input.categories ??
    new Map(
      customerBehaviours(input.invoices, input.ledger, input.activities, asOf).map((b) => [
        b.customerId,
        b.category,
      ]),
    );
  // Balances once for the whole book (the bulk path of balance.ts); the open invoices grouped per
  // customer in one pass, each with its balance beside it, so that a customer's work reads arrays of its
  // own invoices, never a map of the whole book (at a million invoices those look-ups were most of it).
  const invoices = input.invoices;
  const open = input.open ?? openBalances(invoices, input.ledger, asOf).open;
  const openBy = new Map<string, { invoices: Invoice[]; open: number[] }>();
  for (let k = 0; k < invoices.length; k++) {
    const o = open[k] as number;
    if (o <= 0) continue;
    const inv = invoices[k] as Invoice;
    const mine = openBy.get(inv.customerId);
    if (mine) {
      mine.invoices.push(inv);
      mine.open.push(o);
    } else openBy.set(inv.customerId, { invoices: [inv], open: [o] });
  }
  // Look-ups by id across the book, made only for what names invoices (promises, broken promises).
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
  const activitiesBy = groupBy(input.activities, (a) => a.customerId);
  const plansBy = groupBy(
    (input.plans ?? []).filter((p) => p.status === 'active'),
    (p) => p.customerId,
  );
  const offersBy = groupBy(input.settlements ?? [], (s) => s.customerId);
  const disputesBy = groupBy(disputesFromLog(input.activities), (d) => d.customerId);
  const rows: QueueRow[] = [];
  const waiting: QueueRow[] = [];
  let snoozed = 0;
  for (const customer of input.customers) {
    const mine = openBy.get(customer.id);
    const plans = plansBy.get(customer.id) ?? [];
    // Nothing open and no plan running: nothing to chase (a promise on paid invoices is kept).
    if (!mine && plans.length === 0) continue;
    if (customer.snoozedUntil !== undefined && customer.snoozedUntil > asOf) {
      snoozed++;
      continue;
    }
    const policy = effectivePolicy(input.policy, customer.dunning);
    const contacts = activitiesBy.get(customer.id) ?? [];
    const book: CustomerBook = {
      customer,
      invoices: mine?.invoices ?? [],
      open: mine?.open ?? [],
      openOf,
      allInvoices: () => allInvoicesOf(customer.id),
      contacts,
      plans,
      offers: offersBy.get(customer.id) ?? [],
      disputes: disputesBy.get(customer.id) ?? [],
      get invoiceById() {
        return byId();
      },
    };
    const jurisdiction = input.jurisdictionOf(customer);
    const drafts = customerRows(book, {
      asOf,
      policy,
      jurisdiction,
      ledger: input.ledger,
      escalated: currentEscalation(customer) !== null,
    });
    const category = categories.get(customer.id) ?? 'new';
    const window = contactWindow(contacts, asOf, policy.cadence);
    // Credit hold and the credit-check flag look at the customer's own currency; lateness only at what
    // is chased (an invoice under a plan being paid, or disputed, does not make the customer late).
    let ownOpen = 0;
    let oldestDue: IsoDate | null = null;
    for (let j = 0; j < book.invoices.length; j++) {
      const inv = book.invoices[j] as Invoice;
      if (inv.currency !== customer.currency) continue;
      ownOpen += book.open[j] as number;
      if ((drafts.chased[j] as number) > 0 && (oldestDue === null || inv.dueDate < oldestDue))
        oldestDue = inv.dueDate;
    }
    const hold = holdReasons(
      customer,
      {
        open: ownOpen,
        currency: customer.currency,
        oldestDaysLate: oldestDue !== null && oldestDue < asOf ? daysFrom(oldestDue, asOf) : 0,
        brokenPromises: drafts.brokenPromiseDates,
      },
      policy,
      asOf,
    );
    const check = creditCheckFlag(customer, ownOpen, customer.currency, policy);
    if (hold.length > 0)
      drafts.rows.push({
        kind: 'credit-hold',
        key: customer.currency,
        currency: customer.currency,
        amount: ownOpen,
        daysLate: oldestDue !== null && oldestDue < asOf ? daysFrom(oldestDue, asOf) : 0,
        invoiceIds: book.invoices.filter((i) => i.currency === customer.currency).map((i) => i.id),
        reasons: check ? [...hold, check] : hold,
      });
    for (const d of drafts.rows) {
      const reasons = [...d.reasons];
      if (customer.handedOver)
        reasons.push({
          code: 'collections.reason.handed-over',
          params: { to: customer.handedOver.to, on: customer.handedOver.on },
        });
      reasons.push({ code: 'collections.reason.history', params: { category } });
      const row: QueueRow = {
        id: `${d.kind}:${customer.id}:${d.key}`,
        kind: d.kind,
        customerId: customer.id,
        currency: d.currency,
        amount: d.amount,
        daysLate: d.daysLate,
        invoiceIds: d.invoiceIds,
        reasons,
        score: rowScore({
          amount: d.amount,
          currency: d.currency,
          daysLate: d.daysLate,
          category,
          kind: d.kind,
        }),
        lastContact: window.lastContact,
        nextAllowed: window.nextAllowed,
        ...(d.extra ?? {}),
      };
      const owner = customer.handedOver?.to ?? customer.accountOwner;
      if (owner) row.owner = owner;
      const held = CONTACT_KINDS.includes(d.kind) && window.nextAllowed !== null && asOf < window.nextAllowed;
      (held ? waiting : rows).push(row);
    }
  }
  const order = (a: QueueRow, b: QueueRow): number =>
    b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { rows: rows.sort(order), waiting: waiting.sort(order), snoozed };
}
