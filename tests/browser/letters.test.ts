// Letters in the built app: one PDF for three customers in three languages, read back with pdftotext;
// a hash route that makes and downloads one customer's final notice.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pdfText } from '../letters/pdf-tools';
import { loadSample, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** The checkbox value (customer id) and name of the first overdue customer writing in `lang`. */
async function customerIn(page: Page, lang: string): Promise<{ id: string; name: string }> {
  const row = page.locator('tr', { has: page.locator('td', { hasText: new RegExp(`^${lang}$`) }) }).first();
  const box = row.getByTestId('letter-customer');
  return { id: (await box.getAttribute('value')) ?? '', name: (await box.getAttribute('aria-label')) ?? '' };
}

async function downloaded(page: Page, act: () => Promise<void>): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), act()]);
  return new Uint8Array(readFileSync((await download.path()) ?? ''));
}

describe('letters', () => {
  it('makes one PDF for three customers in Italian, Romanian and Danish', async () => {
    h = await openApp();
    await loadSample(h.page);
    await h.page.goto(`${h.url}index.html#/letters`);
    await h.page.getByTestId('letter-customer').first().waitFor();
    const chosen = [
      await customerIn(h.page, 'IT'),
      await customerIn(h.page, 'RO'),
      await customerIn(h.page, 'DA'),
    ];
    for (const c of chosen) await h.page.getByRole('checkbox', { name: c.name, exact: true }).check();
    const bytes = await downloaded(h.page, () => h!.page.getByTestId('letters-download').click());
    const text = pdfText(bytes);
    for (const c of chosen) expect(text).toContain(c.name);
    expect(text).toContain('Sollecito di pagamento');
    expect(text).toContain('Notificare de plată');
    expect(text).toContain('Betalingspåmindelse');
    expect(text).not.toMatch(/[şţ]/);
    expect(h.pageErrors).toEqual([]);
    // The letters code and the font came only now, from the app's own files.
    expect(h.requests.some((u) => /DejaVuSans-[\w-]+\.ttf$/.test(u))).toBe(true);
    expect(h.requests.every((u) => u.startsWith(h!.url.replace(/\/some\/sub\/path\/$/, '')))).toBe(true);
  });

  it('a hash route makes and downloads one customer’s final notice', async () => {
    h = await openApp();
    await loadSample(h.page);
    await h.page.goto(`${h.url}index.html#/letters`);
    await h.page.getByTestId('letter-customer').first().waitFor();
    const ro = await customerIn(h.page, 'RO');
    const bytes = await downloaded(h.page, async () => {
      await h!.page.goto(
        `${h!.url}index.html#/letters?customer=${encodeURIComponent(ro.id)}&kind=final-notice`,
      );
    });
    const text = pdfText(bytes);
    expect(text).toContain(ro.name);
    expect(text).toContain('Somație de plată');
  });
});
