// From plain domain records to a `LetterInput`: which invoices the letter is about, their balances,
// the interest and compensation owed under the governing law. Pure; the app feeds it its read model.
import { planTerms } from '../domain/collections/plans';
import { governingRule } from '../domain/governing';
import { contestedPart } from '../domain/collections/disputes';
import {
  addDays,
  buildLedgerIndex,
  daysBetween,
  fixedCompensation,
  invoiceBalance,
  maxDate,
  percentOf,
  type Conversion,
  type InvoiceBalance,
  type LedgerIndex,
  type RateTables,
} from '../domain/index';
import type {
  Adjustment,
  CompanyProfile,
  Customer,
  Instalment,
  Invoice,
  IsoDate,
  Jurisdiction,
  LetterKind,
  Payment,
} from '../domain/types';
import { finalNoticeRule } from './legal';
import { agingOf, interestFor, planPaidSince } from './input-figures';
import type {
  LawReason,
  LetterInput,
  LetterInvoice,
  LetterLayout,
  LetterPlan,
  LetterPlanProgress,
} from './types';

export interface LetterRecords {
  company: CompanyProfile;
  customer: Customer;
  /** The customer's invoices (others are ignored). */
  invoices: readonly Invoice[];
  payments: readonly Payment[];
  adjustments: readonly Adjustment[];
  rates?: RateTables;
  /** The ledger of all payments and adjustments, when the caller has it (a batch builds it once). */
  ledger?: LedgerIndex;
  /**
   * The customer's open disputes on the letter's date (`disputedAmounts`: invoice id → the contested
   * part, null = the whole invoice). Demands leave them out: a wholly disputed invoice is not claimed,
   * a partly disputed one is claimed (and earns interest) for its undisputed rest only.
   */
  disputed?: ReadonlyMap<string, number | null>;
  /**
   * A rate that puts a compensation the law states in another currency into the letter's (RO: EUR → RON,
   * `{ currency: 'RON', rate }`). Without one, Romania's 40 EUR is stated apart, payable in lei at the BNR
   * rate of the day of payment (`compensationApart`).
   */
  conversion?: Conversion;
}

export interface LetterOptions {
  kind: LetterKind;
  date: IsoDate;
  deadline?: IsoDate;
  place?: string;
  layout?: LetterLayout;
  /** Only these invoices; by default the kind chooses (overdue ones for a reminder…). */
  invoiceIds?: readonly string[];
  tracking?: string;
  /**
   * The plan's schedule, with its principal, yearly interest rate and fee when it has them, and the day
   * it was agreed when it is recorded (payments since then are stated apart from what was acknowledged).
   */
  plan?: {
    instalments: Instalment[];
    principal?: number;
    interestPercent?: number;
    fee?: number;
    agreedOn?: IsoDate;
  };
  settlement?: { amount: number; deadline: IsoDate };
  discount?: { percent: number; deadline: IsoDate };
  /**
   * The fee this letter charges (minor units of the letter's currency): the dunning step's fee as the
   * call list computed it, the Danish limits already applied. Printed as its own line and in the total.
   */
  reminderFee?: number;
}

/** Kinds that demand payment of overdue invoices: disputed invoices are left out of them. */
const DUNNING: readonly LetterKind[] = ['reminder-1', 'reminder-2', 'final-notice', 'interest-statement'];
/** Kinds about invoices not yet due. */
const BEFORE_DUE: readonly LetterKind[] = ['receipt-check', 'courtesy-reminder', 'discount-offer'];
/** Kinds that claim interest and the fixed compensation. */
const CLAIMS: readonly LetterKind[] = ['interest-statement', 'final-notice'];

/** Days added to a deadline the law counts from receipt (IT, RO), for the post to arrive. */
const POSTAL_DAYS = 5;

/** The governing law and why (rules §2), as the domain's `governingRule` decides it for every screen. */
export function governingLaw(
  company: CompanyProfile,
  customer: Customer,
): { jurisdiction: Jurisdiction; why: LawReason } {
  const g = governingRule({ company, customer });
  return { jurisdiction: g.rule, why: g.reason === 'seller-default' ? 'seller-country' : g.reason };
}

function selected(
  kind: LetterKind,
  rows: { invoice: Invoice; balance: InvoiceBalance }[],
  date: IsoDate,
  disputed: ReadonlyMap<string, number | null>,
) {
  const open = rows.filter((r) => r.balance.open > 0);
  if (BEFORE_DUE.includes(kind)) {
    const notDue = open.filter((r) => r.invoice.dueDate >= date);
    return notDue.length > 0 ? notDue : open;
  }
  if (kind === 'statement') return open;
  const wholly = (r: { invoice: Invoice }) => r.invoice.disputed || disputed.get(r.invoice.id) === null;
  const overdue = open.filter((r) => r.balance.overdue && !(DUNNING.includes(kind) && wholly(r)));
  if (kind !== 'interest-statement') return overdue;
  const paidLate = rows.filter(
    (r) =>
      r.balance.settledBy === 'payment' &&
      r.balance.settledOn !== null &&
      r.balance.settledOn > r.invoice.dueDate,
  );
  return [...overdue, ...paidLate];
}

