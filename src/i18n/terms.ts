// Payment terms in words, the way each language writes them ("2/10 net 30", "30 giorni fine mese"): the
// words live here, not in the domain; the domain's `parseTerms` reads every output back.
import { termsReading } from '../domain/terms';
import type { DiscountTier, Language, PaymentTerms } from '../domain/types';
import { roDays } from './ro-count';

interface TermsWords {
  receipt: string;
  net: (days: number) => string;
  /** Month end + N days (and 0 days in either reading). */
  eom: (days: number) => string;
  /** Invoice + N days, then to the end of that month (N > 0). */
  eomAfter: (days: number) => string;
  fixed: string;
  tiers: (tiers: DiscountTier[]) => string;
}

const percentText = (p: number, comma = true): string => (comma ? String(p).replace('.', ',') : String(p));

const WORDS: Record<Language, TermsWords> = {
  en: {
    receipt: 'due on receipt',
    net: (d) => `net ${d}`,
    eom: (d) => (d === 0 ? 'end of month' : `${d} days end of month`),
    eomAfter: (d) => `${d} days from invoice date, end of month`,
    fixed: 'fixed due date',
    tiers: (ts) => ts.map((t) => `${percentText(t.percent, false)}/${t.days}`).join(', ') + ' ',
  },
  it: {
    receipt: 'rimessa diretta',
    net: (d) => `${d} giorni data fattura`,
    eom: (d) => (d === 0 ? 'fine mese' : `fine mese + ${d} giorni`),
    eomAfter: (d) => `${d} giorni fine mese`,
    fixed: 'scadenza fissa',
    tiers: (ts) => ts.map((t) => `sconto ${percentText(t.percent)}% entro ${t.days} giorni, `).join(''),
  },
  fr: {
    receipt: 'à réception',
    net: (d) => `${d} jours`,
    eom: (d) => (d === 0 ? 'fin de mois' : `${d} jours fin de mois`),
    eomAfter: (d) => `${d} jours date de facture fin de mois`,
    fixed: 'échéance fixe',
    tiers: (ts) => ts.map((t) => `escompte ${percentText(t.percent)} % sous ${t.days} jours, `).join(''),
  },
  de: {
    receipt: 'sofort ohne Abzug',
    net: (d) => `${d} Tage netto`,
    eom: (d) => (d === 0 ? 'Monatsende' : `${d} Tage nach Monatsende`),
    eomAfter: (d) => `${d} Tage ab Rechnungsdatum, Monatsende`,
    fixed: 'festes Fälligkeitsdatum',
    tiers: (ts) => ts.map((t) => `${percentText(t.percent)} % Skonto innerhalb ${t.days} Tagen, `).join(''),
  },
  da: {
    receipt: 'netto kontant',
    net: (d) => `netto ${d} dage`,
    eom: (d) => (d === 0 ? 'løbende måned' : `løbende måned + ${d} dage`),
    eomAfter: (d) => `${d} dage fra fakturadato, løbende måned`,
    fixed: 'fast forfaldsdato',
    tiers: (ts) => ts.map((t) => `${percentText(t.percent)} % kontantrabat inden ${t.days} dage, `).join(''),
  },
  ro: {
    receipt: 'la vedere',
    net: (d) => roDays(d),
    eom: (d) => (d === 0 ? 'sfârșitul lunii' : `${roDays(d)} de la sfârșitul lunii`),
    eomAfter: (d) => `${roDays(d)} de la data facturii, sfârșitul lunii`,
    fixed: 'scadență fixă',
    tiers: (ts) => ts.map((t) => `scont ${percentText(t.percent)}% în ${roDays(t.days)}, `).join(''),
  },
};

/**
 * Writes terms the way the language usually does ("2/10 net 30", "30 giorni fine mese",
 * "3 % Skonto innerhalb 8 Tagen, 30 Tage netto"). `parseTerms` reads every output back.
 */
export function formatTerms(terms: PaymentTerms, language: Language = 'en'): string {
  const w = WORDS[language];
  if (terms.type === 'fixed') return w.fixed;
  const after =
    terms.type === 'eom' && terms.days > 0 && termsReading(terms, language) === 'days-then-month-end';
  const base =
    terms.type === 'eom'
      ? after
        ? w.eomAfter(terms.days)
        : w.eom(terms.days)
      : terms.days === 0
        ? w.receipt
        : w.net(terms.days);
  const tiers = terms.discounts ?? [];
  return tiers.length === 0 ? base : w.tiers([...tiers].sort((a, b) => a.days - b.days)) + base;
}
