// A search typed as soon as a large book is on screen, before the grid has built its search text in the
// background: the page must not freeze while that text is built (at a million rows it froze 4.5 s).
// The rows shown stay as they are, the toolbar says the search is under way, in the user's language,
// and then the rows found show.
import { afterEach, describe, expect, it } from 'vitest';
import { invoicesCounted, loadSample, openApp, reloadWithInvoiceBlocks, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const BLOCKS = 50;
const PER_BLOCK = 2_000;

describe('a search typed before the search text is built', () => {
  it('keeps the page answering, says it is searching, then shows the rows found', async () => {
    h = await openApp('', { locale: 'it-IT' });
    const { page } = h;
    await loadSample(page, 'Carica dati di esempio');
    const sample = await invoicesCounted(page);
    // 100,000 invoices numbered ES-000001 to ES-100000, written straight into the store.
    await reloadWithInvoiceBlocks(
      page,
      {
        blocks: BLOCKS,
        per: PER_BLOCK,
        firstBlock: 5_000,
        id: 'es-',
        number: 'ES-',
        from: 1,
        pad: 6,
      },
      sample,
    );
    await page
      .locator('.shell:not([data-first-screen]) [role="grid"] [role="row"][data-key]')
      .first()
      .waitFor();

    // Typed at once: ES-001200 to ES-001299 hold "es-0012".
    const seen = await page.evaluate(
      () =>
        new Promise<{ builtBefore: boolean; longest: number; notes: string[]; count: string; first: string }>(
          (resolve) => {
            const grid = document.querySelector('[role="grid"]')!;
            const builtBefore = grid.hasAttribute('data-search-ready');
            const input = document.querySelector<HTMLInputElement>('[data-grid-search]')!;
            const notes = new Set<string>();
            let last = performance.now();
            let longest = 0;
            // (Read when the frame's callback runs: its own time stamp is when the frame began.)
            const frame = () => {
              const now = performance.now();
              longest = Math.max(longest, now - last);
              last = now;
              notes.add(document.querySelector('[data-grid-count]')!.textContent!.trim());
              if (grid.getAttribute('data-filtered-count') !== '100') {
                requestAnimationFrame(frame);
                return;
              }
              resolve({
                builtBefore,
                longest,
                notes: [...notes],
                count: document.querySelector('[data-grid-count]')!.textContent!.trim(),
                first: grid.querySelector('[role="row"][data-key] [data-col="number"]')!.textContent!.trim(),
              });
            };
            input.value = 'es-0012';
            input.dispatchEvent(new Event('input', { bubbles: true }));
            last = performance.now();
            requestAnimationFrame(frame);
          },
        ),
    );
    // The text was not built yet when the search came (100,000 rows take a second or more to build).
    expect(seen.builtBefore).toBe(false);
    // No frame waited long: the text is built a step at a time (it took one long task before).
    expect(seen.longest).toBeLessThan(250);
    // Meanwhile the toolbar said so, in Italian, with how far it had got.
    expect(seen.notes.some((n) => /^Ricerca in corso… \d{1,3}\s?%$/.test(n))).toBe(true);
    expect(seen.notes.join(' ')).not.toMatch(/Searching/);
    // Then the rows found, and their count.
    expect(seen.count).toBe(`100 di ${(sample + BLOCKS * PER_BLOCK).toLocaleString('it-IT')} righe`);
    expect(seen.first).toMatch(/^ES-0012\d\d$/);
  });
});
