// Words for the aging report's extra headings and the statement of account's own entries.
import type { StatementLine } from '../../domain/statement';
import type { LanguageTexts } from './types';
import { roDe } from '../ro-count';

export type AccountLabel =
  /** First bucket of custom bounds below zero: "up to −5 days". */
  | { code: 'bucket.up-to'; params: { to: number } }
  | { code: 'bucket.all' }
  /** A payment (or its part) not allocated to any invoice. */
  | { code: 'statement.on-account' }
  /** The kind of a statement line: invoice, payment, discount, credit note, write-off, fee. */
  | { code: 'statement.entry'; params: { kind: StatementLine['kind'] } };

type Kinds = Record<StatementLine['kind'], string>;
const KINDS: Record<'en' | 'it' | 'fr' | 'ro' | 'da' | 'de', Kinds> = {
  en: {
    invoice: 'Invoice',
    payment: 'Payment',
    discount: 'Discount',
    'credit-note': 'Credit note',
    'write-off': 'Write-off',
    fee: 'Fee',
  },
  it: {
    invoice: 'Fattura',
    payment: 'Pagamento',
    discount: 'Sconto',
    'credit-note': 'Nota di credito',
    'write-off': 'Stralcio',
    fee: 'Spese',
  },
  fr: {
    invoice: 'Facture',
    payment: 'Paiement',
    discount: 'Escompte',
    'credit-note': 'Avoir',
    'write-off': 'Passage en perte',
    fee: 'Frais',
  },
  ro: {
    invoice: 'Factură',
    payment: 'Plată',
    discount: 'Scont',
    'credit-note': 'Notă de credit',
    'write-off': 'Scoatere din evidență',
    fee: 'Taxă',
  },
  da: {
    invoice: 'Faktura',
    payment: 'Betaling',
    discount: 'Kontantrabat',
    'credit-note': 'Kreditnota',
    'write-off': 'Afskrivning',
    fee: 'Gebyr',
  },
  de: {
    invoice: 'Rechnung',
    payment: 'Zahlung',
    discount: 'Skonto',
    'credit-note': 'Gutschrift',
    'write-off': 'Abschreibung',
    fee: 'Gebühr',
  },
};

export const accountTexts: LanguageTexts<AccountLabel> = {
  en: {
    'bucket.up-to': (p) => `Up to ${p.to} days`,
    'bucket.all': () => 'All',
    'statement.on-account': () => 'On account',
    'statement.entry': (p) => KINDS.en[p.kind],
  },
  it: {
    'bucket.up-to': (p) => `Fino a ${p.to} giorni`,
    'bucket.all': () => 'Tutte',
    'statement.on-account': () => 'Acconto non imputato',
    'statement.entry': (p) => KINDS.it[p.kind],
  },
  fr: {
    'bucket.up-to': (p) => `Jusqu’à ${p.to} jours`,
    'bucket.all': () => 'Toutes',
    'statement.on-account': () => 'Acompte non affecté',
    'statement.entry': (p) => KINDS.fr[p.kind],
  },
  ro: {
    'bucket.up-to': (p) => `Până la ${p.to} ${roDe(p.to)}zile`,
    'bucket.all': () => 'Toate',
    'statement.on-account': () => 'Plată în avans nealocată',
    'statement.entry': (p) => KINDS.ro[p.kind],
  },
  da: {
    'bucket.up-to': (p) => `Op til ${p.to} dage`,
    'bucket.all': () => 'Alle',
    'statement.on-account': () => 'Acontobetaling',
    'statement.entry': (p) => KINDS.da[p.kind],
  },
  de: {
    'bucket.up-to': (p) => `Bis ${p.to} Tage`,
    'bucket.all': () => 'Alle',
    'statement.on-account': () => 'Akontozahlung',
    'statement.entry': (p) => KINDS.de[p.kind],
  },
};
