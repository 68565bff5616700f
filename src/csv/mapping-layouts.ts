// Known export layouts: the header tells the exporter; fields name exact (normalised) header cells, best first.

import type { ImportKind, MappingField } from './import-kinds';

export type KnownLayout =
  'xero' | 'quickbooks' | 'stripe' | 'freshbooks' | 'zoho' | 'invoiceninja-payments' | 'datev';

export interface Layout {
  name: KnownLayout;
  kind: ImportKind;
  test: (h: Set<string>) => boolean;
  fields: Partial<Record<MappingField, string[]>>;
}

export const LAYOUTS: Layout[] = [
  {
    // DATEV Buchungsstapel of outgoing invoices: the document number and date, the amount with its
    // Soll/Haben mark (Soll on the customer's account: an invoice; Haben: a credit).
    name: 'datev',
    kind: 'invoices',
    test: (h) => h.has('belegdatum') && (h.has('umsatz ohne soll haben kz') || h.has('umsatz')),
    fields: {
      amount: ['umsatz ohne soll haben kz', 'umsatz'],
      sign: ['soll haben kennzeichen', 'soll haben kz'],
      currency: ['wkz umsatz'],
      issueDate: ['belegdatum'],
      invoiceNumber: ['belegfeld 1'],
      customer: ['buchungstext', 'konto'],
    },
  },
  {
    name: 'xero',
    kind: 'invoices',
    test: (h) =>
      h.has('contact name') &&
      h.has('invoice number') &&
      (h.has('amount due') || h.has('invoice amount due')),
    fields: {
      customer: ['contact name'],
      customerEmail: ['email address'],
      invoiceNumber: ['invoice number'],
      reference: ['reference'],
      issueDate: ['invoice date'],
      dueDate: ['due date'],
      amount: ['total'],
      paid: ['invoice amount paid', 'amount paid'],
      balance: ['invoice amount due', 'amount due'],
      currency: ['currency'],
      status: ['status'],
    },
  },
  {
    name: 'stripe',
    kind: 'invoices',
    test: (h) => h.has('amount due') && h.has('amount paid') && (h.has('customer email') || h.has('id')),
    fields: {
      invoiceNumber: ['number'],
      customer: ['customer name'],
      customerEmail: ['customer email'],
      amount: ['amount due', 'total'],
      paid: ['amount paid'],
      balance: ['amount remaining'],
      currency: ['currency'],
      issueDate: ['date utc', 'created utc'],
      dueDate: ['due date utc'],
      status: ['status'],
      description: ['description'],
    },
  },
  {
    name: 'quickbooks',
    kind: 'invoices',
    test: (h) => h.has('open balance') && (h.has('num') || h.has('no')),
    fields: {
      customer: ['customer', 'name'],
      invoiceNumber: ['num', 'no'],
      issueDate: ['date'],
      dueDate: ['due date'],
      amount: ['amount'],
      balance: ['open balance'],
      terms: ['terms'],
      description: ['memo description', 'memo'],
    },
  },
  {
    name: 'freshbooks',
    kind: 'invoices',
    test: (h) => h.has('client name') && h.has('invoice #') && h.has('date issued'),
    fields: {
      customer: ['client name'],
      invoiceNumber: ['invoice #'],
      issueDate: ['date issued'],
      status: ['invoice status'],
      paymentDate: ['date paid'],
      amount: ['invoice total', 'line total'],
      currency: ['currency'],
      description: ['item description'],
    },
  },
  {
    name: 'zoho',
    kind: 'invoices',
    test: (h) => h.has('invoice id') && h.has('invoice number') && h.has('customer name') && h.has('balance'),
    fields: {
      issueDate: ['invoice date'],
      invoiceNumber: ['invoice number'],
      status: ['invoice status'],
      customer: ['customer name'],
      dueDate: ['due date'],
      currency: ['currency code'],
      amount: ['total'],
      balance: ['balance'],
      terms: ['payment terms label'],
      paymentDate: ['last payment date'],
      country: ['billing country'],
      description: ['item desc'],
    },
  },
  {
    name: 'invoiceninja-payments',
    kind: 'payments',
    test: (h) =>
      h.size === 4 && h.has('client') && h.has('invoice number') && h.has('amount') && h.has('date'),
    fields: {
      customer: ['client'],
      invoiceNumber: ['invoice number'],
      amount: ['amount'],
      paymentDate: ['date'],
    },
  },
];
