// Time fields read and show times of day the locale's way: 24-hour in Italy, Romania, France,
// Denmark, Germany and Britain, AM/PM in the US. Expected texts are written by hand.
import { describe, expect, it } from 'vitest';
import {
  dateTimeText,
  formatTimeText,
  parseTimeText,
  stepTime,
  usesTwelveHours,
} from '../../src/ui/components/time-text';
import { date, useLanguage } from '../../src/i18n/index';

const time = (hhmm: string) => ({ kind: 'time', hhmm });
const invalid = { kind: 'invalid' };

describe('formatTimeText', () => {
  it('shows half past two in the afternoon as each country writes it', () => {
    for (const locale of ['it-IT', 'ro-RO', 'fr-FR', 'da-DK', 'de-DE', 'en-GB'])
      expect(formatTimeText('14:30', locale)).toBe('14:30');
    expect(formatTimeText('14:30', 'en-US')).toBe('2:30 PM');
    expect(formatTimeText('00:05', 'en-US')).toBe('12:05 AM');
    expect(formatTimeText('12:00', 'en-US')).toBe('12:00 PM');
    expect(formatTimeText('08:00', 'it-IT')).toBe('08:00');
  });

  it('shows nothing for no time', () => {
    expect(formatTimeText('', 'ro-RO')).toBe('');
  });

  it('knows which locales use a 12-hour clock', () => {
    expect(usesTwelveHours('en-US')).toBe(true);
    expect(usesTwelveHours('en-GB')).toBe(false);
    expect(usesTwelveHours('it-IT')).toBe(false);
    expect(usesTwelveHours('ro-RO')).toBe(false);
  });
});

describe('parseTimeText', () => {
  it('reads the ways people type a time', () => {
    expect(parseTimeText('14:30', 'it-IT')).toEqual(time('14:30'));
    expect(parseTimeText(' 9.05 ', 'ro-RO')).toEqual(time('09:05'));
    expect(parseTimeText('14h30', 'fr-FR')).toEqual(time('14:30'));
    expect(parseTimeText('1430', 'de-DE')).toEqual(time('14:30'));
    expect(parseTimeText('930', 'da-DK')).toEqual(time('09:30'));
    expect(parseTimeText('8', 'it-IT')).toEqual(time('08:00'));
    expect(parseTimeText('0:00', 'it-IT')).toEqual(time('00:00'));
    expect(parseTimeText('23:59', 'ro-RO')).toEqual(time('23:59'));
  });

  it('reads AM and PM, also where the locale does not write them', () => {
    expect(parseTimeText('2:30 PM', 'en-US')).toEqual(time('14:30'));
    expect(parseTimeText('2:30pm', 'en-US')).toEqual(time('14:30'));
    expect(parseTimeText('12:15 am', 'en-US')).toEqual(time('00:15'));
    expect(parseTimeText('12 pm', 'en-US')).toEqual(time('12:00'));
    expect(parseTimeText('9 am', 'it-IT')).toEqual(time('09:00'));
    expect(parseTimeText('14:30', 'en-US')).toEqual(time('14:30'));
  });

  it('refuses what is no time', () => {
    expect(parseTimeText('24:00', 'it-IT')).toEqual(invalid);
    expect(parseTimeText('14:60', 'it-IT')).toEqual(invalid);
    expect(parseTimeText('13 pm', 'en-US')).toEqual(invalid);
    expect(parseTimeText('0 am', 'en-US')).toEqual(invalid);
    expect(parseTimeText('ore 9', 'it-IT')).toEqual(invalid);
    expect(parseTimeText('9:5', 'it-IT')).toEqual(invalid);
    expect(parseTimeText('12345', 'it-IT')).toEqual(invalid);
  });

  it('reads an empty field as no time', () => {
    expect(parseTimeText('  ', 'it-IT')).toEqual({ kind: 'empty' });
  });
});

describe('stepTime', () => {
  it('moves by the step, landing on it first, round midnight', () => {
    expect(stepTime('09:00', 15, true)).toBe('09:15');
    expect(stepTime('09:07', 15, true)).toBe('09:15');
    expect(stepTime('09:07', 15, false)).toBe('09:00');
    expect(stepTime('09:00', 15, false)).toBe('08:45');
    expect(stepTime('23:50', 15, true)).toBe('00:00');
    expect(stepTime('00:00', 15, false)).toBe('23:45');
    expect(stepTime('', 15, true)).toBe('09:00');
  });
});

describe('dateTimeText', () => {
  it('writes a moment with the time as the contact log does: 12:19 in Danish too, not 12.19', async () => {
    const moment = new Date(2026, 11, 5, 12, 19);
    await useLanguage('da', 'DK');
    expect(dateTimeText(moment, 'da-DK', date)).toBe('05.12.2026, 12:19');
    await useLanguage('de', 'DE');
    expect(dateTimeText(moment, 'de-DE', date)).toBe('05.12.2026, 12:19');
    await useLanguage('en', 'US');
    expect(dateTimeText(moment, 'en-US', date).replace(/\s/g, ' ')).toBe('12/05/2026, 12:19 PM');
    await useLanguage('en', 'GB');
  });
});
