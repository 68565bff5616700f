// The queue rows of one customer, before scoring: what the promises, plans, offers and disputes leave
// to chase, and the dunning step due for it. Invoices under a pending promise, an active plan or an
// open settlement offer are not dunned (the commitment is followed instead); disputed amounts are not
// chased at all.
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
import { isContactMade } from './cadence-guard';
import { collectible, disputedAmounts } from './disputes';
import { dueStep, preDueStep, type DunningItem, type DunningStep } from './dunning';
import { planProgress } from './plans';
import { promiseStates } from './promises';
import type { QueueRow } from './queue';
import type { QueueReason, QueueRowKind } from './reasons';
import { settlementState } from './settlement';
import type { Dispute, DunningPolicy } from './types';
import { IdSet } from '../id-map';

export interface CustomerBook {
  customer: Customer;
  /** The customer's invoices issued by the as-of date with an open balance. */
  invoices: readonly Invoice[];
  /** Their open balances, in the same order. */
  open: readonly number[];
  /** The open balance of any invoice of the book (0 when none), for what promises name. */
  openOf: (invoiceId: string) => number;
  /** All the customer's invoices issued by the as-of date (looked up only for promises naming none). */
  allInvoices: () => readonly Invoice[];
  contacts: readonly Activity[];
  plans: readonly PaymentPlan[];
  offers: readonly SettlementOffer[];
  disputes: readonly Dispute[];
  invoiceById: ReadonlyMap<string, Invoice>;
}

export interface DraftRow {
  kind: QueueRowKind;
  key: string;
  currency: string;
  amount: number;
  daysLate: number;
  invoiceIds: string[];
  reasons: QueueReason[];
  extra?: Partial<Pick<QueueRow, 'level' | 'channel' | 'fee' | 'payBy' | 'promiseId' | 'planId'>>;
}

interface Ctx {
  asOf: IsoDate;
  policy: DunningPolicy;
  jurisdiction: Jurisdiction;
  ledger: LedgerIndex;
  escalated: boolean;
}

const madeAfter = (contacts: readonly Activity[], date: IsoDate): boolean =>
  contacts.some((a) => isContactMade(a) && a.date > date);

export interface CustomerRows {
  rows: DraftRow[];
  brokenPromiseDates: IsoDate[];
  /** What can be chased of each of the book's `invoices` (0: held by a promise, plan or offer, or all disputed). */
  chased: readonly number[];
}

/** The customer made a new arrangement after `date`: a promise, an active plan, an offer open or accepted. */
function arrangedAfter(book: CustomerBook, date: IsoDate): boolean {
  return (
    book.contacts.some((a) => a.kind === 'promise' && a.date > date) ||
    book.plans.some((p) => p.status === 'active' && p.createdOn > date) ||
    book.offers.some((o) => (o.status === 'open' || o.status === 'accepted') && o.offeredOn > date)
  );
}

