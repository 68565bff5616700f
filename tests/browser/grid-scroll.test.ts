import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { untilRowsSettled, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const ROWS = 5_000;
const num = (i: number) => `S-${String(i + 1).padStart(5, '0')}`;
/**
 * One customer in forty has a name far longer than the customer column is wide, and one a Hebrew name
 * with figures (drawn right to left around them: a fast scroll's canvas must draw it as the rows do).
 */
const LONG = 'Cooperativa Agricola Produttori Vitivinicoli della Valle dell’Adige e del Trentino Orientale';
const customer = (i: number) =>
  i % 40 === 7 ? `${LONG} ${i % 40}` : i % 40 === 11 ? 'אורן 2024 בע״מ 11' : `Customer ${i % 40} Ltd`;

/** Imports ROWS invoices numbered S-00001… and opens the invoices grid sorted by number. */
async function withManyInvoices(page: Page, url: string): Promise<void> {
  const lines = ['Invoice no,Customer,Invoice date,Due date,Amount,Currency'];
  for (let i = 0; i < ROWS; i++)
    lines.push(`${num(i)},${customer(i)},2026-01-10,2026-02-09,${(i % 900) + 100}.25,GBP`);
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await page.getByRole('button', { name: /Import 5,000 rows/ }).click({ timeout: 60_000 });
  await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
  await page.goto(`${url}index.html#/invoices`);
  const grid = page.getByRole('grid', { name: 'Invoices' });
  await grid.locator('[role="row"][data-key]').first().waitFor();
  await grid.locator('[role="columnheader"][data-col="number"] button.title').click();
  await expect
    .poll(() => grid.locator('[role="columnheader"][data-col="number"]').getAttribute('aria-sort'))
    .toBe('ascending');
}

interface Seen {
  scrollTop: number;
  /** The rows on screen, top to bottom (between the sticky header and the totals). */
  shown: { number: string; index: number; top: number; bottom: number }[];
  /** Rows in the document above and below the screen (ready for a small step). */
  above: number;
  below: number;
  viewTop: number;
  viewBottom: number;
}

/** What the user sees in the grid once the browser has drawn the frames after a scroll. */
const look = async (page: Page): Promise<Seen> => {
  await untilRowsSettled(page);
  return page.evaluate((): Seen => {
    const grid = document.querySelector('[role="grid"]')!;
    const scroller = grid.parentElement!;
    const viewTop = grid.querySelector('.head')!.getBoundingClientRect().bottom;
    const viewBottom = scroller.querySelector('.foot')!.getBoundingClientRect().top;
    const rows = [...grid.querySelectorAll<HTMLElement>('[role="row"][data-key]')].map((r) => {
      const b = r.getBoundingClientRect();
      return {
        number: r.querySelector('[data-col="number"]')!.textContent!.trim(),
        index: Number(r.getAttribute('aria-rowindex')),
        top: b.top,
        bottom: b.bottom,
      };
    });
    const shown = rows
      .filter((r) => r.bottom > viewTop + 0.5 && r.top < viewBottom - 0.5)
      .sort((a, b) => a.top - b.top);
    return {
      scrollTop: scroller.scrollTop,
      shown,
      above: rows.filter((r) => r.bottom <= viewTop + 0.5).length,
      below: rows.filter((r) => r.top >= viewBottom - 0.5).length,
      viewTop,
      viewBottom,
    };
  });
};

/** The screen holds consecutive invoices, in order, with no gap, starting at the row the scroll is at. */
function expectWholeScreen(seen: Seen): void {
  const { shown } = seen;
  expect(shown.length).toBeGreaterThan(10);
  const first = Number(shown[0]!.number.slice(2)) - 1;
  // Rows are 28 px: the row at the top of the screen is the one the scroll position is in.
  expect(first).toBe(Math.floor(seen.scrollTop / 28));
  shown.forEach((r, k) => {
    expect(r.number).toBe(num(first + k));
    // aria-rowindex: the header is row 1, the first invoice row 2.
    expect(r.index).toBe(first + k + 2);
    if (k > 0) expect(r.top).toBeCloseTo(shown[k - 1]!.bottom, 0);
  });
  expect(shown[0]!.top).toBeLessThanOrEqual(seen.viewTop + 0.5);
  expect(shown.at(-1)!.bottom).toBeGreaterThanOrEqual(seen.viewBottom - 0.5);
}

/**
 * Each pixel's darkness (0 white … 765 black), and where it is ink: text or a line dark enough to read
 * (not a shade or a grid line).
 */
function inkOf(png: Buffer): { ink: Uint8Array; dark: Uint16Array; width: number; height: number } {
  const { data, width, height } = PNG.sync.read(png);
  const ink = new Uint8Array(width * height);
  const dark = new Uint16Array(width * height);
  for (let i = 0; i < ink.length; i++) {
    dark[i] = 765 - (data[4 * i]! + data[4 * i + 1]! + data[4 * i + 2]!);
    ink[i] = dark[i]! > 315 ? 1 : 0;
  }
  return { ink, dark, width, height };
}

/**
 * The share of `a`'s ink with nothing as dark in `b` at the same place or a pixel beside it: 0 when the
 * two show the same texts at the same places, more when a row is off. Anti-aliasing may differ: a
 * stroke a pixel wide that one draws on a pixel, the other may draw half a pixel over, as two pixels
 * half as dark (neither of them ink); half `a`'s darkness beside it counts as there.
 */
function inkMissing(a: ReturnType<typeof inkOf>, b: ReturnType<typeof inkOf>, rowsDown = 0): number {
  const { width: w, height: h } = a;
  let ink = 0;
  let missing = 0;
  for (let y = 1; y < h - 1; y++) {
    const yb = y + rowsDown * 28;
    if (yb < 1 || yb >= h - 1) continue;
    for (let x = 1; x < w - 1; x++) {
      if (!a.ink[y * w + x]) continue;
      ink++;
      const need = a.dark[y * w + x]! / 2;
      let near = false;
      for (let j = -1; j <= 1 && !near; j++)
        for (let i = -1; i <= 1 && !near; i++) near = b.dark[(yb + j) * w + x + i]! >= need;
      if (!near) missing++;
    }
  }
  return missing / ink;
}

const scrollTo = (page: Page, top: number) =>
  page.evaluate((t) => {
    document.querySelector('[role="grid"]')!.parentElement!.scrollTop = t;
  }, top);

describe('scrolling the invoices grid', () => {
  it('shows the right rows, in order and without gaps, after screen-sized jumps, a drag of the scrollbar and wheel steps', async () => {
    h = await openApp('#/import');
    const { page, url } = h;
    await withManyInvoices(page, url);
    expectWholeScreen(await look(page));

    // A screen at a time, ten times, each frame a new screen (the way Page Down held or a fast drag does).
    const screen = await page.evaluate(
      () => document.querySelector('[role="grid"]')!.parentElement!.clientHeight,
    );
    for (let k = 1; k <= 10; k++) {
      await scrollTo(page, k * (screen - 40));
      expectWholeScreen(await look(page));
    }
    // A jump to 60 % of the book, then to the very end: the last invoice is the last row.
    await scrollTo(page, 0.6 * ROWS * 28);
    expectWholeScreen(await look(page));
    await scrollTo(page, 10 * ROWS * 28);
    const end = await look(page);
    expect(end.shown.at(-1)!.number).toBe(num(ROWS - 1));

    // Once the scrolling pauses, the rows just above and below the screen are there too, so the next
    // small step shows no blank.
    await scrollTo(page, 1000 * 28);
    await page.waitForTimeout(400);
    const rest = await look(page);
    expectWholeScreen(rest);
    expect(rest.above).toBeGreaterThan(0);
    expect(rest.below).toBeGreaterThan(0);

    // Wheel steps down and back up.
    const box = await page.evaluate(() => {
      const b = document.querySelector('[role="grid"]')!.parentElement!.getBoundingClientRect();
      return { x: b.x, y: b.y };
    });
    await page.mouse.move(box.x + 300, box.y + 200);
    for (const dy of [120, 120, 120, -360, 240]) {
      const before = (await look(page)).scrollTop;
      await page.mouse.wheel(0, dy);
      await expect.poll(async () => (await look(page)).scrollTop).toBe(before + dy);
      expectWholeScreen(await look(page));
    }
    expect(h.pageErrors).toEqual([]);
  });

  it('draws the screens of a fast scroll (a jump, or small steps that go on) as the rows show them once it pauses, and answers a key or a click at once', async () => {
    h = await openApp('#/import');
    const { page, url } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await withManyInvoices(page, url);
    const grid = page.getByRole('grid', { name: 'Invoices' });
    // A ticked row and an active cell, so that their marks are drawn too.
    await grid.locator('[role="row"][data-key]').nth(2).locator('input[type="checkbox"]').check();
    // The screen's rows, between the header and the totals, without the scrollbar.
    const box = await page.evaluate(() => {
      const scroller = document.querySelector('[role="grid"]')!.parentElement!;
      const b = scroller.getBoundingClientRect();
      const top = scroller.querySelector('.head')!.getBoundingClientRect().bottom;
      const bottom = scroller.querySelector('.foot')!.getBoundingClientRect().top;
      return { x: b.x + 1, y: top, width: scroller.clientWidth, height: Math.round(bottom - top) };
    });
    const canvasOn = () => page.evaluate(() => !!document.querySelector('canvas.fast.on'));
    /** Scrolls there at once; whether the canvas shows two frames later (read in the page, in time). */
    const jump = (top: number | null, left: number) =>
      page.evaluate(
        ({ top, left }) =>
          new Promise<boolean>((resolve) => {
            const s = document.querySelector('[role="grid"]')!.parentElement!;
            s.scrollLeft = left;
            s.scrollTop = top ?? Math.round(0.37 * (s.scrollHeight - s.clientHeight));
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve(!!document.querySelector('canvas.fast.on'))),
            );
          }),
        { top, left },
      );

    for (const middle of [true, false]) {
      // A jump of many screens, to 37 % of the book, then back to the top scrolled 150 px sideways:
      // drawn on the canvas while the scroll goes on.
      expect(await jump(middle ? null : 0, middle ? 0 : 150)).toBe(true);
      expect(
        await page.evaluate(() => document.querySelector('[role="grid"]')!.parentElement!.scrollLeft),
      ).toBe(middle ? 0 : 150);
      // The canvas covers the rows' screen exactly: its picture is what the screen shows (a screenshot
      // could outlast the scroll's pause).
      const drawn = inkOf(
        Buffer.from(
          (
            await page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas.fast')!.toDataURL())
          ).split(',')[1]!,
          'base64',
        ),
      );
      expect({ width: drawn.width, height: drawn.height }).toEqual({ width: box.width, height: box.height });
      // Once the scroll pauses, the rows themselves, at the same place.
      await expect.poll(canvasOn).toBe(false);
      const rows = inkOf(await page.screenshot({ clip: box }));
      expect(inkMissing(drawn, rows)).toBeLessThan(0.002);
      expect(inkMissing(rows, drawn)).toBeLessThan(0.002);
      // The comparison sees a row out of place (these rows differ only in their numbers and amounts).
      expect(inkMissing(drawn, rows, 1)).toBeGreaterThan(0.01);
      expectWholeScreen(await look(page));
    }

    // A scroll that goes on in small steps (120 px a frame, as a wheel or a trackpad gives them): drawn
    // on the canvas from its second step; a lone small step is not (the rows stay, moved).
    const steps = (n: number) =>
      page.evaluate(
        (n) =>
          new Promise<{ on: boolean[]; picture: string }>((resolve) => {
            const s = document.querySelector('[role="grid"]')!.parentElement!;
            const on: boolean[] = [];
            let i = 0;
            const step = () => {
              if (i > 0) on.push(!!document.querySelector('canvas.fast.on'));
              if (i++ === n)
                return resolve({
                  on,
                  picture: document.querySelector<HTMLCanvasElement>('canvas.fast')!.toDataURL(),
                });
              s.scrollTop += 120;
              requestAnimationFrame(step);
            };
            requestAnimationFrame(step);
          }),
        n,
      );
    await page.evaluate(() => (document.querySelector('[role="grid"]')!.parentElement!.scrollTop = 0));
    await expect.poll(canvasOn).toBe(false);
    expect((await steps(1)).on).toEqual([false]);
    const going = await steps(12);
    expect(going.on.slice(1)).toEqual(Array(11).fill(true));
    await expect.poll(canvasOn).toBe(false);
    const settled = inkOf(await page.screenshot({ clip: box }));
    const drawnGoing = inkOf(Buffer.from(going.picture.split(',')[1]!, 'base64'));
    expect(inkMissing(drawnGoing, settled)).toBeLessThan(0.002);
    expect(inkMissing(settled, drawnGoing)).toBeLessThan(0.002);
    expectWholeScreen(await look(page));
    // Back to the top, the rows there (not only the canvas gone: the scroll comes at the next frame).
    await page.evaluate(() => (document.querySelector('[role="grid"]')!.parentElement!.scrollTop = 0));
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            !document.querySelector('canvas.fast.on') &&
            !!document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]'),
        ),
      )
      .toBe(true);

    // A key during a fast scroll: the rows are there at once, and the key moves the active cell.
    await grid.locator('[role="row"][data-key]').first().locator('[data-col="number"]').click();
    expect(await jump(100 * 28, 0)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await canvasOn()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(num(1));

    // A click during a fast scroll: on the cell under the pointer.
    expect(await jump(2_000 * 28, 0)).toBe(true);
    await page.mouse.click(box.x + 120, box.y + 3 * 28 + 14);
    expect(await canvasOn()).toBe(false);
    // The fourth row on screen (the screen starts at row 2,000), its number.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe(num(2_003));

    expect(h.pageErrors).toEqual([]);
  });

  it('cuts a name too long for its cell with an ellipsis, inside the cell, and lets no other text out of its cell', async () => {
    h = await openApp('#/import');
    const { page, url } = h;
    await withManyInvoices(page, url);
    const grid = page.getByRole('grid', { name: 'Invoices' });
    /** Every cell on screen: whether its text runs past its box, and whether it is cut with an ellipsis. */
    const cells = () =>
      grid.evaluate((g) =>
        [...g.querySelectorAll<HTMLElement>('[role="row"][data-key] [role="gridcell"][data-col]')].map(
          (c) => {
            const style = getComputedStyle(c);
            return {
              text: c.textContent!.trim(),
              over: c.scrollWidth > c.clientWidth + 1,
              cut: style.overflowX === 'hidden' && style.textOverflow === 'ellipsis',
            };
          },
        ),
      );
    for (const at of [0, 0.5]) {
      await grid.evaluate((g, f) => {
        const s = g.parentElement!;
        s.scrollTop = f * (s.scrollHeight - s.clientHeight);
      }, at);
      await page.waitForTimeout(300);
      const seen = await cells();
      const long = seen.filter((c) => c.text.startsWith(LONG));
      // Sorted by number, one row in forty has the long name: a screen shows at least one.
      expect(long.length).toBeGreaterThan(0);
      for (const c of long) expect(c).toMatchObject({ over: true, cut: true });
      // Nothing else is wider than its cell, so nothing is drawn over the next one.
      expect(seen.filter((c) => c.over && !c.cut)).toEqual([]);
    }
    expect(h.pageErrors).toEqual([]);
  });

  it('keeps the active cell and moves it a screen at a time with Page Down and Page Up', async () => {
    h = await openApp('#/import');
    const { page, url } = h;
    await withManyInvoices(page, url);
    const grid = page.getByRole('grid', { name: 'Invoices' });
    await grid.locator('[role="row"][data-key]').first().locator('[data-col="number"]').click();
    for (let k = 0; k < 5; k++) await page.keyboard.press('PageDown');
    // The active cell, and whether it lies between the header and the totals (the screen `look` sees).
    const active = async () => {
      const { viewTop, viewBottom } = await look(page);
      const { top, bottom, ...cell } = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const b = el.getBoundingClientRect();
        return {
          text: el.textContent!.trim(),
          col: el.dataset.col,
          index: Number(el.closest('[role="row"]')!.getAttribute('aria-rowindex')),
          top: b.top,
          bottom: b.bottom,
        };
      });
      return { ...cell, inView: top >= viewTop - 0.5 && bottom <= viewBottom + 0.5 };
    };
    const down = await active();
    expect(down.col).toBe('number');
    expect(down.inView).toBe(true);
    // The active cell shows its own row's invoice, well down the book.
    expect(down.text).toBe(num(down.index - 2));
    expect(down.index).toBeGreaterThan(60);
    for (let k = 0; k < 5; k++) await page.keyboard.press('PageUp');
    const up = await active();
    expect(up).toEqual({ text: num(0), col: 'number', index: 2, inView: true });
    expect(h.pageErrors).toEqual([]);
  });
});
