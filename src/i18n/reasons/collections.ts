// Words for the collections workflow: why a row is in Today, the cadence guard's warnings, problems of
// a dunning policy, plan errors; plus the vocabulary of collections-labels.ts. Trade terms: rules.md §5.
import type { CadenceWarning } from '../../domain/collections/cadence-guard';
import type { ScheduleError } from '../../domain/collections/plans';
import type { PolicyProblem } from '../../domain/collections/policy';
import type { CollectionsReason, FeeLimit, QueueReason } from '../../domain/collections/reasons';
import type { Language } from '../../domain/types';
import { categoryName, channelName, collectionsLabelTexts, levelName } from './collections-labels';
import type { Fmt } from './format';
import { roDe } from '../ro-count';
import type { LanguageTexts, Texts } from './types';

type Main = QueueReason | CadenceWarning | PolicyProblem | ScheduleError;

const pl = (n: number, one: string, many: string): string => (n === 1 ? one : many);
const lv = (l: Language, level: string): string => levelName(l, level);

const fee = (limit: FeeLimit, amount: string, texts: Record<FeeLimit, string>): string =>
  limit === 'capped' ? `${texts.capped} ${amount}` : texts[limit];

const en: Texts<Main> = {
  'collections.reason.overdue': (p, f) =>
    `${f.integer(p.count)} overdue ${pl(p.count, 'invoice', 'invoices')}, ${f.money(p.amount, p.currency)}, the oldest ${f.integer(p.days)} ${pl(p.days, 'day', 'days')} late`,
  'collections.reason.step': (p, f) =>
    `${lv('en', p.level)} (${channelName('en', p.channel)}) due since ${f.date(p.since)}`,
  'collections.reason.fee': (p, f) => `Reminder fee ${f.money(p.amount, p.currency)}`,
  'collections.reason.fee-limited': (p, f) =>
    fee(p.limit, f.money(p.amount, p.currency), {
      capped: 'Danish law caps the reminder fee at',
      'too-soon': 'No fee: less than 10 days since the previous reminder (renteloven §9b)',
      'max-three': 'No fee: three reminder fees already charged on this claim (renteloven §9b)',
    }),
  'collections.reason.pay-by': (p, f) => `New deadline to pay: ${f.date(p.date)}`,
  'collections.reason.due-soon': (p, f) =>
    `${f.integer(p.count)} ${pl(p.count, 'invoice', 'invoices')} of ${f.money(p.amount, p.currency)} due on ${f.date(p.due)}`,
  'collections.reason.receipt-check': (p, f) =>
    `Check that the ${pl(p.count, 'invoice', `${f.integer(p.count)} invoices`)} issued on ${f.date(p.issued)} arrived`,
  'collections.reason.promise-due': (p, f) =>
    `Promised ${f.money(p.amount, p.currency)} by ${f.date(p.date)}; ${f.money(p.paid, p.currency)} paid so far`,
  'collections.reason.promise-broken': (p, f) =>
    `Promise of ${f.money(p.amount, p.currency)} by ${f.date(p.date)} not kept (${f.money(p.paid, p.currency)} paid)`,
  'collections.reason.instalment-missed': (p, f) =>
    `Instalment ${p.number} of ${p.of}, due ${f.date(p.due)}, not paid: ${f.money(p.amount, p.currency)}`,
  'collections.reason.plan-accelerated': (p, f) =>
    `${p.missed} instalments missed: the whole rest of ${f.money(p.amount, p.currency)} is due`,
  'collections.reason.over-limit': (p, f) =>
    `Open ${f.money(p.open, p.currency)}, over the credit limit of ${f.money(p.limit, p.currency)}`,
  'collections.reason.days-late': (p, f) =>
    `Oldest invoice ${f.integer(p.days)} days late (the hold is due from ${f.integer(p.threshold)} days)`,
  'collections.reason.broken-promise': (p, f) => `Broke a promise to pay by ${f.date(p.date)}`,
  'collections.reason.partly-disputed': (p, f) => `${f.money(p.amount, p.currency)} disputed, not chased`,
  'collections.reason.settlement-expired': (p, f) =>
    `Settlement offer expired on ${f.date(p.deadline)}: the full debt stands`,
  'collections.reason.handed-over': (p, f) => `Handed to ${p.to} on ${f.date(p.on)}`,
  'collections.reason.no-credit-check': (p, f) =>
    `No credit check on file, and the open balance ${f.money(p.open, p.currency)} is over ${f.money(p.threshold, p.currency)}`,
  'collections.reason.history': (p) => categoryName('en', p.category),
  'collections.cadence.too-soon': (p, f) =>
    `Last contact ${p.days === 0 ? 'today' : `${f.integer(p.days)} ${pl(p.days, 'day', 'days')} ago`}; the policy allows one every ${p.min} days (next from ${f.date(p.nextAllowed)})`,
  'collections.cadence.odd-hour': (p) =>
    `It is ${p.time} for the customer (${p.timeZone}): calls and visits only between ${p.from} and ${p.to}`,
  'collections.cadence.month-limit': (p, f) =>
    `${f.integer(p.count)} contacts this month already; the policy allows ${p.max}`,
  'collections.policy.dk-fee-cap': (p, f) =>
    `${lv('en', p.level)}: Danish reminder fees are at most ${f.money(p.cap, 'DKK')} (renteloven §9b); ${f.money(p.fee, 'DKK')} will be capped`,
  'collections.policy.dk-max-fees': (p, f) =>
    `${f.integer(p.count)} steps carry a fee; Danish law allows at most ${p.max} reminder fees per claim: the later ones will be free`,
  'collections.policy.dk-fee-gap': (p, f) =>
    `${lv('en', p.level)}: only ${f.integer(p.days)} days after the previous fee-bearing reminder; Danish law requires at least ${p.min}`,
  'collections.policy.out-of-order': (p) => `${lv('en', p.level)} comes earlier than the step before it`,
  'collections.policy.fee-before-due': (p) =>
    `${lv('en', p.level)}: no fee can be charged before the due date`,
  'collections.policy.invalid-number': (p) =>
    `${lv('en', p.level)}: days and amounts must be whole numbers, not negative`,
  'collections.plan.no-principal': () => 'Choose a balance to split',
  'collections.plan.bad-count': () => 'The number of instalments must be from 1 to 520',
  'collections.plan.bad-amount': () =>
    'The instalment amount must be more than zero and give at most 520 instalments',
};

