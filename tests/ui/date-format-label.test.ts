import { afterEach, describe, expect, it } from 'vitest';
import { dateFormatLabel, datePattern, otherDayMonthOrder } from '../../src/ui/import/date-format-label';
import { currentLocale, t, useLanguage } from '../../src/i18n';

afterEach(async () => {
  await useLanguage('en', 'GB');
});

const label = (format: string) => dateFormatLabel(format, t('import.dateLetters'), currentLocale());

describe('an import date format as the reader’s language writes it', () => {
  it('shows an example date and Italian letters', async () => {
    await useLanguage('it', 'IT');
    expect(label('dd/mm/yyyy')).toBe('31/12/2026 (gg/mm/aaaa)');
    expect(label('mm/dd/yyyy')).toBe('12/31/2026 (mm/gg/aaaa)');
    expect(label('yyyy-mm-dd')).toBe('2026-12-31 (aaaa-mm-gg)');
    expect(label('dd.mm.yy')).toBe('31.12.26 (gg.mm.aa)');
    expect(label('d-mmm-yyyy')).toBe('31-dic-2026 (g-mmm-aaaa)');
  });

  it('uses Romanian, French, German and Danish letters, keeping the format’s separators', async () => {
    const expected = {
      ro: '31/12/2026 (zz/ll/aaaa)',
      fr: '31/12/2026 (jj/mm/aaaa)',
      de: '31/12/2026 (TT/MM/JJJJ)',
      da: '31/12/2026 (dd/mm/åååå)',
      en: '31/12/2026 (dd/mm/yyyy)',
    } as const;
    for (const [language, text] of Object.entries(expected)) {
      await useLanguage(language as keyof typeof expected);
      expect(label('dd/mm/yyyy')).toBe(text);
    }
    await useLanguage('de', 'DE');
    expect(label('dd.mm.yyyy')).toBe('31.12.2026 (TT.MM.JJJJ)');
  });
});

describe('the empty date cell’s pattern, in the order dates are typed', () => {
  it('follows the locale’s short date in the language’s letters', async () => {
    const cases: [Parameters<typeof useLanguage>[0], string, string][] = [
      ['en', 'US', 'MM/DD/YYYY'],
      ['en', 'GB', 'DD/MM/YYYY'],
      ['it', 'IT', 'GG/MM/AAAA'],
      ['fr', 'FR', 'JJ/MM/AAAA'],
      ['ro', 'RO', 'ZZ.LL.AAAA'],
      ['de', 'DE', 'TT.MM.JJJJ'],
      ['da', 'DK', 'DD.MM.ÅÅÅÅ'],
    ];
    for (const [language, country, pattern] of cases) {
      await useLanguage(language, country);
      expect(datePattern(t('import.dateLetters'), currentLocale())).toBe(pattern);
    }
  });
});

describe('the date format list offers the file’s own format the other way round', () => {
  it('eight digits and separated dates swap day and month; year first and month names do not', async () => {
    expect(otherDayMonthOrder('ddmmyyyy')).toBe('mmddyyyy');
    expect(otherDayMonthOrder('mmddyyyy')).toBe('ddmmyyyy');
    expect(otherDayMonthOrder('dd/mm/yy')).toBe('mm/dd/yy');
    expect(otherDayMonthOrder('yyyymmdd')).toBeNull();
    expect(otherDayMonthOrder('dd-mmm-yyyy')).toBeNull();
    await useLanguage('it', 'IT');
    expect(label('ddmmyyyy')).toBe('31122026 (ggmmaaaa)');
  });
});
