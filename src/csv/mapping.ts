// suggestMapping: which column holds which field, and what kind of file this is — from header words in
// English, Italian, French, Romanian, Danish and German, from known export layouts, and from the values
// themselves when the header says nothing.

import { columnTypeShares, columnTypes, normalizeLabel, numberShape } from './values';
import type { ColumnType } from './types';

export type ImportKind = 'invoices' | 'bank-statement' | 'customers' | 'payments';

export type MappingField =
  | 'invoiceNumber'
  | 'customer'
  | 'customerTaxId'
  | 'customerEmail'
  | 'issueDate'
  | 'dueDate'
  | 'amount'
  | 'paid'
  | 'balance'
  | 'debit'
  | 'credit'
  | 'currency'
  | 'reference'
  | 'counterparty'
  | 'bookingDate'
  | 'valueDate'
  | 'terms'
  | 'description'
  | 'country'
  | 'language'
  | 'status'
  | 'paymentDate'
  | 'iban'
  | 'phone'
  | 'address';

export type KnownLayout = 'xero' | 'quickbooks' | 'stripe' | 'freshbooks' | 'zoho' | 'invoiceninja-payments';

export interface MappingSuggestion {
  kind: ImportKind;
  /** Field name (a `MappingField`) → 0-based column index. Unmapped fields are absent. */
  fields: Record<string, number>;
  confidence: {
    /** 0..1: how sure the whole suggestion is (required fields found, by header words). */
    overall: number;
    /** 0..1 per mapped field: 1 = the header says exactly this; lower = partial word match or guessed from values. */
    fields: Record<string, number>;
  };
  /** The export layout recognised, if any. */
  layout: KnownLayout | null;
  /** Required fields of `kind` that no column provides. */
  missing: string[];
  /** Every kind with its score, best first (to let the user switch). */
  kinds: { kind: ImportKind; score: number }[];
}

// ---------------------------------------------------------------------------------------------------------
// Header words. Written naturally; normalised (lower case, no diacritics, camelCase split) at load.

type Synonyms = Partial<Record<MappingField | 'date', string[]>>;

