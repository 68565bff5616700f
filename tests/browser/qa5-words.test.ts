// An Italian and a Romanian bookkeeper see their own words where English codes and plurals leaked:
// the word that confirms deleting everything, countries by name, the countback DSO, the import's
// date formats, and "1 problema" / "1 fattura" in the singular.
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

const cells = async (page: Page, col: string): Promise<Set<string>> =>
  new Set((await page.locator(`[role=gridcell][data-col="${col}"]`).allTextContents()).map((s) => s.trim()));

describe('Italian and Romanian words where codes and English leaked', () => {
  it('Italian: ELIMINA, Italia, DSO (metodo a ritroso), gg/mm/aaaa, 1 problema, 1 fattura', async () => {
    h = await openApp('', { locale: 'it-IT' });
    const { page } = h;
    await sample(page, 'Carica dati di esempio');

    await page.goto(h.url + 'index.html#/customers');
    await page.locator('[role=gridcell][data-col="country"]').first().waitFor();
    const countries = await cells(page, 'country');
    expect(countries.has('Italia')).toBe(true);
    expect(countries.has('IT')).toBe(false);
    // An Italian customer's page names its country and letter language, not 'IT' and 'it'.
    const italian = page
      .locator('[role=row][data-key]')
      .filter({ has: page.locator('[data-col="country"]', { hasText: 'Italia' }) })
      .first();
    const key = await italian.getAttribute('data-key', { timeout: 5_000 });
    await page.goto(h.url + `index.html#/customers/${key}`);
    const shown = (label: string) =>
      page
        .locator('label', { hasText: label })
        .locator('select')
        .first()
        .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text, undefined, { timeout: 5_000 });
    await expect.poll(() => shown('Paese'), { timeout: 5_000 }).toBe('Italia');
    await expect(shown('Lingua')).resolves.toBe('Italiano');

    await page.goto(h.url + 'index.html#/dashboard');
    await page.getByTestId('kpi-dso').waitFor();
    const kpis = await page.getByTestId('kpis').textContent();
    expect(kpis).toContain('DSO (metodo a ritroso)');
    expect(kpis).not.toMatch(/countback/i);

    await page.goto(h.url + 'index.html#/settings');
    const country = page.locator('select[name=country]');
    await expect(country.locator('option:checked').textContent()).resolves.toBe('Italia');
    await page.getByRole('button', { name: 'Elimina tutti i dati…' }).click();
    const zone = page.locator('.danger-zone');
    expect(await zone.textContent()).toContain('Digitare ELIMINA per confermare');
    expect(await zone.textContent()).not.toContain('DELETE');
    const remove = zone.getByRole('button', { name: 'Elimina', exact: true });
    await zone.getByLabel('Conferma', { exact: true }).fill('DELETE');
    expect(await remove.isDisabled()).toBe(true);
    await zone.getByLabel('Conferma', { exact: true }).fill('elimina');
    expect(await remove.isDisabled()).toBe(false);

    await page.goto(h.url + 'index.html#/import');
    const file =
      'Numero fattura;Cliente;Data fattura;Scadenza;Importo;Valuta\n' +
      'QA5-1;Verdi Arredi S.r.l.;15/01/2026;14/02/2026;1.220,00;EUR\n' +
      'QA5-2;Verdi Arredi S.r.l.;45/13/2026;14/02/2026;100,00;EUR\n';
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'fatture-qa5.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    const session = page.getByTestId('import-session');
    await session.getByTestId('import-errors').waitFor();
    expect(await session.getByTestId('import-errors').locator('strong').textContent()).toBe('1 problema');
    const formats = await session.getByLabel('Formato data').locator('option').allTextContents();
    expect(formats).toContain('31/12/2026 (gg/mm/aaaa)');
    expect(formats).toContain('2026-12-31 (aaaa-mm-gg)');
    expect(formats.join(' ')).not.toMatch(/yyyy/);

    await session.getByLabel('Salta le righe con problemi e importa le altre').check();
    await session.getByRole('button', { name: /^Importa 1 / }).click();
    await session.getByTestId('import-done').waitFor();
    // The row written, not the file's two; the bad one said apart.
    expect(await session.getByTestId('import-done').textContent()).toContain(
      'Importata 1 riga: 1 fattura, 1 cliente, 0 incassi. 1 riga con problemi è stata esclusa.',
    );
    // The history says the file's two rows as rows, and what became of them: the invoice, its new
    // customer, the row left out.
    const history = page.getByTestId('import-history').locator('tbody tr').first();
    expect(await history.getByTestId('history-rows').textContent()).toBe('2 righe di dati');
    expect(await history.getByTestId('history-result').textContent()).toBe(
      '1 fattura aggiunta, 1 nuovo cliente, 1 riga esclusa',
    );
    expect(h.pageErrors).toEqual([]);
  });

  it('Romanian: ȘTERGE, România, DSO (retroactiv), zz/ll/aaaa', async () => {
    h = await openApp('', { locale: 'ro-RO' });
    const { page } = h;
    await sample(page, 'Încarcă date demonstrative');

    await page.goto(h.url + 'index.html#/customers');
    await page.locator('[role=gridcell][data-col="country"]').first().waitFor();
    const countries = await cells(page, 'country');
    expect(countries.has('România')).toBe(true);
    expect(countries.has('RO')).toBe(false);

    await page.goto(h.url + 'index.html#/dashboard');
    await page.getByTestId('kpi-dso').waitFor();
    expect(await page.getByTestId('kpis').textContent()).toContain('DSO (retroactiv)');
    // What DSO and CEI stand for shows on hover, in Romanian.
    const hints = await page
      .getByTestId('kpis')
      .locator('abbr')
      .evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
    expect(hints).toHaveLength(3);
    expect(hints[0]).toMatch(/^Durata medie de încasare \(DSO\): câte zile/);
    expect(hints[2]).toMatch(/^Indicele de eficiență a încasării \(CEI\)/);

    await page.goto(h.url + 'index.html#/settings');
    // The sample's seller is of the browser's country, as the start screen said (Romania, RON); the
    // countries by their Romanian names.
    const option = (code: string) => page.locator(`select[name=country] option[value=${code}]`).textContent();
    await expect(page.locator('select[name=country] option:checked').textContent()).resolves.toBe('România');
    await expect(page.locator('input[name=baseCurrency]').inputValue()).resolves.toBe('RON');
    await expect(option('IT')).resolves.toBe('Italia');
    await expect(option('HU')).resolves.toBe('Ungaria');
    await page.getByRole('button', { name: 'Șterge toate datele…' }).click();
    const zone = page.locator('.danger-zone');
    expect(await zone.textContent()).toContain('ȘTERGE');
    await zone.getByLabel('Confirmare', { exact: true }).fill('sterge');
    expect(await zone.getByRole('button', { name: 'Șterge', exact: true }).isDisabled()).toBe(false);

    await page.goto(h.url + 'index.html#/import');
    await page.getByTestId('import-file').setInputFiles({
      name: 'facturi.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Număr factură,Client,Data facturii,Suma\nRO-1,Brutăria Ionescu,10/01/2026,100.00\n',
      ),
    });
    const choice = page.getByTestId('import-session').getByLabel('Formatul datei');
    await choice.locator('option').last().waitFor({ state: 'attached' });
    const formats = await choice.locator('option').allTextContents();
    expect(formats).toContain('31/12/2026 (zz/ll/aaaa)');
    expect(h.pageErrors).toEqual([]);
  });
});
