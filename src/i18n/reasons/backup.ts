// Words for what a restore found wrong with a backup file, and for rows set aside when loading.
// Every refusal says that nothing was restored: it is true, the check runs before anything is written.
import type { RecordIssue } from '../../db/backup-check';
import { roDe } from '../ro-count';
import type { FieldProblem } from '../../db/records';
import type { Fmt } from './format';
import type { LanguageTexts } from './types';

/** The part of a backup file that is damaged (the file's own field names). */
export type DamagedPart =
  | 'format-version'
  | 'schema-version'
  | 'checksum-missing'
  | 'created-at'
  | 'app'
  | 'tables'
  | 'unknown-table'
  | 'table-missing'
  | 'count'
  | 'row-key';

export type BackupReason =
  | { code: 'backup.not-json' }
  | { code: 'backup.foreign' }
  | { code: 'backup.newer'; params: { schema: number } }
  | { code: 'backup.newer-format'; params: { version: number } }
  | { code: 'backup.damaged'; params: { part: DamagedPart; table?: string } }
  | { code: 'backup.checksum' }
  /** Rows that do not fit the schema, duplicate ids or references to nothing: the first few named. */
  | { code: 'backup.invalid'; params: { issues: RecordIssue[]; total: number } }
  | { code: 'backup.read-failed'; params: { reason: string } }
  /** The write transaction failed and was rolled back: the stored data is as it was. */
  | { code: 'backup.restore-failed'; params: { reason: string } }
  /** The backup was written, but reading it back into the screen failed. */
  | { code: 'backup.restored-not-loaded'; params: { reason: string } }
  | { code: 'backup.restored'; params: { invoices: number; customers: number } }
  /** Rows that could not be read when the book was loaded, moved aside (still in every backup). */
  | { code: 'backup.quarantined'; params: { count: number } };

interface Words {
  tables: Record<string, string>;
  parts: Record<DamagedPart, string>;
  problems: Record<FieldProblem, string>;
  row: (table: string, n: number, id: string | undefined) => string;
  field: string;
  more: (n: number) => string;
}

function issues(p: { issues: RecordIssue[]; total: number }, w: Words, f: Fmt): string {
  const list = p.issues.map((i) => {
    const where = w.row(w.tables[i.table] ?? i.table, i.index + 1, i.id);
    const field = i.field ? `, ${w.field} “${i.field}”` : '';
    return `${where}${field}: ${w.problems[i.problem]}`;
  });
  const rest = p.total - p.issues.length;
  return list.join('; ') + (rest > 0 ? `; ${w.more(rest)}`.replace('{n}', f.integer(rest)) : '');
}

/** The damaged part in words, with the table it is in named as the language names it. */
const damaged = (p: { part: DamagedPart; table?: string }, w: Words) =>
  p.table ? `${w.parts[p.part]}: ${w.tables[p.table] ?? p.table}` : w.parts[p.part];

const en: Words = {
  tables: {
    settings: 'settings',
    customers: 'customers',
    invoices: 'invoices',
    invoiceBlocks: 'invoice blocks',
    payments: 'payments',
    adjustments: 'adjustments',
    activities: 'activities',
    plans: 'payment plans',
    settlements: 'settlement offers',
    letters: 'letters',
    imports: 'imports',
    bankLines: 'bank lines',
  },
  parts: {
    'format-version': 'format version missing',
    'schema-version': 'schema version missing',
    'checksum-missing': 'no checksum',
    'created-at': 'creation date missing or not a date',
    app: 'not made by Overdue',
    tables: 'tables unreadable',
    'unknown-table': 'unknown table',
    'table-missing': 'table missing',
    count: 'row count does not match',
    'row-key': 'rows without a valid key',
  },
  problems: {
    'not-object': 'not a record',
    missing: 'missing',
    type: 'wrong type',
    date: 'not a date (YYYY-MM-DD)',
    currency: 'not a currency code',
    language: 'not a known language code',
    country: 'not a country code',
    integer: 'not a whole number of cents',
    choice: 'not one of the allowed values',
    logo: 'not an embedded PNG or JPEG image',
    'rate-table': 'not a valid rate table',
    'duplicate-id': 'the same id appears twice',
    'unknown-customer': 'no such customer in the backup',
    'unknown-invoice': 'no such invoice in the backup',
    'unknown-activity': 'no such contact-log entry in the backup',
    'over-allocated': 'its allocations add up to more than the payment',
    negative: 'a negative amount (it must be positive)',
  },
  row: (t, n, id) => `${t} row ${n}${id ? ` (id ${id})` : ''}`,
  field: 'field',
  more: () => 'and {n} more',
};

