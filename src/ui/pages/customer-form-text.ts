// The customer form's terms and credit limit as the interface language writes them ("30 giorni data
// fattura", "21.000,00"), not in the stored, English-and-point form ("net 30", "21000.00"). Both read
// back: parseTerms reads every language's terms and parseMoney either decimal mark. A field left as
// shown is sent as the stored text, so an untouched field is no change.
import type { Customer, Language } from '../../domain/types';
import { currencyDigits, isCurrencyCode } from '../../domain/money';
import { formatTerms } from '../../i18n/terms';
import { decimal } from '../../i18n';

export function shownTerms(c: Customer, language: Language): string {
  return c.terms ? formatTerms(c.terms, language) : '';
}

export function shownLimit(c: Customer): string {
  if (c.creditLimit === undefined) return '';
  const digits = isCurrencyCode(c.currency) ? currencyDigits(c.currency) : 2;
  return decimal(c.creditLimit / 10 ** digits, digits);
}

/** The text to send for a field: the stored text when the field still shows what it was filled with. */
export function sentText(input: string, shown: string, stored: string): string {
  return input === shown ? stored : input;
}
