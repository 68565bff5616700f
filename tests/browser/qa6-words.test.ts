// A Romanian and an Italian bookkeeper see their own words and figures where codes, English forms and
// cramped buttons showed: letter languages by name with column headers, a promise's state set apart,
// payment terms and a credit limit in the language's form, rates with a decimal comma, a table's name
// opening its sentence with a capital, and Today's row buttons each on one line.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSample, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** The sample data, loaded with the first-visit button in the interface language. */
const sample = (page: Page, button: string) => loadSample(page, button, 60_000);

async function customerKey(page: Page, url: string, name: string): Promise<string> {
  await page.goto(url + 'index.html#/customers');
  const row = page.locator('[role=row][data-key]').filter({ hasText: name }).first();
  return (await row.getAttribute('data-key', { timeout: 10_000 })) ?? '';
}

describe('Romanian and Italian words and forms a bookkeeper notices', () => {
  it('Romanian: Letters name the letter language and head their columns; Today’s buttons fit', async () => {
    h = await openApp('', { locale: 'ro-RO' });
    const { page } = h;
    await sample(page, 'Încarcă date demonstrative');

    await page.goto(h.url + 'index.html#/letters');
    await page.getByTestId('letter-customer').first().waitFor({ timeout: 10_000 });
    const list = page.getByTestId('letters-page').locator('table');
    const heads = (await list.locator('thead th').allTextContents()).map((s) => s.trim());
    expect(heads).toEqual([
      'Alegeți',
      'Client',
      'Limba scrisorii',
      'Restant',
      'Facturi restante',
      'Următorul contact',
    ]);
    const languages = new Set(
      (await list.locator('tbody tr td:nth-child(3)').allTextContents()).map((s) => s.trim()),
    );
    // The sample has Romanian and Danish customers: named, never 'RO' / 'DA'.
    expect(languages.has('Română')).toBe(true);
    expect(languages.has('Daneză')).toBe(true);
    for (const l of languages) expect(l).not.toMatch(/^[A-Z]{2}$/);
    const language = page.getByTestId('template-language');
    await expect(language.locator('option:checked').textContent()).resolves.toBe('Română');
    expect(await page.locator('.editor').textContent()).toContain(
      'Șablon pentru Notificare de plată în română',
    );

    await page.goto(h.url + 'index.html#/today');
    const call = page.getByRole('button', { name: 'Înregistrează apelul' }).first();
    await call.waitFor({ timeout: 10_000 });
    // The long label stays on one line: as tall as the short "Amână" beside it, and not cut.
    const size = (name: string) =>
      page
        .getByRole('button', { name, exact: true })
        .first()
        .evaluate((b) => ({ h: b.getBoundingClientRect().height, sw: b.scrollWidth, cw: b.clientWidth }));
    const long = await size('Înregistrează apelul');
    const short = await size('Amână');
    expect(Math.abs(long.h - short.h)).toBeLessThan(2);
    expect(long.sw).toBeLessThanOrEqual(long.cw);
    expect(h.pageErrors).toEqual([]);
  });

  it('Italian: terms, credit limit, rates and a promise’s state in Italian forms', async () => {
    h = await openApp('', { locale: 'it-IT' });
    const { page } = h;
    await sample(page, 'Carica dati di esempio');

    // Rossi Costruzioni (sample): terms 2/10 net 30, credit limit 21,000.00 EUR.
    const key = await customerKey(page, h.url, 'Rossi Costruzioni');
    await page.goto(h.url + `index.html#/customers/${key}`);
    const terms = page.getByTestId('customer-terms');
    await expect
      .poll(() => terms.inputValue(), { timeout: 10_000 })
      .toBe('sconto 2% entro 10 giorni, 30 giorni data fattura');
    // The whole text shows: the field wraps instead of cutting it.
    const cut = await terms.evaluate((el) => el.scrollHeight > el.clientHeight + 2);
    expect(cut).toBe(false);
    const profile = page.locator('form.profile');
    const limit = profile.getByLabel('Fido', { exact: true });
    await expect(limit.inputValue()).resolves.toBe('21.000,00');
    // Saved untouched, nothing changes and nothing is refused.
    await profile.getByRole('button', { name: 'Salva', exact: true }).click();
    await page.waitForTimeout(300);
    expect(await page.locator('.profile .error-text').count()).toBe(0);
    await expect(limit.inputValue()).resolves.toBe('21.000,00');
    // A new limit typed the Italian way is read as 25,000.00.
    await limit.fill('25.000,50');
    await profile.getByRole('button', { name: 'Salva', exact: true }).click();
    await expect.poll(() => limit.inputValue(), { timeout: 5_000 }).toBe('25.000,50');
    expect(await page.locator('.profile .error-text').count()).toBe(0);

    // A promise's state is a word apart from its date: "… entro il 01/12/2026 (Non mantenuta)".
    const timeline = (await page.getByTestId('timeline').textContent()) ?? '';
    expect(timeline).toMatch(/\d{2}\/\d{2}\/\d{4} \((Non mantenuta|Mantenuta)\)/);
    expect(timeline).not.toMatch(/\d\((Non mantenuta|Mantenuta)\)/);

    await page.goto(h.url + 'index.html#/invoices');
    await page
      .locator('[role=row][data-key]')
      .filter({ hasText: '2026/1012' })
      .first()
      .locator('button.open')
      .click({ timeout: 10_000 });
    const detail = page.locator('dl').filter({ hasText: 'Scadenza' }).first();
    await detail.waitFor();
    const due = (await detail.textContent()) ?? '';
    expect(due).toContain('(sconto 2% entro 10 giorni, 30 giorni data fattura)');
    expect(due.match(/30 giorni data fattura/g)?.length).toBe(1);
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).toContain('Tasso BCE: 2,40% dal 01/07/2026 non confermato');

    await page.goto(h.url + 'index.html#/settings');
    // The latest rate's field in the table (the new rate's field above it is empty).
    const rate = page.locator('tbody input.rate').first();
    await rate.waitFor({ timeout: 10_000 });
    // As the rate reads elsewhere ("2,40%"), two decimals at least, so the rates line up.
    await expect(rate.inputValue()).resolves.toBe('2,40');
    expect(h.pageErrors).toEqual([]);
  });
});
