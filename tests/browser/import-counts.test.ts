// What the import page counts and shows: credit notes beside the invoices in the preview and the
// result, and a file that would write nothing offers no import and says why.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('the import preview counts what it will write', () => {
  it('lists and counts the credit notes of an invoice list, in the preview and in the result', async () => {
    h = await openApp('#/import');
    const { page } = h;
    // The tester's credit_notes.csv.
    const file =
      'Invoice no,Customer,Invoice date,Due date,Amount,Currency\n' +
      'K-1,Kred Co,2026-01-10,2026-02-09,500.00,GBP\n' +
      'K-2,Kred Co,2026-01-12,2026-02-11,-200.00,GBP\n' +
      'K-3,Kred Co,2026-01-13,2026-02-12,(50.00),GBP\n';
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'credit_notes.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    const session = page.getByTestId('import-session');
    await session.getByTestId('import-counts').waitFor();
    expect(await session.getByTestId('import-counts').textContent()).toMatch(
      /^\s*3 new \(1 invoice, 2 credit notes\), 0 to update/,
    );
    const rows = await session
      .getByTestId('import-preview')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
      );
    expect(rows.map((r) => [r[0], r[1], r[4]])).toEqual([
      ['K-1', 'Kred Co', '£500.00'],
      ['K-2 credit note', 'Kred Co', '-£200.00'],
      ['K-3 credit note', 'Kred Co', '-£50.00'],
    ]);
    await session.getByRole('button', { name: 'Import 3 rows' }).click();
    await session.getByTestId('import-done').waitFor();
    expect((await session.getByTestId('import-done').textContent())!.trim()).toBe(
      'Imported 3 rows: 1 invoice, 2 credit notes, 1 customer, 0 payments.',
    );
    expect(h.pageErrors).toEqual([]);
  });

  it('offers no import of a file whose every row is a draft, and says why beside the button', async () => {
    h = await openApp('#/import');
    const { page } = h;
    // As the shared fixture's Zoho export: every invoice a draft.
    const file =
      'Invoice Date,Invoice Number,Invoice Status,Customer Name,Due Date,Currency Code,Total\n' +
      '2021-01-28,INV-000001,Draft,Highlander,2021-01-28,USD,489.75\n' +
      '2021-01-29,INV-000002,Draft,Highlander,2021-02-28,USD,120.00\n' +
      '2021-01-30,INV-000003,Draft,Lowlander,2021-03-01,USD,75.50\n';
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'zoho-drafts.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    const session = page.getByTestId('import-session');
    await session.getByTestId('import-nothing').waitFor();
    expect((await session.getByTestId('import-nothing').textContent())!.trim()).toBe(
      'Nothing to import: 3 draft, void or cancelled invoices left out.',
    );
    const button = session.getByRole('button', { name: 'Import 0 rows' });
    expect(await button.isDisabled()).toBe(true);
    // Read out with the button: its description is the reason.
    const described = await button.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).getAttribute('data-testid')).toBe('import-nothing');
    expect(h.pageErrors).toEqual([]);
  });
});
