// Issue 13 in the browser: the trait fixtures dropped on the Import page import as they are, several
// files chosen at once all arrive, and a statement with a pending line, continuation lines and a D/C
// column is matched to the invoices it pays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openApp, storedRecords, type Harness } from './harness';

const traits = resolve(import.meta.dirname, '../fixtures/csv/traits');
const browserFixture = (name: string) => resolve(import.meta.dirname, '../fixtures/browser', name);
const files = readdirSync(traits)
  .filter((f) => f.endsWith('.csv'))
  .sort();

let h: Harness;
beforeAll(async () => {
  h = await openApp('#/import');
});
afterAll(async () => {
  await h.close();
});

describe('trait fixtures through the Import page', () => {
  it.each(files)('%s imports without remapping and without a refused row', async (file) => {
    const { page } = h;
    await page.goto(`${h.url}index.html#/import`);
    await page.getByTestId('import-file').setInputFiles(join(traits, file));
    const session = page.getByTestId('import-session').last();
    await session.getByTestId('import-counts').waitFor();
    await expect(session.getByTestId('import-errors').count()).resolves.toBe(0);
    const button = session.getByRole('button', { name: /^Import \d+ rows?$/ });
    await expect(button.isDisabled()).resolves.toBe(false);
    await button.click();
    await session.getByTestId('import-done').waitFor();
    expect(h.pageErrors).toEqual([]);
  });

  it('takes every file chosen at once in the picker', async () => {
    const fresh = await openApp('#/import');
    try {
      const { page } = fresh;
      await page
        .getByTestId('import-file')
        .setInputFiles([join(traits, 'wide-rows.csv'), join(traits, 'continuation.csv')]);
      const sessions = page.getByTestId('import-session');
      await sessions.nth(1).getByTestId('import-counts').waitFor();
      await expect(sessions.count()).resolves.toBe(2);
      await expect(sessions.nth(0).textContent()).resolves.toMatch(/wide-rows\.csv/);
      await expect(sessions.nth(1).textContent()).resolves.toMatch(/continuation\.csv/);
    } finally {
      await fresh.close();
    }
  });
});

describe('a statement without a currency column', () => {
  it('is read in the currency the user names, not always the company’s', async () => {
    const fresh = await openApp('#/import');
    try {
      const { page } = fresh;
      await page.getByTestId('import-file').setInputFiles(join(traits, 'short-preamble.csv'));
      const session = page.getByTestId('import-session').last();
      await session.getByTestId('import-counts').waitFor();
      const amount = () =>
        session.getByTestId('import-preview').locator('tbody tr td.num').first().innerText();
      // The company's currency first (euro here), then the one chosen.
      await expect.poll(amount).toContain('€');
      await session.getByTestId('import-currency').selectOption('RON');
      await expect.poll(amount).toMatch(/RON/);
      await session.getByRole('button', { name: /^Import \d+ rows?$/ }).click();
      await session.getByTestId('import-done').waitFor();
      // Stored so: the bank line waits for matching in lei.
      const stored = (await storedRecords<{ amount: number; currency: string }>(page, 'bankLines')).map(
        (l) => [l.amount, l.currency],
      );
      expect(stored).toEqual([[122000, 'RON']]);
      expect(fresh.pageErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

describe('a statement with a pending line, continuation lines and a D/C column', () => {
  it('imports the booked incoming lines and matches them to the invoices they pay', async () => {
    const other = await openApp('#/import');
    try {
      const { page } = other;
      await page.getByTestId('import-file').setInputFiles(browserFixture('fatture.csv'));
      await page.getByRole('button', { name: /Import 4 rows/ }).click();
      await page.getByTestId('import-done').waitFor();

      await page.getByTestId('import-file').setInputFiles(join(traits, 'statement-pending-dc.csv'));
      const session = page.getByTestId('import-session').nth(1);
      await session.getByTestId('import-counts').waitFor();
      await expect(session.getByTestId('import-counts').textContent()).resolves.toMatch(
        /^2 new.*1 outgoing payment ignored/,
      );
      await expect(session.getByTestId('import-note').first().textContent()).resolves.toMatch(
        /1 transaction is not yet booked \(pending\)/,
      );
      await session.getByRole('button', { name: /Import 2 rows/ }).click();
      await session.getByTestId('import-done').waitFor();

      await page.goto(`${other.url}index.html#/payments`);
      const panel = page.getByTestId('bank-match');
      await panel.waitFor();
      const rowFor = (line: number) => panel.locator(`tr[data-line="${line}"]`);
      // Line 3 carries its continuation lines in its text; the D/C column made the fee outgoing.
      await expect(rowFor(3).textContent()).resolves.toMatch(/FT-2026-001/);
      await expect(rowFor(7).textContent()).resolves.toMatch(/FT-2026-002/);
      await expect(panel.locator('tbody tr').count()).resolves.toBe(2);
      await panel.getByRole('button', { name: /Confirm 2 matches/ }).click();
      await page.getByText('2 payments recorded and allocated.').waitFor();

      await page.goto(`${other.url}index.html#/invoices`);
      const open = async (number: string) =>
        (
          await page.locator('[role="row"]', { hasText: number }).locator('[data-col="open"]').textContent()
        )?.trim();
      await expect(open('FT-2026-001')).resolves.toMatch(/0\.00/);
      await expect(open('FT-2026-002')).resolves.toMatch(/0\.00/);
      // The pending transfer for FT-2026-003 was left for a later statement.
      await expect(open('FT-2026-003')).resolves.toMatch(/488\.00/);
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
