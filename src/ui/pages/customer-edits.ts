// A customer grid cell's text, read and checked, applied to a customer. Returns the message on error.
import { currencyDigits, isCurrencyCode, parseMoney } from '../../domain/money';
import { formatTerms, parseTerms } from '../../domain/terms';
import type { Customer, Language } from '../../domain/types';

const LANGUAGES: Language[] = ['en', 'it', 'fr', 'ro', 'da', 'de'];

export function termsText(c: Customer): string {
  return c.terms ? formatTerms(c.terms) : '';
}

export function applyCustomerCell(c: Customer, columnId: string, text: string): Customer | string {
  const t = text.trim();
  switch (columnId) {
    case 'name':
      return t ? { ...c, name: t } : 'Name is required.';
    case 'country': {
      const code = t.toUpperCase() === 'UK' ? 'GB' : t.toUpperCase();
      return /^[A-Z]{2}$/.test(code)
        ? { ...c, country: code }
        : `"${t}" is not a two-letter country code (IT, FR, GB…).`;
    }
    case 'language':
      return LANGUAGES.includes(t.toLowerCase() as Language)
        ? { ...c, language: t.toLowerCase() as Language }
        : `Language must be one of ${LANGUAGES.join(', ')}.`;
    case 'currency':
      return isCurrencyCode(t.toUpperCase())
        ? { ...c, currency: t.toUpperCase() }
        : `Unknown currency code "${t}".`;
    case 'debtor':
      return t === 'business' || t === 'consumer'
        ? { ...c, debtor: t }
        : 'Debtor is "business" or "consumer".';
    case 'terms': {
      if (!t) {
        const { terms: _drop, ...rest } = c;
        return rest;
      }
      const terms = parseTerms(t);
      return terms
        ? { ...c, terms }
        : `Payment terms "${t}" are not understood (e.g. "net 30", "2/10 net 30").`;
    }
    case 'creditLimit': {
      if (!t) {
        const { creditLimit: _drop, ...rest } = c;
        return rest;
      }
      const v = parseMoney(t, { digits: isCurrencyCode(c.currency) ? currencyDigits(c.currency) : 2 });
      return v !== null && v >= 0 ? { ...c, creditLimit: v } : `Not an amount: "${t}".`;
    }
    case 'creditHold': {
      const v = t.toLowerCase();
      if (['yes', 'y', 'true', '1', 'x'].includes(v)) return { ...c, creditHold: true };
      if (['no', 'n', 'false', '0', ''].includes(v)) return { ...c, creditHold: false };
      return 'Credit hold is "yes" or "no".';
    }
    default:
      return 'This column is computed and cannot be edited.';
  }
}
