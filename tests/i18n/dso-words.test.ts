import { afterEach, describe, expect, it } from 'vitest';
import { t, useLanguage } from '../../src/i18n';

afterEach(async () => {
  await useLanguage('en', 'GB');
});

describe('the countback DSO in the trade’s own words', () => {
  it('names the method in each language on the Dashboard and in Reports, keeping DSO', async () => {
    // KPI tile, Reports column, chart series: the tile is short enough to stay on one line.
    const expected = {
      it: ['DSO (metodo a ritroso)', 'DSO (metodo a ritroso)', 'A ritroso (giorni)'],
      fr: ['DSO (méthode par épuisement)', 'DSO (méthode par épuisement)', 'Par épuisement (jours)'],
      ro: ['DSO (retroactiv)', 'DSO (metoda retroactivă)', 'Metoda retroactivă (zile)'],
      da: ['DSO (tilbageregning)', 'DSO (tilbageregning)', 'Tilbageregning (dage)'],
      de: ['DSO (Rückrechnung)', 'DSO (Rückrechnung)', 'Rückrechnung (Tage)'],
      en: ['DSO (countback)', 'DSO (countback)', 'Countback (days)'],
    } as const;
    for (const [language, [kpi, column, series]] of Object.entries(expected)) {
      await useLanguage(language as keyof typeof expected);
      expect(t('dashboard.kpi.dso')).toBe(kpi);
      expect(t('reports.metrics.countback')).toBe(column);
      expect(t('dashboard.dso.countback')).toBe(series);
      if (language !== 'en') expect(t('reports.metrics.explanation')).not.toMatch(/countback/i);
    }
  });
});
