// Date fields read and show dates in the interface locale's order. Expected texts are written by hand
// from how people in each country write 2 December 2026.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateOrder, formatDateText, parseDateInOrder, parseDateText } from '../../src/domain/date-text';
import { fromDayNumber } from '../../src/domain/dates';

const date = (iso: string) => ({ kind: 'date', iso });
const invalid = { kind: 'invalid' };

describe('formatDateText', () => {
  it('shows 2 December 2026 as each country writes it', () => {
    expect(formatDateText('2026-12-02', 'it-IT')).toBe('02/12/2026');
    expect(formatDateText('2026-12-02', 'ro-RO')).toBe('02.12.2026');
    expect(formatDateText('2026-12-02', 'de-DE')).toBe('02.12.2026');
    expect(formatDateText('2026-12-02', 'da-DK')).toBe('02.12.2026');
    expect(formatDateText('2026-12-02', 'fr-FR')).toBe('02/12/2026');
    expect(formatDateText('2026-12-02', 'en-GB')).toBe('02/12/2026');
    expect(formatDateText('2026-12-02', 'en-US')).toBe('12/02/2026');
  });

  it('shows nothing for no date', () => {
    expect(formatDateText('', 'it-IT')).toBe('');
  });
});

describe('dateOrder', () => {
  it('reads day-month-year in Europe and month-day-year in the US', () => {
    expect(dateOrder('it-IT')).toEqual(['day', 'month', 'year']);
    expect(dateOrder('ro-RO')).toEqual(['day', 'month', 'year']);
    expect(dateOrder('en-US')).toEqual(['month', 'day', 'year']);
  });
});

describe('parseDateText', () => {
  it('reads 2 December 2026 typed as each country writes it', () => {
    expect(parseDateText('02/12/2026', 'it-IT')).toEqual(date('2026-12-02'));
    expect(parseDateText('02.12.2026', 'ro-RO')).toEqual(date('2026-12-02'));
    expect(parseDateText('2.12.2026', 'de-DE')).toEqual(date('2026-12-02'));
    expect(parseDateText('02.12.2026', 'da-DK')).toEqual(date('2026-12-02'));
    expect(parseDateText('02/12/2026', 'fr-FR')).toEqual(date('2026-12-02'));
    expect(parseDateText('02/12/2026', 'en-GB')).toEqual(date('2026-12-02'));
    expect(parseDateText('12/2/2026', 'en-US')).toEqual(date('2026-12-02'));
  });

  it('takes any of . / - or spaces between the parts, and a trailing dot', () => {
    expect(parseDateText('2-12-2026', 'it-IT')).toEqual(date('2026-12-02'));
    expect(parseDateText('2 12 2026', 'it-IT')).toEqual(date('2026-12-02'));
    expect(parseDateText(' 2/12.2026 ', 'ro-RO')).toEqual(date('2026-12-02'));
    expect(parseDateText('2.12.2026.', 'ro-RO')).toEqual(date('2026-12-02'));
  });

  it('reads a two-digit year as 20xx', () => {
    expect(parseDateText('15/01/27', 'it-IT')).toEqual(date('2027-01-15'));
    expect(parseDateText('1/15/27', 'en-US')).toEqual(date('2027-01-15'));
    expect(parseDateText('5.3.07', 'de-DE')).toEqual(date('2007-03-05'));
  });

  it('accepts ISO text in every language', () => {
    expect(parseDateText('2026-12-02', 'it-IT')).toEqual(date('2026-12-02'));
    expect(parseDateText('2026-12-02', 'en-US')).toEqual(date('2026-12-02'));
    expect(parseDateText('2026-12-02', 'ro-RO')).toEqual(date('2026-12-02'));
  });

  it('takes 29 February only in a leap year', () => {
    expect(parseDateText('29/02/2028', 'it-IT')).toEqual(date('2028-02-29'));
    expect(parseDateText('29.02.2027', 'ro-RO')).toEqual(invalid);
    expect(parseDateText('2/29/2024', 'en-US')).toEqual(date('2024-02-29'));
  });

  it('refuses days that do not exist and text that is no date', () => {
    expect(parseDateText('31/04/2026', 'it-IT')).toEqual(invalid);
    expect(parseDateText('13/13/2026', 'it-IT')).toEqual(invalid);
    expect(parseDateText('12/31/2026', 'it-IT')).toEqual(invalid);
    expect(parseDateText('2/12', 'it-IT')).toEqual(invalid);
    expect(parseDateText('2/12/202', 'it-IT')).toEqual(invalid);
    expect(parseDateText('domani', 'it-IT')).toEqual(invalid);
    expect(parseDateText('2026-02-30', 'en-GB')).toEqual(invalid);
  });

  it('sees an empty field as no date, not a wrong one', () => {
    expect(parseDateText('  ', 'it-IT')).toEqual({ kind: 'empty' });
  });
});

describe('parseDateInOrder', () => {
  it('reads 03/04/2026 in the order given, never swapped', () => {
    expect(parseDateInOrder('03/04/2026', ['month', 'day', 'year'])).toEqual(date('2026-03-04'));
    expect(parseDateInOrder('03/04/2026', ['day', 'month', 'year'])).toEqual(date('2026-04-03'));
    expect(parseDateInOrder('13/31/2026', ['day', 'month', 'year'])).toEqual(invalid);
    expect(parseDateInOrder('31/12/2026', ['month', 'day', 'year'])).toEqual(invalid);
  });

  it('keeps the date of a pasted date-and-time cell, and only the date', () => {
    const dmy = ['day', 'month', 'year'] as const;
    const mdy = ['month', 'day', 'year'] as const;
    expect(parseDateInOrder('31.12.2024 10:15', dmy)).toEqual(date('2024-12-31'));
    expect(parseDateInOrder('31/12/2024 00:00:00', dmy)).toEqual(date('2024-12-31'));
    expect(parseDateInOrder('12/31/2024 10:15 PM', mdy)).toEqual(date('2024-12-31'));
    expect(parseDateInOrder('2024-12-31T23:30:00Z', mdy)).toEqual(date('2024-12-31'));
    expect(parseDateInOrder('2024-12-31 10.15', dmy)).toEqual(date('2024-12-31'));
    // A time alone, or a date that does not exist, is still no date.
    expect(parseDateInOrder('10:15', dmy)).toEqual(invalid);
    expect(parseDateInOrder('31/12/2024 25:99x', dmy)).toEqual(invalid);
    expect(parseDateInOrder('31/02/2024 10:15', dmy)).toEqual(invalid);
  });
});

// Every locale the app formats dates in (localeFor's pairs): a grid cell's date, put in its editor and
// written back unchanged, is the same date.
const LOCALES = [
  ['en-GB', 'en-US', 'en-IE', 'en-CA', 'en-AU'],
  ['it-IT', 'it-CH', 'fr-FR', 'fr-CH', 'fr-BE', 'fr-LU', 'fr-CA', 'fr-IT'],
  ['de-DE', 'de-AT', 'de-CH', 'de-BE', 'de-LU', 'de-IT', 'ro-RO', 'da-DK'],
].flat();

describe('a shown date read back', () => {
  it('is the same date in every locale', () => {
    const day = fc.integer({ min: -25_000, max: 80_000 }).map(fromDayNumber); // 1901 to 2189
    fc.assert(
      fc.property(day, fc.constantFrom(...LOCALES), (iso, locale) => {
        expect(parseDateText(formatDateText(iso, locale), locale)).toEqual(date(iso));
      }),
    );
  });
});
