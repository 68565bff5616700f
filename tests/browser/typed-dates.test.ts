// A date typed in a grid cell is read in the interface locale's order: 03/04/2026 is 4 March for a user
// with the interface in US English and 3 April in Italian. The editor opens with the date as the cell
// shows it, and leaving it unchanged writes nothing. Expected dates are written by hand.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { importFixture, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** The stored due date of an invoice, read straight from IndexedDB. */
function storedDueDate(page: Page, number: string): Promise<string | undefined> {
  return page.evaluate(async (wanted) => {
    const db: IDBDatabase = await new Promise((done, fail) => {
      const r = indexedDB.open('overdue');
      r.onsuccess = () => done(r.result);
      r.onerror = () => fail(r.error);
    });
    // Invoices are stored in blocks (packed: see harness.ts).
    const blocks = await new Promise<unknown[]>((done, fail) => {
      const r = db.transaction('invoiceBlocks').objectStore('invoiceBlocks').getAll();
      r.onsuccess = () => done(r.result);
      r.onerror = () => fail(r.error);
    });
    db.close();
    const rowsOf = (window as unknown as { __storedRows: (b: unknown) => unknown[] }).__storedRows;
    return (blocks.flatMap((b) => rowsOf(b)) as { number: string; dueDate: string }[]).find(
      (i) => i.number === wanted,
    )?.dueDate;
  }, number);
}

const editorValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement).value);

describe.each([
  // locale, grid name, import button, due date shown before, stored after typing 03/04/2026, days late on 31 March
  ['en-US', 'Invoices', /Import 4 rows/, '02/14/2026', '2026-03-04', '27'],
  ['it-IT', 'Fatture', /Importa 4 righe/, '14/02/2026', '2026-04-03', '0'],
])('a due date typed in the invoices grid in %s', (locale, gridName, importButton, shown, stored, late) => {
  it(`reads 03/04/2026 as ${stored}`, async () => {
    h = await openApp('#/import', { locale });
    const { page, url } = h;
    await page.getByTestId('as-of').fill('2026-03-31');
    await page.getByTestId('as-of').dispatchEvent('change');
    await importFixture(page, 'fatture.csv', importButton);
    await page.goto(`${url}index.html#/invoices`);
    const grid = page.getByRole('grid', { name: gridName });
    const cell = (col: string) =>
      grid.locator('[role="row"][data-key]', { hasText: 'FT-2026-001' }).locator(`[data-col="${col}"]`);
    await cell('dueDate').waitFor();
    await expect(cell('dueDate').textContent()).resolves.toBe(shown);

    // The editor opens with the date as the cell shows it, not as ISO.
    await cell('dueDate').click();
    await page.keyboard.press('F2');
    await expect(editorValue(page)).resolves.toBe(shown);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('03/04/2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => storedDueDate(page, 'FT-2026-001')).toBe(stored);
    await expect.poll(() => cell('dueDate').textContent()).toBe('03/04/2026');
    await expect(cell('daysLate').textContent()).resolves.toBe(late);

    // Opened and left as it is, the date writes nothing: undo then takes back the typed date itself.
    await cell('dueDate').click();
    await page.keyboard.press('F2');
    await expect(editorValue(page)).resolves.toBe('03/04/2026');
    await page.keyboard.press('Enter');
    await expect(storedDueDate(page, 'FT-2026-001')).resolves.toBe(stored);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => storedDueDate(page, 'FT-2026-001')).toBe('2026-02-14');
    expect(h.pageErrors).toEqual([]);
  });
});

describe('a date that does not exist in US English', () => {
  it('is refused, and the hint names the month-first form', async () => {
    h = await openApp('#/import', { locale: 'en-US' });
    const { page, url } = h;
    await importFixture(page, 'fatture.csv', /Import 4 rows/);
    await page.goto(`${url}index.html#/invoices`);
    const grid = page.getByRole('grid', { name: 'Invoices' });
    const due = grid
      .locator('[role="row"][data-key]', { hasText: 'FT-2026-001' })
      .locator('[data-col="dueDate"]');
    await due.click();
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('31/12/2026');
    await page.keyboard.press('Enter');
    const alert = grid.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/Not a date: "31\/12\/2026"\./);
    await expect(alert.textContent()).resolves.toContain('Accepted: 12/31/2026 or 2026-12-31.');
    await expect(storedDueDate(page, 'FT-2026-001')).resolves.toBe('2026-02-14');
  });
});
