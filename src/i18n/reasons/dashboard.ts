// Words for the dashboard's codes: payment categories, next steps and the basis of each forecast weight.
import type { LanguageTexts } from './types';
import { CATEGORY_NAMES } from './behaviour';
import type { Language } from '../../domain/types';
import type { ForecastBasis } from '../../charts/forecast';
import type { Category } from '../../charts/debtors';

export type DashboardLabel =
  { code: `dashboard.category.${Category}` } | { code: 'dashboard.next.none' } | ForecastBasis;

type Cat = Record<Category, string>;
const cat = (c: Cat) => (k: Category) => c[k];

const en = cat({
  reliable: 'reliable payers',
  sporadic: 'sporadic payers',
  avoider: 'customers who avoid paying',
  'temporary-difficulty': 'payers in temporary difficulty',
  new: 'new customers',
  'non-payer': 'customers who never paid',
});
const it = cat({
  reliable: 'clienti affidabili',
  sporadic: 'clienti occasionali',
  avoider: 'inadempienti abituali',
  'temporary-difficulty': 'clienti in difficoltà temporanea',
  new: 'clienti nuovi',
  'non-payer': 'clienti che non hanno mai pagato',
});
const fr = cat({
  reliable: 'payeurs fiables',
  sporadic: 'payeurs occasionnels',
  avoider: 'mauvais payeurs',
  'temporary-difficulty': 'payeurs en difficulté passagère',
  new: 'nouveaux clients',
  'non-payer': 'clients qui n’ont jamais payé',
});
const ro = cat({
  reliable: 'plătitori de încredere',
  sporadic: 'plătitori ocazionali',
  avoider: 'rău-platnici',
  'temporary-difficulty': 'plătitori în dificultate temporară',
  new: 'clienți noi',
  'non-payer': 'clienți care nu au plătit niciodată',
});
const da = cat({
  reliable: 'pålidelige betalere',
  sporadic: 'lejlighedsvise betalere',
  avoider: 'dårlige betalere',
  'temporary-difficulty': 'betalere i midlertidige vanskeligheder',
  new: 'nye kunder',
  'non-payer': 'kunder der aldrig har betalt',
});
const de = cat({
  reliable: 'zuverlässige Zahler',
  sporadic: 'gelegentliche Zahler',
  avoider: 'säumige Zahler',
  'temporary-difficulty': 'Zahler in vorübergehenden Schwierigkeiten',
  new: 'neue Kunden',
  'non-payer': 'Kunden, die nie gezahlt haben',
});

/** A language's category names as the customer pages give them (behaviour.ts): one name, every screen. */
function categoryLabels(language: Language): Record<`dashboard.category.${Category}`, () => string> {
  const names = CATEGORY_NAMES[language];
  return Object.fromEntries(
    Object.entries(names).map(([category, name]) => [`dashboard.category.${category}`, () => name]),
  ) as Record<`dashboard.category.${Category}`, () => string>;
}

