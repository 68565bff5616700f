// Words for the contact cadence guard: why a letter, call or visit is refused now.
import type { CadenceReason } from '../../domain/cadence';
import type { LanguageTexts } from './types';
import { roDe } from './ledger';

export type { CadenceReason };

export const contactTexts: LanguageTexts<CadenceReason> = {
  en: {
    'cadence.too-soon': (p) =>
      `The last contact was ${p.daysSince === 0 ? 'today' : `${p.daysSince} day${p.daysSince === 1 ? '' : 's'} ago`}; the policy allows one every ${p.minDays} days.`,
    'cadence.too-many-calls': (p) =>
      `${p.calls} calls in the last 7 days already; the policy allows ${p.max}.`,
    'cadence.odd-hour': (p) =>
      `${p.time} is outside ${p.earliest}–${p.latest}: no calls or visits at odd hours.`,
  },
  it: {
    'cadence.too-soon': (p) =>
      `L’ultimo contatto è stato ${p.daysSince === 0 ? 'oggi' : `${p.daysSince} ${p.daysSince === 1 ? 'giorno' : 'giorni'} fa`}; la regola ne consente uno ogni ${p.minDays} giorni.`,
    'cadence.too-many-calls': (p) =>
      `Già ${p.calls} telefonate negli ultimi 7 giorni; la regola ne consente ${p.max}.`,
    'cadence.odd-hour': (p) =>
      `Le ${p.time} sono fuori dalla fascia ${p.earliest}–${p.latest}: niente telefonate o visite in orari inopportuni.`,
  },
  fr: {
    'cadence.too-soon': (p) =>
      `Le dernier contact date ${p.daysSince === 0 ? 'd’aujourd’hui' : `de ${p.daysSince} jour${p.daysSince === 1 ? '' : 's'}`} ; la règle en permet un tous les ${p.minDays} jours.`,
    'cadence.too-many-calls': (p) =>
      `Déjà ${p.calls} appels ces 7 derniers jours ; la règle en permet ${p.max}.`,
    'cadence.odd-hour': (p) =>
      `${p.time} est en dehors de la plage ${p.earliest}–${p.latest} : pas d’appel ni de visite à des heures indues.`,
  },
  ro: {
    'cadence.too-soon': (p) =>
      `Ultimul contact a fost ${p.daysSince === 0 ? 'astăzi' : p.daysSince === 1 ? 'acum o zi' : `acum ${p.daysSince} ${roDe(p.daysSince)}zile`}; regula permite unul la fiecare ${p.minDays} ${roDe(p.minDays)}zile.`,
    'cadence.too-many-calls': (p) => `Deja ${p.calls} apeluri în ultimele 7 zile; regula permite ${p.max}.`,
    'cadence.odd-hour': (p) =>
      `Ora ${p.time} este în afara intervalului ${p.earliest}–${p.latest}: fără apeluri sau vizite la ore nepotrivite.`,
  },
  da: {
    'cadence.too-soon': (p) =>
      `Seneste kontakt var ${p.daysSince === 0 ? 'i dag' : `for ${p.daysSince} ${p.daysSince === 1 ? 'dag' : 'dage'} siden`}; reglen tillader én hver ${p.minDays}. dag.`,
    'cadence.too-many-calls': (p) =>
      `Allerede ${p.calls} opkald de seneste 7 dage; reglen tillader ${p.max}.`,
    'cadence.odd-hour': (p) =>
      `Kl. ${p.time} er uden for ${p.earliest}–${p.latest}: ingen opkald eller besøg på upassende tidspunkter.`,
  },
  de: {
    'cadence.too-soon': (p) =>
      `Der letzte Kontakt war ${p.daysSince === 0 ? 'heute' : `vor ${p.daysSince} ${p.daysSince === 1 ? 'Tag' : 'Tagen'}`}; die Regel erlaubt einen alle ${p.minDays} Tage.`,
    'cadence.too-many-calls': (p) =>
      `Bereits ${p.calls} Anrufe in den letzten 7 Tagen; die Regel erlaubt ${p.max}.`,
    'cadence.odd-hour': (p) =>
      `${p.time} Uhr liegt außerhalb von ${p.earliest}–${p.latest}: keine Anrufe oder Besuche zur Unzeit.`,
  },
};