const it: Words = {
  tables: {
    settings: 'impostazioni',
    customers: 'clienti',
    invoices: 'fatture',
    invoiceBlocks: 'blocchi di fatture',
    payments: 'pagamenti',
    adjustments: 'rettifiche',
    activities: 'attività',
    plans: 'piani di rientro',
    settlements: 'proposte transattive',
    letters: 'lettere',
    imports: 'importazioni',
    bankLines: 'movimenti bancari',
  },
  parts: {
    'format-version': 'versione del formato mancante',
    'schema-version': 'versione dello schema mancante',
    'checksum-missing': 'somma di controllo mancante',
    'created-at': 'data di creazione mancante o non valida',
    app: 'non creato da Overdue',
    tables: 'tabelle illeggibili',
    'unknown-table': 'tabella sconosciuta',
    'table-missing': 'tabella mancante',
    count: 'il numero di righe non corrisponde',
    'row-key': 'righe senza una chiave valida',
  },
  problems: {
    'not-object': 'non è un record',
    missing: 'mancante',
    type: 'tipo errato',
    date: 'non è una data (AAAA-MM-GG)',
    currency: 'non è un codice valuta',
    language: 'non è un codice lingua noto',
    country: 'non è un codice paese',
    integer: 'non è un numero intero di centesimi',
    choice: 'non è uno dei valori ammessi',
    logo: 'non è un’immagine PNG o JPEG incorporata',
    'rate-table': 'non è una tabella dei tassi valida',
    'duplicate-id': 'lo stesso id compare due volte',
    'unknown-customer': 'cliente inesistente nel backup',
    'unknown-invoice': 'fattura inesistente nel backup',
    'unknown-activity': 'voce del registro contatti inesistente nel backup',
    'over-allocated': 'le imputazioni superano l’importo dell’incasso',
    negative: 'importo negativo (deve essere positivo)',
  },
  row: (t, n, id) => `${t}, riga ${n}${id ? ` (id ${id})` : ''}`,
  field: 'campo',
  more: () => 'e altri {n}',
};

const fr: Words = {
  tables: {
    settings: 'paramètres',
    customers: 'clients',
    invoices: 'factures',
    invoiceBlocks: 'blocs de factures',
    payments: 'paiements',
    adjustments: 'ajustements',
    activities: 'activités',
    plans: 'échéanciers de paiement',
    settlements: 'propositions de règlement amiable',
    letters: 'lettres',
    imports: 'imports',
    bankLines: 'lignes bancaires',
  },
  parts: {
    'format-version': 'version du format absente',
    'schema-version': 'version du schéma absente',
    'checksum-missing': 'somme de contrôle absente',
    'created-at': 'date de création absente ou invalide',
    app: 'non créé par Overdue',
    tables: 'tables illisibles',
    'unknown-table': 'table inconnue',
    'table-missing': 'table absente',
    count: 'le nombre de lignes ne correspond pas',
    'row-key': 'lignes sans clé valide',
  },
  problems: {
    'not-object': 'pas un enregistrement',
    missing: 'manquant',
    type: 'type incorrect',
    date: 'pas une date (AAAA-MM-JJ)',
    currency: 'pas un code de devise',
    language: 'pas un code de langue connu',
    country: 'pas un code de pays',
    integer: 'pas un nombre entier de centimes',
    choice: 'pas une des valeurs permises',
    logo: 'pas une image PNG ou JPEG intégrée',
    'rate-table': 'pas une table de taux valide',
    'duplicate-id': 'le même id apparaît deux fois',
    'unknown-customer': 'client absent de la sauvegarde',
    'unknown-invoice': 'facture absente de la sauvegarde',
    'unknown-activity': 'entrée du journal des contacts absente de la sauvegarde',
    'over-allocated': 'ses affectations dépassent le montant du paiement',
    negative: 'montant négatif (il doit être positif)',
  },
  row: (t, n, id) => `${t}, ligne ${n}${id ? ` (id ${id})` : ''}`,
  field: 'champ',
  more: () => 'et {n} autres',
};

