// A book too tall for the browser: 600,000 invoices of 28 px rows are 16.8M px, past the height the grid
// lets its body reach (virtual.ts), so scroll positions stand for more than a pixel of rows. A wheel step
// must still move the rows by the pixels scrolled, as a native list does; a drag of the scrollbar goes
// where the thumb is; the first and the last invoice are reached at the two ends, by steps or by a jump.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  untilRowsSettled,
  invoicesCounted,
  loadSample,
  openApp,
  reloadWithInvoiceBlocks,
  type Harness,
} from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const BLOCKS = 300;
const PER_BLOCK = 2_000;
const MINE = BLOCKS * PER_BLOCK;
/** Numbers as long as an accounting tool's (16 characters): shown whole, never cut. */
const num = (k: number) => `INV-2026-${String(k + 1).padStart(7, '0')}`;

interface Seen {
  scrollTop: number;
  scrollMax: number;
  /** The rows on screen, top to bottom: their row index (0 = first invoice) and number. */
  shown: { index: number; number: string; cut: boolean; top: number; bottom: number }[];
  viewTop: number;
  viewBottom: number;
  /** The empty row for a new invoice, under the last one, where it is on screen. */
  newRow: { top: number; bottom: number } | null;
}

/** What the user sees once the browser has drawn the frames after a scroll. */
const look = async (page: Page): Promise<Seen> => {
  await untilRowsSettled(page);
  return page.evaluate((): Seen => {
    const grid = document.querySelector('[role="grid"]')!;
    const scroller = grid.parentElement!;
    const viewTop = grid.querySelector('.head')!.getBoundingClientRect().bottom;
    const viewBottom = scroller.querySelector('.foot')!.getBoundingClientRect().top;
    const shown = [...grid.querySelectorAll<HTMLElement>('[role="row"][data-key]')]
      .map((r) => {
        const b = r.getBoundingClientRect();
        const cell = r.querySelector<HTMLElement>('[data-col="number"]')!;
        const style = getComputedStyle(cell);
        return {
          index: Number(r.getAttribute('aria-rowindex')) - 2,
          number: cell.textContent!.trim(),
          cut:
            cell.scrollWidth > cell.clientWidth + 1 ||
            (style.overflowX === 'hidden' && style.textOverflow === 'ellipsis'),
          top: b.top,
          bottom: b.bottom,
        };
      })
      .filter((r) => r.bottom > viewTop + 0.5 && r.top < viewBottom - 0.5)
      .sort((a, b) => a.top - b.top);
    const blank = grid.querySelector('[role="row"][data-new-row]')?.getBoundingClientRect();
    return {
      newRow: blank && blank.top < viewBottom - 0.5 ? { top: blank.top, bottom: blank.bottom } : null,
      scrollTop: scroller.scrollTop,
      scrollMax: scroller.scrollHeight - scroller.clientHeight,
      shown,
      viewTop,
      viewBottom,
    };
  });
};

/** Sets the scroll position and waits for the frame that draws it. */
const scrollTo = (page: Page, top: number) =>
  page.evaluate(
    (t) =>
      new Promise<void>((resolve) => {
        document.querySelector('[role="grid"]')!.parentElement!.scrollTop = t;
        requestAnimationFrame(() => resolve());
      }),
    top,
  );

