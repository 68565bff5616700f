// Words for a customer's payment behaviour: the category and its one-line reason.
import type { BehaviourCategory, BehaviourCategoryLabel, BehaviourReason } from '../../domain/behaviour';
import type { Language } from '../../domain/types';
import type { Fmt } from './format';
import type { LanguageTexts } from './types';
import { roDe } from '../ro-count';

/** The counts a line names, those that are not zero, with commas ("0 reminders unanswered" says nothing). */
const listed = (...parts: (string | 0)[]): string => parts.filter(Boolean).join(', ');

export type BehaviourText = BehaviourReason | BehaviourCategoryLabel;

export const CATEGORY_NAMES: Record<Language, Record<BehaviourCategory, string>> = {
  en: {
    new: 'New',
    reliable: 'Reliable',
    sporadic: 'Sporadic payer',
    'temporary-difficulty': 'Temporary difficulty',
    avoider: 'Avoids paying',
    'non-payer': 'Never paid',
  },
  it: {
    new: 'Nuovo',
    reliable: 'Affidabile',
    sporadic: 'Paga a singhiozzo',
    'temporary-difficulty': 'In difficoltà temporanea',
    avoider: 'Evita di pagare',
    'non-payer': 'Non ha mai pagato',
  },
  fr: {
    new: 'Nouveau',
    reliable: 'Fiable',
    sporadic: 'Payeur irrégulier',
    'temporary-difficulty': 'Difficulté passagère',
    avoider: 'Se dérobe',
    'non-payer': 'N’a jamais payé',
  },
  ro: {
    new: 'Nou',
    reliable: 'De încredere',
    sporadic: 'Plătește neregulat',
    'temporary-difficulty': 'Dificultate temporară',
    avoider: 'Evită plata',
    'non-payer': 'Nu a plătit niciodată',
  },
  da: {
    new: 'Ny',
    reliable: 'Pålidelig',
    sporadic: 'Betaler uregelmæssigt',
    'temporary-difficulty': 'Midlertidige vanskeligheder',
    avoider: 'Undviger betaling',
    'non-payer': 'Har aldrig betalt',
  },
  de: {
    new: 'Neu',
    reliable: 'Zuverlässig',
    sporadic: 'Zahlt unregelmäßig',
    'temporary-difficulty': 'Vorübergehend in Schwierigkeiten',
    avoider: 'Weicht Zahlungen aus',
    'non-payer': 'Hat nie gezahlt',
  },
};

/** Days to one decimal, without a needless ",0": 117 days, 12,5 days. */
const n1 = (x: number, f: Fmt): string => {
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? f.integer(r) : f.number(r, 1);
};