const it: Texts<Main> = {
  'collections.reason.overdue': (p, f) =>
    `${f.integer(p.count)} ${pl(p.count, 'fattura scaduta', 'fatture scadute')}, ${f.money(p.amount, p.currency)}, la più vecchia da ${f.integer(p.days)} ${pl(p.days, 'giorno', 'giorni')}`,
  'collections.reason.step': (p, f) =>
    `${lv('it', p.level)} (${channelName('it', p.channel)}) da fare dal ${f.date(p.since)}`,
  'collections.reason.fee': (p, f) => `Spese di sollecito ${f.money(p.amount, p.currency)}`,
  'collections.reason.fee-limited': (p, f) =>
    fee(p.limit, f.money(p.amount, p.currency), {
      capped: 'La legge danese limita le spese di sollecito a',
      'too-soon': 'Nessuna spesa: meno di 10 giorni dal sollecito precedente (renteloven §9b)',
      'max-three': 'Nessuna spesa: già addebitate tre spese di sollecito su questo credito (renteloven §9b)',
    }),
  'collections.reason.pay-by': (p, f) => `Nuovo termine di pagamento: ${f.date(p.date)}`,
  'collections.reason.due-soon': (p, f) =>
    `${f.integer(p.count)} ${pl(p.count, 'fattura', 'fatture')} per ${f.money(p.amount, p.currency)} in scadenza il ${f.date(p.due)}`,
  'collections.reason.receipt-check': (p, f) =>
    `Verificare che ${pl(p.count, 'la fattura emessa', `le ${f.integer(p.count)} fatture emesse`)} il ${f.date(p.issued)} ${pl(p.count, 'sia arrivata', 'siano arrivate')}`,
  'collections.reason.promise-due': (p, f) =>
    `Promessi ${f.money(p.amount, p.currency)} entro il ${f.date(p.date)}; pagati finora ${f.money(p.paid, p.currency)}`,
  'collections.reason.promise-broken': (p, f) =>
    `Promessa di ${f.money(p.amount, p.currency)} entro il ${f.date(p.date)} non mantenuta (pagati ${f.money(p.paid, p.currency)})`,
  'collections.reason.instalment-missed': (p, f) =>
    `Rata ${p.number} di ${p.of}, scaduta il ${f.date(p.due)}, non pagata: ${f.money(p.amount, p.currency)}`,
  'collections.reason.plan-accelerated': (p, f) =>
    `${p.missed} rate non pagate: è dovuto l’intero residuo di ${f.money(p.amount, p.currency)} (decadenza dal beneficio del termine)`,
  'collections.reason.over-limit': (p, f) =>
    `Aperto ${f.money(p.open, p.currency)}, oltre il fido di ${f.money(p.limit, p.currency)}`,
  'collections.reason.days-late': (p, f) =>
    `Fattura più vecchia scaduta da ${f.integer(p.days)} giorni (il blocco scatta a ${f.integer(p.threshold)} giorni)`,
  'collections.reason.broken-promise': (p, f) =>
    `Non ha mantenuto la promessa di pagare entro il ${f.date(p.date)}`,
  'collections.reason.partly-disputed': (p, f) =>
    `${f.money(p.amount, p.currency)} contestati, non sollecitati`,
  'collections.reason.settlement-expired': (p, f) =>
    `Proposta transattiva scaduta il ${f.date(p.deadline)}: è dovuto l’intero credito`,
  'collections.reason.handed-over': (p, f) => `Affidato a ${p.to} il ${f.date(p.on)}`,
  'collections.reason.no-credit-check': (p, f) =>
    `Nessuna verifica di affidabilità registrata e saldo aperto di ${f.money(p.open, p.currency)} oltre ${f.money(p.threshold, p.currency)}`,
  'collections.reason.history': (p) => categoryName('it', p.category),
  'collections.cadence.too-soon': (p, f) =>
    `Ultimo contatto ${p.days === 0 ? 'oggi' : `${f.integer(p.days)} ${pl(p.days, 'giorno', 'giorni')} fa`}; la politica ne consente uno ogni ${p.min} giorni (prossimo dal ${f.date(p.nextAllowed)})`,
  'collections.cadence.odd-hour': (p) =>
    `Per il cliente sono le ${p.time} (${p.timeZone}): telefonate e visite solo tra le ${p.from} e le ${p.to}`,
  'collections.cadence.month-limit': (p, f) =>
    `Già ${f.integer(p.count)} contatti questo mese; la politica ne consente ${p.max}`,
  'collections.policy.dk-fee-cap': (p, f) =>
    `${lv('it', p.level)}: in Danimarca le spese di sollecito sono al massimo ${f.money(p.cap, 'DKK')} (renteloven §9b); ${f.money(p.fee, 'DKK')} saranno ridotte`,
  'collections.policy.dk-max-fees': (p, f) =>
    `${f.integer(p.count)} passaggi con spese; la legge danese ne consente al massimo ${p.max} per credito: i successivi saranno gratuiti`,
  'collections.policy.dk-fee-gap': (p, f) =>
    `${lv('it', p.level)}: solo ${f.integer(p.days)} giorni dopo il sollecito a pagamento precedente; la legge danese ne richiede almeno ${p.min}`,
  'collections.policy.out-of-order': (p) => `${lv('it', p.level)} viene prima del passaggio precedente`,
  'collections.policy.fee-before-due': (p) => `${lv('it', p.level)}: nessuna spesa prima della scadenza`,
  'collections.policy.invalid-number': (p) =>
    `${lv('it', p.level)}: giorni e importi devono essere numeri interi non negativi`,
  'collections.plan.no-principal': () => 'Scegliere un importo da rateizzare',
  'collections.plan.bad-count': () => 'Il numero di rate deve essere da 1 a 520',
  'collections.plan.bad-amount': () =>
    'L’importo della rata deve essere maggiore di zero e dare al massimo 520 rate',
};

