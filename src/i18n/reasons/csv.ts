// Words for what the CSV reader and importer report about a row (src/csv returns the codes). Every
// text starts with where the problem is: "file, line N, column M (name): …".
import type { RowPlace, RowReason } from '../../csv/row-reason';
import type { RowProblem } from '../../csv/types';
import type { Language } from '../../domain/types';
import type { Fmt } from './format';
import type { LanguageTexts, Texts } from './types';

export type CsvReason = RowReason;

type ProblemTexts = {
  [C in RowProblem['code']]: (p: Extract<RowProblem, { code: C }>['params'], f: Fmt) => string;
};

interface Words {
  /** "file, line 4, column 2 (Customer): " */
  place: (p: RowPlace) => string;
  /** The name of a mapped field in a sentence ("Invoice number"). */
  fields: Record<string, string>;
  problems: (field: (f: string | null) => string) => ProblemTexts;
}

function texts(w: Words): Texts<CsvReason> {
  const field = (f: string | null): string => (f === null ? '' : (w.fields[f] ?? f));
  const problems = w.problems(field);
  const out: Record<string, (p: never, f: Fmt) => string> = {};
  for (const [code, text] of Object.entries(problems))
    out[`csv.${code}`] = (p: RowPlace & object, f: Fmt) =>
      w.place(p) + (text as (p: object, f: Fmt) => string)(p, f);
  return out as unknown as Texts<CsvReason>;
}

/** "Amount: " before a value's problem when the field is known. */
const lead = (name: string, sep = ': '): string => (name ? `${name}${sep}` : '');

const en: Words = {
  place: (p) =>
    `${p.file}, line ${p.line}${p.column !== null ? `, column ${p.column}` : ''}${p.columnName ? ` (${p.columnName})` : ''}: `,
  fields: {
    invoiceNumber: 'Invoice number',
    customer: 'Customer',
    customerTaxId: 'Customer tax ID',
    amount: 'Amount',
    balance: 'Open balance',
    paid: 'Amount paid',
    credit: 'Credit',
    debit: 'Debit',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    paymentDate: 'Payment date',
    bookingDate: 'Booking date',
    valueDate: 'Value date',
    date: 'Date',
    currency: 'Currency',
    terms: 'Payment terms',
    creditLimit: 'Credit limit',
  },
  problems: (field) => ({
    'too-few-fields': (p) => `The line has ${p.found} fields, the header has ${p.expected}`,
    'too-many-fields': (p) => `The line has ${p.found} fields, the header has ${p.expected}`,
    'unterminated-quote': () => 'A quoted value is never closed',
    'invalid-quotes': () => 'A quote mark stands inside a value that is not quoted',
    'parse-error': () => 'The line could not be read',
    'bad-encoding': (p) => `Bytes that are not valid ${p.encoding} (shown as �); is the encoding right?`,
    'unparseable-amount': (p) =>
      `${lead(field(p.field))}"${p.value}" is not an amount (decimal mark "${p.decimalSeparator}")`,
    'unparseable-date': (p) =>
      `${lead(field(p.field))}"${p.value}" is not a date${p.format ? ` in the format ${p.format}` : ' (no date format found)'}`,
    'missing-field': (p) => `${field(p.field)} is missing.`,
    'unmapped-field': (p) => `No column is chosen for ${field(p.field)}.`,
    'unknown-currency': (p) => `Unknown currency "${p.value}".`,
    'unparseable-terms': (p) =>
      `Payment terms "${p.value}" are not understood (e.g. "net 30", "2/10 net 30", "30 giorni fine mese").`,
    'due-before-issue': (p, f) => `Due date ${f.date(p.due)} is before the issue date ${f.date(p.issue)}.`,
    'duplicate-number': (p) =>
      `Invoice number ${p.number} appears twice in this file (first on line ${p.firstLine}).`,
    'unknown-invoice': (p) => `No stored invoice has the number ${p.number}.`,
  }),
};

