import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadSample, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** "€ 1,234.56" / "1.234,56 €" → minor units (the screen's English locale groups with commas). */
const minor = (text: string | null): number => Number((text ?? '').replace(/[^\d-]/g, ''));

async function openDashboard(page: Page, url: string): Promise<void> {
  await page.goto(`${url}index.html#/dashboard`);
  await page.getByTestId('kpis').waitFor();
  // Chart.js is loaded on demand: the aging chart's canvas is drawn once it has arrived.
  await page.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas[data-chart="aging"]');
    return (
      !!c &&
      c.width > 0 &&
      !!c
        .getContext('2d')
        ?.getImageData(0, 0, c.width, c.height)
        .data.some((x) => x)
    );
  });
}

describe('the dashboard', () => {
  it('renders the sample book, and a click on an aging bar opens the grid filtered to it with the same total', async () => {
    h = await openApp();
    const { page, url } = h;
    await loadSample(page);
    await openDashboard(page, url);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).count()).toBe(1);

    const open = minor(await page.getByTestId('kpi-open').textContent());
    const overdue = minor(await page.getByTestId('kpi-overdue').textContent());
    expect(open).toBeGreaterThan(0);
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThanOrEqual(open);
    // The table beside the chart adds up to the headline figure.
    const rows = page.getByTestId('aging-table').locator('tbody tr');
    const amounts = (await rows.locator('[data-amount]').allTextContents()).map(minor);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(open);
    expect(amounts.slice(1).reduce((a, b) => a + b, 0)).toBe(overdue);
    for (const id of ['overdue', 'dso', 'forecast'])
      await page.locator(`canvas[data-chart="${id}"]`).waitFor();
    await page.getByTestId('top-debtors').locator('tbody tr').first().waitFor();
    await page.getByTestId('forecast-basis').locator('tbody tr').first().waitFor();
    // Claims per currency, from the domain's claim totals: the sample has late invoices.
    expect(minor(await page.getByTestId('claims-interest').first().textContent())).toBeGreaterThan(0);
    // The top debtor's next step is what Today's call list says for that customer.
    const first = page.getByTestId('top-debtors').locator('tbody tr').first();
    const href = (await first.locator('a').getAttribute('href')) ?? '';
    const step = ((await first.locator('td.step').textContent()) ?? '').split(' · ')[0]!.trim();

    // Click the largest overdue bucket's segment in the horizontal stacked bar.
    const b = amounts.slice(1).indexOf(Math.max(...amounts.slice(1))) + 1;
    const label = (await rows.nth(b).locator('th').textContent()) ?? '';
    await clickSegment(page, b);
    await page.waitForURL(/#\/invoices\?/);
    const grid = page.getByRole('grid', { name: 'Invoices' });
    await grid.locator('[role="row"][data-key]').first().waitFor();
    const cells = await grid.locator('[role="row"][data-key] [data-col="bucket"]').allTextContents();
    expect(new Set(cells)).toEqual(new Set([label]));
    const total = page.locator('[data-grid-totals] [data-currency] [data-col="open"]');
    await expect.poll(async () => minor(await total.first().textContent())).toBe(amounts[b]);

    await page.goto(`${url}index.html#/today`);
    const todayRow = page.locator(`tr[data-row]:has(a[href="${href}"])`).first();
    await todayRow.waitFor();
    expect(step).not.toBe('');
    expect((await todayRow.textContent()) ?? '').toContain(step);
  });

  it('opens a past month’s overdue invoices in the grid as of that month end, with the same total', async () => {
    h = await openApp();
    const { page, url } = h;
    await loadSample(page);
    await openDashboard(page, url);
    // The table row of a month a year back: its overdue amount opens the invoices late on that day.
    const row = page.getByTestId('chart-overdue').locator('tbody tr').nth(12);
    const link = row.locator('[data-overdue]');
    const amount = minor(await link.textContent());
    expect(amount).toBeGreaterThan(0);
    const before = await page.getByTestId('as-of').inputValue();
    await link.click();
    await page.waitForURL(/#\/invoices\?/);
    const asOf = await page.getByTestId('as-of').inputValue();
    expect(asOf).not.toBe(before);
    expect(asOf).toMatch(/^(28|29|30|31)\/\d{2}\/\d{4}$/); // a month's last day, dd/mm/yyyy in English (UK)
    const grid = page.getByRole('grid', { name: 'Invoices' });
    await grid.locator('[role="row"][data-key]').first().waitFor();
    const total = page.locator('[data-grid-totals] [data-currency] [data-col="open"]');
    await expect.poll(async () => minor(await total.first().textContent())).toBe(amount);

    // A bar of the chart does the same for one bucket of one month.
    await page.goto(`${url}index.html#/dashboard`);
    const canvas = page.locator('canvas[data-chart="overdue"]');
    await expect.poll(() => canvas.getAttribute('data-segments')).toBeTruthy();
    const segments = JSON.parse((await canvas.getAttribute('data-segments')) ?? '[]') as [number, number][][];
    const at = segments[0]?.[22];
    const rect = await canvas.boundingBox();
    if (!at || !rect) throw new Error('no bar');
    await page.mouse.click(rect.x + at[0], rect.y + at[1]);
    await page.waitForURL(/#\/invoices\?/);
    await grid.locator('[role="row"][data-key]').first().waitFor();
    const cells = await grid.locator('[role="row"][data-key] [data-col="bucket"]').allTextContents();
    expect(new Set(cells)).toEqual(new Set(['1–30 days']));
  });

  it('says which invoices a compensation in another currency comes from (RON invoices, 40 EUR each)', async () => {
    h = await openApp();
    const { page, url } = h;
    await loadSample(page);
    await openDashboard(page, url);
    await page.getByTestId('dashboard-currency').selectOption('RON');
    const card = page.getByTestId('claims');
    const euro = card.locator('.claims-row[data-currency="EUR"]');
    await expect.poll(() => card.locator('.claims-row').first().getAttribute('data-currency')).toBe('RON');
    const note = (await euro.locator('p').innerText()).trim();
    const [, count] =
      /^On ([\d,]+) invoices in RON overdue or paid late: the law sets their fixed compensation in EUR\.$/.exec(
        note,
      ) ?? [];
    expect(count).toBeTruthy();
    // The late-payment directive's fixed sum: 40 euro for each of them; no interest in euro to show.
    const n = Number(count!.replace(/,/g, ''));
    expect(minor(await euro.getByTestId('claims-compensation').textContent())).toBe(n * 4000);
    expect(await euro.getByTestId('claims-interest').count()).toBe(0);
  });

  it('downloads the weekly report as a PDF with the totals of every currency, the shown one first', async () => {
    h = await openApp();
    const { page, url } = h;
    await loadSample(page);
    await openDashboard(page, url);
    const figures = async () => ({
      open: ((await page.getByTestId('kpi-open').textContent()) ?? '').replace(/\s+/g, ' ').trim(),
      overdue: ((await page.getByTestId('kpi-overdue').textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    });
    const euro = await figures();
    const interest = (await page.getByTestId('claims-interest').first().textContent()) ?? '';
    await page.getByTestId('dashboard-currency').selectOption('RON');
    await expect.poll(async () => (await figures()).open).toContain('RON');
    const lei = await figures();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('weekly-report').click(),
    ]);
    // The sample's book is in several currencies: the file is the whole week's, named without one.
    expect(download.suggestedFilename()).toMatch(/^overdue-weekly-report-\d{4}-\d{2}-\d{2}\.pdf$/);
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    try {
      const file = join(dir, 'report.pdf');
      await download.saveAs(file);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Weekly overdue report');
      const ron = flat.indexOf('Invoices in RON');
      const eur = flat.indexOf('Invoices in EUR');
      expect(ron).toBeGreaterThan(-1);
      expect(eur).toBeGreaterThan(ron);
      // Each currency's own totals in its own section, never added together.
      expect(flat.slice(ron, eur)).toContain(lei.open);
      expect(flat.slice(ron, eur)).toContain(lei.overdue);
      expect(flat.slice(eur)).toContain(euro.open);
      expect(flat.slice(eur)).toContain(euro.overdue);
      expect(flat.slice(eur)).toContain(interest.replace(/\s+/g, ' ').trim());
      expect(flat).toContain('Overdue accounts and next steps');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Clicks segment `index` of the horizontal stacked aging bar where the chart says it drew it. */
async function clickSegment(page: Page, index: number): Promise<void> {
  const canvas = page.locator('canvas[data-chart="aging"]');
  await expect.poll(() => canvas.getAttribute('data-segments')).toBeTruthy();
  const segments = JSON.parse((await canvas.getAttribute('data-segments')) ?? '[]') as [number, number][][];
  const at = segments[index]?.[0];
  const rect = await canvas.boundingBox();
  if (!at || !rect) throw new Error(`no bar for bucket ${index}`);
  await page.mouse.click(rect.x + at[0], rect.y + at[1]);
}
