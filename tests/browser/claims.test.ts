// Issue #9 acceptance: an invoice paid late still shows the interest to its payment and the fixed
// compensation as claimable; the interest can be charged as a claim of its own, which then appears in
// the customer's statement. Expected values are computed here by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** Text of an amount as the page shows it (en-GB), in minor units. */
const minor = (text: string | null): number => Math.round(Number((text ?? '').replace(/[^\d.-]/g, '')) * 100);

describe('interest and compensation on an invoice paid late', () => {
  it('stays claimable after the payment, can be charged as a claim, and the claim is in the statement', async () => {
    h = await openApp('#/import');
    const { page, url } = h;
    await page.getByTestId('as-of').fill('2026-03-31');
    await page.getByTestId('as-of').dispatchEvent('change');
    await page
      .getByTestId('import-file')
      .setInputFiles(resolve(import.meta.dirname, '../fixtures/browser/fatture.csv'));
    await page.getByRole('button', { name: /Import 4 rows/ }).click();
    await page.getByTestId('import-done').waitFor();

    // FT-2026-003, EUR 488.00 due 03/03/2026, paid in full on 10/03/2026: 7 days late.
    await page.goto(`${url}index.html#/payments`);
    const payments = page.getByRole('grid', { name: 'Payments' });
    const newRow = (col: string) => payments.locator(`[data-new-row] [data-col="${col}"]`);
    for (const [col, text] of [
      ['date', '10/03/2026'],
      ['customer', 'Caffè Perù S.r.l.'],
      ['amount', '488,00'],
      ['invoices', 'FT-2026-003'],
    ]) {
      await newRow(col!).click();
      await page.keyboard.type(text!);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => payments.getAttribute('data-filtered-count')).toBe('1');

    // 04/03…10/03: 7 days at ECB 2026-H1 2.15 % + 8 pp = 10.15 %, act/365:
    // 488.00 × 10.15 % × 7 / 365 = 0.9499… → 0.95. Compensation: EUR 40 (business debtor).
    const interest = Math.round((48800 * 10.15 * 7) / 100 / 365);
    expect(interest).toBe(95);

    await page.goto(`${url}index.html#/invoices?q=FT-2026-003`);
    const row = page.locator('[role="grid"] [role="row"][data-key]').filter({ hasText: 'FT-2026-003' });
    await expect.poll(() => row.locator('[data-col="claimable"]').textContent()).toMatch(/40\.95/);
    await row.getByRole('button', { name: 'Open' }).click();
    const detail = page.getByTestId('invoice-detail');
    await detail.waitFor();
    expect(minor(await page.getByTestId('detail-open').textContent())).toBe(0);
    expect(await page.getByTestId('claim-days-late').textContent()).toBe('7');
    expect(minor(await page.getByTestId('claim-interest').textContent())).toBe(interest);
    expect(minor(await page.getByTestId('claim-compensation').textContent())).toBe(4000);
    await expect(page.getByTestId('governing-law').textContent()).resolves.toMatch(/law/);

    // Charged as a claim: nothing claimable left for interest, and the invoice's balance is the claim.
    await page.getByTestId('charge-interest').click();
    await expect.poll(async () => minor(await page.getByTestId('detail-open').textContent())).toBe(interest);
    await expect.poll(() => page.getByTestId('claim-interest').textContent()).toMatch(/charged/);
    expect(minor((await page.getByTestId('claim-interest').textContent())!.split('·')[0]!)).toBe(0);

    // The customer's statement lists the claim as a fee, and the compensation still claimable.
    await detail.getByRole('button', { name: 'Caffè Perù S.r.l.' }).click();
    const statement = page.getByTestId('statement');
    await statement.waitFor();
    const fee = statement.locator('tbody tr').filter({ hasText: 'Fee' });
    await expect(fee.textContent()).resolves.toMatch(/0\.95/);
    expect(minor(await page.getByTestId('statement-closing').textContent())).toBe(interest);
    expect(minor(await page.getByTestId('statement-claimable').locator('dd').textContent())).toBe(4000);
  });
});
