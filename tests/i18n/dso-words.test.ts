import { afterEach, describe, expect, it } from 'vitest';
import { t, useLanguage } from '../../src/i18n';

afterEach(async () => {
  await useLanguage('en', 'GB');
});

describe('the countback DSO in the trade’s own words', () => {
  it('names the method in each language on the Dashboard and in Reports, keeping DSO', async () => {
    const expected = {
      it: ['DSO (metodo a ritroso)', 'A ritroso (giorni)'],
      fr: ['DSO (méthode par épuisement)', 'Par épuisement (jours)'],
      ro: ['DSO (metoda retroactivă)', 'Metoda retroactivă (zile)'],
      da: ['DSO (tilbageregning)', 'Tilbageregning (dage)'],
      de: ['DSO (Rückrechnung)', 'Rückrechnung (Tage)'],
      en: ['DSO (countback)', 'Countback (days)'],
    } as const;
    for (const [language, [kpi, series]] of Object.entries(expected)) {
      await useLanguage(language as keyof typeof expected);
      expect(t('dashboard.kpi.dso')).toBe(kpi);
      expect(t('reports.metrics.countback')).toBe(kpi);
      expect(t('dashboard.dso.countback')).toBe(series);
      if (language !== 'en') expect(t('reports.metrics.explanation')).not.toMatch(/countback/i);
    }
  });
});