const STRONG: Synonyms = {
  invoiceNumber: [
    'invoice number',
    'invoice no',
    'invoice nr',
    'invoice #',
    'inv #',
    'inv no',
    'invoice num',
    'invoice',
    'num',
    'no',
    'no.',
    'nr',
    'number',
    '#',
    'document number',
    'doc no',
    'document no',
    'numero fattura',
    'n fattura',
    'nr fattura',
    'num fattura',
    'fattura',
    'fattura n',
    'numero documento',
    'n documento',
    'numero',
    'n° facture',
    'no facture',
    'numéro de facture',
    'numéro facture',
    'num facture',
    'facture',
    'facture n°',
    'n° de facture',
    'référence facture',
    'număr factură',
    'numar factura',
    'nr factură',
    'nr. factură',
    'nr factura',
    'factura',
    'factură',
    'serie si numar',
    'număr document',
    'fakturanr',
    'fakturanummer',
    'faktura nr',
    'faktura',
    'fakturanr.',
    'bilagsnr',
    'bilagsnummer',
    'rechnungsnummer',
    'rechnungsnr',
    'rechnung nr',
    'rechnungs nr',
    'rechnung',
    'belegnummer',
    'belegnr',
    'beleg nr',
  ],
  customer: [
    'customer',
    'customer name',
    'client',
    'client name',
    'contact',
    'contact name',
    'debtor',
    'debtor name',
    'company',
    'company name',
    'account name',
    'bill to',
    'name',
    'cliente',
    'nome cliente',
    'ragione sociale',
    'denominazione',
    'denominazione cliente',
    'debitore',
    'nom du client',
    'nom client',
    'raison sociale',
    'débiteur',
    'société',
    'nume client',
    'denumire client',
    'denumire',
    'client nume',
    'partener',
    'debitor',
    'kunde',
    'kundenavn',
    'kunde navn',
    'debitornavn',
    'navn',
    'firma',
    'firmanavn',
    'kundenname',
    'firmenname',
    'schuldner',
  ],
  customerTaxId: [
    'vat',
    'vat number',
    'vat no',
    'vat id',
    'vat reg no',
    'tax id',
    'tax number',
    'tin',
    'ein',
    'partita iva',
    'p iva',
    'p.iva',
    'piva',
    'codice fiscale',
    'cf piva',
    'partita iva cliente',
    'tva',
    'n° tva',
    'numéro de tva',
    'numéro tva',
    'tva intracommunautaire',
    'siret',
    'siren',
    'cui',
    'cif',
    'cod fiscal',
    'cod de identificare fiscală',
    'cui cif',
    'cod tva',
    'cvr',
    'cvr nr',
    'cvr-nr',
    'cvr-nummer',
    'se-nr',
    'momsnummer',
    'ust-idnr',
    'ust idnr',
    'ust-id',
    'ustid',
    'ust id',
    'steuernummer',
    'umsatzsteuer-id',
  ],
  customerEmail: [
    'email',
    'e-mail',
    'email address',
    'e-mail address',
    'customer email',
    'client email',
    'contact email',
    'mail',
    'email address 1',
    'indirizzo email',
    'posta elettronica',
    'pec',
    'courriel',
    'adresse e-mail',
    'adresse email',
    'adresă email',
    'adresa de email',
    'e-mail adresse',
    'emailadresse',
    'e-mail-adresse',
  ],
  issueDate: [
    'invoice date',
    'issue date',
    'date issued',
    'issued',
    'issued on',
    'document date',
    'date of issue',
    'created',
    'created date',
    'date created',
    'date (utc)',
    'data fattura',
    'data emissione',
    'data documento',
    'data doc',
    'data fatturazione',
    'date de facture',
    'date facture',
    "date d'émission",
    'date emission',
    'date de facturation',
    'data factură',
    'data facturii',
    'data emiterii',
    'data emitere',
    'data document',
    'fakturadato',
    'fakturadatoen',
    'udstedelsesdato',
    'bilagsdato',
    'rechnungsdatum',
    'belegdatum',
    'ausstellungsdatum',
  ],
  dueDate: [
    'due date',
    'due',
    'due on',
    'due date (utc)',
    'payment due',
    'payment due date',
    'date due',
    'expiry date',
    'maturity',
    'scadenza',
    'data scadenza',
    'data di scadenza',
    'scad',
    'scadenza fattura',
    'échéance',
    "date d'échéance",
    'date échéance',
    'date limite de paiement',
    'date limite',
    'scadență',
    'data scadenței',
    'data scadenta',
    'termen de plată',
    'scadenta',
    'data scadentei',
    'forfaldsdato',
    'forfald',
    'forfalden',
    'sidste rettidige betalingsdato',
    'betalingsfrist',
    'fälligkeitsdatum',
    'fälligkeit',
    'fällig am',
    'fällig',
    'zahlbar bis',
    'zahlungsziel',
  ],
  amount: [
    'amount',
    'total',
    'invoice total',
    'invoice amount',
    'total amount',
    'gross',
    'gross amount',
    'amount incl vat',
    'total incl vat',
    'grand total',
    'value',
    'sum',
    'importo',
    'totale',
    'importo totale',
    'totale documento',
    'totale fattura',
    'importo fattura',
    'imponibile',
    'importo lordo',
    'montant',
    'montant ttc',
    'total ttc',
    'montant total',
    'montant de la facture',
    'somme',
    'sumă',
    'suma',
    'valoare',
    'total factură',
    'valoare totală',
    'suma totală',
    'total de plată',
    'beløb',
    'beløb i alt',
    'total beløb',
    'fakturabeløb',
    'brutto',
    'beløb inkl moms',
    'betrag',
    'bruttobetrag',
    'gesamtbetrag',
    'rechnungsbetrag',
    'summe',
    'endbetrag',
    'umsatz',
  ],
  paid: [
    'paid',
    'amount paid',
    'paid amount',
    'payments',
    'paid to date',
    'invoice amount paid',
    'total paid',
    'pagato',
    'importo pagato',
    'incassato',
    'payé',
    'montant payé',
    'déjà payé',
    'achitat',
    'suma achitată',
    'încasat',
    'betalt',
    'indbetalt',
    'bezahlt',
    'gezahlt',
    'bezahlter betrag',
  ],
  balance: [
    'balance',
    'open balance',
    'amount due',
    'balance due',
    'outstanding',
    'open amount',
    'amount outstanding',
    'remaining',
    'amount remaining',
    'open',
    'invoice amount due',
    'due amount',
    'saldo',
    'residuo',
    'importo residuo',
    'da incassare',
    'scoperto',
    'importo aperto',
    'solde',
    'reste à payer',
    'montant dû',
    'restant dû',
    'solde dû',
    'sold',
    'rest de plată',
    'rest',
    'restant',
    'sumă restantă',
    'de încasat',
    'restbeløb',
    'udestående',
    'skyldig',
    'åben',
    'åbent beløb',
    'restsaldo',
    'offen',
    'offener betrag',
    'restbetrag',
    'offener posten',
    'kontostand',
  ],
  debit: [
    'debit',
    'debit amount',
    'debits',
    'withdrawal',
    'withdrawals',
    'paid out',
    'money out',
    'out',
    'outflow',
    'payments out',
    'spent',
    'dare',
    'addebiti',
    'addebito',
    'uscite',
    'uscita',
    'importo addebito',
    'débit',
    'débits',
    'montant débit',
    'sortie',
    'sorties',
    'sumă debit',
    'debit lei',
    'plăți',
    'hævet',
    'udbetaling',
    'udbetalinger',
    'ud',
    'soll',
    'belastung',
    'ausgang',
    'ausgaben',
    'lastschrift',
  ],
  credit: [
    'credit',
    'credit amount',
    'credits',
    'deposit',
    'deposits',
    'paid in',
    'money in',
    'in',
    'inflow',
    'received',
    'avere',
    'accrediti',
    'accredito',
    'entrate',
    'entrata',
    'importo accredito',
    'crédit',
    'crédits',
    'montant crédit',
    'entrée',
    'entrées',
    'sumă credit',
    'credit lei',
    'încasări',
    'indsat',
    'indbetaling',
    'indbetalinger',
    'ind',
    'haben',
    'gutschrift',
    'eingang',
    'einnahmen',
  ],
  currency: [
    'currency',
    'currency code',
    'ccy',
    'cur',
    'curr',
    'valuta',
    'divisa',
    'moneta',
    'devise',
    'monnaie',
    'monedă',
    'moneda',
    'valută',
    'valutakode',
    'währung',
    'waehrung',
    'wahrung',
  ],
  reference: [
    'reference',
    'ref',
    'payment reference',
    'transaction reference',
    'remittance information',
    'remittance info',
    'memo',
    'payment details',
    'riferimento',
    'causale',
    'causale bonifico',
    'rif',
    'riferimento pagamento',
    'référence',
    'référence paiement',
    'motif',
    'objet',
    'referință',
    'referinta',
    'detalii plată',
    'detalii',
    'explicație',
    'explicatie',
    'reference',
    'betalingsreference',
    'meddelelse',
    'fik',
    'kid',
    'verwendungszweck',
    'referenz',
    'zahlungsreferenz',
    'mandatsreferenz',
  ],
  counterparty: [
    'counterparty',
    'payee',
    'payer',
    'payee name',
    'payer name',
    'beneficiary',
    'ordering party',
    'originator',
    'merchant',
    'from/to',
    'other party',
    'ordinante',
    'beneficiario',
    'controparte',
    'nome ordinante',
    'tiers',
    'bénéficiaire',
    "donneur d'ordre",
    'émetteur',
    'contrapartidă',
    'contrapartida',
    'beneficiar',
    'plătitor',
    'platitor',
    'ordonator',
    'nume beneficiar',
    'nume platitor',
    'modtager',
    'afsender',
    'modpart',
    'betaler',
    'auftraggeber/empfänger',
    'auftraggeber',
    'empfänger',
    'begünstigter',
    'zahlungspflichtiger',
    'begünstigter/zahlungspflichtiger',
    'name',
    'gegenkonto name',
  ],
  bookingDate: [
    'booking date',
    'transaction date',
    'posting date',
    'posted date',
    'entry date',
    'operation date',
    'trans date',
    'date posted',
    'data operazione',
    'data contabile',
    'data registrazione',
    'data movimento',
    "date d'opération",
    "date de l'opération",
    'date opération',
    'date comptable',
    'date de comptabilisation',
    'data tranzacției',
    'data tranzactiei',
    'data tranzacție',
    'data operațiunii',
    'data inregistrarii',
    'data înregistrării',
    'data contabilă',
    'bogføringsdato',
    'bogfort',
    'bogført',
    'posteringsdato',
    'transaktionsdato',
    'buchung',
    'buchungstag',
    'buchungsdatum',
    'buchungs datum',
  ],
  valueDate: [
    'value date',
    'valuta',
    'data valuta',
    'valeur',
    'date de valeur',
    'date valeur',
    'data valutei',
    'data valutare',
    'valørdato',
    'valør',
    'rentedato',
    'wertstellung',
    'wertstellungsdatum',
    'valutadatum',
    'wertstellungstag',
    'valuta datum',
  ],
  terms: [
    'terms',
    'payment terms',
    'payment terms label',
    'credit terms',
    'net days',
    'condizioni di pagamento',
    'termini di pagamento',
    'modalità di pagamento',
    'pagamento',
    'conditions de paiement',
    'conditions de règlement',
    'délai de paiement',
    'termeni de plată',
    'termen plată',
    'conditii de plata',
    'betalingsbetingelser',
    'betalingsvilkår',
    'zahlungsbedingungen',
    'zahlungsbedingung',
  ],
  description: [
    'description',
    'details',
    'transaction description',
    'narrative',
    'particulars',
    'text',
    'transaction details',
    'item description',
    'memo/description',
    'notes',
    'remarks',
    'descrizione',
    'descrizione operazioni',
    'descrizione operazione',
    'dettagli',
    'operazione',
    'libellé',
    'libelle',
    'libellé opération',
    'remarque',
    'détail',
    'description opération',
    'nature',
    'descriere',
    'detalii tranzacție',
    'detalii tranzactie',
    'tip tranzacție',
    'tekst',
    'beskrivelse',
    'posteringstekst',
    'forklaring',
    'buchungstext',
    'beschreibung',
    'umsatztext',
    'vorgang',
  ],
  country: [
    'country',
    'billing country',
    'country code',
    'nazione',
    'paese',
    'stato',
    'pays',
    'țară',
    'tara',
    'land',
    'landekode',
  ],
  language: ['language', 'lang', 'lingua', 'langue', 'limbă', 'limba', 'sprog', 'sprache'],
  status: [
    'status',
    'invoice status',
    'state',
    'stato fattura',
    'stato',
    'statut',
    'état',
    'stare',
    'fakturastatus',
    'rechnungsstatus',
  ],
  paymentDate: [
    'payment date',
    'paid date',
    'date paid',
    'paid on',
    'last payment date',
    'date of payment',
    'data pagamento',
    'data incasso',
    'date de paiement',
    'date paiement',
    'date de règlement',
    'data plății',
    'data platii',
    'data încasării',
    'betalingsdato',
    'betalt dato',
    'zahlungsdatum',
    'bezahlt am',
    'zahlungseingang',
  ],
  iban: [
    'iban',
    'account',
    'account number',
    'account no',
    'conto',
    'iban conto',
    'compte',
    'numéro de compte',
    'cont',
    'cont iban',
    'konto',
    'kontonummer',
    'kontonr',
    'kontonr.',
  ],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'telefono', 'téléphone', 'telefon', 'tlf', 'telefonnummer'],
  address: [
    'address',
    'billing address',
    'street',
    'indirizzo',
    'adresse',
    'adresă',
    'adresa',
    'anschrift',
    'straße',
  ],
  // Bare "date" words: which date they mean depends on the kind of file.
  date: ['date', 'data', 'datum', 'dato', 'dată', 'date (utc)', 'tag'],
};

