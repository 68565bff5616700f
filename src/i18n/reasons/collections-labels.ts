// Words for the collections vocabulary (steps, channels, row kinds, states, the reasons a user picks)
// and for the next legal step per governing law (rules.md §6: names and bases only, no advice).
import { behaviourTexts } from './behaviour';
import { formatterFor } from './format';
import type { BehaviourCategory } from '../../domain/behaviour';
import type { CollectionsLabel, LegalReason, LegalStepKind } from '../../domain/collections/reasons';
import type { Jurisdiction, Language } from '../../domain/types';
import type { LanguageTexts } from './types';

export type CollectionsLabelCode =
  CollectionsLabel | LegalReason | { code: `collections.category.${BehaviourCategory}` };

type Law = Jurisdiction | 'cross-border';

// Names of the procedures as the law of each country calls them (rules.md §6). They stay in the
// law's own language whatever the interface language: that is the name the user will meet at court.
const PROCEDURES: Partial<Record<Law, Partial<Record<LegalStepKind, string>>>> = {
  IT: {
    demand: 'messa in mora (art. 1219 c.c.)',
    order: 'decreto ingiuntivo (art. 633 ss. c.p.c.)',
    'small-claims': 'giudice di pace',
  },
  FR: {
    demand: 'mise en demeure',
    order: 'injonction de payer (art. 1405 s. CPC)',
    'small-claims': 'procédure simplifiée de recouvrement des petites créances (commissaire de justice)',
  },
  RO: {
    demand: 'somație (art. 1015 C. proc. civ.)',
    order: 'ordonanța de plată (art. 1014 și urm. C. proc. civ.)',
    'small-claims': 'cererea cu valoare redusă (art. 1026 și urm. C. proc. civ.)',
  },
  DK: {
    demand: 'inkassovarsel (≥ 10 dage)',
    order: 'betalingspåkrav ved fogedretten (retsplejeloven §477 ff.)',
    'small-claims': 'småsagsprocessen',
  },
  DE: { demand: 'Mahnung', order: 'gerichtliches Mahnverfahren, Mahnbescheid (§688 ff. ZPO), online' },
  UK: {
    demand: 'letter before claim (Pre-Action Protocol for Debt Claims for individuals and sole traders)',
    order: 'Money Claim Online',
    'small-claims': 'small claims track',
  },
};

// The EU's own procedures have an official name in every EU language: the interface's is used.
const EU_PROCEDURES: Record<Language, Partial<Record<LegalStepKind, string>>> = {
  en: {
    order: 'European Order for Payment (Regulation (EC) 1896/2006)',
    'small-claims': 'European Small Claims Procedure (Regulation (EC) 861/2007)',
  },
  it: {
    order: "procedimento europeo d'ingiunzione di pagamento (Regolamento (CE) n. 1896/2006)",
    'small-claims':
      'procedimento europeo per le controversie di modesta entità (Regolamento (CE) n. 861/2007)',
  },
  fr: {
    order: "procédure européenne d'injonction de payer (règlement (CE) n° 1896/2006)",
    'small-claims': 'procédure européenne de règlement des petits litiges (règlement (CE) n° 861/2007)',
  },
  ro: {
    order: 'procedura europeană de somație de plată (Regulamentul (CE) nr. 1896/2006)',
    'small-claims':
      'procedura europeană cu privire la cererile cu valoare redusă (Regulamentul (CE) nr. 861/2007)',
  },
  da: {
    order: 'europæisk betalingspåkrav (forordning (EF) nr. 1896/2006)',
    'small-claims': 'europæisk småkravsprocedure (forordning (EF) nr. 861/2007)',
  },
  de: {
    order: 'Europäisches Mahnverfahren (Verordnung (EG) Nr. 1896/2006)',
    'small-claims': 'Europäisches Verfahren für geringfügige Forderungen (Verordnung (EG) Nr. 861/2007)',
  },
};

/** The EU's order for payment and late-payment directive, named in `language` (letters under EU law). */
export function euLegalNames(language: Language): { nextStep: string; basis: string } {
  const basis = {
    en: 'Directive 2011/7/EU',
    it: 'Direttiva 2011/7/UE',
    fr: 'directive 2011/7/UE',
    ro: 'Directiva 2011/7/UE',
    da: 'direktiv 2011/7/EU',
    de: 'Richtlinie 2011/7/EU',
  }[language];
  return { nextStep: EU_PROCEDURES[language].order ?? '', basis };
}

