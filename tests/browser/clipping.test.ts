// Nothing the user needs to read is cut off at 1280×800: no money figure, header cell or table whose
// content is wider than its box, and no text ended by an ellipsis, in English and in Romanian (long
// words), on the main views. Written over the whole page, not per element, so a new view is covered.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSample, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** Elements that are cut: content wider than the box (beyond a pixel of rounding), or ellipsised. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const money = /\d[\d.,\u00a0\u202f ]*\d\s?(€|£|\$|[A-Z]{3}|kr\.?|lei)|(€|£|\$|[A-Z]{3})\s?\d/;
    const seen = new Set<Element>();
    const out: string[] = [];
    const candidates = document.querySelectorAll(
      [
        'main table',
        'main th',
        'main td',
        'main [role="columnheader"]',
        'main [role="columnheader"] .text',
        'main [role="gridcell"]',
        'main [data-grid-totals] [data-col]',
        'main [data-money]',
        'main dd',
        'header',
        'header nav',
      ].join(','),
    );
    for (const el of candidates) {
      if (seen.has(el)) continue;
      seen.add(el);
      const e = el as HTMLElement;
      if (!e.offsetParent && e.tagName !== 'HEADER') continue; // not shown
      const text = (e.innerText || '').trim();
      // Grid body cells may ellipsise long names; figures, headers and tables may not.
      const isCell = e.getAttribute('role') === 'gridcell';
      if (isCell && !money.test(text)) continue;
      const style = getComputedStyle(e);
      const over =
        e.scrollWidth > e.clientWidth + 1 && style.overflowX !== 'auto' && style.overflowX !== 'scroll';
      const ellipsis = style.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth;
      if (over || ellipsis) {
        const where = e.closest('[data-col]')?.getAttribute('data-col') ?? '';
        out.push(
          `${e.tagName.toLowerCase()}${where ? `[${where}]` : ''} "${text.slice(0, 40)}" ${e.scrollWidth}>${e.clientWidth}`,
        );
      }
    }
    // A grid's column filters stand on one line, under titles of one line or two ("Zile de întârziere").
    for (const row of document.querySelectorAll('main [role="row"]')) {
      const tops = [...row.querySelectorAll('[role="columnheader"] [data-filter]')]
        .filter((f) => (f as HTMLElement).offsetParent)
        .map((f) => Math.round(f.getBoundingClientRect().top));
      if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 1)
        out.push(`column filters at ${[...new Set(tops)].join(', ')} px from the top`);
    }
    // The header is one row.
    const header = document.querySelector('header');
    if (header && header.getBoundingClientRect().height > 56)
      out.push(`header is ${header.getBoundingClientRect().height}px high`);
    const nav = document.querySelector('header nav');
    if (nav && nav.scrollWidth > nav.clientWidth + 1) out.push('header nav scrolls');
    return out;
  });
}

async function setLanguage(page: Page, url: string, lang: string): Promise<void> {
  await page.goto(`${url}index.html#/settings`);
  await page.getByTestId('settings-language').or(page.getByLabel('Language')).first().selectOption(lang);
  await page.locator('form button[type="submit"]').first().click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

async function visit(page: Page, url: string, hash: string, ready: string): Promise<void> {
  await page.goto(`${url}index.html${hash}`);
  await page.locator(ready).first().waitFor();
  // Widths settle after the first paint (the grid measures its room).
  await page.waitForTimeout(300);
}

async function mainViews(page: Page, url: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  await visit(page, url, '#/today', '[data-testid="today-currencies"]');
  found.today = await clipped(page);
  for (const grid of ['invoices', 'customers', 'payments', 'activity']) {
    await visit(page, url, `#/${grid}`, '[role="grid"]');
    found[grid] = await clipped(page);
  }
  await visit(page, url, '#/reports', 'main h1');
  found.reports = await clipped(page);
  // The dashboard's headline figures, in every currency of the book (the longest are in RON and DKK).
  await visit(page, url, '#/dashboard', '[data-testid="kpis"]');
  found.dashboard = [];
  for (const c of await page.getByTestId('dashboard-currency').locator('option').allTextContents()) {
    await page.getByTestId('dashboard-currency').selectOption(c);
    await page.waitForTimeout(200);
    found.dashboard.push(...(await clipped(page)).map((e) => `${c}: ${e}`));
  }
  await visit(page, url, '#/invoices', '[role="grid"] [role="row"][data-key]');
  // An overdue invoice: its details have the interest periods.
  await page
    .locator('[role="row"][data-key]', { hasText: /1–30|31–60|61–90|90\+|zile|days/ })
    .first()
    .locator('button')
    .last()
    .click();
  await page.getByTestId('invoice-detail').waitFor();
  found.invoiceDetail = await clipped(page);
  await visit(page, url, '#/customers', '[role="grid"] [role="row"][data-key]');
  await page.locator('[role="row"][data-key] button').last().click();
  await page.getByTestId('customer-summary').waitFor();
  found.customer = await clipped(page);
  // The customer's page reads top down: the summary, then the contact log, the statement last.
  const tops = await page.evaluate(() =>
    ['[data-testid="customer-summary"]', '#log-title', '#statement-title'].map(
      (s) => document.querySelector(s)?.getBoundingClientRect().top ?? -1,
    ),
  );
  if (!(tops[0]! >= 0 && tops[0]! < tops[1]! && tops[1]! < tops[2]!))
    found.customer.push(`order ${tops.join(' ')}`);
  return found;
}

const nothing = {
  today: [],
  invoices: [],
  customers: [],
  payments: [],
  activity: [],
  reports: [],
  dashboard: [],
  invoiceDetail: [],
  customer: [],
};

describe('nothing is cut off at 1280×800', () => {
  it('in English and in Romanian, on Today, the four grids, Reports, the dashboard, an invoice and a customer', async () => {
    h = await openApp('#/today');
    const { page, url } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await loadSample(page);
    expect(await mainViews(page, url)).toEqual(nothing);
    await setLanguage(page, url, 'ro');
    expect(await mainViews(page, url)).toEqual(nothing);
    expect(h.pageErrors).toEqual([]);
  });
});
