// A German bookkeeper and a Danish owner, each in their own language, notice what is cut or doubled:
// payment terms with two discounts cut to two lines, the weekly report's next steps cut with "…",
// and a Danish sentence ending on an amount with "kr.." .
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSample, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** The sample data, loaded with the first-visit button in the interface language. */
const sample = (page: Page, button: string) => loadSample(page, button, 60_000);

async function openCustomer(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url + 'index.html#/customers');
  await page.locator('input[type=search]').first().fill(name);
  const row = page.locator('[role=row][data-key]').filter({ hasText: name }).first();
  const key = (await row.getAttribute('data-key', { timeout: 10_000 })) ?? '';
  await page.goto(url + `index.html#/customers/${encodeURIComponent(key)}`);
}

describe('German and Danish words a bookkeeper notices', () => {
  it('German: terms with two discounts show whole in the customer profile; its log says "verschickt" once', async () => {
    h = await openApp('', { locale: 'de-DE' });
    const { page } = h;
    await sample(page, 'Beispieldaten laden');
    await openCustomer(page, h.url, 'Grünwald Logistik');
    const terms = page.getByTestId('customer-terms');
    await expect
      .poll(() => terms.inputValue(), { timeout: 10_000 })
      .toBe('3 % Skonto innerhalb 8 Tagen, 2 % Skonto innerhalb 14 Tagen, 30 Tage netto');
    // Three lines at the profile's width: none of them scrolled out of sight.
    const box = await terms.evaluate((el) => ({ sh: el.scrollHeight, ch: el.clientHeight }));
    expect(box.sh).toBeLessThanOrEqual(box.ch + 2);
    // The sample's reminders say what was sent and then its outcome, once: not "verschickt — verschickt".
    const log = (await page.getByTestId('timeline').textContent()) ?? '';
    expect(log).toMatch(/Brief\s*\d{4}\/\d+\s*Freundliche Zahlungserinnerung — verschickt/);
    expect(log).not.toContain('verschickt — verschickt');
    expect(h.pageErrors).toEqual([]);
  });

  it('Danish: a settlement offer says what is written off with one point after "kr."', async () => {
    h = await openApp('', { locale: 'da-DK' });
    const { page } = h;
    await sample(page, 'Indlæs eksempeldata');
    await openCustomer(page, h.url, 'Ørsted Møbler');
    const form = page.getByRole('form', { name: 'Nyt forligstilbud' });
    await form.locator('input[type=checkbox]').first().check();
    await form.locator('input[name="percent"]').fill('70');
    const evaluation = form.locator('p.evaluation');
    await expect
      .poll(() => evaluation.innerText(), { timeout: 10_000 })
      .toMatch(/Afskrives ved accept: [\d.]+,\d\d\skr\.$/);
    expect(await evaluation.innerText()).not.toContain('kr..');
    expect(h.pageErrors).toEqual([]);
  });

  it('Danish: the weekly report gives every next step whole, wrapped instead of cut with "…"', async () => {
    h = await openApp('', { locale: 'da-DK', acceptDownloads: true });
    const { page } = h;
    await sample(page, 'Indlæs eksempeldata');
    await page.goto(h.url + 'index.html#/dashboard');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('weekly-report').click({ timeout: 30_000 }),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    try {
      const file = join(dir, 'report.pdf');
      await download.saveAs(file);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Forfaldne konti og næste skridt');
      expect(text).not.toContain('…');
      // "Betalingspåmindelse (rykker 1), brev · Næste tilladt: …" is wider than its column: its end goes
      // on the next line.
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toMatch(/[\d.]+,\d\d kr\. \d+ Betalingspåmindelse \(rykker 1\), brev/);
      // A name wider than its column goes on under itself, whole.
      expect(text).toMatch(/Société Générale des Eaux de [^\n]*\n\s*Sète\b/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(h.pageErrors).toEqual([]);
  });
  it('German: the aging report and the dashboard export CSV for German Excel, named in German, as the grid does', async () => {
    h = await openApp('', { locale: 'de-DE', acceptDownloads: true });
    const { page } = h;
    await sample(page, 'Beispieldaten laden');
    const dir = mkdtempSync(join(tmpdir(), 'csv-'));
    const names: string[] = [];
    const saved = async (click: () => Promise<void>, name: string): Promise<string> => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
      names.push(download.suggestedFilename());
      const file = join(dir, name);
      await download.saveAs(file);
      return readFileSync(file, 'utf8');
    };
    try {
      await page.goto(h.url + 'index.html#/reports');
      const aging = await saved(
        () => page.getByRole('button', { name: 'CSV exportieren' }).first().click({ timeout: 30_000 }),
        'aging.csv',
      );
      // A byte-order mark, semicolons and decimal commas: German Excel opens it in columns.
      expect(aging.split('\r\n')[0]).toBe(
        '\uFEFFKunde;Währung;Nicht fällig;1–30 Tage;31–60 Tage;61–90 Tage;91–120 Tage;Über 120 Tage;Summe',
      );
      expect(aging).toMatch(/^Grünwald Logistik GmbH;EUR;(\d+,\d\d;){6}\d+,\d\d\r$/m);

      await page.goto(h.url + 'index.html#/dashboard');
      const buckets = await saved(
        () => page.locator('main button').filter({ hasText: /^CSV$/ }).first().click({ timeout: 30_000 }),
        'dashboard.csv',
      );
      expect(buckets.split('\r\n')[0]).toBe('\uFEFFTage überfällig;Forderungen;Rechnungen');
      expect(buckets).toMatch(/^Nicht fällig;\d+,\d\d;\d+\r$/m);
      // Named in German, as the grids' exports and the weekly report are.
      expect(names.map((n) => n.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))).toEqual([
        'overdue-altersstruktur-DATE.csv',
        'overdue-uebersicht-altersstruktur-EUR-DATE.csv',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(h.pageErrors).toEqual([]);
  });
});