const ro: Words = {
  tables: {
    settings: 'setări',
    customers: 'clienți',
    invoices: 'facturi',
    invoiceBlocks: 'blocuri de facturi',
    payments: 'plăți',
    adjustments: 'ajustări',
    activities: 'activități',
    plans: 'grafice de eșalonare a plății',
    settlements: 'propuneri de tranzacție',
    letters: 'scrisori',
    imports: 'importuri',
    bankLines: 'linii bancare',
  },
  parts: {
    'format-version': 'versiunea formatului lipsește',
    'schema-version': 'versiunea schemei lipsește',
    'checksum-missing': 'suma de control lipsește',
    'created-at': 'data creării lipsește sau nu este validă',
    app: 'nu a fost creat de Overdue',
    tables: 'tabele ilizibile',
    'unknown-table': 'tabel necunoscut',
    'table-missing': 'tabel lipsă',
    count: 'numărul de rânduri nu corespunde',
    'row-key': 'rânduri fără o cheie validă',
  },
  problems: {
    'not-object': 'nu este o înregistrare',
    missing: 'lipsește',
    type: 'tip greșit',
    date: 'nu este o dată (AAAA-LL-ZZ)',
    currency: 'nu este un cod de monedă',
    language: 'nu este un cod de limbă cunoscut',
    country: 'nu este un cod de țară',
    integer: 'nu este un număr întreg de subunități',
    choice: 'nu este una dintre valorile permise',
    logo: 'nu este o imagine PNG sau JPEG încorporată',
    'rate-table': 'nu este un tabel de dobânzi valid',
    'duplicate-id': 'același id apare de două ori',
    'unknown-customer': 'clientul nu există în copia de siguranță',
    'unknown-invoice': 'factura nu există în copia de siguranță',
    'unknown-activity': 'înregistrarea din jurnalul de contacte nu există în copia de siguranță',
    'over-allocated': 'alocările depășesc suma încasării',
    negative: 'sumă negativă (trebuie să fie pozitivă)',
  },
  row: (t, n, id) => `${t}, rândul ${n}${id ? ` (id ${id})` : ''}`,
  field: 'câmpul',
  more: () => 'și încă {n}',
};

const da: Words = {
  tables: {
    settings: 'indstillinger',
    customers: 'kunder',
    invoices: 'fakturaer',
    invoiceBlocks: 'fakturablokke',
    payments: 'betalinger',
    adjustments: 'reguleringer',
    activities: 'aktiviteter',
    plans: 'afdragsordninger',
    settlements: 'forligstilbud',
    letters: 'breve',
    imports: 'importer',
    bankLines: 'bankposteringer',
  },
  parts: {
    'format-version': 'formatversion mangler',
    'schema-version': 'skemaversion mangler',
    'checksum-missing': 'kontrolsum mangler',
    'created-at': 'oprettelsesdato mangler eller er ugyldig',
    app: 'ikke lavet af Overdue',
    tables: 'tabeller kan ikke læses',
    'unknown-table': 'ukendt tabel',
    'table-missing': 'tabel mangler',
    count: 'antallet af rækker passer ikke',
    'row-key': 'rækker uden gyldig nøgle',
  },
  problems: {
    'not-object': 'ikke en post',
    missing: 'mangler',
    type: 'forkert type',
    date: 'ikke en dato (ÅÅÅÅ-MM-DD)',
    currency: 'ikke en valutakode',
    language: 'ikke en kendt sprogkode',
    country: 'ikke en landekode',
    integer: 'ikke et helt antal øre',
    choice: 'ikke en af de tilladte værdier',
    logo: 'ikke et indlejret PNG- eller JPEG-billede',
    'rate-table': 'ikke en gyldig rentetabel',
    'duplicate-id': 'samme id forekommer to gange',
    'unknown-customer': 'kunden findes ikke i sikkerhedskopien',
    'unknown-invoice': 'fakturaen findes ikke i sikkerhedskopien',
    'unknown-activity': 'kontaktloggens post findes ikke i sikkerhedskopien',
    'over-allocated': 'fordelingerne overstiger betalingens beløb',
    negative: 'negativt beløb (det skal være positivt)',
  },
  row: (t, n, id) => `${t}, række ${n}${id ? ` (id ${id})` : ''}`,
  field: 'felt',
  more: () => 'og {n} mere',
};

