import { describe, expect, it } from 'vitest';
import { governingRule, invoiceInterestRule } from '../../src/domain/governing';
import { lateInterest } from '../../src/domain/interest';
import { fixedCompensation } from '../../src/domain/fees';
import type { Customer, Invoice } from '../../src/domain/types';

const italianCompany = { country: 'IT' };
const customer = (country: string, debtor: Customer['debtor'], extra: Partial<Customer> = {}) => ({
  country,
  debtor,
  ...extra,
});
const invoice: Pick<Invoice, 'contractLaw' | 'formalNoticeDate'> = {};
// rules.md §4 A: 10,000.00 due 2024-03-15, paid 2024-06-30 (107 days in 2024-H1).
const exampleA = (rule: ReturnType<typeof invoiceInterestRule>['rule']) =>
  lateInterest({
    amount: 1_000_000,
    currency: 'EUR',
    dueDate: '2024-03-15',
    payments: [{ date: '2024-06-30', amount: 1_000_000 }],
    asOf: '2024-12-31',
    rule,
  });

describe('governingRule: which law applies to an invoice', () => {
  it('a business customer follows the seller’s law by default', () => {
    for (const country of ['FR', 'RO', 'DE', 'GB', 'US', 'CH'])
      expect(governingRule({ company: italianCompany, customer: customer(country, 'business') })).toEqual({
        rule: 'IT',
        reason: 'seller-default',
      });
  });

  it('a consumer follows the consumer’s own country', () => {
    expect(governingRule({ company: italianCompany, customer: customer('FR', 'consumer') })).toEqual({
      rule: 'FR',
      reason: 'consumer-country',
    });
    expect(governingRule({ company: italianCompany, customer: customer('AT', 'consumer') })).toEqual({
      rule: 'EU',
      reason: 'consumer-country',
    });
    // A country with no rules of its own here: the seller's law, said so.
    expect(governingRule({ company: italianCompany, customer: customer('CH', 'consumer') })).toEqual({
      rule: 'IT',
      reason: 'seller-default',
    });
  });

  it('a law agreed in the contract wins: the invoice’s over the customer’s', () => {
    const c = customer('FR', 'business', { contractLaw: 'FR' });
    expect(governingRule({ company: italianCompany, customer: c })).toEqual({
      rule: 'FR',
      reason: 'contract',
    });
    expect(governingRule({ company: italianCompany, customer: c, invoice: { contractLaw: 'DE' } })).toEqual({
      rule: 'DE',
      reason: 'contract',
    });
  });

  it('a company without a known country falls back to the EU directive', () => {
    expect(governingRule({ company: { country: '' }, customer: customer('FR', 'business') })).toEqual({
      rule: 'EU',
      reason: 'seller-default',
    });
  });
});

describe('acceptance: an Italian company and a French business customer', () => {
  it('gets Italian statutory interest by default (ECB 4.50 + 8 = 12.50 % → 366.44)', () => {
    const { rule, governing } = invoiceInterestRule(italianCompany, customer('FR', 'business'), invoice);
    expect(governing).toEqual({ rule: 'IT', reason: 'seller-default' });
    expect(exampleA(rule).total).toBe(36644);
  });

  it('gets French interest with the contract override (ECB 4.50 + 10 = 14.50 % → 425.07)', () => {
    const { rule } = invoiceInterestRule(
      italianCompany,
      customer('FR', 'business', { contractLaw: 'FR' }),
      invoice,
    );
    expect(exampleA(rule).total).toBe(42507);
  });
});

describe('consumers (rules.md "Consumers")', () => {
  const unpaid = (rule: ReturnType<typeof invoiceInterestRule>['rule'], dueDate: string, asOf: string) =>
    lateInterest({ amount: 1_000_000, currency: 'EUR', dueDate, payments: [], asOf, rule });

  it('FR: none before the formal notice, the taux légal after it', () => {
    const c = customer('FR', 'consumer');
    const before = invoiceInterestRule(italianCompany, c, {}).rule;
    const r0 = unpaid(before, '2024-03-15', '2024-06-30');
    expect(r0.total).toBe(0);
    expect(r0.explanation).toMatchObject({
      code: 'interest.none',
      params: { why: 'awaiting-formal-notice' },
    });
    const after = invoiceInterestRule(italianCompany, c, { formalNoticeDate: '2024-05-31' }).rule;
    // 2024-06-01…06-30: 30 days at 5.07 % (2024-S1): 10,000 × 5.07 % × 30 / 365 = 41.6712… → 41.67.
    expect(unpaid(after, '2024-03-15', '2024-06-30').total).toBe(4167);
    // No fixed compensation for consumers.
    expect(
      fixedCompensation({ jurisdiction: 'FR', debtor: 'consumer', amount: 1_000_000, currency: 'EUR' }),
    ).toBeNull();
  });

  it('IT: the tasso legale from the due date, split at 1 January', () => {
    const { rule } = invoiceInterestRule(italianCompany, customer('IT', 'consumer'), {});
    const r = unpaid(rule, '2023-12-15', '2024-03-15');
    // 2023-12-16…31: 16 days at 5.00 %: 10,000 × 5 % × 16 / 365 = 21.9178…
    // 2024-01-01…03-15: 75 days at 2.50 %: 10,000 × 2.5 % × 75 / 365 = 51.3698…  → 73.2876… → 73.29
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.ratePercent])).toEqual([
      ['2023-12-16', '2023-12-31', 16, 5],
      ['2024-01-01', '2024-03-15', 75, 2.5],
    ]);
    expect(r.total).toBe(7329);
    expect(r.explanation).toMatchObject({
      code: 'interest.statutory',
      params: { table: 'tassoLegale', marginPp: 0 },
    });
  });

  it('IT: 2026 is a gap until entered — incomplete, never zero-filled', () => {
    const { rule } = invoiceInterestRule(italianCompany, customer('IT', 'consumer'), {});
    const r = unpaid(rule, '2025-12-15', '2026-02-01');
    // 2025-12-16…31: 16 days at 2.00 %: 10,000 × 2 % × 16 / 365 = 8.7671… → 8.77; 2026 missing.
    expect(r.total).toBe(877);
    expect(r.complete).toBe(false);
    expect(r.errors.map((e) => [e.code, e.from, e.to])).toEqual([
      ['interest.missing-rate', '2026-01-01', '2026-02-01'],
    ]);
  });

  it('DE + 5, RO + 4, DK the business rate; UK and EU none', () => {
    const rate = (country: string) =>
      unpaid(
        invoiceInterestRule({ country: 'DE' }, customer(country, 'consumer'), {}).rule,
        '2024-03-15',
        '2024-06-30',
      ).periods[0]?.ratePercent;
    expect(rate('DE')).toBe(8.62); // 3.62 + 5
    expect(rate('RO')).toBe(11); // BNR 7.00 + 4
    expect(rate('DK')).toBe(11.75); // 3.75 + 8
    expect(rate('GB')).toBeUndefined();
    expect(rate('AT')).toBeUndefined();
  });
});
