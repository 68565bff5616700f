// A customer grid cell's text, read and checked, applied to a customer. Returns the message on error.
import { currencyDigits, isCurrencyCode, parseMoney } from '../../domain/money';
import { formatTerms, parseTerms } from '../../domain/terms';
import type { Customer, Language } from '../../domain/types';
import { t } from '../../i18n';

const LANGUAGES: Language[] = ['en', 'it', 'fr', 'ro', 'da', 'de'];

export function termsText(c: Customer): string {
  return c.terms ? formatTerms(c.terms) : '';
}

export function applyCustomerCell(c: Customer, columnId: string, text: string): Customer | string {
  const v = text.trim();
  switch (columnId) {
    case 'name':
      return v ? { ...c, name: v } : t('customer.error.name');
    case 'country': {
      const code = v.toUpperCase() === 'UK' ? 'GB' : v.toUpperCase();
      return /^[A-Z]{2}$/.test(code) ? { ...c, country: code } : t('customer.error.country', { value: v });
    }
    case 'language':
      return LANGUAGES.includes(v.toLowerCase() as Language)
        ? { ...c, language: v.toLowerCase() as Language }
        : t('customer.error.language', { list: LANGUAGES.join(', ') });
    case 'currency':
      return isCurrencyCode(v.toUpperCase())
        ? { ...c, currency: v.toUpperCase() }
        : t('customer.error.currency', { value: v });
    case 'debtor':
      return v === 'business' || v === 'consumer' ? { ...c, debtor: v } : t('customer.error.debtor');
    case 'terms': {
      if (!v) {
        const { terms: _drop, ...rest } = c;
        return rest;
      }
      const terms = parseTerms(v);
      return terms ? { ...c, terms } : t('customer.error.terms', { value: v });
    }
    case 'creditLimit': {
      if (!v) {
        const { creditLimit: _drop, ...rest } = c;
        return rest;
      }
      const amount = parseMoney(v, { digits: isCurrencyCode(c.currency) ? currencyDigits(c.currency) : 2 });
      return amount !== null && amount >= 0
        ? { ...c, creditLimit: amount }
        : t('customer.error.amount', { value: v });
    }
    case 'creditHold': {
      const lower = v.toLowerCase();
      if (['yes', 'y', 'true', '1', 'x'].includes(lower)) return { ...c, creditHold: true };
      if (['no', 'n', 'false', '0', ''].includes(lower)) return { ...c, creditHold: false };
      return t('customer.error.creditHold');
    }
    default:
      return t('grid.error.computed');
  }
}
