// Words for late interest: how the figure was reached, its warnings and the stretches it could not
// compute, in every interface language (trade terms per rules.md §5: interessi di mora, pénalités de
// retard, dobândă penalizatoare, morarente, Verzugszinsen).
import type { InterestReason, RateStep } from '../../domain/interest-codes';
import type { DayCount, FixingMode } from '../../domain/jurisdictions';
import type { RateTableId } from '../../domain/rates/types';
import type { Jurisdiction, Language } from '../../domain/types';
import type { Fmt } from './format';
import type { LanguageTexts } from './types';

export type { InterestReason };

type ByLanguage<T> = Record<Language, T>;

/** Short names of the reference tables, as each trade writes them. */
/** A table's name opening a sentence ("Tasso BCE: …"): the Italian names are written lower case mid-sentence. */
const sentenceStart = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

export const TABLE_NAMES: ByLanguage<Record<RateTableId, string>> = {
  en: {
    ecb: 'ECB rate',
    basiszins: 'Basiszinssatz',
    nationalbanken: 'Nationalbanken lending rate',
    bankRate: 'Bank of England Bank Rate',
    bnr: 'BNR reference rate',
    tauxLegal: 'French legal rate (taux légal)',
    tassoLegale: 'Italian legal rate (tasso legale)',
  },
  it: {
    ecb: 'tasso BCE',
    basiszins: 'Basiszinssatz',
    nationalbanken: 'tasso della Nationalbanken',
    bankRate: 'Bank Rate della Bank of England',
    bnr: 'tasso di riferimento BNR',
    tauxLegal: 'tasso legale francese (taux légal)',
    tassoLegale: 'tasso legale',
  },
  fr: {
    ecb: 'taux BCE',
    basiszins: 'Basiszinssatz',
    nationalbanken: 'taux de la Nationalbanken',
    bankRate: 'Bank Rate de la Bank of England',
    bnr: 'taux de référence BNR',
    tauxLegal: 'taux de l’intérêt légal',
    tassoLegale: 'taux légal italien (tasso legale)',
  },
  ro: {
    ecb: 'rata BCE',
    basiszins: 'Basiszinssatz',
    nationalbanken: 'rata Nationalbanken',
    bankRate: 'Bank Rate a Bank of England',
    bnr: 'rata dobânzii de referință BNR',
    tauxLegal: 'dobânda legală franceză (taux légal)',
    tassoLegale: 'dobânda legală italiană (tasso legale)',
  },
  da: {
    ecb: 'ECB-renten',
    basiszins: 'Basiszinssatz',
    nationalbanken: 'Nationalbankens udlånsrente',
    bankRate: 'Bank of Englands Bank Rate',
    bnr: 'BNR’s referencerente',
    tauxLegal: 'fransk lovbestemt rente (taux légal)',
    tassoLegale: 'italiensk lovbestemt rente (tasso legale)',
  },
  de: {
    ecb: 'EZB-Leitzins',
    basiszins: 'Basiszinssatz',
    nationalbanken: 'Ausleihungssatz der Nationalbanken',
    bankRate: 'Bank Rate der Bank of England',
    bnr: 'BNR-Referenzzinssatz',
    tauxLegal: 'französischer gesetzlicher Zinssatz (taux légal)',
    tassoLegale: 'italienischer gesetzlicher Zinssatz (tasso legale)',
  },
};

export const JURISDICTION_NAMES: ByLanguage<Record<Jurisdiction, string>> = {
  en: {
    EU: 'EU law (Directive 2011/7/EU)',
    IT: 'Italian law',
    FR: 'French law',
    RO: 'Romanian law',
    DK: 'Danish law',
    DE: 'German law',
    UK: 'UK law',
    US: 'US law',
  },
  it: {
    EU: 'diritto UE (direttiva 2011/7/UE)',
    IT: 'legge italiana',
    FR: 'legge francese',
    RO: 'legge romena',
    DK: 'legge danese',
    DE: 'legge tedesca',
    UK: 'legge britannica',
    US: 'legge statunitense',
  },
  fr: {
    EU: 'droit de l’UE (directive 2011/7/UE)',
    IT: 'droit italien',
    FR: 'droit français',
    RO: 'droit roumain',
    DK: 'droit danois',
    DE: 'droit allemand',
    UK: 'droit britannique',
    US: 'droit américain',
  },
  ro: {
    EU: 'dreptul UE (Directiva 2011/7/UE)',
    IT: 'legea italiană',
    FR: 'legea franceză',
    RO: 'legea română',
    DK: 'legea daneză',
    DE: 'legea germană',
    UK: 'legea britanică',
    US: 'legea americană',
  },
  da: {
    EU: 'EU-retten (direktiv 2011/7/EU)',
    IT: 'italiensk ret',
    FR: 'fransk ret',
    RO: 'rumænsk ret',
    DK: 'dansk ret',
    DE: 'tysk ret',
    UK: 'britisk ret',
    US: 'amerikansk ret',
  },
  de: {
    EU: 'EU-Recht (Richtlinie 2011/7/EU)',
    IT: 'italienisches Recht',
    FR: 'französisches Recht',
    RO: 'rumänisches Recht',
    DK: 'dänisches Recht',
    DE: 'deutsches Recht',
    UK: 'britisches Recht',
    US: 'US-Recht',
  },
};

