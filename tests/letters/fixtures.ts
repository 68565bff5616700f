// Plain records for letter tests: an Italian company and customers in several countries and languages.
import type { Adjustment, CompanyProfile, Customer, Invoice, Payment } from '../../src/domain/types';

export const company: CompanyProfile = {
  name: 'Ferro & Figli Srl',
  address: 'Via Garibaldi 8\n20121 Milano',
  taxId: 'IT01234567890',
  iban: 'IT60 X054 2811 1010 0000 0123 456',
  bic: 'BPMOIT22XXX',
  email: 'amministrazione@ferrofigli.it',
  phone: '+39 02 1234567',
  baseCurrency: 'EUR',
  country: 'IT',
  language: 'it',
};

export function customer(
  over: Partial<Customer> & Pick<Customer, 'id' | 'name' | 'language' | 'country'>,
): Customer {
  return {
    currency: 'EUR',
    debtor: 'business',
    creditHold: false,
    createdAt: '2024-01-01',
    address: 'Strada Exemplu 1\n400015 Cluj-Napoca',
    ...over,
  };
}

export function invoice(
  over: Partial<Invoice> & Pick<Invoice, 'id' | 'number' | 'customerId' | 'amount' | 'dueDate'>,
): Invoice {
  return { issueDate: '2024-02-15', currency: 'EUR', ...over };
}

export function payment(
  id: string,
  invoiceId: string,
  date: string,
  amount: number,
  customerId: string,
): Payment {
  return { id, date, amount, currency: 'EUR', customerId, allocations: [{ invoiceId, amount }] };
}

/** 1.176,00 paid on invoice 'a' on 8 September 2026 with a 2 % early-payment discount of 24,00 taken. */
export const discountTaken: Payment = {
  id: 'p1',
  date: '2026-09-08',
  amount: 117_600,
  currency: 'EUR',
  customerId: 'c',
  allocations: [{ invoiceId: 'a', amount: 117_600, discount: 2_400 }],
};

/** A credit note of 100,00 on invoice 'b', 2 November 2026. */
export const creditNoteOnB: Adjustment = {
  id: 'nc',
  kind: 'credit-note',
  customerId: 'c',
  invoiceId: 'b',
  date: '2026-11-02',
  amount: 10_000,
  currency: 'EUR',
};

/**
 * Two invoices of customer 'c': 'a' 2026/1301 of 2.450,00 due 1 October 2026 (what `discountTaken`
 * pays) and 'b' 2026/1302 of 610,00 due 15 October 2026.
 */
export function invoicesAB(): Invoice[] {
  return [
    invoice({
      id: 'a',
      number: '2026/1301',
      customerId: 'c',
      amount: 245_000,
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
    }),
    invoice({
      id: 'b',
      number: '2026/1302',
      customerId: 'c',
      amount: 61_000,
      issueDate: '2026-09-15',
      dueDate: '2026-10-15',
    }),
  ];
}
