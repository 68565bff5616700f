import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { invoicesCounted, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/browser', name);
const count = (h: Harness) => invoicesCounted(h.page);

/** fatture.csv chosen on the import page, once its preview counts its four new invoices. */
async function previewFatture(page: Page) {
  await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
  const session = page.getByTestId('import-session').last();
  await expect.poll(() => session.getByTestId('import-counts').textContent()).toMatch(/^4 new/);
  return session;
}

/** From now on the page's storage refuses every put into these stores, as a full disk does. */
async function refusePuts(page: Page, stores: string[]): Promise<void> {
  await page.evaluate((names) => {
    const w = window as unknown as { refused?: Set<string> };
    if (!w.refused) {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (w.refused?.has(this.name)) throw new DOMException('full', 'QuotaExceededError');
        return put.apply(this, args);
      };
    }
    w.refused = new Set(names);
  }, stores);
}

describe('importing CSV files through the page', () => {
  it('reads the file again with the format the user picks, as often as asked, and still knows it afterwards', async () => {
    h = await openApp('#/import');
    const { page } = h;
    await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
    const session = page.getByTestId('import-session');
    const firstRow = () =>
      session.getByTestId('import-preview').locator('tbody tr').first().locator('td').allTextContents();
    await session.getByTestId('import-counts').waitFor();
    expect((await firstRow())[4]).toMatch(/^€?\s?1,220\.00/);
    // A decimal point instead of the comma: "1.220,00" no longer reads as an amount, nothing is imported.
    await session.getByLabel('Decimal separator').selectOption('.');
    await expect
      .poll(() => session.getByTestId('import-counts').textContent())
      .toMatch(/^0 new.*4 with problems/);
    // Back to the comma: the file is read once more, and every row is right again.
    await session.getByLabel('Decimal separator').selectOption(',');
    await expect.poll(() => session.getByTestId('import-counts').textContent()).toMatch(/^4 new/);
    expect((await firstRow())[4]).toMatch(/^€?\s?1,220\.00/);
    await session.getByRole('button', { name: /Import 4 rows/ }).click();
    await session.getByTestId('import-done').waitFor();
    expect(await count(h)).toBe(4);
    // Its fingerprint was made by the reader: the same file is recognised when dropped again.
    await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
    await page
      .getByTestId('import-session')
      .nth(1)
      .getByText(/This same file was already imported/)
      .waitFor();
    expect(h.pageErrors).toEqual([]);
  });

  it('previews a file of a layout imported before with the mapping confirmed then, not the one it suggests', async () => {
    h = await openApp('#/import');
    const { page } = h;
    const first = await previewFatture(page);
    // The due dates left out: each invoice falls due 30 days after it was issued.
    await first.getByLabel('Field for column Scadenza').selectOption('');
    await expect.poll(() => first.getByTestId('import-counts').textContent()).toMatch(/^4 new/);
    await first.getByRole('button', { name: /Import 4 rows/ }).click();
    await first.getByTestId('import-done').waitFor();
    // Next month's export of the same layout.
    const csv = [
      'Numero fattura;Cliente;Partita IVA;Data fattura;Scadenza;Importo;Valuta',
      'FT-2026-011;Bianchi & Figli S.n.c.;IT09876543210;20/01/2026;19/03/2026;3.050,50;EUR',
      'FT-2026-012;Caffè Perù S.r.l.;IT05555555555;01/02/2026;03/05/2026;488,00;EUR',
    ].join('\n');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'fatture-02.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const second = page.getByTestId('import-session').nth(1);
    await second.getByText('Using the mapping you confirmed for this layout last time.').waitFor();
    await expect.poll(() => second.getByTestId('import-counts').textContent()).toMatch(/^2 new/);
    const rows = second.getByTestId('import-preview').locator('tbody tr');
    // Due 30 days after issue (19/02 and 03/03), not the file's 19/03 and 03/05.
    await expect.poll(() => rows.nth(0).locator('td').nth(3).textContent()).toBe('19/02/2026');
    expect(await rows.nth(1).locator('td').nth(3).textContent()).toBe('03/03/2026');
    await expect(second.getByLabel('Field for column Scadenza').inputValue()).resolves.toBe('');
    expect(h.pageErrors).toEqual([]);
  });

  it('when another tab imported the file meanwhile, writes nothing twice and checks it again against the book', async () => {
    h = await openApp('#/import');
    const { page } = h;
    const other = await h.context.newPage();
    await other.goto(h.url + 'index.html#/import');
    const here = await previewFatture(page);
    const there = await previewFatture(other);
    await there.getByRole('button', { name: /Import 4 rows/ }).click();
    await there.getByTestId('import-done').waitFor();
    // This tab's preview is of the book before: its import is refused, said so, and the file checked
    // again: its four invoices are stored now.
    await here.getByRole('button', { name: /Import 4 rows/ }).click();
    await here.getByText('The book changed since this preview was made').waitFor();
    await expect
      .poll(() => here.getByTestId('import-counts').textContent())
      .toMatch(/^0 new, 0 to update, 4 already stored/);
    expect(await count(h)).toBe(4);
    expect(await here.getByText('The book changed since this preview was made').isVisible()).toBe(true);
    expect(h.pageErrors).toEqual([]);
  });

  it('when the browser refuses to store an import, says so, writes nothing, and can import the file again', async () => {
    h = await openApp('#/import');
    const { page } = h;
    const session = await previewFatture(page);
    // The disk is full: every invoice block the write puts is refused.
    await refusePuts(page, ['invoiceBlocks']);
    await session.getByRole('button', { name: /Import 4 rows/ }).click();
    await session.getByText(/^Nothing was imported: /).waitFor();
    expect(await count(h)).toBe(0);
    // The file is read again: its preview is back, and the mapping can still be changed.
    await expect.poll(() => session.getByTestId('import-counts').textContent()).toMatch(/^4 new/);
    await session.getByLabel('Field for column Scadenza').selectOption('');
    // Due 30 days after issue now: 20/01 → 19/02, not the file's 19/03.
    const due = session.getByTestId('import-preview').locator('tbody tr').nth(1).locator('td').nth(3);
    await expect.poll(() => due.textContent()).toBe('19/02/2026');
    await refusePuts(page, []);
    await session.getByRole('button', { name: /Import 4 rows/ }).click();
    await session.getByTestId('import-done').waitFor();
    expect(await count(h)).toBe(4);
  });

  it('says an import stored is done even when its mapping cannot be remembered', async () => {
    h = await openApp('#/import');
    const { page } = h;
    // Every setting put is refused; the invoices' blocks are not.
    await refusePuts(page, ['settings']);
    const session = await previewFatture(page);
    await session.getByRole('button', { name: /Import 4 rows/ }).click();
    await session.getByTestId('import-done').waitFor();
    expect(await count(h)).toBe(4);
    expect(await session.getByText('Nothing was imported').count()).toBe(0);
  });

  it('detects an Italian invoice list, previews it, imports it all at once, recognises it again, and undoes it', async () => {
    h = await openApp('#/import');
    const { page } = h;
    await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
    const session = page.getByTestId('import-session');
    await session.getByTestId('import-counts').waitFor();
    await expect(session.getByTestId('import-counts').textContent()).resolves.toMatch(/^4 new/);
    // What the app read: decimal comma, day-first dates, Italian headers mapped.
    await expect(session.getByLabel('Field for column Numero fattura').inputValue()).resolves.toBe(
      'invoiceNumber',
    );
    await expect(session.getByLabel('Field for column Scadenza').inputValue()).resolves.toBe('dueDate');
    const preview = await session
      .getByTestId('import-preview')
      .locator('tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    // Number, customer, issued, due, amount, paid (none), open: as the invoice will be stored.
    expect(preview[0]).toBe('FT-2026-001');
    expect(preview[1]).toBe('Rossi Costruzioni S.r.l.');
    expect(preview[3]).toBe('14/02/2026');
    expect(preview[4]).toMatch(/1,220\.00/);
    expect(preview[5]).toBe('');
    expect(preview[6]).toMatch(/1,220\.00/);
    expect(await count(h)).toBe(0);

    await session.getByRole('button', { name: /Import 4 rows/ }).click();
    await session.getByTestId('import-done').waitFor();
    expect(await count(h)).toBe(4);
    await expect(page.getByTestId('status-customers').textContent()).resolves.toMatch(/^3 /);

    // The same file again: recognised, nothing new.
    await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
    const again = page.getByTestId('import-session').nth(1);
    await again.getByText(/This same file was already imported/).waitFor();
    await expect(again.getByTestId('import-counts').textContent()).resolves.toMatch(
      /^0 new, 0 to update, 4 already stored/,
    );

    // Undone from the history: asked once more in the row; "Keep it" changes nothing.
    await page.getByRole('button', { name: 'Undo import' }).click();
    const ask = page.getByTestId('undo-ask');
    await expect(ask.innerText()).resolves.toMatch(/Remove everything “fatture\.csv” added\?/);
    await ask.getByRole('button', { name: 'Keep it' }).click();
    expect(await count(h)).toBe(4);
    await page.getByRole('button', { name: 'Undo import' }).click();
    await page.getByTestId('undo-ask').getByRole('button', { name: 'Yes, undo it' }).click();
    await page.getByText('Import of fatture.csv undone.').waitFor();
    expect(await count(h)).toBe(0);
    // The first file's own panel no longer offers to match or undo what is gone.
    await expect(session.getByTestId('import-done').textContent()).resolves.toMatch(/Import undone\./);
    expect(await session.getByRole('button', { name: 'Undo this import' }).count()).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });

  it('lists every problem with its line and column and writes nothing until told to skip the bad rows', async () => {
    h = await openApp('#/import');
    const { page } = h;
    const bad =
      'Invoice no,Customer,Invoice date,Due date,Amount,Currency\n' +
      'A-1,Acme Ltd,2026-01-10,2026-02-09,100.00,GBP\n' +
      'A-2,Acme Ltd,2026-13-45,2026-02-09,100.00,GBP\n' +
      'A-3,,2026-01-12,2026-02-11,abc,XYZ\n' +
      'A-1,Acme Ltd,2026-01-10,2026-02-09,100.00,GBP\n';
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toMatch(
      /bad\.csv, line 3, column 3 \(Invoice date\): Issue date: "2026-13-45" is not a date/,
    );
    expect(text).toMatch(/bad\.csv, line 4, column 2 \(Customer\): Customer is missing/);
    expect(text).toMatch(/line 4, column 5 \(Amount\).*"abc" is not an amount/);
    expect(text).toMatch(/line 4, column 6 \(Currency\): Unknown currency "XYZ"/);
    expect(text).toMatch(
      /line 5, column 1 \(Invoice no\): Invoice number A-1 appears twice in this file \(first on line 2\)/,
    );
    const importButton = page.getByRole('button', { name: /Import \d+ rows?$/ });
    await expect(importButton.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Skip the rows with problems and import the rest').check();
    await importButton.click();
    await page.getByTestId('import-done').waitFor();
    expect(await count(h)).toBe(1);
  });

  it('matches a bank statement with a preamble and debit/credit columns to open invoices, and keeps the unmatched line', async () => {
    h = await openApp('#/import');
    const { page } = h;
    await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
    await page.getByRole('button', { name: /Import 4 rows/ }).click();
    await page.getByTestId('import-done').waitFor();

    await page.getByTestId('import-file').setInputFiles(fixture('estratto-conto.csv'));
    const session = page.getByTestId('import-session').nth(1);
    await session.getByTestId('import-counts').waitFor();
    await expect(session.getByRole('radio', { name: 'Bank statement' }).isChecked()).resolves.toBe(true);
    await expect(session.getByTestId('import-counts').textContent()).resolves.toMatch(
      /3 new.*1 outgoing payment ignored/,
    );
    await session.getByRole('button', { name: /Import 3 rows/ }).click();
    await session.getByTestId('import-done').waitFor();

    await page.goto(`${h.url}index.html#/payments`);
    const panel = page.getByTestId('bank-match');
    await panel.waitFor();
    const rowFor = (line: number) => panel.locator(`tr[data-line="${line}"]`);
    await expect(rowFor(5).textContent()).resolves.toMatch(/FT-2026-001/);
    await expect(rowFor(7).textContent()).resolves.toMatch(/FT-2026-003/);
    await expect(rowFor(8).textContent()).resolves.toMatch(/no match found/);
    await panel.getByRole('button', { name: /Confirm 2 matches/ }).click();
    await page.getByText('2 payments recorded and allocated.').waitFor();
    await expect(panel.locator('tbody tr').count()).resolves.toBe(1);
    await expect(rowFor(8).isVisible()).resolves.toBe(true);

    await page.goto(`${h.url}index.html#/invoices`);
    const open = async (number: string) =>
      (
        await page.locator('[role="row"]', { hasText: number }).locator('[data-col="open"]').textContent()
      )?.trim();
    await expect(open('FT-2026-001')).resolves.toMatch(/0\.00/);
    await expect(open('FT-2026-003')).resolves.toMatch(/0\.00/);
    await expect(open('FT-2026-002')).resolves.toMatch(/3,050\.50/);
    expect(h.pageErrors).toEqual([]);
  });

  it('reads a file of several MB, decoded a piece at a time, with every row and every problem on its line', async () => {
    h = await openApp('#/import');
    const { page } = h;
    // 60,000 invoices (~3.4 MB): a second export's byte-order mark and header joined in at line 30,002,
    // and a bad date on line 55,002, both past the first megabyte.
    const header = 'Invoice no,Customer,Invoice date,Due date,Amount,Currency';
    const lines = [header];
    for (let i = 1; i <= 60_000; i++) {
      if (i === 30_001) lines.push(`\uFEFF${header}`);
      const issued = i === 55_000 ? '2026-02-30' : '2026-01-10';
      lines.push(`A-${i},Customer ${i % 250} Ltd,${issued},2026-02-09,${(i % 900) + 100}.25,GBP`);
    }
    const buffer = Buffer.from(lines.join('\n') + '\n');
    expect(buffer.length).toBeGreaterThan(3_000_000);
    await page.getByTestId('import-file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer });
    const session = page.getByTestId('import-session');
    const errors = session.getByTestId('import-errors');
    await errors.waitFor({ timeout: 60_000 });
    await expect(session.getByTestId('import-counts').textContent()).resolves.toMatch(
      /^59,999 new.*2 with problems/,
    );
    const text = (await errors.textContent()) ?? '';
    // The joined header (no invoice) and the bad date, each on its own line.
    expect(text).toMatch(
      /big\.csv, line 30002, column 3 \(Invoice date\): Issue date: "Invoice date" is not a date/,
    );
    expect(text).toMatch(
      /big\.csv, line 55002, column 3 \(Invoice date\): Issue date: "2026-02-30" is a day that does not exist: February 2026 has 28 days/,
    );
    await page.getByLabel('Skip the rows with problems and import the rest').check();
    await session.getByRole('button', { name: /Import 59,999 rows/ }).click();
    await session.getByTestId('import-done').waitFor({ timeout: 60_000 });
    expect((await session.getByTestId('import-done').textContent())!.trim()).toBe(
      'Imported 59,999 rows: 59,999 invoices, 250 customers, 0 payments. 2 rows with problems were left out.',
    );
    expect(await count(h)).toBe(59_999);
    expect(h.pageErrors).toEqual([]);
  });

  it('reads the dates of a file with a cell of 5 MB as dates, and refuses one past the limit naming its line and column', async () => {
    h = await openApp('#/import');
    const { page } = h;
    // 30 invoices, the first with 5 MB of text (of many lines) in its description: the sniffer's sample
    // once held the header alone, and every date was "not a date".
    const list = (long: string) => {
      const lines = ['Invoice no,Customer,Invoice date,Due date,Amount,Currency,Description'];
      for (let i = 0; i < 30; i++)
        lines.push(
          `H-${i},Customer ${i % 3} Ltd,${13 + (i % 15)}/03/2026,${13 + (i % 15)}/04/2026,${i + 100}.25,GBP,${i === 0 ? long : `Work ${i}`}`,
        );
      return Buffer.from(lines.join('\n') + '\n');
    };
    const text = Array.from({ length: 62_500 }, (_, i) => `${i}`.padEnd(79, '.')).join('\n');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'long-cell.csv', mimeType: 'text/csv', buffer: list(`"${text}"`) });
    const session = page.getByTestId('import-session');
    await expect
      .poll(() => session.getByTestId('import-counts').textContent(), { timeout: 60_000 })
      .toMatch(/^30 new/);
    expect(await session.getByTestId('import-errors').count()).toBe(0);
    const first = await session
      .getByTestId('import-preview')
      .locator('tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    expect(first.slice(0, 4)).toEqual(['H-0', 'Customer 0 Ltd', '13/03/2026', '13/04/2026']);
    await session.getByRole('button', { name: /Import 30 rows/ }).click();
    await session.getByTestId('import-done').waitFor({ timeout: 60_000 });
    expect(await count(h)).toBe(30);

    // Past 8 Mi characters in a row: refused, with its line and column, and nothing is written.
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'too-long.csv', mimeType: 'text/csv', buffer: list('x'.repeat(9_000_000)) });
    const refused = page.getByTestId('import-session').nth(1);
    await expect
      .poll(() => refused.getByRole('alert').textContent(), { timeout: 60_000 })
      .toBe(
        'Line 2 holds more than 8,388,608 characters, most of them in column 7 (Description): far more than a spreadsheet cell can hold (32,767), so the file is not read. Nothing was imported. Check that value in the file, or export the list again from your accounting program.',
      );
    expect(await refused.getByRole('button', { name: /^Import / }).count()).toBe(0);
    expect(await count(h)).toBe(30);
    expect(h.pageErrors).toEqual([]);
  });

  it('still reads a file when the browser refuses to start a worker', async () => {
    h = await openApp('#/import');
    const { page } = h;
    await page.addInitScript(() => {
      (window as unknown as { Worker: unknown }).Worker = function NoWorker() {
        throw new Error('workers are disabled');
      };
    });
    await page.reload();
    await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
    await page.getByTestId('import-counts').waitFor();
    await expect(page.getByTestId('import-counts').textContent()).resolves.toMatch(/^4 new/);
    expect(h.pageErrors).toEqual([]);
  });

  it('still reads a file when its workers start but fail before a word, after the file went to them', async () => {
    h = await openApp('#/import');
    const { page } = h;
    await page.addInitScript(() => {
      const Real = window.Worker;
      // Every worker runs a script that throws at once: the page hears an error and nothing else.
      window.Worker = class extends Real {
        constructor(_url: string | URL, options?: WorkerOptions) {
          super('data:text/javascript,throw new Error("broken reader")', options);
        }
      };
    });
    await page.reload();
    await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
    await page.getByTestId('import-counts').waitFor();
    await expect(page.getByTestId('import-counts').textContent()).resolves.toMatch(/^4 new/);
    await page.getByRole('button', { name: /Import 4 rows/ }).click();
    await page.getByTestId('import-done').waitFor();
    expect(await count(h)).toBe(4);
  });
});
