// Offline: after one visit the service worker has every built file; with the network off the app
// reloads, shows the stored book, and imports a file (the CSV reader's worker comes from the cache too).
import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { invoicesCounted, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/browser', name);
const invoices = (h: Harness) => invoicesCounted(h.page);

describe('working offline', () => {
  it('reloads with the network off, finds the data, and imports a file', async () => {
    h = await openApp('#/import');
    const { page, context } = h;
    // A file dropped as soon as the app opens, on the first visit: the offline copy is stored after
    // the import, once the page is quiet (it would slow the reading down on a small machine).
    await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
    const session = page.getByTestId('import-session');
    await session.getByRole('button', { name: /Import 4 rows/ }).click();
    await session.getByTestId('import-done').waitFor({ timeout: 15_000 });
    expect(await invoices(h)).toBe(4);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('status-invoices').filter({ hasText: /^4\b/ }).waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // The network is really off: a file the service worker does not hold cannot be fetched. (Not
    // navigator.onLine: after a reload Chromium 150 says true while every request fails.) The browser
    // logs that failed request; it is the probe's, not the app's, so it is taken off the page's errors.
    const logged = h.pageErrors.length;
    expect(
      await page.evaluate(() =>
        fetch(`./not-cached-${Math.random()}.txt`).then(
          () => 'reached',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    await expect.poll(() => h!.pageErrors.length).toBe(logged + 1);
    expect(h.pageErrors.splice(logged)).toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);

    await page.goto(`${h.url}index.html#/import`);
    await page.getByTestId('import-file').setInputFiles(fixture('estratto-conto.csv'));
    const second = page.getByTestId('import-session');
    await second.getByTestId('import-counts').waitFor({ timeout: 15_000 });
    await expect(second.getByTestId('import-counts').textContent()).resolves.toMatch(/^[1-9]\d* new/);
    await second.getByRole('button', { name: /^Import \d+ rows/ }).click();
    await second.getByTestId('import-done').waitFor({ timeout: 15_000 });
    // Written while offline: two imports are stored after another offline reload.
    await page.reload();
    await page.getByTestId('status-invoices').filter({ hasText: /^4\b/ }).waitFor({ timeout: 15_000 });
    const imports = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('overdue');
          req.onsuccess = () => {
            const r = req.result.transaction('imports').objectStore('imports').count();
            r.onsuccess = () => (req.result.close(), resolve(r.result));
          };
        }),
    );
    expect(imports).toBe(2);
    expect(h.pageErrors).toEqual([]);
    await context.setOffline(false);
  });

  it('refuses a PNG renamed .csv before reading it', async () => {
    h = await openApp('#/import');
    const { page } = h;
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: png });
    await page
      .getByText('This file is not a CSV text file (it looks like a PNG file). Nothing was imported.', {
        exact: false,
      })
      .waitFor({ timeout: 15_000 });
    expect(await invoices(h)).toBe(0);
  });

  it('offers a new version when one is deployed, and reloads into it only when the user asks', async () => {
    h = await openApp('#/import');
    const { page } = h;
    await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
    await page
      .getByTestId('import-session')
      .getByRole('button', { name: /Import 4 rows/ })
      .click();
    await page.getByTestId('import-done').waitFor({ timeout: 15_000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first install is not news: no notice while only one version exists.
    await page.reload();
    await page.getByTestId('status-invoices').filter({ hasText: /^4\b/ }).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('update-notice').count()).toBe(0);

    // A new version is deployed: the served service worker changes.
    const sw = resolve(import.meta.dirname, '../../dist-test/sw.js');
    const original = await readFile(sw, 'utf8');
    try {
      await writeFile(sw, original + '\n// a new version\n');
      await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        await reg?.update();
      });
      const notice = page.getByTestId('update-notice');
      await notice.waitFor({ timeout: 20_000 });
      // It waits for the user: the page is not reloaded under their hands.
      await page.waitForTimeout(500);
      expect(await notice.isVisible()).toBe(true);
      await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), notice.getByRole('button').click()]);
      await page.getByTestId('status-invoices').filter({ hasText: /^4\b/ }).waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('update-notice').count()).toBe(0);
      const script = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
      expect(script).toMatch(/sw\.js$/);
      expect(h.pageErrors).toEqual([]);
    } finally {
      await writeFile(sw, original);
    }
  });
});
