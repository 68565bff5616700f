// Every main view passes axe-core's WCAG 2.2 AA rules, in English and in Italian, on the sample data.
// A failure lists each violation (rule, element, what to fix), so the test says what broke.
import { afterEach, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { loadSample, openApp, type Harness } from './harness';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeResult {
  violations: { id: string; nodes: AxeNode[] }[];
}

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** The violations axe finds on the page as it is now, one line each: view, rule, element, summary. */
async function scan(page: Page, view: string): Promise<string[]> {
  // The grids draw their rows a frame after the data arrives; scan what a person would see.
  await page.waitForTimeout(300);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } }).axe.run(
        document,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    TAGS,
  );
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `[${view}] ${v.id} ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    ),
  );
}

async function go(page: Page, url: string, hash: string): Promise<void> {
  await page.goto(`${url}index.html#/${hash}`);
  await page.locator('main.page').waitFor();
}

/** Scans every view the issue names, plus a grid with a row selected and a choice filter open. */
async function scanViews(page: Page, url: string): Promise<string[]> {
  const found: string[] = [];
  for (const view of ['today', 'invoices', 'customers', 'payments', 'activity', 'reports', 'letters']) {
    await go(page, url, view);
    if (['invoices', 'customers', 'payments', 'activity'].includes(view))
      await page.locator('[role="grid"] [role="row"][data-key]').first().waitFor();
    found.push(...(await scan(page, view)));
  }
  for (const view of ['import', 'settings']) {
    await go(page, url, view);
    found.push(...(await scan(page, view)));
  }

  await go(page, url, 'customers');
  const customer = await page
    .locator('[role="grid"] [role="row"][data-key]')
    .first()
    .getAttribute('data-key');
  await go(page, url, `customers/${encodeURIComponent(customer ?? '')}`);
  await page.getByTestId('statement').waitFor();
  found.push(...(await scan(page, 'customer')));

  await go(page, url, 'invoices');
  const first = page.locator('[role="grid"] [role="row"][data-key]').first();
  await first.locator('input[type="checkbox"]').check();
  await page.locator('summary[data-filter="status"]').click();
  found.push(...(await scan(page, 'invoices, a row selected, a filter open')));
  await page.keyboard.press('Escape');
  await first.locator('button.open').click();
  await page.getByTestId('invoice-detail').waitFor();
  found.push(...(await scan(page, 'invoice details')));
  return found;
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('finds no violation in any main view, in English', async () => {
    h = await openApp('', { bypassCSP: true });
    const { page, url } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: /load sample data/i }).waitFor();
    const found = await scan(page, 'welcome');
    await loadSample(page);
    found.push(...(await scanViews(page, url)));
    expect(found).toEqual([]);
  }, 300_000);

  it('finds no violation in any main view, in Italian', async () => {
    h = await openApp('', { bypassCSP: true, locale: 'it-IT' });
    const { page, url } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('.welcome button.primary').click();
    await page.waitForURL(/#\/invoices/);
    await go(page, url, 'settings');
    await page.locator('select[name="language"]').selectOption('it');
    await page.locator('form[aria-labelledby="company-title"] button[type="submit"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('it');
    expect(await scanViews(page, url)).toEqual([]);
  }, 300_000);
});
