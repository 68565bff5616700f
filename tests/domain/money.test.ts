import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  add,
  allocate,
  currencyDigits,
  formatMoney,
  parseMoney,
  percentOf,
  roundDiv,
  subtract,
  sum,
  toDecimalString,
} from '../../src/domain/money';

describe('parseMoney', () => {
  it.each([
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['1\u202f234,56', 123456],
    ["1'234.56", 123456],
    ['€ 12,50', 1250],
    ['12,50 €', 1250],
    ['EUR 12.50', 1250],
    ['£1,000.00', 100000],
    ['-12,50', -1250],
    ['12,50-', -1250],
    ['(12.50)', -1250],
    ['-€12.50', -1250],
    ['+3', 300],
    ['0,5', 50],
    ['1.234.567,8', 123456780],
    ['12.3400', 1234],
    ['1,234', 123400],
    ['12.345', 1234500],
  ])('reads %j as %i minor units', (text, expected) => {
    expect(parseMoney(text)).toBe(expected);
  });

  it('takes the decimal separator when it is given', () => {
    expect(parseMoney('1,234', { decimalSeparator: ',', digits: 3 })).toBe(1234);
    expect(parseMoney('1.234', { decimalSeparator: '.', digits: 3 })).toBe(1234);
    expect(parseMoney('1.234', { decimalSeparator: ',' })).toBe(123400);
  });

  it('honours the currency exponent: JPY has none, BHD three', () => {
    expect(parseMoney('1,234', { digits: currencyDigits('JPY'), decimalSeparator: '.' })).toBe(1234);
    expect(parseMoney('1.5', { digits: 0 })).toBeNull();
    expect(parseMoney('12.345', { digits: currencyDigits('BHD'), decimalSeparator: '.' })).toBe(12345);
  });

  it.each(['', 'abc', '12,34,5', '1.2.3,4,5', '--5', '1,23.45', '€'])('rejects %j', (text) => {
    expect(parseMoney(text)).toBeNull();
  });
});

describe('arithmetic', () => {
  it('adds and subtracts integers and refuses floats', () => {
    expect(add(100, 250)).toBe(350);
    expect(subtract(100, 250)).toBe(-150);
    expect(sum([1, 2, 3])).toBe(6);
    expect(() => add(0.1, 0.2)).toThrow(/integer/);
  });

  it('rounds half away from zero', () => {
    expect(roundDiv(5n, 2n)).toBe(3n);
    expect(roundDiv(-5n, 2n)).toBe(-3n);
    expect(roundDiv(4n, 3n)).toBe(1n);
    expect(percentOf(1000, 2)).toBe(20);
    expect(percentOf(12345, 2.5)).toBe(309);
  });

  it('allocates 100 into three parts deterministically', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(5, [0, 1])).toEqual([0, 5]);
  });

  it('allocation always sums exactly and follows the weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc
          .array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 20 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const wsum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            const exact = (total * weights[i]!) / wsum;
            expect(Math.abs(p - exact)).toBeLessThan(1.0001);
          });
        },
      ),
    );
  });
});

describe('formatting', () => {
  it('formats for the locale without float error', () => {
    expect(formatMoney(12345678, 'EUR', 'it-IT')).toBe('123.456,78\u00a0€');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(1234, 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatMoney(12345, 'BHD', 'en-US')).toMatch(/12\.345/);
    expect(toDecimalString(-5, 'EUR')).toBe('-0.05');
    expect(toDecimalString(900719925474099, 'EUR')).toBe('9007199254740.99');
  });

  it('prints every amount exactly, small or near the largest, in every currency width and locale', () => {
    // The exact decimal written by hand from the digits, formatted by Intl as a decimal string.
    const exact = (minor: number, digits: number, locale: string, currency: string) => {
      const s = String(Math.abs(minor)).padStart(digits + 1, '0');
      const text = (minor < 0 ? '-' : '') + (digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s);
      const f = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        useGrouping: 'always',
      });
      return f.format(text as unknown as number);
    };
    let seed = 5;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const cases: [string, string, number][] = [
      ['it-IT', 'EUR', 2],
      ['ro-RO', 'RON', 2],
      ['da-DK', 'DKK', 2],
      ['fr-FR', 'EUR', 2],
      ['en-US', 'USD', 2],
      ['en-GB', 'KWD', 3],
      ['de-DE', 'JPY', 0],
    ];
    for (const [locale, currency, digits] of cases) {
      const amounts = [
        0,
        -0,
        1,
        -1,
        5,
        995,
        1005,
        999_999_999_999_999,
        -999_999_999_999_999,
        1e15,
        2 ** 53 - 1,
      ];
      for (let i = 0; i < 3_000; i++) amounts.push(Math.trunc((rnd() - 0.5) * 10 ** (1 + rnd() * 15)) || 0);
      for (const a of amounts)
        expect(formatMoney(a, currency, locale)).toBe(exact(a, digits, locale, currency));
    }
  });
});
