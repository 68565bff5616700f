// A full disk is recognised however it arrives (the browser's DOMException, or Dexie wrapping it), so
// the user is told in plain words what happened and what to do, never shown "QuotaExceededError".
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { storageProblem } from '../../src/db/storage-errors';
import { reasonText } from '../../src/i18n/reasons/index';

describe('storage errors', () => {
  it('recognises a quota error from the browser and from Dexie, and nothing else as one', () => {
    const dom = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(storageProblem(dom)).toBe('quota');
    expect(storageProblem(new Dexie.AbortError('Transaction aborted', dom))).toBe('quota');
    expect(storageProblem(new Dexie.VersionError('stored version is higher'))).toBe('version');
    expect(storageProblem(new Error('Cannot read properties of undefined'))).toBeNull();
  });

  it('says what happened and what to do, in every language', () => {
    const en = reasonText({ code: 'storage.quota' }, 'en');
    expect(en).toMatch(/full/);
    expect(en).toMatch(/not saved/);
    expect(en).toMatch(/Download a backup/);
    expect(en).not.toMatch(/QuotaExceeded/);
    expect(reasonText({ code: 'storage.quota' }, 'de')).toMatch(/Sicherung herunter/);
  });
});
