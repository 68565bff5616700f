// Scoring a mapping: how well a header names a field (mapping-words.ts), how well the column's values
// fit it, and how well a whole set of mapped fields fits each kind of file.

import type { ColumnType } from './types';
import type { ImportKind, MappingField } from './import-kinds';
import { SYNONYMS, WEAK } from './mapping-words';
import { creditDebitMark, normalizeLabel, numberShape } from './values';

export const FIELD_TYPES: Partial<Record<MappingField | 'date', ColumnType[]>> = {
  invoiceNumber: ['text', 'integer'],
  // A VAT number or tax code, never an amount ("Montant TVA", "VAT" as the VAT of each invoice).
  customerTaxId: ['text', 'integer'],
  quantity: ['amount', 'integer'],
  unitPrice: ['amount', 'integer'],
  tax: ['amount', 'integer', 'text'],
  customer: ['text'],
  customerEmail: ['email'],
  issueDate: ['date'],
  dueDate: ['date'],
  bookingDate: ['date'],
  valueDate: ['date'],
  paymentDate: ['date'],
  date: ['date'],
  amount: ['amount', 'integer'],
  paid: ['amount', 'integer'],
  balance: ['amount', 'integer'],
  debit: ['amount', 'integer'],
  credit: ['amount', 'integer'],
  currency: ['currency'],
  iban: ['iban', 'text', 'integer'],
  counterparty: ['text'],
  country: ['text', 'currency'],
  language: ['text', 'currency'],
  terms: ['text', 'integer'],
  description: ['text'],
  reference: ['text', 'integer'],
  postalCode: ['integer', 'text'],
  city: ['text'],
  invoiceSeries: ['text'],
};

const QUESTION = /^(is|has|have|are|does|do|was|ist|hat|est|este|er|har)\s/;

// A net amount, before VAT ("Betrag Netto", "Valoare fără TVA", "Montant HT", "Beløb ekskl. moms"): never
// what the customer owes, nor the tax.
const NET =
  /(?:^| )(?:netto|net|nettobetrag|ht|hors taxes?|excl|excluding|ekskl|exkl|fara|fara tva|ohne mwst|ohne ust|uden moms|sans tva|imponibile|taxable|pre tax)(?: |$)/;
// What the customer is to pay when it differs from the total (a withholding tax or a deposit taken off:
// Italy's "Netto a pagare"): the amount owed, before "Totale".
const PAYABLE = new Set(
  [
    'netto a pagare',
    'totale a pagare',
    'net à payer',
    'montant net à payer',
    'zahlbetrag',
    'amount payable',
    'total payable',
  ].map(normalizeLabel),
);
const NET_FIELDS = new Set(['amount', 'paid', 'balance', 'tax']);

export function headerScore(field: string, header: string): number {
  const words = SYNONYMS.get(field);
  if (!words || header === '') return 0;
  if (NET_FIELDS.has(field)) {
    if (PAYABLE.has(header)) return field === 'amount' ? 1.05 : 0;
    if (NET.test(header)) return 0;
  }
  if (words.has(header)) return WEAK.has(header) ? 0.6 : 1;
  // A yes/no question ("Is Discount Before Tax", "Has Attachment") names a flag, not the field a word
  // of it names: only an exact synonym counts there.
  if (QUESTION.test(header)) return 0;
  let best = 0;
  const padded = ` ${header} `;
  for (const w of words) {
    if (WEAK.has(w) || w.length < 3) continue;
    if (padded.includes(` ${w} `)) best = Math.max(best, w.includes(' ') ? 0.75 : 0.65);
  }
  return best;
}

/** A header that names a free text: a description, a reference, a payer (in any of the languages read). */
export function isFreeTextHeader(header: string): boolean {
  const h = normalizeLabel(header);
  return (
    h !== '' && (['description', 'reference', 'counterparty'] as const).some((f) => headerScore(f, h) > 0)
  );
}

/** 1 when most values of the column fit the field (a few bad cells do not matter), 0.8 for an empty column, low otherwise. */
export function typeFactor(field: string, shares: Map<ColumnType, number> | undefined): number {
  const allowed = FIELD_TYPES[field as MappingField];
  if (!shares || shares.size === 0) return 0.8;
  if (!allowed) return 1;
  let fit = 0;
  for (const t of allowed) fit = Math.max(fit, shares.get(t) ?? 0);
  if (allowed.includes('text') && allowed.includes('integer'))
    fit = Math.max(fit, (shares.get('text') ?? 0) + (shares.get('integer') ?? 0));
  return fit >= 0.5 ? 1 : 0.2 + fit;
}

export const KIND_WEIGHTS: Record<ImportKind, Partial<Record<MappingField, number>>> = {
  invoices: {
    invoiceNumber: 3,
    customer: 1.5,
    dueDate: 3,
    issueDate: 1,
    amount: 1,
    balance: 1.5,
    paid: 1,
    status: 1,
    terms: 1,
    quantity: 0.3,
    unitPrice: 0.3,
    tax: 0.2,
    currency: 0.5,
    customerEmail: 0.5,
    customerTaxId: 0.5,
    description: 0.2,
    country: 0.2,
    paymentDate: 0.3,
    reference: 0.2,
    phone: 0.2,
    address: 0.2,
    postalCode: 0.2,
    city: 0.2,
    invoiceSeries: 0.3,
    // S/H beside the amount of an accounts' open-items list (DATEV): Haben is a credit note.
    sign: 0.3,
  },
  'bank-statement': {
    bookingDate: 1.5,
    valueDate: 2,
    debit: 2.5,
    credit: 2.5,
    amount: 1,
    balance: 0.5,
    counterparty: 2,
    sign: 1.5,
    reference: 1,
    description: 1,
    currency: 0.5,
    iban: 1,
  },
  payments: {
    paymentDate: 2.5,
    invoiceNumber: 1.5,
    customer: 1,
    amount: 1,
    currency: 0.5,
    reference: 0.5,
    description: 0.2,
    iban: 0.3,
  },
  customers: {
    customer: 1.5,
    customerEmail: 1.5,
    customerTaxId: 1.5,
    country: 1,
    language: 1,
    terms: 0.5,
    phone: 1,
    address: 1,
    postalCode: 0.5,
    city: 0.5,
    iban: 0.3,
  },
};

