import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  dayNumber,
  daysBetween,
  endOfMonth,
  formatDate,
  fromDayNumber,
  isIsoDate,
  parseDate,
} from '../../src/domain/dates';

describe('plain dates', () => {
  it('runs in a non-UTC zone, so zone bugs would show', () => {
    expect(new Date(2024, 0, 1).getTimezoneOffset()).not.toBe(0);
  });

  it('adds days across DST changes and leap days', () => {
    expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-11-02', 2)).toBe('2024-11-04');
    expect(daysBetween('2024-03-15', '2024-06-30')).toBe(107);
    expect(daysBetween('2024-05-15', '2024-08-14')).toBe(91);
  });

  it('adds months safely at the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2100-02-10')).toBe('2100-02-28');
  });

  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
        expect(dayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('reads only real YYYY-MM-DD dates', () => {
    for (const good of ['2024-02-29', '0001-01-01', '9999-12-31', '1970-01-01'])
      expect(isIsoDate(good), good).toBe(true);
    for (const bad of [
      '2023-02-29',
      '2024-04-31',
      '2024-00-10',
      '2024-13-01',
      '2024-01-00',
      '0000-01-01',
      '2024-1-05',
      '2024/01/05',
      '2024-01-05 ',
      ' 2024-01-05',
      '2024-01-5x',
      '２０２４-01-05',
      '+02024-01-0',
      '',
    ])
      expect(isIsoDate(bad), bad).toBe(false);
    expect(() => dayNumber('2024/01/05')).toThrow('not an ISO date');
    expect(() => dayNumber('24-01-05')).toThrow('not an ISO date');
    expect(() => fromDayNumber(2932897)).toThrow('out of range');
    expect(() => fromDayNumber(1.5)).toThrow('out of range');
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(-719162)).toBe('0001-01-01');
    expect(fromDayNumber(19_723)).toBe('2024-01-01');
    expect(addDays('0999-12-31', 1)).toBe('1000-01-01');
  });

  it.each([
    ['15/03/2024', 'dd/mm/yyyy', '2024-03-15'],
    ['15.03.2024', 'dd.mm.yyyy', '2024-03-15'],
    ['03/15/2024', 'mm/dd/yyyy', '2024-03-15'],
    ['2024-03-15', 'yyyy-mm-dd', '2024-03-15'],
    ['5-Mar-2024', 'd-MMM-yyyy', '2024-03-05'],
    ['15-mar-2024', 'd-MMM-yyyy', '2024-03-15'],
    ['15-Mär-2024', 'd-MMM-yyyy', '2024-03-15'],
    ['1/2/24', 'dd/mm/yy', '2024-02-01'],
    ['31.12.2024 10:15', 'dd.mm.yyyy', '2024-12-31'],
  ])('parses %j as %s', (text, format, expected) => {
    expect(parseDate(text, format)).toBe(expected);
  });

  it.each([
    ['31/04/2024', 'dd/mm/yyyy'],
    ['29/02/2023', 'dd/mm/yyyy'],
    ['13/13/2024', 'mm/dd/yyyy'],
    ['2024-03-15', 'dd/mm/yyyy'],
    ['hello', 'yyyy-mm-dd'],
  ])('rejects %j as %s', (text, format) => {
    expect(parseDate(text, format)).toBeNull();
  });

  it('formats for a locale with no zone shift', () => {
    expect(formatDate('2024-03-01', 'de-DE', 'short')).toBe('01.03.2024');
    expect(formatDate('2024-03-01', 'en-US', 'short')).toBe('03/01/2024');
    expect(isIsoDate('2024-02-30')).toBe(false);
  });
});
