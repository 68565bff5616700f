// LetterInput + template → LetterContent: every string in the customer's language, laid out as blocks.
// Pure: no jsPDF here. The result is what gets archived, so a reprint draws exactly the same letter.
import { elideItalian } from '../i18n/it-elision';
import { dateParts, daysBetween } from '../domain/dates';
import { formatterFor } from '../i18n/reasons/format';
import { blocksFor, ratePercent, type BlockContext } from './blocks';
import { fingerprint128 } from './hash';
import { LETTER_LANGUAGES } from './lang/index';
import type { LetterTemplate, LetterWords } from './lang/types';
import { finalNoticeRule } from './legal';
import { euLegalNames } from '../i18n/reasons/collections-labels';
import { transferReference } from './reference';
import { fillTemplate, type InlinePlaceholder } from './template';
import type { Block, LetterContent, LetterInput } from './types';
import type { DebtorKind, Jurisdiction, Language } from '../domain/types';

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function countryLine(country: string, home: string, locale: string): string[] {
  if (!country || country.toUpperCase() === home.toUpperCase()) return [];
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region' }).of(country.toUpperCase());
    return name ? [name.toLocaleUpperCase(locale)] : [];
  } catch {
    return [];
  }
}

/**
 * The default template of a kind in a language; for a customer, greeting a business or a person as
 * the language does (an Italian company is "Spettabile", a person "Gentile").
 */
export function defaultTemplate(
  input: Pick<LetterInput, 'kind' | 'language'> & { customer?: { debtor: DebtorKind } },
): LetterTemplate {
  const lang = LETTER_LANGUAGES[input.language];
  return greeted(lang.templates[input.kind], lang.words.salutation, input.customer?.debtor);
}

/** `template` with its first line the greeting for `debtor`, when that line is one of the language's. */
function greeted(
  template: LetterTemplate,
  salutation: { business: string; consumer: string } | undefined,
  debtor: DebtorKind | undefined,
): LetterTemplate {
  if (!salutation || !debtor) return template;
  const end = template.body.indexOf('\n');
  const first = end < 0 ? template.body : template.body.slice(0, end);
  if (first !== salutation.business && first !== salutation.consumer) return template;
  return { ...template, body: salutation[debtor] + template.body.slice(first.length) };
}

