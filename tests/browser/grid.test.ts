import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { loadSample, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** Imports the four-invoice Italian fixture and opens the invoices grid at a fixed as-of date. */
async function withInvoices(page: Page, url: string): Promise<void> {
  await page.getByTestId('as-of').fill('2026-03-31');
  await page.getByTestId('as-of').dispatchEvent('change');
  await page
    .getByTestId('import-file')
    .setInputFiles(resolve(import.meta.dirname, '../fixtures/browser/fatture.csv'));
  await page.getByRole('button', { name: /Import 4 rows/ }).click();
  await page.getByTestId('import-done').waitFor();
  await page.goto(`${url}index.html#/invoices`);
  await page.locator('[role="grid"] [role="row"][data-key]').first().waitFor();
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Invoices' });
const numbers = (page: Page) =>
  grid(page).locator('[role="row"][data-key] [data-col="number"]').allTextContents();
const totalAmount = (page: Page) =>
  page.locator('[data-grid-totals] [data-currency="EUR"] [data-col="amount"]').textContent();
const cell = (page: Page, number: string, col: string) =>
  grid(page).locator('[role="row"][data-key]', { hasText: number }).locator(`[data-col="${col}"]`);

describe('the invoices grid', () => {
  it('sorts and filters, the totals follow the filter, and aria-rowcount follows the filtered count', async () => {
    h = await openApp('#/import');
    const { page, url } = h;
    await withInvoices(page, url);
    await expect.poll(() => totalAmount(page)).toMatch(/7,198\.50/);

    await grid(page).locator('[role="columnheader"][data-col="amount"] button.title').click();
    const sortOf = () =>
      grid(page).locator('[role="columnheader"][data-col="amount"]').getAttribute('aria-sort');
    await expect.poll(sortOf).toBe('ascending');
    await expect
      .poll(() => numbers(page))
      .toEqual(['FT-2026-003', 'FT-2026-001', 'FT-2026-004', 'FT-2026-002']);
    await grid(page).locator('[role="columnheader"][data-col="amount"] button.title').click();
    await expect.poll(sortOf).toBe('descending');
    await expect.poll(async () => (await numbers(page))[0]).toBe('FT-2026-002');

    await grid(page).locator('input[data-filter="customer"]').fill('rossi');
    await expect.poll(() => numbers(page)).toEqual(['FT-2026-004', 'FT-2026-001']);
    await expect.poll(() => totalAmount(page)).toMatch(/3,660\.00/);
    const g = grid(page);
    await expect(g.getAttribute('data-filtered-count')).resolves.toBe('2');
    // One header row, the filtered rows, and the new-row line.
    await expect(g.getAttribute('aria-rowcount')).resolves.toBe(String(1 + 2 + 1));

    // The view is in the URL: a reload brings back the same filter and sort.
    await page.reload();
    await expect.poll(() => numbers(page)).toEqual(['FT-2026-004', 'FT-2026-001']);
    expect(page.url()).toMatch(/#\/invoices\?.+/);

    // Without a view in the URL (the menu link), the view saved in this browser comes back.
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('link', { name: 'Invoices' }).click();
    await expect.poll(() => numbers(page)).toEqual(['FT-2026-004', 'FT-2026-001']);
  });

  it('edits a due date by keyboard; days late and bucket update at once and persist after a reload', async () => {
    h = await openApp('#/import');
    const { page, url } = h;
    await withInvoices(page, url);
    // FT-2026-002 is due 2026-03-19: 12 days late on 2026-03-31.
    await expect(cell(page, 'FT-2026-002', 'daysLate').textContent()).resolves.toBe('12');
    await expect(cell(page, 'FT-2026-002', 'bucket').textContent()).resolves.toBe('1–30 days');

    await cell(page, 'FT-2026-002', 'dueDate').click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2026-01-20');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'FT-2026-002', 'daysLate').textContent()).toBe('70');
    await expect(cell(page, 'FT-2026-002', 'bucket').textContent()).resolves.toBe('61–90 days');

    await page.reload();
    await page.getByTestId('as-of').fill('2026-03-31');
    await page.getByTestId('as-of').dispatchEvent('change');
    await expect.poll(() => cell(page, 'FT-2026-002', 'daysLate').textContent()).toBe('70');
    await expect(cell(page, 'FT-2026-002', 'dueDate').textContent()).resolves.toBe('20/01/2026');

    // A bad date is refused with a message at the cell, and nothing changes.
    await cell(page, 'FT-2026-002', 'dueDate').click();
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('31/02/2026');
    await page.keyboard.press('Enter');
    const due = cell(page, 'FT-2026-002', 'dueDate');
    await expect.poll(() => due.getAttribute('aria-invalid')).toBe('true');
    await expect(due.getAttribute('title')).resolves.toMatch(/Not a date: "31\/02\/2026"/);
    await due.click();
    await expect(page.locator('.bubble[role="alert"]').textContent()).resolves.toMatch(/Not a date/);
    await expect(cell(page, 'FT-2026-002', 'daysLate').textContent()).resolves.toBe('70');
  });

  it('shows an edit at once, and takes it back with the reason when the browser refuses to store it', async () => {
    h = await openApp('#/import');
    const { page, url } = h;
    await withInvoices(page, url);
    await expect.poll(() => totalAmount(page)).toMatch(/7,198\.50/);
    const amount = cell(page, 'FT-2026-002', 'amount');
    const before = await amount.textContent();
    // The disk is full from now on: the next write's put fails as a browser's does.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await amount.click();
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('9999');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.toasts').allTextContents())
      .toContainEqual(expect.stringMatching(/storage for Overdue is full, so this change was not saved/));
    // The figures are what is stored: the old amount, the old total, also after a reload.
    await expect.poll(() => amount.textContent()).toBe(before);
    await expect.poll(() => totalAmount(page)).toMatch(/7,198\.50/);
    // The failed write has settled (nothing holds the page: the reload is not asked about).
    await expect.poll(() => page.evaluate(() => 'saving' in document.documentElement.dataset)).toBe(false);
    await page.reload();
    await page.locator('[role="grid"] [role="row"][data-key]').first().waitFor();
    // A new page: the old one's message is gone.
    await expect
      .poll(async () => (await page.locator('.toasts').allTextContents()).join(''))
      .not.toMatch(/storage for Overdue is full/);
    await expect.poll(() => cell(page, 'FT-2026-002', 'amount').textContent()).toBe(before);
    // And the next edit, with room again, is stored.
    await cell(page, 'FT-2026-002', 'amount').click();
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1000');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => cell(page, 'FT-2026-002', 'amount').textContent(), { timeout: 10_000 })
      .toMatch(/1,000\.00/);
    await page.reload();
    await expect.poll(() => cell(page, 'FT-2026-002', 'amount').textContent()).toMatch(/1,000\.00/);
  });

  it('pastes nothing when any pasted cell is refused, and says how many were', async () => {
    h = await openApp('#/import');
    const { page, url } = h;
    await withInvoices(page, url);
    const customersBefore = await page.getByTestId('status-customers').textContent();
    // Over the customer and amount columns of two invoices: valid new customers, one bad amount.
    await cell(page, 'FT-2026-001', 'customer').click();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'Junk One\t12,00\r\nJunk Two\tabc\r\n');
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
      );
    });
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/Nothing pasted: 1 cells refused/);
    await expect(page.getByTestId('status-customers').textContent()).resolves.toBe(customersBefore);
    expect(await cell(page, 'FT-2026-001', 'customer').textContent()).not.toMatch(/Junk/);
  });

  it('pastes a 3×4 block copied from a spreadsheet as new invoices, and undoes the paste', async () => {
    h = await openApp('#/import');
    const { page, url } = h;
    await withInvoices(page, url);
    await expect(grid(page).getAttribute('data-filtered-count')).resolves.toBe('4');
    // Number, customer, amount, issue date — as Excel puts it on the clipboard (tabs, CRLF, decimal comma).
    const block =
      'FT-2026-101\tNuova Ditta S.r.l.\t1.250,00\t01/03/2026\r\n' +
      'FT-2026-102\tNuova Ditta S.r.l.\t980,50\t02/03/2026\r\n' +
      'FT-2026-103\tRossi Costruzioni S.r.l.\t75,00\t03/03/2026\r\n';
    await grid(page).locator('[data-new-row] [data-col="number"]').click();
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
      );
    }, block);
    // Checked as a whole first, then written only when the user confirms what it changes.
    // (Checked in slices with a frame between them: the message comes when the check is done.)
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/adds 3 rows/);
    await expect(grid(page).getAttribute('data-filtered-count')).resolves.toBe('4');
    await page.getByTestId('paste-apply').click();
    await expect.poll(() => grid(page).getAttribute('data-filtered-count')).toBe('7');
    expect(await numbers(page)).toEqual(
      expect.arrayContaining(['FT-2026-101', 'FT-2026-102', 'FT-2026-103']),
    );
    await expect(page.getByTestId('status-customers').textContent()).resolves.toMatch(/^4 /);
    await expect(cell(page, 'FT-2026-101', 'amount').textContent()).resolves.toMatch(/1,250\.00/);
    // Due date from the default terms (30 days).
    await expect(cell(page, 'FT-2026-101', 'dueDate').textContent()).resolves.toBe('31/03/2026');

    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => grid(page).getAttribute('data-filtered-count')).toBe('4');
    await expect(page.getByTestId('status-customers').textContent()).resolves.toMatch(/^3 /);
    await page.keyboard.press('ControlOrMeta+y');
    await expect.poll(() => grid(page).getAttribute('data-filtered-count')).toBe('7');
  });

  it('takes a payment typed on the new-row line of the payments grid and allocates it to the invoice it names', async () => {
    h = await openApp('#/import');
    const { page, url } = h;
    await withInvoices(page, url);
    await page.goto(`${url}index.html#/payments`);
    const payments = page.getByRole('grid', { name: 'Payments' });
    const newRow = (col: string) => payments.locator(`[data-new-row] [data-col="${col}"]`);
    for (const [col, text] of [
      ['date', '20/03/2026'],
      ['customer', 'Bianchi & Figli S.n.c.'],
      ['amount', '1.000,50'],
      ['invoices', 'FT-2026-002'],
    ]) {
      await newRow(col!).click();
      await page.keyboard.type(text!);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => payments.getAttribute('data-filtered-count')).toBe('1');
    await page.goto(`${url}index.html#/invoices`);
    await expect.poll(() => cell(page, 'FT-2026-002', 'open').textContent()).toMatch(/2,050\.00/);
  });
});

