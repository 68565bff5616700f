// Due dates from payment terms, with the rule that made them: net days, the fixed date, or an
// end-of-month term in one of its two readings (rules.md §2 "End-of-month terms"). Italian practice
// reads "30 gg d.f.f.m." as invoice + 30 days then the end of that month (15/01/2024 → 29/02/2024);
// Danish "løbende måned + 30 dage" as the end of the invoice month + 30 days (15/01/2024 → 01/03/2024);
// French "N jours fin de mois" admits both (default: month end + N).

import { addDays, endOfMonth } from './dates';
import type { EomReading, IsoDate, Language, PaymentTerms } from './types';

/** Which rule made a due date, as a code (words in src/i18n/reasons/terms.ts). */
export type DueDateRule =
  | { code: 'due.net'; params: { days: number } }
  | { code: 'due.month-end-plus-days'; params: { days: number } }
  | { code: 'due.days-then-month-end'; params: { days: number } }
  | { code: 'due.fixed' };

/** The reading a language's trade gives an end-of-month term when nothing else says. */
export function defaultEomReading(language: Language): EomReading {
  return language === 'it' ? 'days-then-month-end' : 'month-end-plus-days';
}

export interface DueDateOptions {
  /** The invoice's own due date, for `fixed` terms. */
  fixedDueDate?: IsoDate | null;
  /** The customer's choice: wins over the reading the term carries. */
  customerReading?: EomReading | undefined;
  /** For terms that carry no reading: the language whose practice decides (default: month end + N). */
  language?: Language | undefined;
}

export interface DueDateResult {
  date: IsoDate;
  rule: DueDateRule;
}

/** The due date and the rule that made it; null for `fixed` terms without the invoice's date. */
export function dueDateWithRule(
  issueDate: IsoDate,
  terms: PaymentTerms,
  options: DueDateOptions = {},
): DueDateResult | null {
  const days = terms.days;
  if (terms.type === 'net')
    return { date: addDays(issueDate, days), rule: { code: 'due.net', params: { days } } };
  if (terms.type === 'fixed') {
    const fixed = options.fixedDueDate ?? null;
    return fixed === null ? null : { date: fixed, rule: { code: 'due.fixed' } };
  }
  const reading =
    options.customerReading ??
    terms.eomReading ??
    (options.language ? defaultEomReading(options.language) : 'month-end-plus-days');
  if (reading === 'days-then-month-end')
    return {
      date: endOfMonth(addDays(issueDate, days)),
      rule: { code: 'due.days-then-month-end', params: { days } },
    };
  return {
    date: addDays(endOfMonth(issueDate), days),
    rule: { code: 'due.month-end-plus-days', params: { days } },
  };
}