export function letterContent(
  input: LetterInput,
  template: LetterTemplate = defaultTemplate(input),
): LetterContent {
  const { company, customer, kind } = input;
  const w = LETTER_LANGUAGES[input.language].words;
  // A template of the user's that kept the language's greeting greets this customer as it should too.
  template = greeted(template, w.salutation, customer.debtor);
  // "The following invoices" for one invoice, "the following invoice" for several: said as many as there are.
  template = counted(template, w.invoiceCount, input.invoices.length);
  const f = formatterFor(input.language, customer.country);
  const money = (minor: number): string => f.money(minor, input.currency);
  // The letter's dates, in words: never broken across two lines of the PDF (`keepTogether`).
  const dates = new Set<string>();
  const long = (iso: string): string => {
    const text = f.date(iso, 'long');
    dates.add(text);
    return text;
  };
  const rule = finalNoticeRule(input.jurisdiction, customer.debtor);
  // Under EU law the names are the EU's own, in the letter's language.
  const notice = input.jurisdiction === 'EU' ? { ...rule, ...euLegalNames(input.language) } : rule;
  const numbers = input.invoices.map((i) => i.number);
  const { reference, all: referenceList } = transferReference(w, numbers);
  const interest = input.interest;
  const law =
    interest && interest.contractRatePercent !== null
      ? `${w.contractRate} ${f.percent(interest.contractRatePercent)}`
      : (interest?.law ?? '');
  const oldest = input.invoices.reduce<string | null>(
    (d, i) => (d === null || i.dueDate < d ? i.dueDate : d),
    null,
  );
  const pct = (p: number): string => f.percent(p, Number.isInteger(p) ? 0 : 2);

  const values: Record<InlinePlaceholder, string> = {
    'customer.name': customer.name,
    'customer.address': lines(customer.address).join(', '),
    'company.name': company.name,
    'company.address': lines(company.address).join(', '),
    'company.email': company.email,
    'company.phone': company.phone,
    'company.iban': company.iban,
    'company.bic': company.bic,
    date: long(input.date),
    deadline: long(input.deadline),
    deadline_days: f.integer(kind === 'final-notice' ? notice.days : daysBetween(input.date, input.deadline)),
    total_due: money(input.totals.due),
    total_open: money(input.totals.open),
    interest_total: money(input.totals.interest),
    compensation_total: money(input.totals.compensation),
    fees_total: money(input.totals.fees),
    invoice_numbers: numbers.join(', '),
    invoice_count: f.integer(numbers.length),
    oldest_due: oldest ? long(oldest) : '',
    reference,
    sending_method: w.sending[input.sending],
    tracking: input.tracking,
    law,
    law_reason: interest ? w.lawReason[interest.why] : '',
    legal_basis: notice.basis,
    next_step: foreignTo(input.language, input.jurisdiction)
      ? w.foreignProcedure.replace('{name}', () => notice.nextStep)
      : notice.nextStep,
    settlement_amount: input.settlement ? money(input.settlement.amount) : '',
    settlement_deadline: input.settlement ? long(input.settlement.deadline) : '',
    discount_percent: input.discount ? pct(input.discount.percent) : '',
    discount_amount: input.discount ? money(input.discount.amount) : '',
    discounted_total: input.discount ? money(input.discount.discounted) : '',
    discount_deadline: input.discount ? long(input.discount.deadline) : '',
    instalment_count: f.integer(input.plan?.instalments.length ?? 0),
    // What the instalments sum to, interest and fee included (the amount due when there is no plan).
    plan_total: money(input.plan?.total ?? input.totals.due),
    plan_interest: money(input.plan?.interest ?? 0),
    plan_interest_rate: ratePercent(f, input.plan?.interestPercent ?? 0),
  };
  const ctx: BlockContext = {
    input,
    w,
    f,
    money,
    reference,
    referenceList,
    protocol: kind === 'final-notice' && notice.protocol,
    interestTable: false,
    totalsBlock: false,
  };
  // The built-in interest statement names the fixed compensation in its subject: not when it claims none.
  const shown =
    kind === 'interest-statement' &&
    input.totals.compensation === 0 &&
    input.compensationApart.length === 0 &&
    template.subject === defaultTemplate(input).subject
      ? { ...template, subject: w.interestOnlySubject }
      : template;
  const raw = fillTemplate(
    input.language === 'it'
      ? { subject: euphonicEd(shown.subject, values), body: euphonicEd(shown.body, values) }
      : shown,
    values,
  );
  // Italian drops the article's vowel before a date read with a vowel: "entro l'11/12/2026".
  const filled =
    input.language === 'it'
      ? {
          subject: elideItalian(raw.subject),
          pieces: raw.pieces.map((p) => (p.kind === 'text' ? { ...p, text: elideItalian(p.text) } : p)),
        }
      : raw;
  ctx.interestTable = filled.pieces.some((p) => p.kind === 'block' && p.name === 'interest_table');
  const blocks: Block[] = [];
  // A fee this letter charges is always printed with the total to pay: where the template has no
  // `{totals}` (a first reminder), they follow the invoice table.
  const feeTotals =
    input.fees.some((x) => x.kind === 'reminder') &&
    !filled.pieces.some((p) => p.kind === 'block' && p.name === 'totals');
  ctx.totalsBlock = feeTotals || filled.pieces.some((p) => p.kind === 'block' && p.name === 'totals');
  for (const piece of filled.pieces) {
    // A placeholder with nothing to say (no statute under US law) leaves no empty brackets behind.
    if (piece.kind === 'text') blocks.push({ type: 'paragraph', text: piece.text.replace(/ ?\(\s*\)/g, '') });
    else {
      blocks.push(...blocksFor(piece.name, ctx));
      if (feeTotals && piece.name === 'invoices') blocks.push(...blocksFor('totals', ctx));
    }
  }
  if (feeTotals && !filled.pieces.some((p) => p.kind === 'block' && p.name === 'invoices')) {
    // A template of the user's without the invoice table: before the payment details or the signature.
    const at = blocks.findIndex((b) => b.type === 'payment' || b.type === 'signature');
    blocks.splice(at < 0 ? blocks.length : at, 0, ...blocksFor('totals', ctx));
  }

  const companyLines = lines(company.address);
  const contacts = [company.email, company.phone].filter(Boolean).join(' · ');
  const marking =
    input.sending === 'ordinary'
      ? ''
      : w.sending[input.sending] + (input.tracking ? ` · ${w.tracking}: ${input.tracking}` : '');
  const { year, month, day } = dateParts(input.date);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const body: Omit<LetterContent, 'id'> = {
    created: `D:${year}${p2(month)}${p2(day)}000000+00'00'`,
    title: `${w.kind[kind]} – ${customer.name}`,
    layout: input.layout,
    letterhead: {
      name: company.name,
      lines: [
        ...companyLines,
        ...(company.taxId ? [`${taxIdLabel(w, company.country)} ${company.taxId}`] : []),
        ...(contacts ? [contacts] : []),
      ],
      logo: company.logo ?? null,
    },
    returnAddress: [company.name, ...companyLines].filter(Boolean).join(' · '),
    marking,
    recipient: [
      customer.name,
      ...lines(customer.address),
      ...countryLine(customer.country, company.country, f.locale),
    ],
    placeDate: input.place ? `${input.place}, ${long(input.date)}` : long(input.date),
    subject: filled.subject,
    blocks,
    pageLabel: w.page,
    runningHeader: `${company.name} · ${customer.name} · ${filled.subject}`,
  };
  return { id: fingerprint128(JSON.stringify(body)), ...body, keepTogether: [...dates] };
}