describe('the activity grid', () => {
  it('keeps its totals to one line while the promised column is out of sight, a line per currency once in sight', async () => {
    h = await openApp();
    const { page } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await loadSample(page);
    await page.goto(`${h.url}index.html#/activity`);
    const totals = page.locator('[data-grid-totals]');
    await totals.waitFor();
    const height = async () => (await totals.boundingBox())!.height;
    const text = async () => ((await totals.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    const scroller = page.getByRole('grid', { name: 'Activity' }).locator('xpath=..');
    const promised = page.locator('[role="columnheader"][data-col="promiseAmount"]');
    const view = async () => {
      const s = (await scroller.boundingBox())!;
      const c = (await promised.boundingBox())!;
      return { right: s.x + s.width, columnRight: c.x + c.width };
    };

    // At 1280 px the promised amounts stand past the right edge: one line, with their sums.
    expect((await view()).columnRight).toBeGreaterThan((await view()).right);
    await expect.poll(() => totals.getAttribute('data-compact')).toBe('');
    expect(await height()).toBeLessThan(30);
    expect(await text()).toMatch(
      /^Σ \d+ rows · Promised: .*DKK [\d,.]+ · €[\d,.]+ · £[\d,.]+ · RON .* · US\$[\d,.]+$/,
    );
    const lines = await page.evaluate(() => {
      const t = document.querySelector('[data-grid-totals]')!.textContent!;
      return t.match(/(DKK|€|£|RON|US\$)/g)!.length;
    });
    expect(lines).toBeGreaterThan(1);

    // Scrolled to them: a line per currency, each sum under the column.
    await scroller.evaluate((s) => (s.scrollLeft = s.scrollWidth));
    await expect.poll(() => totals.getAttribute('data-compact')).toBeNull();
    const currencies = totals.locator('[data-currency]');
    expect(await currencies.count()).toBe(lines);
    expect(await height()).toBeGreaterThan(lines * 26 - 2);
    const eur = currencies.filter({ has: page.locator('[data-col="promiseAmount"]', { hasText: '€' }) });
    expect(await eur.count()).toBe(1);
    expect(await text()).toContain((await eur.locator('[data-col="promiseAmount"]').textContent())!.trim());
    // Its count, in the first column, moves along into sight: "141 rows", never "1 rows" at the edge.
    const count = eur.locator('[data-col="date"]');
    expect(await count.textContent()).toMatch(/^\d+ rows in EUR$/);
    expect((await count.boundingBox())!.x).toBeGreaterThanOrEqual((await scroller.boundingBox())!.x);

    // Back to the left: one line again.
    await scroller.evaluate((s) => (s.scrollLeft = 0));
    await expect.poll(() => totals.getAttribute('data-compact')).toBe('');

    // The column hidden: nothing to sum on show, the count alone on one line.
    await page.getByText('Columns', { exact: true }).click();
    await page.locator('[data-col-toggle="promiseAmount"]').uncheck();
    await expect.poll(text).toMatch(/^Σ \d+ rows$/);
    expect(await height()).toBeLessThan(30);
    expect(h.pageErrors).toEqual([]);
  });
});
