// Where each reference-rate table comes from, in the interface language. The tables in src/domain/rates
// carry their source as data (in English where the glue is English); the official titles stay as each
// authority writes them. Tables whose source is already the authority's own wording are shown as stored.
import type { RateTableId } from '../domain/rates/types';
import type { Language } from '../domain/types';

type Translated = 'ecb' | 'bankRate' | 'bnr' | 'nationalbanken';

const SOURCES: Record<Language, Record<Translated, string>> = {
  en: {
    ecb: 'MEF communications in the Gazzetta Ufficiale (D.Lgs. 231/2002 art. 5), cross-checked against the Bundesbank Basiszinssatz changes',
    bankRate: 'Bank of England, Bank Rate history (official Bank Rate changes by effective date)',
    bnr: 'Banca Națională a României, rata dobânzii de politică monetară / de referință (partial list)',
    nationalbanken: 'Renteloven §5 reference-rate tables published by the Danish consumer authority',
  },
  it: {
    ecb: 'Comunicati del MEF in Gazzetta Ufficiale (D.Lgs. 231/2002 art. 5), verificati con le variazioni del Basiszinssatz della Bundesbank',
    bankRate: 'Bank of England, storico del Bank Rate (variazioni ufficiali per data di decorrenza)',
    bnr: 'Banca Națională a României, tasso di politica monetaria / di riferimento (elenco parziale)',
    nationalbanken:
      'Tabelle dei tassi di riferimento della renteloven §5, pubblicate dall’autorità danese per i consumatori',
  },
  fr: {
    ecb: 'Communiqués du MEF à la Gazzetta Ufficiale (D.Lgs. 231/2002 art. 5), recoupés avec les variations du Basiszinssatz de la Bundesbank',
    bankRate: 'Bank of England, historique du Bank Rate (changements officiels par date d’effet)',
    bnr: 'Banca Națională a României, taux directeur / de référence (liste partielle)',
    nationalbanken:
      'Tables des taux de référence de la renteloven §5, publiées par l’autorité danoise de la consommation',
  },
  ro: {
    ecb: 'Comunicatele MEF din Gazzetta Ufficiale (D.Lgs. 231/2002 art. 5), verificate cu modificările Basiszinssatz ale Bundesbank',
    bankRate: 'Bank of England, istoricul Bank Rate (modificările oficiale după data intrării în vigoare)',
    bnr: 'Banca Națională a României, rata dobânzii de politică monetară / de referință (listă parțială)',
    nationalbanken:
      'Tabelele ratelor de referință din renteloven §5, publicate de autoritatea daneză pentru consumatori',
  },
  da: {
    ecb: 'MEF’s meddelelser i Gazzetta Ufficiale (D.Lgs. 231/2002 art. 5), kontrolleret mod Bundesbanks ændringer af Basiszinssatz',
    bankRate: 'Bank of England, Bank Rate-historik (officielle ændringer efter ikrafttrædelsesdato)',
    bnr: 'Banca Națională a României, pengepolitisk rente / referencerente (ufuldstændig liste)',
    nationalbanken: 'Rentelovens §5-referencerentetabeller, offentliggjort af Forbrugerombudsmanden',
  },
  de: {
    ecb: 'Mitteilungen des MEF in der Gazzetta Ufficiale (D.Lgs. 231/2002 Art. 5), abgeglichen mit den Änderungen des Basiszinssatzes der Bundesbank',
    bankRate: 'Bank of England, Verlauf der Bank Rate (amtliche Änderungen nach Wirksamkeitsdatum)',
    bnr: 'Banca Națională a României, Leitzins / Referenzzinssatz (unvollständige Liste)',
    nationalbanken:
      'Referenzzinstabellen nach renteloven §5, veröffentlicht von der dänischen Verbraucherbehörde',
  },
};

/** The table's source in `language`; the stored text for a table whose source is the authority's own words. */
export function rateSourceText(id: RateTableId, stored: string, language: Language): string {
  return id in SOURCES[language] ? SOURCES[language][id as Translated] : stored;
}
