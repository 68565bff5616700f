import { describe, expect, it } from 'vitest';
import { date, integer, localeFor, money, setLanguage } from '../../src/i18n/index';
import type { Language } from '../../src/domain/types';

const LANGS: Language[] = ['en', 'it', 'fr', 'ro', 'da', 'de'];
// The product's countries and two more (Austria is left out: its money is grouped with dots, its numbers with spaces, by design).
const COUNTRIES = ['IT', 'FR', 'RO', 'DK', 'DE', 'GB', 'UK', 'US', 'ES', 'NL'];

describe('locale for the interface', () => {
  it('pairs a language with its own countries only', () => {
    expect(localeFor('it', 'IT')).toBe('it-IT');
    expect(localeFor('en', 'US')).toBe('en-US');
    expect(localeFor('en', 'UK')).toBe('en-GB');
    expect(localeFor('de', 'AT')).toBe('de-AT');
    expect(localeFor('en', 'IT')).toBe('en-GB');
    expect(localeFor('da', 'FR')).toBe('da-DK');
  });

  it('groups thousands the same way in money and in plain numbers, for every language and country', () => {
    for (const lang of LANGS)
      for (const country of COUNTRIES) {
        setLanguage(lang, country);
        const plain = integer(1234567).replace(/\d/g, '');
        const amount = money(123456789, 'EUR')
          .replace(/[^\d.,'\s\u00a0\u202f]/g, '')
          .trim();
        expect(
          amount.startsWith(`1${plain[0]}234${plain[1]}567`),
          `${lang}-${country}: ${amount} vs ${integer(1234567)}`,
        ).toBe(true);
      }
  });

  it('writes the dates of the interface in the locale, without a time-zone shift', () => {
    setLanguage('de', 'DE');
    expect(date('2026-03-01')).toBe('01.03.2026');
    setLanguage('en', 'US');
    expect(date('2026-03-01')).toBe('03/01/2026');
    setLanguage('en', 'IT');
    expect(date('2026-03-01')).toBe('01/03/2026');
  });
});