const FIXING: ByLanguage<Record<FixingMode, string>> = {
  en: {
    'half-year': 'reference fixed on 1 January and 1 July',
    'per-change': 'split at every change of the reference',
    'uk-fixed': 'one rate fixed for the whole debt',
  },
  it: {
    'half-year': 'riferimento fissato al 1° gennaio e al 1° luglio',
    'per-change': 'diviso a ogni variazione del riferimento',
    'uk-fixed': 'un solo tasso per l’intero credito',
  },
  fr: {
    'half-year': 'référence fixée au 1er janvier et au 1er juillet',
    'per-change': 'découpé à chaque changement de la référence',
    'uk-fixed': 'un seul taux pour toute la créance',
  },
  ro: {
    'half-year': 'referință fixată la 1 ianuarie și 1 iulie',
    'per-change': 'împărțit la fiecare modificare a referinței',
    'uk-fixed': 'o singură rată pentru întreaga creanță',
  },
  da: {
    'half-year': 'referencen fastsat 1. januar og 1. juli',
    'per-change': 'delt ved hver ændring af referencen',
    'uk-fixed': 'én fast rente for hele fordringen',
  },
  de: {
    'half-year': 'Bezugsgröße am 1. Januar und 1. Juli festgestellt',
    'per-change': 'bei jeder Änderung der Bezugsgröße geteilt',
    'uk-fixed': 'ein fester Satz für die ganze Forderung',
  },
};

/** Day counts are written the same way in every trade ("act/365"); only the word for it changes. */
const dayCount = (d: DayCount): string => d;

/** `'2024-H1'` in each language's words. */
export function halfYearText(label: string, language: Language): string {
  return half(label, language);
}

function half(label: string, language: Language): string {
  const m = /^(\d{4})-H([12])$/.exec(label);
  if (!m) return label;
  const [, y, h] = m;
  const one = h === '1';
  switch (language) {
    case 'it':
      return `${one ? '1°' : '2°'} semestre ${y}`;
    case 'fr':
      return `${one ? '1er' : '2e'} semestre ${y}`;
    case 'ro':
      return `semestrul ${one ? 'I' : 'II'} ${y}`;
    case 'da':
      return `${one ? '1.' : '2.'} halvår ${y}`;
    case 'de':
      return `${one ? '1.' : '2.'} Halbjahr ${y}`;
    default:
      return `H${h} ${y}`;
  }
}

const pp = (m: number, f: Fmt): string => f.number(m, Number.isInteger(m) ? 0 : 2);

/** "+ 9 pp" as each language writes percentage points (the letters say "Prozentpunkte", "procentpoint" too). */
const POINTS: ByLanguage<string> = {
  en: 'pp',
  it: 'p.p.',
  fr: 'points',
  ro: 'pp',
  da: 'procentpoint',
  de: 'Prozentpunkte',
};
const ON: ByLanguage<string> = { en: 'on', it: 'al', fr: 'au', ro: 'la', da: 'pr.', de: 'am' };
const MISSING: ByLanguage<string> = {
  en: 'no rate in the table',
  it: 'tasso mancante nella tabella',
  fr: 'taux absent de la table',
  ro: 'rată lipsă din tabel',
  da: 'ingen sats i tabellen',
  de: 'kein Satz in der Tabelle',
};

function step(s: RateStep, table: RateTableId, marginPp: number, f: Fmt): string {
  const l = f.language;
  const when = s.half
    ? half(s.half, l)
    : s.fixedOn
      ? `${ON[l]} ${f.date(s.fixedOn)}`
      : `${f.date(s.from)}–${f.date(s.to)}`;
  const name = TABLE_NAMES[l][table];
  if (s.referencePercent === null || s.ratePercent === null) return `${name}: ${MISSING[l]} (${when})`;
  const margin = marginPp === 0 ? '' : ` + ${pp(marginPp, f)} ${POINTS[l]} = ${f.percent(s.ratePercent)}`;
  return `${name} ${f.percent(s.referencePercent)}${margin} (${when})`;
}

const gap = (p: { missingFrom: string; missingTo: string | null }, f: Fmt, onwards: string): string =>
  p.missingTo ? `${f.date(p.missingFrom)}–${f.date(p.missingTo)}` : `${f.date(p.missingFrom)} ${onwards}`;

