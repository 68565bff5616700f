// One label, one action: a person who reads "Annulla" on two buttons cannot tell Cancel from Undo.
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/i18n/en';
import { it as itCatalog } from '../../src/i18n/it';
import { fr } from '../../src/i18n/fr';
import { ro } from '../../src/i18n/ro';
import { da } from '../../src/i18n/da';
import { de } from '../../src/i18n/de';

const CATALOGS: Record<string, Record<MessageKey, string>> = { en, it: itCatalog, fr, ro, da, de };

// Keys naming the same action may share a text (Cancel in a form and in a dialog); keys of two
// different actions must not.
const ACTIONS: Record<string, MessageKey[]> = {
  undo: ['header.undo'],
  redo: ['header.redo'],
  cancel: ['common.cancel', 'letters.cancel', 'queue.form.cancel'],
  undoImport: ['import.history.undo', 'import.undoThis'],
  restoreBackup: ['backup.restore'],
  restoreFee: ['fees.restore'],
  waiveFee: ['fees.waive'],
  reverseWriteOff: ['writeOff.reverse'],
  delete: ['common.delete'],
  close: ['common.close', 'grid.dismiss'],
  back: ['common.back'],
  previous: ['queue.prev'],
  save: ['common.save', 'queue.form.save'],
};

const norm = (text: string) => text.replace(/…$/, '').trim().toLocaleLowerCase();

describe('action labels', () => {
  it.each(Object.keys(CATALOGS))('in %s, no text names two different actions', (lang) => {
    const catalog = CATALOGS[lang]!;
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [action, keys] of Object.entries(ACTIONS))
      for (const key of keys) {
        const text = norm(catalog[key]);
        const other = owner.get(text);
        if (other && other !== action)
          clashes.push(`"${catalog[key]}" is both ${other} and ${action} (${key})`);
        owner.set(text, action);
      }
    expect(clashes).toEqual([]);
  });

  it('tells Cancel from Undo and Redo from Restore in Italian', () => {
    expect(itCatalog['common.cancel']).not.toBe(itCatalog['header.undo']);
    expect(itCatalog['header.redo']).not.toBe(itCatalog['fees.restore']);
    expect(itCatalog['writeOff.reverse']).not.toBe(itCatalog['common.cancel']);
  });
});
