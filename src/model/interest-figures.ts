// Late interest and claimable amounts per invoice at the as-of date, derived when a screen asks for them
// and kept until a write touches the invoice. The rules are the domain's: the governing law decides the
// rule (governingRule), the grid's fast path is interestCache (one full computation per rule, due date
// and currency, self-checked), and what is still owed after a late payment is invoiceClaim.
import {
  cachedDayNumber,
  interestReductions,
  type InterestReductions,
  type LedgerIndex,
} from '../domain/balance';
import { invoiceClaim, type InvoiceClaim } from '../domain/claimable';
import { fixedCompensation, type Compensation } from '../domain/fees';
import { governingRule, invoiceInterestRule, type GoverningRule } from '../domain/governing';
import { lateInterest, type InterestResult, type InterestRule } from '../domain/interest';
import { interestCache, ruleKey, type FastInterest, type InterestCache } from '../domain/interest-fast';
import { missingRates, type MissingRate } from '../domain/missing-rates';
import type { RateTables } from '../domain/rates/index';
import type { Adjustment, Customer, Invoice, IsoDate } from '../domain/types';
import { IdMap } from '../domain/id-map';

const NO_INTEREST: FastInterest = { total: 0, complete: true };

/** What `claim` says is still claimable for lateness, as the figures a grid row shows. */
export interface ClaimFigure {
  /** Interest still claimable, in the invoice's currency. */
  interest: number;
  /**
   * False when a rate is missing and the claim is still open: the interest is then unknown ("—"), not
   * `interest`. A waived or written-off claim is known: nothing.
   */
  known: boolean;
  /** Compensation still claimable (0 when none is owed), in `compensationCurrency`. */
  compensation: number;
  compensationCurrency: string;
}

export class InterestFigures {
  private asOf: IsoDate = '';
  // Keyed by invoice id, asked of every invoice: IdMaps (see id-map.ts).
  private totals = new IdMap<FastInterest>();
  private claims = new IdMap<InvoiceClaim | null>();
  private cache: InterestCache = interestCache('');

  constructor(
    private readonly customers: () => ReadonlyMap<string, Customer>,
    private readonly ledger: () => LedgerIndex,
    private readonly rates: () => RateTables,
    private readonly company: () => { country: string } = () => ({ country: '' }),
    /** The invoice's adjustments (charged, waived, written off): they close or reduce its claim. */
    private readonly adjustmentsOf: (invoiceId: string) => readonly Adjustment[] = () => [],
    /**
     * The contested part of an invoice's amount on a date (0: none): it earns no interest and is not
     * claimed until the dispute is resolved, as in the letters (a whole dispute: no claim at all).
     */
    private readonly contestedOf: (invoice: Invoice, asOf: IsoDate) => number = () => 0,
  ) {}

  /**
   * The invoice as its interest and claim are reckoned: less its contested part (payments then count
   * against the undisputed rest first, as the letters do). Null when all of it is contested.
   */
  private reckoned(invoice: Invoice): Invoice | null {
    const contested = this.contestedOf(invoice, this.asOf);
    if (contested === 0) return invoice;
    return contested >= invoice.amount ? null : { ...invoice, amount: invoice.amount - contested };
  }

  reset(asOf: IsoDate): void {
    this.asOf = asOf;
    this.totals.clear();
    this.claims.clear();
    this.cache = interestCache(asOf, this.rates());
    this.rules.clear();
    this.compensations.clear();
  }

  forget(invoiceIds: Iterable<string>): void {
    for (const id of invoiceIds) {
      this.totals.delete(id);
      this.claims.delete(id);
    }
  }

  /** The law that governs an invoice and why (shown wherever interest is shown). */
  governing(invoice: Invoice): GoverningRule | null {
    const customer = this.customers().get(invoice.customerId);
    return customer ? governingRule({ company: this.company(), customer, invoice }) : null;
  }

  /** What moves the invoice's principal (fees left out; a reversal restores it): the domain's one rule. */
  private reductions(invoice: Invoice): InterestReductions {
    return interestReductions(this.ledger(), invoice.id);
  }