/** A fixing that is a half-year label is put into words; a date or a stretch is left as it is. */
const fixingText = (fixing: string, f: Fmt): string =>
  /^\d{4}-H[12]$/.test(fixing)
    ? half(fixing, f.language)
    : /^\d{4}-\d{2}-\d{2}$/.test(fixing)
      ? f.date(fixing)
      : fixing;

export const interestTexts: LanguageTexts<InterestReason> = {
  en: {
    'interest.statutory': (p, f) =>
      `${JURISDICTION_NAMES.en[p.jurisdiction]}: ${p.steps.map((s) => step(s, p.table, p.marginPp, f)).join('; ')}; ${FIXING.en[p.fixing]}; ${dayCount(p.dayCount)}; simple interest; the total is the exact sum of the periods, rounded half-up once.`,
    'interest.contract': (p, f) =>
      `Contract rate ${p.monthlyPercent === null ? `${f.percent(p.annualPercent)} a year` : `${f.percent(p.monthlyPercent)} a month (${f.percent(p.annualPercent)} a year)`}; ${dayCount(p.dayCount)}; simple interest.`,
    'interest.none': (p, f) =>
      ({
        'not-overdue': `No interest: not overdue on ${f.date(p.until)}.`,
        'paid-before-start': `No interest: paid before interest started.`,
        'no-statutory-rate': `No interest: ${JURISDICTION_NAMES.en[p.jurisdiction]} sets no statutory rate; enter the contract rate.`,
        'consumer-not-covered': `No interest: ${JURISDICTION_NAMES.en[p.jurisdiction]} gives no statutory interest on consumer debts; enter a contract rate to charge any.`,
        'awaiting-formal-notice': `No interest yet: a consumer owes the legal rate only from the formal notice (mise en demeure); enter its date.`,
      })[p.why],
    'interest.day-count-unusual': (p) =>
      `${p.dayCount} is not the usual day count under ${JURISDICTION_NAMES.en[p.jurisdiction]} (${p.usual} is).`,
    'interest.payment-ignored': (p, f) =>
      `Payment of ${f.money(p.amount, p.currency)} on ${f.date(p.date)} ignored: not positive.`,
    'interest.awaiting-formal-notice': () =>
      'A consumer owes the legal rate only from the formal notice (mise en demeure): enter its date.',
    'interest.no-statutory-rate': (p) =>
      `${JURISDICTION_NAMES.en[p.jurisdiction]} sets no statutory late-interest rate: enter the contract rate (e.g. 1.5 % a month).`,
    'interest.consumer-not-covered': (p) =>
      `${JURISDICTION_NAMES.en[p.jurisdiction]} gives no statutory interest on consumer debts: enter a contract rate to charge any.`,
    'interest.contract-date-assumed': (p, f) =>
      `Contract date not given: + ${pp(p.marginPp, f)} pp assumed; contracts before ${f.date(p.before)} take + ${pp(p.earlierMarginPp, f)} pp.`,
    'interest.rate-mode-not-offered': (p) =>
      `${FIXING.en[p.mode]} is not offered under ${JURISDICTION_NAMES.en[p.jurisdiction]}; ${FIXING.en[p.used]} used.`,
    'interest.rate-unconfirmed': (p, f) =>
      `${TABLE_NAMES.en[p.table]}: ${f.percent(p.ratePercent)} from ${f.date(p.from)} is unconfirmed; check the rate table.`,
    'interest.uncertain-day': (p, f) =>
      `${TABLE_NAMES.en[p.table]}: the day of a change between ${f.date(p.from)} and ${f.date(p.to)} is not known, and it changes this figure; the table dates it to the month’s last day.`,
    'interest.both-contract-rates': () =>
      'Both a yearly and a monthly contract rate given: the yearly rate is used.',
    'interest.floor-unknown': (p) =>
      `French legal rate for ${half(p.half, 'en')} missing: the floor of ${p.multiple} × that rate cannot be checked.`,
    'interest.below-floor': (p, f) =>
      `The agreed rate is below ${p.multiple} × the French legal rate for ${half(p.half, 'en')} (${f.percent(p.legalPercent)}): C. com. L441-10 does not allow it.`,
    'interest.missing-rate': (p, f) =>
      `${TABLE_NAMES.en[p.table]}: no rate for ${fixingText(p.fixing, f)} (the table has nothing for ${gap(p, f, 'onwards')}); interest from ${f.date(p.from)} to ${f.date(p.to)} cannot be computed: add the rate to the table.`,
  },
  it: {
    'interest.statutory': (p, f) =>
      `${capitalise(JURISDICTION_NAMES.it[p.jurisdiction])}: ${p.steps.map((s) => step(s, p.table, p.marginPp, f)).join('; ')}; ${FIXING.it[p.fixing]}; ${dayCount(p.dayCount)}; interesse semplice; il totale è la somma esatta dei periodi, arrotondata una sola volta.`,
    'interest.contract': (p, f) =>
      `Tasso contrattuale ${p.monthlyPercent === null ? `${f.percent(p.annualPercent)} annuo` : `${f.percent(p.monthlyPercent)} mensile (${f.percent(p.annualPercent)} annuo)`}; ${dayCount(p.dayCount)}; interesse semplice.`,
    'interest.none': (p, f) =>
      ({
        'not-overdue': `Nessun interesse di mora: non scaduta al ${f.date(p.until)}.`,
        'paid-before-start': 'Nessun interesse di mora: pagata prima della decorrenza.',
        'no-statutory-rate': `Nessun interesse di mora: la ${JURISDICTION_NAMES.it[p.jurisdiction]} non fissa un tasso legale; inserire il tasso contrattuale.`,
        'consumer-not-covered': `Nessun interesse di mora: la ${JURISDICTION_NAMES.it[p.jurisdiction]} non prevede interessi legali sui debiti dei consumatori; inserire un tasso contrattuale.`,
        'awaiting-formal-notice':
          'Nessun interesse per ora: il consumatore deve il tasso legale solo dalla messa in mora (mise en demeure); inserirne la data.',
      })[p.why],
    'interest.day-count-unusual': (p) =>
      `${p.dayCount} non è il conteggio dei giorni usuale secondo la ${JURISDICTION_NAMES.it[p.jurisdiction]} (lo è ${p.usual}).`,
    'interest.payment-ignored': (p, f) =>
      `Pagamento di ${f.money(p.amount, p.currency)} del ${f.date(p.date)} ignorato: non positivo.`,
    'interest.awaiting-formal-notice': () =>
      'Il consumatore deve il tasso legale solo dalla messa in mora (mise en demeure): inserirne la data.',
    'interest.no-statutory-rate': (p) =>
      `La ${JURISDICTION_NAMES.it[p.jurisdiction]} non fissa un tasso legale di mora: inserire il tasso contrattuale (es. 1,5 % al mese).`,
    'interest.consumer-not-covered': (p) =>
      `La ${JURISDICTION_NAMES.it[p.jurisdiction]} non prevede interessi di mora legali sui debiti dei consumatori: inserire un tasso contrattuale.`,
    'interest.contract-date-assumed': (p, f) =>
      `Data del contratto non indicata: si applica + ${pp(p.marginPp, f)} punti; i contratti anteriori al ${f.date(p.before)} hanno + ${pp(p.earlierMarginPp, f)} punti.`,
    'interest.rate-mode-not-offered': (p) =>
      `${FIXING.it[p.mode]}: non previsto dalla ${JURISDICTION_NAMES.it[p.jurisdiction]}; applicato ${FIXING.it[p.used]}.`,
    'interest.rate-unconfirmed': (p, f) =>
      `${sentenceStart(TABLE_NAMES.it[p.table])}: ${f.percent(p.ratePercent)} dal ${f.date(p.from)} non confermato; verificare la tabella dei tassi.`,
    'interest.uncertain-day': (p, f) =>
      `${sentenceStart(TABLE_NAMES.it[p.table])}: il giorno di una variazione tra il ${f.date(p.from)} e il ${f.date(p.to)} non è noto e cambia questo importo; la tabella la data all’ultimo giorno del mese.`,
    'interest.both-contract-rates': () =>
      'Indicati sia un tasso contrattuale annuo sia uno mensile: si applica quello annuo.',
    'interest.floor-unknown': (p) =>
      `Manca il taux légal francese per il ${half(p.half, 'it')}: il minimo di ${p.multiple} × quel tasso non è verificabile.`,
    'interest.below-floor': (p, f) =>
      `Il tasso concordato è inferiore a ${p.multiple} × il taux légal francese del ${half(p.half, 'it')} (${f.percent(p.legalPercent)}): l’art. L441-10 C. com. non lo consente.`,
    'interest.missing-rate': (p, f) =>
      `${sentenceStart(TABLE_NAMES.it[p.table])}: nessun tasso per ${fixingText(p.fixing, f)} (la tabella non ha nulla per ${gap(p, f, 'in poi')}); gli interessi dal ${f.date(p.from)} al ${f.date(p.to)} non si possono calcolare: aggiungere il tasso alla tabella.`,
  },
  fr: {
    'interest.statutory': (p, f) =>
      `${capitalise(JURISDICTION_NAMES.fr[p.jurisdiction])} : ${p.steps.map((s) => step(s, p.table, p.marginPp, f)).join(' ; ')} ; ${FIXING.fr[p.fixing]} ; ${dayCount(p.dayCount)} ; intérêts simples ; le total est la somme exacte des périodes, arrondie une seule fois.`,
    'interest.contract': (p, f) =>
      `Taux contractuel ${p.monthlyPercent === null ? `${f.percent(p.annualPercent)} par an` : `${f.percent(p.monthlyPercent)} par mois (${f.percent(p.annualPercent)} par an)`} ; ${dayCount(p.dayCount)} ; intérêts simples.`,
    'interest.none': (p, f) =>
      ({
        'not-overdue': `Pas de pénalités de retard : non échue au ${f.date(p.until)}.`,
        'paid-before-start': 'Pas de pénalités de retard : payée avant leur point de départ.',
        'no-statutory-rate': `Pas de pénalités de retard : le ${JURISDICTION_NAMES.fr[p.jurisdiction]} ne fixe aucun taux légal ; saisir le taux contractuel.`,
        'consumer-not-covered': `Pas de pénalités de retard : le ${JURISDICTION_NAMES.fr[p.jurisdiction]} n’en prévoit pas pour les consommateurs ; saisir un taux contractuel.`,
        'awaiting-formal-notice':
          'Pas encore d’intérêts : le consommateur ne doit l’intérêt légal qu’à compter de la mise en demeure ; saisir sa date.',
      })[p.why],
    'interest.day-count-unusual': (p) =>
      `${p.dayCount} n’est pas la base de calcul usuelle en ${JURISDICTION_NAMES.fr[p.jurisdiction]} (c’est ${p.usual}).`,
    'interest.payment-ignored': (p, f) =>
      `Paiement de ${f.money(p.amount, p.currency)} du ${f.date(p.date)} ignoré : montant non positif.`,
    'interest.awaiting-formal-notice': () =>
      'Le consommateur ne doit l’intérêt légal qu’à compter de la mise en demeure : saisir sa date.',
    'interest.no-statutory-rate': (p) =>
      `Le ${JURISDICTION_NAMES.fr[p.jurisdiction]} ne fixe aucun taux légal de pénalités : saisir le taux contractuel (p. ex. 1,5 % par mois).`,
    'interest.consumer-not-covered': (p) =>
      `Le ${JURISDICTION_NAMES.fr[p.jurisdiction]} ne prévoit pas d’intérêts légaux sur les dettes des consommateurs : saisir un taux contractuel.`,
    'interest.contract-date-assumed': (p, f) =>
      `Date du contrat non indiquée : + ${pp(p.marginPp, f)} points retenus ; les contrats antérieurs au ${f.date(p.before)} prennent + ${pp(p.earlierMarginPp, f)} points.`,
    'interest.rate-mode-not-offered': (p) =>
      `${capitalise(FIXING.fr[p.mode])} : non prévu en ${JURISDICTION_NAMES.fr[p.jurisdiction]} ; ${FIXING.fr[p.used]} appliqué.`,
    'interest.rate-unconfirmed': (p, f) =>
      `${capitalise(TABLE_NAMES.fr[p.table])} : ${f.percent(p.ratePercent)} à partir du ${f.date(p.from)} non confirmé ; vérifier la table des taux.`,
    'interest.uncertain-day': (p, f) =>
      `${capitalise(TABLE_NAMES.fr[p.table])} : le jour d’un changement entre le ${f.date(p.from)} et le ${f.date(p.to)} est inconnu et modifie ce montant ; la table le date au dernier jour du mois.`,
    'interest.both-contract-rates': () =>
      'Un taux contractuel annuel et un taux mensuel sont indiqués : le taux annuel est retenu.',
    'interest.floor-unknown': (p) =>
      `Taux de l’intérêt légal du ${half(p.half, 'fr')} manquant : le plancher de ${p.multiple} × ce taux ne peut être vérifié.`,
    'interest.below-floor': (p, f) =>
      `Le taux convenu est inférieur à ${p.multiple} × le taux de l’intérêt légal du ${half(p.half, 'fr')} (${f.percent(p.legalPercent)}) : l’article L441-10 C. com. ne le permet pas.`,
    'interest.missing-rate': (p, f) =>
      `${capitalise(TABLE_NAMES.fr[p.table])} : aucun taux pour ${fixingText(p.fixing, f)} (rien dans la table pour ${gap(p, f, 'et après')}) ; les pénalités du ${f.date(p.from)} au ${f.date(p.to)} ne peuvent être calculées : ajouter le taux à la table.`,
  },
  ro: {
    'interest.statutory': (p, f) =>
      `${capitalise(JURISDICTION_NAMES.ro[p.jurisdiction])}: ${p.steps.map((s) => step(s, p.table, p.marginPp, f)).join('; ')}; ${FIXING.ro[p.fixing]}; ${dayCount(p.dayCount)}; dobândă simplă; totalul este suma exactă a perioadelor, rotunjită o singură dată.`,
    'interest.contract': (p, f) =>
      `Rata contractuală ${p.monthlyPercent === null ? `${f.percent(p.annualPercent)} pe an` : `${f.percent(p.monthlyPercent)} pe lună (${f.percent(p.annualPercent)} pe an)`}; ${dayCount(p.dayCount)}; dobândă simplă.`,
    'interest.none': (p, f) =>
      ({
        'not-overdue': `Fără dobândă penalizatoare: nu este scadentă la ${f.date(p.until)}.`,
        'paid-before-start': 'Fără dobândă penalizatoare: plătită înainte de începerea curgerii dobânzii.',
        'no-statutory-rate': `Fără dobândă penalizatoare: ${JURISDICTION_NAMES.ro[p.jurisdiction]} nu stabilește o rată legală; introduceți rata contractuală.`,
        'consumer-not-covered': `Fără dobândă penalizatoare: ${JURISDICTION_NAMES.ro[p.jurisdiction]} nu prevede dobândă legală pentru datoriile consumatorilor; introduceți o rată contractuală.`,
        'awaiting-formal-notice':
          'Încă fără dobândă: consumatorul datorează dobânda legală doar de la punerea în întârziere (mise en demeure); introduceți data acesteia.',
      })[p.why],
    'interest.day-count-unusual': (p) =>
      `${p.dayCount} nu este convenția de zile uzuală conform ${JURISDICTION_NAMES.ro[p.jurisdiction]} (uzuală este ${p.usual}).`,
    'interest.payment-ignored': (p, f) =>
      `Plata de ${f.money(p.amount, p.currency)} din ${f.date(p.date)} a fost ignorată: suma nu este pozitivă.`,
    'interest.awaiting-formal-notice': () =>
      'Consumatorul datorează dobânda legală doar de la punerea în întârziere (mise en demeure): introduceți data acesteia.',
    'interest.no-statutory-rate': (p) =>
      `${capitalise(JURISDICTION_NAMES.ro[p.jurisdiction])} nu stabilește o rată legală a dobânzii penalizatoare: introduceți rata contractuală (de ex. 1,5 % pe lună).`,
    'interest.consumer-not-covered': (p) =>
      `${capitalise(JURISDICTION_NAMES.ro[p.jurisdiction])} nu prevede dobândă penalizatoare legală pentru datoriile consumatorilor: introduceți o rată contractuală.`,
    'interest.contract-date-assumed': (p, f) =>
      `Data contractului lipsește: se aplică + ${pp(p.marginPp, f)} puncte; contractele dinainte de ${f.date(p.before)} au + ${pp(p.earlierMarginPp, f)} puncte.`,
    'interest.rate-mode-not-offered': (p) =>
      `${capitalise(FIXING.ro[p.mode])}: nu este prevăzut de ${JURISDICTION_NAMES.ro[p.jurisdiction]}; se aplică: ${FIXING.ro[p.used]}.`,
    'interest.rate-unconfirmed': (p, f) =>
      `${capitalise(TABLE_NAMES.ro[p.table])}: ${f.percent(p.ratePercent)} de la ${f.date(p.from)} este neconfirmată; verificați tabelul ratelor.`,
    'interest.uncertain-day': (p, f) =>
      `${capitalise(TABLE_NAMES.ro[p.table])}: ziua unei modificări între ${f.date(p.from)} și ${f.date(p.to)} nu este cunoscută și schimbă această sumă; tabelul o datează în ultima zi a lunii.`,
    'interest.both-contract-rates': () =>
      'Sunt date atât o rată contractuală anuală, cât și una lunară: se aplică rata anuală.',
    'interest.floor-unknown': (p) =>
      `Lipsește dobânda legală franceză pentru ${half(p.half, 'ro')}: pragul de ${p.multiple} × această rată nu poate fi verificat.`,
    'interest.below-floor': (p, f) =>
      `Rata convenită este sub ${p.multiple} × dobânda legală franceză pentru ${half(p.half, 'ro')} (${f.percent(p.legalPercent)}): art. L441-10 C. com. nu o permite.`,
    'interest.missing-rate': (p, f) =>
      `${capitalise(TABLE_NAMES.ro[p.table])}: nicio rată pentru ${fixingText(p.fixing, f)} (tabelul nu are nimic pentru ${gap(p, f, 'în continuare')}); dobânda de la ${f.date(p.from)} la ${f.date(p.to)} nu poate fi calculată: adăugați rata în tabel.`,
  },
  da: {
    'interest.statutory': (p, f) =>
      `${capitalise(JURISDICTION_NAMES.da[p.jurisdiction])}: ${p.steps.map((s) => step(s, p.table, p.marginPp, f)).join('; ')}; ${FIXING.da[p.fixing]}; ${dayCount(p.dayCount)}; simpel rente; totalen er den nøjagtige sum af perioderne, afrundet én gang.`,
    'interest.contract': (p, f) =>
      `Aftalt rente ${p.monthlyPercent === null ? `${f.percent(p.annualPercent)} p.a.` : `${f.percent(p.monthlyPercent)} pr. måned (${f.percent(p.annualPercent)} p.a.)`}; ${dayCount(p.dayCount)}; simpel rente.`,
    'interest.none': (p, f) =>
      ({
        'not-overdue': `Ingen morarente: ikke forfalden pr. ${f.date(p.until)}.`,
        'paid-before-start': 'Ingen morarente: betalt før renten begyndte at løbe.',
        'no-statutory-rate': `Ingen morarente: ${JURISDICTION_NAMES.da[p.jurisdiction]} fastsætter ingen lovbestemt rente; indtast den aftalte rente.`,
        'consumer-not-covered': `Ingen morarente: ${JURISDICTION_NAMES.da[p.jurisdiction]} giver ingen lovbestemt rente på forbrugeres gæld; indtast en aftalt rente.`,
        'awaiting-formal-notice':
          'Endnu ingen rente: forbrugeren skylder den lovbestemte rente først fra påkravet (mise en demeure); indtast datoen.',
      })[p.why],
    'interest.day-count-unusual': (p) =>
      `${p.dayCount} er ikke den sædvanlige dagberegning efter ${JURISDICTION_NAMES.da[p.jurisdiction]} (det er ${p.usual}).`,
    'interest.payment-ignored': (p, f) =>
      `Betaling på ${f.money(p.amount, p.currency)} den ${f.date(p.date)} ignoreret: beløbet er ikke positivt.`,
    'interest.awaiting-formal-notice': () =>
      'Forbrugeren skylder den lovbestemte rente først fra påkravet (mise en demeure): indtast datoen.',
    'interest.no-statutory-rate': (p) =>
      `${capitalise(JURISDICTION_NAMES.da[p.jurisdiction])} fastsætter ingen lovbestemt morarente: indtast den aftalte rente (f.eks. 1,5 % pr. måned).`,
    'interest.consumer-not-covered': (p) =>
      `${capitalise(JURISDICTION_NAMES.da[p.jurisdiction])} giver ingen lovbestemt morarente på forbrugeres gæld: indtast en aftalt rente.`,
    'interest.contract-date-assumed': (p, f) =>
      `Aftaledato ikke angivet: + ${pp(p.marginPp, f)} procentpoint anvendt; aftaler før ${f.date(p.before)} har + ${pp(p.earlierMarginPp, f)} procentpoint.`,
    'interest.rate-mode-not-offered': (p) =>
      `${capitalise(FIXING.da[p.mode])}: findes ikke efter ${JURISDICTION_NAMES.da[p.jurisdiction]}; i stedet: ${FIXING.da[p.used]}.`,
    'interest.rate-unconfirmed': (p, f) =>
      `${capitalise(TABLE_NAMES.da[p.table])}: ${f.percent(p.ratePercent)} fra ${f.date(p.from)} er ikke bekræftet; tjek rentetabellen.`,
    'interest.uncertain-day': (p, f) =>
      `${capitalise(TABLE_NAMES.da[p.table])}: dagen for en ændring mellem ${f.date(p.from)} og ${f.date(p.to)} kendes ikke og ændrer beløbet; tabellen sætter den til månedens sidste dag.`,
    'interest.both-contract-rates': () =>
      'Både en årlig og en månedlig aftalt rente er angivet: den årlige anvendes.',
    'interest.floor-unknown': (p) =>
      `Fransk lovbestemt rente for ${half(p.half, 'da')} mangler: gulvet på ${p.multiple} × den sats kan ikke kontrolleres.`,
    'interest.below-floor': (p, f) =>
      `Den aftalte rente er under ${p.multiple} × den franske lovbestemte rente for ${half(p.half, 'da')} (${f.percent(p.legalPercent)}): C. com. L441-10 tillader det ikke.`,
    'interest.missing-rate': (p, f) =>
      `${capitalise(TABLE_NAMES.da[p.table])}: ingen sats for ${fixingText(p.fixing, f)} (tabellen har intet for ${gap(p, f, 'og frem')}); renten fra ${f.date(p.from)} til ${f.date(p.to)} kan ikke beregnes: tilføj satsen i tabellen.`,
  },
  de: {
    'interest.statutory': (p, f) =>
      `${capitalise(JURISDICTION_NAMES.de[p.jurisdiction])}: ${p.steps.map((s) => step(s, p.table, p.marginPp, f)).join('; ')}; ${FIXING.de[p.fixing]}; ${dayCount(p.dayCount)}; einfache Zinsen; die Summe ist die exakte Summe der Zeiträume, einmal kaufmännisch gerundet.`,
    'interest.contract': (p, f) =>
      `Vertragszins ${p.monthlyPercent === null ? `${f.percent(p.annualPercent)} p. a.` : `${f.percent(p.monthlyPercent)} pro Monat (${f.percent(p.annualPercent)} p. a.)`}; ${dayCount(p.dayCount)}; einfache Zinsen.`,
    'interest.none': (p, f) =>
      ({
        'not-overdue': `Keine Verzugszinsen: am ${f.date(p.until)} nicht fällig.`,
        'paid-before-start': 'Keine Verzugszinsen: vor Zinsbeginn bezahlt.',
        'no-statutory-rate': `Keine Verzugszinsen: ${JURISDICTION_NAMES.de[p.jurisdiction]} kennt keinen gesetzlichen Zinssatz; bitte den Vertragszins eingeben.`,
        'consumer-not-covered': `Keine Verzugszinsen: ${JURISDICTION_NAMES.de[p.jurisdiction]} sieht für Verbraucherschulden keine gesetzlichen Zinsen vor; bitte einen Vertragszins eingeben.`,
        'awaiting-formal-notice':
          'Noch keine Zinsen: Verbraucher schulden den gesetzlichen Zins erst ab der Mahnung (mise en demeure); bitte deren Datum eingeben.',
      })[p.why],
    'interest.day-count-unusual': (p) =>
      `${p.dayCount} ist nach ${JURISDICTION_NAMES.de[p.jurisdiction]} nicht die übliche Tageberechnung (üblich ist ${p.usual}).`,
    'interest.payment-ignored': (p, f) =>
      `Zahlung über ${f.money(p.amount, p.currency)} vom ${f.date(p.date)} ignoriert: Betrag nicht positiv.`,
    'interest.awaiting-formal-notice': () =>
      'Verbraucher schulden den gesetzlichen Zins erst ab der Mahnung (mise en demeure): bitte deren Datum eingeben.',
    'interest.no-statutory-rate': (p) =>
      `${capitalise(JURISDICTION_NAMES.de[p.jurisdiction])} kennt keinen gesetzlichen Verzugszins: bitte den Vertragszins eingeben (z. B. 1,5 % pro Monat).`,
    'interest.consumer-not-covered': (p) =>
      `${capitalise(JURISDICTION_NAMES.de[p.jurisdiction])} sieht für Verbraucherschulden keine gesetzlichen Verzugszinsen vor: bitte einen Vertragszins eingeben.`,
    'interest.contract-date-assumed': (p, f) =>
      `Vertragsdatum fehlt: + ${pp(p.marginPp, f)} Prozentpunkte angenommen; Verträge vor dem ${f.date(p.before)} haben + ${pp(p.earlierMarginPp, f)} Prozentpunkte.`,
    'interest.rate-mode-not-offered': (p) =>
      `${capitalise(FIXING.de[p.mode])}: nach ${JURISDICTION_NAMES.de[p.jurisdiction]} nicht vorgesehen; stattdessen: ${FIXING.de[p.used]}.`,
    'interest.rate-unconfirmed': (p, f) =>
      `${capitalise(TABLE_NAMES.de[p.table])}: ${f.percent(p.ratePercent)} ab ${f.date(p.from)} ist nicht bestätigt; bitte die Zinstabelle prüfen.`,
    'interest.uncertain-day': (p, f) =>
      `${capitalise(TABLE_NAMES.de[p.table])}: der Tag einer Änderung zwischen ${f.date(p.from)} und ${f.date(p.to)} ist unbekannt und ändert diesen Betrag; die Tabelle setzt den letzten Tag des Monats an.`,
    'interest.both-contract-rates': () =>
      'Jährlicher und monatlicher Vertragszins angegeben: der jährliche gilt.',
    'interest.floor-unknown': (p) =>
      `Französischer gesetzlicher Zins für das ${half(p.half, 'de')} fehlt: die Untergrenze von ${p.multiple} × diesem Satz kann nicht geprüft werden.`,
    'interest.below-floor': (p, f) =>
      `Der vereinbarte Zins liegt unter ${p.multiple} × dem französischen gesetzlichen Zins für das ${half(p.half, 'de')} (${f.percent(p.legalPercent)}): C. com. L441-10 lässt das nicht zu.`,
    'interest.missing-rate': (p, f) =>
      `${capitalise(TABLE_NAMES.de[p.table])}: kein Satz für ${fixingText(p.fixing, f)} (die Tabelle hat nichts für ${gap(p, f, 'und danach')}); Zinsen vom ${f.date(p.from)} bis ${f.date(p.to)} können nicht berechnet werden: bitte den Satz in der Tabelle ergänzen.`,
  },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
