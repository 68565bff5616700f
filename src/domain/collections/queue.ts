// The Today queue (issue #10, item 2): for an as-of date, what to do for whom and why, sorted by the
// score of score.ts. Rows that would be a contact sooner than the cadence allows wait (with the day
// they may come back) instead of being listed: nobody is called twice in a week by mistake.
import { customerBehaviours, type BehaviourCategory } from '../behaviour';
import type { LedgerIndex } from '../balance';
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
import { queueBook, type QueueBook } from './queue-book';

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

/** Rows that are a contact to make wait for the cadence; a promise due today is a check, not a contact. */
const CONTACT_KINDS: readonly QueueRowKind[] = ['letter', 'call', 'due-soon', 'instalment-missed'];

export function collectionsQueue(input: QueueInput): Queue {
  const steps = collectionsQueueSteps(input, Infinity);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `collectionsQueue` in steps: it yields after each `chunk` invoices of the grouping and after each
 * `chunk / 1000` customers (at least one), so that a caller can make the queue of a large book in
 * slices without holding the page; run to the end, it returns the same queue.
 */
export function* collectionsQueueSteps(input: QueueInput, chunk = 20_000): Generator<void, Queue, void> {
  const { asOf } = input;
  const categories =
    input.categories ??
    new Map(
      customerBehaviours(input.invoices, input.ledger, input.activities, asOf).map((b) => [
        b.customerId,
        b.category,
      ]),
    );
  const shared = yield* queueBook(input, chunk);
  const rows: QueueRow[] = [];
  const waiting: QueueRow[] = [];
  let snoozed = 0;
  const every = Math.max(1, Math.floor(chunk / 1000));
  let k = 0;
  for (const customer of input.customers) {
    if (customerQueue(input, shared, categories, customer, rows, waiting)) snoozed++;
    if (++k % every === 0 && k < input.customers.length) yield;
  }
  const order = (a: QueueRow, b: QueueRow): number =>
    b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { rows: rows.sort(order), waiting: waiting.sort(order), snoozed };
}

/** Adds one customer's rows to `rows` or `waiting`; true when the customer is snoozed. */
function customerQueue(
  input: QueueInput,
  shared: QueueBook,
  categories: ReadonlyMap<string, BehaviourCategory>,
  customer: Customer,
  rows: QueueRow[],
  waiting: QueueRow[],
): boolean {
  const { asOf } = input;
  const mine = shared.openBy.get(customer.id);
  const plans = shared.plansBy.get(customer.id) ?? [];
  // Nothing open and no plan running: nothing to chase (a promise on paid invoices is kept).
  if (!mine && plans.length === 0) return false;
  if (customer.snoozedUntil !== undefined && customer.snoozedUntil > asOf) return true;
  const policy = effectivePolicy(input.policy, customer.dunning);
  const contacts = shared.activitiesBy.get(customer.id) ?? [];
  const book: CustomerBook = {
    customer,
    invoices: mine?.invoices ?? [],
    open: mine?.open ?? [],
    openOf: shared.openOf,
    allInvoices: () => shared.allInvoicesOf(customer.id),
    contacts,
    plans,
    offers: shared.offersBy.get(customer.id) ?? [],
    disputes: shared.disputesBy.get(customer.id) ?? [],
    get invoiceById() {
      return shared.byId();
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
  return false;
}
