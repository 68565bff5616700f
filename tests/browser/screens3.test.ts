// A new Italian or Romanian user going through the screens at 1280×800: panels laid one under the other
// keep apart, and a form's error goes once the user corrects what it asked for.
import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { loadSample, openApp, type Harness } from './harness';
import { sharedFixturesDir } from '../../scripts/check-shared-fixtures';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/browser', name);

async function sample(page: Page, button: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loadSample(page, button, 60_000);
}

/** The room between each panel and the next one under it, in px. */
async function gapsBetween(panels: Locator): Promise<number[]> {
  const boxes = await panels.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    }),
  );
  return boxes.slice(1).map((b, i) => Math.round(b.top - boxes[i]!.bottom));
}

describe('Screens at 1280×800 for a new Italian and Romanian user', () => {
  it('Romanian: the reports’ and the letters’ panels keep apart, as the dashboard’s do', async () => {
    h = await openApp('', { locale: 'ro-RO' });
    const { page } = h;
    await sample(page, 'Încarcă date demonstrative');

    await page.goto(h.url + 'index.html#/reports');
    await page.getByRole('heading', { name: /Vechimea creanțelor/ }).waitFor({ timeout: 10_000 });
    const reports = page.locator('main > section.card');
    expect(await reports.count()).toBeGreaterThanOrEqual(3);
    for (const gap of await gapsBetween(reports)) expect(gap).toBeGreaterThanOrEqual(12);

    await page.goto(h.url + 'index.html#/letters');
    await page.getByTestId('letter-customer').first().waitFor({ timeout: 10_000 });
    const letters = page.locator('main > section.card');
    expect(await letters.count()).toBeGreaterThanOrEqual(3);
    for (const gap of await gapsBetween(letters)) expect(gap).toBeGreaterThanOrEqual(12);
  });

  it('Italian: the bank lines to match stand apart from the Incassi heading under them', async () => {
    h = await openApp('#/import', { locale: 'it-IT' });
    const { page } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
    await page.getByRole('button', { name: /Importa 4 righe/ }).click();
    await page.getByTestId('import-done').waitFor();
    await page.getByTestId('import-file').setInputFiles(fixture('estratto-conto.csv'));
    const session = page.getByTestId('import-session').nth(1);
    await session.getByRole('button', { name: /Importa 3 righe/ }).click();
    await session.getByTestId('import-done').waitFor();

    await page.goto(h.url + 'index.html#/payments');
    const panel = page.getByTestId('bank-match');
    await panel.waitFor({ timeout: 10_000 });
    const heading = page.getByRole('heading', { name: 'Incassi', exact: true });
    const panelBottom = (await panel.boundingBox())!;
    const headingTop = (await heading.boundingBox())!;
    expect(headingTop.y - (panelBottom.y + panelBottom.height)).toBeGreaterThanOrEqual(12);
  });

  it('Italian: a plan’s, an offer’s, a dispute’s and a write-off’s “choose invoices” error goes once an invoice is ticked', async () => {
    h = await openApp('', { locale: 'it-IT' });
    const { page } = h;
    await sample(page, 'Carica dati di esempio');
    await page.goto(h.url + 'index.html#/customers');
    const row = page.locator('[role=row][data-key]').filter({ hasText: 'Ștefan Țăranu SRL' }).first();
    const key = (await row.getAttribute('data-key', { timeout: 10_000 })) ?? '';
    await page.goto(h.url + `index.html#/customers/${encodeURIComponent(key)}`);

    const forms = [
      page.getByRole('form', { name: 'Nuovo piano di rientro' }),
      page.getByRole('form', { name: 'Nuova proposta transattiva' }),
      page.getByRole('form', { name: 'Segna come contestata' }),
      page.getByRole('form', { name: 'Stralcia fatture' }),
    ];
    for (const form of forms) {
      await form.waitFor({ timeout: 10_000 });
      await form.locator('button[type=submit]').click();
      const error = form.getByRole('alert');
      await expect(error.textContent()).resolves.toBe(
        'Scegliere fatture di questo cliente, in una sola valuta.',
      );
      await form.locator('input[type=checkbox]').first().check();
      await expect(error.count()).resolves.toBe(0);
    }
  });

  it('Italian: the Zoho export of draft invoices counts the same 3 invoices in its note and beside the button', async () => {
    h = await openApp('#/import', { locale: 'it-IT' });
    const { page } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page
      .getByTestId('import-file')
      .setInputFiles(resolve(sharedFixturesDir(), 'invoices_zoho_export.csv'));
    const session = page.getByTestId('import-session');
    await session.getByTestId('import-nothing').waitFor({ timeout: 10_000 });
    // 13 rows: the lines of 3 draft invoices (INV-000001, -002, -003).
    expect(await session.getByTestId('import-note').allTextContents()).toContainEqual(
      expect.stringMatching(/^\s*3 fatture escluse perché non dovute/),
    );
    expect((await session.getByTestId('import-nothing').textContent())!.trim()).toBe(
      'Niente da importare: 3 fatture in bozza, annullate o stornate escluse.',
    );
  });

  it('Romanian: an open dispute’s ways to settle it sit under it, the credit note’s field beside its label; a new plan’s form under its own heading; a hold’s date beside it', async () => {
    h = await openApp('', { locale: 'ro-RO' });
    const { page } = h;
    await sample(page, 'Încarcă date demonstrative');
    await page.goto(h.url + 'index.html#/customers');
    const row = page.locator('[role=row][data-key]').filter({ hasText: 'Ștefan Țăranu SRL' }).first();
    const key = (await row.getAttribute('data-key', { timeout: 10_000 })) ?? '';
    await page.goto(h.url + `index.html#/customers/${encodeURIComponent(key)}`);

    const disputeForm = page.getByRole('form', { name: 'Marchează ca contestată' });
    await disputeForm.locator('input[type=checkbox]').first().check();
    await disputeForm.locator('input[name=part]').fill('500');
    await disputeForm.locator('button[type=submit]').click();
    const dispute = page.locator('li[data-dispute]').first();
    await dispute.waitFor({ timeout: 10_000 });
    const label = dispute.getByText('Notă de credit la rezolvarea parțială');
    const field = dispute.getByLabel('Notă de credit la rezolvarea parțială');
    const l = (await label.boundingBox())!;
    const f = (await field.boundingBox())!;
    expect(Math.abs(l.y + l.height / 2 - (f.y + f.height / 2))).toBeLessThanOrEqual(4);
    expect(f.x).toBeGreaterThan(l.x);
    for (const name of [
      'Soluționată în favoarea noastră',
      'Soluționată în favoarea clientului prin notă de credit',
      'Soluționată parțial',
    ]) {
      const button = dispute.getByRole('button', { name, exact: true });
      const height = await button.evaluate((b) => b.getBoundingClientRect().height);
      const line = await button.evaluate((b) => parseFloat(getComputedStyle(b).lineHeight) || 20);
      expect(height).toBeLessThan(line * 2);
    }

    const planForm = page.getByRole('form', { name: 'Grafic nou de eșalonare' });
    await planForm.locator('input[type=checkbox]').nth(1).check();
    await planForm.locator('button[type=submit]').click();
    const schedule = page
      .locator('section', { has: page.getByRole('heading', { name: 'Grafice de eșalonare a plății' }) })
      .locator('table');
    await schedule.waitFor({ timeout: 10_000 });
    const heading = page.getByRole('heading', { name: 'Grafic nou de eșalonare' });
    const t = (await schedule.boundingBox())!;
    const hd = (await heading.boundingBox())!;
    const fm = (await planForm.boundingBox())!;
    expect(hd.y).toBeGreaterThanOrEqual(t.y + t.height + 8);
    expect(fm.y).toBeGreaterThanOrEqual(hd.y + hd.height);

    // Put on credit hold: the date it started stays beside the box, not alone on a line of its own.
    await page.locator('input[name=hold]').check();
    const since = page.getByTestId('hold-since');
    await expect(since.textContent()).resolves.toMatch(/^din \d{2}\.\d{2}\.\d{4}$/);
    const box = (await page.locator('label', { has: page.locator('input[name=hold]') }).boundingBox())!;
    const s = (await since.boundingBox())!;
    expect(Math.abs(s.y + s.height - (box.y + box.height))).toBeLessThanOrEqual(4);
  });

  it('Romanian: the reference-rate table a Romanian company’s law reads, the BNR’s, opens first in Settings', async () => {
    h = await openApp('', { locale: 'ro-RO' });
    const { page } = h;
    await sample(page, 'Încarcă date demonstrative');
    await page.goto(h.url + 'index.html#/settings');
    const table = page.getByRole('combobox', { name: 'Tabel' });
    await table.waitFor({ timeout: 10_000 });
    await expect(table.locator('option:checked').textContent()).resolves.toBe(
      'Rata dobânzii de referință BNR',
    );
    const panel = page.locator('section', { has: table });
    expect(await panel.textContent()).not.toContain('Gazzetta Ufficiale');
  });
});
