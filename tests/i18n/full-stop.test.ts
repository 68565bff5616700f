// A Danish sentence that ends on an amount ends "kr.", not "kr..": the abbreviation's point is its full stop.
import { afterAll, describe, expect, it } from 'vitest';
import { oneFullStop } from '../../src/i18n/full-stop';
import { money, t, useLanguage } from '../../src/i18n/index';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('one full stop after an abbreviation', () => {
  afterAll(() => useLanguage('en', 'GB'));

  it('writes the point of "kr." once at the end of a sentence, and leaves ranges and ellipses', () => {
    expect(oneFullStop('Afskrives ved accept: 9.280,08 kr..')).toBe('Afskrives ved accept: 9.280,08 kr.');
    expect(oneFullStop('Lovet 500,00 kr.. Næste kontakt 07.12.2026.')).toBe(
      'Lovet 500,00 kr. Næste kontakt 07.12.2026.',
    );
    expect(oneFullStop('(i alt 12,00 kr.).')).toBe('(i alt 12,00 kr.).');
    expect(oneFullStop('10..500')).toBe('10..500');
    expect(oneFullStop('Vent...')).toBe('Vent...');
    expect(oneFullStop('Ende.')).toBe('Ende.');
  });

  it('says a settlement offer in Danish with one point after the amount written off', async () => {
    await useLanguage('da', 'DK');
    const text = t('settle.evaluation', {
      offer: money(2165352, 'DKK'),
      expected: money(2644823, 'DKK'),
      chance: '86 %',
      net: money(1983617, 'DKK'),
      written: money(928008, 'DKK'),
    });
    expect(plain(text)).toBe(
      'Tilbuddet giver 21.653,52 kr.; fortsat inddrivelse ventes at give 26.448,23 kr. (86 % chance), ' +
        '19.836,17 kr. efter inkassosalær. Afskrives ved accept: 9.280,08 kr.',
    );
  });
});
