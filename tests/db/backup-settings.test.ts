// Saved settings are read defensively: a corrupt value gives the defaults instead of breaking a page.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb } from '../../src/db/schema';
import {
  EMPTY_COMPANY,
  getCompany,
  parseCompany,
  parseExportSettings,
  parseMapping,
} from '../../src/db/settings';
import { visibleBidi } from '../../src/ui/text/bidi';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('the company profile as stored', () => {
  it('keeps valid fields and drops a remote logo, a bad language and a wrong type', () => {
    const c = parseCompany({
      name: 'Rossi S.r.l.',
      logo: 'https://tracker.example/pixel.png',
      language: 'xx',
      iban: 42,
      country: 'DE',
    });
    expect(c).toEqual({ ...EMPTY_COMPANY, name: 'Rossi S.r.l.', country: 'DE' });
    expect(parseCompany({ logo: PNG }).logo).toBe(PNG);
    expect(parseCompany({ logo: 'data:image/svg+xml;base64,PHN2Zz4=' }).logo).toBeUndefined();
  });

  it('gives the empty profile for a stored value that is not an object', async () => {
    for (const value of [null, 'garbage', 7, [1, 2]]) expect(parseCompany(value)).toEqual(EMPTY_COMPANY);
    const db = createDb(`settings-${Math.random()}`);
    await db.settings.put({ key: 'company', value: 'garbage' });
    await expect(getCompany(db)).resolves.toEqual(EMPTY_COMPANY);
    db.close();
    await Dexie.delete(db.name);
  });
});

describe('other saved settings', () => {
  it('reads corrupt CSV export settings as the defaults', () => {
    const defaults = { delimiter: ',', decimal: '.', dateStyle: 'iso', bom: false };
    for (const text of ['{', 'null', '"x"', '[1]', '{"delimiter":"|","decimal":7}', null])
      expect(parseExportSettings(text)).toEqual(defaults);
    expect(parseExportSettings('{"delimiter":";","decimal":",","dateStyle":"locale","bom":true}')).toEqual({
      delimiter: ';',
      decimal: ',',
      dateStyle: 'locale',
      bom: true,
    });
  });

  it('ignores a remembered column mapping of the wrong shape', () => {
    const kinds = ['invoices', 'customers'] as const;
    expect(parseMapping('x', kinds)).toBeNull();
    expect(parseMapping({ kind: 'weird', fields: {} }, kinds)).toBeNull();
    expect(parseMapping({ kind: 'invoices', fields: { amount: 2, due: -1, x: 'y' } }, kinds)).toEqual({
      kind: 'invoices',
      fields: { amount: 2 },
    });
  });
});

describe('bidirectional controls on screen', () => {
  it('shows each control as a visible mark, so a name reads in its stored order', () => {
    expect(visibleBidi('Evil\u202Egnp.exe')).toBe('Evil⟨RLO⟩gnp.exe');
    expect(visibleBidi('\u2067abc\u2069 \u200Fx\u200E')).toBe('⟨RLI⟩abc⟨PDI⟩ ⟨RLM⟩x⟨LRM⟩');
    expect(visibleBidi('Ærø “Søn” שלום')).toBe('Ærø “Søn” שלום');
  });
});
