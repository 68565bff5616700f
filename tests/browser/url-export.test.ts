// The URL and the screen agree (a bookmark, a hash typed in, Back and Forward), an export of a filtered
// view in Italian opens back through the importer with the same rows and amounts, and an import says
// what it stored and how paid amounts become payments.
import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, type Harness } from './harness';

const open: Harness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
async function start(hash: string): Promise<Harness> {
  const h = await openApp(hash);
  open.push(h);
  return h;
}

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/browser', name);

async function importInvoices(page: Page, button: RegExp): Promise<void> {
  await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
  await page.getByRole('button', { name: button }).click();
  await page.getByTestId('import-done').waitFor();
}

const rowsOf = (page: Page) => page.locator('[role="grid"] [role="row"][data-key]');
const column = (page: Page, col: string) => rowsOf(page).locator(`[data-col="${col}"]`).allTextContents();
const setHash = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

describe('the URL names the view', () => {
  it('a bookmarked filtered view opens with exactly its rows and the filter shown as in force', async () => {
    const h = await start('#/import');
    await importInvoices(h.page, /Import 4 rows/);
    // A bookmark opened in a new tab: Rossi's two invoices, by number.
    const page = await h.context.newPage();
    await page.goto(`${h.url}index.html#/invoices?s=number&f.customer=t:rossi`);
    await rowsOf(page).first().waitFor();
    await expect.poll(() => column(page, 'number')).toEqual(['FT-2026-001', 'FT-2026-004']);
    const filter = page.locator('input[data-filter="customer"]');
    await expect(filter.inputValue()).resolves.toBe('rossi');
    await expect(filter.getAttribute('class')).resolves.toMatch(/\bactive\b/);
    await expect(page.locator('[data-grid-filters]').textContent()).resolves.toBe('1 filter on');

    // A status filter in the URL names the status by code; none is paid, so the grid is empty and
    // offers to clear the filter there too.
    await setHash(page, '#/invoices?s=number&f.status=c:["paid"]');
    await expect.poll(() => rowsOf(page).count()).toBe(0);
    await expect(page.locator('[data-filter="status"]').textContent()).resolves.toMatch(/Paid/);
    const clear = page.locator('.empty [data-clear-filters]');
    await clear.click();
    await expect.poll(() => column(page, 'number')).toHaveLength(4);
    await expect(page.locator('[data-grid-filters]').count()).resolves.toBe(0);
    await expect.poll(() => page.url()).not.toMatch(/f\.status/);
  });

  it('follows a hash changed while the app is open, and Back and Forward', async () => {
    const h = await start('#/import');
    const { page } = h;
    await importInvoices(page, /Import 4 rows/);
    await setHash(page, '#/invoices?s=number&f.customer=t:rossi');
    await expect.poll(() => column(page, 'number')).toEqual(['FT-2026-001', 'FT-2026-004']);
    // Another view of the same grid, typed into the address bar: no reload needed.
    await setHash(page, '#/invoices?s=-number&f.customer=t:caff');
    await expect.poll(() => column(page, 'number')).toEqual(['FT-2026-003']);
    await expect(page.locator('input[data-filter="customer"]').inputValue()).resolves.toBe('caff');
    await setHash(page, '#/invoices?s=-number');
    await expect
      .poll(() => column(page, 'number'))
      .toEqual(['FT-2026-004', 'FT-2026-003', 'FT-2026-002', 'FT-2026-001']);

    await page.goBack();
    await expect.poll(() => column(page, 'number')).toEqual(['FT-2026-003']);
    await page.goBack();
    await expect.poll(() => column(page, 'number')).toEqual(['FT-2026-001', 'FT-2026-004']);
    await expect(page.locator('input[data-filter="customer"]').inputValue()).resolves.toBe('rossi');
    await page.goForward();
    await expect.poll(() => column(page, 'number')).toEqual(['FT-2026-003']);

    // To another page and Back: the filtered view comes back as the URL names it.
    await page.getByRole('link', { name: 'Customers' }).click();
    await page.getByRole('grid', { name: 'Customers' }).waitFor();
    await page.goBack();
    await expect.poll(() => column(page, 'number')).toEqual(['FT-2026-003']);
  });

  it('a URL the user goes to keeps its view when the grid was about to write its own', async () => {
    const h = await start('#/import');
    const { page } = h;
    await importInvoices(page, /Import 4 rows/);
    // A busy browser: while `__late` is set, the page hears of a changed URL 300 ms late.
    await page.addInitScript(() => {
      const add = window.addEventListener.bind(window);
      window.addEventListener = ((type: string, listener: EventListener, options?: boolean) => {
        const late: EventListener = (e) => {
          if ((window as unknown as { __late?: boolean }).__late) setTimeout(() => listener(e), 300);
          else listener(e);
        };
        add(type, type === 'hashchange' ? late : listener, options);
      }) as typeof window.addEventListener;
    });
    await page.goto(`${h.url}index.html#/invoices?s=-number`);
    await page.reload(); // a new document, with the script above
    await expect.poll(() => column(page, 'number')).toHaveLength(4);
    // A sort, then at once a link to Rossi's invoices: the link's change is heard after the sort's
    // view is due to be written into the URL.
    await page.evaluate(async () => {
      (window as unknown as { __late?: boolean }).__late = true;
      document.querySelector<HTMLElement>('[role="columnheader"][data-col="amount"] button.title')!.click();
      await Promise.resolve();
      location.hash = '#/invoices?s=number&f.customer=t:rossi';
    });
    await expect.poll(() => column(page, 'number')).toEqual(['FT-2026-001', 'FT-2026-004']);
    await expect.poll(() => page.url()).toMatch(/f\.customer=t(%3A|:)rossi/);
    await page.evaluate(() => ((window as unknown as { __late?: boolean }).__late = false));
    // Back goes to the sorted list the user had, not to a copy of Rossi's.
    await page.goBack();
    await expect.poll(() => column(page, 'number')).toHaveLength(4);
  });
});

