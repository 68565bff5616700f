// Reference text to number tokens: the invoice numbers a bank line's reference may name. Dates, decimal
// amounts, IBANs and times are masked first, since their digit runs are never invoice numbers.

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  þ: 'th',
};

/** Lower case, diacritics folded ("Ștefan Țăranu" → "stefan taranu"). */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæøœłđıþ]/g, (c) => SPECIAL[c] ?? c);
}

// Dates, decimal amounts and IBANs carry digit runs that are never invoice numbers.
const MASKS = [
  // IBAN, plain or in groups of 4 (each group holding a digit, so "RE24 4711 paid" is no IBAN).
  /\b[a-z]{2}\d{2}(?: ?(?=[a-z0-9]{0,3}\d)[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?\b/g,
  /\b\d{4}[-./]\d{1,2}[-./]\d{1,2}\b/g, // 2024-03-12
  /\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b/g, // 12.03.2024, 3/12/24
  /\b\d{1,3}(?:[.,']\d{3})*[.,]\d{2}\b(?![-./]\d)/g, // 1.234,56 — 12.50
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g, // 12:30
];

export interface RefToken {
  text: string;
  digits: boolean;
  /** Character just before the token's word ('#' marks a number). */
  before: string;
}

/** Splits text into number tokens: words of letters and digits; "INV0042" → INV, 42; leading zeros dropped. */
export function numberTokens(text: string, mask = false): RefToken[] {
  let s = foldText(text);
  if (mask) for (const re of MASKS) s = s.replace(re, ' ');
  const out: RefToken[] = [];
  for (const m of s.matchAll(/[a-z0-9]+/g)) {
    const word = m[0];
    const before = m.index > 0 ? (s[m.index - 1] ?? '') : '';
    // Only a plain prefix+digits (or digits+suffix) word splits; mixed runs (IBANs, hashes) stay whole.
    const parts = /^[a-z]+\d+$|^\d+[a-z]+$/.test(word) ? (word.match(/[a-z]+|\d+/g) ?? [word]) : [word];
    parts.forEach((p, i) => {
      const digits = /^\d+$/.test(p);
      out.push({ text: digits ? p.replace(/^0+(?=\d)/, '') : p, digits, before: i === 0 ? before : '' });
    });
  }
  return out;
}

/** The canonical key of an invoice number: "INV-0042", "inv 42", "INV/42" → "inv-42". */
export function normaliseInvoiceNumber(text: string): string {
  return numberTokens(text)
    .map((t) => t.text)
    .join('-');
}

export const isYear = (t: string): boolean => /^(19|20)\d\d$/.test(t);

// Words that announce an invoice number; a short number right after one of them is taken seriously.
export const NUMBER_WORDS = new Set(
  (
    'inv invoice invoices re rg rng rech rechn rechnung rechnungen rechnungsnr fattura fatture fatt ft ' +
    'facture factures fact fac fa factura facturii facturile fakt faktura fakturanr fakturanummer ' +
    'nr no n num number numero nummer bill ref'
  ).split(' '),
);
