import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { loadSample, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

function count(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

async function counts(page: Page): Promise<{ invoices: number; customers: number }> {
  return {
    invoices: count(await page.getByTestId('status-invoices').textContent()),
    customers: count(await page.getByTestId('status-customers').textContent()),
  };
}

interface BackupFile {
  name: string;
  path: string;
  json: {
    createdAt: string;
    schemaVersion: number;
    counts: Record<string, number>;
    tables: Record<string, { key?: string; value?: unknown }[]>;
  };
}

/** Clicks a button that downloads a backup and reads the file the browser saved. */
async function download(page: Page, button: string): Promise<BackupFile> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), path, json: JSON.parse(await readFile(path, 'utf8')) };
}

/** Tables without the time of the last backup, which every download sets anew. */
function data(file: BackupFile): BackupFile['json']['tables'] {
  return {
    ...file.json.tables,
    settings: (file.json.tables.settings ?? []).filter((s) => s.key !== 'lastBackupAt'),
  };
}

describe('backup in the built app', () => {
  it('downloads a backup, restores it into an emptied browser, and gives back the same data', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    const before = await counts(page);
    await expect(page.getByTestId('backup-reminder').textContent()).resolves.toMatch(/No backup yet/);

    await page.goto(`${h.url}index.html#/settings`);
    await expect(page.getByTestId('last-backup').textContent()).resolves.toMatch(/Last backup: never/);
    const first = await download(page, 'Download backup');
    expect(first.name).toMatch(/^overdue-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(first.json.counts.invoices).toBe(before.invoices);
    expect(first.json.counts.customers).toBe(before.customers);
    await page.getByTestId('last-backup').filter({ hasNotText: 'never' }).waitFor();
    await page.getByTestId('backup-reminder').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Delete all data…' }).click();
    await page.getByLabel('Confirmation').fill('DELETE');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('All data deleted.').waitFor();
    expect(await counts(page)).toEqual({ invoices: 0, customers: 0 });

    // An empty browser restores without asking.
    await page.getByLabel('Restore from backup…').setInputFiles(first.path);
    const toast = page.getByText(/^Backup restored: [\d.,\s]+ invoices, [\d.,\s]+ customers\.$/);
    await toast.waitFor();
    // The numbers follow the restored company's locale (1,468 or 1.468).
    const m = /restored: (.+) invoices, (.+) customers/.exec((await toast.textContent()) ?? '');
    expect({ invoices: count(m?.[1] ?? null), customers: count(m?.[2] ?? null) }).toEqual(before);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await counts(page)).toEqual(before);

    const second = await download(page, 'Download backup');
    expect(second.json.schemaVersion).toBe(first.json.schemaVersion);
    expect(data(second)).toEqual(data(first));
    expect(second.json.counts).toEqual(first.json.counts);

    // Still there after a reload: the restore was written, not only shown.
    await page.reload();
    await page.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor();
    expect(await counts(page)).toEqual(before);
    expect(h.pageErrors).toEqual([]);
  });

  it('asks before replacing data, offers a backup of it first, and refuses a bad file', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    const before = await counts(page);
    await page.goto(`${h.url}index.html#/settings`);
    const original = await page.getByLabel('Company name').inputValue();
    const backup = await download(page, 'Download backup');

    await page.getByLabel('Company name').fill('Changed Ltd');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Company profile saved.').waitFor();

    const input = page.getByLabel('Restore from backup…');
    await input.setInputFiles(backup.path);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/replaces every record and setting/);
    const current = await download(page, 'Download a backup of the current data first');
    const company = current.json.tables.settings?.find((s) => s.key === 'company')?.value as { name: string };
    expect(company.name).toBe('Changed Ltd');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe('Changed Ltd');

    await input.setInputFiles(backup.path);
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await page.getByText(/^Backup restored:/).waitFor();
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe(original);
    expect(await counts(page)).toEqual(before);

    await input.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":"world"}'),
    });
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'This file is not an Overdue backup. Nothing was restored.',
    );

    const text = await readFile(backup.path, 'utf8');
    await input.setInputFiles({
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text.replace('"amount":', '"amount":9')),
    });
    await page
      .getByRole('alert')
      .filter({ hasText: 'The backup file is damaged (checksum mismatch). Nothing was restored.' })
      .waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe(original);
    expect(h.pageErrors).toEqual([]);
  });
});