const it: Words = {
  place: (p) =>
    `${p.file}, riga ${p.line}${p.column !== null ? `, colonna ${p.column}` : ''}${p.columnName ? ` (${p.columnName})` : ''}: `,
  fields: {
    invoiceNumber: 'Numero fattura',
    customer: 'Cliente',
    customerTaxId: 'Partita IVA del cliente',
    amount: 'Importo',
    balance: 'Residuo',
    paid: 'Importo pagato',
    credit: 'Avere',
    debit: 'Dare',
    issueDate: 'Data fattura',
    dueDate: 'Scadenza',
    paymentDate: 'Data pagamento',
    bookingDate: 'Data contabile',
    valueDate: 'Data valuta',
    date: 'Data',
    currency: 'Valuta',
    terms: 'Termini di pagamento',
    creditLimit: 'Fido',
  },
  problems: (field) => ({
    'too-few-fields': (p) => `la riga ha ${p.found} campi, l'intestazione ne ha ${p.expected}`,
    'too-many-fields': (p) => `la riga ha ${p.found} campi, l'intestazione ne ha ${p.expected}`,
    'unterminated-quote': () => 'un valore tra virgolette non viene mai chiuso',
    'invalid-quotes': () => 'virgolette dentro un valore che non è tra virgolette',
    'parse-error': () => 'la riga non si può leggere',
    'bad-encoding': (p) => `byte non validi in ${p.encoding} (mostrati come �); la codifica è giusta?`,
    'unparseable-amount': (p) =>
      `${lead(field(p.field))}"${p.value}" non è un importo (separatore decimale "${p.decimalSeparator}")`,
    'unparseable-date': (p) =>
      `${lead(field(p.field))}"${p.value}" non è una data${p.format ? ` nel formato ${p.format}` : ' (nessun formato di data trovato)'}`,
    'missing-field': (p) => `manca il campo ${field(p.field)}.`,
    'unmapped-field': (p) => `nessuna colonna è scelta per ${field(p.field)}.`,
    'unknown-currency': (p) => `valuta sconosciuta "${p.value}".`,
    'unparseable-terms': (p) =>
      `termini di pagamento "${p.value}" non compresi (ad es. "30 giorni", "30 giorni fine mese", "2/10 net 30").`,
    'due-before-issue': (p, f) =>
      `la scadenza ${f.date(p.due)} è anteriore alla data della fattura ${f.date(p.issue)}.`,
    'duplicate-number': (p) =>
      `il numero fattura ${p.number} compare due volte nel file (la prima alla riga ${p.firstLine}).`,
    'unknown-invoice': (p) => `nessuna fattura registrata ha il numero ${p.number}.`,
  }),
};

const fr: Words = {
  place: (p) =>
    `${p.file}, ligne ${p.line}${p.column !== null ? `, colonne ${p.column}` : ''}${p.columnName ? ` (${p.columnName})` : ''} : `,
  fields: {
    invoiceNumber: 'Numéro de facture',
    customer: 'Client',
    customerTaxId: 'N° de TVA du client',
    amount: 'Montant',
    balance: 'Solde',
    paid: 'Montant payé',
    credit: 'Crédit',
    debit: 'Débit',
    issueDate: 'Date de facture',
    dueDate: "Date d'échéance",
    paymentDate: 'Date de paiement',
    bookingDate: 'Date de comptabilisation',
    valueDate: 'Date de valeur',
    date: 'Date',
    currency: 'Devise',
    terms: 'Conditions de paiement',
    creditLimit: 'Plafond de crédit',
  },
  problems: (field) => ({
    'too-few-fields': (p) => `la ligne a ${p.found} champs, l'en-tête en a ${p.expected}`,
    'too-many-fields': (p) => `la ligne a ${p.found} champs, l'en-tête en a ${p.expected}`,
    'unterminated-quote': () => "une valeur entre guillemets n'est jamais fermée",
    'invalid-quotes': () => "un guillemet dans une valeur qui n'est pas entre guillemets",
    'parse-error': () => 'la ligne ne peut pas être lue',
    'bad-encoding': (p) => `octets non valides en ${p.encoding} (affichés �) ; l'encodage est-il le bon ?`,
    'unparseable-amount': (p) =>
      `${lead(field(p.field), ' : ')}« ${p.value} » n'est pas un montant (séparateur décimal « ${p.decimalSeparator} »)`,
    'unparseable-date': (p) =>
      `${lead(field(p.field), ' : ')}« ${p.value} » n'est pas une date${p.format ? ` au format ${p.format}` : ' (aucun format de date trouvé)'}`,
    'missing-field': (p) => `${field(p.field)} manquant.`,
    'unmapped-field': (p) => `aucune colonne n'est choisie pour ${field(p.field)}.`,
    'unknown-currency': (p) => `devise inconnue « ${p.value} ».`,
    'unparseable-terms': (p) =>
      `conditions de paiement « ${p.value} » non comprises (p. ex. « 30 jours », « 45 jours fin de mois », « 2/10 net 30 »).`,
    'due-before-issue': (p, f) =>
      `l'échéance ${f.date(p.due)} précède la date de facture ${f.date(p.issue)}.`,
    'duplicate-number': (p) =>
      `le numéro de facture ${p.number} figure deux fois dans le fichier (d'abord ligne ${p.firstLine}).`,
    'unknown-invoice': (p) => `aucune facture enregistrée ne porte le numéro ${p.number}.`,
  }),
};

