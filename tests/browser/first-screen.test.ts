// A large book shows its invoice grid's first screen while the rest loads: the first stored invoices
// with their figures, read-only, saying that the others are on their way — never a part's count or
// total as the book's — and then the whole book, in the same order.
import { afterEach, describe, expect, it } from 'vitest';
import {
  invoicesCounted,
  loadSample,
  openApp,
  storeInvoiceBlocks,
  untilInvoicesCounted,
  type Harness,
} from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const EXTRA_BLOCKS = 30;
const PER_BLOCK = 2_000;

describe('opening a large book', () => {
  it('shows the first invoices at once, read-only, then the whole book in the same order', async () => {
    h = await openApp('#/invoices');
    const { page } = h;
    await loadSample(page);
    const sampleCount = await invoicesCounted(page);
    // 60,000 more invoices (past the 50,000 of a large book), written straight into the store as later blocks (as a large import leaves them).
    await storeInvoiceBlocks(page, {
      blocks: EXTRA_BLOCKS,
      per: PER_BLOCK,
      firstBlock: 1_000,
      id: 'bulk-',
      number: 'BULK-',
      from: 0,
      pad: 0,
    });
    // What the first screen looked like, recorded from the page itself as it appears.
    await page.addInitScript(() => {
      const seen: Record<string, unknown> = {};
      (window as unknown as { __first: Record<string, unknown> }).__first = seen;
      new MutationObserver(() => {
        const shell = document.querySelector('[data-first-screen]');
        const row = shell?.querySelector('[role="grid"] [role="row"][data-key]');
        if (!shell || !row || seen.row) return;
        seen.row = row.getAttribute('data-key');
        seen.inert = shell.hasAttribute('inert');
        seen.count = shell.querySelector('[data-grid-count]')?.textContent?.trim();
        seen.foot = shell.querySelector('.foot')?.textContent?.trim();
        seen.status = shell.querySelector('[role="status"]')?.textContent?.trim();
        seen.selectAll = [...shell.querySelectorAll('button')].filter((b) =>
          /select all/i.test(b.textContent ?? ''),
        ).length;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    const fullRow = page.locator('.shell:not([data-first-screen]) [role="grid"] [role="row"][data-key]');
    await fullRow.first().waitFor({ timeout: 60_000 });
    const first = await page.evaluate(
      () => (window as unknown as { __first: Record<string, unknown> }).__first,
    );
    expect(first.row).toBeTruthy();
    expect(first.inert).toBe(true);
    // Not "N rows" of a part of the book, and no sum of a part as the Σ line.
    expect(first.count).toBe('Showing the first invoices; loading the others…');
    expect(first.foot).toBe('Σ …');
    expect(first.status).toBe('Showing the first invoices; loading the others…');
    expect(first.selectAll).toBe(0);
    // The whole book: every invoice counted, the first row the same as on the first screen.
    await untilInvoicesCounted(page, sampleCount + EXTRA_BLOCKS * PER_BLOCK, 30_000);
    expect(await fullRow.first().getAttribute('data-key')).toBe(first.row);
    expect(await page.locator('[data-first-screen]').count()).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });
});
