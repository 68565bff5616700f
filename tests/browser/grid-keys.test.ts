// Keyboard parity in the grid: Ctrl+arrows jump to the edges of the data as in a spreadsheet, and a
// column is resized with Alt+Left/Right from a cell or from its header, the new width announced.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSample, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const grid = (page: Page) => page.getByRole('grid', { name: 'Invoices' });
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    const row = e?.closest<HTMLElement>('[role="row"]');
    return { r: Number(row?.dataset.r), c: Number(e?.dataset.c), col: e?.dataset.col ?? null };
  });
const headerWidth = (page: Page, col: string) =>
  grid(page)
    .locator(`[role="columnheader"][data-col="${col}"]`)
    .evaluate((e) => Math.round(e.getBoundingClientRect().width));

describe('grid keyboard', () => {
  it('Ctrl+arrows jump to the edges of the data; Alt+Left/Right resize the column', async () => {
    h = await openApp('#/today');
    const { page } = h;
    await loadSample(page);
    await grid(page).locator('[role="row"][data-key]').first().waitFor();
    const rows = Number(await grid(page).getAttribute('data-filtered-count'));
    const cols = Number(await grid(page).getAttribute('aria-colcount')) - 1;
    expect(rows).toBeGreaterThan(1000);

    await grid(page).locator('[role="row"][data-key]').nth(2).locator('[data-c="1"]').click();
    await expect.poll(() => focused(page)).toMatchObject({ r: 2, c: 1 });
    await page.keyboard.press('Control+ArrowDown');
    // The last invoice, not the empty new-row line below it.
    await expect.poll(() => focused(page)).toMatchObject({ r: rows - 1, c: 1 });
    await page.keyboard.press('Control+ArrowRight');
    await expect.poll(() => focused(page)).toMatchObject({ r: rows - 1, c: cols - 1 });
    await page.keyboard.press('Control+ArrowUp');
    await expect.poll(() => focused(page)).toMatchObject({ r: 0, c: cols - 1 });
    await page.keyboard.press('Control+ArrowLeft');
    await expect.poll(() => focused(page)).toMatchObject({ r: 0, c: 0, col: 'number' });

    const before = await headerWidth(page, 'number');
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => headerWidth(page, 'number')).toBe(before + 40);
    await expect
      .poll(() => page.locator('[data-grid-announce]').textContent())
      .toBe(`Number: ${before + 40} px wide`);
    // Focus stays on the cell, so the next key still works there.
    await expect.poll(() => focused(page)).toMatchObject({ r: 0, c: 0 });

    // From the column's header too.
    await grid(page).locator('[role="columnheader"][data-col="amount"] button.title').focus();
    const amount = await headerWidth(page, 'amount');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => headerWidth(page, 'amount')).toBe(amount - 20);
    expect(h.pageErrors).toEqual([]);
  });
});