const fr: Texts<Main> = {
  'collections.reason.overdue': (p, f) =>
    `${f.integer(p.count)} ${pl(p.count, 'facture échue', 'factures échues')}, ${f.money(p.amount, p.currency)}, la plus ancienne en retard de ${f.integer(p.days)} ${pl(p.days, 'jour', 'jours')}`,
  'collections.reason.step': (p, f) =>
    `${lv('fr', p.level)} (${channelName('fr', p.channel)}) à faire depuis le ${f.date(p.since)}`,
  'collections.reason.fee': (p, f) => `Frais de relance ${f.money(p.amount, p.currency)}`,
  'collections.reason.fee-limited': (p, f) =>
    fee(p.limit, f.money(p.amount, p.currency), {
      capped: 'Le droit danois plafonne les frais de relance à',
      'too-soon': 'Pas de frais : moins de 10 jours depuis la relance précédente (renteloven §9b)',
      'max-three': 'Pas de frais : trois frais de relance déjà facturés sur cette créance (renteloven §9b)',
    }),
  'collections.reason.pay-by': (p, f) => `Nouveau délai de paiement : ${f.date(p.date)}`,
  'collections.reason.due-soon': (p, f) =>
    `${f.integer(p.count)} ${pl(p.count, 'facture', 'factures')} de ${f.money(p.amount, p.currency)} à échéance le ${f.date(p.due)}`,
  'collections.reason.receipt-check': (p, f) =>
    `Vérifier que ${pl(p.count, 'la facture émise', `les ${f.integer(p.count)} factures émises`)} le ${f.date(p.issued)} ${pl(p.count, 'est arrivée', 'sont arrivées')}`,
  'collections.reason.promise-due': (p, f) =>
    `Promesse de ${f.money(p.amount, p.currency)} pour le ${f.date(p.date)} ; ${f.money(p.paid, p.currency)} payés à ce jour`,
  'collections.reason.promise-broken': (p, f) =>
    `Promesse de ${f.money(p.amount, p.currency)} pour le ${f.date(p.date)} non tenue (${f.money(p.paid, p.currency)} payés)`,
  'collections.reason.instalment-missed': (p, f) =>
    `Échéance ${p.number} sur ${p.of}, due le ${f.date(p.due)}, impayée : ${f.money(p.amount, p.currency)}`,
  'collections.reason.plan-accelerated': (p, f) =>
    `${p.missed} échéances impayées : la totalité du solde, ${f.money(p.amount, p.currency)}, est exigible (déchéance du terme)`,
  'collections.reason.over-limit': (p, f) =>
    `Encours ${f.money(p.open, p.currency)}, au-delà du plafond de ${f.money(p.limit, p.currency)}`,
  'collections.reason.days-late': (p, f) =>
    `Facture la plus ancienne en retard de ${f.integer(p.days)} jours (blocage à partir de ${f.integer(p.threshold)} jours)`,
  'collections.reason.broken-promise': (p, f) =>
    `N’a pas tenu sa promesse de payer pour le ${f.date(p.date)}`,
  'collections.reason.partly-disputed': (p, f) => `${f.money(p.amount, p.currency)} contestés, non relancés`,
  'collections.reason.settlement-expired': (p, f) =>
    `Proposition de règlement amiable expirée le ${f.date(p.deadline)} : la totalité de la créance est due`,
  'collections.reason.handed-over': (p, f) => `Confié à ${p.to} le ${f.date(p.on)}`,
  'collections.reason.no-credit-check': (p, f) =>
    `Aucune vérification de solvabilité enregistrée, et l’encours de ${f.money(p.open, p.currency)} dépasse ${f.money(p.threshold, p.currency)}`,
  'collections.reason.history': (p) => categoryName('fr', p.category),
  'collections.cadence.too-soon': (p, f) =>
    `Dernier contact ${p.days === 0 ? 'aujourd’hui' : `il y a ${f.integer(p.days)} ${pl(p.days, 'jour', 'jours')}`} ; la politique en permet un tous les ${p.min} jours (prochain à partir du ${f.date(p.nextAllowed)})`,
  'collections.cadence.odd-hour': (p) =>
    `Il est ${p.time} chez le client (${p.timeZone}) : appels et visites seulement entre ${p.from} et ${p.to}`,
  'collections.cadence.month-limit': (p, f) =>
    `Déjà ${f.integer(p.count)} contacts ce mois-ci ; la politique en permet ${p.max}`,
  'collections.policy.dk-fee-cap': (p, f) =>
    `${lv('fr', p.level)} : au Danemark les frais de relance sont plafonnés à ${f.money(p.cap, 'DKK')} (renteloven §9b) ; ${f.money(p.fee, 'DKK')} seront réduits`,
  'collections.policy.dk-max-fees': (p, f) =>
    `${f.integer(p.count)} étapes avec frais ; le droit danois en permet au plus ${p.max} par créance : les suivantes seront gratuites`,
  'collections.policy.dk-fee-gap': (p, f) =>
    `${lv('fr', p.level)} : seulement ${f.integer(p.days)} jours après la relance payante précédente ; le droit danois exige au moins ${p.min}`,
  'collections.policy.out-of-order': (p) => `${lv('fr', p.level)} vient avant l’étape précédente`,
  'collections.policy.fee-before-due': (p) => `${lv('fr', p.level)} : pas de frais avant l’échéance`,
  'collections.policy.invalid-number': (p) =>
    `${lv('fr', p.level)} : jours et montants doivent être des nombres entiers positifs`,
  'collections.plan.no-principal': () => 'Choisissez un solde à échelonner',
  'collections.plan.bad-count': () => 'Le nombre d’échéances doit être compris entre 1 et 520',
  'collections.plan.bad-amount': () =>
    'Le montant de l’échéance doit être supérieur à zéro et donner au plus 520 échéances',
};