/** Words that are too general to be sure of alone ("number", "name", "total"): they score lower. */
const WEAK = new Set(
  [
    'num',
    'no',
    'nr',
    'number',
    '#',
    'numero',
    'name',
    'navn',
    'invoice',
    'fattura',
    'facture',
    'factura',
    'faktura',
    'rechnung',
    'company',
    'company name',
    'contact',
    'total',
    'value',
    'sum',
    'open',
    'rest',
    'in',
    'out',
    'ud',
    'ind',
    'cont',
    'konto',
    'account',
    'state',
    'stato',
    'text',
    'notes',
    'sold',
    'lastschrift',
    'gutschrift',
    'nature',
    'operazione',
    'pagamento',
    'tag',
    'mail',
  ].map(normalizeLabel),
);

const SYNONYMS = new Map<string, Set<string>>();
for (const [field, words] of Object.entries(STRONG)) SYNONYMS.set(field, new Set(words.map(normalizeLabel)));

const FIELD_TYPES: Partial<Record<MappingField | 'date', ColumnType[]>> = {
  invoiceNumber: ['text', 'integer'],
  customer: ['text'],
  customerEmail: ['email'],
  issueDate: ['date'],
  dueDate: ['date'],
  bookingDate: ['date'],
  valueDate: ['date'],
  paymentDate: ['date'],
  date: ['date'],
  amount: ['amount', 'integer'],
  paid: ['amount', 'integer'],
  balance: ['amount', 'integer'],
  debit: ['amount', 'integer'],
  credit: ['amount', 'integer'],
  currency: ['currency'],
  iban: ['iban', 'text', 'integer'],
  counterparty: ['text'],
  country: ['text', 'currency'],
  language: ['text', 'currency'],
  terms: ['text', 'integer'],
  description: ['text'],
  reference: ['text', 'integer'],
};

