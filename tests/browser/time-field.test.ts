// Time fields speak the interface locale, not the browser's clock: an Italian reads and types 14:30,
// never 2:30 PM. File pickers say the app's words. Expected texts are written by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('the calling hours in Italian', () => {
  it('shows 24-hour times, takes typed ones and the arrow keys, refuses a time that does not exist', async () => {
    h = await openApp('', { locale: 'it-IT' });
    const { page, url } = h;
    await page.getByRole('button', { name: 'Carica dati di esempio' }).click();
    await page.waitForURL(/#\/invoices/, { timeout: 30_000 });
    await page.goto(`${url}index.html#/settings`);
    const earliest = page.locator('input[name="earliest"]');
    const latest = page.locator('input[name="latest"]');
    expect(await earliest.inputValue()).toBe('08:00');
    expect(await latest.inputValue()).toBe('20:00');
    expect(await earliest.getAttribute('type')).toBe('text');

    await earliest.fill('7.30');
    await earliest.press('Enter');
    expect(await earliest.inputValue()).toBe('07:30');
    await earliest.press('ArrowUp');
    expect(await earliest.inputValue()).toBe('07:45');

    // 25:00 is no time: the field says so in Italian and keeps 07:45.
    await latest.fill('25:00');
    await latest.press('Enter');
    expect(await latest.getAttribute('aria-invalid')).toBe('true');
    const alert = page.getByRole('alert').filter({ hasText: 'Ora non valida' });
    expect(await alert.textContent()).toBe('Ora non valida: scriverla come 14:30.');
    expect(await latest.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
    await latest.fill('1930');
    await latest.press('Tab');
    expect(await latest.inputValue()).toBe('19:30');
    expect(await latest.getAttribute('aria-invalid')).toBeNull();

    // Saved as 'HH:MM' and shown again after a reload.
    await page
      .locator('section[aria-labelledby="policy-title"]')
      .getByRole('button', { name: 'Salva' })
      .click();
    await page.getByText('Salvato.').waitFor();
    await page.reload();
    await expect.poll(() => page.locator('input[name="earliest"]').inputValue()).toBe('07:45');
    expect(await page.locator('input[name="latest"]').inputValue()).toBe('19:30');

    // The restore and logo pickers are buttons in Italian; the browser's own file button is not shown.
    expect(await page.getByText('Ripristina da backup…').isVisible()).toBe(true);
    expect(await page.getByText('Scegli un’immagine…').isVisible()).toBe(true);
    for (const input of await page.locator('input[type="file"]').all())
      expect((await input.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    // Tab reaches the restore picker's input, and its button shows the focus.
    await page.getByTestId('restore-file').focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'restore-file',
    );
    expect(h.pageErrors).toEqual([]);
  });
});

describe('the calling hours in American English', () => {
  it('shows AM and PM, as the locale writes times', async () => {
    h = await openApp('', { locale: 'en-US' });
    const { page, url } = h;
    await page.goto(`${url}index.html#/settings`);
    const earliest = page.locator('input[name="earliest"]');
    await expect.poll(() => earliest.inputValue(), { timeout: 15_000 }).toBe('8:00 AM');
    await earliest.fill('14:30');
    await earliest.press('Enter');
    expect(await earliest.inputValue()).toBe('2:30 PM');
    await earliest.fill('9 pm');
    await earliest.press('Enter');
    expect(await earliest.inputValue()).toBe('9:00 PM');
    expect(h.pageErrors).toEqual([]);
  });
});
