import { afterEach, describe, expect, it } from 'vitest';
import { confirmsWord } from '../../src/ui/state/confirm-word';
import { t, useLanguage } from '../../src/i18n';

afterEach(async () => {
  await useLanguage('en', 'GB');
});

describe('the word that confirms deleting every record', () => {
  it('is asked for in the interface language, never the English DELETE', async () => {
    const expected = {
      it: 'ELIMINA',
      fr: 'SUPPRIMER',
      ro: 'ȘTERGE',
      da: 'SLET',
      de: 'LÖSCHEN',
      en: 'DELETE',
    };
    for (const [language, word] of Object.entries(expected)) {
      await useLanguage(language as keyof typeof expected);
      expect(t('settings.deleteWord')).toBe(word);
      const prompt = t('settings.confirmDelete', { word: t('settings.deleteWord') });
      expect(prompt).toContain(word);
      if (language !== 'en') expect(prompt).not.toContain('DELETE');
    }
  });

  it('accepts the shown word in any case and without its accents, and nothing else', () => {
    expect(confirmsWord('elimina', 'ELIMINA', 'it')).toBe(true);
    expect(confirmsWord(' Elimina ', 'ELIMINA', 'it')).toBe(true);
    expect(confirmsWord('DELETE', 'ELIMINA', 'it')).toBe(false);
    expect(confirmsWord('ELIMIN', 'ELIMINA', 'it')).toBe(false);
    expect(confirmsWord('', 'ELIMINA', 'it')).toBe(false);
    // A Romanian keyboard without ș, or one typing the cedilla form.
    expect(confirmsWord('sterge', 'ȘTERGE', 'ro')).toBe(true);
    expect(confirmsWord('ŞTERGE', 'ȘTERGE', 'ro')).toBe(true);
    expect(confirmsWord('ștergere', 'ȘTERGE', 'ro')).toBe(false);
    expect(confirmsWord('löschen', 'LÖSCHEN', 'de')).toBe(true);
    expect(confirmsWord('loschen', 'LÖSCHEN', 'de')).toBe(true);
    expect(confirmsWord('slet', 'SLET', 'da')).toBe(true);
  });
});
