// Pages other than the invoice grid load as chunks of their own: moving between them shows each page,
// and a page whose file cannot be fetched says so in the user's language, with a retry that works once
// the file can be had again.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, loadSample, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/**
 * An Italian user with the sample book, without a service worker (so a test can take a file out of
 * reach), on the invoices the app opens by itself after loading the sample.
 */
async function italianSample(): Promise<Harness> {
  const h = await openApp('', { locale: 'it-IT', blockServiceWorkers: true });
  await h.page.getByRole('button', { name: 'Carica dati di esempio' }).click();
  await h.page.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor({ timeout: 30_000 });
  await h.page.waitForURL(/#\/invoices/);
  return h;
}

describe('pages loaded on demand', () => {
  it('shows every page when moved to, and the page a reload opens on', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    const visits: [string, RegExp][] = [
      ['#/today', /today/i],
      ['#/customers', /customers/i],
      ['#/payments', /payments/i],
      ['#/settings', /company/i],
      ['#/import', /import/i],
    ];
    for (const [hash, heading] of visits) {
      await page.evaluate((x) => (location.hash = x), hash);
      await page.getByRole('heading', { name: heading }).first().waitFor({ timeout: 10_000 });
    }
    await page.goto(`${h.url}index.html#/settings`);
    await page.reload();
    await page.getByRole('heading', { name: 'Company' }).waitFor({ timeout: 10_000 });
    expect(h.pageErrors).toEqual([]);
  });

  it('says in Italian when a page cannot be loaded, and loads it on a retry', async () => {
    h = await italianSample();
    const { page, context } = h;
    const blocked = /\/assets\/SettingsPage-[^/]*\.js$/;
    await context.route(blocked, (r) => r.abort());
    // A fresh start, so that no earlier load of the page is kept.
    await page.goto(`${h.url}index.html#/settings`);
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'Non è stato possibile caricare questa pagina' });
    await alert.waitFor({ timeout: 10_000 });
    await context.unroute(blocked);
    await alert.getByRole('button', { name: 'Riprova' }).click();
    await page.getByRole('heading', { name: 'Profilo aziendale' }).waitFor({ timeout: 10_000 });
    expect(await alert.count()).toBe(0);
  });

  it('says so, and offers no recovery of the book, when the app’s own texts cannot be fetched at start', async () => {
    h = await italianSample();
    const { context } = h;
    // A new tab's start, with the reason texts out of reach (a connection lost mid-visit).
    const blocked = /\/assets\/reasons-[^/]*\.js$/;
    await context.route(blocked, (r) => r.abort());
    const second = await context.newPage();
    await second.goto(`${h.url}index.html#/today`);
    const alert = second
      .getByRole('alert')
      .filter({ hasText: 'Non è stato possibile caricare questa pagina' });
    await alert.waitFor({ timeout: 10_000 });
    // Nothing offers to delete or restore a book that is fine.
    expect(await second.getByTestId('recovery').count()).toBe(0);
    await context.unroute(blocked);
    await alert.getByRole('button', { name: 'Riprova' }).click();
    await second.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor({ timeout: 15_000 });
  });
});

describe('the start, in the company’s language', () => {
  it('says it is opening the book in Italian from the first word, never in English', async () => {
    h = await italianSample();
    const { context } = h;
    // Every text the loading screen shows, from the page's first moment.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('main.loading')?.textContent?.trim();
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    // The reason texts arrive late (a slow disk): the loading screen stays up meanwhile.
    await context.route(/\/assets\/reasons-[^/]*\.js$/, async (r) => {
      await new Promise((done) => setTimeout(done, 1500));
      await r.continue();
    });
    const second = await context.newPage();
    await second.goto(`${h.url}index.html#/today`);
    await second.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor({ timeout: 15_000 });
    const seen = await second.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toEqual(["Apertura dell'archivio…"]);
  });
});
