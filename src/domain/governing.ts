// Which country's rules apply to an invoice (rules.md "Which law applies to an invoice"): not simply the
// customer's country. A law agreed in the contract wins (per invoice, then per customer); without one, a
// business customer's invoices follow the seller's law (Rome I art. 4(1)(a)/(b); the Rome Convention
// art. 4(2) in Denmark), i.e. the user's company; a consumer's follow the consumer's own law (art. 6).
// This is the ONE place that decides it: screens, letters and totals all ask here.

import { jurisdictionForCountry } from './jurisdictions';
import type { InterestRule } from './interest';
import type { Customer, DebtorKind, Invoice, Jurisdiction } from './types';

export type GoverningReason = 'contract' | 'seller-default' | 'consumer-country';

export interface GoverningRule {
  /** The jurisdiction whose rules apply (interest, compensation, letters). */
  rule: Jurisdiction;
  reason: GoverningReason;
}

/** The governing law in words: "Italian law (seller's law, no law agreed)". */
export type GoverningLawLabel = {
  code: 'law.governing';
  params: { jurisdiction: Jurisdiction; reason: GoverningReason };
};

export interface GoverningInput {
  company: { country: string };
  customer: {
    country: string;
    debtor: DebtorKind;
    contractLaw?: Jurisdiction | undefined;
    /** Legacy override of the customer's country: still read as the consumer's country. */
    jurisdiction?: Jurisdiction | undefined;
  };
  invoice?: { contractLaw?: Jurisdiction | undefined } | undefined;
}

/** When the company's country is not one with rules of its own (or not set), the EU directive applies. */
const FALLBACK: Jurisdiction = 'EU';

export function governingRule(input: GoverningInput): GoverningRule {
  const agreed = input.invoice?.contractLaw ?? input.customer.contractLaw;
  if (agreed) return { rule: agreed, reason: 'contract' };
  if (input.customer.debtor === 'consumer') {
    const own = input.customer.jurisdiction ?? jurisdictionForCountry(input.customer.country);
    if (own) return { rule: own, reason: 'consumer-country' };
  }
  return { rule: jurisdictionForCountry(input.company.country) ?? FALLBACK, reason: 'seller-default' };
}

export function governingLawLabel(g: GoverningRule): GoverningLawLabel {
  return { code: 'law.governing', params: { jurisdiction: g.rule, reason: g.reason } };
}

/**
 * The interest rule of one invoice: the governing law, the customer's debtor kind and agreed rate, and
 * the invoice's formal-notice date (which starts a French consumer's interest); with the governing law
 * and why, for the screen and the letter.
 */
export function invoiceInterestRule(
  company: { country: string },
  customer: Pick<Customer, 'country' | 'debtor' | 'contractLaw' | 'jurisdiction' | 'contractRatePercent'>,
  invoice: Pick<Invoice, 'contractLaw' | 'formalNoticeDate'>,
): { rule: InterestRule; governing: GoverningRule } {
  const governing = governingRule({ company, customer, invoice });
  const rule: InterestRule = { jurisdiction: governing.rule, debtor: customer.debtor };
  if (customer.contractRatePercent !== undefined) rule.contractRatePercent = customer.contractRatePercent;
  if (invoice.formalNoticeDate !== undefined) rule.formalNoticeDate = invoice.formalNoticeDate;
  return { rule, governing };
}
