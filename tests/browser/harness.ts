// Launches headless Chromium on the built app, with every request recorded.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium';

export interface Harness {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  url: string;
  requests: string[];
  pageErrors: string[];
  close: () => Promise<void>;
}

/**
 * Defines `window.__storedRows(block)` in every page: the invoices of a block as IndexedDB holds it,
 * for tests that read the database directly. Invoice blocks are stored packed (src/db/block-codec.ts);
 * the format is read again here, on its own, so such a test checks what is stored rather than what
 * the app's own reader makes of it. Older blocks are lists of invoices.
 */
function defineStoredRows(): void {
  interface Packed {
    rows?: unknown[];
    count: number;
    ids: string[];
    numbers: string[];
    texts: string[];
    codes: ArrayLike<number>;
    none: number;
    amounts: ArrayLike<number>;
    others: { at: number; row: unknown }[];
  }
  const coded = ['customerId', 'issueDate', 'dueDate', 'currency', 'importBatchId', 'description'];
  (window as unknown as { __storedRows: (b: Packed) => unknown[] }).__storedRows = (b) => {
    if (Array.isArray(b.rows)) return b.rows;
    const rows: unknown[] = [];
    let k = 0;
    let o = 0;
    for (let at = 0; at < b.count; at++) {
      const other = b.others[o];
      if (other && other.at === at) {
        rows.push(other.row);
        o++;
        continue;
      }
      const inv: Record<string, unknown> = { id: b.ids[k], number: b.numbers[k], amount: b.amounts[k] };
      coded.forEach((key, c) => {
        const code = b.codes[k * coded.length + c] as number;
        if (code !== b.none) inv[key] = b.texts[code];
      });
      rows.push(inv);
      k++;
    }
    return rows;
  };
}

export async function openApp(
  hash = '',
  options: {
    acceptDownloads?: boolean;
    /** The browser's language and region (navigator.language[s]); en-GB unless given. */
    locale?: string;
    /** Lets a test inject a script (axe-core) past the app's Content-Security-Policy. */
    bypassCSP?: boolean;
    /** No service worker: every request reaches the network, where a test can intercept it. */
    blockServiceWorkers?: boolean;
    /**
     * Opens the app at this host name (resolved to the test server) instead of 127.0.0.1: over plain http
     * it is not a secure context, as a static folder served on an office network is not.
     */
    hostName?: string;
  } = {},
): Promise<Harness> {
  const served = inject('appUrl');
  const url = options.hostName ? served.replace('//127.0.0.1:', `//${options.hostName}:`) : served;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: options.hostName
      ? [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${options.hostName} 127.0.0.1`]
      : CHROMIUM_ARGS,
    headless: true,
  });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    // A language without a region: the first visit keeps the profile's own defaults (Italy, EUR).
    locale: options.locale ?? 'en',
    timezoneId: 'Europe/Rome',
    acceptDownloads: options.acceptDownloads ?? true,
    bypassCSP: options.bypassCSP ?? false,
    serviceWorkers: options.blockServiceWorkers ? 'block' : 'allow',
  });
  await context.addInitScript(defineStoredRows);
  const page = await context.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(url + 'index.html' + hash);
  return { browser, context, page, url, requests, pageErrors, close: () => browser.close() };
}

/**
 * Loads the sample data from the first-visit screen and waits until the invoices are there. `button`:
 * the button's name in the interface language ("Carica dati di esempio"), English by default.
 */
export async function loadSample(
  page: Page,
  button: string | RegExp = /load sample data/i,
  timeout = 30_000,
): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor({ timeout });
  // The app then opens the invoices by itself: let it, so a test's next navigation is not overtaken.
  await page.waitForURL(/#\/invoices/);
}

/** How `storeInvoiceBlocks` names its invoices: id `${id}${k}`, number `${number}` + (k + from) padded. */
export interface BulkInvoices {
  blocks: number;
  per: number;
  /** The id of the first block written (later ones follow): past the blocks already stored. */
  firstBlock: number;
  id: string;
  number: string;
  from: number;
  pad: number;
}

/** Every record of one IndexedDB store of the app's database, as stored (read in the page). */
export function storedRecords<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const req = indexedDB.open('overdue');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction(name).objectStore(name).getAll();
          all.onerror = () => fail(all.error);
          all.onsuccess = () => {
            req.result.close();
            done(all.result as T[]);
          };
        };
      }),
    store,
  );
}

/**
 * Writes `blocks × per` invoices of the first stored customer straight into the store, as a large
 * import leaves them (blocks of rows after those already there), without going through the app.
 */
export async function storeInvoiceBlocks(page: Page, bulk: BulkInvoices): Promise<void> {
  await page.evaluate(
    (b) =>
      new Promise<void>((done, fail) => {
        const req = indexedDB.open('overdue');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const read = db.transaction('customerBlocks').objectStore('customerBlocks').getAll();
          read.onsuccess = () => {
            const customerId = (read.result[0] as { rows: { id: string }[] }).rows[0]!.id;
            const tx = db.transaction('invoiceBlocks', 'readwrite');
            for (let n = 0; n < b.blocks; n++) {
              const rows = [];
              for (let i = 0; i < b.per; i++) {
                const k = n * b.per + i;
                rows.push({
                  id: `${b.id}${k}`,
                  number: b.number + String(k + b.from).padStart(b.pad, '0'),
                  customerId,
                  issueDate: '2026-01-15',
                  dueDate: '2026-02-14',
                  currency: 'EUR',
                  amount: 10_000 + (k % 97),
                });
              }
              tx.objectStore('invoiceBlocks').put({ id: b.firstBlock + n, rows });
            }
            tx.oncomplete = () => {
              db.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        };
      }),
    bulk,
  );
}

/**
 * Writes `bulk` straight into the store (`storeInvoiceBlocks`), reloads, and waits until the status bar
 * counts them and the `before` invoices already there (the whole book loaded).
 */
export async function reloadWithInvoiceBlocks(page: Page, bulk: BulkInvoices, before: number): Promise<void> {
  await storeInvoiceBlocks(page, bulk);
  await page.reload();
  await untilInvoicesCounted(page, before + bulk.blocks * bulk.per, 60_000);
}

/** The number of invoices the status bar counts. */
export async function invoicesCounted(page: Page): Promise<number> {
  return Number(((await page.getByTestId('status-invoices').textContent()) ?? '').replace(/\D/g, ''));
}

/** Waits until the status bar counts `count` invoices (the whole book loaded). */
export async function untilInvoicesCounted(page: Page, count: number, timeout: number): Promise<void> {
  await expect
    .poll(async () => (await page.getByTestId('status-invoices').textContent())?.replace(/\D/g, ''), {
      timeout,
    })
    .toBe(String(count));
}

/**
 * Waits, in the page, for the frame a scroll step's event comes with, for a fast scroll's rows to take
 * their place (its canvas hides 150 ms after the last step), and for two frames drawn after: the grid
 * then shows its rows where the scroll left them.
 */
export async function untilRowsSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const settled = () =>
          document.querySelector('canvas.fast.on')
            ? setTimeout(settled, 20)
            : requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        requestAnimationFrame(settled);
      }),
  );
}

/**
 * Imports a file of tests/fixtures/browser from the import page the test is on, with the import
 * button's name in the interface language, and waits until it is stored.
 */
export async function importFixture(page: Page, file: string, button: RegExp): Promise<void> {
  await page
    .getByTestId('import-file')
    .setInputFiles(resolve(import.meta.dirname, '../fixtures/browser', file));
  await page.getByRole('button', { name: button }).click();
  await page.getByTestId('import-done').waitFor();
}