/**
 * The company's tax id label: a word that names one country's number (Romanian "CUI", Danish "CVR") is
 * not used for another country's VAT number ("Cod de TVA IT01234567890", not "CUI IT01234567890").
 */
function taxIdLabel(w: LetterWords, country: string): string {
  const abroad = w.taxIdAbroad;
  return abroad && country.toUpperCase() !== abroad.home ? abroad.label : w.taxId;
}

/** The language a jurisdiction names its procedures in (the EU's names are the letter's own). */
const LAW_LANGUAGE: Partial<Record<Jurisdiction, Language>> = {
  IT: 'it',
  FR: 'fr',
  RO: 'ro',
  DK: 'da',
  DE: 'de',
  UK: 'en',
  US: 'en',
};

/** Whether a letter in `language` names a procedure of `jurisdiction` in another language. */
function foreignTo(language: Language, jurisdiction: Jurisdiction): boolean {
  const own = LAW_LANGUAGE[jurisdiction];
  return own !== undefined && own !== language;
}

/**
 * `template` with its subject and sentences about "the following invoices" in the number the letter
 * has ("Facturile 1, 2: le-ați primit?", not "Factura 1, 2: ați primit-o?").
 */
function counted(
  template: LetterTemplate,
  pairs: { one: [string, string][]; many: [string, string][] },
  invoices: number,
): LetterTemplate {
  const list = invoices === 1 ? pairs.one : invoices > 1 ? pairs.many : [];
  let { subject, body } = template;
  for (const [as, to] of list) {
    subject = subject.split(as).join(to);
    body = body.split(as).join(to);
  }
  return body === template.body && subject === template.subject ? template : { ...template, subject, body };
}

/**
 * Italian joins "e" to a name read with an e as "ed" ("tra Bianchi S.r.l. ed Esposito S.p.A."): before a
 * placeholder only, so a name that holds " e " itself is printed as it is written.
 */
function euphonicEd(text: string, values: Record<string, string>): string {
  return text.replace(
    /(^|[\s(])e (\{\s*([^{}\s]+)\s*\})/g,
    (whole, before: string, token: string, name: string) =>
      /^[eEèéÈÉ]/.test(values[name] ?? '') ? `${before}ed ${token}` : whole,
  );
}