describe('scrolling a book taller than the browser allows', () => {
  it('moves the rows by the pixels a wheel step scrolls, and reaches both ends', async () => {
    h = await openApp('#/invoices');
    const { page } = h;
    // A laptop's screen: the grid's columns take more than its width (it scrolls sideways).
    await page.setViewportSize({ width: 1280, height: 800 });
    await loadSample(page);
    const sample = await invoicesCounted(page);
    // 600,000 invoices written straight into the store after the sample's, as later blocks.
    await reloadWithInvoiceBlocks(
      page,
      {
        blocks: BLOCKS,
        per: PER_BLOCK,
        firstBlock: 5_000,
        id: 'cap-',
        number: 'INV-2026-',
        from: 1,
        pad: 7,
      },
      sample,
    );
    await page
      .locator('.shell:not([data-first-screen]) [role="grid"] [role="row"][data-key]')
      .first()
      .waitFor();
    // The grid's work in idle time (seconds at 600,000 rows) brings the Σ lines, which make the foot
    // taller, and the columns' true widths, which can make the header lower: the scroller's height and
    // end move. Its last step, the search index, is done once they are in, so the scrolls start then.
    await page.locator('[role="grid"][data-search-ready]').waitFor({ timeout: 120_000 });

    /** The screen holds consecutive rows with no gap, the invoices in the order they were stored. */
    const whole = (seen: Seen) => {
      const { shown } = seen;
      expect(shown.length).toBeGreaterThan(10);
      shown.forEach((r, k) => {
        if (k > 0) {
          expect(r.index).toBe(shown[0]!.index + k);
          expect(r.top).toBeCloseTo(shown[k - 1]!.bottom, 0);
        }
        if (r.index >= sample) expect(r).toMatchObject({ number: num(r.index - sample), cut: false });
      });
      expect(shown[0]!.top).toBeLessThanOrEqual(seen.viewTop + 0.5);
      // Down to the screen's bottom, or to the new invoice's row right under the last invoice.
      if (seen.newRow) expect(seen.newRow.top).toBeCloseTo(shown.at(-1)!.bottom, 0);
      expect((seen.newRow ?? shown.at(-1)!).bottom).toBeGreaterThanOrEqual(seen.viewBottom - 0.5);
    };
    /** The pixel of the rows at the screen's top, counted from the first row's top. */
    const at = (seen: Seen) => seen.shown[0]!.index * 28 + (seen.viewTop - seen.shown[0]!.top);

    // Past the cap: the body is shorter than its rows.
    const start = await look(page);
    expect(start.scrollMax + (start.viewBottom - start.viewTop)).toBeLessThan((sample + MINE) * 28);
    whole(start);

    // A drag of the scrollbar to the middle: the rows there, in order.
    await scrollTo(page, Math.round(start.scrollMax / 2));
    const middle = await look(page);
    whole(middle);
    expect(middle.shown[0]!.index).toBeGreaterThan(0.4 * MINE);
    expect(middle.shown[0]!.index).toBeLessThan(0.6 * MINE);

    // Forty wheel steps of 120 px down, then ten up: the rows moved by exactly those pixels.
    let top = middle.scrollTop;
    for (let k = 0; k < 40; k++) await scrollTo(page, (top += 120));
    const down = await look(page);
    whole(down);
    expect(at(down) - at(middle)).toBeCloseTo(40 * 120, 0);
    for (let k = 0; k < 10; k++) await scrollTo(page, (top -= 120));
    const up = await look(page);
    whole(up);
    expect(at(down) - at(up)).toBeCloseTo(10 * 120, 0);

    // The end by a jump: the last invoice is the last row, the new invoice's row under it at the bottom.
    await scrollTo(page, start.scrollMax);
    const end = await look(page);
    whole(end);
    expect(end.shown.at(-1)!.number).toBe(num(MINE - 1));
    expect(end.newRow?.bottom).toBeCloseTo(end.viewBottom, 0);

    // Near the top, then wheel steps up to the very top: the first invoice is the first row.
    await scrollTo(page, 3_000);
    top = (await look(page)).scrollTop;
    while (top > 0) await scrollTo(page, (top = Math.max(0, top - 120)));
    const first = await look(page);
    whole(first);
    expect(first.shown[0]!.index).toBe(0);
    expect(first.shown[0]!.top).toBeCloseTo(first.viewTop, 0);

    // By the keyboard: Ctrl+Down to the last invoice, then up a row at a time past the screen's top.
    const focused = () =>
      page.evaluate(() => {
        const row = document.activeElement?.closest<HTMLElement>('[role="row"]');
        return {
          r: Number(row?.dataset.r),
          number: row?.querySelector('[data-col="number"]')?.textContent?.trim(),
        };
      });
    await page.locator('[role="grid"] [role="row"][data-key]').nth(1).locator('[data-col="number"]').click();
    await page.keyboard.press('Control+ArrowDown');
    await expect.poll(focused).toEqual({ r: sample + MINE - 1, number: num(MINE - 1) });
    const bottom = await look(page);
    whole(bottom);
    for (let k = 0; k < 30; k++) await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toEqual({ r: sample + MINE - 31, number: num(MINE - 31) });
    const climbed = await look(page);
    whole(climbed);
    // The active row is on screen, at its top: the rows moved by a row a key once it got there.
    expect(climbed.shown[0]!.number).toBe(num(MINE - 31));
    expect(climbed.shown[0]!.top).toBeCloseTo(climbed.viewTop, 0);
    expect(h.pageErrors).toEqual([]);
  }, 180_000);
});