function headerScore(field: string, header: string): number {
  const words = SYNONYMS.get(field);
  if (!words || header === '') return 0;
  if (words.has(header)) return WEAK.has(header) ? 0.6 : 1;
  let best = 0;
  const padded = ` ${header} `;
  for (const w of words) {
    if (WEAK.has(w) || w.length < 3) continue;
    if (padded.includes(` ${w} `)) best = Math.max(best, w.includes(' ') ? 0.75 : 0.65);
  }
  return best;
}

/** 1 when most values of the column fit the field (a few bad cells do not matter), 0.8 for an empty column, low otherwise. */
function typeFactor(field: string, shares: Map<ColumnType, number> | undefined): number {
  const allowed = FIELD_TYPES[field as MappingField];
  if (!shares || shares.size === 0) return 0.8;
  if (!allowed) return 1;
  let fit = 0;
  for (const t of allowed) fit = Math.max(fit, shares.get(t) ?? 0);
  if (allowed.includes('text') && allowed.includes('integer'))
    fit = Math.max(fit, (shares.get('text') ?? 0) + (shares.get('integer') ?? 0));
  return fit >= 0.5 ? 1 : 0.2 + fit;
}

// ---------------------------------------------------------------------------------------------------------
// Kinds

const KIND_FIELDS: Record<ImportKind, Partial<Record<MappingField, number>>> = {
  invoices: {
    invoiceNumber: 3,
    customer: 1.5,
    dueDate: 3,
    issueDate: 1,
    amount: 1,
    balance: 1.5,
    paid: 1,
    status: 1,
    terms: 1,
    currency: 0.5,
    customerEmail: 0.5,
    customerTaxId: 0.5,
    description: 0.2,
    country: 0.2,
    paymentDate: 0.3,
    reference: 0.2,
  },
  'bank-statement': {
    bookingDate: 1.5,
    valueDate: 2,
    debit: 2.5,
    credit: 2.5,
    amount: 1,
    balance: 0.5,
    counterparty: 2,
    reference: 1,
    description: 1,
    currency: 0.5,
    iban: 1,
  },
  payments: {
    paymentDate: 2.5,
    invoiceNumber: 1.5,
    customer: 1,
    amount: 1,
    currency: 0.5,
    reference: 0.5,
    description: 0.2,
    iban: 0.3,
  },
  customers: {
    customer: 1.5,
    customerEmail: 1.5,
    customerTaxId: 1.5,
    country: 1,
    language: 1,
    terms: 0.5,
    phone: 1,
    address: 1,
    iban: 0.3,
  },
};

