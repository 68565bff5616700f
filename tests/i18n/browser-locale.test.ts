import { describe, expect, it } from 'vitest';
import { browserDefaults } from '../../src/i18n/browser-locale';

describe('first-visit defaults from the browser languages', () => {
  it.each([
    [['it-IT', 'en'], 'it', 'IT', 'EUR'],
    [['ro-RO'], 'ro', 'RO', 'RON'],
    [['en-GB'], 'en', 'GB', 'GBP'],
    [['en-US', 'en'], 'en', 'US', 'USD'],
    [['de-DE'], 'de', 'DE', 'EUR'],
    [['fr-FR'], 'fr', 'FR', 'EUR'],
    [['da-DK'], 'da', 'DK', 'DKK'],
    [['de-AT'], 'de', 'AT', 'EUR'],
    [['en-UK'], 'en', 'GB', 'GBP'],
  ])('%j → %s, %s, %s', (languages, language, country, currency) => {
    expect(browserDefaults(languages)).toEqual({ language, country, currency });
  });

  it('takes the first language the interface has, and a region from any entry', () => {
    expect(browserDefaults(['pt-BR', 'it'])).toEqual({ language: 'it', country: null, currency: null });
    expect(browserDefaults(['es-ES', 'fr-FR'])).toEqual({ language: 'fr', country: 'FR', currency: 'EUR' });
    expect(browserDefaults(['it', 'en-US'])).toEqual({ language: 'it', country: 'US', currency: 'USD' });
  });

  it('falls back to English and no country when nothing matches', () => {
    expect(browserDefaults([])).toEqual({ language: 'en', country: null, currency: null });
    expect(browserDefaults(['ja-JP'])).toEqual({ language: 'en', country: null, currency: null });
  });
});
