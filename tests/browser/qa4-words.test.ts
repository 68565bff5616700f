// The Activity and Customers grids of an Italian bookkeeper show Italian words, not stored codes.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const columnTexts = (h: Harness, col: string) =>
  h.page.locator(`[role=gridcell][data-col="${col}"]`).allTextContents();

describe('grids in Italian', () => {
  it('Activity kinds and Customers debtor, credit hold and terms read as Italian words', async () => {
    h = await openApp('', { locale: 'it-IT' });
    const { page } = h;
    await page.getByRole('button', { name: 'Carica dati di esempio' }).click();
    await page.waitForURL(/#\/invoices/, { timeout: 30_000 });

    await page.goto(h.url + 'index.html#/activity');
    await page.locator('[role=gridcell][data-col="kind"]').first().waitFor();
    const kinds = new Set((await columnTexts(h, 'kind')).map((s) => s.trim()));
    expect(kinds.has('Telefonata') || kinds.has('Lettera')).toBe(true);
    for (const code of ['letter', 'call', 'promise', 'dispute']) expect(kinds.has(code)).toBe(false);

    await page.goto(h.url + 'index.html#/customers');
    await page.locator('[role=gridcell][data-col="debtor"]').first().waitFor();
    const debtors = new Set((await columnTexts(h, 'debtor')).map((s) => s.trim()));
    expect(debtors.has('Impresa (B2B)')).toBe(true);
    expect(debtors.has('business')).toBe(false);
    const holds = new Set((await columnTexts(h, 'creditHold')).map((s) => s.trim()));
    expect([...holds].every((s) => s === 'sì' || s === 'no')).toBe(true);
    const terms = (await columnTexts(h, 'terms')).join(' | ');
    expect(terms).not.toMatch(/\b(net|days|end of month)\b/);
    expect(terms).toMatch(/giorni/);
  });
});
