import { afterEach, describe, expect, it } from 'vitest';
import { loadSample, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

function count(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

describe('the built app', () => {
  it('explains itself on the first visit, loads sample data, and keeps it after a reload', async () => {
    h = await openApp();
    const { page } = h;
    await page.getByRole('heading', { name: 'Welcome to Overdue' }).waitFor();
    await expect(page.getByRole('button', { name: /load sample data/i }).isEnabled()).resolves.toBe(true);
    await loadSample(page);
    const invoices = count(await page.getByTestId('status-invoices').textContent());
    const customers = count(await page.getByTestId('status-customers').textContent());
    expect(invoices).toBeGreaterThan(1200);
    expect(invoices).toBeLessThan(2000);
    expect(customers).toBeGreaterThanOrEqual(55);

    await page.reload();
    await page.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor();
    expect(count(await page.getByTestId('status-invoices').textContent())).toBe(invoices);
    expect(count(await page.getByTestId('status-customers').textContent())).toBe(customers);
    expect(h.pageErrors).toEqual([]);
  });

  it('makes no request to any other origin, and every view can be reached by its hash route', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    for (const route of [
      'today',
      'invoices',
      'customers',
      'payments',
      'activity',
      'reports',
      'letters',
      'import',
      'settings',
    ]) {
      await page.goto(`${h.url}index.html#/${route}`);
      await page.waitForLoadState('networkidle');
      await expect
        .poll(() => page.locator(`nav a[href="#/${route}"]`).getAttribute('aria-current'))
        .toBe('page');
    }
    const origin = new URL(h.url).origin;
    const foreign = h.requests.filter(
      (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
    expect(h.requests.length).toBeGreaterThan(0);
    expect(h.pageErrors).toEqual([]);
  });

  it('saves the company profile and deletes all data only after confirmation', async () => {
    h = await openApp('#/settings');
    const { page } = h;
    await page.getByLabel('Company name').fill('Ștefan Țăranu SRL');
    await page.getByLabel('Base currency').fill('RON');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Company profile saved.').waitFor();
    await page.reload();
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe('Ștefan Țăranu SRL');

    await page.goto(`${h.url}index.html#/today`);
    await loadSample(page);
    await page.goto(`${h.url}index.html#/settings`);
    await page.getByRole('button', { name: 'Delete all data…' }).click();
    const del = page.getByRole('button', { name: 'Delete', exact: true });
    await expect(del.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Confirmation').fill('DELETE');
    await del.click();
    await page.getByText('All data deleted.').waitFor();
    await page.goto(`${h.url}index.html#/today`);
    await page.getByRole('heading', { name: 'Welcome to Overdue' }).waitFor();
    await expect(page.getByRole('button', { name: /load sample data/i }).isEnabled()).resolves.toBe(true);
  });

  it('speaks the language chosen in the profile, with its number formats, after a reload too', async () => {
    h = await openApp('#/settings');
    const { page } = h;
    await page.getByLabel('Company name').fill('Rossi S.r.l.');
    await page.getByLabel('Language').selectOption('it');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('link', { name: 'Fatture' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('it');
    await page.reload();
    await page.getByRole('link', { name: 'Fatture' }).waitFor();
    await page.getByRole('link', { name: 'Oggi' }).click();
    await page.getByRole('button', { name: /dati di esempio/i }).click();
    await page.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor();
    // Italian money: dots between thousands, a decimal comma, the currency after.
    await page.getByRole('link', { name: 'Oggi' }).click();
    await expect(page.locator('.stat .big').first().textContent()).resolves.toMatch(
      /^\d{1,3}(\.\d{3})+,\d{2}\s\S+$/,
    );

    await page.goto(`${h.url}index.html#/settings`);
    await page.getByLabel('Lingua').selectOption('ro');
    await page.getByRole('button', { name: 'Salva profilo' }).click();
    await page.getByRole('link', { name: 'Setări' }).waitFor();
    await expect(page.getByRole('link', { name: 'Clienți' }).isVisible()).resolves.toBe(true);
    expect(h.pageErrors).toEqual([]);
  });
});
