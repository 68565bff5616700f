// A damaged backup says which part is damaged in the reader's language, never as the file's own code
// ("checksum-missing", "table-missing: payments").
import { describe, expect, it } from 'vitest';
import { reasonText } from '../../src/i18n/reasons/index';

describe('a damaged backup in words', () => {
  it('names the damaged part in German and Danish', () => {
    expect(reasonText({ code: 'backup.damaged', params: { part: 'checksum-missing' } }, 'de')).toBe(
      'Die Sicherungsdatei ist beschädigt oder unvollständig (Prüfsumme fehlt). Es wurde nichts wiederhergestellt.',
    );
    expect(reasonText({ code: 'backup.damaged', params: { part: 'checksum-missing' } }, 'da')).toBe(
      'Sikkerhedskopien er beskadiget eller ufuldstændig (kontrolsum mangler). Intet blev gendannet.',
    );
  });

  it('names the table the part is in as the language names it', () => {
    expect(reasonText({ code: 'backup.damaged', params: { part: 'count', table: 'payments' } }, 'de')).toBe(
      'Die Sicherungsdatei ist beschädigt oder unvollständig (Zeilenzahl stimmt nicht: Zahlungen). Es wurde nichts wiederhergestellt.',
    );
    expect(
      reasonText({ code: 'backup.damaged', params: { part: 'table-missing', table: 'invoices' } }, 'da'),
    ).toBe(
      'Sikkerhedskopien er beskadiget eller ufuldstændig (tabel mangler: fakturaer). Intet blev gendannet.',
    );
    expect(
      reasonText({ code: 'backup.damaged', params: { part: 'row-key', table: 'customers' } }, 'en'),
    ).toBe(
      'The backup file is damaged or incomplete (rows without a valid key: customers). Nothing was restored.',
    );
  });
});
