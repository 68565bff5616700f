// Real IndexedDB in Chromium: a hostile backup changes nothing; poisoned rows are set aside at load; a
// database the app cannot open leads to the recovery screen, whose three ways out all work.
import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { loadSample, openApp, type Harness } from './harness';
import { canonicalJson, sha256 } from '../../src/db/checksum';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const count = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));
async function counts(page: Page): Promise<{ invoices: number; customers: number }> {
  return {
    invoices: count(await page.getByTestId('status-invoices').textContent()),
    customers: count(await page.getByTestId('status-customers').textContent()),
  };
}

async function downloadBackup(page: Page): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download backup', exact: true }).click(),
  ]);
  return readFile(await dl.path(), 'utf8');
}

/** Every row of every store, read with plain IndexedDB in the page. */
function storedRows(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const req = indexedDB.open('overdue');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const n of names) {
            const r = tx.objectStore(n).getAll();
            r.onsuccess = () => (out[n] = r.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

describe('storage that must not lose anything', () => {
  it('refuses a hostile backup in the browser, writes nothing, and says only what is true', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    const before = await counts(page);
    await page.goto(`${h.url}index.html#/settings`);
    const good = JSON.parse(await downloadBackup(page)) as Record<string, unknown>;
    const stored = await storedRows(page);

    // The same file with a null invoice row and an unknown language, checksum made to match.
    const { checksum: _, ...rest } = good;
    const tables = rest.tables as Record<string, Record<string, unknown>[]>;
    (tables.invoiceBlocks![0]!.rows as unknown[])[0] = null;
    const customers = tables.customerBlocks!.flatMap((b) => b.rows as Record<string, unknown>[]);
    customers[1]!.language = 'klingon';
    const checksum = await sha256(new TextEncoder().encode(canonicalJson(rest)));
    await page.getByLabel('Restore from backup…').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...rest, checksum })),
    });
    const error = page.getByTestId('restore-error');
    await error.waitFor();
    const message = (await error.textContent()) ?? '';
    expect(message).toMatch(/^Nothing was restored: \d+ record\(s\) of the backup are not valid — /);
    expect(message).toContain('customers row 2');
    expect(message).toContain('“language”: not a known language code');
    expect(message).toContain('invoices row 1: not a record');
    expect(message).not.toMatch(/left as it was/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await storedRows(page)).toEqual(stored);
    await page.reload();
    await page.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor();
    expect(await counts(page)).toEqual(before);
  });

  it('sets aside poisoned rows at load, says so, and opens the rest', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    const before = await counts(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('overdue');
          req.onsuccess = () => {
            const db = req.result;
            // Customers are stored many to a record: two bad ones join the first record's good ones.
            const tx = db.transaction('customerBlocks', 'readwrite');
            const store = tx.objectStore('customerBlocks');
            const first = store.openCursor();
            first.onsuccess = () => {
              const cursor = first.result!;
              const bucket = cursor.value as { id: number; rows: unknown[] };
              bucket.rows.push(
                { id: 'poison-1', name: null, language: 42 },
                { id: 'poison-2', currency: 'euros' },
              );
              cursor.update(bucket);
            };
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await page.getByText(/^2 stored records could not be read and were set aside/).waitFor();
    expect(await counts(page)).toEqual(before);
    await page.goto(`${h.url}index.html#/settings`);
    await page.getByTestId('quarantine').waitFor();
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the records set aside' }).click(),
    ]);
    const aside = JSON.parse(await readFile(await dl.path(), 'utf8')) as { row: { id: string } }[];
    expect(aside.map((a) => a.row.id).sort()).toEqual(['poison-1', 'poison-2']);
  });

  it('offers download, restore and delete when the stored data cannot be opened', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    const before = await counts(page);
    await page.goto(`${h.url}index.html#/settings`);
    const backup = await downloadBackup(page);
    // A "newer version" of the database, written by some other build: the customers store is gone.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('overdue', 990);
          req.onupgradeneeded = () => req.result.deleteObjectStore('customerBlocks');
          req.onsuccess = () => (req.result.close(), resolve());
          req.onerror = () => reject(req.error);
          req.onblocked = () => reject(new Error('blocked'));
        }),
    );
    await page.reload();
    const recovery = page.getByTestId('recovery');
    await recovery.waitFor();
    await expect(recovery.textContent()).resolves.toMatch(/could not open the data stored in this browser/);
    await expect(recovery.textContent()).resolves.toMatch(/Nothing has been changed/);

    const [raw] = await Promise.all([
      page.waitForEvent('download'),
      recovery.getByRole('button', { name: 'Download what is stored' }).click(),
    ]);
    const dump = JSON.parse(await readFile(await raw.path(), 'utf8')) as {
      version: number;
      stores: Record<string, unknown[]>;
    };
    expect(dump.version).toBe(990);
    expect(dump.stores.customers).toBeUndefined();
    expect(dump.stores.invoiceBlocks?.length).toBeGreaterThan(0);

    // Restore the backup made before: the app opens again with the same book.
    await recovery.getByLabel('Restore a backup…').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    await page.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor({ timeout: 30_000 });
    expect(await counts(page)).toEqual(before);

    // Break it again, and this time delete: the app starts empty.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('overdue', 995);
          req.onupgradeneeded = () => req.result.deleteObjectStore('payments');
          req.onsuccess = () => (req.result.close(), resolve());
          req.onerror = () => reject(req.error);
        }),
    );
    await page.reload();
    await recovery.waitFor();
    page.once('dialog', (d) => void d.accept());
    await recovery.getByRole('button', { name: 'Delete the stored data…' }).click();
    await page.getByTestId('status-invoices').filter({ hasText: /^0 / }).waitFor({ timeout: 30_000 });
    await recovery.waitFor({ state: 'detached' });
    expect(await counts(page)).toEqual({ invoices: 0, customers: 0 });
  });
  it('asks before leaving only while a write has not landed, never for a read', async () => {
    h = await openApp();
    const { page } = h;
    // Another tab holds the writers' lock: this tab's write waits, unlanded.
    const other = await h.context.newPage();
    await other.goto(`${h.url}index.html#/settings`);
    await other.evaluate(() => {
      const w = window as unknown as { release?: () => void };
      void navigator.locks.request(
        'overdue-write:overdue',
        () => new Promise<void>((resolve) => (w.release = resolve)),
      );
    });
    await other.waitForFunction(
      () => typeof (window as unknown as { release?: unknown }).release === 'function',
    );

    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.type());
      void d.dismiss();
    });
    await page.getByRole('button', { name: /load sample data/i }).click();
    // Leaving now would lose the sample: the browser asks, and staying keeps the page.
    await page.reload({ timeout: 2_000 }).catch(() => undefined);
    expect(asked).toEqual(['beforeunload']);

    await other.evaluate(() => (window as unknown as { release: () => void }).release());
    await page.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor({ timeout: 30_000 });
    await page.waitForURL(/#\/invoices/);
    // Landed: reloading (its settings read at start included) asks nothing.
    await page.reload();
    await page.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Settings' }).first().click();
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    expect(h.pageErrors).toEqual([]);
  });
});