  /** The full calculation for one invoice (periods, rates, errors), for details, statements and letters. */
  of(invoice: Invoice): InterestResult | null {
    const customer = this.customers().get(invoice.customerId);
    if (!customer) return null;
    return lateInterest({
      amount: invoice.amount,
      currency: invoice.currency,
      dueDate: invoice.dueDate,
      ...this.reductions(invoice),
      asOf: this.asOf,
      rates: this.rates(),
      rule: invoiceInterestRule(this.company(), customer, invoice).rule,
    });
  }

  /**
   * The total and whether it is complete (a missing rate makes it incomplete: show "—", never 0.00).
   * An invoice no payment reached takes the fast path (one look-up and a product) and is not kept;
   * one with payments runs the full computation, kept until a write touches the invoice.
   */
  figure(whole: Invoice): FastInterest {
    const kept = this.totals.get(whole.id);
    if (kept !== undefined) return kept;
    const invoice = this.reckoned(whole);
    if (!invoice) return NO_INTEREST;
    const customer = this.customers().get(invoice.customerId);
    if (!customer) return NO_INTEREST;
    const entries = this.ledger().byInvoice.get(invoice.id);
    const input = {
      amount: invoice.amount,
      currency: invoice.currency,
      dueDate: invoice.dueDate,
      ...(entries ? this.reductions(invoice) : { payments: [] }),
    };
    // Most invoices follow their customer's rule: it and its key are made once per customer.
    const own = invoice.contractLaw !== undefined || invoice.formalNoticeDate !== undefined;
    const v = own
      ? this.cache.interest({ ...input, rule: invoiceInterestRule(this.company(), customer, invoice).rule })
      : this.customerRule(customer, invoice, input);
    if (entries) this.totals.set(invoice.id, v);
    return v;
  }

  private rules = new Map<string, { rule: InterestRule; key: string }>();
  /** The rule of a customer's invoices that name no law or formal notice of their own, made once. */
  private ruleOf(customer: Customer, invoice: Invoice): { rule: InterestRule; key: string } {
    let r = this.rules.get(customer.id);
    if (!r) {
      const rule = invoiceInterestRule(this.company(), customer, invoice).rule;
      this.rules.set(customer.id, (r = { rule, key: ruleKey(rule) }));
    }
    return r;
  }
  private customerRule(
    customer: Customer,
    invoice: Invoice,
    input: Omit<Parameters<InterestCache['interest']>[0], 'rule'>,
  ): FastInterest {
    const r = this.ruleOf(customer, invoice);
    return this.cache.interest({ ...input, rule: r.rule }, r.key);
  }

  /** The total, cached per invoice until a write touches it (see `figure` for its completeness). */
  total(invoice: Invoice): number {
    return this.figure(invoice).total;
  }

  /**
   * What is owed for lateness and not yet charged, waived or written off — also after the invoice was
   * paid late. Null when the invoice was never late.
   */
  claim(whole: Invoice): InvoiceClaim | null {
    let c = this.claims.get(whole.id);
    if (c !== undefined) return c;
    c = null;
    const invoice = this.reckoned(whole);
    if (!invoice) return null;
    const customer = this.customers().get(invoice.customerId);
    if (customer && !this.paidByDueDate(invoice)) {
      const entries = this.ledger().byInvoice.get(invoice.id);
      const adjustments = this.adjustmentsOf(invoice.id);
      // Nothing paid, charged, waived, written off or contested: the claim is the cached interest figure
      // and the fixed compensation, cheap to make again, so it is not kept (a million kept claims would
      // hold ~0.5 GB).
      const keep = (entries?.length ?? 0) > 0 || adjustments.length > 0 || invoice !== whole;
      c = invoiceClaim({
        invoice,
        customer,
        company: this.company(),
        ledger: this.ledger(),
        adjustments,
        asOf: this.asOf,
        rates: this.rates(),
        unpaidInterest: () => this.figure(whole),
      });
      if (!keep) return c;
    }
    this.claims.set(invoice.id, c);
    return c;
  }