const procedure = (law: Law, step: LegalStepKind, language: Language): string =>
  (law === 'EU' || law === 'cross-border' ? EU_PROCEDURES[language][step] : PROCEDURES[law]?.[step]) ?? '';

const STEP: Record<Language, Record<LegalStepKind, string>> = {
  en: {
    demand: 'Demand before court',
    order: 'Order for payment (no hearing unless the debtor objects)',
    'small-claims': 'Small claims',
  },
  it: {
    demand: 'Diffida prima del giudizio',
    order: 'Ingiunzione di pagamento (senza udienza salvo opposizione)',
    'small-claims': 'Piccole controversie',
  },
  fr: {
    demand: 'Demande avant procès',
    order: 'Injonction de payer (sans audience sauf opposition)',
    'small-claims': 'Petites créances',
  },
  ro: {
    demand: 'Somație înainte de proces',
    order: 'Ordonanță de plată (fără dezbateri, dacă debitorul nu se opune)',
    'small-claims': 'Cereri cu valoare redusă',
  },
  da: {
    demand: 'Påkrav før retssag',
    order: 'Betalingspåkrav (uden retsmøde, medmindre skyldneren gør indsigelse)',
    'small-claims': 'Småsager',
  },
  de: {
    demand: 'Aufforderung vor Gericht',
    order: 'Zahlungsbefehl (ohne Verhandlung, außer bei Widerspruch)',
    'small-claims': 'Geringfügige Forderungen',
  },
};

// The governing law as a phrase that fits after a step's name ("Small claims under Danish law").
const LAW: Record<Language, Record<Law, string>> = {
  en: {
    IT: 'under Italian law',
    FR: 'under French law',
    RO: 'under Romanian law',
    DK: 'under Danish law',
    DE: 'under German law',
    UK: 'under English law',
    EU: 'under EU law',
    US: 'under US law',
    'cross-border': 'in a cross-border EU case',
  },
  it: {
    IT: 'secondo il diritto italiano',
    FR: 'secondo il diritto francese',
    RO: 'secondo il diritto rumeno',
    DK: 'secondo il diritto danese',
    DE: 'secondo il diritto tedesco',
    UK: 'secondo il diritto inglese',
    EU: 'secondo il diritto UE',
    US: 'secondo il diritto statunitense',
    'cross-border': 'in una controversia transfrontaliera UE',
  },
  fr: {
    IT: 'en droit italien',
    FR: 'en droit français',
    RO: 'en droit roumain',
    DK: 'en droit danois',
    DE: 'en droit allemand',
    UK: 'en droit anglais',
    EU: 'en droit de l’UE',
    US: 'en droit américain',
    'cross-border': 'dans un litige transfrontalier de l’UE',
  },
  ro: {
    IT: 'conform dreptului italian',
    FR: 'conform dreptului francez',
    RO: 'conform dreptului român',
    DK: 'conform dreptului danez',
    DE: 'conform dreptului german',
    UK: 'conform dreptului englez',
    EU: 'conform dreptului UE',
    US: 'conform dreptului SUA',
    'cross-border': 'într-un litigiu transfrontalier în UE',
  },
  da: {
    IT: 'efter italiensk ret',
    FR: 'efter fransk ret',
    RO: 'efter rumænsk ret',
    DK: 'efter dansk ret',
    DE: 'efter tysk ret',
    UK: 'efter engelsk ret',
    EU: 'efter EU-ret',
    US: 'efter amerikansk ret',
    'cross-border': 'i en grænseoverskridende EU-sag',
  },
  de: {
    IT: 'nach italienischem Recht',
    FR: 'nach französischem Recht',
    RO: 'nach rumänischem Recht',
    DK: 'nach dänischem Recht',
    DE: 'nach deutschem Recht',
    UK: 'nach englischem Recht',
    EU: 'nach EU-Recht',
    US: 'nach US-Recht',
    'cross-border': 'in einem grenzüberschreitenden EU-Fall',
  },
};

const label = <T extends Record<string, string>>(prefix: string, words: T): Record<string, () => string> =>
  Object.fromEntries(Object.entries(words).map(([k, v]) => [`${prefix}.${k}`, () => v]));