export function customerRows(book: CustomerBook, ctx: Ctx): CustomerRows {
  const { asOf, policy } = ctx;
  const rows: DraftRow[] = [];
  const held = new IdSet();
  let allIds: string[] | null = null;
  const all = (): string[] => (allIds ??= book.invoices.map((i) => i.id));
  const holdAll = (ids: readonly string[]): void =>
    (ids.length > 0 ? ids : all()).forEach((id) => held.add(id));

  // Only promises are read here: a customer without one never needs the book's invoices by id.
  const promises = book.contacts.some((a) => a.kind === 'promise')
    ? promiseStates(book.contacts, {
        asOf,
        ledger: ctx.ledger,
        invoices: book.invoiceById,
        customerInvoices: () => book.allInvoices(),
        graceDays: policy.promiseGraceDays,
      })
    : [];
  const brokenPromiseDates: IsoDate[] = [];
  const unanswered: QueueReason[] = [];
  for (const p of promises) {
    const a = p.activity;
    const date = a.promiseDate ?? a.date;
    const currency = book.invoiceById.get(a.invoiceIds[0] ?? '')?.currency ?? book.customer.currency;
    if (p.state === 'pending' || p.state === 'due') holdAll(a.invoiceIds);
    if (p.state === 'due')
      rows.push({
        kind: 'promise-due',
        key: `promise:${a.id}`,
        currency,
        amount: Math.max(0, p.promised - p.paid),
        daysLate: 0,
        invoiceIds: a.invoiceIds,
        reasons: [
          {
            code: 'collections.reason.promise-due',
            params: { date, amount: p.promised, paid: p.paid, currency },
          },
        ],
        extra: { promiseId: a.id },
      });
    if (p.state !== 'broken') continue;
    // A broken promise answered since by a new arrangement (another promise, a plan being kept, an
    // offer made or accepted) is not held against the customer for a credit hold: the deal governs.
    if (!arrangedAfter(book, date)) brokenPromiseDates.push(date);
    const stillOpen = (a.invoiceIds.length > 0 ? a.invoiceIds : all()).some((id) => book.openOf(id) > 0);
    if (stillOpen && !madeAfter(book.contacts, date))
      unanswered.push({
        code: 'collections.reason.promise-broken',
        params: { date, amount: p.promised, paid: p.paid, currency },
      });
  }

  for (const plan of book.plans) {
    if (plan.status !== 'active' || plan.createdOn > asOf) continue;
    plan.invoiceIds.forEach((id) => held.add(id));
    const progress = planProgress(plan, ctx.ledger, asOf, policy.instalmentGraceDays);
    if (progress.completed || progress.missed === 0) continue;
    const missed = progress.instalments.filter((i) => i.state === 'missed');
    const first = missed[0]!;
    const reasons: QueueReason[] = missed.map((m) => ({
      code: 'collections.reason.instalment-missed',
      params: {
        number: m.index + 1,
        of: plan.instalments.length,
        due: m.dueDate,
        amount: m.amount - m.paid,
        currency: plan.currency,
      },
    }));
    if (progress.accelerated)
      reasons.push({
        code: 'collections.reason.plan-accelerated',
        params: { missed: progress.missed, amount: progress.remaining, currency: plan.currency },
      });
    rows.push({
      kind: 'instalment-missed',
      key: `plan:${plan.id}`,
      currency: plan.currency,
      amount: progress.accelerated ? progress.remaining : missed.reduce((s, m) => s + m.amount - m.paid, 0),
      daysLate: Math.max(0, daysFrom(first.dueDate, asOf)),
      invoiceIds: plan.invoiceIds,
      reasons,
      extra: { planId: plan.id },
    });
  }

  const expired: QueueReason[] = [];
  for (const offer of book.offers) {
    const state = settlementState(offer, ctx.ledger, asOf);
    if (state === 'open' || state === 'accepted') offer.invoiceIds.forEach((id) => held.add(id));
    if (state === 'expired' && !madeAfter(book.contacts, offer.deadline))
      expired.push({ code: 'collections.reason.settlement-expired', params: { deadline: offer.deadline } });
  }

  // What the log disputes at the date; an invoice's own old `disputed` flag disputes all of it whatever
  // the log says (as `disputedAmounts` with the invoices gives it), read in the loop below.
  const disputed = disputedAmounts(book.disputes, asOf);
  const n = book.invoices.length;
  const chased: number[] = new Array<number>(n);
  // Most customers hold nothing back and dispute nothing: then no look-up per invoice at all.
  const anyHeld = held.size > 0;
  const anyDisputed = disputed.size > 0;
  const dunned = !(ctx.escalated || book.customer.dunning?.paused);
  const byCurrency = new Map<string, { items: DunningItem[]; disputed: number }>();
  let group: { items: DunningItem[]; disputed: number } | undefined;
  let groupCurrency = '';
  for (let j = 0; j < n; j++) {
    const inv = book.invoices[j] as Invoice;
    const open = book.open[j] as number;
    const isHeld = anyHeld && held.has(inv.id);
    const chase = isHeld
      ? 0
      : collectible(open, inv.disputed ? null : anyDisputed ? disputed.get(inv.id) : undefined);
    chased[j] = chase > 0 ? chase : 0;
    if (!dunned || isHeld) continue;
    // Runs of one currency are the rule: the group is looked up again only when it changes.
    if (group === undefined || inv.currency !== groupCurrency) {
      groupCurrency = inv.currency;
      group = byCurrency.get(groupCurrency);
      if (!group) byCurrency.set(groupCurrency, (group = { items: [], disputed: 0 }));
    }
    if (chase < open && chase > 0) group.disputed += open - chase;
    if (chase > 0)
      group.items.push({ invoiceId: inv.id, issueDate: inv.issueDate, dueDate: inv.dueDate, open: chase });
  }
  if (!dunned) return { rows, brokenPromiseDates, chased };

  for (const [currency, group] of byCurrency) {
    const dctx = { asOf, policy, jurisdiction: ctx.jurisdiction, currency };
    const step = dueStep(group.items, book.contacts, dctx);
    const extra = [...unanswered, ...expired];
    if (group.disputed > 0)
      extra.push({
        code: 'collections.reason.partly-disputed',
        params: { amount: group.disputed, currency },
      });
    if (step) rows.push(stepRow(step, currency, extra));
    else if (unanswered.length > 0) {
      const overdue = group.items.filter((i) => i.dueDate < asOf);
      if (overdue.length === 0) continue;
      const oldest = overdue.reduce((m, i) => (i.dueDate < m ? i.dueDate : m), overdue[0]!.dueDate);
      const amount = overdue.reduce((s, i) => s + i.open, 0);
      const days = daysFrom(oldest, asOf);
      rows.push({
        kind: 'call',
        key: currency,
        currency,
        amount,
        daysLate: days,
        invoiceIds: overdue.map((i) => i.invoiceId),
        reasons: [
          ...unanswered,
          { code: 'collections.reason.overdue', params: { count: overdue.length, amount, currency, days } },
        ],
        extra: { channel: 'call' },
      });
    } else {
      const pre = preDueStep(group.items, book.contacts, dctx);
      if (pre) rows.push(preDueRow(pre, currency, group.items));
    }
  }
  return { rows, brokenPromiseDates, chased };
}

