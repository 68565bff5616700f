// The words of letters in one language: the default template of every kind, and the fixed labels
// (table headings, sending methods, why a law applies). One file per language beside this one.
import type { LetterKind } from '../../domain/types';
import type { LawReason, SendingMethod } from '../types';

/** A template: subject line and body. Body paragraphs are separated by a blank line; a paragraph
 * that is only a block placeholder (`{invoices}`) becomes that block. */
export interface LetterTemplate {
  subject: string;
  body: string;
}

export interface LetterWords {
  /**
   * The interest statement's subject when it claims no fixed compensation (a consumer, a law without one,
   * an invoice in a currency the compensation is not set in): the default subject names it.
   */
  interestOnlySubject: string;
  /**
   * A procedure of another country's law, named in its own language inside this one's sentence:
   * "das Verfahren „{name}“" rather than "das ordonanța de plată".
   */
  foreignProcedure: string;
  /**
   * The default templates speak of several invoices (the reminders) or of one (a receipt check): each
   * pair is a sentence as a template has it and the same for one invoice (`one`) or several (`many`).
   */
  invoiceCount: { one: [string, string][]; many: [string, string][] };
  /** Under the invoice table: a disputed part not asked for ({invoice}, {amount}). */
  contested: string;
  /**
   * Where the language greets a business and a person differently (Italian: "Spettabile" a company,
   * "Gentile" a person): the default templates' first line for each. A template's first line equal to
   * either is the debtor's.
   */
  salutation?: { business: string; consumer: string };
  kind: Record<LetterKind, string>;
  sending: Record<SendingMethod, string>;
  lawReason: Record<LawReason, string>;
  col: {
    invoice: string;
    issued: string;
    due: string;
    amount: string;
    paid: string;
    /** Credit notes on an invoice (a column only where the letter has any). */
    credited: string;
    /** Early-payment discounts taken on an invoice (a column only where the letter has any). */
    discount: string;
    /** The part of an invoice written off, no longer asked for (a column only where the letter has any). */
    writtenOff: string;
    /** The part of an invoice under dispute, not asked for (a column only where the letter has any). */
    contested: string;
    open: string;
    daysLate: string;
    from: string;
    to: string;
    days: string;
    principal: string;
    rate: string;
    interest: string;
    instalment: string;
    period: string;
  };
  total: {
    open: string;
    interest: string;
    compensation: string;
    fees: string;
    /** The fee this reminder charges (a dunning step's, capped where the law caps it). */
    reminderFee: string;
    due: string;
    discount: string;
    discounted: string;
    settlement: string;
    schedule: string;
  };
  /**
   * A payment plan's terms above its schedule, when it charges interest or a fee: the principal, the
   * interest ({rate} a year), the fee and the total the instalments sum to. When payments came since a
   * plan was agreed: the principal acknowledged on that day ({date}), what was paid since ({date}) and
   * what the instalments still ask.
   */
  planTerms: {
    principal: string;
    principalOn: string;
    interest: string;
    fee: string;
    total: string;
    paid: string;
    remaining: string;
  };
  payment: { title: string; beneficiary: string; reference: string; qr: string };
  /** "Page {n} of {total}". */
  page: string;
  creditor: string;
  debtor: string;
  signDate: string;
  signature: string;
  taxId: string;
  /**
   * Where `taxId` names only the language's own country's number (Romanian "CUI", Danish "CVR"): the
   * label for a company of another country (its VAT number), and which country `taxId` belongs to.
   */
  taxIdAbroad?: { home: string; label: string };
  tracking: string;
  /** Reference printed on transfers: "Invoices {numbers}". */
  reference: string;
  /** The same for one invoice. */
  referenceOne: string;
  /**
   * Put after the invoice numbers a reference has room for (a bank takes 140 characters): " and {count}
   * more" (always two or more).
   */
  referenceMore: string;
  /** Under the payment details when the reference names only some invoices: all of them ({numbers}). */
  referenceList: string;
  paidOn: string;
  /**
   * Under the totals: a fixed compensation owed in another currency than the letter's and not added to
   * its total (Romania's 40 EUR per late invoice, payable in lei at the BNR rate of the day of payment):
   * {amount} ("40,00 EUR" or "2 × 40,00 EUR = 80,00 EUR") and {law}.
   */
  compensationInLei: string;
  /**
   * Said where a letter claims interest but a reference rate is missing for some period (the rate table
   * not yet completed): that interest is not in the figures, and is not given up.
   */
  interestUnknown: string;
  /** Note under the interest table (the rounding rule, rules §1). */
  roundingNote: string;
  /** "{reference} + {margin} pp" for a statutory rate period. */
  ratePlus: string;
  contractRate: string;
  /** Paragraphs the UK Pre-Action Protocol for Debt Claims asks of a letter before claim (rules §6). */
  protocol: string[];
}

export interface LetterLanguage {
  words: LetterWords;
  templates: Record<LetterKind, LetterTemplate>;
}
