// Letters made: each is archived (what it said, as drawn, with its template and figures, so a reprint
// gives the same bytes), logged in the contact log with its sending method and tracking number, and a
// final notice sets the formal-notice date of the invoices it covers (the first notice counts).
import type { DunningLevelKind } from '../domain/collections/types';
import type {
  Activity,
  Adjustment,
  CurrencyCode,
  Instalment,
  Invoice,
  IsoDate,
  Language,
  Letter,
  LetterKind,
  PaymentPlan,
  SettlementOffer,
} from '../domain/types';
import { caseNote } from './collections/shared';
import { msg } from './message';
import type { CommandResult, Ctx, Snapshot } from './types';

export interface MadeLetterRecord {
  customerId: string;
  invoiceIds: string[];
  kind: LetterKind;
  language: Language;
  date: IsoDate;
  /** The subject line, for the contact log. */
  subject: string;
  /** The sending method as printed on the letter ('' for ordinary post) and any tracking number. */
  sending: string;
  tracking: string;
  /** The archived letter: drawn content, template text and the figures it was made from. */
  content: unknown;
  /** Made from a call-list row: the dunning step it is, and the fee it charges (minor units, after caps). */
  dunningLevel?: DunningLevelKind;
  fee?: number;
  /**
   * A payment-plan or settlement-offer letter made from the Letters page's own terms (none recorded
   * for the customer): the plan it proposes or the offer it makes, recorded with it, so the customer's
   * page, the call list and the next demand know of it.
   */
  proposal?: LetterProposal;
}

export type LetterProposal =
  | { plan: { instalments: Instalment[]; currency: CurrencyCode } }
  | {
      offer: {
        amount: number;
        deadline: IsoDate;
        currency: CurrencyCode;
        /** What the letter asked in full, and the share offered of it. */
        balance: number;
        percent: number;
      };
    };

export function recordLetters(
  snapshot: Snapshot,
  letters: readonly MadeLetterRecord[],
  ctx: Ctx,
): CommandResult {
  const label = msg('letters.undo.made', { count: letters.length });
  const archived: Letter[] = [];
  const logged: Activity[] = [];
  const noticed = new Map<string, Invoice>();
  const fees: Adjustment[] = [];
  const plans: PaymentPlan[] = [];
  const offers: SettlementOffer[] = [];
  // The same letter made again (same customer, kind, day and invoices: downloaded or printed twice)
  // is one letter sent: its archived copy becomes the new one, and it is not logged, or its step's
  // fee charged, a second time.
  const keyOf = (x: { customerId: string; kind: LetterKind; date: IsoDate; invoiceIds: readonly string[] }) =>
    `${x.customerId}|${x.kind}|${x.date}|${[...x.invoiceIds].sort().join(',')}`;
  const made = new Map(snapshot.list('letters').map((x) => [keyOf(x), x] as const));
  for (const l of letters) {
    if (!snapshot.get('customers', l.customerId)) continue;
    const again = made.get(keyOf(l));
    if (again) {
      archived.push({ ...again, language: l.language, content: l.content });
      continue;
    }
    const id = ctx.newId('let');
    archived.push({
      id,
      customerId: l.customerId,
      invoiceIds: l.invoiceIds,
      kind: l.kind,
      language: l.language,
      date: l.date,
      content: l.content,
    });
    const activity: Activity = {
      id: ctx.newId('act'),
      customerId: l.customerId,
      invoiceIds: l.invoiceIds,
      date: l.date,
      kind: 'letter',
      text: l.subject,
      letterId: id,
    };
    const how = [l.sending, l.tracking].filter(Boolean).join(' · ');
    if (how) activity.outcome = how;
    if (l.dunningLevel) activity.dunningLevel = l.dunningLevel;
    // The step's fee is charged on the oldest invoice the letter names, and logged with the letter (the
    // Danish limits count the fees already charged in the round from the log).
    const first = l.invoiceIds
      .map((id) => snapshot.get('invoices', id))
      .filter((i) => i !== undefined)
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))[0];
    if (l.fee && l.fee > 0 && Number.isSafeInteger(l.fee) && first) {
      activity.fee = l.fee;
      fees.push({
        id: ctx.newId('adj'),
        kind: 'fee',
        feeKind: 'reminder',
        customerId: l.customerId,
        invoiceId: first.id,
        date: l.date,
        amount: l.fee,
        currency: first.currency,
        ...(l.dunningLevel ? { reason: l.dunningLevel } : {}),
      });
    }
    logged.push(activity);
    made.set(keyOf(l), archived[archived.length - 1]!);
    // The plan the letter proposes, or the offer it makes, as the customer page would record it.
    if (l.proposal && 'plan' in l.proposal && l.proposal.plan.instalments.length) {
      const { instalments, currency } = l.proposal.plan;
      const plan: PaymentPlan = {
        id: ctx.newId('plan'),
        customerId: l.customerId,
        invoiceIds: l.invoiceIds,
        currency,
        createdOn: l.date,
        instalments,
        status: 'proposed',
        frequency: 'monthly',
        principal: instalments.reduce((sum, i) => sum + i.amount, 0),
      };
      plans.push(plan);
      logged.push({
        ...caseNote(ctx, l.customerId, l.invoiceIds, l.date, 'plan-proposed', {
          eventAmount: plan.principal,
          eventCurrency: currency,
        }),
        planId: plan.id,
      });
    } else if (l.proposal && 'offer' in l.proposal) {
      const o = l.proposal.offer;
      const offer: SettlementOffer = {
        id: ctx.newId('set'),
        customerId: l.customerId,
        invoiceIds: l.invoiceIds,
        currency: o.currency,
        offeredOn: l.date,
        amount: o.amount,
        deadline: o.deadline,
        status: 'open',
        balance: o.balance,
        percent: o.percent,
      };
      offers.push(offer);
      logged.push(
        caseNote(ctx, l.customerId, l.invoiceIds, l.date, 'settlement-offered', {
          eventAmount: o.amount,
          eventCurrency: o.currency,
          settlementId: offer.id,
        }),
      );
    }
    if (l.kind !== 'final-notice') continue;
    for (const invoiceId of l.invoiceIds) {
      const inv = noticed.get(invoiceId) ?? snapshot.get('invoices', invoiceId);
      if (inv && (!inv.formalNoticeDate || inv.formalNoticeDate > l.date))
        noticed.set(invoiceId, { ...inv, formalNoticeDate: l.date });
    }
  }
  return {
    change: {
      letters: { put: archived },
      activities: { put: logged },
      ...(fees.length > 0 ? { adjustments: { put: fees } } : {}),
      ...(plans.length > 0 ? { plans: { put: plans } } : {}),
      ...(offers.length > 0 ? { settlements: { put: offers } } : {}),
      ...(noticed.size > 0 ? { invoices: { put: [...noticed.values()] } } : {}),
    },
    errors: [],
    label,
  };
}
