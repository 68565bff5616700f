// CSV export of a grid: which rows it writes, how choice cells are written, and its defaults per
// interface language.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb } from '../../src/db/schema';
import { gridToCsv, rowsToExport } from '../../src/ui/components/export-csv';
import type { GridColumn } from '../../src/ui/grid/types';
import {
  EXPORT_KEY,
  exportDefaults,
  getSetting,
  parseExportSettings,
  readExportSettings,
  setSetting,
} from '../../src/db/settings';

interface Row {
  id: string;
  amount: number;
  category: string;
}
const rows: Row[] = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
  id,
  amount: (i + 1) * 1050,
  category: i % 2 ? 'avoider' : 'reliable',
}));
const key = (r: Row) => r.id;
const words: Record<string, string> = { avoider: 'Evita il contatto', reliable: 'Affidabile' };
const columns: GridColumn<Row>[] = [
  { id: 'id', title: 'Id', type: 'text', value: (r) => r.id },
  { id: 'amount', title: 'Importo', type: 'money', value: (r) => r.amount, currency: () => 'EUR' },
  {
    id: 'category',
    title: 'Categoria',
    type: 'choice',
    value: (r) => r.category,
    display: (r) => words[r.category]!,
  },
];

describe('rows an export writes', () => {
  it('writes the rows on show, in the grid order, when nothing is selected', () => {
    const pick = rowsToExport(rows, Uint32Array.from([3, 1]), new Set(), key);
    expect(pick.rows.map(key)).toEqual(['d', 'b']);
    expect(pick.scope).toBe('filtered');
    expect(rowsToExport(rows, Uint32Array.from([4, 3, 2, 1, 0]), new Set(), key).scope).toBe('all');
  });

  it('writes exactly the selected rows: those on show in order, then those the filter hides', () => {
    const pick = rowsToExport(rows, Uint32Array.from([4, 2, 1]), new Set(['a', 'b', 'e']), key);
    expect(pick.rows.map(key)).toEqual(['e', 'b', 'a']);
    expect(pick.scope).toBe('selected');
  });

  it('writes a choice cell as the screen shows it, amounts with the chosen decimal mark', () => {
    const text = gridToCsv(columns, rows.slice(0, 2), { delimiter: ';', decimalSeparator: ',', bom: true });
    expect(text).toBe('\uFEFFId;Importo;Categoria\r\na;10,50;Affidabile\r\nb;21,00;Evita il contatto\r\n');
  });
});

describe('export settings', () => {
  it('defaults to what Excel in the interface language opens: ";" "," and a BOM, except in English', () => {
    for (const lang of ['it', 'fr', 'ro', 'da', 'de'] as const)
      expect(exportDefaults(lang)).toEqual({ delimiter: ';', decimal: ',', dateStyle: 'iso', bom: true });
    expect(exportDefaults('en')).toEqual({ delimiter: ',', decimal: '.', dateStyle: 'iso', bom: false });
  });

  it('reads a stored choice field by field, a corrupt field taking the language default', () => {
    const it = exportDefaults('it');
    expect(parseExportSettings({ delimiter: '\t', decimal: 9, bom: 'yes' }, it)).toEqual({
      delimiter: '\t',
      decimal: ',',
      dateStyle: 'iso',
      bom: true,
    });
    for (const bad of ['{', 7, [1], null]) expect(parseExportSettings(bad, it)).toEqual(it);
  });
});

describe('stored export settings', () => {
  it('are none until the user chooses, then the choice; a corrupt stored value reads as none', async () => {
    const db = createDb(`export-${Math.random()}`);
    const stored = async () => readExportSettings(await getSetting<unknown>(db, EXPORT_KEY, null), 'it');
    await expect(stored()).resolves.toBeNull();
    await setSetting(db, EXPORT_KEY, { delimiter: ',', decimal: '.', dateStyle: 'locale', bom: false });
    await expect(stored()).resolves.toEqual({
      delimiter: ',',
      decimal: '.',
      dateStyle: 'locale',
      bom: false,
    });
    await db.settings.put({ key: 'export', value: 'garbage' });
    await expect(stored()).resolves.toBeNull();
    db.close();
    await Dexie.delete(db.name);
  });
});
