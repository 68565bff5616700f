// Words for what the CSV reader and importer report about a row (src/csv returns the codes). Every
// text starts with where the problem is: "file, line N, column M (name): …".
import type { RowPlace, RowReason } from '../../csv/row-reason';
import type { CsvNote, RowProblem } from '../../csv/types';
import type { ImportNote } from '../../csv/rows-to-records';
import type { Language } from '../../domain/types';
import type { Fmt } from './format';
import type { LanguageTexts, Texts } from './types';

export type CsvReason = RowReason | CsvNote | ImportNote;

/** Why month first was assumed for a file whose every date reads both ways (csv.note.date-ambiguous). */
type UsEvidence = NonNullable<Extract<CsvNote, { code: 'csv.note.date-ambiguous' }>['params']['because']>;
const US_EN: Record<UsEvidence, string> = {
  'us-dollar': 'the amounts are in dollars',
  'us-bank': "the columns are a US bank's",
  'us-address': 'the file gives a US address',
  'us-month-name': 'the file writes dates as “March 5, 2026”',
};
const US_IT: Record<UsEvidence, string> = {
  'us-dollar': 'gli importi sono in dollari',
  'us-bank': 'le colonne sono quelle di una banca statunitense',
  'us-address': 'il file riporta un indirizzo negli Stati Uniti',
  'us-month-name': 'il file scrive le date all’americana, come “March 5, 2026”',
};
const US_FR: Record<UsEvidence, string> = {
  'us-dollar': 'les montants sont en dollars',
  'us-bank': 'les colonnes sont celles d’une banque américaine',
  'us-address': 'le fichier indique une adresse aux États-Unis',
  'us-month-name': 'le fichier écrit les dates à l’américaine, comme « March 5, 2026 »',
};
const US_RO: Record<UsEvidence, string> = {
  'us-dollar': 'sumele sunt în dolari',
  'us-bank': 'coloanele sunt ale unei bănci din SUA',
  'us-address': 'fișierul conține o adresă din SUA',
  'us-month-name': 'fișierul scrie datele în stil american, ca „March 5, 2026”',
};
const US_DA: Record<UsEvidence, string> = {
  'us-dollar': 'beløbene er i dollar',
  'us-bank': 'kolonnerne er en amerikansk banks',
  'us-address': 'filen indeholder en amerikansk adresse',
  'us-month-name': 'filen skriver datoer på amerikansk, som »March 5, 2026«',
};
const US_DE: Record<UsEvidence, string> = {
  'us-dollar': 'die Beträge sind in Dollar',
  'us-bank': 'die Spalten sind die einer US-Bank',
  'us-address': 'die Datei enthält eine US-Adresse',
  'us-month-name': 'die Datei schreibt Daten amerikanisch, etwa „March 5, 2026“',
};

type NoteTexts = Texts<CsvNote>;

type ProblemTexts = {
  [C in RowProblem['code']]: (p: Extract<RowProblem, { code: C }>['params'], f: Fmt) => string;
};

interface Words {
  /** "file, line 4, column 2 (Customer): " */
  place: (p: RowPlace) => string;
  /** The name of a mapped field in a sentence ("Invoice number"). */
  fields: Record<string, string>;
  problems: (field: (f: string | null) => string) => ProblemTexts;
  notes: NoteTexts;
  imports: Texts<ImportNote>;
}