const GENERIC_DATE: Record<ImportKind, MappingField | null> = {
  invoices: 'issueDate',
  'bank-statement': 'bookingDate',
  payments: 'paymentDate',
  customers: null,
};

const REQUIRED: Record<ImportKind, MappingField[][]> = {
  invoices: [['invoiceNumber'], ['customer'], ['amount', 'balance'], ['dueDate', 'issueDate']],
  'bank-statement': [
    ['bookingDate', 'valueDate'],
    ['amount', 'debit', 'credit'],
  ],
  payments: [['paymentDate'], ['amount']],
  customers: [['customer']],
};

// ---------------------------------------------------------------------------------------------------------
// Known layouts: the header tells the exporter; fields name exact (normalised) header cells, best first.

interface Layout {
  name: KnownLayout;
  kind: ImportKind;
  test: (h: Set<string>) => boolean;
  fields: Partial<Record<MappingField, string[]>>;
}

const LAYOUTS: Layout[] = [
  {
    name: 'xero',
    kind: 'invoices',
    test: (h) =>
      h.has('contact name') &&
      h.has('invoice number') &&
      (h.has('amount due') || h.has('invoice amount due')),
    fields: {
      customer: ['contact name'],
      customerEmail: ['email address'],
      invoiceNumber: ['invoice number'],
      reference: ['reference'],
      issueDate: ['invoice date'],
      dueDate: ['due date'],
      amount: ['total'],
      paid: ['invoice amount paid', 'amount paid'],
      balance: ['invoice amount due', 'amount due'],
      currency: ['currency'],
      status: ['status'],
    },
  },
  {
    name: 'stripe',
    kind: 'invoices',
    test: (h) => h.has('amount due') && h.has('amount paid') && (h.has('customer email') || h.has('id')),
    fields: {
      invoiceNumber: ['number'],
      customer: ['customer name'],
      customerEmail: ['customer email'],
      amount: ['amount due', 'total'],
      paid: ['amount paid'],
      balance: ['amount remaining'],
      currency: ['currency'],
      issueDate: ['date utc', 'created utc'],
      dueDate: ['due date utc'],
      status: ['status'],
      description: ['description'],
    },
  },
  {
    name: 'quickbooks',
    kind: 'invoices',
    test: (h) => h.has('open balance') && (h.has('num') || h.has('no')),
    fields: {
      customer: ['customer', 'name'],
      invoiceNumber: ['num', 'no'],
      issueDate: ['date'],
      dueDate: ['due date'],
      amount: ['amount'],
      balance: ['open balance'],
      terms: ['terms'],
      description: ['memo description', 'memo'],
    },
  },
  {
    name: 'freshbooks',
    kind: 'invoices',
    test: (h) => h.has('client name') && h.has('invoice #') && h.has('date issued'),
    fields: {
      customer: ['client name'],
      invoiceNumber: ['invoice #'],
      issueDate: ['date issued'],
      status: ['invoice status'],
      paymentDate: ['date paid'],
      amount: ['invoice total', 'line total'],
      currency: ['currency'],
      description: ['item description'],
    },
  },
  {
    name: 'zoho',
    kind: 'invoices',
    test: (h) => h.has('invoice id') && h.has('invoice number') && h.has('customer name') && h.has('balance'),
    fields: {
      issueDate: ['invoice date'],
      invoiceNumber: ['invoice number'],
      status: ['invoice status'],
      customer: ['customer name'],
      dueDate: ['due date'],
      currency: ['currency code'],
      amount: ['total'],
      balance: ['balance'],
      terms: ['payment terms label'],
      paymentDate: ['last payment date'],
      country: ['billing country'],
      description: ['item desc'],
    },
  },
  {
    name: 'invoiceninja-payments',
    kind: 'payments',
    test: (h) =>
      h.size === 4 && h.has('client') && h.has('invoice number') && h.has('amount') && h.has('date'),
    fields: {
      customer: ['client'],
      invoiceNumber: ['invoice number'],
      amount: ['amount'],
      paymentDate: ['date'],
    },
  },
];

