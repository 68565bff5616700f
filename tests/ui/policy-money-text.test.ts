import { afterEach, describe, expect, it } from 'vitest';
import { decimal, setLanguage } from '../../src/i18n';
import { parseMoney } from '../../src/domain/money';

// The dunning policy's fees and minimums are shown in the interface's own numbers and read back as
// typed: every language's form of an amount must come back as the same minor units.
describe('a fee shown in the interface language reads back unchanged', () => {
  afterEach(() => setLanguage('en'));
  const cases: [Parameters<typeof setLanguage>[0], string, string][] = [
    ['en', 'GB', '12,345.50'],
    ['it', 'IT', '12.345,50'],
    ['fr', 'FR', '12\u202f345,50'],
    ['ro', 'RO', '12.345,50'],
    ['da', 'DK', '12.345,50'],
    ['de', 'DE', '12.345,50'],
  ];
  for (const [language, country, written] of cases)
    it(`${language}: 12345.50 is written ${written} and read as 1234550 minor units`, () => {
      setLanguage(language, country);
      expect(decimal(1234550 / 100, 2)).toBe(written);
      expect(parseMoney(written, { digits: 2 })).toBe(1234550);
      expect(parseMoney(decimal(0, 2), { digits: 2 })).toBe(0);
      expect(parseMoney(decimal(40, 2), { digits: 2 })).toBe(4000);
    });
});
