// Exports of real banks and invoicing tools (tests/fixtures/csv/formats) dropped on the Import page as a
// user in the US drops them: a statement whose dates all read both ways is read month first, and an
// aging report's group headings and totals are no problems. (The formats one by one: tests/csv/formats.test.ts.)
import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openApp, storedRecords, type Harness } from './harness';

const formats = (name: string) => resolve(import.meta.dirname, '../fixtures/csv/formats', name);

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('US exports on the Import page in US English', () => {
  it("reads Chase's statement of early March month first, the ACH payer named", async () => {
    h = await openApp('#/import', { locale: 'en-US' });
    const { page } = h;
    await page.getByTestId('import-file').setInputFiles(formats('bank-us-chase.csv'));
    const session = page.getByTestId('import-session').last();
    await session.getByTestId('import-counts').waitFor();
    await expect(session.getByRole('radio', { name: 'Bank statement' }).isChecked()).resolves.toBe(true);
    await session.getByRole('button', { name: /^Import 2 rows$/ }).click();
    await session.getByTestId('import-done').waitFor();
    const lines = await storedRecords<{ date: string; amount: number; counterparty: string }>(
      page,
      'bankLines',
    );
    expect(lines.map((l) => [l.date, l.amount, l.counterparty]).sort()).toEqual([
      ['2026-03-05', 122000, 'ACME CORP'],
      ['2026-03-09', 80000, ''],
    ]);
    expect(h.pageErrors).toEqual([]);
  });

  it("imports QuickBooks' A/R aging detail without a problem: its buckets' headings and totals are left out", async () => {
    h = await openApp('#/import', { locale: 'en-US' });
    const { page } = h;
    await page.getByTestId('import-file').setInputFiles(formats('inv-us-quickbooks-ar-aging.csv'));
    const session = page.getByTestId('import-session').last();
    await session.getByTestId('import-counts').waitFor();
    await expect(session.getByTestId('import-errors').count()).resolves.toBe(0);
    await session.getByRole('button', { name: /^Import 3 rows$/ }).click();
    await session.getByTestId('import-done').waitFor();
    // 1040's paid part (1,000.00 of 2,500.00) as a payment.
    await expect(session.textContent()).resolves.toMatch(
      /Imported 3 rows: 3 invoices, 3 customers, 1 payment/,
    );
    expect(h.pageErrors).toEqual([]);
  });
});
