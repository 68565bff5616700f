// parseAmount reads the usual cell ("1234.50") without parseMoney's regular expressions; it must read
// every text exactly as parseMoney does, plain or not.
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/csv/parse-values';
import { parseMoney } from '../../src/domain/money';

describe('amounts read on the quick path', () => {
  it('agree with parseMoney on 60,000 random cells of digits, marks, signs and spaces', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const chars = '0123456789.,-+ ';
    const differ: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const len = 1 + Math.floor(random() * 12);
      for (let i = 0; i < len; i++)
        s += chars[random() < 0.8 ? Math.floor(random() * 10) : Math.floor(random() * chars.length)];
      for (const decimalSeparator of ['.', ','] as const)
        for (const [currency, digits] of [
          ['EUR', 2],
          ['JPY', 0],
          ['BHD', 3],
        ] as const)
          if (parseAmount(s, { decimalSeparator }, currency) !== parseMoney(s, { digits, decimalSeparator }))
            differ.push(`${s} ${decimalSeparator} ${currency}`);
    }
    expect(differ).toEqual([]);
  });

  it('reads the plain shapes by hand-worked values', () => {
    expect(parseAmount('1234.5', { decimalSeparator: '.' }, 'EUR')).toBe(123450);
    expect(parseAmount('1234,56', { decimalSeparator: ',' }, 'EUR')).toBe(123456);
    expect(parseAmount('007', { decimalSeparator: '.' }, 'EUR')).toBe(700);
    expect(parseAmount('1500', { decimalSeparator: '.' }, 'JPY')).toBe(1500);
    expect(parseAmount('1.234', { decimalSeparator: '.' }, 'BHD')).toBe(1234);
    // Three decimals of a two-decimal currency are not a plain amount: parseMoney refuses them.
    expect(parseAmount('1.234', { decimalSeparator: '.' }, 'EUR')).toBeNull();
  });
});