// ---------------------------------------------------------------------------------------------------------

export function suggestMapping(columns: string[], rows: string[][]): MappingSuggestion {
  const width = Math.max(columns.length, ...rows.slice(0, 50).map((r) => r.length), 0);
  const headers = Array.from({ length: width }, (_, i) => normalizeLabel(columns[i] ?? ''));
  const sample = rows.slice(0, 500);
  const types = columnTypes(sample, width);
  const shares = columnTypeShares(sample, width);
  const stats = valueStats(sample, width, types);

  // Known layout first.
  const headerSet = new Set(headers.filter((h) => h !== ''));
  for (const layout of LAYOUTS) {
    if (!layout.test(headerSet)) continue;
    const fields: Record<string, number> = {};
    const conf: Record<string, number> = {};
    for (const [field, names] of Object.entries(layout.fields)) {
      for (const name of names) {
        const idx = headers.indexOf(name);
        if (idx >= 0 && !Object.values(fields).includes(idx)) {
          fields[field] = idx;
          conf[field] = 1;
          break;
        }
      }
    }
    const generic = mapForKind(layout.kind, headers, shares, stats, fields);
    for (const [f, c] of Object.entries(generic.fields))
      if (!(f in fields)) {
        fields[f] = c;
        conf[f] = generic.conf[f]!;
      }
    return finish(layout.kind, fields, conf, layout.name, [{ kind: layout.kind, score: 100 }]);
  }

  const kinds = (Object.keys(KIND_FIELDS) as ImportKind[]).map((kind) => {
    const m = mapForKind(kind, headers, shares, stats, {});
    return { kind, score: Math.round(kindScore(kind, m, stats) * 100) / 100, m };
  });
  kinds.sort((a, b) => b.score - a.score);
  let top = kinds[0]!;
  if (top.score < 1) {
    // The header says (almost) nothing: decide from the values.
    const guessed = fromValues(types, stats);
    return finish(
      guessed.kind,
      guessed.fields,
      guessed.conf,
      null,
      kinds.map(({ kind, score }) => ({ kind, score })),
    );
  }
  top = kinds[0]!;
  return finish(
    top.kind,
    top.m.fields,
    top.m.conf,
    null,
    kinds.map(({ kind, score }) => ({ kind, score })),
  );
}