/** A country's name in the reader's language ("IT" → "Italia" in Italian). */
function countryName(code: string, f: Fmt): string {
  try {
    return new Intl.DisplayNames([f.locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Values as the language quotes them: “Draft” in English, „Draft” in Romanian, « Draft » in French. */
const QUOTES: Record<'en' | 'it' | 'fr' | 'ro' | 'da' | 'de', [string, string]> = {
  en: ['“', '”'],
  it: ['«', '»'],
  fr: ['« ', ' »'],
  ro: ['„', '”'],
  da: ['»', '«'],
  de: ['„', '“'],
};
const quoted = (list: string[], language: keyof typeof QUOTES): string =>
  list.map((x) => `${QUOTES[language][0]}${x}${QUOTES[language][1]}`).join(', ');

function texts(w: Words): Texts<CsvReason> {
  const field = (f: string | null): string => (f === null ? '' : (w.fields[f] ?? f));
  const problems = w.problems(field);
  const out: Record<string, (p: never, f: Fmt) => string> = {};
  for (const [code, text] of Object.entries(problems))
    out[`csv.${code}`] = (p: RowPlace & object, f: Fmt) =>
      w.place(p) + (text as (p: object, f: Fmt) => string)(p, f);
  return { ...(out as unknown as Texts<RowReason>), ...w.notes, ...w.imports };
}

/** "Amount: " before a value's problem when the field is known. */
const lead = (name: string, sep = ': '): string => (name ? `${name}${sep}` : '');

/** A month and its year as the language writes them ("February 2026", "febbraio 2026"). */
function monthOf(year: number, month: number, f: Fmt): string {
  return new Intl.DateTimeFormat(f.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

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
  notes: {
    'csv.note.utf16-without-bom': (p) =>
      `${p.encoding} without a byte-order mark (recognised by its NUL bytes)`,
    'csv.note.ascii-only': () => 'Only plain ASCII letters: read as windows-1252',
    'csv.note.latin2-likelier': (p) =>
      `Not UTF-8: read as Central European (${p.encoding ?? 'iso-8859-2'}), whose letters fit this file better than Western European ones`,
    'csv.note.western': (p) =>
      `Not UTF-8; read as windows-1252 (Western European)${p.latin2Equal ? ', iso-8859-2 equally plausible' : ''}`,
    'csv.note.one-column': () => 'No delimiter splits the lines consistently; read as one column',
    'csv.note.no-header': () => 'No header row: the first row holds data',
    'csv.note.decimal-assumed': (p) => `The amounts do not show the decimal mark; "${p.decimal}" assumed`,
    'csv.note.decimal-mixed': (p, f) =>
      `Amounts use both "." (${f.integer(p.dots)}) and "," (${f.integer(p.commas)}) as decimal mark`,
    'csv.note.date-formats': (p) => `Date columns use ${p.count} formats; the most common is used`,
    'csv.note.date-conflict': (p, f) =>
      `Dates conflict: ${f.integer(p.dayFirst)} values fit only day-first, ${f.integer(p.monthFirst)} only month-first; ${p.chosen === 'day' ? 'day' : 'month'}-first chosen`,
    'csv.note.date-ambiguous': (p) =>
      `Every date fits both day/month orders; ${p.chosen === 'day' ? 'day' : 'month'}-first assumed${p.because ? ` (${US_EN[p.because]})` : ''} — please confirm`,
    'csv.note.sampled': (p, f) =>
      `Only the first ${f.integer(p.bytes)} bytes were examined; the row count is an estimate`,
  },
  imports: {
    'csv.import.paid-as-payments': (p, f) => {
      const cols = p.fields.map(
        (x) => ({ paid: 'Amount paid', balance: 'Open balance', status: 'Status' })[x],
      );
      const when =
        p.byIssueDate === 0
          ? 'dated the payment date the file gives'
          : p.byPaymentDate === 0
            ? 'dated the issue date, as the file gives no payment date (no late interest is counted on it)'
            : `dated the payment date the file gives (${f.integer(p.byPaymentDate)}) or, where it gives none, the issue date (${f.integer(p.byIssueDate)})`;
      return `${p.count === 1 ? '1 invoice is' : `${f.integer(p.count)} invoices are`} already paid in part or in full according to the file (${cols.join(', ')}): what was paid is stored as a payment, ${when}`;
    },
    'csv.import.line-totals': (p) =>
      `${p.count === 1 ? '1 invoice has' : `${p.count} invoices have`} no total: the amount is the sum of its lines, quantity × unit price (+ tax), each line rounded to the cent`,
    'csv.import.pending': (p) =>
      `${p.count === 1 ? '1 transaction is' : `${p.count} transactions are`} not yet booked (pending): left out, a later statement brings ${p.count === 1 ? 'it' : 'them'} booked`,
    'csv.import.not-receivable': (p) =>
      `${p.count === 1 ? '1 invoice' : `${p.count} invoices`} left out as not owed (status ${quoted(p.statuses, 'en')}: drafts, void or cancelled)`,
    'csv.import.no-country': (p, f) =>
      `${p.count === 1 ? '1 invoice has' : `${p.count} invoices have`} a customer without a country (${p.numbers.join(', ')}${p.count > p.numbers.length ? ', …' : ''}): the law of ${countryName(p.country, f)}, your company's country, will apply to late payment`,
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
    'impossible-date': (p, f) =>
      `${lead(field(p.field))}"${p.value}" is a day that does not exist: ${monthOf(p.year, p.month, f)} has ${p.days} days`,
    'date-out-of-range': (p, f) =>
      `${lead(field(p.field))}"${p.value}" is too far from today to be meant: dates from ${f.date(p.earliest)} to ${f.date(p.latest)} are read`,
    'missing-field': (p) => `${field(p.field)} is missing.`,
    'unmapped-field': (p) => `No column is chosen for ${field(p.field)}.`,
    'unknown-currency': (p) => `Unknown currency "${p.value}".`,
    'unparseable-terms': (p) =>
      `Payment terms "${p.value}" are not understood (e.g. "net 30", "2/10 net 30", "30 giorni fine mese").`,
    'due-before-issue': (p, f) =>
      `Due date ${f.date(p.due)} is before the issue date ${f.date(p.issue)}; the invoice is taken as due when issued.`,
    'duplicate-number': (p) =>
      `Invoice number ${p.number} appears twice in this file (first on line ${p.firstLine}).`,
    'unknown-invoice': (p) =>
      `No stored invoice has the number ${p.number}; the payment is kept unallocated.`,
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
  notes: {
    'csv.note.utf16-without-bom': (p) => `${p.encoding} senza BOM (riconosciuto dai byte NUL)`,
    'csv.note.ascii-only': () => 'Solo lettere ASCII semplici: letto come windows-1252',
    'csv.note.latin2-likelier': (p) =>
      `Non è UTF-8: letto come Europa centrale (${p.encoding ?? 'iso-8859-2'}), le cui lettere si adattano meglio a questo file di quelle dell’Europa occidentale`,
    'csv.note.western': (p) =>
      `Non è UTF-8; letto come windows-1252 (Europa occidentale)${p.latin2Equal ? ', iso-8859-2 altrettanto plausibile' : ''}`,
    'csv.note.one-column': () =>
      'Nessun separatore divide le righe in modo coerente; letto come una sola colonna',
    'csv.note.no-header': () => 'Nessuna intestazione: la prima riga contiene dati',
    'csv.note.decimal-assumed': (p) =>
      `Gli importi non mostrano il separatore decimale; si assume "${p.decimal}"`,
    'csv.note.decimal-mixed': (p, f) =>
      `Gli importi usano sia "." (${f.integer(p.dots)}) sia "," (${f.integer(p.commas)}) come separatore decimale`,
    'csv.note.date-formats': (p) => `Le colonne di date usano ${p.count} formati; si usa il più frequente`,
    'csv.note.date-conflict': (p, f) =>
      `Date in conflitto: ${f.integer(p.dayFirst)} valori valgono solo col giorno prima, ${f.integer(p.monthFirst)} solo col mese prima; scelto ${p.chosen === 'day' ? 'il giorno' : 'il mese'} prima`,
    'csv.note.date-ambiguous': (p) =>
      `Ogni data vale in entrambi gli ordini giorno/mese; si assume ${p.chosen === 'day' ? 'il giorno' : 'il mese'} prima${p.because ? ` (${US_IT[p.because]})` : ''} — da confermare`,
    'csv.note.sampled': (p, f) =>
      `Esaminati solo i primi ${f.integer(p.bytes)} byte; il numero di righe è una stima`,
  },
  imports: {
    'csv.import.paid-as-payments': (p, f) => {
      const cols = p.fields.map((x) => ({ paid: 'Importo pagato', balance: 'Residuo', status: 'Stato' })[x]);
      const when =
        p.byIssueDate === 0
          ? 'con la data di pagamento indicata nel file'
          : p.byPaymentDate === 0
            ? 'con la data della fattura, perché il file non indica la data di pagamento (su quell’importo non maturano interessi di mora)'
            : `con la data di pagamento indicata nel file (${f.integer(p.byPaymentDate)}) o, dove manca, con la data della fattura (${f.integer(p.byIssueDate)})`;
      return `${p.count === 1 ? '1 fattura risulta pagata' : `${f.integer(p.count)} fatture risultano pagate`} in tutto o in parte secondo il file (${cols.join(', ')}): quanto pagato viene registrato come incasso, ${when}`;
    },
    'csv.import.line-totals': (p) =>
      `${p.count === 1 ? '1 fattura non ha' : `${p.count} fatture non hanno`} il totale: l'importo è la somma delle righe, quantità × prezzo unitario (+ imposta), ogni riga arrotondata al centesimo`,
    'csv.import.pending': (p) =>
      `${p.count === 1 ? '1 movimento non è' : `${p.count} movimenti non sono`} ancora contabilizzat${p.count === 1 ? 'o' : 'i'} (in attesa): esclus${p.count === 1 ? 'o' : 'i'}, arriveranno contabilizzati con un estratto successivo`,
    'csv.import.not-receivable': (p) =>
      `${p.count === 1 ? '1 fattura esclusa' : `${p.count} fatture escluse`} perché non dovut${p.count === 1 ? 'a' : 'e'} (stato ${quoted(p.statuses, 'it')}: bozze, annullate o stornate)`,
    'csv.import.no-country': (p, f) =>
      `${p.count === 1 ? '1 fattura ha' : `${p.count} fatture hanno`} un cliente senza paese (${p.numbers.join(', ')}${p.count > p.numbers.length ? ', …' : ''}): ai ritardi di pagamento si applicherà la legge del paese della vostra azienda (${countryName(p.country, f)})`,
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
    'impossible-date': (p, f) =>
      `${lead(field(p.field))}"${p.value}" è un giorno che non esiste: ${monthOf(p.year, p.month, f)} ha ${p.days} giorni`,
    'date-out-of-range': (p, f) =>
      `${lead(field(p.field))}"${p.value}" è troppo lontana da oggi per essere giusta: si leggono le date dal ${f.date(p.earliest)} al ${f.date(p.latest)}`,
    'missing-field': (p) => `manca il campo ${field(p.field)}.`,
    'unmapped-field': (p) => `nessuna colonna è scelta per ${field(p.field)}.`,
    'unknown-currency': (p) => `valuta sconosciuta "${p.value}".`,
    'unparseable-terms': (p) =>
      `termini di pagamento "${p.value}" non compresi (ad es. "30 giorni", "30 giorni fine mese", "2/10 net 30").`,
    'due-before-issue': (p, f) =>
      `la scadenza ${f.date(p.due)} è anteriore alla data della fattura ${f.date(p.issue)}; la fattura si considera scaduta alla data di emissione.`,
    'duplicate-number': (p) =>
      `il numero fattura ${p.number} compare due volte nel file (la prima alla riga ${p.firstLine}).`,
    'unknown-invoice': (p) =>
      `nessuna fattura registrata ha il numero ${p.number}; il pagamento resta da imputare.`,
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
  notes: {
    'csv.note.utf16-without-bom': (p) => `${p.encoding} sans BOM (reconnu à ses octets NUL)`,
    'csv.note.ascii-only': () => 'Uniquement des lettres ASCII : lu en windows-1252',
    'csv.note.latin2-likelier': (p) =>
      `Pas en UTF-8 : lu en Europe centrale (${p.encoding ?? 'iso-8859-2'}), dont les lettres conviennent mieux à ce fichier que celles d’Europe occidentale`,
    'csv.note.western': (p) =>
      `Pas en UTF-8 ; lu en windows-1252 (Europe occidentale)${p.latin2Equal ? ', iso-8859-2 tout aussi plausible' : ''}`,
    'csv.note.one-column': () =>
      'Aucun séparateur ne découpe les lignes de façon cohérente ; lu en une seule colonne',
    'csv.note.no-header': () => "Pas de ligne d'en-tête : la première ligne contient des données",
    'csv.note.decimal-assumed': (p) =>
      `Les montants ne montrent pas le séparateur décimal ; « ${p.decimal} » supposé`,
    'csv.note.decimal-mixed': (p, f) =>
      `Les montants utilisent « . » (${f.integer(p.dots)}) et « , » (${f.integer(p.commas)}) comme séparateur décimal`,
    'csv.note.date-formats': (p) =>
      `Les colonnes de dates utilisent ${p.count} formats ; le plus fréquent est retenu`,
    'csv.note.date-conflict': (p, f) =>
      `Dates contradictoires : ${f.integer(p.dayFirst)} valeurs ne vont qu'avec le jour d'abord, ${f.integer(p.monthFirst)} qu'avec le mois d'abord ; ${p.chosen === 'day' ? 'jour' : 'mois'} d'abord retenu`,
    'csv.note.date-ambiguous': (p) =>
      `Chaque date convient dans les deux ordres jour/mois ; ${p.chosen === 'day' ? 'jour' : 'mois'} d'abord supposé${p.because ? ` (${US_FR[p.because]})` : ''} — à confirmer`,
    'csv.note.sampled': (p, f) =>
      `Seuls les ${f.integer(p.bytes)} premiers octets ont été examinés ; le nombre de lignes est une estimation`,
  },
  imports: {
    'csv.import.paid-as-payments': (p, f) => {
      const cols = p.fields.map((x) => ({ paid: 'Montant payé', balance: 'Solde', status: 'Statut' })[x]);
      const when =
        p.byIssueDate === 0
          ? 'à la date de paiement donnée par le fichier'
          : p.byPaymentDate === 0
            ? 'à la date de la facture, faute de date de paiement dans le fichier (aucune pénalité de retard n’est comptée sur ce montant)'
            : `à la date de paiement donnée par le fichier (${f.integer(p.byPaymentDate)}) ou, à défaut, à la date de la facture (${f.integer(p.byIssueDate)})`;
      return `${p.count === 1 ? '1 facture est déjà payée' : `${f.integer(p.count)} factures sont déjà payées`} en tout ou en partie selon le fichier (${cols.join(', ')}) : le montant payé est enregistré comme un paiement, ${when}`;
    },
    'csv.import.line-totals': (p) =>
      `${p.count === 1 ? '1 facture n’a' : `${p.count} factures n’ont`} pas de total : le montant est la somme des lignes, quantité × prix unitaire (+ taxe), chaque ligne arrondie au centime`,
    'csv.import.pending': (p) =>
      `${p.count === 1 ? '1 opération n’est' : `${p.count} opérations ne sont`} pas encore comptabilisée${p.count === 1 ? '' : 's'} (en cours) : écartée${p.count === 1 ? '' : 's'}, un relevé ultérieur les apportera comptabilisées`,
    'csv.import.not-receivable': (p) =>
      `${p.count === 1 ? '1 facture écartée' : `${p.count} factures écartées`} car non due${p.count === 1 ? '' : 's'} (statut ${quoted(p.statuses, 'fr')} : brouillons, annulées)`,
    'csv.import.no-country': (p, f) =>
      `${p.count === 1 ? '1 facture a' : `${p.count} factures ont`} un client sans pays (${p.numbers.join(', ')}${p.count > p.numbers.length ? ', …' : ''}) : la loi de ${countryName(p.country, f)}, pays de votre entreprise, s’appliquera aux retards de paiement`,
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
    'impossible-date': (p, f) =>
      `${lead(field(p.field), ' : ')}« ${p.value} » est un jour qui n'existe pas : ${monthOf(p.year, p.month, f)} compte ${p.days} jours`,
    'date-out-of-range': (p, f) =>
      `${lead(field(p.field), ' : ')}« ${p.value} » est trop loin d'aujourd'hui pour être juste : les dates lues vont du ${f.date(p.earliest)} au ${f.date(p.latest)}`,
    'missing-field': (p) => `${field(p.field)} manquant.`,
    'unmapped-field': (p) => `aucune colonne n'est choisie pour ${field(p.field)}.`,
    'unknown-currency': (p) => `devise inconnue « ${p.value} ».`,
    'unparseable-terms': (p) =>
      `conditions de paiement « ${p.value} » non comprises (p. ex. « 30 jours », « 45 jours fin de mois », « 2/10 net 30 »).`,
    'due-before-issue': (p, f) =>
      `l'échéance ${f.date(p.due)} précède la date de facture ${f.date(p.issue)} ; la facture est considérée comme échue à son émission.`,
    'duplicate-number': (p) =>
      `le numéro de facture ${p.number} figure deux fois dans le fichier (d'abord ligne ${p.firstLine}).`,
    'unknown-invoice': (p) =>
      `aucune facture enregistrée ne porte le numéro ${p.number} ; le paiement reste non imputé.`,
  }),
};

const ro: Words = {
  place: (p) =>
    `${p.file}, rândul ${p.line}${p.column !== null ? `, coloana ${p.column}` : ''}${p.columnName ? ` (${p.columnName})` : ''}: `,
  fields: {
    invoiceNumber: 'Numărul facturii',
    customer: 'Clientul',
    customerTaxId: 'CUI-ul sau codul de TVA al clientului',
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
  notes: {
    'csv.note.utf16-without-bom': (p) => `${p.encoding} fără BOM (recunoscut după octeții NUL)`,
    'csv.note.ascii-only': () => 'Doar litere ASCII simple: citit ca windows-1252',
    'csv.note.latin2-likelier': (p) =>
      `Nu este UTF-8: citit ca Europa Centrală (${p.encoding ?? 'iso-8859-2'}), ale cărei litere se potrivesc mai bine acestui fișier decât cele vest-europene`,
    'csv.note.western': (p) =>
      `Nu este UTF-8; citit ca windows-1252 (Europa de Vest)${p.latin2Equal ? ', iso-8859-2 la fel de plauzibil' : ''}`,
    'csv.note.one-column': () =>
      'Niciun separator nu împarte rândurile în mod consecvent; citit ca o singură coloană',
    'csv.note.no-header': () => 'Fără rând de antet: primul rând conține date',
    'csv.note.decimal-assumed': (p) => `Sumele nu arată separatorul zecimal; se presupune „${p.decimal}”`,
    'csv.note.decimal-mixed': (p, f) =>
      `Sumele folosesc și „.” (${f.integer(p.dots)}) și „,” (${f.integer(p.commas)}) ca separator zecimal`,
    'csv.note.date-formats': (p) =>
      `Coloanele de date folosesc ${p.count} formate; se folosește cel mai frecvent`,
    'csv.note.date-conflict': (p, f) =>
      `Date contradictorii: ${f.integer(p.dayFirst)} valori se potrivesc doar cu ziua întâi, ${f.integer(p.monthFirst)} doar cu luna întâi; ales ${p.chosen === 'day' ? 'ziua' : 'luna'} întâi`,
    'csv.note.date-ambiguous': (p) =>
      `Fiecare dată se potrivește în ambele ordini zi/lună; se presupune ${p.chosen === 'day' ? 'ziua' : 'luna'} întâi${p.because ? ` (${US_RO[p.because]})` : ''} — vă rugăm confirmați`,
    'csv.note.sampled': (p, f) =>
      `Doar primii ${f.integer(p.bytes)} octeți au fost examinați; numărul de rânduri este o estimare`,
  },
  imports: {
    'csv.import.paid-as-payments': (p, f) => {
      const cols = p.fields.map((x) => ({ paid: 'Suma plătită', balance: 'Soldul', status: 'Starea' })[x]);
      const when =
        p.byIssueDate === 0
          ? 'cu data plății din fișier'
          : p.byPaymentDate === 0
            ? 'cu data facturii, deoarece fișierul nu dă data plății (pentru această sumă nu se calculează dobândă penalizatoare)'
            : `cu data plății din fișier (${f.integer(p.byPaymentDate)}) sau, unde lipsește, cu data facturii (${f.integer(p.byIssueDate)})`;
      return `${p.count === 1 ? '1 factură este deja plătită' : `${f.integer(p.count)} facturi sunt deja plătite`} integral sau parțial conform fișierului (${cols.join(', ')}): suma plătită se înregistrează ca încasare, ${when}`;
    },
    'csv.import.line-totals': (p) =>
      `${p.count === 1 ? '1 factură nu are' : `${p.count} facturi nu au`} total: suma este totalul liniilor, cantitate × preț unitar (+ taxă), fiecare linie rotunjită la ban`,
    'csv.import.pending': (p) =>
      `${p.count === 1 ? '1 tranzacție nu este încă înregistrată' : `${p.count} tranzacții nu sunt încă înregistrate`} (în așteptare): lăsat${p.count === 1 ? 'ă' : 'e'} deoparte, un extras ulterior le va aduce înregistrate`,
    'csv.import.not-receivable': (p) =>
      `${p.count === 1 ? '1 factură lăsată' : `${p.count} facturi lăsate`} deoparte ca nedatorat${p.count === 1 ? 'ă' : 'e'} (starea ${quoted(p.statuses, 'ro')}: ciorne, anulate sau stornate)`,
    'csv.import.no-country': (p, f) =>
      `${p.count === 1 ? '1 factură are' : `${p.count} facturi au`} un client fără țară (${p.numbers.join(', ')}${p.count > p.numbers.length ? ', …' : ''}): pentru întârzierea plății se va aplica legea din ${countryName(p.country, f)}, țara firmei dumneavoastră`,
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
    'impossible-date': (p, f) =>
      `${lead(field(p.field))}„${p.value}” este o zi care nu există: ${monthOf(p.year, p.month, f)} are ${p.days} de zile`,
    'date-out-of-range': (p, f) =>
      `${lead(field(p.field))}„${p.value}” este prea departe de azi ca să fie corectă: se citesc datele de la ${f.date(p.earliest)} până la ${f.date(p.latest)}`,
    'missing-field': (p) => `lipsește câmpul ${field(p.field)}.`,
    'unmapped-field': (p) => `nicio coloană nu este aleasă pentru ${field(p.field)}.`,
    'unknown-currency': (p) => `monedă necunoscută „${p.value}”.`,
    'unparseable-terms': (p) =>
      `termenii de plată „${p.value}” nu sunt înțeleși (de ex. „30 de zile”, „net 30”, „2/10 net 30”).`,
    'due-before-issue': (p, f) =>
      `scadența ${f.date(p.due)} este înaintea datei facturii ${f.date(p.issue)}; factura se consideră scadentă la emitere.`,
    'duplicate-number': (p) =>
      `numărul facturii ${p.number} apare de două ori în fișier (prima dată pe rândul ${p.firstLine}).`,
    'unknown-invoice': (p) =>
      `nicio factură înregistrată nu are numărul ${p.number}; plata rămâne nealocată.`,
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
  notes: {
    'csv.note.utf16-without-bom': (p) => `${p.encoding} uden BOM (genkendt på NUL-bytes)`,
    'csv.note.ascii-only': () => 'Kun almindelige ASCII-bogstaver: læst som windows-1252',
    'csv.note.latin2-likelier': (p) =>
      `Ikke UTF-8: læst som centraleuropæisk (${p.encoding ?? 'iso-8859-2'}), hvis bogstaver passer bedre til filen end de vesteuropæiske`,
    'csv.note.western': (p) =>
      `Ikke UTF-8; læst som windows-1252 (Vesteuropa)${p.latin2Equal ? ', iso-8859-2 lige så sandsynligt' : ''}`,
    'csv.note.one-column': () => 'Intet skilletegn deler linjerne ensartet; læst som én kolonne',
    'csv.note.no-header': () => 'Ingen overskriftslinje: første linje indeholder data',
    'csv.note.decimal-assumed': (p) => `Beløbene viser ikke decimaltegnet; "${p.decimal}" antaget`,
    'csv.note.decimal-mixed': (p, f) =>
      `Beløbene bruger både "." (${f.integer(p.dots)}) og "," (${f.integer(p.commas)}) som decimaltegn`,
    'csv.note.date-formats': (p) => `Datokolonnerne bruger ${p.count} formater; det hyppigste bruges`,
    'csv.note.date-conflict': (p, f) =>
      `Datoerne er modstridende: ${f.integer(p.dayFirst)} værdier passer kun med dag først, ${f.integer(p.monthFirst)} kun med måned først; ${p.chosen === 'day' ? 'dag' : 'måned'} først valgt`,
    'csv.note.date-ambiguous': (p) =>
      `Alle datoer passer med begge rækkefølger; ${p.chosen === 'day' ? 'dag' : 'måned'} først antaget${p.because ? ` (${US_DA[p.because]})` : ''} — bekræft venligst`,
    'csv.note.sampled': (p, f) =>
      `Kun de første ${f.integer(p.bytes)} bytes er undersøgt; antallet af linjer er et skøn`,
  },
  imports: {
    'csv.import.paid-as-payments': (p, f) => {
      const cols = p.fields.map((x) => ({ paid: 'Betalt beløb', balance: 'Restbeløb', status: 'Status' })[x]);
      const when =
        p.byIssueDate === 0
          ? 'dateret med filens betalingsdato'
          : p.byPaymentDate === 0
            ? 'dateret med fakturadatoen, da filen ikke angiver en betalingsdato (der beregnes ingen morarente af beløbet)'
            : `dateret med filens betalingsdato (${f.integer(p.byPaymentDate)}) eller, hvor den mangler, fakturadatoen (${f.integer(p.byIssueDate)})`;
      return `${p.count === 1 ? '1 faktura er' : `${f.integer(p.count)} fakturaer er`} allerede helt eller delvis betalt ifølge filen (${cols.join(', ')}): det betalte gemmes som en indbetaling, ${when}`;
    },
    'csv.import.line-totals': (p) =>
      `${p.count === 1 ? '1 faktura har' : `${p.count} fakturaer har`} ingen total: beløbet er summen af linjerne, antal × stykpris (+ moms), hver linje afrundet til hele øre`,
    'csv.import.pending': (p) =>
      `${p.count === 1 ? '1 postering er' : `${p.count} posteringer er`} endnu ikke bogført (reserveret): udeladt, et senere kontoudtog bringer ${p.count === 1 ? 'den' : 'dem'} bogført`,
    'csv.import.not-receivable': (p) =>
      `${p.count === 1 ? '1 faktura' : `${p.count} fakturaer`} udeladt, da de ikke skyldes (status ${quoted(p.statuses, 'da')}: kladder, annullerede)`,
    'csv.import.no-country': (p, f) =>
      `${p.count === 1 ? '1 faktura har' : `${p.count} fakturaer har`} en kunde uden land (${p.numbers.join(', ')}${p.count > p.numbers.length ? ', …' : ''}): loven i ${countryName(p.country, f)}, jeres virksomheds land, gælder for for sen betaling`,
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
    'impossible-date': (p, f) =>
      `${lead(field(p.field))}"${p.value}" er en dag, der ikke findes: ${monthOf(p.year, p.month, f)} har ${p.days} dage`,
    'date-out-of-range': (p, f) =>
      `${lead(field(p.field))}"${p.value}" ligger for langt fra i dag til at være ment: datoer fra ${f.date(p.earliest)} til ${f.date(p.latest)} læses`,
    'missing-field': (p) => `${field(p.field)} mangler.`,
    'unmapped-field': (p) => `ingen kolonne er valgt til ${field(p.field)}.`,
    'unknown-currency': (p) => `ukendt valuta "${p.value}".`,
    'unparseable-terms': (p) =>
      `betalingsbetingelserne "${p.value}" forstås ikke (f.eks. "netto 30", "løbende måned + 30", "2/10 net 30").`,
    'due-before-issue': (p, f) =>
      `forfaldsdatoen ${f.date(p.due)} ligger før fakturadatoen ${f.date(p.issue)}; fakturaen regnes som forfalden ved udstedelsen.`,
    'duplicate-number': (p) =>
      `fakturanummer ${p.number} står to gange i filen (første gang i linje ${p.firstLine}).`,
    'unknown-invoice': (p) => `ingen gemt faktura har nummeret ${p.number}; betalingen står ufordelt.`,
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
  notes: {
    'csv.note.utf16-without-bom': (p) => `${p.encoding} ohne BOM (an den NUL-Bytes erkannt)`,
    'csv.note.ascii-only': () => 'Nur einfache ASCII-Zeichen: als windows-1252 gelesen',
    'csv.note.latin2-likelier': (p) =>
      `Kein UTF-8: als mitteleuropäisch (${p.encoding ?? 'iso-8859-2'}) gelesen, dessen Buchstaben besser zu dieser Datei passen als die westeuropäischen`,
    'csv.note.western': (p) =>
      `Kein UTF-8; als windows-1252 (Westeuropa) gelesen${p.latin2Equal ? ', iso-8859-2 ebenso plausibel' : ''}`,
    'csv.note.one-column': () => 'Kein Trennzeichen teilt die Zeilen einheitlich; als eine Spalte gelesen',
    'csv.note.no-header': () => 'Keine Kopfzeile: die erste Zeile enthält Daten',
    'csv.note.decimal-assumed': (p) => `Die Beträge zeigen kein Dezimalzeichen; „${p.decimal}“ angenommen`,
    'csv.note.decimal-mixed': (p, f) =>
      `Die Beträge verwenden „.“ (${f.integer(p.dots)}) und „,“ (${f.integer(p.commas)}) als Dezimalzeichen`,
    'csv.note.date-formats': (p) =>
      `Die Datumsspalten verwenden ${p.count} Formate; das häufigste wird benutzt`,
    'csv.note.date-conflict': (p, f) =>
      `Widersprüchliche Daten: ${f.integer(p.dayFirst)} Werte passen nur mit Tag zuerst, ${f.integer(p.monthFirst)} nur mit Monat zuerst; ${p.chosen === 'day' ? 'Tag' : 'Monat'} zuerst gewählt`,
    'csv.note.date-ambiguous': (p) =>
      `Jedes Datum passt in beiden Reihenfolgen Tag/Monat; ${p.chosen === 'day' ? 'Tag' : 'Monat'} zuerst angenommen${p.because ? ` (${US_DE[p.because]})` : ''} — bitte bestätigen`,
    'csv.note.sampled': (p, f) =>
      `Nur die ersten ${f.integer(p.bytes)} Bytes wurden geprüft; die Zeilenzahl ist geschätzt`,
  },
  imports: {
    'csv.import.paid-as-payments': (p, f) => {
      const cols = p.fields.map(
        (x) => ({ paid: 'Bezahlter Betrag', balance: 'Offener Betrag', status: 'Status' })[x],
      );
      const when =
        p.byIssueDate === 0
          ? 'mit dem Zahlungsdatum aus der Datei'
          : p.byPaymentDate === 0
            ? 'mit dem Rechnungsdatum, da die Datei kein Zahlungsdatum nennt (auf diesen Betrag fallen keine Verzugszinsen an)'
            : `mit dem Zahlungsdatum aus der Datei (${f.integer(p.byPaymentDate)}) oder, wo es fehlt, dem Rechnungsdatum (${f.integer(p.byIssueDate)})`;
      return `${p.count === 1 ? '1 Rechnung ist' : `${f.integer(p.count)} Rechnungen sind`} laut Datei bereits ganz oder teilweise bezahlt (${cols.join(', ')}): der bezahlte Betrag wird als Zahlungseingang gespeichert, ${when}`;
    },
    'csv.import.line-totals': (p) =>
      `${p.count === 1 ? '1 Rechnung hat' : `${p.count} Rechnungen haben`} keinen Gesamtbetrag: der Betrag ist die Summe der Positionen, Menge × Einzelpreis (+ Steuer), jede Position auf den Cent gerundet`,
    'csv.import.pending': (p) =>
      `${p.count === 1 ? '1 Umsatz ist' : `${p.count} Umsätze sind`} noch nicht gebucht (vorgemerkt): ausgelassen, ein späterer Auszug bringt ${p.count === 1 ? 'ihn' : 'sie'} gebucht`,
    'csv.import.not-receivable': (p) =>
      `${p.count === 1 ? '1 Rechnung' : `${p.count} Rechnungen`} ausgelassen, da nicht geschuldet (Status ${quoted(p.statuses, 'de')}: Entwürfe, storniert)`,
    'csv.import.no-country': (p, f) =>
      `${p.count === 1 ? '1 Rechnung hat' : `${p.count} Rechnungen haben`} einen Kunden ohne Land (${p.numbers.join(', ')}${p.count > p.numbers.length ? ', …' : ''}): für Zahlungsverzug gilt das Recht von ${countryName(p.country, f)}, dem Land Ihres Unternehmens`,
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
    'impossible-date': (p, f) =>
      `${lead(field(p.field))}„${p.value}“ ist ein Tag, den es nicht gibt: ${monthOf(p.year, p.month, f)} hat ${p.days} Tage`,
    'date-out-of-range': (p, f) =>
      `${lead(field(p.field))}„${p.value}“ liegt zu weit von heute entfernt, um gemeint zu sein: gelesen werden Daten vom ${f.date(p.earliest)} bis ${f.date(p.latest)}`,
    'missing-field': (p) => `${field(p.field)} fehlt.`,
    'unmapped-field': (p) => `keine Spalte ist für ${field(p.field)} gewählt.`,
    'unknown-currency': (p) => `unbekannte Währung „${p.value}“.`,
    'unparseable-terms': (p) =>
      `Zahlungsbedingungen „${p.value}“ nicht verstanden (z. B. „30 Tage netto“, „14 Tage 2 % Skonto, 30 Tage netto“).`,
    'due-before-issue': (p, f) =>
      `das Fälligkeitsdatum ${f.date(p.due)} liegt vor dem Rechnungsdatum ${f.date(p.issue)}; die Rechnung gilt mit der Ausstellung als fällig.`,
    'duplicate-number': (p) =>
      `die Rechnungsnummer ${p.number} kommt in der Datei zweimal vor (zuerst in Zeile ${p.firstLine}).`,
    'unknown-invoice': (p) =>
      `keine gespeicherte Rechnung hat die Nummer ${p.number}; die Zahlung bleibt unzugeordnet.`,
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
