// The Letters page's work: load the letters module on demand (it carries jsPDF and the font loader, so
// nothing of it is in the initial bundle), build each selected customer's letter from the book, draw
// them into one PDF, and hand the file to the browser.
import { addDays } from '../../domain/dates';
import { disputedAmounts, disputesFromLog } from '../../domain/collections/disputes';
import type {
  Customer,
  Invoice,
  IsoDate,
  LetterKind,
  PaymentPlan,
  SettlementOffer,
} from '../../domain/types';
import type { LetterContent, LetterInput, LetterLayout, LetterTemplate } from '../../letters/draw/index';
import type { ModelView } from '../../model/read-model';
import { recordLetters, type LetterProposal, type MadeLetterRecord } from '../../commands/letters';
import { settlingInvoices } from '../../commands/collections/shared';
import { app } from '../state/app.svelte';

export type LettersModule = typeof import('../../letters/draw/index');

let loading: Promise<LettersModule> | null = null;
export function lettersModule(): Promise<LettersModule> {
  loading ??= import('../../letters/draw/index').catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

export interface OverdueCustomer {
  id: string;
  name: string;
  language: string;
  currency: string;
  overdue: number;
  count: number;
}

/** Customers with at least one overdue invoice, most owed first (per currency). */
export function overdueCustomers(view: ModelView, anyOpen = false): OverdueCustomer[] {
  const by = new Map<string, OverdueCustomer>();
  for (const row of view.rows) {
    // A statement or a letter before the due date goes to customers with open invoices not yet due too.
    if (row.open <= 0 || (!anyOpen && row.daysLate <= 0)) continue;
    const c = view.customers.get(row.customerId);
    if (!c) continue;
    let entry = by.get(c.id);
    if (!entry)
      by.set(
        c.id,
        (entry = {
          id: c.id,
          name: c.name,
          language: c.language,
          currency: row.currency,
          overdue: 0,
          count: 0,
        }),
      );
    if (row.daysLate <= 0) continue;
    if (row.currency === entry.currency) entry.overdue += row.open;
    entry.count++;
  }
  // Amounts in different currencies are not compared: the customers are grouped by currency, the
  // most owed first within each (135.000 RON was listed above 128.000 DKK and 40.000 EUR).
  return [...by.values()].sort(
    (a, b) =>
      (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0) ||
      b.overdue - a.overdue ||
      a.name.localeCompare(b.name),
  );
}

export interface LetterRequest {
  customerIds: readonly string[];
  kind: LetterKind;
  date: IsoDate;
  layout: LetterLayout;
  /** The user's templates by `${kind}|${language}`. */
  templates: Record<string, LetterTemplate>;
  /** Terms for the kinds that need them (used where no plan or offer is recorded for the customer). */
  terms: LetterTerms;
  /** The fee each customer's letter charges (a call-list step's, minor units): printed on the letter. */
  fees?: Readonly<Record<string, number>>;
}

export interface LetterTerms {
  tracking: string;
  instalments: number;
  settlementPercent: number;
  discountPercent: number;
  /** Days the customer has to accept an offer or take a discount. */
  offerDays: number;
}

export interface MadeLetter {
  customerId: string;
  content: LetterContent;
  invoiceIds: string[];
  /** What the archive keeps beside the drawn content. */
  record: MadeLetterRecord;
}

/** What an archived letter holds: the drawn content is enough to reprint the same bytes. */
export interface ArchivedContent {
  version: 1;
  letter: LetterContent;
  template: LetterTemplate;
  /** The figures the letter was made from (LetterInput), for the record. */
  input: unknown;
}

/** The content of each customer's letter; customers without invoices for this kind are skipped. */
export function letterContents(m: LettersModule, view: ModelView, req: LetterRequest): MadeLetter[] {
  const wanted = new Set(req.customerIds);
  const invoicesOf = new Map<string, Invoice[]>();
  for (const inv of app.list('invoices')) {
    if (!wanted.has(inv.customerId)) continue;
    const list = invoicesOf.get(inv.customerId);
    if (list) list.push(inv);
    else invoicesOf.set(inv.customerId, [inv]);
  }
  // Plain copies of reactive state: the archive stores them, and IndexedDB cannot clone a proxy.
  const company = JSON.parse(JSON.stringify(app.company)) as typeof app.company;
  const out: MadeLetter[] = [];
  for (const id of req.customerIds) {
    const customer = view.customers.get(id);
    if (!customer) continue;
    const invoices = invoicesOf.get(id) ?? [];
    const input = inputFor(m, view, company, customer, invoices, req);
    if (input.invoices.length === 0) continue;
    const stored = req.templates[`${req.kind}|${input.language}`];
    const custom = stored ? { subject: stored.subject, body: stored.body } : undefined;
    const template = custom && m.templateErrors(custom).length === 0 ? custom : undefined;
    const numbers = new Set(input.invoices.map((i) => i.number));
    const content = m.letterContent(input, template);
    const invoiceIds = invoices.filter((i) => numbers.has(i.number)).map((i) => i.id);
    const proposal = proposalOf(req, id, input);
    const archived: ArchivedContent = {
      version: 1,
      letter: content,
      template: template ?? m.defaultTemplate(input),
      input,
    };
    out.push({
      customerId: id,
      content,
      invoiceIds,
      record: {
        customerId: id,
        invoiceIds,
        kind: req.kind,
        language: input.language,
        date: req.date,
        subject: content.subject,
        sending: content.marking ? m.LETTER_LANGUAGES[input.language].words.sending[input.sending] : '',
        tracking: input.tracking,
        content: archived,
        ...(proposal ? { proposal } : {}),
      },
    });
  }
  return out;
}

export async function letterPdf(
  m: LettersModule,
  contents: readonly LetterContent[],
  options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<Uint8Array> {
  const fonts = await m.loadFonts();
  return m.drawLetters(contents, fonts, options);
}

export function pdfBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

export function downloadPdf(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(pdfBlob(bytes));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name without characters that file systems refuse. */
export function safeName(text: string): string {
  return text
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}

/** Archives and logs letters (and a final notice's formal-notice date) through the command runner. */
export async function recordMade(letters: readonly MadeLetter[]): Promise<void> {
  await app.run(
    recordLetters,
    letters.map((l) => l.record),
  );
}

/** The bytes of an archived letter, drawn again from its stored content. */
export async function reprint(m: LettersModule, content: unknown): Promise<Uint8Array> {
  const archived = content as ArchivedContent;
  if (archived?.version !== 1) throw new Error('letters: unknown archive format');
  return m.drawOneLetter(archived.letter, await m.loadFonts());
}

/** The customer's payment plan being kept or proposed, if any. */
function recordedPlan(customerId: string): PaymentPlan | undefined {
  return app
    .list('plans')
    .find((p) => p.customerId === customerId && (p.status === 'proposed' || p.status === 'active'));
}

/**
 * The settlement a letter of `kind` speaks of: the accepted one for a confirmation, else the offer still
 * open on the letter's date (an offer past its deadline is not made again with its old date).
 */
function recordedOffer(customerId: string, kind: LetterKind, date: IsoDate): SettlementOffer | undefined {
  return app
    .list('settlements')
    .find(
      (o) =>
        o.customerId === customerId &&
        (kind === 'settlement-confirmation'
          ? o.status === 'accepted'
          : o.status === 'open' && o.deadline >= date),
    );
}

/**
 * A payment-plan or settlement-offer letter made from the page's terms (nothing recorded for the
 * customer): the plan it proposes or the offer it makes, to be recorded with the letter.
 */
function proposalOf(req: LetterRequest, customerId: string, input: LetterInput): LetterProposal | undefined {
  if (req.kind === 'payment-plan' && input.plan && !recordedPlan(customerId))
    return { plan: { instalments: input.plan.instalments, currency: input.currency } };
  if (req.kind === 'settlement-offer' && input.settlement && !recordedOffer(customerId, req.kind, req.date))
    return {
      offer: {
        amount: input.settlement.amount,
        deadline: input.settlement.deadline,
        currency: input.currency,
        balance: input.totals.due,
        percent: req.terms.settlementPercent,
      },
    };
  return undefined;
}

/** The letters that ask for payment of what is overdue. */
const DEMANDS = new Set<LetterKind>(['reminder-1', 'reminder-2', 'final-notice', 'interest-statement']);

/** The letter's input, with the customer's recorded plan or offer, else the terms the page gives. */
function inputFor(
  m: LettersModule,
  view: ModelView,
  company: typeof app.company,
  customer: Customer,
  invoices: Invoice[],
  req: LetterRequest,
): LetterInput {
  const { kind, date, terms } = req;
  const plan = recordedPlan(customer.id);
  const offer = recordedOffer(customer.id, kind, date);
  const recorded = (kind === 'payment-plan' && plan) || (kind.startsWith('settlement') && offer);
  // A demand (a reminder, a final notice, an interest claim) leaves out what the customer was offered
  // another way to settle: invoices in a payment plan being kept or proposed, and in a settlement offer
  // still open. Asking for them in full would go back on the agreement.
  const taken = settlingInvoices(app, date);
  // A settlement offer made from this page's terms (none recorded) leaves out invoices in a plan too.
  const agreed = DEMANDS.has(kind)
    ? new Set([...taken.planned, ...taken.offered])
    : kind === 'settlement-offer' && !offer
      ? taken.planned
      : new Set<string>();
  const records = {
    company,
    customer,
    invoices: agreed.size ? invoices.filter((i) => !agreed.has(i.id)) : invoices,
    payments: [],
    // (The ledger has the balances; the customer's fees say which were interest or compensation
    // charged, so the letter claims those once, as the screens count them.)
    adjustments: app.list('adjustments').filter((a) => a.customerId === customer.id && a.kind === 'fee'),
    ledger: view.ledger,
    rates: app.book.rates,
    // Open disputes leave the demands: a letter claims only what is not contested.
    disputed: disputedAmounts(
      disputesFromLog(app.list('activities').filter((a) => a.customerId === customer.id)),
      date,
      invoices,
    ),
  };
  const input = m.letterInputFor(records, {
    kind,
    date,
    layout: req.layout,
    ...(recorded ? { invoiceIds: recorded.invoiceIds } : {}),
    ...(kind === 'final-notice' && terms.tracking ? { tracking: terms.tracking } : {}),
    ...(kind === 'discount-offer'
      ? { discount: { percent: terms.discountPercent, deadline: addDays(date, terms.offerDays) } }
      : {}),
    ...(offer && kind.startsWith('settlement')
      ? { settlement: { amount: offer.amount, deadline: offer.deadline } }
      : {}),
    ...(plan && kind === 'payment-plan'
      ? {
          plan: {
            instalments: plan.instalments,
            ...(plan.principal !== undefined ? { principal: plan.principal } : {}),
            ...(plan.interestPercent !== undefined ? { interestPercent: plan.interestPercent } : {}),
            ...(plan.fee !== undefined ? { fee: plan.fee } : {}),
            // Payments since the plan was agreed are stated apart from the amount it acknowledged.
            agreedOn: plan.createdOn,
          },
        }
      : {}),
    ...(req.fees?.[customer.id] ? { reminderFee: req.fees[customer.id] } : {}),
  });
  if (kind === 'payment-plan' && !input.plan)
    return {
      ...input,
      plan: m.letterPlan({ instalments: m.monthlyPlan(input.totals.due, terms.instalments, date) }),
    };
  if (kind.startsWith('settlement') && !input.settlement) {
    const settlement = {
      amount: m.settlementAmount(input.totals.due, terms.settlementPercent),
      deadline: addDays(date, terms.offerDays),
    };
    return {
      ...input,
      settlement,
      ...(kind === 'settlement-offer' ? { deadline: settlement.deadline } : {}),
    };
  }
  return input;
}