interface ValueStats {
  negatives: number[];
  /** Pairs of amount columns never filled on the same row (debit/credit style). */
  exclusivePairs: [number, number][];
}

function valueStats(rows: string[][], width: number, types: ColumnType[]): ValueStats {
  const amountCols = types.flatMap((t, i) => (t === 'amount' || t === 'integer' ? [i] : []));
  const negatives = amountCols.map((c) => {
    let k = 0;
    for (const r of rows) {
      const v = (r[c] ?? '').trim();
      if ((v.startsWith('-') || v.endsWith('-') || v.startsWith('(')) && numberShape(v)) k++;
    }
    return k;
  });
  const exclusivePairs: [number, number][] = [];
  for (let a = 0; a < amountCols.length; a++)
    for (let b = a + 1; b < amountCols.length; b++) {
      const ca = amountCols[a]!;
      const cb = amountCols[b]!;
      let both = 0;
      let one = 0;
      for (const r of rows) {
        const fa = isNonZero(r[ca]);
        const fb = isNonZero(r[cb]);
        if (fa && fb) both++;
        else if (fa || fb) one++;
      }
      if (one >= 2 && both === 0) exclusivePairs.push([ca, cb]);
    }
  return { negatives: amountCols.filter((_, i) => negatives[i]! > 0), exclusivePairs };
}

function isNonZero(v: string | undefined): boolean {
  if (!v) return false;
  const t = v.trim();
  return t !== '' && /[1-9]/.test(t);
}

interface FieldMap {
  fields: Record<string, number>;
  conf: Record<string, number>;
}

function mapForKind(
  kind: ImportKind,
  headers: string[],
  shares: Map<ColumnType, number>[],
  stats: ValueStats,
  preset: Record<string, number>,
): FieldMap {
  const weights = KIND_FIELDS[kind];
  const candidates: { field: string; col: number; score: number; weight: number }[] = [];
  const genericDate = GENERIC_DATE[kind];
  for (let col = 0; col < headers.length; col++) {
    const h = headers[col]!;
    if (h === '') continue;
    for (const field of Object.keys(weights)) {
      let s = headerScore(field, h);
      if (field === genericDate) s = Math.max(s, headerScore('date', h) * 0.8);
      if (s <= 0) continue;
      s *= typeFactor(field, shares[col]);
      candidates.push({ field, col, score: s, weight: weights[field as MappingField] ?? 0 });
    }
  }
  candidates.sort((a, b) => b.score - a.score || b.weight - a.weight || a.col - b.col);
  const fields: Record<string, number> = {};
  const conf: Record<string, number> = {};
  const used = new Set(Object.values(preset));
  for (const f of Object.keys(preset)) fields[f] = preset[f]!;
  for (const c of candidates) {
    if (c.score < 0.45 || c.field in fields || used.has(c.col)) continue;
    fields[c.field] = c.col;
    conf[c.field] = Math.round(c.score * 100) / 100;
    used.add(c.col);
  }
  // A currency column right after the amount is that amount's currency (two "Währung" columns).
  if (fields.currency !== undefined) {
    const amountCol = fields.amount ?? fields.debit;
    if (
      amountCol !== undefined &&
      headers[amountCol + 1] === headers[fields.currency] &&
      fields.currency !== amountCol + 1
    ) {
      used.delete(fields.currency);
      fields.currency = amountCol + 1;
    }
  }
  return { fields, conf };
}