const de: Words = {
  tables: {
    settings: 'Einstellungen',
    customers: 'Kunden',
    invoices: 'Rechnungen',
    invoiceBlocks: 'Rechnungsblöcke',
    payments: 'Zahlungen',
    adjustments: 'Korrekturen',
    activities: 'Aktivitäten',
    plans: 'Ratenzahlungsvereinbarungen',
    settlements: 'Vergleichsangebote',
    letters: 'Briefe',
    imports: 'Importe',
    bankLines: 'Bankumsätze',
  },
  parts: {
    'format-version': 'Formatversion fehlt',
    'schema-version': 'Schemaversion fehlt',
    'checksum-missing': 'Prüfsumme fehlt',
    'created-at': 'Erstellungsdatum fehlt oder ist ungültig',
    app: 'nicht von Overdue erstellt',
    tables: 'Tabellen nicht lesbar',
    'unknown-table': 'unbekannte Tabelle',
    'table-missing': 'Tabelle fehlt',
    count: 'Zeilenzahl stimmt nicht',
    'row-key': 'Zeilen ohne gültigen Schlüssel',
  },
  problems: {
    'not-object': 'kein Datensatz',
    missing: 'fehlt',
    type: 'falscher Typ',
    date: 'kein Datum (JJJJ-MM-TT)',
    currency: 'kein Währungscode',
    language: 'kein bekannter Sprachcode',
    country: 'kein Ländercode',
    integer: 'keine ganze Zahl von Cent',
    choice: 'keiner der erlaubten Werte',
    logo: 'kein eingebettetes PNG- oder JPEG-Bild',
    'rate-table': 'keine gültige Zinstabelle',
    'duplicate-id': 'dieselbe ID kommt zweimal vor',
    'unknown-customer': 'Kunde fehlt in der Sicherung',
    'unknown-invoice': 'Rechnung fehlt in der Sicherung',
    'unknown-activity': 'Eintrag im Kontaktprotokoll fehlt in der Sicherung',
    'over-allocated': 'die Zuordnungen übersteigen den Zahlungsbetrag',
    negative: 'negativer Betrag (er muss positiv sein)',
  },
  row: (t, n, id) => `${t}, Zeile ${n}${id ? ` (ID ${id})` : ''}`,
  field: 'Feld',
  more: () => 'und {n} weitere',
};

