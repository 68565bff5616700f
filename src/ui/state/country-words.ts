// Countries are stored as ISO 3166-1 codes ('IT') and shown by name in the interface language
// ("Italia", "Italie", "Italien"), from the browser's own names (Intl.DisplayNames), sorted as that
// language sorts. A picked or typed name is read back to its code by `toCodes` (choice-words.ts).
import { LANGUAGES } from '../../domain/types';
import { choiceWords, type ChoiceWords } from './choice-words';

// The officially assigned ISO 3166-1 alpha-2 codes, plus XK (Kosovo, used by the EU and by banks).
// A fixed list, not every code the browser can name: ICU also names old codes (BU, YU) and groups
// (EU, UN), which would show twice or are no country.
const ISO_COUNTRIES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV ' +
  'BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ' +
  'ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE ' +
  'IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY ' +
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU ' +
  'NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM ' +
  'SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE ' +
  'VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

/**
 * Every country by name in the interface locale, sorted by name; an unknown code shows as itself.
 * The countries in `first` (those the book uses) come before the rest, so a filter or a picker opens
 * on Italia, Francia, Romania rather than on Afghanistan.
 */
export function countryWords(locale: string, first: readonly string[] = []): ChoiceWords {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const name = (code: string): string => names.of(code) ?? code;
  const collator = new Intl.Collator(locale);
  const byName = (a: string, b: string) => collator.compare(name(a), name(b));
  const used = new Set(first.filter((c) => ISO_COUNTRIES.includes(c)));
  const codes = [...[...used].sort(byName), ...ISO_COUNTRIES.filter((c) => !used.has(c)).sort(byName)];
  return choiceWords(codes, name);
}

/**
 * The app's languages by name in the interface language ("Italiano", "Română", "Rumeno" in an Italian
 * screen), capitalised as a list item, in the app's own order; an edit typed or picked as a name goes
 * back to its code through `toCodes`.
 */
export function languageWords(locale: string): ChoiceWords {
  return choiceWords(LANGUAGES, (code) => {
    const name = languageInText(locale, code);
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  });
}

/** A language's name as a sentence of that locale writes it: "Italian" in English, "italiano" in Italian. */
export function languageInText(locale: string, code: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}
