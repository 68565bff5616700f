// A customer's country as an export writes it: an ISO code ("IT", "ITA"), or a name in one of the
// interface's languages or English ("Italia", "Danmark", "Denmark", "Allemagne", "Regno Unito"), or
// the prefix of an EU VAT number ("IT01234567890"). Taking the cell's first two letters read "Denmark"
// as DE, Germany (its law, its letters in German), and "Germany" as GE.

const LANGUAGES = ['en', 'it', 'fr', 'ro', 'da', 'de'] as const;

/** Names that Intl's own do not give, by their normalized form. */
const EXTRA: Record<string, string> = {
  uk: 'GB',
  'u k': 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'gran bretagna': 'GB',
  inghilterra: 'GB',
  angleterre: 'GB',
  'marea britanie': 'GB',
  anglia: 'GB',
  storbritannien: 'GB',
  grossbritannien: 'GB',
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  america: 'US',
  'united states of america': 'US',
  'stati uniti d america': 'US',
  'etats unis d amerique': 'US',
  holland: 'NL',
  olanda: 'NL',
  hollande: 'NL',
};

/** ISO 3166 alpha-3 codes of the countries a small business here most often bills. */
const ALPHA3: Record<string, string> = {
  ITA: 'IT',
  FRA: 'FR',
  ROU: 'RO',
  DNK: 'DK',
  DEU: 'DE',
  GBR: 'GB',
  USA: 'US',
  AUT: 'AT',
  BEL: 'BE',
  BGR: 'BG',
  CHE: 'CH',
  CYP: 'CY',
  CZE: 'CZ',
  ESP: 'ES',
  EST: 'EE',
  FIN: 'FI',
  GRC: 'GR',
  HRV: 'HR',
  HUN: 'HU',
  IRL: 'IE',
  LTU: 'LT',
  LUX: 'LU',
  LVA: 'LV',
  MLT: 'MT',
  NLD: 'NL',
  NOR: 'NO',
  POL: 'PL',
  PRT: 'PT',
  SWE: 'SE',
  SVN: 'SI',
  SVK: 'SK',
  CAN: 'CA',
  MDA: 'MD',
};

/** The prefixes of EU VAT numbers (EL is Greece, XI Northern Ireland), and Switzerland's CHE. */
const VAT_PREFIX: Record<string, string> = {
  AT: 'AT',
  BE: 'BE',
  BG: 'BG',
  CY: 'CY',
  CZ: 'CZ',
  DE: 'DE',
  DK: 'DK',
  EE: 'EE',
  EL: 'GR',
  ES: 'ES',
  FI: 'FI',
  FR: 'FR',
  HR: 'HR',
  HU: 'HU',
  IE: 'IE',
  IT: 'IT',
  LT: 'LT',
  LU: 'LU',
  LV: 'LV',
  MT: 'MT',
  NL: 'NL',
  PL: 'PL',
  PT: 'PT',
  RO: 'RO',
  SE: 'SE',
  SI: 'SI',
  SK: 'SK',
  XI: 'GB',
  GB: 'GB',
};

/**
 * Codes that are not a country of today, though Intl may name them: private use (AA, QM–QZ, X?, ZZ),
 * groupings (EU, EZ, UN) and retired ones (DD East Germany, named "Germany" by some locales; YU, CS, SU…).
 */
const RETIRED = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN|DD|YU|CS|SU|ZR|TP|BU|NT|FX|AN|YD|VD|DY|HV|NH|RH|UK)$/;

const normalize = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

let names: Map<string, string> | null = null;

/** Every region's name in the six languages and English, normalized, to its code (made once). */
function byName(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(EXTRA));
  let displays: Intl.DisplayNames[] = [];
  try {
    displays = LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
  } catch {
    return names;
  }
  const A = 65;
  for (let a = 0; a < 26; a++)
    for (let b = 0; b < 26; b++) {
      const code = String.fromCharCode(A + a, A + b);
      if (RETIRED.test(code)) continue;
      for (const d of displays) {
        let name: string | undefined;
        try {
          name = d.of(code);
        } catch {
          name = undefined;
        }
        if (name && name !== code) {
          const key = normalize(name);
          if (!names.has(key)) names.set(key, code);
        }
      }
    }
  return names;
}

/** The ISO code of a country cell, or null when it names none this knows. */
export function countryCode(cell: string): string | null {
  const text = cell.trim();
  if (text === '') return null;
  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) return upper === 'UK' ? 'GB' : upper === 'EL' ? 'GR' : upper;
  if (/^[A-Z]{3}$/.test(upper) && ALPHA3[upper]) return ALPHA3[upper];
  return byName().get(normalize(text)) ?? null;
}

/** The country of an EU VAT number (or a Swiss CHE number) by its prefix, or null. */
export function vatCountry(taxId: string): string | null {
  const t = taxId.replace(/[\s.-]+/g, '').toUpperCase();
  if (/^CHE\d/.test(t)) return 'CH';
  const m = /^([A-Z]{2})[0-9A-Z]/.exec(t);
  return m ? (VAT_PREFIX[m[1]!] ?? null) : null;
}