export const backupTexts: LanguageTexts<BackupReason> = {
  en: {
    'backup.not-json': () =>
      'This file is not an Overdue backup: it is not a JSON file. Nothing was restored.',
    'backup.foreign': () => 'This file is not an Overdue backup. Nothing was restored.',
    'backup.newer': (p) =>
      `This backup was made by a newer version of Overdue (schema ${p.schema}); update Overdue to restore it. Nothing was restored.`,
    'backup.newer-format': (p) =>
      `This backup was made by a newer version of Overdue (backup format ${p.version}); update Overdue to restore it. Nothing was restored.`,
    'backup.damaged': (p) =>
      `The backup file is damaged or incomplete (${damaged(p, en)}). Nothing was restored.`,
    'backup.checksum': () => 'The backup file is damaged (checksum mismatch). Nothing was restored.',
    'backup.invalid': (p, f) =>
      `Nothing was restored: ${f.integer(p.total)} record(s) of the backup are not valid — ${issues(p, en, f)}.`,
    'backup.read-failed': (p) => `Could not read the file (${p.reason}). Nothing was restored.`,
    'backup.restore-failed': (p) =>
      `The restore failed (${p.reason}) and was rolled back: the data stored in this browser is as it was.`,
    'backup.restored-not-loaded': (p) =>
      `The backup was restored, but the screen could not show it (${p.reason}). Reload the page.`,
    'backup.restored': (p, f) =>
      `Backup restored: ${f.integer(p.invoices)} invoices, ${f.integer(p.customers)} customers.`,
    'backup.quarantined': (p, f) =>
      p.count === 1
        ? '1 stored record could not be read and was set aside; the rest opened normally. It is kept in every backup, and Settings → Backup can download it.'
        : `${f.integer(p.count)} stored records could not be read and were set aside; the rest opened normally. They are kept in every backup, and Settings → Backup can download them.`,
  },
  it: {
    'backup.not-json': () =>
      'Questo file non è un backup di Overdue: non è un file JSON. Non è stato ripristinato nulla.',
    'backup.foreign': () => 'Questo file non è un backup di Overdue. Non è stato ripristinato nulla.',
    'backup.newer': (p) =>
      `Questo backup è stato creato da una versione più recente di Overdue (schema ${p.schema}); aggiorna Overdue per ripristinarlo. Non è stato ripristinato nulla.`,
    'backup.newer-format': (p) =>
      `Questo backup è stato creato da una versione più recente di Overdue (formato ${p.version}); aggiorna Overdue per ripristinarlo. Non è stato ripristinato nulla.`,
    'backup.damaged': (p) =>
      `Il file di backup è danneggiato o incompleto (${damaged(p, it)}). Non è stato ripristinato nulla.`,
    'backup.checksum': () =>
      'Il file di backup è danneggiato (checksum non corrispondente). Non è stato ripristinato nulla.',
    'backup.invalid': (p, f) =>
      `Non è stato ripristinato nulla: ${f.integer(p.total)} record del backup non sono validi — ${issues(p, it, f)}.`,
    'backup.read-failed': (p) => `Impossibile leggere il file (${p.reason}). Non è stato ripristinato nulla.`,
    'backup.restore-failed': (p) =>
      `Il ripristino non è riuscito (${p.reason}) ed è stato annullato: i dati in questo browser sono come prima.`,
    'backup.restored-not-loaded': (p) =>
      `Il backup è stato ripristinato, ma la schermata non ha potuto mostrarlo (${p.reason}). Ricarica la pagina.`,
    'backup.restored': (p, f) =>
      `Backup ripristinato: ${f.integer(p.invoices)} fatture, ${f.integer(p.customers)} clienti.`,
    'backup.quarantined': (p, f) =>
      p.count === 1
        ? '1 record salvato non era leggibile ed è stato messo da parte; il resto si è aperto normalmente. Resta in ogni backup e si può scaricare da Impostazioni → Backup.'
        : `${f.integer(p.count)} record salvati non erano leggibili e sono stati messi da parte; il resto si è aperto normalmente. Restano in ogni backup e si possono scaricare da Impostazioni → Backup.`,
  },
  fr: {
    'backup.not-json': () =>
      'Ce fichier n’est pas une sauvegarde Overdue : ce n’est pas un fichier JSON. Rien n’a été restauré.',
    'backup.foreign': () => 'Ce fichier n’est pas une sauvegarde Overdue. Rien n’a été restauré.',
    'backup.newer': (p) =>
      `Cette sauvegarde vient d’une version plus récente d’Overdue (schéma ${p.schema}) ; mettez Overdue à jour pour la restaurer. Rien n’a été restauré.`,
    'backup.newer-format': (p) =>
      `Cette sauvegarde vient d’une version plus récente d’Overdue (format ${p.version}) ; mettez Overdue à jour pour la restaurer. Rien n’a été restauré.`,
    'backup.damaged': (p) =>
      `Le fichier de sauvegarde est endommagé ou incomplet (${damaged(p, fr)}). Rien n’a été restauré.`,
    'backup.checksum': () =>
      'Le fichier de sauvegarde est endommagé (somme de contrôle différente). Rien n’a été restauré.',
    'backup.invalid': (p, f) =>
      `Rien n’a été restauré : ${f.integer(p.total)} enregistrement(s) de la sauvegarde ne sont pas valides — ${issues(p, fr, f)}.`,
    'backup.read-failed': (p) => `Impossible de lire le fichier (${p.reason}). Rien n’a été restauré.`,
    'backup.restore-failed': (p) =>
      `La restauration a échoué (${p.reason}) et a été annulée : les données de ce navigateur sont inchangées.`,
    'backup.restored-not-loaded': (p) =>
      `La sauvegarde a été restaurée, mais l’écran n’a pas pu l’afficher (${p.reason}). Rechargez la page.`,
    'backup.restored': (p, f) =>
      `Sauvegarde restaurée : ${f.integer(p.invoices)} factures, ${f.integer(p.customers)} clients.`,
    'backup.quarantined': (p, f) =>
      p.count === 1
        ? '1 enregistrement stocké illisible a été mis de côté ; le reste s’est ouvert normalement. Il reste dans chaque sauvegarde et peut être téléchargé dans Paramètres → Sauvegarde.'
        : `${f.integer(p.count)} enregistrements stockés illisibles ont été mis de côté ; le reste s’est ouvert normalement. Ils restent dans chaque sauvegarde et peuvent être téléchargés dans Paramètres → Sauvegarde.`,
  },
  ro: {
    'backup.not-json': () =>
      'Acest fișier nu este o copie de siguranță Overdue: nu este un fișier JSON. Nu s-a restaurat nimic.',
    'backup.foreign': () => 'Acest fișier nu este o copie de siguranță Overdue. Nu s-a restaurat nimic.',
    'backup.newer': (p) =>
      `Această copie a fost făcută de o versiune mai nouă a Overdue (schema ${p.schema}); actualizați Overdue pentru a o restaura. Nu s-a restaurat nimic.`,
    'backup.newer-format': (p) =>
      `Această copie a fost făcută de o versiune mai nouă a Overdue (formatul ${p.version}); actualizați Overdue pentru a o restaura. Nu s-a restaurat nimic.`,
    'backup.damaged': (p) =>
      `Fișierul copiei de siguranță este deteriorat sau incomplet (${damaged(p, ro)}). Nu s-a restaurat nimic.`,
    'backup.checksum': () =>
      'Fișierul copiei de siguranță este deteriorat (suma de control nu corespunde). Nu s-a restaurat nimic.',
    'backup.invalid': (p, f) =>
      `Nu s-a restaurat nimic: ${f.integer(p.total)} înregistrări din copie nu sunt valide — ${issues(p, ro, f)}.`,
    'backup.read-failed': (p) => `Fișierul nu a putut fi citit (${p.reason}). Nu s-a restaurat nimic.`,
    'backup.restore-failed': (p) =>
      `Restaurarea a eșuat (${p.reason}) și a fost anulată: datele din acest browser sunt neschimbate.`,
    'backup.restored-not-loaded': (p) =>
      `Copia a fost restaurată, dar ecranul nu a putut-o afișa (${p.reason}). Reîncărcați pagina.`,
    'backup.restored': (p, f) =>
      `Copie restaurată: ${f.integer(p.invoices)} facturi, ${f.integer(p.customers)} clienți.`,
    'backup.quarantined': (p, f) =>
      p.count === 1
        ? '1 înregistrare stocată nu a putut fi citită și a fost pusă deoparte; restul s-a deschis normal. Rămâne în fiecare copie de siguranță și poate fi descărcată din Setări → Copie de siguranță.'
        : `${f.integer(p.count)} ${roDe(p.count)}înregistrări stocate nu au putut fi citite și au fost puse deoparte; restul s-a deschis normal. Rămân în fiecare copie de siguranță și pot fi descărcate din Setări → Copie de siguranță.`,
  },
  da: {
    'backup.not-json': () =>
      'Denne fil er ikke en Overdue-sikkerhedskopi: det er ikke en JSON-fil. Intet blev gendannet.',
    'backup.foreign': () => 'Denne fil er ikke en Overdue-sikkerhedskopi. Intet blev gendannet.',
    'backup.newer': (p) =>
      `Denne sikkerhedskopi er lavet af en nyere version af Overdue (skema ${p.schema}); opdatér Overdue for at gendanne den. Intet blev gendannet.`,
    'backup.newer-format': (p) =>
      `Denne sikkerhedskopi er lavet af en nyere version af Overdue (format ${p.version}); opdatér Overdue for at gendanne den. Intet blev gendannet.`,
    'backup.damaged': (p) =>
      `Sikkerhedskopien er beskadiget eller ufuldstændig (${damaged(p, da)}). Intet blev gendannet.`,
    'backup.checksum': () =>
      'Sikkerhedskopien er beskadiget (kontrolsummen passer ikke). Intet blev gendannet.',
    'backup.invalid': (p, f) =>
      `Intet blev gendannet: ${f.integer(p.total)} post(er) i sikkerhedskopien er ugyldige — ${issues(p, da, f)}.`,
    'backup.read-failed': (p) => `Filen kunne ikke læses (${p.reason}). Intet blev gendannet.`,
    'backup.restore-failed': (p) =>
      `Gendannelsen mislykkedes (${p.reason}) og blev rullet tilbage: dataene i denne browser er uændrede.`,
    'backup.restored-not-loaded': (p) =>
      `Sikkerhedskopien blev gendannet, men skærmen kunne ikke vise den (${p.reason}). Genindlæs siden.`,
    'backup.restored': (p, f) =>
      `Sikkerhedskopi gendannet: ${f.integer(p.invoices)} fakturaer, ${f.integer(p.customers)} kunder.`,
    'backup.quarantined': (p, f) =>
      p.count === 1
        ? '1 gemt post kunne ikke læses og blev lagt til side; resten åbnede normalt. Den er med i hver sikkerhedskopi og kan hentes under Indstillinger → Sikkerhedskopi.'
        : `${f.integer(p.count)} gemte poster kunne ikke læses og blev lagt til side; resten åbnede normalt. De er med i hver sikkerhedskopi og kan hentes under Indstillinger → Sikkerhedskopi.`,
  },
  de: {
    'backup.not-json': () =>
      'Diese Datei ist keine Overdue-Sicherung: Sie ist keine JSON-Datei. Es wurde nichts wiederhergestellt.',
    'backup.foreign': () => 'Diese Datei ist keine Overdue-Sicherung. Es wurde nichts wiederhergestellt.',
    'backup.newer': (p) =>
      `Diese Sicherung stammt von einer neueren Overdue-Version (Schema ${p.schema}); aktualisieren Sie Overdue, um sie wiederherzustellen. Es wurde nichts wiederhergestellt.`,
    'backup.newer-format': (p) =>
      `Diese Sicherung stammt von einer neueren Overdue-Version (Format ${p.version}); aktualisieren Sie Overdue, um sie wiederherzustellen. Es wurde nichts wiederhergestellt.`,
    'backup.damaged': (p) =>
      `Die Sicherungsdatei ist beschädigt oder unvollständig (${damaged(p, de)}). Es wurde nichts wiederhergestellt.`,
    'backup.checksum': () =>
      'Die Sicherungsdatei ist beschädigt (Prüfsumme stimmt nicht). Es wurde nichts wiederhergestellt.',
    'backup.invalid': (p, f) =>
      `Es wurde nichts wiederhergestellt: ${f.integer(p.total)} Datensätze der Sicherung sind ungültig — ${issues(p, de, f)}.`,
    'backup.read-failed': (p) =>
      `Die Datei konnte nicht gelesen werden (${p.reason}). Es wurde nichts wiederhergestellt.`,
    'backup.restore-failed': (p) =>
      `Die Wiederherstellung ist fehlgeschlagen (${p.reason}) und wurde zurückgerollt: Die Daten in diesem Browser sind unverändert.`,
    'backup.restored-not-loaded': (p) =>
      `Die Sicherung wurde wiederhergestellt, kann aber nicht angezeigt werden (${p.reason}). Laden Sie die Seite neu.`,
    'backup.restored': (p, f) =>
      `Sicherung wiederhergestellt: ${f.integer(p.invoices)} Rechnungen, ${f.integer(p.customers)} Kunden.`,
    'backup.quarantined': (p, f) =>
      p.count === 1
        ? '1 gespeicherter Datensatz war nicht lesbar und wurde beiseitegelegt; der Rest wurde normal geöffnet. Er ist in jeder Sicherung enthalten und kann unter Einstellungen → Sicherung heruntergeladen werden.'
        : `${f.integer(p.count)} gespeicherte Datensätze waren nicht lesbar und wurden beiseitegelegt; der Rest wurde normal geöffnet. Sie sind in jeder Sicherung enthalten und können unter Einstellungen → Sicherung heruntergeladen werden.`,
  },
};
