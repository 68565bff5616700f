// Words for an invoice's status and its aging bucket.
import type { LanguageTexts } from './types';
import { roDe } from '../ro-count';

export type InvoiceStatusCode = 'open' | 'overdue' | 'paid' | 'disputed' | 'written-off';

export type LedgerLabel =
  | { code: `status.${InvoiceStatusCode}` }
  /** An aging bucket by days past due: from..to inclusive; to null is open-ended; to 0 is "not yet due". */
  | { code: 'bucket.current' }
  | { code: 'bucket.range'; params: { from: number; to: number } }
  | { code: 'bucket.over'; params: { from: number } };

export const ledgerTexts: LanguageTexts<LedgerLabel> = {
  en: {
    'status.open': () => 'Open',
    'status.overdue': () => 'Overdue',
    'status.paid': () => 'Paid',
    'status.disputed': () => 'Disputed',
    'status.written-off': () => 'Written off',
    'bucket.current': () => 'Not yet due',
    'bucket.range': (p) => `${p.from}–${p.to} days`,
    'bucket.over': (p) => `Over ${p.from - 1} days`,
  },
  it: {
    'status.open': () => 'Aperta',
    'status.overdue': () => 'Scaduta',
    'status.paid': () => 'Pagata',
    'status.disputed': () => 'Contestata',
    'status.written-off': () => 'Stralciata',
    'bucket.current': () => 'Non scaduta',
    'bucket.range': (p) => `${p.from}–${p.to} giorni`,
    'bucket.over': (p) => `Oltre ${p.from - 1} giorni`,
  },
  fr: {
    'status.open': () => 'Ouverte',
    'status.overdue': () => 'En retard',
    'status.paid': () => 'Payée',
    'status.disputed': () => 'Contestée',
    'status.written-off': () => 'Passée en perte',
    'bucket.current': () => 'Non échue',
    'bucket.range': (p) => `${p.from}–${p.to} jours`,
    'bucket.over': (p) => `Plus de ${p.from - 1} jours`,
  },
  ro: {
    'status.open': () => 'Deschisă',
    'status.overdue': () => 'Restantă',
    'status.paid': () => 'Plătită',
    'status.disputed': () => 'Contestată',
    'status.written-off': () => 'Scoasă din evidență',
    'bucket.current': () => 'În termen',
    'bucket.range': (p) => `${p.from}–${p.to} ${roDe(p.to)}zile`,
    'bucket.over': (p) => `Peste ${p.from - 1} ${roDe(p.from - 1)}zile`,
  },
  da: {
    'status.open': () => 'Åben',
    'status.overdue': () => 'Forfalden',
    'status.paid': () => 'Betalt',
    'status.disputed': () => 'Omtvistet',
    'status.written-off': () => 'Afskrevet',
    'bucket.current': () => 'Ikke forfalden',
    'bucket.range': (p) => `${p.from}–${p.to} dage`,
    'bucket.over': (p) => `Over ${p.from - 1} dage`,
  },
  de: {
    'status.open': () => 'Offen',
    'status.overdue': () => 'Überfällig',
    'status.paid': () => 'Bezahlt',
    'status.disputed': () => 'Bestritten',
    'status.written-off': () => 'Abgeschrieben',
    'bucket.current': () => 'Nicht fällig',
    'bucket.range': (p) => `${p.from}–${p.to} Tage`,
    'bucket.over': (p) => `Über ${p.from - 1} Tage`,
  },
};
