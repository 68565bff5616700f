// The interface in Romanian, looked at where English used to leak: an invoice with interest, a customer
// page, a bank match and an import with row errors. Every panel's text is searched for English words
// that Romanian does not have (the user's own data here is Romanian or Italian).
import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/browser', name);

// English words of the interface's kind (statuses, reasons, errors, labels) that are not Romanian words.
const ENGLISH = [
  'the',
  'not',
  'with',
  'invoice',
  'invoices',
  'payment',
  'payments',
  'customer',
  'customers',
  'interest',
  'overdue',
  'days',
  'paid',
  'amount',
  'balance',
  'reminder',
  'from',
  'this',
  'was',
  'has',
  'have',
  'will',
  'cannot',
  'please',
  'error',
  'matched',
  'unmatched',
  'reason',
  'settings',
  'today',
  'undo',
  'redo',
  'open',
  'found',
  'missing',
  'required',
  'should',
  'must',
  'line',
  'column',
  'because',
  'until',
  'fee',
  'fees',
  'claim',
  'statutory',
  'compensation',
  'behaviour',
  'chronic',
  'reliable',
  'promise',
  'dispute',
  'none',
  'match',
  'more',
  'less',
  'each',
  'when',
  'which',
  'where',
  'there',
  'their',
  'its',
  'is',
  'by',
  'on',
  'of',
  'and',
  'for',
  'to',
  'at',
  'or',
  'be',
  'appears',
  'twice',
  'unknown',
  'currency',
  'date',
  'number',
  'name',
  'rows',
  'row',
  'skip',
  'import',
  'new',
].filter((w) => !['date', 'import'].includes(w)); // Romanian has these two words too
const WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(${ENGLISH.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

async function englishIn(page: Page, selector: string): Promise<string[]> {
  // "Overdue" with its capital is the app's name, not a word to translate.
  const text = (await page.locator(selector).first().innerText()).replace(/\bOverdue\b/g, '');
  const hits: string[] = [];
  for (const m of text.matchAll(WORDS)) {
    const at = m.index ?? 0;
    hits.push(`"${m[0]}" in …${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}…`);
  }
  return hits;
}

async function toRomanian(page: Page): Promise<void> {
  await page.getByLabel('Company name').fill('Ionescu Consult SRL');
  await page.getByLabel('Language').selectOption('ro');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByRole('link', { name: 'Setări' }).waitFor();
}

describe('the interface in Romanian', () => {
  it('shows an invoice with interest and a customer page without an English word', async () => {
    h = await openApp('#/settings');
    const { page } = h;
    await toRomanian(page);
    await page.goto(`${h.url}index.html#/today`);
    await page.getByRole('button', { name: 'Încarcă date demonstrative' }).click();
    await page.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor({ timeout: 60_000 });
    await page.waitForURL(/#\/invoices/);
    // A Romanian customer's unpaid invoice, the oldest first: it has interest.
    await page.getByRole('searchbox').first().fill('Brutăria Ionescu');
    const row = page.locator('[role="grid"] [role="row"][data-key]').first();
    await row.waitFor();
    await row.locator('button').first().click();
    await page.getByTestId('invoice-detail').waitFor();
    await page.getByTestId('interest-total').waitFor();
    expect(await englishIn(page, '[data-testid="invoice-detail"]')).toEqual([]);

    await page.goto(`${h.url}index.html#/customers`);
    await page.getByRole('searchbox').first().fill('Brutăria Ionescu');
    const customer = page.locator('[role="grid"] [role="row"][data-key]').first();
    await customer.waitFor();
    await page.goto(`${h.url}index.html#/customers/${await customer.getAttribute('data-key')}`);
    await page.getByRole('heading', { level: 1, name: 'Brutăria Ionescu' }).waitFor();
    expect(await englishIn(page, 'main.page')).toEqual([]);
    expect(await englishIn(page, 'header')).toEqual([]);
    // Put on credit hold: the contact log says so, in Romanian, as a note of its own.
    await page.locator('input[name="hold"]').check();
    await expect
      .poll(() => page.getByTestId('timeline').locator('li').first().innerText())
      .toMatch(/Notă\s+credit blocat/);
    // The customer's own form, with nothing typed in it, shows the hold too (it kept the old record).
    await expect
      .poll(() => page.getByLabel('Blocaj de credit (oprirea livrărilor pe credit)').isChecked())
      .toBe(true);
    expect(await englishIn(page, 'main.page')).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });

  it('explains row errors and bank matches without an English word', async () => {
    h = await openApp('#/settings');
    const { page } = h;
    await toRomanian(page);
    await page.goto(`${h.url}index.html#/import`);
    const bad =
      'Număr factură,Client,Data facturii,Scadența,Suma,Moneda\n' +
      'RO-1,Brutăria Ionescu,2026-01-10,2026-02-09,100.00,RON\n' +
      'RO-2,Brutăria Ionescu,2026-13-45,2026-02-09,100.00,RON\n' +
      'RO-3,,2026-01-12,2026-02-11,abc,XYZ\n' +
      'RO-1,Brutăria Ionescu,2026-01-10,2026-02-09,100.00,RON\n';
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'facturi.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByTestId('import-errors').waitFor();
    expect(await englishIn(page, '[data-testid="import-session"]')).toEqual([]);

    // A fresh page: the refused file's session is gone.
    await page.reload();
    await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
    await page.getByTestId('import-session').getByRole('button', { name: /\d/ }).last().click();
    await page.getByTestId('import-done').waitFor();
    await page.getByTestId('import-file').setInputFiles(fixture('estratto-conto.csv'));
    const second = page.getByTestId('import-session').nth(1);
    await second.getByTestId('import-counts').waitFor();
    await second.getByRole('button', { name: /\d/ }).last().click();
    await second.getByTestId('import-done').waitFor();
    await page.goto(`${h.url}index.html#/payments`);
    const panel = page.getByTestId('bank-match');
    await panel.locator('tr[data-line]').first().waitFor();
    expect(await englishIn(page, '[data-testid="bank-match"]')).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