const ro: Words = {
  place: (p) =>
    `${p.file}, rândul ${p.line}${p.column !== null ? `, coloana ${p.column}` : ''}${p.columnName ? ` (${p.columnName})` : ''}: `,
  fields: {
    invoiceNumber: 'Numărul facturii',
    customer: 'Clientul',
    customerTaxId: 'CUI-ul clientului',
    amount: 'Suma',
    balance: 'Soldul',
    paid: 'Suma plătită',
    credit: 'Credit',
    debit: 'Debit',
    issueDate: 'Data facturii',
    dueDate: 'Scadența',
    paymentDate: 'Data plății',
    bookingDate: 'Data înregistrării',
    valueDate: 'Data valutei',
    date: 'Data',
    currency: 'Moneda',
    terms: 'Termenii de plată',
    creditLimit: 'Limita de credit',
  },
  problems: (field) => ({
    'too-few-fields': (p) => `rândul are ${p.found} câmpuri, antetul are ${p.expected}`,
    'too-many-fields': (p) => `rândul are ${p.found} câmpuri, antetul are ${p.expected}`,
    'unterminated-quote': () => 'o valoare între ghilimele nu este închisă',
    'invalid-quotes': () => 'ghilimele într-o valoare care nu este între ghilimele',
    'parse-error': () => 'rândul nu poate fi citit',
    'bad-encoding': (p) =>
      `octeți care nu sunt valizi în ${p.encoding} (afișați ca �); codificarea este corectă?`,
    'unparseable-amount': (p) =>
      `${lead(field(p.field))}„${p.value}” nu este o sumă (separator zecimal „${p.decimalSeparator}”)`,
    'unparseable-date': (p) =>
      `${lead(field(p.field))}„${p.value}” nu este o dată${p.format ? ` în formatul ${p.format}` : ' (niciun format de dată găsit)'}`,
    'missing-field': (p) => `lipsește câmpul ${field(p.field)}.`,
    'unmapped-field': (p) => `nicio coloană nu este aleasă pentru ${field(p.field)}.`,
    'unknown-currency': (p) => `monedă necunoscută „${p.value}”.`,
    'unparseable-terms': (p) =>
      `termenii de plată „${p.value}” nu sunt înțeleși (de ex. „30 de zile”, „net 30”, „2/10 net 30”).`,
    'due-before-issue': (p, f) =>
      `scadența ${f.date(p.due)} este înaintea datei facturii ${f.date(p.issue)}.`,
    'duplicate-number': (p) =>
      `numărul facturii ${p.number} apare de două ori în fișier (prima dată pe rândul ${p.firstLine}).`,
    'unknown-invoice': (p) => `nicio factură înregistrată nu are numărul ${p.number}.`,
  }),
};

const da: Words = {
  place: (p) =>
    `${p.file}, linje ${p.line}${p.column !== null ? `, kolonne ${p.column}` : ''}${p.columnName ? ` (${p.columnName})` : ''}: `,
  fields: {
    invoiceNumber: 'Fakturanummer',
    customer: 'Kunde',
    customerTaxId: 'Kundens CVR-nr.',
    amount: 'Beløb',
    balance: 'Restbeløb',
    paid: 'Betalt beløb',
    credit: 'Indsat',
    debit: 'Hævet',
    issueDate: 'Fakturadato',
    dueDate: 'Forfaldsdato',
    paymentDate: 'Betalingsdato',
    bookingDate: 'Bogføringsdato',
    valueDate: 'Valørdato',
    date: 'Dato',
    currency: 'Valuta',
    terms: 'Betalingsbetingelser',
    creditLimit: 'Kreditgrænse',
  },
  problems: (field) => ({
    'too-few-fields': (p) => `linjen har ${p.found} felter, overskriften har ${p.expected}`,
    'too-many-fields': (p) => `linjen har ${p.found} felter, overskriften har ${p.expected}`,
    'unterminated-quote': () => 'en værdi i anførselstegn bliver aldrig lukket',
    'invalid-quotes': () => 'et anførselstegn i en værdi, der ikke står i anførselstegn',
    'parse-error': () => 'linjen kan ikke læses',
    'bad-encoding': (p) => `bytes, der ikke er gyldige i ${p.encoding} (vist som �); er tegnsættet rigtigt?`,
    'unparseable-amount': (p) =>
      `${lead(field(p.field))}"${p.value}" er ikke et beløb (decimaltegn "${p.decimalSeparator}")`,
    'unparseable-date': (p) =>
      `${lead(field(p.field))}"${p.value}" er ikke en dato${p.format ? ` i formatet ${p.format}` : ' (intet datoformat fundet)'}`,
    'missing-field': (p) => `${field(p.field)} mangler.`,
    'unmapped-field': (p) => `ingen kolonne er valgt til ${field(p.field)}.`,
    'unknown-currency': (p) => `ukendt valuta "${p.value}".`,
    'unparseable-terms': (p) =>
      `betalingsbetingelserne "${p.value}" forstås ikke (f.eks. "netto 30", "løbende måned + 30", "2/10 net 30").`,
    'due-before-issue': (p, f) =>
      `forfaldsdatoen ${f.date(p.due)} ligger før fakturadatoen ${f.date(p.issue)}.`,
    'duplicate-number': (p) =>
      `fakturanummer ${p.number} står to gange i filen (første gang i linje ${p.firstLine}).`,
    'unknown-invoice': (p) => `ingen gemt faktura har nummeret ${p.number}.`,
  }),
};

