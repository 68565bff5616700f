// A first visit speaks the browser's language and says what follows from its region; a refused cell
// value says so beside the cell, in the user's formats, with focus still there; choice menus close.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('the first visit', () => {
  it.each([
    [
      'it-IT',
      'it',
      'Benvenuto',
      /Italia — interessi di mora: legge italiana \(D\.Lgs\. 231\/2002 art\. 5\); valuta: EUR/,
    ],
    [
      'ro-RO',
      'ro',
      'Bun venit',
      /România — dobânzi penalizatoare: legea română \(O\.G\. 13\/2011 art\. 3\); moneda: RON/,
    ],
    ['en-US', 'en', 'Welcome', /United States — late interest: US law; currency: USD/],
    ['de-DE', 'de', 'Willkommen', /Deutschland — Verzugszinsen: deutsches Recht \(BGB §288\); Währung: EUR/],
  ])(
    'in %s shows the welcome in the browser language, with the law and currency of its region',
    async (locale, code, hello, said) => {
      h = await openApp('', { locale });
      const { page } = h;
      const notice = page.getByTestId('first-visit-defaults');
      await notice.waitFor();
      expect(await lang(page)).toBe(code);
      await expect(page.locator('#welcome-title').textContent()).resolves.toContain(hello);
      await expect(notice.textContent()).resolves.toMatch(said);
    },
  );
});

describe('a refused cell value', () => {
  it('is explained beside the cell in Italian formats, focus stays in the cell; choice menus close on Esc and outside', async () => {
    h = await openApp('', { locale: 'it-IT' });
    const { page } = h;
    await page.locator('.welcome button.primary').click();
    await page.waitForURL(/#\/invoices/);
    const grid = page.getByRole('grid', { name: 'Fatture' });
    const row = grid.locator('[role="row"][data-key]').first();
    await row.waitFor();

    const due = row.locator('[data-col="dueDate"]');
    const before = await due.textContent();
    await due.click();
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('31/13/2026');
    await page.keyboard.press('Enter');
    const alert = grid.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/Data non valida: "31\/13\/2026"\./);
    await expect(alert.textContent()).resolves.toContain('Formati accettati: 31/12/2026 o 2026-12-31.');
    // Beside the cell: just below it, starting at its left edge; and focus is still in the cell's editor.
    const [cellBox, alertBox] = [await due.boundingBox(), await alert.boundingBox()];
    expect(Math.abs(alertBox!.y - (cellBox!.y + cellBox!.height))).toBeLessThan(4);
    expect(Math.abs(alertBox!.x - cellBox!.x)).toBeLessThan(4);
    expect(
      await page.evaluate(() => document.activeElement?.closest('[data-col]')?.getAttribute('data-col')),
    ).toBe('dueDate');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe(
      '31/13/2026',
    );
    // Esc gives the text up: the cell keeps its date, with focus on it, and no message.
    await page.keyboard.press('Escape');
    await expect.poll(() => alert.count()).toBe(0);
    await expect(due.textContent()).resolves.toBe(before);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-col'))).toBe('dueDate');

    const amount = row.locator('[data-col="amount"]');
    await amount.click();
    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('12,34,5');
    await page.keyboard.press('Tab');
    await expect.poll(() => alert.textContent()).toContain('Formati accettati: 1.234,56 o 1234,56.');
    await page.keyboard.press('Escape');

    const summary = page.locator('summary[data-filter="status"]');
    const menu = page.locator('details:has(summary[data-filter="status"])');
    await summary.click();
    await expect.poll(() => menu.getAttribute('open')).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-filter'))).toBe('status');
    await summary.click();
    await expect.poll(() => menu.getAttribute('open')).toBe('');
    await page.locator('h1').first().click();
    await expect.poll(() => menu.getAttribute('open')).toBeNull();
    // Esc pressed at once, before the browser has told the page the menu opened: it closes too.
    await page.evaluate(() => {
      const s = document.querySelector<HTMLElement>('summary[data-filter="status"]')!;
      s.click();
      s.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    await page.waitForTimeout(100);
    expect(await menu.getAttribute('open')).toBeNull();
  });
});
