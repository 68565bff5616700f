// The app opened over plain http from another machine (a static folder served on the office network):
// not a secure context, so the browser gives no crypto.subtle. An import (its file's fingerprint) and a
// backup (its checksum) still work, and the backup restores.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('served over plain http from another host', () => {
  it('imports a file, refuses it the second time, and makes a backup that restores', async () => {
    h = await openApp('#/import', { hostName: 'overdue.office.example' });
    const { page } = h;
    expect(await page.evaluate(() => [window.isSecureContext, typeof crypto.subtle])).toEqual([
      false,
      'undefined',
    ]);
    const file = {
      name: 'lan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Invoice no,Customer,Invoice date,Due date,Amount,Currency\n' +
          'L-1,Lan Srl,2026-01-10,2026-02-09,500.00,EUR\n' +
          'L-2,Lan Srl,2026-01-12,2026-02-11,200.00,EUR\n',
      ),
    };
    await page.getByTestId('import-file').setInputFiles(file);
    const session = page.getByTestId('import-session');
    await session.getByRole('button', { name: /Import 2 rows/ }).click();
    await session.getByTestId('import-done').waitFor();
    await page.getByTestId('status-invoices').filter({ hasText: '2' }).waitFor();

    // The same file again is known by its fingerprint (SHA-256 of its bytes).
    await page.getByTestId('import-file').setInputFiles(file);
    await page
      .getByTestId('import-session')
      .last()
      .filter({ hasText: /This same file was already imported on/ })
      .waitFor();

    // A backup carries a checksum of what it holds, and restores.
    await page.goto(`${h.url}index.html#/settings`);
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup', exact: true }).click(),
    ]);
    const path = await dl.path();
    const backup = JSON.parse(await readFile(path, 'utf8')) as { checksum: string };
    expect(backup.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    // Restored into an emptied browser, its checksum is checked, and the two invoices come back.
    await page.getByRole('button', { name: 'Delete all data…' }).click();
    await page.getByLabel('Confirmation').fill('DELETE');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('All data deleted.').waitFor();
    await page.getByLabel('Restore from backup…').setInputFiles(path);
    await page.getByText(/^Backup restored: 2 invoices, 1 customers?\.$/).waitFor();
    await page.getByTestId('status-invoices').filter({ hasText: '2' }).waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
