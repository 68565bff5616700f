// Words for the browser's storage: a full disk, persistence, a book that cannot be opened (the recovery
// screen), a new version of the app, a file that is not text, and one with a row too long to read.
import type { LanguageTexts } from './types';

/** Why storage could not be opened: another tab holds an old version, the stored version is newer, or it failed. */
export type OpenFailure = 'blocked' | 'version' | 'failed';

import type { BinaryKind } from '../../csv/binary';
import type { RowTooLong } from '../../csv/row-limit';

export type { BinaryKind };

export type StorageReason =
  | { code: 'storage.quota' }
  | { code: 'storage.persisted' }
  | { code: 'storage.not-persisted' }
  | { code: 'storage.persist-unknown' }
  | { code: 'storage.usage'; params: { usedMb: number; quotaMb: number } }
  | { code: 'recovery.title' }
  | { code: 'recovery.explain-blocked'; params: { reason: string } }
  | { code: 'recovery.explain-version'; params: { reason: string } }
  | { code: 'recovery.explain-failed'; params: { reason: string } }
  | { code: 'recovery.options' }
  | { code: 'recovery.download' }
  | { code: 'recovery.restore' }
  | { code: 'recovery.delete' }
  | { code: 'recovery.delete-confirm' }
  | { code: 'recovery.nothing-read' }
  | { code: 'recovery.quarantine-download' }
  | { code: 'update.available' }
  | { code: 'update.reload' }
  | { code: 'file.binary'; params: { kind: BinaryKind } }
  | { code: 'file.empty' }
  | RowTooLong;

const KIND: Record<BinaryKind, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  gif: 'GIF',
  pdf: 'PDF',
  zip: 'ZIP/XLSX',
  binary: '?',
};

