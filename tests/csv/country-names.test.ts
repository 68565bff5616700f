// A customer's country from a column that names it as people write it, or from its VAT number.
import { describe, expect, it } from 'vitest';
import { countryCode, vatCountry } from '../../src/csv/country-names';

describe('a country column', () => {
  it('reads codes and names in the six languages and English, not the first two letters', () => {
    const cases: [string, string][] = [
      ['IT', 'IT'],
      ['it', 'IT'],
      ['ITA', 'IT'],
      ['Denmark', 'DK'],
      ['Danmark', 'DK'],
      ['Danimarca', 'DK'],
      ['Dänemark', 'DK'],
      ['Germany', 'DE'],
      ['Germania', 'DE'],
      ['Allemagne', 'DE'],
      ['Deutschland', 'DE'],
      ['Regno Unito', 'GB'],
      ['Royaume-Uni', 'GB'],
      ['UK', 'GB'],
      ['United States', 'US'],
      ['USA', 'US'],
      ['România', 'RO'],
      ['Romania', 'RO'],
      ['  france ', 'FR'],
      ['Suisse', 'CH'],
    ];
    for (const [cell, code] of cases) expect([cell, countryCode(cell)]).toEqual([cell, code]);
  });
  it('says nothing of a name it does not know, or an empty cell', () => {
    expect(countryCode('Narnia')).toBeNull();
    expect(countryCode('')).toBeNull();
  });
});

describe('a VAT number', () => {
  it('gives its country by its prefix (EL is Greece, CHE Switzerland)', () => {
    expect(vatCountry('IT01234567890')).toBe('IT');
    expect(vatCountry('RO 1234567')).toBe('RO');
    expect(vatCountry('DK12345678')).toBe('DK');
    expect(vatCountry('EL123456789')).toBe('GR');
    expect(vatCountry('CHE-123.456.789')).toBe('CH');
    expect(vatCountry('01234567890')).toBeNull();
    expect(vatCountry('ZZ123')).toBeNull();
  });
});
