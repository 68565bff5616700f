// Which BCP 47 locale formats numbers, money and dates for a language in a country.
import type { Language } from '../domain/types';

export const DEFAULT_LOCALE: Record<Language, string> = {
  en: 'en-GB',
  it: 'it-IT',
  fr: 'fr-FR',
  ro: 'ro-RO',
  da: 'da-DK',
  de: 'de-DE',
};

// Languages spoken natively in a country: only these pairs make a locale of their own. "English in
// Italy" (en-IT) has patchy locale data — money grouped one way, plain numbers the other — so a
// language outside its countries takes its usual locale instead.
const NATIVE: Record<string, Language[]> = {
  IT: ['it', 'de', 'fr'],
  FR: ['fr'],
  RO: ['ro'],
  DK: ['da'],
  DE: ['de'],
  AT: ['de'],
  CH: ['de', 'fr', 'it'],
  BE: ['fr', 'de'],
  LU: ['fr', 'de'],
  GB: ['en'],
  IE: ['en'],
  US: ['en'],
  CA: ['en', 'fr'],
  AU: ['en'],
};

/** A BCP 47 locale from a language and an ISO country: ('it', 'IT') → 'it-IT'; ('en', 'US') → 'en-US'; ('en', 'IT') → 'en-GB'. */
export function localeFor(language: Language, country: string): string {
  const region = country === 'UK' ? 'GB' : country.toUpperCase();
  return NATIVE[region]?.includes(language) ? `${language}-${region}` : DEFAULT_LOCALE[language];
}