export const dashboardTexts: LanguageTexts<DashboardLabel> = {
  en: {
    ...categoryLabels('en'),
    'dashboard.next.none': () => 'Nothing to do',
    'dashboard.forecast.due': (p, f) =>
      `Invoices falling due, ${en(p.category)}: counted at ${f.percent(p.weight * 100, 0)}, expected after the due date by each customer’s average days late`,
    'dashboard.forecast.promise': (p, f) =>
      `Promises to pay, from customers with ${p.broken === 0 ? 'no broken promise' : p.broken === 1 ? 'one broken promise' : 'two or more broken promises'}: counted at ${f.percent(p.weight * 100, 0)} on the promised date`,
    'dashboard.forecast.plan': (p, f) =>
      `Payment plan instalments, ${en(p.category)}: counted at ${f.percent(p.weight * 100, 0)} on the instalment date`,
  },
  it: {
    ...categoryLabels('it'),
    'dashboard.next.none': () => 'Nulla da fare',
    'dashboard.forecast.due': (p, f) =>
      `Fatture in scadenza, ${it(p.category)}: contate al ${f.percent(p.weight * 100, 0)}, attese dopo la scadenza con il ritardo medio di ciascun cliente`,
    'dashboard.forecast.promise': (p, f) =>
      `Promesse di pagamento, da clienti ${p.broken === 0 ? 'che hanno sempre mantenuto le promesse' : p.broken === 1 ? 'con una promessa non mantenuta' : 'con due o più promesse non mantenute'}: contate al ${f.percent(p.weight * 100, 0)} alla data promessa`,
    'dashboard.forecast.plan': (p, f) =>
      `Rate di piani di rientro, ${it(p.category)}: contate al ${f.percent(p.weight * 100, 0)} alla scadenza della rata`,
  },
  fr: {
    ...categoryLabels('fr'),
    'dashboard.next.none': () => 'Rien à faire',
    'dashboard.forecast.due': (p, f) =>
      `Factures arrivant à échéance, ${fr(p.category)} : comptées à ${f.percent(p.weight * 100, 0)}, attendues après l’échéance avec le retard moyen de chaque client`,
    'dashboard.forecast.promise': (p, f) =>
      `Promesses de paiement, de clients ${p.broken === 0 ? 'ayant toujours tenu leurs promesses' : p.broken === 1 ? 'ayant manqué une promesse' : 'ayant manqué deux promesses ou plus'} : comptées à ${f.percent(p.weight * 100, 0)} à la date promise`,
    'dashboard.forecast.plan': (p, f) =>
      `Échéances d’échéanciers, ${fr(p.category)} : comptées à ${f.percent(p.weight * 100, 0)} à leur date`,
  },
  ro: {
    ...categoryLabels('ro'),
    'dashboard.next.none': () => 'Nimic de făcut',
    'dashboard.forecast.due': (p, f) =>
      `Facturi scadente, ${ro(p.category)}: socotite la ${f.percent(p.weight * 100, 0)}, așteptate după scadență cu întârzierea medie a fiecărui client`,
    'dashboard.forecast.promise': (p, f) =>
      `Promisiuni de plată, de la clienți ${p.broken === 0 ? 'care și-au respectat mereu promisiunile' : p.broken === 1 ? 'cu o promisiune nerespectată' : 'cu două sau mai multe promisiuni nerespectate'}: socotite la ${f.percent(p.weight * 100, 0)} la data promisă`,
    'dashboard.forecast.plan': (p, f) =>
      `Rate din planuri de plată, ${ro(p.category)}: socotite la ${f.percent(p.weight * 100, 0)} la scadența ratei`,
  },
  da: {
    ...categoryLabels('da'),
    'dashboard.next.none': () => 'Intet at gøre',
    'dashboard.forecast.due': (p, f) =>
      `Fakturaer der forfalder, ${da(p.category)}: regnet med ${f.percent(p.weight * 100, 0)}, ventet efter forfald med hver kundes gennemsnitlige forsinkelse`,
    'dashboard.forecast.promise': (p, f) =>
      `Betalingsløfter fra kunder ${p.broken === 0 ? 'der altid har holdt deres løfter' : p.broken === 1 ? 'med ét brudt løfte' : 'med to eller flere brudte løfter'}: regnet med ${f.percent(p.weight * 100, 0)} på den lovede dato`,
    'dashboard.forecast.plan': (p, f) =>
      `Afdrag på betalingsaftaler, ${da(p.category)}: regnet med ${f.percent(p.weight * 100, 0)} på afdragets dato`,
  },
  de: {
    ...categoryLabels('de'),
    'dashboard.next.none': () => 'Nichts zu tun',
    'dashboard.forecast.due': (p, f) =>
      `Fällig werdende Rechnungen, ${de(p.category)}: mit ${f.percent(p.weight * 100, 0)} gerechnet, erwartet nach Fälligkeit mit dem durchschnittlichen Verzug jedes Kunden`,
    'dashboard.forecast.promise': (p, f) =>
      `Zahlungszusagen von Kunden ${p.broken === 0 ? 'ohne gebrochene Zusage' : p.broken === 1 ? 'mit einer gebrochenen Zusage' : 'mit zwei oder mehr gebrochenen Zusagen'}: mit ${f.percent(p.weight * 100, 0)} zum zugesagten Datum gerechnet`,
    'dashboard.forecast.plan': (p, f) =>
      `Raten aus Ratenvereinbarungen, ${de(p.category)}: mit ${f.percent(p.weight * 100, 0)} zum Ratentermin gerechnet`,
  },
};
