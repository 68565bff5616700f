// Payment terms as data: parsing the common spellings, formatting, due dates, early-payment
// discounts (tiers, deadlines, amounts, whether a payment earns one) and warnings against legal caps.

import { addDays, dayNumber } from './dates';
import { assertMinor, percentOf, type Minor } from './money';
import { dueDateWithRule } from './eom';
import type {
  DebtorKind,
  DiscountTier,
  EomReading,
  IsoDate,
  Jurisdiction,
  Language,
  PaymentTerms,
} from './types';

/** Rules.md §2: "default term when none agreed: 30 days". */
export const DEFAULT_TERMS: PaymentTerms = { type: 'net', days: 30 };

/**
 * A payment may fall short of the discounted amount by this many minor units and still settle the
 * invoice with the discount (banks' charges, a customer's rounding). 5 minor units = 0.05 EUR.
 */
export const DEFAULT_DISCOUNT_TOLERANCE_MINOR = 5;

// ---------------------------------------------------------------------------------------------
// Parsing

const UNIT = String.raw`(?:days?|tage|tagen|tag|giorni|gg|g|jours?|j|dage|dag|zile|zi|d)`;
const END = String.raw`(?![\p{L}\p{N}])`;
// Whole words only; `\b` would not see the edge of "à" or "în".
const words = (body: string, flags = ''): RegExp =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${body})${END}`, `u${flags}`);
// Words that may stand between a discount percentage and its days ("2 % Skonto innerhalb 10 Tagen").
const CONNECTOR = String.raw`(?:if\s+paid\s+within|paid\s+within|within|in|discount|entro|sconto|sous|dans|escompte|innerhalb|binnen|bei|zahlung|von|skonto|inden|for|kontantrabat|rabat|scont|în|de)`;
const PERCENT_THEN_DAYS = new RegExp(
  String.raw`(\d+(?:\.\d+)?)\s*%(?:\s*${CONNECTOR}${END})*\s*(\d+)(?:\s*${UNIT}${END})?`,
  'gu',
);
const DAYS_THEN_PERCENT = new RegExp(String.raw`(\d+)\s*${UNIT}\s+(\d+(?:\.\d+)?)\s*%`, 'gu');
const SLASH_TIER = /(?<![\d.])(?<!\/\s*)(\d+(?:\.\d+)?)\s*\/\s*(\d+)(?!\d)(?!\s*\/)/g;
const NET_SLASH = /\bn\s*\/\s*(\d+)/g;
const EOM = words(
  String.raw`dffm|df\s*fm|fine\s+mese|fm|fin\s+de\s+mois|fdm|end\s+of\s+(?:the\s+)?month|eom|monatsende|ende\s+des\s+monats|løbende\s+måned|lb\s*md|lbm|sf[aâ]r[sșş]itul\s+lunii|ultimo`,
);
const RECEIPT = words(
  String.raw`due\s+(?:up)?on\s+receipt|(?:up)?on\s+receipt|payable\s+immediately|immediately|immediate|cash|sofort\s+ohne\s+abzug|sofort|ohne\s+abzug|à\s+réception|a\s+réception|réception|au\s+comptant|comptant|rimessa\s+diretta|vista\s+fattura|a\s+vista|netto\s+kontant|kontant|la\s+vedere`,
);
const NET_WORD = words('net|netto|nett|n|neto', 'g');
// Italian end-of-month words: read as invoice + N days, then the end of that month.
const ITALIAN_EOM = /^(?:dffm|df\s*fm|fine\s+mese|fm)$/u;
// "From the invoice date" before an end-of-month word: the days count from the invoice, then month end.
const INVOICE_DATE = words(
  String.raw`data\s+fattura|date\s+de\s+facture|invoice\s+date|rechnungsdatum|fakturadato|data\s+facturii`,
);

// Words that may surround the figures without changing their meaning.
const ALLOWED_WORDS = new Set(
  (
    'days day tage tagen tag giorni gg g jours jour j dage dag zile zi d df ' +
    'payment pagamento paiement zahlbar zahlung plata plată betaling terms term termini termes conditions ' +
    'from invoice date data fattura facture fatturazione rechnungsdatum ab nach after dopo après apres efter ' +
    'fakturadato fra de di da del dalla la le du des a à of the from und and e et og si și within entro ' +
    'bonifico bancario bb rb riba ricevuta bank transfer virement überweisung ueberweisung ' +
    'termen emiterii emitere factura facturii sconto skonto escompte discount kontantrabat rabat scont'
  ).split(' '),
);

/**
 * Reads payment terms as people write them: "net 30", "30 days", "2/10 net 30", "2/10 n/30",
 * "30 giorni fine mese", "30 gg dffm", "30 jours fin de mois", "fin de mois",
 * "3% 8 Tage, 2% 14 Tage, 30 Tage netto", "netto 30 dage", "due on receipt" (net 0).
 * Returns null when the text is not recognised (an unknown word, two candidate net figures).
 */
export function parseTerms(text: string): PaymentTerms | null {
  let s = text.normalize('NFC').toLowerCase().trim();
  if (s === '') return null;
  s = s
    .replace(/(\d),(\d)/g, '$1.$2') // "1,5%" → "1.5%"
    .replace(/(?<!\d)\.|\.(?!\d)/g, '') // "d.f.f.m." → "dffm", "lb. md." → "lb md"
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .replace(NET_SLASH, ' net $1 ');

  const discounts: DiscountTier[] = [];
  const takeTier = (percent: string, days: string): string => {
    discounts.push({ percent: Number(percent), days: Number(days) });
    return ' ';
  };
  s = s.replace(PERCENT_THEN_DAYS, (_m, p: string, d: string) => takeTier(p, d));
  s = s.replace(DAYS_THEN_PERCENT, (_m, d: string, p: string) => takeTier(p, d));
  s = s.replace(SLASH_TIER, (_m, p: string, d: string) => takeTier(p, d));

  let eom = false;
  let reading: EomReading = 'month-end-plus-days';
  const eomMatch = EOM.exec(s);
  if (eomMatch) {
    eom = true;
    // "løbende måned + 30 dage", "fine mese + 30": month end first, then the days. "30 gg dffm",
    // "30 jours date de facture fin de mois": the days first, then to the month's end.
    const firstDigit = s.search(/\d/);
    const eomFirst = firstDigit !== -1 && eomMatch.index < firstDigit;
    if (!eomFirst && (ITALIAN_EOM.test(eomMatch[0]) || INVOICE_DATE.test(s))) reading = 'days-then-month-end';
    s = s.replace(EOM, ' ');
  }
  let receipt = false;
  if (RECEIPT.test(s)) {
    receipt = true;
    s = s.replace(RECEIPT, ' ');
  }
  s = s.replace(NET_WORD, ' ');

  const numbers: number[] = [];
  for (const token of s.split(/[^\p{L}\p{N}]+/u)) {
    if (token === '') continue;
    if (/^\d+$/.test(token)) numbers.push(Number(token));
    else if (!ALLOWED_WORDS.has(token)) return null;
  }
  if (numbers.length > 1) return null;
  let days: number;
  if (numbers.length === 1) days = numbers[0] as number;
  else if (eom || receipt) days = 0;
  else return null;
  if (!Number.isSafeInteger(days) || days > 3660) return null;
  if (discounts.some((t) => !(t.percent > 0 && t.percent < 100) || !Number.isSafeInteger(t.days)))
    return null;

  const terms: PaymentTerms = { type: eom ? 'eom' : 'net', days };
  // With 0 days both readings give the end of the issue month: one reading, so equal terms compare equal.
  if (eom) terms.eomReading = days === 0 ? 'month-end-plus-days' : reading;
  if (discounts.length > 0) terms.discounts = discounts.sort((a, b) => a.days - b.days);
  return terms;
}

// ---------------------------------------------------------------------------------------------
// Reading

/** The reading an end-of-month term is written in: its own, else the language's practice. */
export function termsReading(terms: PaymentTerms, language: Language): EomReading {
  return terms.eomReading ?? (language === 'it' ? 'days-then-month-end' : 'month-end-plus-days');
}

// ---------------------------------------------------------------------------------------------
// Dates and discounts

/**
 * The due date the terms give: `net` → issue + days; `eom` → end of the issue month + days;
 * `fixed` → the invoice's own due date when passed, else null.
 */
export function dueDate(
  issueDate: IsoDate,
  terms: PaymentTerms,
  fixedDueDate: IsoDate | null = null,
): IsoDate | null {
  return dueDateWithRule(issueDate, terms, { fixedDueDate })?.date ?? null;
}

export interface DiscountDeadline extends DiscountTier {
  /** Last day (inclusive) on which a payment earns this tier: issue date + tier days. */
  deadline: IsoDate;
}

/** The discount tiers with their last day, earliest first. Tier days count from the issue date. */
export function discountDeadlines(issueDate: IsoDate, terms: PaymentTerms): DiscountDeadline[] {
  return [...(terms.discounts ?? [])]
    .sort((a, b) => a.days - b.days)
    .map((t) => ({ percent: t.percent, days: t.days, deadline: addDays(issueDate, t.days) }));
}

/** The discount a tier gives on an amount: `amount × percent / 100`, exact, rounded half-up. */
export function discountAmount(amount: number, tier: DiscountTier): Minor {
  assertMinor(amount);
  return percentOf(amount, tier.percent);
}

/** What is left to pay after the tier's discount: `amount − discountAmount(amount, tier)`. */
export function discountedAmount(amount: number, tier: DiscountTier): Minor {
  return amount - discountAmount(amount, tier);
}

export interface DiscountDecision {
  tier: DiscountTier;
  deadline: IsoDate;
  /** Discount on the invoice's gross amount. */
  discount: Minor;
  /** Gross amount less discount: what the customer must pay to settle. */
  due: Minor;
  /** True when the payment covers `due` (allowing the tolerance). */
  settles: boolean;
  /** `due − paidAmount`: positive when short, negative when over. */
  shortfall: Minor;
}

/**
 * Which discount tier a payment made on `paymentDate` earns (the best one whose deadline has not
 * passed), and whether `paidAmount` settles the invoice with it. Null when no tier applies.
 * `toleranceMinor`: a payment short of the discounted amount by at most this still settles.
 */
export function discountFor(
  invoiceOrAmount: number | { amount: number },
  issueDate: IsoDate,
  terms: PaymentTerms | undefined,
  paymentDate: IsoDate,
  paidAmount: number,
  toleranceMinor: number = DEFAULT_DISCOUNT_TOLERANCE_MINOR,
): DiscountDecision | null {
  if (!terms || !terms.discounts || terms.discounts.length === 0) return null;
  const amount = typeof invoiceOrAmount === 'number' ? invoiceOrAmount : invoiceOrAmount.amount;
  assertMinor(amount);
  assertMinor(paidAmount, 'paid amount');
  const paid = dayNumber(paymentDate);
  let best: DiscountDeadline | null = null;
  for (const t of discountDeadlines(issueDate, terms)) {
    if (paid <= dayNumber(t.deadline) && (best === null || t.percent > best.percent)) best = t;
  }
  if (best === null) return null;
  const tier = { percent: best.percent, days: best.days };
  const discount = discountAmount(amount, tier);
  const due = amount - discount;
  const shortfall = due - paidAmount;
  return { tier, deadline: best.deadline, discount, due, settles: shortfall <= toleranceMinor, shortfall };
}

/**
 * Rules.md §1: the yearly cost of not taking an early-payment discount,
 * `d / (1 − d) × 365 / (N − D)` with d = percent / 100. 2/10 net 30 → 0.3724 (37.24 %).
 * A ratio, not money, so a float is fine here.
 */
export function effectiveAnnualDiscountCost(percent: number, discountDays: number, netDays: number): number {
  if (!(percent > 0 && percent < 100)) throw new Error('terms: discount percent must be in (0, 100)');
  if (!(netDays > discountDays)) throw new Error('terms: net days must exceed discount days');
  const d = percent / 100;
  return (d / (1 - d)) * (365 / (netDays - discountDays));
}

// ---------------------------------------------------------------------------------------------
// Warnings

/** A warning about payment terms: `legal` for a statutory cap (rules.md §2), `sanity` for terms that contradict themselves. */
export type TermsWarning =
  | { code: 'terms.b2b-over-60'; kind: 'legal'; params: { days: number; cap: number } }
  | { code: 'terms.public-over-30'; kind: 'legal'; params: { days: number; cap: number } }
  | { code: 'terms.fr-net-over-60'; kind: 'legal'; params: { days: number; cap: number } }
  | { code: 'terms.fr-eom-over-45'; kind: 'legal'; params: { days: number; cap: number } }
  | { code: 'terms.discount-after-due'; kind: 'sanity'; params: { discountDays: number; netDays: number } }
  | { code: 'terms.discount-percent-invalid'; kind: 'sanity'; params: { percent: number } }
  | { code: 'terms.days-invalid'; kind: 'sanity'; params: { days: number } };

export type TermsWarningCode = TermsWarning['code'];

export interface TermsContext {
  debtorKind: DebtorKind;
  jurisdiction: Jurisdiction;
  publicAuthority?: boolean;
  /** When known, end-of-month terms are measured exactly; otherwise at their longest (issue on the 1st of a 31-day month). */
  issueDate?: IsoDate;
}

// Directive 2011/7/EU and its national laws; the UK's Late Payment Regulations 2013 carry the same caps.
const DIRECTIVE_JURISDICTIONS: ReadonlySet<Jurisdiction> = new Set([
  'EU',
  'IT',
  'FR',
  'RO',
  'DK',
  'DE',
  'UK',
]);

/** Longest span in days from issue to due date that the terms can give. */
export function maxTermDays(terms: PaymentTerms, issueDate?: IsoDate): number | null {
  if (terms.type === 'net') return terms.days;
  if (terms.type === 'fixed') return null;
  if (issueDate) {
    const due = dueDateWithRule(issueDate, terms)?.date ?? issueDate;
    return dayNumber(due) - dayNumber(issueDate);
  }
  return 30 + terms.days;
}

/**
 * Warnings for terms against rules.md §2: EU B2B 60 days unless expressly agreed; public
 * authorities 30 days; France 60 days from invoice or 45 days end of month. Consumers are outside
 * the directive. Also flags discount tiers that end after the due date or have impossible percents.
 */
export function termsWarnings(terms: PaymentTerms, context: TermsContext): TermsWarning[] {
  const out: TermsWarning[] = [];
  const cap = (code: Extract<TermsWarning, { kind: 'legal' }>['code'], days: number, limit: number): void => {
    out.push({ code, kind: 'legal', params: { days, cap: limit } });
  };
  if (!Number.isSafeInteger(terms.days) || terms.days < 0)
    out.push({ code: 'terms.days-invalid', kind: 'sanity', params: { days: terms.days } });
  for (const t of terms.discounts ?? []) {
    if (!(t.percent > 0 && t.percent < 100))
      out.push({ code: 'terms.discount-percent-invalid', kind: 'sanity', params: { percent: t.percent } });
    if (terms.type === 'net' && t.days > terms.days)
      out.push({
        code: 'terms.discount-after-due',
        kind: 'sanity',
        params: { discountDays: t.days, netDays: terms.days },
      });
  }
  const span = maxTermDays(terms, context.issueDate);
  if (span === null || !DIRECTIVE_JURISDICTIONS.has(context.jurisdiction)) return out;
  if (context.publicAuthority) {
    if (span > 30) cap('terms.public-over-30', span, 30);
    return out;
  }
  if (context.debtorKind !== 'business') return out;
  if (context.jurisdiction === 'FR') {
    if (terms.type === 'net' && terms.days > 60) cap('terms.fr-net-over-60', terms.days, 60);
    if (terms.type === 'eom' && terms.days > 45) cap('terms.fr-eom-over-45', terms.days, 45);
    return out;
  }
  if (span > 60) cap('terms.b2b-over-60', span, 60);
  return out;
}
