// Evidence on the contact log in the built app (issue #10, items 4 and 10): a file attached to a logged
// call survives a reload, shows in a second tab, travels in a backup into a fresh profile, and goes into
// the case file beside the PDF copies of the letters sent.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { pdfText } from '../letters/pdf-tools';
import { loadSample, openApp, type Harness } from './harness';

const open: Harness[] = [];
afterEach(async () => {
  for (const x of open.splice(0)) await x.close();
});

// A small "scan": every byte value, so any text re-encoding on the way would show.
const RECEIPT = Buffer.from(Uint8Array.from({ length: 3000 }, (_, i) => (i * 31 + 7) % 256));
const NOTE = Buffer.from('Delivery note 4471, signed by M. Rossi\n', 'utf8');

async function downloaded(page: Page, act: () => Promise<unknown>): Promise<{ bytes: Buffer; path: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), act()]);
  const path = (await dl.path()) ?? '';
  return { bytes: readFileSync(path), path };
}

/** An Italian customer with overdue invoices, from the Letters page. */
async function italianCustomer(page: Page, url: string): Promise<{ id: string; name: string }> {
  await page.goto(`${url}index.html#/letters`);
  await page.getByTestId('letter-customer').first().waitFor();
  const row = page.locator('tr', { has: page.locator('td', { hasText: /^(Italian|Italiano)$/ }) }).first();
  const box = row.getByTestId('letter-customer');
  return { id: (await box.getAttribute('value')) ?? '', name: (await box.getAttribute('aria-label')) ?? '' };
}

const entry = (page: Page, text: string) => page.getByTestId('timeline').locator('li', { hasText: text });
const files = (page: Page, text: string) => entry(page, text).getByTestId('evidence-file');

async function shots(page: Page, name: string): Promise<void> {
  // Screenshots for the review only when asked for (SHOTS_DIR), at the two sizes the brief names.
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const [w, hgt] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width: w, height: hgt });
    await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('log-title')?.scrollIntoView());
    await page.screenshot({ path: join(dir, `${name}-${w}x${hgt}.png`) });
  }
}