export function letterInputFor(records: LetterRecords, options: LetterOptions): LetterInput {
  const { company, customer } = records;
  const { kind, date } = options;
  const ledger = records.ledger ?? buildLedgerIndex(records.payments, records.adjustments);
  const mine = records.invoices
    .filter((i) => i.customerId === customer.id)
    .map((invoice) => ({ invoice, balance: invoiceBalance(invoice, ledger, date) }));
  const ids = options.invoiceIds ? new Set(options.invoiceIds) : null;
  const disputed = records.disputed ?? new Map<string, number | null>();
  let rows = ids ? mine.filter((r) => ids.has(r.invoice.id)) : selected(kind, mine, date, disputed);
  // One letter, one currency: the customer's own when it has invoices in it.
  const currency = rows.some((r) => r.invoice.currency === customer.currency)
    ? customer.currency
    : (rows[0]?.invoice.currency ?? customer.currency);
  rows = rows
    .filter((r) => r.invoice.currency === currency)
    .sort((a, b) =>
      a.invoice.dueDate < b.invoice.dueDate ? -1 : a.invoice.dueDate > b.invoice.dueDate ? 1 : 0,
    );

  const law = governingLaw(company, customer);
  const claims = CLAIMS.includes(kind);
  // A write-off in force closes the invoice's claim (domain `invoiceClaim`): as on the screens, no
  // interest or compensation is claimed on it, only the rest still open.
  // Interest or compensation waived on an invoice is no longer claimed on it either.
  const charged = chargedClaims(records.adjustments, date);
  const claimed = rows.filter(
    (r) => r.balance.writtenOff === 0 && !charged.waived.interest.has(r.invoice.id),
  );
  const interest = claims ? interestFor(claimed, ledger, date, law, customer, records.rates, disputed) : null;
  const invoices: LetterInvoice[] = [];
  const fees: LetterInput['fees'] = [];
  const compensation: LetterInput['compensation'] = [];
  const compensationApart: LetterInput['compensationApart'] = [];
  for (const { invoice, balance } of rows) {
    // Fees charged on the invoice are in its ledger balance: show them apart from the invoice's own rest.
    const charges = Math.min(balance.fees, balance.open);
    let claim = 0;
    const paidOn = balance.settledBy === 'payment' ? balance.settledOn : null;
    const lateUntil = paidOn ?? date;
    // A demand claims only what is not disputed (a whole dispute left the invoice out in `selected`).
    const part = disputed.get(invoice.id);
    // (No more of it than is still open: the row reads amount − paid − credited − discount − written off −
    // disputed = open.)
    const rest = Math.max(0, balance.open - charges);
    const contested = DUNNING.includes(kind) ? contestedPart(rest, part) : 0;
    invoices.push({
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      amount: invoice.amount,
      paid: balance.paid,
      ...(balance.credited > 0 ? { credited: balance.credited } : {}),
      ...(balance.discount > 0 ? { discount: balance.discount } : {}),
      ...(balance.writtenOff > 0 ? { writtenOff: balance.writtenOff } : {}),
      open: rest - contested,
      daysLate: Math.max(0, daysBetween(invoice.dueDate, lateUntil)),
      paidOn,
      ...(contested > 0 ? { contested } : {}),
    });
    if (
      claims &&
      balance.writtenOff === 0 &&
      !charged.waived.compensation.has(invoice.id) &&
      daysBetween(invoice.dueDate, lateUntil) > 0
    ) {
      const conversion = records.conversion?.currency === currency ? records.conversion : undefined;
      const c = fixedCompensation({
        jurisdiction: law.jurisdiction,
        debtor: customer.debtor,
        amount: invoice.amount,
        currency,
        ...(conversion ? { conversion } : {}),
      });
      if (c && c.currency === currency) {
        const note = c.note?.code === 'fees.converted' ? c.note.params : null;
        compensation.push({
          invoice: invoice.number,
          amount: c.amount,
          currency,
          law: c.law,
          ...(note
            ? {
                converted: {
                  legalAmount: note.legalAmount,
                  legalCurrency: note.legalCurrency,
                  rate: note.rate,
                },
              }
            : {}),
        });
        claim += Math.min(c.amount, charged.compensation.get(invoice.id) ?? 0);
      } else if (c && c.note?.code === 'fees.ro-payable-in-lei') {
        // Romania's 40 EUR is owed in lei at the BNR rate of the day of payment: without a rate it cannot be
        // added to the letter's total, so it is stated apart (as the screens show it, on a line of its own).
        compensationApart.push({
          invoice: invoice.number,
          amount: c.amount,
          currency: c.currency,
          law: c.law,
        });
      }
    }
    if (interest) {
      const owed = interest.invoices.find((i) => i.invoice === invoice.number)?.total ?? 0;
      claim += Math.min(owed, charged.interest.get(invoice.id) ?? 0);
    }
    // Interest or compensation already charged as a fee on the invoice is claimed once, in the letter's
    // interest and compensation lines, not again among the fees (the screens: owed − charged).
    const fee = Math.max(0, charges - claim);
    if (fee > 0) fees.push({ invoice: invoice.number, kind: 'other', amount: fee });
  }
  if (options.reminderFee && options.reminderFee > 0 && Number.isSafeInteger(options.reminderFee))
    fees.push({ invoice: null, kind: 'reminder', amount: options.reminderFee });

  const open = invoices.reduce((s, i) => s + i.open, 0);
  const totals = {
    open,
    interest: interest?.total ?? 0,
    compensation: compensation.reduce((s, c) => s + c.amount, 0),
    fees: fees.reduce((s, f) => s + f.amount, 0),
    due: 0,
  };
  totals.due = totals.open + totals.interest + totals.compensation + totals.fees;

  const notice = finalNoticeRule(law.jurisdiction, customer.debtor);
  const lastDue = invoices.reduce((d, i) => maxDate(d, i.dueDate), date);
  let deadline = options.deadline;
  if (!deadline) {
    if (kind === 'final-notice')
      deadline = addDays(
        date,
        notice.days + (law.jurisdiction === 'IT' || law.jurisdiction === 'RO' ? POSTAL_DAYS : 0),
      );
    else if (kind === 'settlement-offer' && options.settlement) deadline = options.settlement.deadline;
    else if (kind === 'discount-offer' && options.discount) deadline = options.discount.deadline;
    else if (BEFORE_DUE.includes(kind)) deadline = lastDue;
    else deadline = addDays(date, 10);
  }
  const discount = options.discount
    ? (() => {
        const amount = percentOf(open, options.discount.percent);
        return { ...options.discount, amount, discounted: open - amount };
      })()
    : null;

  return {
    kind,
    language: customer.language,
    date,
    deadline,
    place: options.place ?? placeOf(company.address),
    company,
    customer: {
      id: customer.id,
      name: customer.name,
      address: customer.address ?? '',
      country: customer.country,
      debtor: customer.debtor,
      taxId: customer.taxId,
      email: customer.email,
    },
    jurisdiction: law.jurisdiction,
    currency,
    invoices,
    interest,
    compensation,
    compensationApart,
    fees,
    totals,
    payment: {
      iban: company.iban,
      bic: company.bic,
      reference: invoices.map((i) => i.number).join(' '),
      methods: '',
    },
    sending: kind === 'final-notice' ? notice.sending : 'ordinary',
    tracking: options.tracking ?? '',
    plan: options.plan
      ? letterPlan(
          options.plan,
          planPaidSince(options.plan, {
            customerId: customer.id,
            invoiceIds: rows.map((r) => r.invoice.id),
            currency,
            ledger,
            date,
          }),
        )
      : null,
    settlement: options.settlement ?? null,
    discount,
    aging: kind === 'statement' ? agingOf(invoices) : null,
    layout: options.layout ?? { page: 'a4', window: 'left' },
  };
}