describe('an export that opens right', () => {
  it('exports a filtered view in Italian that the importer reads back with the same rows and amounts', async () => {
    const h = await start('#/settings');
    const { page } = h;
    await page.getByLabel('Company name').fill('Studio Verdi');
    await page.getByLabel('Language').selectOption('it');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('link', { name: 'Fatture' }).waitFor();
    await page.getByRole('link', { name: 'Importa' }).click();
    await importInvoices(page, /Importa 4 righe/);
    await setHash(page, '#/invoices?s=number&f.customer=t:rossi');
    await expect.poll(() => column(page, 'number')).toEqual(['FT-2026-001', 'FT-2026-004']);

    await page.getByRole('button', { name: 'Esporta CSV' }).click();
    // Defaults of an Italian interface: semicolon, decimal comma, a BOM; the rows the filter shows.
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Separatore').inputValue()).resolves.toBe(';');
    await expect(dialog.getByLabel('Decimali').inputValue()).resolves.toBe(',');
    await expect(dialog.getByRole('checkbox').isChecked()).resolves.toBe(true);
    await expect(dialog.locator('[data-export-scope]').textContent()).resolves.toBe(
      'Le 2 righe mostrate dai filtri, su 4',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Scarica 2 righe' }).click(),
    ]);
    await page.getByText(/^2 righe scritte in overdue-fatture-/).waitFor();
    const file = resolve(await download.path());
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Numero;Cliente;Importo;/);
    expect(lines[1]).toMatch(
      /^FT-2026-001;Rossi Costruzioni S\.r\.l\.;1220,00;2026-01-15;2026-02-14;EUR;1220,00;/,
    );
    expect(lines[2]).toMatch(
      /^FT-2026-004;Rossi Costruzioni S\.r\.l\.;2440,00;2026-02-10;2026-03-12;EUR;2440,00;/,
    );

    // Opened back through the importer of another, empty browser: the same two invoices and amounts.
    const other = await start('#/import');
    await other.page.getByTestId('import-file').setInputFiles(file);
    const preview = other.page.getByTestId('import-preview');
    await preview.waitFor();
    const cells = await preview
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
      );
    expect(cells).toEqual([
      ['FT-2026-001', 'Rossi Costruzioni S.r.l.', '15/01/2026', '14/02/2026', '€1,220.00', '', '€1,220.00'],
      ['FT-2026-004', 'Rossi Costruzioni S.r.l.', '10/02/2026', '12/03/2026', '€2,440.00', '', '€2,440.00'],
    ]);
    await other.page.getByRole('button', { name: /Import 2 rows/ }).click();
    await other.page.getByTestId('import-done').waitFor();
    await other.page.goto(`${other.url}index.html#/invoices?s=number`);
    await rowsOf(other.page).first().waitFor();
    expect(await column(other.page, 'number')).toEqual(['FT-2026-001', 'FT-2026-004']);
    expect(await column(other.page, 'amount')).toEqual(['€1,220.00', '€2,440.00']);
  });
});

describe('an import that explains itself', () => {
  it('says how many bank lines it stored for matching, and how paid amounts become payments', async () => {
    const h = await start('#/import');
    const { page } = h;
    await page.getByTestId('import-file').setInputFiles({
      name: 'scadenzario.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Numero;Cliente;Data;Scadenza;Importo;Pagato;Data pagamento\r\n' +
          'F-1;Rossi;15/01/2026;14/02/2026;1.000,00;400,00;20/02/2026\r\n' +
          'F-2;Bianchi;20/01/2026;19/02/2026;300,00;300,00;\r\n' +
          'F-3;Bianchi;25/01/2026;24/02/2026;80,00;;\r\n',
      ),
    });
    const session = page.getByTestId('import-session').first();
    await session.getByTestId('import-preview').waitFor();
    await expect(session.getByTestId('import-note').allTextContents()).resolves.toContainEqual(
      expect.stringMatching(
        /^2 invoices are already paid in part or in full.*payment date the file gives \(1\).*issue date \(1\)/,
      ),
    );
    const cells = await session
      .getByTestId('import-preview')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
      );
    expect(cells.map((c) => [c[0], c[1], c[5], c[6]])).toEqual([
      ['F-1', 'Rossi', '€400.00payment dated 20/02/2026', '€600.00'],
      ['F-2', 'Bianchi', '€300.00payment dated 20/01/2026', '€0.00'],
      ['F-3', 'Bianchi', '', '€80.00'],
    ]);
    await session.getByRole('button', { name: /Import 3 rows/ }).click();
    await session.getByTestId('import-done').waitFor();

    await page.getByTestId('import-file').setInputFiles(fixture('estratto-conto.csv'));
    const bank = page.getByTestId('import-session').nth(1);
    await bank.getByRole('button', { name: /Import 3 rows/ }).click();
    await expect(bank.getByTestId('import-done').textContent()).resolves.toMatch(
      /3 bank lines stored for matching\./,
    );
  });
});
