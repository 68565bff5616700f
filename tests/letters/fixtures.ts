// Plain records for letter tests: an Italian company and customers in several countries and languages.
import type { CompanyProfile, Customer, Invoice, Payment } from '../../src/domain/types';

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