const ro: Texts<Main> = {
  'collections.reason.overdue': (p, f) =>
    `${f.integer(p.count)} ${roDe(p.count)}${pl(p.count, 'factură restantă', 'facturi restante')}, ${f.money(p.amount, p.currency)}, cea mai veche întârziată cu ${f.integer(p.days)} ${roDe(p.days)}${pl(p.days, 'zi', 'zile')}`,
  'collections.reason.step': (p, f) =>
    `${lv('ro', p.level)} (${channelName('ro', p.channel)}) de făcut din ${f.date(p.since)}`,
  'collections.reason.fee': (p, f) => `Taxă de notificare ${f.money(p.amount, p.currency)}`,
  'collections.reason.fee-limited': (p, f) =>
    fee(p.limit, f.money(p.amount, p.currency), {
      capped: 'Legea daneză plafonează taxa de notificare la',
      'too-soon': 'Fără taxă: mai puțin de 10 zile de la notificarea anterioară (renteloven §9b)',
      'max-three':
        'Fără taxă: trei taxe de notificare deja percepute pentru această creanță (renteloven §9b)',
    }),
  'collections.reason.pay-by': (p, f) => `Nou termen de plată: ${f.date(p.date)}`,
  'collections.reason.due-soon': (p, f) =>
    `${f.integer(p.count)} ${roDe(p.count)}${pl(p.count, 'factură', 'facturi')} de ${f.money(p.amount, p.currency)} cu scadența la ${f.date(p.due)}`,
  'collections.reason.receipt-check': (p, f) =>
    `Verificați că ${pl(p.count, 'factura emisă', `cele ${f.integer(p.count)} ${roDe(p.count)}facturi emise`)} la ${f.date(p.issued)} ${pl(p.count, 'a ajuns', 'au ajuns')}`,
  'collections.reason.promise-due': (p, f) =>
    `Promisiune de ${f.money(p.amount, p.currency)} până la ${f.date(p.date)}; plătit până acum ${f.money(p.paid, p.currency)}`,
  'collections.reason.promise-broken': (p, f) =>
    `Promisiunea de ${f.money(p.amount, p.currency)} până la ${f.date(p.date)} nerespectată (plătit ${f.money(p.paid, p.currency)})`,
  'collections.reason.instalment-missed': (p, f) =>
    `Rata ${p.number} din ${p.of}, scadentă la ${f.date(p.due)}, neplătită: ${f.money(p.amount, p.currency)}`,
  'collections.reason.plan-accelerated': (p, f) =>
    `${p.missed} ${roDe(p.missed)}rate neplătite: întregul rest de ${f.money(p.amount, p.currency)} este scadent`,
  'collections.reason.over-limit': (p, f) =>
    `Sold deschis ${f.money(p.open, p.currency)}, peste limita de credit de ${f.money(p.limit, p.currency)}`,
  'collections.reason.days-late': (p, f) =>
    `Cea mai veche factură întârziată cu ${f.integer(p.days)} ${roDe(p.days)}zile (blocarea se aplică de la ${f.integer(p.threshold)} ${roDe(p.threshold)}zile)`,
  'collections.reason.broken-promise': (p, f) =>
    `Nu și-a respectat promisiunea de plată până la ${f.date(p.date)}`,
  'collections.reason.partly-disputed': (p, f) =>
    `${f.money(p.amount, p.currency)} contestați, nu se solicită`,
  'collections.reason.settlement-expired': (p, f) =>
    `Propunerea de tranzacție a expirat la ${f.date(p.deadline)}: întreaga datorie este din nou datorată`,
  'collections.reason.handed-over': (p, f) => `Predat lui ${p.to} la ${f.date(p.on)}`,
  'collections.reason.no-credit-check': (p, f) =>
    `Nicio verificare a bonității înregistrată, iar soldul deschis de ${f.money(p.open, p.currency)} depășește ${f.money(p.threshold, p.currency)}`,
  'collections.reason.history': (p) => categoryName('ro', p.category),
  'collections.cadence.too-soon': (p, f) =>
    `Ultimul contact ${p.days === 0 ? 'azi' : `acum ${f.integer(p.days)} ${roDe(p.days)}${pl(p.days, 'zi', 'zile')}`}; politica permite unul la ${p.min} ${roDe(p.min)}zile (următorul din ${f.date(p.nextAllowed)})`,
  'collections.cadence.odd-hour': (p) =>
    `La client este ora ${p.time} (${p.timeZone}): apeluri și vizite doar între ${p.from} și ${p.to}`,
  'collections.cadence.month-limit': (p, f) =>
    `Deja ${f.integer(p.count)} ${roDe(p.count)}contacte luna aceasta; politica permite ${p.max}`,
  'collections.policy.dk-fee-cap': (p, f) =>
    `${lv('ro', p.level)}: în Danemarca taxa de notificare este de cel mult ${f.money(p.cap, 'DKK')} (renteloven §9b); ${f.money(p.fee, 'DKK')} vor fi reduse`,
  'collections.policy.dk-max-fees': (p, f) =>
    `${f.integer(p.count)} ${roDe(p.count)}pași cu taxă; legea daneză permite cel mult ${p.max} taxe de notificare pe creanță: următoarele vor fi gratuite`,
  'collections.policy.dk-fee-gap': (p, f) =>
    `${lv('ro', p.level)}: doar ${f.integer(p.days)} ${roDe(p.days)}zile după notificarea anterioară cu taxă; legea daneză cere cel puțin ${p.min}`,
  'collections.policy.out-of-order': (p) => `${lv('ro', p.level)} vine înaintea pasului anterior`,
  'collections.policy.fee-before-due': (p) => `${lv('ro', p.level)}: nicio taxă înainte de scadență`,
  'collections.policy.invalid-number': (p) =>
    `${lv('ro', p.level)}: zilele și sumele trebuie să fie numere întregi pozitive`,
  'collections.plan.no-principal': () => 'Alegeți soldul de eșalonat',
  'collections.plan.bad-count': () => 'Numărul de rate trebuie să fie între 1 și 520',
  'collections.plan.bad-amount': () =>
    'Suma ratei trebuie să fie mai mare decât zero și să dea cel mult 520 de rate',
};

