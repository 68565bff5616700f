// Figures in the interface locale: money grouped alike in one column, percentages and averages localised.
import { afterAll, describe, expect, it } from 'vitest';
import { decimal, integer, money, percent, useLanguage } from '../../src/i18n/index';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('figures in the interface locale', () => {
  afterAll(() => useLanguage('en', 'GB'));

  it('groups four-digit amounts like five-digit ones in Italian', async () => {
    await useLanguage('it', 'IT');
    expect(plain(money(387785, 'EUR'))).toBe('3.877,85 €');
    expect(plain(money(1279084, 'EUR'))).toBe('12.790,84 €');
    expect(plain(money(500000, 'RON'))).toBe('5.000,00 RON');
    // And counts beside them: "1.533 fatture", as "1.533,00 €".
    expect(integer(1533)).toBe('1.533');
    expect(integer(153)).toBe('153');
  });

  it('writes percentages and averages with the locale decimal mark', async () => {
    await useLanguage('it', 'IT');
    expect(plain(percent(10.4))).toBe('10,40%');
    expect(plain(percent(2, 2, 0))).toBe('2%');
    expect(decimal(12.25, 1)).toBe('12,3');
    await useLanguage('fr', 'FR');
    expect(plain(percent(10.4))).toBe('10,40 %');
    await useLanguage('en', 'GB');
    expect(percent(10.4)).toBe('10.40%');
    expect(decimal(1234.5, 1)).toBe('1,234.5');
  });
});
