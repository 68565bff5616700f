// Words for the governing law of an invoice and why it applies (rules.md "Which law applies").
import type { GoverningLawLabel, GoverningReason } from '../../domain/governing';
import type { Language } from '../../domain/types';
import { JURISDICTION_NAMES } from './interest';
import type { LanguageTexts } from './types';

export type { GoverningLawLabel };

const WHY: Record<Language, Record<GoverningReason, string>> = {
  en: {
    contract: 'agreed in the contract',
    'seller-default': 'the seller’s law, no other law agreed (Rome I art. 4)',
    'consumer-country': 'the consumer’s own law (Rome I art. 6)',
  },
  it: {
    contract: 'scelta nel contratto',
    'seller-default': 'legge del venditore, in mancanza di scelta (Roma I art. 4)',
    'consumer-country': 'legge del paese del consumatore (Roma I art. 6)',
  },
  fr: {
    contract: 'choisie au contrat',
    'seller-default': 'loi du vendeur, faute de choix (Rome I art. 4)',
    'consumer-country': 'loi du pays du consommateur (Rome I art. 6)',
  },
  ro: {
    contract: 'aleasă prin contract',
    'seller-default': 'legea vânzătorului, în lipsa unei alegeri (Roma I art. 4)',
    'consumer-country': 'legea țării consumatorului (Roma I art. 6)',
  },
  da: {
    contract: 'aftalt i kontrakten',
    'seller-default': 'sælgers lov, da ingen anden er aftalt (Rom-konventionen art. 4)',
    'consumer-country': 'forbrugerens egen lov (Rom I art. 6)',
  },
  de: {
    contract: 'im Vertrag vereinbart',
    'seller-default': 'Recht des Verkäufers, mangels Rechtswahl (Rom I Art. 4)',
    'consumer-country': 'Recht des Verbraucherstaats (Rom I Art. 6)',
  },
};

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const lawTexts: LanguageTexts<GoverningLawLabel> = {
  en: { 'law.governing': (p) => `${cap(JURISDICTION_NAMES.en[p.jurisdiction])}: ${WHY.en[p.reason]}` },
  it: { 'law.governing': (p) => `${cap(JURISDICTION_NAMES.it[p.jurisdiction])}: ${WHY.it[p.reason]}` },
  fr: { 'law.governing': (p) => `${cap(JURISDICTION_NAMES.fr[p.jurisdiction])} : ${WHY.fr[p.reason]}` },
  ro: { 'law.governing': (p) => `${cap(JURISDICTION_NAMES.ro[p.jurisdiction])}: ${WHY.ro[p.reason]}` },
  da: { 'law.governing': (p) => `${cap(JURISDICTION_NAMES.da[p.jurisdiction])}: ${WHY.da[p.reason]}` },
  de: { 'law.governing': (p) => `${cap(JURISDICTION_NAMES.de[p.jurisdiction])}: ${WHY.de[p.reason]}` },
};