const da: Texts<Main> = {
  'collections.reason.overdue': (p, f) =>
    `${f.integer(p.count)} ${pl(p.count, 'forfalden faktura', 'forfaldne fakturaer')}, ${f.money(p.amount, p.currency)}, den ældste ${f.integer(p.days)} ${pl(p.days, 'dag', 'dage')} for sent`,
  'collections.reason.step': (p, f) =>
    // "som brev": the level's own name has a parenthesis already ("Betalingspåmindelse (rykker 1)").
    `${lv('da', p.level)} som ${channelName('da', p.channel)} skal ske fra ${f.date(p.since)}`,
  'collections.reason.fee': (p, f) => `Rykkergebyr ${f.money(p.amount, p.currency)}`,
  'collections.reason.fee-limited': (p, f) =>
    fee(p.limit, f.money(p.amount, p.currency), {
      capped: 'Rykkergebyret er efter dansk ret højst',
      'too-soon': 'Intet gebyr: under 10 dage siden forrige rykker (renteloven §9b)',
      'max-three': 'Intet gebyr: allerede tre rykkergebyrer på denne fordring (renteloven §9b)',
    }),
  'collections.reason.pay-by': (p, f) => `Ny betalingsfrist: ${f.date(p.date)}`,
  'collections.reason.due-soon': (p, f) =>
    `${f.integer(p.count)} ${pl(p.count, 'faktura', 'fakturaer')} på ${f.money(p.amount, p.currency)} forfalder ${f.date(p.due)}`,
  'collections.reason.receipt-check': (p, f) =>
    `Kontrollér at ${pl(p.count, 'fakturaen', `de ${f.integer(p.count)} fakturaer`)} udstedt ${f.date(p.issued)} er modtaget`,
  'collections.reason.promise-due': (p, f) =>
    `Lovet ${f.money(p.amount, p.currency)} senest ${f.date(p.date)}; betalt indtil nu ${f.money(p.paid, p.currency)}`,
  'collections.reason.promise-broken': (p, f) =>
    `Betalingsløfte på ${f.money(p.amount, p.currency)} senest ${f.date(p.date)} ikke holdt (betalt ${f.money(p.paid, p.currency)})`,
  'collections.reason.instalment-missed': (p, f) =>
    `Afdrag ${p.number} af ${p.of}, forfaldent ${f.date(p.due)}, ikke betalt: ${f.money(p.amount, p.currency)}`,
  'collections.reason.plan-accelerated': (p, f) =>
    `${p.missed} afdrag ikke betalt: hele restbeløbet på ${f.money(p.amount, p.currency)} er forfaldent`,
  'collections.reason.over-limit': (p, f) =>
    `Åbent ${f.money(p.open, p.currency)}, over kreditgrænsen på ${f.money(p.limit, p.currency)}`,
  'collections.reason.days-late': (p, f) =>
    `Ældste faktura ${f.integer(p.days)} dage for sent (kreditstop fra ${f.integer(p.threshold)} dage)`,
  'collections.reason.broken-promise': (p, f) => `Brød et betalingsløfte til ${f.date(p.date)}`,
  'collections.reason.partly-disputed': (p, f) => `${f.money(p.amount, p.currency)} omtvistet, rykkes ikke`,
  'collections.reason.settlement-expired': (p, f) =>
    `Forligstilbuddet udløb ${f.date(p.deadline)}: hele gælden står igen`,
  'collections.reason.handed-over': (p, f) => `Overdraget til ${p.to} ${f.date(p.on)}`,
  'collections.reason.no-credit-check': (p, f) =>
    `Ingen kreditvurdering registreret, og den åbne saldo på ${f.money(p.open, p.currency)} er over ${f.money(p.threshold, p.currency)}`,
  'collections.reason.history': (p) => categoryName('da', p.category),
  'collections.cadence.too-soon': (p, f) =>
    `Sidste kontakt ${p.days === 0 ? 'i dag' : `for ${f.integer(p.days)} ${pl(p.days, 'dag', 'dage')} siden`}; politikken tillader én hver ${p.min}. dag (næste fra ${f.date(p.nextAllowed)})`,
  'collections.cadence.odd-hour': (p) =>
    `Klokken er ${p.time} hos kunden (${p.timeZone}): opkald og besøg kun mellem ${p.from} og ${p.to}`,
  'collections.cadence.month-limit': (p, f) =>
    `Allerede ${f.integer(p.count)} kontakter denne måned; politikken tillader ${p.max}`,
  'collections.policy.dk-fee-cap': (p, f) =>
    `${lv('da', p.level)}: rykkergebyrer er højst ${f.money(p.cap, 'DKK')} (renteloven §9b); ${f.money(p.fee, 'DKK')} nedsættes`,
  'collections.policy.dk-max-fees': (p, f) =>
    `${f.integer(p.count)} trin med gebyr; dansk ret tillader højst ${p.max} rykkergebyrer pr. fordring: de senere bliver gratis`,
  'collections.policy.dk-fee-gap': (p, f) =>
    `${lv('da', p.level)}: kun ${f.integer(p.days)} dage efter forrige rykker med gebyr; dansk ret kræver mindst ${p.min}`,
  'collections.policy.out-of-order': (p) => `${lv('da', p.level)} kommer før trinnet foran`,
  'collections.policy.fee-before-due': (p) => `${lv('da', p.level)}: intet gebyr før forfaldsdagen`,
  'collections.policy.invalid-number': (p) =>
    `${lv('da', p.level)}: dage og beløb skal være hele, ikke-negative tal`,
  'collections.plan.no-principal': () => 'Vælg et beløb at dele op',
  'collections.plan.bad-count': () => 'Antallet af afdrag skal være fra 1 til 520',
  'collections.plan.bad-amount': () => 'Afdragets beløb skal være over nul og give højst 520 afdrag',
};

