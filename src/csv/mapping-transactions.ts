// A transactions export (PayPal, Stripe, SumUp, a card terminal): gross, fee and net per payment, often a
// transaction id and sometimes the invoice it paid. By its whole shape it is a payments file, whatever an
// "invoice number" column suggests; its amount is the gross (what the customer paid), never the fee or net.

import type { ColumnType } from './types';
import type { FieldMap } from './mapping-score';

const words = (list: string): string[] => list.split('|');
// Normalised header cells (lower case, no diacritics, punctuation as spaces).
const GROSS = words('gross|brut|brutto|lordo|bruto|gross amount|montant brut|importo lordo|bruttobetrag');
const AMOUNT = words('amount|importo|montant|betrag|belob|suma|importe|bedrag|valor|total');
const FEE = words(
  'fee|fees|frais|commissione|commissioni|commission|gebuhr|gebuhren|gebyr|comision|comisao|taxa|provision',
);
const NET = words(
  'net|netto|net amount|payout|montant net|importo netto|nettobetrag|udbetaling|neto|liquido',
);
const TRANSACTION = words(
  'transaction id|transaction|txn id|id transazione|id de transaction|transaktions id|transaktionsnummer|id tranzactie',
);
const INVOICE = words(
  'invoice|invoice number|invoice id|invoice no|fattura|facture|rechnung|factura|faktura',
);
const PAYER = words('name|customer|customer name|customer email|payer|from|nom|nome|cliente|kunde|client');
const CURRENCY = words('currency|devise|valuta|wahrung|moneda|moeda|moneda|wkz');
const DATE_WORD = /\b(date|created|datum|data|dato|fecha|time stamp|timestamp)\b/;

const find = (headers: string[], list: string[]): number => {
  for (const w of list) {
    const i = headers.indexOf(w);
    if (i >= 0) return i;
  }
  return -1;
};

/** The header has a fee column and a gross, net or transaction-id column beside it. */
export function isTransactionsExport(headers: string[]): boolean {
  if (find(headers, FEE) < 0) return false;
  return find(headers, GROSS) >= 0 || find(headers, NET) >= 0 || find(headers, TRANSACTION) >= 0;
}

/** The payments mapping of a transactions export; null when it has no gross amount or no date. */
export function transactionsMapping(headers: string[], types: ColumnType[]): FieldMap | null {
  const fields: Record<string, number> = {};
  const conf: Record<string, number> = {};
  const set = (field: string, col: number, c = 0.9): void => {
    if (col < 0 || Object.values(fields).includes(col)) return;
    fields[field] = col;
    conf[field] = c;
  };
  const gross = find(headers, GROSS);
  set('amount', gross >= 0 ? gross : find(headers, AMOUNT));
  const named = headers.findIndex((h, i) => types[i] === 'date' && DATE_WORD.test(h));
  set('paymentDate', named >= 0 ? named : types.indexOf('date'), named >= 0 ? 0.9 : 0.6);
  if (fields.amount === undefined || fields.paymentDate === undefined) return null;
  const currency = find(headers, CURRENCY);
  set('currency', currency >= 0 ? currency : types.indexOf('currency'));
  set('invoiceNumber', find(headers, INVOICE), 0.8);
  set('customer', find(headers, PAYER), 0.7);
  set('reference', find(headers, TRANSACTION), 0.8);
  return { fields, conf };
}