interface Words {
  level: [string, string, string, string, string, string, string];
  channel: [string, string, string];
  kind: [string, string, string, string, string, string];
  promise: [string, string, string, string];
  instalment: [string, string, string, string, string, string];
  settlement: [string, string, string, string, string];
  dispute: [string, string, string, string, string, string, string];
  resolution: [string, string, string];
  writeOff: [string, string, string, string, string, string, string];
  stage: [string, string, string];
  check: [string, string, string, string];
  category: [string, string, string, string];
  court: string;
  disclaimer: string;
  none: (step: string, law: string) => string;
  step: (step: string, law: string, name: string) => string;
}

const KEYS = {
  level: ['receipt-check', 'courtesy', 'reminder-1', 'call', 'reminder-2', 'final-notice', 'escalation'],
  channel: ['letter', 'email', 'call'],
  kind: ['letter', 'call', 'promise-due', 'instalment-missed', 'credit-hold', 'due-soon'],
  promise: ['pending', 'due', 'kept', 'broken'],
  instalment: ['paid', 'paid-late', 'partly-paid', 'missed', 'due', 'upcoming'],
  settlement: ['open', 'accepted', 'paid', 'rejected', 'expired'],
  dispute: ['quality', 'quantity', 'price', 'not-received', 'already-paid', 'terms', 'other'],
  resolution: ['for-us', 'credit-note', 'partly'],
  writeOff: ['uncollectable', 'insolvency', 'settlement', 'small-balance', 'dispute', 'time-barred', 'other'],
  stage: ['agency', 'small-claims', 'lawyer'],
  check: ['references', 'credit-report', 'annual-accounts', 'other'],
  category: ['reliable', 'sporadic', 'chronic', 'new'],
} as const;

const PREFIX: Record<keyof typeof KEYS, string> = {
  level: 'collections.level',
  channel: 'collections.channel',
  kind: 'collections.kind',
  promise: 'collections.promise',
  instalment: 'collections.instalment',
  settlement: 'collections.settlement',
  dispute: 'collections.dispute',
  resolution: 'collections.resolution',
  writeOff: 'collections.write-off',
  stage: 'collections.stage',
  check: 'collections.check',
  category: 'collections.category',
};

function build(language: Language, w: Words): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const group of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
    const keys = KEYS[group];
    const words = w[group];
    Object.assign(out, label(PREFIX[group], Object.fromEntries(keys.map((k, i) => [k, words[i]!]))));
  }
  out['collections.legal.court'] = () => w.court;
  out['collections.legal.disclaimer'] = () => w.disclaimer;
  out['collections.legal.none'] = (p: { step: LegalStepKind; law: Law }) =>
    w.none(STEP[language][p.step], LAW[language][p.law]);
  out['collections.legal.step'] = (p: { step: LegalStepKind; law: Law }) =>
    w.step(STEP[language][p.step], LAW[language][p.law], procedure(p.law, p.step, language));
  return out;
}

/** The level's name, for texts that mention a step. */
export function levelName(language: Language, level: string): string {
  const i = (KEYS.level as readonly string[]).indexOf(level);
  return WORDS[language].level[i] ?? level;
}

/** The behaviour category in words: the domain's own label (reasons/behaviour.ts), one wording everywhere. */
export function categoryName(language: Language, category: BehaviourCategory): string {
  return behaviourTexts[language]['behaviour.category']({ category }, formatterFor(language));
}

export function channelName(language: Language, channel: string): string {
  const i = (KEYS.channel as readonly string[]).indexOf(channel);
  return WORDS[language].channel[i] ?? channel;
}

