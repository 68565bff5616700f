// Words for warnings on payment terms: statutory caps (rules.md §2) and terms that contradict themselves.
import type { TermsWarning } from '../../domain/terms';
import type { DueDateRule } from '../../domain/eom';
import type { LanguageTexts } from './types';
import { roDays, roDe } from '../ro-count';

export type TermsReason = TermsWarning | DueDateRule;

export const termsTexts: LanguageTexts<TermsReason> = {
  en: {
    'due.net': (p) => `${p.days} days from the invoice date`,
    'due.month-end-plus-days': (p) => `end of the invoice month + ${p.days} days`,
    'due.days-then-month-end': (p) => `invoice date + ${p.days} days, then to the end of that month`,
    'due.fixed': () => 'the invoice’s own due date',
    'terms.b2b-over-60': (p) =>
      `Business terms over ${p.cap} days (here up to ${p.days}) must be expressly agreed and not grossly unfair.`,
    'terms.public-over-30': (p) =>
      `Public authorities must pay within ${p.cap} days; these terms allow ${p.days}.`,
    'terms.fr-net-over-60': (p) =>
      `French law caps terms at ${p.cap} days from the invoice; these terms give ${p.days}.`,
    'terms.fr-eom-over-45': (p) =>
      `French law caps end-of-month terms at ${p.cap} days; these terms give ${p.days}.`,
    'terms.discount-after-due': (p) =>
      `The discount period (${p.discountDays} days) ends after the due date (${p.netDays} days).`,
    'terms.discount-percent-invalid': () => 'A discount must be between 0 and 100 %.',
    'terms.days-invalid': () => 'The number of days must be a whole number of 0 or more.',
  },
  it: {
    'due.net': (p) => `${p.days} giorni data fattura`,
    'due.month-end-plus-days': (p) => `fine mese della fattura + ${p.days} giorni`,
    'due.days-then-month-end': (p) => `data fattura + ${p.days} giorni, poi fine mese (d.f.f.m.)`,
    'due.fixed': () => 'scadenza indicata in fattura',
    'terms.b2b-over-60': (p) =>
      `Termini tra imprese oltre ${p.cap} giorni (qui fino a ${p.days}) vanno pattuiti espressamente e non devono essere gravemente iniqui.`,
    'terms.public-over-30': (p) =>
      `La pubblica amministrazione deve pagare entro ${p.cap} giorni; questi termini ne concedono ${p.days}.`,
    'terms.fr-net-over-60': (p) =>
      `La legge francese limita i termini a ${p.cap} giorni data fattura; questi termini ne danno ${p.days}.`,
    'terms.fr-eom-over-45': (p) =>
      `La legge francese limita i termini fine mese a ${p.cap} giorni; questi termini ne danno ${p.days}.`,
    'terms.discount-after-due': (p) =>
      `Il periodo di sconto (${p.discountDays} giorni) termina dopo la scadenza (${p.netDays} giorni).`,
    'terms.discount-percent-invalid': () => 'Lo sconto deve essere tra 0 e 100 %.',
    'terms.days-invalid': () => 'Il numero di giorni deve essere un intero pari o superiore a 0.',
  },
  fr: {
    'due.net': (p) => `${p.days} jours date de facture`,
    'due.month-end-plus-days': (p) => `fin du mois de facture + ${p.days} jours`,
    'due.days-then-month-end': (p) => `date de facture + ${p.days} jours, puis fin de ce mois`,
    'due.fixed': () => 'échéance indiquée sur la facture',
    'terms.b2b-over-60': (p) =>
      `Un délai entre professionnels de plus de ${p.cap} jours (ici jusqu’à ${p.days}) doit être expressément convenu et ne pas être manifestement abusif.`,
    'terms.public-over-30': (p) =>
      `Les personnes publiques doivent payer sous ${p.cap} jours ; ces conditions en accordent ${p.days}.`,
    'terms.fr-net-over-60': (p) =>
      `Le droit français plafonne le délai à ${p.cap} jours à compter de la facture ; ces conditions en donnent ${p.days}.`,
    'terms.fr-eom-over-45': (p) =>
      `Le droit français plafonne le délai fin de mois à ${p.cap} jours ; ces conditions en donnent ${p.days}.`,
    'terms.discount-after-due': (p) =>
      `La période d’escompte (${p.discountDays} jours) finit après l’échéance (${p.netDays} jours).`,
    'terms.discount-percent-invalid': () => 'Un escompte doit être compris entre 0 et 100 %.',
    'terms.days-invalid': () => 'Le nombre de jours doit être un entier positif ou nul.',
  },
  ro: {
    'due.net': (p) => `${p.days} ${roDe(p.days)}zile de la data facturii`,
    'due.month-end-plus-days': (p) => `sfârșitul lunii facturii + ${p.days} ${roDe(p.days)}zile`,
    'due.days-then-month-end': (p) =>
      `data facturii + ${p.days} ${roDe(p.days)}zile, apoi sfârșitul acelei luni`,
    'due.fixed': () => 'scadența înscrisă pe factură',
    'terms.b2b-over-60': (p) =>
      `Termenele între profesioniști de peste ${p.cap} de zile (aici până la ${p.days}) trebuie convenite expres și să nu fie vădit abuzive.`,
    'terms.public-over-30': (p) =>
      `Autoritățile publice trebuie să plătească în ${p.cap} de zile; aceste condiții permit ${p.days}.`,
    'terms.fr-net-over-60': (p) =>
      `Legea franceză limitează termenul la ${p.cap} de zile de la factură; aceste condiții dau ${p.days}.`,
    'terms.fr-eom-over-45': (p) =>
      `Legea franceză limitează termenele de la sfârșitul lunii la ${p.cap} de zile; aceste condiții dau ${p.days}.`,
    'terms.discount-after-due': (p) =>
      `Perioada de scont (${roDays(p.discountDays)}) se încheie după scadență (${roDays(p.netDays)}).`,
    'terms.discount-percent-invalid': () => 'Scontul trebuie să fie între 0 și 100 %.',
    'terms.days-invalid': () => 'Numărul de zile trebuie să fie un număr întreg de cel puțin 0.',
  },
  da: {
    'due.net': (p) => `${p.days} dage fra fakturadato`,
    'due.month-end-plus-days': (p) => `løbende måned + ${p.days} dage`,
    'due.days-then-month-end': (p) => `fakturadato + ${p.days} dage, derefter til månedens udgang`,
    'due.fixed': () => 'fakturaens egen forfaldsdato',
    'terms.b2b-over-60': (p) =>
      `Betalingsfrister mellem virksomheder over ${p.cap} dage (her op til ${p.days}) skal aftales udtrykkeligt og må ikke være groft urimelige.`,
    'terms.public-over-30': (p) =>
      `Offentlige myndigheder skal betale inden ${p.cap} dage; disse betingelser giver ${p.days}.`,
    'terms.fr-net-over-60': (p) =>
      `Fransk ret begrænser fristen til ${p.cap} dage fra fakturaen; disse betingelser giver ${p.days}.`,
    'terms.fr-eom-over-45': (p) =>
      `Fransk ret begrænser frister fra månedens udgang til ${p.cap} dage; disse betingelser giver ${p.days}.`,
    'terms.discount-after-due': (p) =>
      `Kontantrabatperioden (${p.discountDays} dage) slutter efter forfaldsdatoen (${p.netDays} dage).`,
    'terms.discount-percent-invalid': () => 'En kontantrabat skal ligge mellem 0 og 100 %.',
    'terms.days-invalid': () => 'Antallet af dage skal være et helt tal på 0 eller mere.',
  },
  de: {
    'due.net': (p) => `${p.days} Tage ab Rechnungsdatum`,
    'due.month-end-plus-days': (p) => `Ende des Rechnungsmonats + ${p.days} Tage`,
    'due.days-then-month-end': (p) => `Rechnungsdatum + ${p.days} Tage, dann zum Monatsende`,
    'due.fixed': () => 'Fälligkeitsdatum der Rechnung',
    'terms.b2b-over-60': (p) =>
      `Zahlungsfristen zwischen Unternehmen über ${p.cap} Tage (hier bis ${p.days}) müssen ausdrücklich vereinbart sein und dürfen nicht grob unbillig sein.`,
    'terms.public-over-30': (p) =>
      `Öffentliche Auftraggeber müssen binnen ${p.cap} Tagen zahlen; diese Bedingungen erlauben ${p.days}.`,
    'terms.fr-net-over-60': (p) =>
      `Das französische Recht begrenzt Fristen auf ${p.cap} Tage ab Rechnung; diese Bedingungen geben ${p.days}.`,
    'terms.fr-eom-over-45': (p) =>
      `Das französische Recht begrenzt Fristen ab Monatsende auf ${p.cap} Tage; diese Bedingungen geben ${p.days}.`,
    'terms.discount-after-due': (p) =>
      `Die Skontofrist (${p.discountDays} Tage) endet nach der Fälligkeit (${p.netDays} Tage).`,
    'terms.discount-percent-invalid': () => 'Skonto muss zwischen 0 und 100 % liegen.',
    'terms.days-invalid': () => 'Die Zahl der Tage muss eine ganze Zahl ab 0 sein.',
  },
};
