// Date fields speak the interface locale: an Italian reads and types 02/12/2026 for 2 December, not the
// browser's own US order. Expected texts are written by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('the as-of date in Italian', () => {
  it('shows day/month/year, takes a typed date and refuses one that does not exist', async () => {
    h = await openApp('', { locale: 'it-IT' });
    const { page, url } = h;
    await page.getByRole('button', { name: 'Carica dati di esempio' }).click();
    await page.waitForURL(/#\/invoices/, { timeout: 30_000 });
    const asOf = page.getByTestId('as-of');
    expect(await asOf.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

    // ISO text still works (the tests and a pasted value use it) and shows in the Italian order.
    await asOf.fill('2026-12-02');
    await asOf.press('Enter');
    expect(await asOf.inputValue()).toBe('02/12/2026');

    await page.goto(`${url}index.html#/today`);
    await asOf.fill('15/1/27');
    await asOf.press('Enter');
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('15 gennaio 2027');
    await asOf.blur();
    expect(await asOf.inputValue()).toBe('15/01/2027');
    expect(await page.getByRole('button', { name: 'Oggi' }).isVisible()).toBe(true);

    // 31 April is no date: the field says so and the as-of date stays 15 January.
    await asOf.fill('31/04/2027');
    await asOf.press('Enter');
    expect(await asOf.getAttribute('aria-invalid')).toBe('true');
    const alert = page.getByRole('alert').filter({ hasText: 'Data non valida' });
    expect(await alert.textContent()).toBe('Data non valida: scriverla come 31/12/2027.');
    expect(await asOf.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
    expect(await page.locator('h1').first().textContent()).toContain('15 gennaio 2027');

    // The calendar button's date (the browser's picker) goes into the field.
    expect(await page.getByRole('button', { name: 'Scegli dal calendario' }).isVisible()).toBe(true);
    const picker = page.locator('header input[type="date"]');
    await picker.fill('2027-02-10', { force: true });
    await picker.dispatchEvent('change');
    expect(await asOf.inputValue()).toBe('10/02/2027');
    expect(await asOf.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('10 febbraio 2027');
    expect(h.pageErrors).toEqual([]);
  });
});
