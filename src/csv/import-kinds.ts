// The kinds of file Overdue imports, the fields each can map and the fields each needs: the one table
// the mapping suggester, the importer and the mapping screen all read.

export type ImportKind = 'invoices' | 'customers' | 'payments' | 'bank-statement';

export type MappingField =
  | 'invoiceNumber'
  /** A series written before the number (Romanian "Serie" + "Număr": TPA 1021). */
  | 'invoiceSeries'
  | 'customer'
  | 'customerTaxId'
  | 'customerEmail'
  | 'issueDate'
  | 'dueDate'
  | 'amount'
  | 'paid'
  | 'balance'
  | 'debit'
  | 'credit'
  | 'currency'
  | 'reference'
  | 'counterparty'
  | 'bookingDate'
  | 'valueDate'
  /** A bare date column of a payments file or statement: stands in for the kind's own date. */
  | 'date'
  | 'terms'
  | 'description'
  | 'country'
  | 'language'
  | 'status'
  | 'paymentDate'
  | 'iban'
  | 'phone'
  | 'address'
  /** The customer's postal code and town, added to its address (an export in separate columns). */
  | 'postalCode'
  | 'city'
  | 'creditLimit'
  /** D/C, Af/Bij, S/H: the sign of an unsigned amount. */
  | 'sign'
  /** Line items without a total: the amount is the sum of quantity × unit price (+ tax). */
  | 'quantity'
  | 'unitPrice'
  | 'tax';

export const IMPORT_KINDS: readonly ImportKind[] = ['invoices', 'customers', 'payments', 'bank-statement'];

/** The fields a user can map for each kind, in the order the mapping screen lists them. */
export const KIND_FIELDS: Record<ImportKind, readonly MappingField[]> = {
  invoices: [
    'invoiceNumber',
    'invoiceSeries',
    'customer',
    'customerTaxId',
    'customerEmail',
    'issueDate',
    'dueDate',
    'amount',
    'currency',
    'terms',
    'paid',
    'balance',
    'paymentDate',
    'status',
    'description',
    'country',
    'language',
    'phone',
    'address',
    'postalCode',
    'city',
    'quantity',
    'unitPrice',
    'tax',
    'sign',
  ],
  customers: [
    'customer',
    'customerTaxId',
    'customerEmail',
    'phone',
    'address',
    'postalCode',
    'city',
    'country',
    'language',
    'currency',
    'terms',
    'creditLimit',
  ],
  payments: ['paymentDate', 'date', 'amount', 'sign', 'currency', 'invoiceNumber', 'customer', 'reference'],
  'bank-statement': [
    'bookingDate',
    'valueDate',
    'date',
    'amount',
    'sign',
    'credit',
    'debit',
    'currency',
    'counterparty',
    'reference',
    'description',
  ],
};

/**
 * What each kind needs: every group must have one of its fields mapped (first = the one to name when
 * none is). These are exactly the columns whose absence makes the importer refuse every row.
 */
export const REQUIRED_FIELDS: Record<ImportKind, readonly (readonly MappingField[])[]> = {
  invoices: [
    ['invoiceNumber'],
    ['customer', 'customerTaxId'],
    // An open-items list gives only the open amount and the due date: they stand in for the others.
    ['amount', 'balance', 'unitPrice'],
    ['issueDate', 'dueDate'],
  ],
  customers: [['customer']],
  payments: [['paymentDate', 'date', 'bookingDate', 'valueDate'], ['amount']],
  'bank-statement': [
    ['bookingDate', 'valueDate', 'date', 'paymentDate'],
    ['amount', 'credit', 'debit'],
  ],
};

/** The date field a kind reads, in the order its stand-ins are tried. */
export const DATE_FIELDS_OF: Record<'payments' | 'bank-statement', readonly MappingField[]> = {
  payments: REQUIRED_FIELDS.payments[0] as readonly MappingField[],
  'bank-statement': REQUIRED_FIELDS['bank-statement'][0] as readonly MappingField[],
};

/** The required groups of `kind` that no mapped field satisfies. */
export function missingFields(
  kind: ImportKind,
  fields: Partial<Record<string, number>>,
): (readonly MappingField[])[] {
  return REQUIRED_FIELDS[kind].filter((group) => group.every((f) => fields[f] === undefined));
}

/** A field is required when it is the first of a required group of its kind (the one shown as needed). */
export function isRequiredField(kind: ImportKind, field: MappingField): boolean {
  return REQUIRED_FIELDS[kind].some((group) => group[0] === field);
}
