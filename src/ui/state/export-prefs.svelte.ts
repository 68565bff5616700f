// The CSV export settings in force: the interface language's defaults until the user changes one, then
// the user's choice, kept with the other settings (in the backup too). Loading never throws: a corrupt
// or unreadable stored value gives the defaults, and the page never waits for it.
import { EXPORT_KEY, exportDefaults, readExportSettings, type ExportSettings } from '../../db/settings';
import { app } from './app.svelte';
import { currentLocale } from '../../i18n';
import type { CsvExportOptions } from '../../csv/export';

class ExportPrefs {
  /** The user's choice; null: never changed (the defaults of the interface language apply). */
  chosen = $state<ExportSettings | null>(null);
  private loading: Promise<void> | null = null;

  get current(): ExportSettings {
    return this.chosen ?? exportDefaults(app.language);
  }

  load(): Promise<void> {
    this.loading ??= app
      .setting<unknown>(EXPORT_KEY, null)
      .then((value) => {
        const s = readExportSettings(value, app.language);
        if (s && !this.chosen) this.chosen = s;
      })
      .catch(() => undefined);
    return this.loading;
  }

  /** Remembers a change the user made (in memory at once; a failed write only loses the memory). */
  async choose(settings: ExportSettings): Promise<void> {
    this.chosen = { ...settings };
    try {
      await app.saveSetting(EXPORT_KEY, { ...this.chosen });
    } catch {
      // storage refused: the choice holds for this session
    }
  }
}

export const exportPrefs = new ExportPrefs();

/**
 * The options a report's or a panel's CSV is written with: the same as a grid's export (the interface
 * language's defaults, or the user's choice), so an aging report opens in German or Danish Excel in
 * columns as the invoice grid's export does, not as one column of comma-joined text.
 */
export async function reportCsvOptions(): Promise<CsvExportOptions> {
  await exportPrefs.load();
  const s = exportPrefs.current;
  return {
    delimiter: s.delimiter,
    decimalSeparator: s.decimal,
    dateStyle: s.dateStyle,
    bom: s.bom,
    locale: currentLocale(),
  };
}