const de: Words = {
  place: (p) =>
    `${p.file}, Zeile ${p.line}${p.column !== null ? `, Spalte ${p.column}` : ''}${p.columnName ? ` (${p.columnName})` : ''}: `,
  fields: {
    invoiceNumber: 'Rechnungsnummer',
    customer: 'Kunde',
    customerTaxId: 'USt-IdNr. des Kunden',
    amount: 'Betrag',
    balance: 'Offener Betrag',
    paid: 'Bezahlter Betrag',
    credit: 'Haben',
    debit: 'Soll',
    issueDate: 'Rechnungsdatum',
    dueDate: 'Fälligkeitsdatum',
    paymentDate: 'Zahlungsdatum',
    bookingDate: 'Buchungstag',
    valueDate: 'Valuta',
    date: 'Datum',
    currency: 'Währung',
    terms: 'Zahlungsbedingungen',
    creditLimit: 'Kreditlimit',
  },
  problems: (field) => ({
    'too-few-fields': (p) => `die Zeile hat ${p.found} Felder, die Kopfzeile ${p.expected}`,
    'too-many-fields': (p) => `die Zeile hat ${p.found} Felder, die Kopfzeile ${p.expected}`,
    'unterminated-quote': () => 'ein Wert in Anführungszeichen wird nie geschlossen',
    'invalid-quotes': () => 'ein Anführungszeichen in einem Wert, der nicht in Anführungszeichen steht',
    'parse-error': () => 'die Zeile kann nicht gelesen werden',
    'bad-encoding': (p) => `Bytes, die in ${p.encoding} ungültig sind (als � gezeigt); stimmt die Kodierung?`,
    'unparseable-amount': (p) =>
      `${lead(field(p.field))}„${p.value}“ ist kein Betrag (Dezimalzeichen „${p.decimalSeparator}“)`,
    'unparseable-date': (p) =>
      `${lead(field(p.field))}„${p.value}“ ist kein Datum${p.format ? ` im Format ${p.format}` : ' (kein Datumsformat erkannt)'}`,
    'missing-field': (p) => `${field(p.field)} fehlt.`,
    'unmapped-field': (p) => `keine Spalte ist für ${field(p.field)} gewählt.`,
    'unknown-currency': (p) => `unbekannte Währung „${p.value}“.`,
    'unparseable-terms': (p) =>
      `Zahlungsbedingungen „${p.value}“ nicht verstanden (z. B. „30 Tage netto“, „14 Tage 2 % Skonto, 30 Tage netto“).`,
    'due-before-issue': (p, f) =>
      `das Fälligkeitsdatum ${f.date(p.due)} liegt vor dem Rechnungsdatum ${f.date(p.issue)}.`,
    'duplicate-number': (p) =>
      `die Rechnungsnummer ${p.number} kommt in der Datei zweimal vor (zuerst in Zeile ${p.firstLine}).`,
    'unknown-invoice': (p) => `keine gespeicherte Rechnung hat die Nummer ${p.number}.`,
  }),
};

const WORDS: Record<Language, Words> = { en, it, fr, ro, da, de };

export const csvTexts: LanguageTexts<CsvReason> = {
  en: texts(WORDS.en),
  it: texts(WORDS.it),
  fr: texts(WORDS.fr),
  ro: texts(WORDS.ro),
  da: texts(WORDS.da),
  de: texts(WORDS.de),
};