export const behaviourTexts: LanguageTexts<BehaviourText> = {
  en: {
    'behaviour.category': (p) => CATEGORY_NAMES.en[p.category],
    'behaviour.new': (p) =>
      `New: only ${p.decided} invoice${p.decided === 1 ? '' : 's'} to judge by (at least ${p.minimum} needed).`,
    'behaviour.avoider': (p) =>
      `Avoids paying: ${listed(
        p.brokenPromises && `${p.brokenPromises} broken promise${p.brokenPromises === 1 ? '' : 's'}`,
        p.unanswered && `${p.unanswered} reminder${p.unanswered === 1 ? '' : 's'} unanswered`,
        p.writtenOff && `${p.writtenOff} written off`,
      )}${p.oldestOpenDays ? `; oldest invoice ${p.oldestOpenDays} day${p.oldestOpenDays === 1 ? '' : 's'} overdue` : ''}.`,
    'behaviour.temporary-difficulty': (p) =>
      `Temporary difficulty: ${p.earlier - p.earlierLate} of ${p.earlier} earlier invoices on time, but ${p.recentLate} of ${p.recent} recent ones late.`,
    'behaviour.sporadic': (p, f) =>
      `Sporadic payer: ${p.late} of ${p.decided} invoices late, ${n1(p.averageDaysLate, f)} days on average (recent ones count more)${p.partial ? `; ${p.partial} paid in parts` : ''}.`,
    'behaviour.reliable': (p, f) =>
      `Reliable: ${p.decided - p.late} of ${p.decided} invoices on time, ${n1(p.averageDaysLate, f)} days late on average.`,
    'behaviour.non-payer': (p, f) =>
      `Never paid: no payment on any invoice, ${f.integer(p.overdue)} overdue${p.oldestOpenDays ? `, the oldest ${f.integer(p.oldestOpenDays)} day${p.oldestOpenDays === 1 ? '' : 's'}` : ''}.`,
  },
  it: {
    'behaviour.category': (p) => CATEGORY_NAMES.it[p.category],
    'behaviour.new': (p) =>
      `Nuovo: solo ${p.decided} ${p.decided === 1 ? 'fattura' : 'fatture'} per giudicare (ne servono almeno ${p.minimum}).`,
    'behaviour.avoider': (p) =>
      `Evita di pagare: ${listed(
        p.brokenPromises &&
          `${p.brokenPromises} ${p.brokenPromises === 1 ? 'promessa non mantenuta' : 'promesse non mantenute'}`,
        p.unanswered && `${p.unanswered} ${p.unanswered === 1 ? 'sollecito' : 'solleciti'} senza risposta`,
        p.writtenOff && `${p.writtenOff} ${p.writtenOff === 1 ? 'stralciata' : 'stralciate'}`,
      )}${p.oldestOpenDays ? `; fattura più vecchia scaduta da ${p.oldestOpenDays} ${p.oldestOpenDays === 1 ? 'giorno' : 'giorni'}` : ''}.`,
    'behaviour.temporary-difficulty': (p) =>
      `In difficoltà temporanea: ${p.earlier - p.earlierLate} fatture su ${p.earlier} pagate puntualmente in passato, ma ${p.recentLate} su ${p.recent} recenti in ritardo.`,
    'behaviour.sporadic': (p, f) =>
      `Paga a singhiozzo: ${p.late} fatture su ${p.decided} in ritardo, in media ${n1(p.averageDaysLate, f)} giorni (le recenti contano di più)${p.partial ? `; ${p.partial} pagate a rate` : ''}.`,
    'behaviour.reliable': (p, f) =>
      `Affidabile: ${p.decided - p.late} fatture su ${p.decided} puntuali, in media ${n1(p.averageDaysLate, f)} giorni di ritardo.`,
    'behaviour.non-payer': (p, f) =>
      `Non ha mai pagato: nessun pagamento su alcuna fattura, ${f.integer(p.overdue)} ${p.overdue === 1 ? 'scaduta' : 'scadute'}${p.oldestOpenDays ? `, la più vecchia da ${f.integer(p.oldestOpenDays)} ${p.oldestOpenDays === 1 ? 'giorno' : 'giorni'}` : ''}.`,
  },
  fr: {
    'behaviour.category': (p) => CATEGORY_NAMES.fr[p.category],
    'behaviour.new': (p) =>
      `Nouveau : seulement ${p.decided} facture${p.decided > 1 ? 's' : ''} pour juger (il en faut au moins ${p.minimum}).`,
    'behaviour.avoider': (p) =>
      `Se dérobe : ${listed(
        p.brokenPromises &&
          `${p.brokenPromises} ${p.brokenPromises <= 1 ? 'promesse non tenue' : 'promesses non tenues'}`,
        p.unanswered && `${p.unanswered} ${p.unanswered <= 1 ? 'relance' : 'relances'} sans réponse`,
        p.writtenOff && `${p.writtenOff} ${p.writtenOff === 1 ? 'passée' : 'passées'} en perte`,
      )}${p.oldestOpenDays ? ` ; facture la plus ancienne en retard de ${p.oldestOpenDays} ${p.oldestOpenDays === 1 ? 'jour' : 'jours'}` : ''}.`,
    'behaviour.temporary-difficulty': (p) =>
      `Difficulté passagère : ${p.earlier - p.earlierLate} factures sur ${p.earlier} payées à temps auparavant, mais ${p.recentLate} sur ${p.recent} récentes en retard.`,
    'behaviour.sporadic': (p, f) =>
      `Payeur irrégulier : ${p.late} factures sur ${p.decided} en retard, ${n1(p.averageDaysLate, f)} jours en moyenne (les récentes comptent davantage)${p.partial ? ` ; ${p.partial} payées en plusieurs fois` : ''}.`,
    'behaviour.reliable': (p, f) =>
      `Fiable : ${p.decided - p.late} factures sur ${p.decided} payées à temps, ${n1(p.averageDaysLate, f)} jours de retard en moyenne.`,
    'behaviour.non-payer': (p, f) =>
      `N’a jamais payé : aucun paiement sur aucune facture, ${f.integer(p.overdue)} ${p.overdue === 1 ? 'échue' : 'échues'}${p.oldestOpenDays ? `, la plus ancienne depuis ${f.integer(p.oldestOpenDays)} ${p.oldestOpenDays === 1 ? 'jour' : 'jours'}` : ''}.`,
  },
  ro: {
    'behaviour.category': (p) => CATEGORY_NAMES.ro[p.category],
    'behaviour.new': (p) =>
      `Nou: doar ${p.decided} ${p.decided === 1 ? 'factură' : `${roDe(p.decided)}facturi`} pentru evaluare (sunt necesare cel puțin ${p.minimum}).`,
    'behaviour.avoider': (p) =>
      `Evită plata: ${listed(
        p.brokenPromises &&
          `${p.brokenPromises} ${p.brokenPromises === 1 ? 'promisiune nerespectată' : `${roDe(p.brokenPromises)}promisiuni nerespectate`}`,
        p.unanswered &&
          `${p.unanswered} ${p.unanswered === 1 ? 'notificare' : `${roDe(p.unanswered)}notificări`} fără răspuns`,
        p.writtenOff &&
          `${p.writtenOff} ${p.writtenOff === 1 ? 'scoasă' : `${roDe(p.writtenOff)}scoase`} din evidență`,
      )}${p.oldestOpenDays ? `; cea mai veche factură restantă de ${p.oldestOpenDays === 1 ? 'o zi' : `${p.oldestOpenDays} ${roDe(p.oldestOpenDays)}zile`}` : ''}.`,
    'behaviour.temporary-difficulty': (p) =>
      `Dificultate temporară: ${p.earlier - p.earlierLate} din ${p.earlier} facturi anterioare plătite la timp, dar ${p.recentLate} din ${p.recent} recente întârziate.`,
    'behaviour.sporadic': (p, f) =>
      `Plătește neregulat: ${p.late} din ${p.decided} facturi întârziate, în medie ${n1(p.averageDaysLate, f)} zile (cele recente contează mai mult)${p.partial ? `; ${p.partial} plătite în tranșe` : ''}.`,
    'behaviour.reliable': (p, f) =>
      `De încredere: ${p.decided - p.late} din ${p.decided} facturi plătite la timp, în medie ${n1(p.averageDaysLate, f)} zile de întârziere.`,
    'behaviour.non-payer': (p, f) =>
      `Nu a plătit niciodată: nicio plată pe vreo factură, ${p.overdue === 1 ? 'o factură restantă' : `${f.integer(p.overdue)} ${roDe(p.overdue)}facturi restante`}${p.oldestOpenDays ? `, cea mai veche de ${p.oldestOpenDays === 1 ? 'o zi' : `${f.integer(p.oldestOpenDays)} ${roDe(p.oldestOpenDays)}zile`}` : ''}.`,
  },
  da: {
    'behaviour.category': (p) => CATEGORY_NAMES.da[p.category],
    'behaviour.new': (p) =>
      `Ny: kun ${p.decided} ${p.decided === 1 ? 'faktura' : 'fakturaer'} at vurdere ud fra (mindst ${p.minimum} kræves).`,
    'behaviour.avoider': (p) =>
      `Undviger betaling: ${listed(
        p.brokenPromises &&
          `${p.brokenPromises} ${p.brokenPromises === 1 ? 'brudt betalingsløfte' : 'brudte betalingsløfter'}`,
        p.unanswered && `${p.unanswered} ${p.unanswered === 1 ? 'rykker' : 'rykkere'} uden svar`,
        p.writtenOff && `${p.writtenOff} afskrevet`,
      )}${p.oldestOpenDays ? `; ældste faktura ${p.oldestOpenDays} ${p.oldestOpenDays === 1 ? 'dag' : 'dage'} forfalden` : ''}.`,
    'behaviour.temporary-difficulty': (p) =>
      `Midlertidige vanskeligheder: ${p.earlier - p.earlierLate} af ${p.earlier} tidligere fakturaer betalt til tiden, men ${p.recentLate} af ${p.recent} nye for sent.`,
    'behaviour.sporadic': (p, f) =>
      `Betaler uregelmæssigt: ${p.late} af ${p.decided} fakturaer for sent, i gennemsnit ${n1(p.averageDaysLate, f)} dage (nye tæller mere)${p.partial ? `; ${p.partial} betalt i rater` : ''}.`,
    'behaviour.reliable': (p, f) =>
      `Pålidelig: ${p.decided - p.late} af ${p.decided} fakturaer betalt til tiden, i gennemsnit ${n1(p.averageDaysLate, f)} dage for sent.`,
    'behaviour.non-payer': (p, f) =>
      `Har aldrig betalt: ingen betaling på nogen faktura, ${f.integer(p.overdue)} ${p.overdue === 1 ? 'forfalden' : 'forfaldne'}${p.oldestOpenDays ? `, den ældste ${f.integer(p.oldestOpenDays)} ${p.oldestOpenDays === 1 ? 'dag' : 'dage'}` : ''}.`,
  },
  de: {
    'behaviour.category': (p) => CATEGORY_NAMES.de[p.category],
    'behaviour.new': (p) =>
      `Neu: erst ${p.decided} ${p.decided === 1 ? 'Rechnung' : 'Rechnungen'} zur Beurteilung (mindestens ${p.minimum} nötig).`,
    'behaviour.avoider': (p) =>
      `Weicht Zahlungen aus: ${listed(
        p.brokenPromises &&
          `${p.brokenPromises} ${p.brokenPromises === 1 ? 'gebrochene Zahlungszusage' : 'gebrochene Zahlungszusagen'}`,
        p.unanswered && `${p.unanswered} ${p.unanswered === 1 ? 'Mahnung' : 'Mahnungen'} ohne Antwort`,
        p.writtenOff && `${p.writtenOff} abgeschrieben`,
      )}${p.oldestOpenDays ? `; älteste Rechnung seit ${p.oldestOpenDays} ${p.oldestOpenDays === 1 ? 'Tag' : 'Tagen'} überfällig` : ''}.`,
    'behaviour.temporary-difficulty': (p) =>
      `Vorübergehend in Schwierigkeiten: früher ${p.earlier - p.earlierLate} von ${p.earlier} Rechnungen pünktlich, zuletzt ${p.recentLate} von ${p.recent} verspätet.`,
    'behaviour.sporadic': (p, f) =>
      `Zahlt unregelmäßig: ${p.late} von ${p.decided} Rechnungen verspätet, im Schnitt ${n1(p.averageDaysLate, f)} Tage (neuere zählen mehr)${p.partial ? `; ${p.partial} in Teilen bezahlt` : ''}.`,
    'behaviour.reliable': (p, f) =>
      `Zuverlässig: ${p.decided - p.late} von ${p.decided} Rechnungen pünktlich, im Schnitt ${n1(p.averageDaysLate, f)} Tage Verzug.`,
    'behaviour.non-payer': (p, f) =>
      `Hat nie gezahlt: keine Zahlung auf irgendeine Rechnung, ${f.integer(p.overdue)} überfällig${p.oldestOpenDays ? `, die älteste seit ${f.integer(p.oldestOpenDays)} ${p.oldestOpenDays === 1 ? 'Tag' : 'Tagen'}` : ''}.`,
  },
};