describe('evidence on the contact log', () => {
  it('attaches files to a logged call, keeps them over a reload, a second tab, a backup and restore, and puts them in the case file', async () => {
    const h = await openApp();
    open.push(h);
    const { page } = h;
    await loadSample(page);
    const customer = await italianCustomer(page, h.url);
    // A letter sent to the customer, archived: the case file must hold its PDF.
    const letter = await downloaded(page, () =>
      page.goto(`${h.url}index.html#/letters?customer=${encodeURIComponent(customer.id)}&kind=reminder-1`),
    );
    expect(pdfText(letter.bytes)).toContain('Sollecito di pagamento');

    const customerUrl = `${h.url}index.html#/customers/${encodeURIComponent(customer.id)}`;
    await page.goto(customerUrl);
    const form = page.getByRole('form', { name: 'Log a contact' });
    await form.locator('input[name="text"]').fill('Called about the reminder');
    await form.getByTestId('contact-files').setInputFiles({
      name: 'ricevuta raccomandata.bin',
      mimeType: 'application/octet-stream',
      buffer: RECEIPT,
    });
    await expect(form.getByTestId('contact-files-chosen').innerText()).resolves.toBe(
      'ricevuta raccomandata.bin (2.9 kB)',
    );
    await form.getByRole('button', { name: 'Log', exact: true }).click();
    await files(page, 'Called about the reminder').first().waitFor();
    // 3000 bytes are 2.9 kB in multiples of 1024.
    await expect(files(page, 'Called about the reminder').innerText()).resolves.toBe(
      'ricevuta raccomandata.bin (2.9 kB)',
    );

    // A second tab on the same customer sees what the first attaches afterwards, without a reload.
    const other = await h.context.newPage();
    await other.goto(customerUrl);
    await files(other, 'Called about the reminder').first().waitFor();
    await entry(page, 'Called about the reminder')
      .getByTestId('evidence-attach')
      .setInputFiles({ name: 'delivery note.txt', mimeType: 'text/plain', buffer: NOTE });
    await expect.poll(() => files(other, 'Called about the reminder').count(), { timeout: 10_000 }).toBe(2);
    await other.close();

    // Over the limit: refused in words, nothing added.
    await entry(page, 'Called about the reminder')
      .getByTestId('evidence-attach')
      .setInputFiles({
        name: 'video.mp4',
        mimeType: 'video/mp4',
        buffer: Buffer.alloc(10 * 1024 * 1024 + 1),
      });
    await page
      .getByText('“video.mp4” is larger than 10 MB and was not attached.', { exact: false })
      .waitFor();
    expect(await files(page, 'Called about the reminder').count()).toBe(2);

    await page.reload();
    await files(page, 'Called about the reminder').nth(1).waitFor();
    const saved = await downloaded(page, () =>
      files(page, 'Called about the reminder').filter({ hasText: 'ricevuta raccomandata.bin' }).click(),
    );
    expect(saved.bytes.equals(RECEIPT)).toBe(true);
    await shots(page, 'contact-log-en');

    // The backup holds both files; restored into a fresh profile they are all there.
    await page.goto(`${h.url}index.html#/settings`);
    const backup = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download backup', exact: true }).click(),
    );
    const json = JSON.parse(backup.bytes.toString('utf8')) as { tables: { evidence: { name: string }[] } };
    expect(json.tables.evidence.map((e) => e.name).sort()).toEqual([
      'delivery note.txt',
      'ricevuta raccomandata.bin',
    ]);
    expect(h.pageErrors).toEqual([]);
    const fresh = await openApp(`#/settings`);
    open.push(fresh);
    await fresh.page.getByLabel('Restore from backup…').setInputFiles(backup.path);
    await fresh.page.getByText(/^Backup restored/).waitFor();
    await fresh.page.goto(`${fresh.url}index.html#/customers/${encodeURIComponent(customer.id)}`);
    await files(fresh.page, 'Called about the reminder').nth(1).waitFor();
    const back = await downloaded(fresh.page, () =>
      files(fresh.page, 'Called about the reminder').filter({ hasText: 'delivery note.txt' }).click(),
    );
    expect(back.bytes.equals(NOTE)).toBe(true);

    // The case file: the evidence in evidence/, the letter as PDF in letters/, both on the summary sheet.
    const zip = await downloaded(fresh.page, () =>
      fresh.page.getByRole('button', { name: 'Case file (zip)' }).click(),
    );
    const entries = unzipSync(new Uint8Array(zip.bytes));
    const names = Object.keys(entries);
    const receipt = names.find((n) => /^evidence\/.* ricevuta raccomandata\.bin$/.test(n));
    const note = names.find((n) => /^evidence\/.* delivery note\.txt$/.test(n));
    expect(Buffer.from(entries[receipt!]!).equals(RECEIPT)).toBe(true);
    expect(Buffer.from(entries[note!]!).equals(NOTE)).toBe(true);
    const letters = names.filter((n) => n.startsWith('letters/') && n.endsWith('.pdf'));
    expect(letters).toHaveLength(1);
    const copy = pdfText(entries[letters[0]!]!);
    expect(copy).toContain('Sollecito di pagamento');
    expect(copy).toContain(customer.name);
    const summary = strFromU8(entries['summary.txt']!);
    expect(summary).toContain(`  ${receipt} — Call of`);
    expect(summary).toContain(`  ${letters[0]} — `);
    expect(fresh.pageErrors).toEqual([]);
    // Two profiles, a letter and a 10 MB upload: about 40 s alone, more on a shared machine.
  }, 180_000);

  it('shows the attachment in Italian, with the size in the Italian format', async () => {
    const h = await openApp('', { locale: 'it' });
    open.push(h);
    const { page } = h;
    await page.getByRole('button', { name: /dati di esempio/i }).click();
    await page.getByTestId('status-invoices').filter({ hasText: /[1-9]/ }).waitFor({ timeout: 30_000 });
    await page.waitForURL(/#\/invoices/);
    const customer = await italianCustomer(page, h.url);
    await page.goto(`${h.url}index.html#/customers/${encodeURIComponent(customer.id)}`);
    const form = page.getByRole('form', { name: 'Registra un contatto' });
    await form.locator('input[name="text"]').fill('Telefonata per il sollecito');
    await form.getByTestId('contact-files').setInputFiles({
      name: 'ricevuta di ritorno.bin',
      mimeType: 'application/octet-stream',
      buffer: RECEIPT,
    });
    await form.getByRole('button', { name: 'Registra', exact: true }).click();
    await expect(files(page, 'Telefonata per il sollecito').first().innerText()).resolves.toBe(
      'ricevuta di ritorno.bin (2,9 kB)',
    );
    await expect(entry(page, 'Telefonata per il sollecito').innerText()).resolves.toContain('Allega file');
    await shots(page, 'contact-log-it');
    expect(h.pageErrors).toEqual([]);
  });
});