function kindScore(kind: ImportKind, m: FieldMap, stats: ValueStats): number {
  const weights = KIND_FIELDS[kind];
  let score = 0;
  for (const f of Object.keys(m.fields)) score += (weights[f as MappingField] ?? 0) * (m.conf[f] ?? 1);
  const has = (f: string): boolean => f in m.fields;
  if (
    kind === 'invoices' &&
    !['dueDate', 'balance', 'paid', 'status', 'terms'].some(has) &&
    !(m.conf.issueDate! >= 0.9)
  )
    score *= 0.6;
  if (kind === 'bank-statement') {
    if (has('amount') && stats.negatives.includes(m.fields.amount!)) score += 1;
    if (has('debit') && has('credit')) score += 1;
    if (has('invoiceNumber')) score -= 1;
  }
  if (kind === 'customers' && (has('amount') || has('dueDate'))) score -= 2;
  if (kind === 'payments' && has('dueDate')) score -= 2;
  // "Invoice, Customer, Date, Amount" is the plainest invoice list there is: a bare date makes a
  // payments file only when nothing else speaks of payment.
  if (kind === 'payments' && !(m.conf.paymentDate! >= 0.9) && !['reference', 'iban'].some(has)) score *= 0.6;
  return Math.max(0, score);
}

/** Header-less (or unknown-header) files: dates, signed amounts, IBANs and e-mails tell the kind. */
function fromValues(types: ColumnType[], stats: ValueStats): FieldMap & { kind: ImportKind } {
  const fields: Record<string, number> = {};
  const conf: Record<string, number> = {};
  const set = (f: string, col: number | undefined, c = 0.4): void => {
    if (col === undefined || f in fields || Object.values(fields).includes(col)) return;
    fields[f] = col;
    conf[f] = c;
  };
  const of = (t: ColumnType): number[] => types.flatMap((x, i) => (x === t ? [i] : []));
  const dates = of('date');
  const amounts = types.flatMap((x, i) => (x === 'amount' ? [i] : []));
  const texts = of('text');
  const emails = of('email');
  const bankLike = stats.negatives.length > 0 || stats.exclusivePairs.length > 0 || of('iban').length > 0;
  if (dates.length === 0 && amounts.length === 0) {
    set('customer', texts[0]);
    set('customerEmail', emails[0]);
    return { kind: 'customers', fields, conf };
  }
  if (bankLike || dates.length !== 2) {
    set('bookingDate', dates[0]);
    set('valueDate', dates[1]);
    const pair = stats.exclusivePairs[0];
    if (pair && !stats.negatives.includes(pair[0])) {
      set('debit', pair[0]);
      set('credit', pair[1]);
    } else set('amount', stats.negatives[0] ?? amounts[0]);
    const rest = amounts.filter((c) => !Object.values(fields).includes(c));
    set('balance', rest[rest.length - 1], 0.3);
    set('iban', of('iban')[0]);
    set('currency', of('currency')[0]);
    set('description', texts[texts.length - 1]);
    set('counterparty', texts.length > 1 ? texts[0] : undefined, 0.3);
    return { kind: 'bank-statement', fields, conf };
  }
  set('issueDate', dates[0]);
  set('dueDate', dates[1]);
  set('amount', amounts[0]);
  set('balance', amounts[1], 0.3);
  set('invoiceNumber', of('integer')[0] ?? texts[0], 0.3);
  set(
    'customer',
    texts.find((c) => c !== fields.invoiceNumber),
    0.3,
  );
  set('customerEmail', emails[0]);
  set('currency', of('currency')[0]);
  return { kind: 'invoices', fields, conf };
}

function finish(
  kind: ImportKind,
  fields: Record<string, number>,
  conf: Record<string, number>,
  layout: KnownLayout | null,
  kinds: { kind: ImportKind; score: number }[],
): MappingSuggestion {
  const missing: string[] = [];
  let sum = 0;
  for (const alternatives of REQUIRED[kind]) {
    const found = alternatives.filter((f) => f in fields);
    if (found.length === 0) missing.push(alternatives.join('|'));
    sum += found.length ? Math.max(...found.map((f) => conf[f] ?? 0)) : 0;
  }
  const overall = Math.round((sum / REQUIRED[kind].length) * 100) / 100;
  return { kind, fields, confidence: { overall, fields: conf }, layout, missing, kinds };
}
