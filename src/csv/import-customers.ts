// Customers found or created while importing: by tax id, then by a folded name, so "ROSSI S.R.L." on
// one row and "Rossi Srl" on another are one customer.

import type { Customer, Language } from '../domain/types';
import { parseTerms } from '../domain/terms';
import { countryCode, vatCountry } from './country-names';
import type { RowReader } from './import-row';
import type { ImportContext, ImportResult, RowStatus } from './rows-to-records';

const LANGUAGE_OF: Record<string, Language> = {
  IT: 'it',
  FR: 'fr',
  RO: 'ro',
  DK: 'da',
  DE: 'de',
  AT: 'de',
  CH: 'de',
  BE: 'fr',
  LU: 'fr',
};
const LANGUAGES = new Set(['en', 'it', 'fr', 'ro', 'da', 'de']);

/** Folds case, diacritics, punctuation and legal-form noise so "ROSSI S.R.L." finds "Rossi Srl". */
export function customerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The customers of the book and of the file so far, by tax id and by folded name. */
export class CustomerIndex {
  private readonly byTax = new Map<string, Customer>();
  private readonly byName = new Map<string, Customer>();
  /** Customers created here without a country: the company's country (and its law) is assumed. */
  readonly withoutCountry = new Set<string>();
  // A file repeats the same customer names on many rows: each is folded once.
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly ctx: ImportContext,
    private readonly out: ImportResult,
  ) {
    for (const c of ctx.existing.customers) {
      if (c.taxId) this.byTax.set(c.taxId.replace(/\s+/g, '').toUpperCase(), c);
      this.byName.set(customerKey(c.name), c);
    }
  }

  private lastName: string | null = null;
  private lastKey = '';

  private keyOf(name: string): string {
    // Invoice lists are often sorted by customer: a run of rows names the same one.
    if (name === this.lastName) return this.lastKey;
    let k = this.keys.get(name);
    if (k === undefined) this.keys.set(name, (k = customerKey(name)));
    this.lastName = name;
    this.lastKey = k;
    return k;
  }

  /** The row's customer, created (and added to the result) when neither its tax id nor its name is known. */
  findOrCreate(r: RowReader, name: string, currency: string): Customer {
    const ctx = this.ctx;
    const taxCell = r.cell('customerTaxId');
    const tax = taxCell && taxCell.replace(/\s+/g, '').toUpperCase();
    const found = (tax && this.byTax.get(tax)) || this.byName.get(this.keyOf(name));
    if (found) return found;
    // The country column as written (a code or a name), else the VAT number's prefix, else the default.
    const named = countryCode(r.cell('country')) ?? (tax ? vatCountry(tax) : null);
    const country = named ?? ctx.defaultCountry;
    const terms = r.cell('terms') ? parseTerms(r.cell('terms')) : null;
    const language = r.cell('language').toLowerCase().slice(0, 2);
    const customer: Customer = {
      id: ctx.newId('cus'),
      name,
      country,
      language: LANGUAGES.has(language) ? (language as Language) : (LANGUAGE_OF[country] ?? 'en'),
      currency,
      debtor: 'business',
      creditHold: false,
      escalation: 'none',
      createdAt: ctx.today,
      importBatchId: ctx.batchId,
      ...(tax ? { taxId: tax } : {}),
      ...(r.cell('customerEmail') ? { email: r.cell('customerEmail') } : {}),
      ...(r.cell('phone') ? { phone: r.cell('phone') } : {}),
      ...(address(r) ? { address: address(r) } : {}),
      ...(terms ? { terms } : {}),
    };
    if (!named) this.withoutCountry.add(customer.id);
    this.out.customers.push(customer);
    if (tax) this.byTax.set(tax, customer);
    this.byName.set(this.keyOf(name), customer);
    return customer;
  }
}

/** The street, then the postal code and the town on a line of their own, from the columns mapped. */
function address(r: RowReader): string {
  const town = [r.cell('postalCode'), r.cell('city')].filter(Boolean).join(' ');
  return [r.cell('address'), town].filter(Boolean).join('\n');
}

/** A row of a customer list: new, or the same as a customer already known. */
export function customerRow(r: RowReader, customers: CustomerIndex, out: ImportResult): RowStatus {
  const name = r.required('customer');
  const currency = r.currency();
  if (r.errors.length > 0) return 'error';
  const before = out.customers.length;
  const c = customers.findOrCreate(r, name, currency);
  const status: RowStatus = out.customers.length > before ? 'new' : 'same';
  if (status === 'new' && r.cell('creditLimit')) {
    const limit = r.amount('creditLimit', currency);
    if (limit !== null) c.creditLimit = limit;
  }
  return status;
}