/**
 * Interest and compensation charged as fees on each invoice up to `date`, and the invoices where either
 * was waived (domain `invoiceClaim`: a waived kind is claimable no more).
 */
function chargedClaims(
  adjustments: readonly Adjustment[],
  date: IsoDate,
): {
  interest: Map<string, number>;
  compensation: Map<string, number>;
  waived: { interest: Set<string>; compensation: Set<string> };
} {
  const out = {
    interest: new Map<string, number>(),
    compensation: new Map<string, number>(),
    waived: { interest: new Set<string>(), compensation: new Set<string>() },
  };
  for (const a of adjustments) {
    if (a.kind !== 'fee' || !a.invoiceId || a.date > date) continue;
    if (a.feeKind !== 'interest' && a.feeKind !== 'compensation') continue;
    if (a.waived && (a.waivedOn === undefined || a.waivedOn <= date)) out.waived[a.feeKind].add(a.invoiceId);
    else out[a.feeKind].set(a.invoiceId, (out[a.feeKind].get(a.invoiceId) ?? 0) + a.amount);
  }
  return out;
}

/**
 * A plan as its agreement states it: the instalments and the principal, interest and fee they sum to,
 * and what was paid towards it since it was agreed (none for a plan the letter proposes).
 */
export function letterPlan(
  plan: NonNullable<LetterOptions['plan']>,
  progress: LetterPlanProgress | null = null,
): LetterPlan {
  return { instalments: plan.instalments, ...planTerms(plan), progress };
}

/** The town of an address: its last line without the postcode ("20121 Milano" → "Milano"). */
export function placeOf(address: string): string {
  const last =
    address
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .pop() ?? '';
  return last
    .replace(/^[A-Z]{0,2}-?\d[\d\s-]*\s+/, '')
    .replace(/,?\s+[A-Z]{0,2}\s*\d[\d\s-]*$/, '')
    .trim();
}
