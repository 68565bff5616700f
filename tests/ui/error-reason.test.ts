// Why something failed, in the reader's language: the browser's and the storage's errors in words, and
// never an English text of the app's own code in another language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReason } from '../../src/ui/state/error-reason';
import { StaleBookError } from '../../src/db/book';
import { useLanguage } from '../../src/i18n';

afterEach(async () => {
  vi.restoreAllMocks();
  await useLanguage('en', 'GB');
});

describe('errorReason', () => {
  it('says the browser’s and the storage’s errors in words', async () => {
    await useLanguage('it', 'IT');
    expect(errorReason(new StaleBookError())).toBe(
      'un’altra scheda ha modificato i dati nello stesso momento; non è stato salvato nulla, riprovare',
    );
    expect(errorReason(new DOMException('The requested file could not be read', 'NotReadableError'))).toBe(
      'non è stato possibile leggere il file (potrebbe essere stato spostato o modificato)',
    );
    // Dexie's AbortError around IndexedDB's own QuotaExceededError: the disk is full.
    const wrapped = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('quota', 'QuotaExceededError'),
    });
    expect(errorReason(wrapped)).toBe('lo spazio di archiviazione del browser per questo sito è pieno');
    await useLanguage('de', 'DE');
    expect(errorReason(new DOMException('x', 'InvalidStateError'))).toBe(
      'der Browserspeicher hat den Vorgang abgelehnt',
    );
  });

  it('keeps an unknown error’s English text from a reader of another language, in the console', async () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    const bug = new TypeError("Cannot read properties of undefined (reading 'amount')");
    expect(errorReason(bug)).toBe("Cannot read properties of undefined (reading 'amount')");
    await useLanguage('ro', 'RO');
    expect(errorReason(bug)).toBe('o eroare neașteptată (detaliile sunt în consola browserului)');
    expect(console).toHaveBeenCalledWith(bug);
    // A name that is also an object's own property ("constructor") is no known name either.
    const odd = Object.assign(new Error('odd'), { name: 'constructor' });
    expect(errorReason(odd)).toBe('o eroare neașteptată (detaliile sunt în consola browserului)');
  });
});