export const storageTexts: LanguageTexts<StorageReason> = {
  en: {
    'storage.quota': () =>
      'The browser’s storage for Overdue is full, so this change was not saved. Download a backup now, then free space (delete other sites’ data in the browser’s settings, or close other apps using disk) and try again.',
    'storage.persisted': () => 'Storage is persistent: the browser will not clear it on its own.',
    'storage.not-persisted': () =>
      'Storage is not persistent: the browser may clear it when the disk is short of space. Keep regular backups.',
    'storage.persist-unknown': () =>
      'This browser does not say whether its storage is persistent. Keep regular backups.',
    'storage.usage': (p, f) => `Used: ${f.number(p.usedMb, 1)} MB of ${f.number(p.quotaMb, 0)} MB available.`,
    'recovery.title': () => 'Overdue could not open the data stored in this browser',
    'recovery.explain-blocked': () =>
      'Another tab with an older version of Overdue is open and holds the storage. Close the other Overdue tabs, then reload this page.',
    'recovery.explain-version': (p) =>
      `The stored data was written by a newer version of Overdue (${p.reason}). Open that version, or use one of the options below.`,
    'recovery.explain-failed': (p) =>
      `The browser refused to open the storage (${p.reason}). Private windows and some settings block it; the stored data may also be damaged.`,
    'recovery.options': () =>
      'Nothing has been changed. You can download what is stored (a raw copy, for you or for support), restore a backup file (it replaces what is stored), or delete the stored data and start empty.',
    'recovery.download': () => 'Download what is stored',
    'recovery.restore': () => 'Restore a backup…',
    'recovery.delete': () => 'Delete the stored data…',
    'recovery.delete-confirm': () =>
      'Delete everything Overdue stored in this browser? Download what is stored first if you may need it. This cannot be undone.',
    'recovery.nothing-read': () => 'Nothing could be read from the storage.',
    'recovery.quarantine-download': () => 'Download the records set aside',
    'update.available': () => 'A new version of Overdue is available.',
    'update.reload': () => 'Reload to update',
    'file.binary': (p) =>
      `This file is not a CSV text file (it looks like ${p.kind === 'binary' ? 'a binary file' : `a ${KIND[p.kind]} file`}). Nothing was imported. Export a CSV from your accounting program and choose that file.`,
    'file.empty': () =>
      'This file is empty: it holds no text at all. Nothing was imported. Export the list again from your accounting program and choose that file.',
    'file.row-too-long': (p, f) =>
      `Line ${p.line} holds more than ${f.integer(p.limit)} characters, most of them in column ${p.column} (${p.columnName}): far more than a spreadsheet cell can hold (${f.integer(32767)}), so the file is not read. Nothing was imported. Check that value in the file, or export the list again from your accounting program.`,
  },
  it: {
    'storage.quota': () =>
      'Lo spazio del browser per Overdue è pieno, quindi questa modifica non è stata salvata. Scarica subito un backup, poi libera spazio (elimina i dati di altri siti nelle impostazioni del browser) e riprova.',
    'storage.persisted': () => 'Archiviazione persistente: il browser non la cancellerà da solo.',
    'storage.not-persisted': () =>
      'Archiviazione non persistente: il browser può cancellarla se manca spazio su disco. Fai backup regolari.',
    'storage.persist-unknown': () =>
      'Questo browser non indica se l’archiviazione è persistente. Fai backup regolari.',
    'storage.usage': (p, f) =>
      `Usati: ${f.number(p.usedMb, 1)} MB su ${f.number(p.quotaMb, 0)} MB disponibili.`,
    'recovery.title': () => 'Overdue non è riuscito ad aprire i dati salvati in questo browser',
    'recovery.explain-blocked': () =>
      'Un’altra scheda con una versione precedente di Overdue è aperta e blocca l’archivio. Chiudi le altre schede di Overdue, poi ricarica questa pagina.',
    'recovery.explain-version': (p) =>
      `I dati salvati sono stati scritti da una versione più recente di Overdue (${p.reason}). Apri quella versione, oppure usa una delle opzioni qui sotto.`,
    'recovery.explain-failed': (p) =>
      `Il browser ha rifiutato di aprire l’archivio (${p.reason}). Le finestre private e alcune impostazioni lo bloccano; i dati salvati potrebbero anche essere danneggiati.`,
    'recovery.options': () =>
      'Non è stato modificato nulla. Puoi scaricare ciò che è salvato (una copia grezza, per te o per l’assistenza), ripristinare un file di backup (sostituisce ciò che è salvato) o eliminare i dati salvati e ripartire da zero.',
    'recovery.download': () => 'Scarica ciò che è salvato',
    'recovery.restore': () => 'Ripristina un backup…',
    'recovery.delete': () => 'Elimina i dati salvati…',
    'recovery.delete-confirm': () =>
      'Eliminare tutto ciò che Overdue ha salvato in questo browser? Se potrebbe servirti, scarica prima ciò che è salvato. L’operazione è irreversibile.',
    'recovery.nothing-read': () => 'Non è stato possibile leggere nulla dall’archivio.',
    'recovery.quarantine-download': () => 'Scarica i record messi da parte',
    'update.available': () => 'È disponibile una nuova versione di Overdue.',
    'update.reload': () => 'Ricarica per aggiornare',
    'file.binary': (p) =>
      `Questo file non è un file di testo CSV (sembra ${p.kind === 'binary' ? 'un file binario' : `un file ${KIND[p.kind]}`}). Non è stato importato nulla. Esporta un CSV dal tuo programma di contabilità e scegli quel file.`,
    'file.empty': () =>
      'Questo file è vuoto: non contiene alcun testo. Non è stato importato nulla. Esporta di nuovo l’elenco dal tuo programma di contabilità e scegli quel file.',
    'file.row-too-long': (p, f) =>
      `La riga ${p.line} contiene più di ${f.integer(p.limit)} caratteri, quasi tutti nella colonna ${p.column} (${p.columnName}): molti più di quanti ne possa contenere una cella di un foglio di calcolo (${f.integer(32767)}), quindi il file non viene letto. Non è stato importato nulla. Controlla quel valore nel file, oppure esporta di nuovo l’elenco dal tuo programma di contabilità.`,
  },
  fr: {
    'storage.quota': () =>
      'L’espace de stockage du navigateur pour Overdue est plein : cette modification n’a pas été enregistrée. Téléchargez une sauvegarde maintenant, puis libérez de l’espace (supprimez les données d’autres sites dans les réglages du navigateur) et réessayez.',
    'storage.persisted': () => 'Stockage persistant : le navigateur ne l’effacera pas de lui-même.',
    'storage.not-persisted': () =>
      'Stockage non persistant : le navigateur peut l’effacer si le disque manque de place. Faites des sauvegardes régulières.',
    'storage.persist-unknown': () =>
      'Ce navigateur n’indique pas si son stockage est persistant. Faites des sauvegardes régulières.',
    'storage.usage': (p, f) =>
      `Utilisé : ${f.number(p.usedMb, 1)} Mo sur ${f.number(p.quotaMb, 0)} Mo disponibles.`,
    'recovery.title': () => 'Overdue n’a pas pu ouvrir les données stockées dans ce navigateur',
    'recovery.explain-blocked': () =>
      'Un autre onglet avec une version plus ancienne d’Overdue est ouvert et bloque le stockage. Fermez les autres onglets Overdue, puis rechargez cette page.',
    'recovery.explain-version': (p) =>
      `Les données stockées ont été écrites par une version plus récente d’Overdue (${p.reason}). Ouvrez cette version, ou utilisez une des options ci-dessous.`,
    'recovery.explain-failed': (p) =>
      `Le navigateur a refusé d’ouvrir le stockage (${p.reason}). Les fenêtres privées et certains réglages le bloquent ; les données stockées peuvent aussi être endommagées.`,
    'recovery.options': () =>
      'Rien n’a été modifié. Vous pouvez télécharger ce qui est stocké (une copie brute, pour vous ou pour l’assistance), restaurer un fichier de sauvegarde (il remplace ce qui est stocké) ou supprimer les données stockées et repartir de zéro.',
    'recovery.download': () => 'Télécharger ce qui est stocké',
    'recovery.restore': () => 'Restaurer une sauvegarde…',
    'recovery.delete': () => 'Supprimer les données stockées…',
    'recovery.delete-confirm': () =>
      'Supprimer tout ce qu’Overdue a stocké dans ce navigateur ? Téléchargez d’abord ce qui est stocké si vous pourriez en avoir besoin. Cette action est irréversible.',
    'recovery.nothing-read': () => 'Rien n’a pu être lu dans le stockage.',
    'recovery.quarantine-download': () => 'Télécharger les enregistrements mis de côté',
    'update.available': () => 'Une nouvelle version d’Overdue est disponible.',
    'update.reload': () => 'Recharger pour mettre à jour',
    'file.binary': (p) =>
      `Ce fichier n’est pas un fichier texte CSV (il ressemble à ${p.kind === 'binary' ? 'un fichier binaire' : `un fichier ${KIND[p.kind]}`}). Rien n’a été importé. Exportez un CSV depuis votre logiciel de comptabilité et choisissez ce fichier.`,
    'file.empty': () =>
      'Ce fichier est vide : il ne contient aucun texte. Rien n’a été importé. Exportez de nouveau la liste depuis votre logiciel de comptabilité et choisissez ce fichier.',
    'file.row-too-long': (p, f) =>
      `La ligne ${p.line} contient plus de ${f.integer(p.limit)} caractères, pour la plupart dans la colonne ${p.column} (${p.columnName}) : bien plus que ne peut en contenir une cellule de tableur (${f.integer(32767)}), le fichier n’est donc pas lu. Rien n’a été importé. Vérifiez cette valeur dans le fichier, ou exportez de nouveau la liste depuis votre logiciel de comptabilité.`,
  },
  ro: {
    'storage.quota': () =>
      'Spațiul de stocare al browserului pentru Overdue este plin, așa că această modificare nu a fost salvată. Descărcați acum o copie de siguranță, apoi eliberați spațiu (ștergeți datele altor site-uri din setările browserului) și încercați din nou.',
    'storage.persisted': () => 'Stocarea este persistentă: browserul nu o va șterge singur.',
    'storage.not-persisted': () =>
      'Stocarea nu este persistentă: browserul o poate șterge când discul rămâne fără spațiu. Faceți copii de siguranță regulat.',
    'storage.persist-unknown': () =>
      'Acest browser nu spune dacă stocarea este persistentă. Faceți copii de siguranță regulat.',
    'storage.usage': (p, f) =>
      `Folosit: ${f.number(p.usedMb, 1)} MB din ${f.number(p.quotaMb, 0)} MB disponibili.`,
    'recovery.title': () => 'Overdue nu a putut deschide datele stocate în acest browser',
    'recovery.explain-blocked': () =>
      'O altă filă cu o versiune mai veche a Overdue este deschisă și ține stocarea ocupată. Închideți celelalte file Overdue, apoi reîncărcați această pagină.',
    'recovery.explain-version': (p) =>
      `Datele stocate au fost scrise de o versiune mai nouă a Overdue (${p.reason}). Deschideți acea versiune sau folosiți una dintre opțiunile de mai jos.`,
    'recovery.explain-failed': (p) =>
      `Browserul a refuzat să deschidă stocarea (${p.reason}). Ferestrele private și unele setări o blochează; datele stocate pot fi și deteriorate.`,
    'recovery.options': () =>
      'Nu s-a modificat nimic. Puteți descărca ce este stocat (o copie brută, pentru dvs. sau pentru asistență), restaura o copie de siguranță (înlocuiește ce este stocat) sau șterge datele stocate și porni de la zero.',
    'recovery.download': () => 'Descărcați ce este stocat',
    'recovery.restore': () => 'Restaurați o copie de siguranță…',
    'recovery.delete': () => 'Ștergeți datele stocate…',
    'recovery.delete-confirm': () =>
      'Ștergeți tot ce a stocat Overdue în acest browser? Dacă v-ar putea folosi, descărcați mai întâi ce este stocat. Operațiunea este ireversibilă.',
    'recovery.nothing-read': () => 'Nu s-a putut citi nimic din stocare.',
    'recovery.quarantine-download': () => 'Descărcați înregistrările puse deoparte',
    'update.available': () => 'Este disponibilă o versiune nouă a Overdue.',
    'update.reload': () => 'Reîncărcați pentru actualizare',
    'file.binary': (p) =>
      `Acest fișier nu este un fișier text CSV (pare ${p.kind === 'binary' ? 'un fișier binar' : `un fișier ${KIND[p.kind]}`}). Nu s-a importat nimic. Exportați un CSV din programul de contabilitate și alegeți acel fișier.`,
    'file.empty': () =>
      'Acest fișier este gol: nu conține niciun text. Nu s-a importat nimic. Exportați din nou lista din programul de contabilitate și alegeți acel fișier.',
    'file.row-too-long': (p, f) =>
      `Rândul ${p.line} conține peste ${f.integer(p.limit)} de caractere, cele mai multe în coloana ${p.column} (${p.columnName}): mult mai mult decât poate cuprinde o celulă de foaie de calcul (${f.integer(32767)}), așa că fișierul nu este citit. Nu s-a importat nimic. Verificați acea valoare în fișier sau exportați din nou lista din programul de contabilitate.`,
  },
  da: {
    'storage.quota': () =>
      'Browserens lager til Overdue er fuldt, så denne ændring blev ikke gemt. Hent en sikkerhedskopi nu, frigør derefter plads (slet andre websteders data i browserens indstillinger) og prøv igen.',
    'storage.persisted': () => 'Lageret er varigt: browseren sletter det ikke af sig selv.',
    'storage.not-persisted': () =>
      'Lageret er ikke varigt: browseren kan slette det, når disken mangler plads. Tag sikkerhedskopier jævnligt.',
    'storage.persist-unknown': () =>
      'Denne browser oplyser ikke, om lageret er varigt. Tag sikkerhedskopier jævnligt.',
    'storage.usage': (p, f) =>
      `Brugt: ${f.number(p.usedMb, 1)} MB af ${f.number(p.quotaMb, 0)} MB til rådighed.`,
    'recovery.title': () => 'Overdue kunne ikke åbne de data, der er gemt i denne browser',
    'recovery.explain-blocked': () =>
      'En anden fane med en ældre version af Overdue er åben og holder lageret. Luk de andre Overdue-faner, og genindlæs derefter denne side.',
    'recovery.explain-version': (p) =>
      `De gemte data er skrevet af en nyere version af Overdue (${p.reason}). Åbn den version, eller brug en af mulighederne nedenfor.`,
    'recovery.explain-failed': (p) =>
      `Browseren nægtede at åbne lageret (${p.reason}). Private vinduer og visse indstillinger blokerer det; de gemte data kan også være beskadigede.`,
    'recovery.options': () =>
      'Intet er ændret. Du kan hente det, der er gemt (en rå kopi, til dig selv eller til support), gendanne en sikkerhedskopi (den erstatter det gemte) eller slette de gemte data og starte forfra.',
    'recovery.download': () => 'Hent det, der er gemt',
    'recovery.restore': () => 'Gendan en sikkerhedskopi…',
    'recovery.delete': () => 'Slet de gemte data…',
    'recovery.delete-confirm': () =>
      'Slette alt, hvad Overdue har gemt i denne browser? Hent først det gemte, hvis du kan få brug for det. Det kan ikke fortrydes.',
    'recovery.nothing-read': () => 'Intet kunne læses fra lageret.',
    'recovery.quarantine-download': () => 'Hent de poster, der blev lagt til side',
    'update.available': () => 'En ny version af Overdue er klar.',
    'update.reload': () => 'Genindlæs for at opdatere',
    'file.binary': (p) =>
      `Denne fil er ikke en CSV-tekstfil (den ligner ${p.kind === 'binary' ? 'en binær fil' : `en ${KIND[p.kind]}-fil`}). Intet blev importeret. Eksportér en CSV fra dit regnskabsprogram, og vælg den fil.`,
    'file.empty': () =>
      'Filen er tom: den indeholder ingen tekst. Intet blev importeret. Eksportér listen igen fra dit regnskabsprogram, og vælg den fil.',
    'file.row-too-long': (p, f) =>
      `Linje ${p.line} indeholder mere end ${f.integer(p.limit)} tegn, de fleste i kolonne ${p.column} (${p.columnName}): langt mere, end en regnearkscelle kan rumme (${f.integer(32767)}), så filen læses ikke. Intet blev importeret. Kontrollér den værdi i filen, eller eksportér listen igen fra dit regnskabsprogram.`,
  },
  de: {
    'storage.quota': () =>
      'Der Browserspeicher für Overdue ist voll, daher wurde diese Änderung nicht gespeichert. Laden Sie jetzt eine Sicherung herunter, schaffen Sie dann Platz (Daten anderer Websites in den Browsereinstellungen löschen) und versuchen Sie es erneut.',
    'storage.persisted': () => 'Der Speicher ist dauerhaft: Der Browser löscht ihn nicht von sich aus.',
    'storage.not-persisted': () =>
      'Der Speicher ist nicht dauerhaft: Der Browser kann ihn löschen, wenn der Platz knapp wird. Sichern Sie regelmäßig.',
    'storage.persist-unknown': () =>
      'Dieser Browser teilt nicht mit, ob sein Speicher dauerhaft ist. Sichern Sie regelmäßig.',
    'storage.usage': (p, f) =>
      `Belegt: ${f.number(p.usedMb, 1)} MB von ${f.number(p.quotaMb, 0)} MB verfügbar.`,
    'recovery.title': () => 'Overdue konnte die in diesem Browser gespeicherten Daten nicht öffnen',
    'recovery.explain-blocked': () =>
      'Ein anderer Tab mit einer älteren Overdue-Version ist geöffnet und hält den Speicher. Schließen Sie die anderen Overdue-Tabs und laden Sie diese Seite neu.',
    'recovery.explain-version': (p) =>
      `Die gespeicherten Daten wurden von einer neueren Overdue-Version geschrieben (${p.reason}). Öffnen Sie diese Version oder nutzen Sie eine der Möglichkeiten unten.`,
    'recovery.explain-failed': (p) =>
      `Der Browser hat das Öffnen des Speichers verweigert (${p.reason}). Private Fenster und manche Einstellungen blockieren ihn; die gespeicherten Daten können auch beschädigt sein.`,
    'recovery.options': () =>
      'Es wurde nichts verändert. Sie können das Gespeicherte herunterladen (eine Rohkopie, für sich oder den Support), eine Sicherung wiederherstellen (sie ersetzt das Gespeicherte) oder die gespeicherten Daten löschen und leer beginnen.',
    'recovery.download': () => 'Gespeichertes herunterladen',
    'recovery.restore': () => 'Sicherung wiederherstellen…',
    'recovery.delete': () => 'Gespeicherte Daten löschen…',
    'recovery.delete-confirm': () =>
      'Alles löschen, was Overdue in diesem Browser gespeichert hat? Laden Sie das Gespeicherte vorher herunter, falls Sie es brauchen könnten. Das lässt sich nicht rückgängig machen.',
    'recovery.nothing-read': () => 'Aus dem Speicher konnte nichts gelesen werden.',
    'recovery.quarantine-download': () => 'Beiseitegelegte Datensätze herunterladen',
    'update.available': () => 'Eine neue Version von Overdue ist verfügbar.',
    'update.reload': () => 'Neu laden zum Aktualisieren',
    'file.binary': (p) =>
      `Diese Datei ist keine CSV-Textdatei (sie sieht aus wie ${p.kind === 'binary' ? 'eine Binärdatei' : `eine ${KIND[p.kind]}-Datei`}). Es wurde nichts importiert. Exportieren Sie eine CSV aus Ihrem Buchhaltungsprogramm und wählen Sie diese Datei.`,
    'file.empty': () =>
      'Diese Datei ist leer: Sie enthält keinen Text. Es wurde nichts importiert. Exportieren Sie die Liste erneut aus Ihrem Buchhaltungsprogramm und wählen Sie diese Datei.',
    'file.row-too-long': (p, f) =>
      `Zeile ${p.line} enthält mehr als ${f.integer(p.limit)} Zeichen, die meisten davon in Spalte ${p.column} (${p.columnName}): weit mehr, als eine Tabellenzelle fassen kann (${f.integer(32767)}), daher wird die Datei nicht gelesen. Es wurde nichts importiert. Prüfen Sie diesen Wert in der Datei, oder exportieren Sie die Liste erneut aus Ihrem Buchhaltungsprogramm.`,
  },
};