const WORDS: Record<Language, Words> = {
  en: {
    level: [
      'Receipt check',
      'Courtesy reminder before due',
      'First reminder',
      'Phone call',
      'Second reminder',
      'Final notice',
      'Escalation',
    ],
    channel: ['letter', 'email', 'phone call'],
    kind: ['Letter to send', 'Call to make', 'Promise due', 'Instalment missed', 'Credit hold?', 'Due soon'],
    promise: ['Pending', 'Due today', 'Kept', 'Broken'],
    instalment: ['Paid', 'Paid late', 'Partly paid', 'Missed', 'Due', 'Upcoming'],
    settlement: ['Open', 'Accepted', 'Paid', 'Rejected', 'Expired'],
    dispute: [
      'Quality of goods or work',
      'Quantity delivered',
      'Price',
      'Not received',
      'Already paid',
      'Terms',
      'Other',
    ],
    resolution: [
      'Resolved in our favour',
      'Resolved for the customer with a credit note',
      'Partly resolved for each side',
    ],
    writeOff: [
      'Uncollectable',
      'Insolvency of the debtor',
      'Settlement',
      'Small balance',
      'Dispute',
      'Time-barred',
      'Other',
    ],
    stage: ['Collection agency', 'Small claims', 'Lawyer'],
    check: ['References called', 'Credit report', 'Annual accounts', 'Other'],
    category: ['Reliable payer', 'Sometimes late', 'Chronically late', 'New customer, little history'],
    court: 'The small-claims court is usually that of the debtor’s domicile.',
    disclaimer:
      'This names the procedures; it is not legal advice. Check the current rules and thresholds with the official source or a lawyer.',
    none: (step, law) => `${step}: no such procedure ${law}.`,
    step: (step, law, name) => `${step} ${law}: ${name}`,
  },
  it: {
    level: [
      'Verifica ricezione fattura',
      'Promemoria di cortesia prima della scadenza',
      'Sollecito di pagamento',
      'Telefonata',
      'Secondo sollecito',
      'Lettera di messa in mora',
      'Passaggio al recupero crediti',
    ],
    channel: ['lettera', 'e-mail', 'telefonata'],
    kind: [
      'Lettera da inviare',
      'Telefonata da fare',
      'Promessa in scadenza',
      'Rata non pagata',
      'Bloccare il fido?',
      'In scadenza',
    ],
    promise: ['In attesa', 'In scadenza oggi', 'Mantenuta', 'Non mantenuta'],
    instalment: ['Pagata', 'Pagata in ritardo', 'Pagata in parte', 'Non pagata', 'In scadenza', 'Futura'],
    settlement: ['Aperta', 'Accettata', 'Pagata', 'Rifiutata', 'Scaduta'],
    dispute: [
      'Qualità della merce o del lavoro',
      'Quantità consegnata',
      'Prezzo',
      'Non ricevuta',
      'Già pagata',
      'Condizioni',
      'Altro',
    ],
    resolution: [
      'Risolta a nostro favore',
      'Risolta a favore del cliente con nota di credito',
      'Risolta in parte',
    ],
    writeOff: [
      'Inesigibile',
      'Insolvenza del debitore',
      'Accordo transattivo',
      'Residuo di piccolo importo',
      'Contestazione',
      'Prescritto',
      'Altro',
    ],
    stage: ['Agenzia di recupero crediti', 'Piccole controversie', 'Avvocato'],
    check: ['Referenze sentite', 'Rapporto commerciale', 'Bilancio', 'Altro'],
    category: ['Buon pagatore', 'Ritardi occasionali', 'Ritardatario cronico', 'Cliente nuovo, poca storia'],
    court: 'Il giudice competente per le piccole controversie è di solito quello del domicilio del debitore.',
    disclaimer:
      'Qui sono indicati i nomi delle procedure: non è una consulenza legale. Verificare regole e soglie vigenti alla fonte ufficiale o con un avvocato.',
    none: (step, law) => `${step}: nessuna procedura di questo tipo ${law}.`,
    step: (step, law, name) => `${step} ${law}: ${name}`,
  },
  fr: {
    level: [
      'Vérification de réception',
      'Rappel de courtoisie avant échéance',
      'Lettre de relance',
      'Appel téléphonique',
      'Deuxième relance',
      'Mise en demeure de payer',
      'Passage au recouvrement',
    ],
    channel: ['courrier', 'e-mail', 'appel'],
    kind: [
      'Lettre à envoyer',
      'Appel à passer',
      'Promesse à échéance',
      'Échéance impayée',
      'Bloquer l’encours ?',
      'Échéance proche',
    ],
    promise: ['En attente', 'À échéance aujourd’hui', 'Tenue', 'Non tenue'],
    instalment: ['Payée', 'Payée en retard', 'Payée en partie', 'Impayée', 'À échéance', 'À venir'],
    settlement: ['Ouverte', 'Acceptée', 'Payée', 'Refusée', 'Expirée'],
    dispute: [
      'Qualité des marchandises ou du travail',
      'Quantité livrée',
      'Prix',
      'Non reçue',
      'Déjà payée',
      'Conditions',
      'Autre',
    ],
    resolution: ['Réglé en notre faveur', 'Réglé en faveur du client par un avoir', 'Réglé en partie'],
    writeOff: [
      'Irrécouvrable',
      'Insolvabilité du débiteur',
      'Règlement amiable',
      'Petit solde',
      'Litige',
      'Prescrite',
      'Autre',
    ],
    stage: ['Société de recouvrement', 'Petites créances', 'Avocat'],
    check: ['Références contactées', 'Rapport de solvabilité', 'Comptes annuels', 'Autre'],
    category: [
      'Bon payeur',
      'Retards occasionnels',
      'Retards chroniques',
      'Nouveau client, peu d’historique',
    ],
    court:
      'La juridiction compétente pour les petites créances est en général celle du domicile du débiteur.',
    disclaimer:
      'Ceci nomme les procédures ; ce n’est pas un conseil juridique. Vérifiez les règles et seuils en vigueur auprès de la source officielle ou d’un avocat.',
    none: (step, law) => `${step} : pas de telle procédure ${law}.`,
    step: (step, law, name) => `${step} ${law} : ${name}`,
  },
  ro: {
    level: [
      'Verificarea primirii facturii',
      'Memento amical înainte de scadență',
      'Notificare de plată',
      'Apel telefonic',
      'A doua notificare',
      'Somație de plată',
      'Trecere la recuperare',
    ],
    channel: ['scrisoare', 'e-mail', 'apel'],
    kind: [
      'Scrisoare de trimis',
      'Apel de făcut',
      'Promisiune scadentă',
      'Rată neplătită',
      'Blocare credit?',
      'Scadență apropiată',
    ],
    promise: ['În așteptare', 'Scadentă azi', 'Respectată', 'Nerespectată'],
    instalment: ['Plătită', 'Plătită cu întârziere', 'Plătită parțial', 'Neplătită', 'Scadentă', 'Viitoare'],
    settlement: ['Deschisă', 'Acceptată', 'Plătită', 'Respinsă', 'Expirată'],
    dispute: [
      'Calitatea mărfii sau a lucrării',
      'Cantitatea livrată',
      'Preț',
      'Neprimită',
      'Deja plătită',
      'Condiții',
      'Altele',
    ],
    resolution: [
      'Soluționată în favoarea noastră',
      'Soluționată în favoarea clientului prin notă de credit',
      'Soluționată parțial',
    ],
    writeOff: [
      'Irecuperabilă',
      'Insolvența debitorului',
      'Tranzacție',
      'Sold mic',
      'Litigiu',
      'Prescrisă',
      'Altele',
    ],
    stage: ['Agenție de recuperare', 'Cerere cu valoare redusă', 'Avocat'],
    check: ['Referințe verificate', 'Raport de credit', 'Situații financiare anuale', 'Altele'],
    category: [
      'Plătitor de încredere',
      'Întârzieri ocazionale',
      'Întârzieri cronice',
      'Client nou, istoric redus',
    ],
    court:
      'Instanța competentă pentru cererile cu valoare redusă este de regulă cea de la domiciliul debitorului.',
    disclaimer:
      'Aici sunt numite procedurile; nu este consultanță juridică. Verificați regulile și pragurile în vigoare la sursa oficială sau cu un avocat.',
    none: (step, law) => `${step}: nu există o astfel de procedură ${law}.`,
    step: (step, law, name) => `${step} ${law}: ${name}`,
  },
  da: {
    level: [
      'Kontrol af modtagelse',
      'Venlig påmindelse før forfald',
      'Betalingspåmindelse (rykker 1)',
      'Telefonopkald',
      'Rykker 2',
      'Inkassovarsel',
      'Overdragelse til inkasso',
    ],
    channel: ['brev', 'e-mail', 'opkald'],
    kind: [
      'Brev at sende',
      'Opkald at foretage',
      'Betalingsløfte forfalder',
      'Afdrag ikke betalt',
      'Kreditstop?',
      'Forfalder snart',
    ],
    promise: ['Afventer', 'Forfalder i dag', 'Holdt', 'Brudt'],
    instalment: ['Betalt', 'Betalt for sent', 'Delvist betalt', 'Ikke betalt', 'Forfalder', 'Kommende'],
    settlement: ['Åbent', 'Accepteret', 'Betalt', 'Afvist', 'Udløbet'],
    dispute: [
      'Kvalitet af varer eller arbejde',
      'Leveret mængde',
      'Pris',
      'Ikke modtaget',
      'Allerede betalt',
      'Betingelser',
      'Andet',
    ],
    resolution: ['Afgjort til vores fordel', 'Afgjort til kundens fordel med kreditnota', 'Delvist afgjort'],
    writeOff: [
      'Uerholdelig',
      'Skyldners insolvens',
      'Forlig',
      'Lille restbeløb',
      'Tvist',
      'Forældet',
      'Andet',
    ],
    stage: ['Inkassobureau', 'Småsag', 'Advokat'],
    check: ['Referencer kontaktet', 'Kreditoplysning', 'Årsregnskab', 'Andet'],
    category: [
      'Pålidelig betaler',
      'Betaler af og til for sent',
      'Betaler kronisk for sent',
      'Ny kunde, kort historik',
    ],
    court: 'Småsager hører normalt under retten, hvor skyldneren har bopæl.',
    disclaimer:
      'Her nævnes procedurerne; det er ikke juridisk rådgivning. Tjek de gældende regler og beløbsgrænser hos den officielle kilde eller en advokat.',
    none: (step, law) => `${step}: ingen sådan procedure ${law}.`,
    step: (step, law, name) => `${step} ${law}: ${name}`,
  },
  de: {
    level: [
      'Rückfrage zum Rechnungseingang',
      'Freundliche Erinnerung vor Fälligkeit',
      'Zahlungserinnerung',
      'Telefonat',
      '2. Mahnung',
      'Letzte Mahnung',
      'Übergabe an Inkasso',
    ],
    channel: ['Brief', 'E-Mail', 'Anruf'],
    kind: [
      'Brief zu senden',
      'Anruf zu tätigen',
      'Zahlungszusage fällig',
      'Rate versäumt',
      'Liefersperre?',
      'Bald fällig',
    ],
    promise: ['Offen', 'Heute fällig', 'Eingehalten', 'Gebrochen'],
    instalment: ['Bezahlt', 'Verspätet bezahlt', 'Teilweise bezahlt', 'Versäumt', 'Fällig', 'Künftig'],
    settlement: ['Offen', 'Angenommen', 'Bezahlt', 'Abgelehnt', 'Abgelaufen'],
    dispute: [
      'Qualität der Ware oder Leistung',
      'Liefermenge',
      'Preis',
      'Nicht erhalten',
      'Bereits bezahlt',
      'Konditionen',
      'Sonstiges',
    ],
    resolution: [
      'Zu unseren Gunsten geklärt',
      'Zugunsten des Kunden mit Gutschrift geklärt',
      'Teilweise geklärt',
    ],
    writeOff: [
      'Uneinbringlich',
      'Insolvenz des Schuldners',
      'Vergleich',
      'Kleinbetrag',
      'Streitfall',
      'Verjährt',
      'Sonstiges',
    ],
    stage: ['Inkassobüro', 'Geringfügige Forderung', 'Rechtsanwalt'],
    check: ['Referenzen eingeholt', 'Bonitätsauskunft', 'Jahresabschluss', 'Sonstiges'],
    category: [
      'Zuverlässiger Zahler',
      'Gelegentlich verspätet',
      'Chronisch verspätet',
      'Neukunde, wenig Historie',
    ],
    court: 'Zuständig für kleine Forderungen ist in der Regel das Gericht am Wohnsitz des Schuldners.',
    disclaimer:
      'Hier werden die Verfahren benannt; dies ist keine Rechtsberatung. Prüfen Sie die geltenden Regeln und Grenzen bei der amtlichen Quelle oder einem Anwalt.',
    none: (step, law) => `${step}: kein solches Verfahren ${law}.`,
    step: (step, law, name) => `${step} ${law}: ${name}`,
  },
};

export const collectionsLabelTexts = Object.fromEntries(
  (Object.keys(WORDS) as Language[]).map((l) => [l, build(l, WORDS[l])]),
) as unknown as LanguageTexts<CollectionsLabelCode>;