function stepRow(step: DunningStep, currency: string, extra: QueueReason[]): DraftRow {
  const reasons: QueueReason[] = [
    {
      code: 'collections.reason.step',
      params: { level: step.level.kind, channel: step.level.channel, since: step.since },
    },
    {
      code: 'collections.reason.overdue',
      params: { count: step.invoiceIds.length, amount: step.amount, currency, days: step.daysLate },
    },
  ];
  if (step.fee.limit)
    reasons.push({
      code: 'collections.reason.fee-limited',
      params: { limit: step.fee.limit, amount: step.fee.amount, currency },
    });
  else if (step.fee.amount > 0)
    reasons.push({ code: 'collections.reason.fee', params: { amount: step.fee.amount, currency } });
  if (step.payBy) reasons.push({ code: 'collections.reason.pay-by', params: { date: step.payBy } });
  return {
    kind: step.level.channel === 'call' ? 'call' : 'letter',
    key: currency,
    currency,
    amount: step.amount,
    daysLate: step.daysLate,
    invoiceIds: step.invoiceIds,
    reasons: [...reasons, ...extra],
    extra: {
      level: step.level.kind,
      channel: step.level.channel,
      ...(step.fee.amount > 0 ? { fee: step.fee.amount } : {}),
      ...(step.payBy ? { payBy: step.payBy } : {}),
    },
  };
}

function preDueRow(step: DunningStep, currency: string, items: readonly DunningItem[]): DraftRow {
  // The step names some of these items (their dates are the invoices' own).
  const byId = new Map(items.map((i) => [i.invoiceId, i]));
  const dates = step.invoiceIds.map((id) => byId.get(id)!);
  const reason: QueueReason =
    step.level.kind === 'receipt-check'
      ? {
          code: 'collections.reason.receipt-check',
          params: {
            count: dates.length,
            issued: dates.reduce((m, i) => (i.issueDate < m ? i.issueDate : m), dates[0]!.issueDate),
          },
        }
      : {
          code: 'collections.reason.due-soon',
          params: {
            count: dates.length,
            amount: step.amount,
            currency,
            due: dates.reduce((m, i) => (i.dueDate < m ? i.dueDate : m), dates[0]!.dueDate),
          },
        };
  return {
    kind: 'due-soon',
    key: currency,
    currency,
    amount: step.amount,
    daysLate: 0,
    invoiceIds: step.invoiceIds,
    reasons: [
      {
        code: 'collections.reason.step',
        params: { level: step.level.kind, channel: step.level.channel, since: step.since },
      },
      reason,
    ],
    extra: { level: step.level.kind, channel: step.level.channel },
  };
}
