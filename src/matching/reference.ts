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

// ---------------------------------------------------------------------------------------------------------
// Danish payment slips (indbetalingskort, FIK): a payment names the slip's card type, the payment id the
// creditor printed on it and the creditor's number, as the bank writes them: "+71<000000000010438+87654321<"
// (the slip's code line), "FIK 71 000000000010438", "Kortart 71 …". For card types 71 and 75 the id is
// the creditor's own number (most often the invoice number) padded with zeros, and a check digit (modulus
// 10, as Luhn); for 04 and 15 the check digit is modulus 11.

const SLIP_GATE = /[<]|\b(?:fik|fi-kort|kortart|korttype|indbetalingskort)\b/i;
const SLIP_RE =
  /(?:\+|\b(?:fik|fi-kort|kortart|korttype|indbetalingskort)\.?\s*:?\s*)(01|04|15|71|73|75)\s*[<:/\- ]?\s*(\d{6,16})?\s*<?(?:\s*\+\s*(\d{8})\s*<?)?/gi;

/** The payment ids of the slips a text names, decoded, and the text without the slips' codes. */
export function paymentSlips(text: string): { ids: string[]; rest: string } | null {
  if (!SLIP_GATE.test(text)) return null;
  const ids: string[] = [];
  const rest = text.replace(SLIP_RE, (whole, card: string, id: string | undefined) => {
    if (id) ids.push(slipNumber(card, id));
    return ' ';
  });
  return rest === text ? null : { ids, rest };
}

/** A slip's payment id as the creditor's number: the check digit off when it checks, leading zeros off. */
export function slipNumber(card: string, id: string): string {
  const checks = card === '04' || card === '15' ? mod11Checks(id) : luhnChecks(id);
  const body = checks ? id.slice(0, -1) : id;
  return body.replace(/^0+(?=\d)/, '');
}

function luhnChecks(id: string): boolean {
  let sum = 0;
  for (let i = id.length - 1, k = 0; i >= 0; i--, k++) {
    let d = id.charCodeAt(i) - 48;
    if (k % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0 && /[1-9]/.test(id.slice(0, -1));
}

function mod11Checks(id: string): boolean {
  let sum = 0;
  for (let i = id.length - 2, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += (id.charCodeAt(i) - 48) * w;
  const check = (11 - (sum % 11)) % 11;
  return check < 10 && check === id.charCodeAt(id.length - 1) - 48 && /[1-9]/.test(id.slice(0, -1));
}

/** An invoice number's digits as one run, leading zeros off ("INV-2026-0042" → "20260042"): its slip key. */
export function slipKey(number: string): string {
  return number.replace(/\D+/g, '').replace(/^0+(?=\d)/, '');
}