  /**
   * The figures of `claim(invoice)` (null where it is null). An invoice that nothing paid, credited,
   * charged, waived or wrote off — most of a large book — takes a fast path: its cached interest figure
   * and the law's fixed compensation, kept per rule and currency, without making its claim. The grid
   * asks this of every row (its claimable column, sums and search text): a million claims made and
   * dropped again were ~400 MB that the engine had moved to its old generation, and a full collection
   * of them paused the page for over 100 ms while it was scrolled.
   */
  claimFigure(invoice: Invoice): ClaimFigure | null {
    const customer = this.customers().get(invoice.customerId);
    if (!customer) return null;
    if (
      this.ledger().byInvoice.has(invoice.id) ||
      this.adjustmentsOf(invoice.id).length > 0 ||
      this.contestedOf(invoice, this.asOf) > 0
    ) {
      const c = this.claim(invoice);
      if (!c) return null;
      return {
        interest: c.interest.claimable,
        known: c.closed.writtenOff || c.closed.interestWaived || c.interest.complete,
        compensation: c.compensation ? c.compensation.claimable : 0,
        compensationCurrency: c.compensation ? c.compensation.currency : '',
      };
    }
    // As `claim` and `invoiceClaim` decide without payments: not late (nothing paid reaches a positive
    // amount by the due date only when it is not yet due), or issued after the as-of date.
    if (invoice.amount <= 0 || cachedDayNumber(invoice.dueDate) >= cachedDayNumber(this.asOf)) return null;
    if (invoice.issueDate > this.asOf) return null;
    const interest = this.figure(invoice);
    const legal = this.compensation(customer, invoice);
    return {
      interest: interest.total,
      known: interest.complete,
      compensation: legal ? legal.amount : 0,
      compensationCurrency: legal ? legal.currency : '',
    };
  }

  /** The law's fixed compensation for an invoice, kept per customer's rule and currency outside the UK. */
  private compensation(customer: Customer, invoice: Invoice): Compensation | null {
    const own = invoice.contractLaw !== undefined || invoice.formalNoticeDate !== undefined;
    // The customer's rule, made once, unless the invoice names a law or formal notice of its own.
    const shared = own ? null : this.ruleOf(customer, invoice);
    const rule = shared ? shared.rule : invoiceInterestRule(this.company(), customer, invoice).rule;
    const input = {
      jurisdiction: rule.jurisdiction,
      debtor: rule.debtor,
      amount: invoice.amount,
      currency: invoice.currency,
    };
    // The UK's amount depends on the invoice's amount (bands); elsewhere it is one per law and currency.
    if (!shared || rule.jurisdiction === 'UK') return fixedCompensation(input);
    const key = `${shared.key}|${invoice.currency}`;
    let c = this.compensations.get(key);
    if (c === undefined) this.compensations.set(key, (c = fixedCompensation(input)));
    return c;
  }
  private compensations = new Map<string, Compensation | null>();

  /**
   * Paid (or credited) in full by the due date and not reopened since (a credit note or write-off
   * reversed by the as-of date makes it owed again), or not yet due: never late, nothing to compute.
   */
  private paidByDueDate(invoice: Invoice): boolean {
    const due = cachedDayNumber(invoice.dueDate);
    const asOf = cachedDayNumber(this.asOf);
    if (due >= asOf) return true;
    let paid = 0;
    for (const e of this.ledger().byInvoice.get(invoice.id) ?? []) {
      if (e.day > asOf) break;
      if (e.kind === 'fee') continue;
      if (e.day <= due) paid -= e.delta;
      else if (e.delta > 0) return false;
    }
    return paid >= invoice.amount;
  }

  /**
   * Exactly which rates the given open invoices need to the as-of date and the tables lack, per table
   * (for the Settings rate table). One computation per rule and due date: they need the same rates.
   */
  missing(invoices: Iterable<Invoice>): MissingRate[] {
    const seen = new Map<string, InterestResult>();
    for (const invoice of invoices) {
      const customer = this.customers().get(invoice.customerId);
      if (!customer || invoice.dueDate >= this.asOf) continue;
      const { rule } = invoiceInterestRule(this.company(), customer, invoice);
      const key = `${ruleKey(rule)}|${invoice.dueDate}`;
      if (seen.has(key)) continue;
      // To the as-of date, as for an open invoice: pass the invoices still open.
      const r = lateInterest({
        amount: invoice.amount,
        currency: invoice.currency,
        dueDate: invoice.dueDate,
        payments: [],
        asOf: this.asOf,
        rates: this.rates(),
        rule,
      });
      seen.set(key, r);
    }
    return missingRates([...seen.values()]);
  }
}
