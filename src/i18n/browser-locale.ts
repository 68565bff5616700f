// A first visit in the user's language: the interface language, the company's country and its currency
// guessed from the browser's preferred languages (navigator.languages), before anything is stored.
import { LANGUAGES, type Language } from '../domain/types';

/** The countries the company profile offers (Settings), each with the currency it keeps its books in. */
export const COUNTRY_CURRENCY: Readonly<Record<string, string>> = {
  IT: 'EUR',
  FR: 'EUR',
  RO: 'RON',
  DK: 'DKK',
  DE: 'EUR',
  GB: 'GBP',
  US: 'USD',
  AT: 'EUR',
  BE: 'EUR',
  ES: 'EUR',
  NL: 'EUR',
  PT: 'EUR',
  IE: 'EUR',
  CH: 'CHF',
};

export interface BrowserDefaults {
  language: Language;
  /** null: no region the profile offers is named; the profile's own default stands. */
  country: string | null;
  currency: string | null;
}

function parts(tag: string): { language: string; region: string | null } {
  const [language = '', ...rest] = tag.trim().replace(/_/g, '-').split('-');
  const region = rest.find((p) => /^[a-z]{2}$/i.test(p));
  return { language: language.toLowerCase(), region: region ? region.toUpperCase() : null };
}

/**
 * ['it-IT', 'en'] → Italian, IT, EUR; ['en-US'] → English, US, USD; ['pt-BR', 'de'] → German, no
 * country. The language is the first preferred one the interface has; the country is that entry's
 * region, else the first offered region of any entry (a "UK" tag counts as GB).
 */
export function browserDefaults(languages: readonly string[]): BrowserDefaults {
  const tags = languages.map(parts);
  const first = tags.find((t) => (LANGUAGES as readonly string[]).includes(t.language));
  const language = (first?.language ?? 'en') as Language;
  const offered = (r: string | null) => (r === 'UK' ? 'GB' : r) ?? '';
  const region = [first, ...tags].map((t) => offered(t?.region ?? null)).find((r) => r in COUNTRY_CURRENCY);
  return region
    ? { language, country: region, currency: COUNTRY_CURRENCY[region]! }
    : { language, country: null, currency: null };
}