const de: Texts<Main> = {
  'collections.reason.overdue': (p, f) =>
    `${f.integer(p.count)} ${pl(p.count, 'überfällige Rechnung', 'überfällige Rechnungen')}, ${f.money(p.amount, p.currency)}, die älteste ${f.integer(p.days)} ${pl(p.days, 'Tag', 'Tage')} überfällig`,
  'collections.reason.step': (p, f) =>
    `${lv('de', p.level)} (${channelName('de', p.channel)}) fällig seit ${f.date(p.since)}`,
  'collections.reason.fee': (p, f) => `Mahngebühr ${f.money(p.amount, p.currency)}`,
  'collections.reason.fee-limited': (p, f) =>
    fee(p.limit, f.money(p.amount, p.currency), {
      capped: 'Nach dänischem Recht ist die Mahngebühr begrenzt auf',
      'too-soon': 'Keine Gebühr: weniger als 10 Tage seit der vorigen Mahnung (renteloven §9b)',
      'max-three': 'Keine Gebühr: bereits drei Mahngebühren für diese Forderung (renteloven §9b)',
    }),
  'collections.reason.pay-by': (p, f) => `Neue Zahlungsfrist: ${f.date(p.date)}`,
  'collections.reason.due-soon': (p, f) =>
    `${f.integer(p.count)} ${pl(p.count, 'Rechnung', 'Rechnungen')} über ${f.money(p.amount, p.currency)} fällig am ${f.date(p.due)}`,
  'collections.reason.receipt-check': (p, f) =>
    `Prüfen, ob ${pl(p.count, 'die Rechnung', `die ${f.integer(p.count)} Rechnungen`)} vom ${f.date(p.issued)} angekommen ${pl(p.count, 'ist', 'sind')}`,
  'collections.reason.promise-due': (p, f) =>
    `Zugesagt ${f.money(p.amount, p.currency)} bis ${f.date(p.date)}; bisher bezahlt ${f.money(p.paid, p.currency)}`,
  'collections.reason.promise-broken': (p, f) =>
    `Zahlungszusage über ${f.money(p.amount, p.currency)} bis ${f.date(p.date)} nicht eingehalten (bezahlt ${f.money(p.paid, p.currency)})`,
  'collections.reason.instalment-missed': (p, f) =>
    `Rate ${p.number} von ${p.of}, fällig am ${f.date(p.due)}, nicht bezahlt: ${f.money(p.amount, p.currency)}`,
  'collections.reason.plan-accelerated': (p, f) =>
    `${p.missed} Raten versäumt: der ganze Rest von ${f.money(p.amount, p.currency)} ist fällig (Verfallklausel)`,
  'collections.reason.over-limit': (p, f) =>
    `Offen ${f.money(p.open, p.currency)}, über dem Kreditlimit von ${f.money(p.limit, p.currency)}`,
  'collections.reason.days-late': (p, f) =>
    `Älteste Rechnung ${f.integer(p.days)} Tage überfällig (Sperre ab ${f.integer(p.threshold)} Tagen)`,
  'collections.reason.broken-promise': (p, f) => `Zahlungszusage bis ${f.date(p.date)} gebrochen`,
  'collections.reason.partly-disputed': (p, f) =>
    `${f.money(p.amount, p.currency)} bestritten, nicht gemahnt`,
  'collections.reason.settlement-expired': (p, f) =>
    `Vergleichsangebot am ${f.date(p.deadline)} abgelaufen: die ganze Forderung gilt wieder`,
  'collections.reason.handed-over': (p, f) => `Am ${f.date(p.on)} an ${p.to} übergeben`,
  'collections.reason.no-credit-check': (p, f) =>
    `Keine Bonitätsprüfung erfasst, und der offene Saldo von ${f.money(p.open, p.currency)} übersteigt ${f.money(p.threshold, p.currency)}`,
  'collections.reason.history': (p) => categoryName('de', p.category),
  'collections.cadence.too-soon': (p, f) =>
    `Letzter Kontakt ${p.days === 0 ? 'heute' : `vor ${f.integer(p.days)} ${pl(p.days, 'Tag', 'Tagen')}`}; die Richtlinie erlaubt einen alle ${p.min} Tage (nächster ab ${f.date(p.nextAllowed)})`,
  'collections.cadence.odd-hour': (p) =>
    `Beim Kunden ist es ${p.time} Uhr (${p.timeZone}): Anrufe und Besuche nur zwischen ${p.from} und ${p.to} Uhr`,
  'collections.cadence.month-limit': (p, f) =>
    `Schon ${f.integer(p.count)} Kontakte in diesem Monat; die Richtlinie erlaubt ${p.max}`,
  'collections.policy.dk-fee-cap': (p, f) =>
    `${lv('de', p.level)}: dänische Mahngebühren betragen höchstens ${f.money(p.cap, 'DKK')} (renteloven §9b); ${f.money(p.fee, 'DKK')} werden gekürzt`,
  'collections.policy.dk-max-fees': (p, f) =>
    `${f.integer(p.count)} Stufen mit Gebühr; dänisches Recht erlaubt höchstens ${p.max} Mahngebühren je Forderung: die späteren bleiben gebührenfrei`,
  'collections.policy.dk-fee-gap': (p, f) =>
    `${lv('de', p.level)}: nur ${f.integer(p.days)} Tage nach der vorigen gebührenpflichtigen Mahnung; dänisches Recht verlangt mindestens ${p.min}`,
  'collections.policy.out-of-order': (p) => `${lv('de', p.level)} liegt vor der vorigen Stufe`,
  'collections.policy.fee-before-due': (p) => `${lv('de', p.level)}: keine Gebühr vor Fälligkeit`,
  'collections.policy.invalid-number': (p) =>
    `${lv('de', p.level)}: Tage und Beträge müssen ganze, nicht negative Zahlen sein`,
  'collections.plan.no-principal': () => 'Wählen Sie einen Betrag zum Aufteilen',
  'collections.plan.bad-count': () => 'Die Zahl der Raten muss zwischen 1 und 520 liegen',
  'collections.plan.bad-amount': () =>
    'Der Ratenbetrag muss größer als null sein und höchstens 520 Raten ergeben',
};

const MAIN: Record<Language, Texts<Main>> = { en, it, fr, ro, da, de };

export const collectionsTexts = Object.fromEntries(
  (Object.keys(MAIN) as Language[]).map((l) => [l, { ...MAIN[l], ...collectionsLabelTexts[l] }]),
) as unknown as LanguageTexts<CollectionsReason>;

export type { CollectionsReason };
export type { Fmt };