export const GENERIC_DATE: Record<ImportKind, MappingField | null> = {
  invoices: 'issueDate',
  'bank-statement': 'bookingDate',
  payments: 'paymentDate',
  customers: null,
};

export interface ValueStats {
  negatives: number[];
  /** Pairs of amount columns never filled on the same row (debit/credit style). */
  exclusivePairs: [number, number][];
}

export function valueStats(rows: string[][], width: number, types: ColumnType[]): ValueStats {
  const amountCols = types.flatMap((t, i) => (t === 'amount' || t === 'integer' ? [i] : []));
  const negatives = amountCols.map((c) => {
    let k = 0;
    for (const r of rows) {
      const v = (r[c] ?? '').trim();
      if ((v.startsWith('-') || v.endsWith('-') || v.startsWith('(')) && numberShape(v)) k++;
      else if (creditDebitMark(v)?.sign === -1 && numberShape(v)) k++;
    }
    return k;
  });
  const exclusivePairs: [number, number][] = [];
  for (let a = 0; a < amountCols.length; a++)
    for (let b = a + 1; b < amountCols.length; b++) {
      const ca = amountCols[a]!;
      const cb = amountCols[b]!;
      let both = 0;
      let one = 0;
      for (const r of rows) {
        const fa = isNonZero(r[ca]);
        const fb = isNonZero(r[cb]);
        if (fa && fb) both++;
        else if (fa || fb) one++;
      }
      if (one >= 2 && both === 0) exclusivePairs.push([ca, cb]);
    }
  return { negatives: amountCols.filter((_, i) => negatives[i]! > 0), exclusivePairs };
}

function isNonZero(v: string | undefined): boolean {
  if (!v) return false;
  const t = v.trim();
  return t !== '' && /[1-9]/.test(t);
}

export interface FieldMap {
  fields: Record<string, number>;
  conf: Record<string, number>;
}

export function mapForKind(
  kind: ImportKind,
  headers: string[],
  shares: Map<ColumnType, number>[],
  stats: ValueStats,
  preset: Record<string, number>,
): FieldMap {
  const weights = KIND_WEIGHTS[kind];
  const candidates: { field: string; col: number; score: number; weight: number }[] = [];
  const genericDate = GENERIC_DATE[kind];
  for (let col = 0; col < headers.length; col++) {
    const h = headers[col]!;
    if (h === '') continue;
    for (const field of Object.keys(weights)) {
      let s = headerScore(field, h);
      if (field === genericDate) s = Math.max(s, headerScore('date', h) * 0.8);
      if (s <= 0) continue;
      s *= typeFactor(field, shares[col]);
      candidates.push({ field, col, score: s, weight: weights[field as MappingField] ?? 0 });
    }
  }
  candidates.sort((a, b) => b.score - a.score || b.weight - a.weight || a.col - b.col);
  const fields: Record<string, number> = {};
  const conf: Record<string, number> = {};
  const used = new Set(Object.values(preset));
  for (const f of Object.keys(preset)) fields[f] = preset[f]!;
  for (const c of candidates) {
    if (c.score < 0.45 || c.field in fields || used.has(c.col)) continue;
    fields[c.field] = c.col;
    conf[c.field] = Math.min(1, Math.round(c.score * 100) / 100);
    used.add(c.col);
  }
  // A currency column right after the amount is that amount's currency (two "Währung" columns).
  if (fields.currency !== undefined) {
    const amountCol = fields.amount ?? fields.debit;
    if (
      amountCol !== undefined &&
      headers[amountCol + 1] === headers[fields.currency] &&
      fields.currency !== amountCol + 1
    ) {
      used.delete(fields.currency);
      fields.currency = amountCol + 1;
    }
  }
  return { fields, conf };
}

export function kindScore(kind: ImportKind, m: FieldMap, stats: ValueStats): number {
  const weights = KIND_WEIGHTS[kind];
  let score = 0;
  for (const f of Object.keys(m.fields)) score += (weights[f as MappingField] ?? 0) * (m.conf[f] ?? 1);
  const has = (f: string): boolean => f in m.fields;
  if (
    kind === 'invoices' &&
    !['dueDate', 'balance', 'paid', 'status', 'terms'].some(has) &&
    !(m.conf.issueDate! >= 0.9)
  )
    score *= 0.6;
  if (kind === 'bank-statement') {
    if (has('amount') && stats.negatives.includes(m.fields.amount!)) score += 1;
    if (has('debit') && has('credit')) score += 1;
    if (has('invoiceNumber')) score -= 1;
  }
  if (kind === 'customers' && (has('amount') || has('dueDate'))) score -= 2;
  if (kind === 'payments' && has('dueDate')) score -= 2;
  // "Invoice, Customer, Date, Amount" is the plainest invoice list there is: a bare date makes a
  // payments file only when nothing else speaks of payment.
  if (kind === 'payments' && !(m.conf.paymentDate! >= 0.9) && !['reference', 'iban'].some(has)) score *= 0.6;
  return Math.max(0, score);
}

/** Header-less (or unknown-header) files: dates, signed amounts, IBANs and e-mails tell the kind. */
