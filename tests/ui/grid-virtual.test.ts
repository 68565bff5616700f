import { describe, expect, it } from 'vitest';
import {
  followScroll,
  MAX_SCROLL_PX,
  rowWindow,
  scrollToRow,
  windowCapacity,
} from '../../src/ui/grid/virtual';

describe('rowWindow', () => {
  const base = { scrollTop: 0, viewport: 280, rowCount: 1000, rowHeight: 28, overscan: 3 };

  it('renders the visible rows plus overscan', () => {
    expect(rowWindow(base)).toEqual({ start: 0, end: 14, height: 28000, top: 0 });
    const w = rowWindow({ ...base, scrollTop: 2800 });
    expect(w.start).toBe(97);
    expect(w.end).toBe(114);
    expect(w.top).toBe(97 * 28);
  });

  it('keeps its rows within the capacity, so a row scrolled in reuses the slot of one scrolled out', () => {
    // 280 px of 28 px rows: 10 visible, one partly, and 3 above and below: 17 slots (97..113 above).
    const cap = windowCapacity(base.viewport, base.rowHeight, base.overscan);
    expect(cap).toBe(17);
    for (let top = 0; top < 5_000; top += 7) {
      const w = rowWindow({ ...base, scrollTop: top });
      expect(w.end - w.start).toBeLessThanOrEqual(cap);
    }
    // One row further down: the slots in use are the same set; the row that left gave its slot.
    const a = rowWindow({ ...base, scrollTop: 2800 });
    const b = rowWindow({ ...base, scrollTop: 2828 });
    const slots = (w: { start: number; end: number }) =>
      Array.from({ length: w.end - w.start }, (_, i) => (w.start + i) % cap).sort((x, y) => x - y);
    expect(slots(b)).toEqual(slots(a));
    expect((b.end - 1) % cap).toBe(a.start % cap);
  });

  it('clamps at the end and handles an empty grid', () => {
    const w = rowWindow({ ...base, scrollTop: 1e9 });
    expect(w.end).toBe(1000);
    expect(rowWindow({ ...base, rowCount: 0 })).toEqual({ start: 0, end: 0, height: 0, top: 0 });
  });

  it('scales past the browser height cap and still reaches the last row', () => {
    const big = { ...base, rowCount: 1_000_000 };
    const w0 = rowWindow(big);
    expect(w0.height).toBe(MAX_SCROLL_PX);
    const bottom = rowWindow({ ...big, scrollTop: MAX_SCROLL_PX - base.viewport });
    expect(bottom.end).toBe(1_000_000);
    // The last row's bottom sits at the viewport's bottom.
    const lastTop = bottom.top + (999_999 - bottom.start) * 28;
    expect(lastTop + 28).toBeCloseTo(MAX_SCROLL_PX, 6);
  });
});

describe('scrollToRow', () => {
  it('scrolls only when the row is out of view', () => {
    expect(scrollToRow(5, 0, 280, 1000, 28)).toBeNull();
    expect(scrollToRow(20, 0, 280, 1000, 28)).toMatchObject({ scrollTop: 21 * 28 - 280, deviation: 0 });
    expect(scrollToRow(2, 1000, 280, 1000, 28)).toMatchObject({ scrollTop: 56, deviation: 0 });
  });

  it('brings a far row into view when scaled', () => {
    const place = scrollToRow(600_000, 0, 280, 1_000_000, 28)!;
    const w = rowWindow({ ...place, viewport: 280, rowCount: 1_000_000, rowHeight: 28, overscan: 0 });
    expect(600_000).toBeGreaterThanOrEqual(w.start);
    expect(600_000).toBeLessThan(w.end);
  });

  it('brings the next row into view with the step a native list takes, when scaled', () => {
    const big = { viewport: 280, rowCount: 1_000_000, rowHeight: 28 };
    // The window at the middle of the scroll range; the row just under the viewport.
    const at = 7_000_000;
    const w = rowWindow({ ...big, scrollTop: at, overscan: 0 });
    const below = w.end;
    const place = scrollToRow(below, at, big.viewport, big.rowCount, big.rowHeight)!;
    // Scrolled by less than two rows, and the row is now the last one fully in view.
    expect(place.scrollTop - at).toBeGreaterThan(0);
    expect(place.scrollTop - at).toBeLessThan(2 * 28);
    const after = rowWindow({ ...big, ...place, overscan: 0 });
    const shownTop = (r: number) => after.top + (r - after.start) * 28 - place.scrollTop;
    expect(shownTop(below)).toBeCloseTo(280 - 28, 6);
  });
});

/** The natural pixel shown at the viewport's top: read from the window, as the rows are placed. */
function shownAt(w: { start: number; top: number }, scrollTop: number, rowHeight = 28): number {
  return scrollTop + w.start * rowHeight - w.top;
}

describe('scrolling a million rows (past the browser height cap)', () => {
  const big = { viewport: 700, rowCount: 1_000_000, rowHeight: 28, overscan: 0 };
  const step = (from: number, to: number, deviation: number) =>
    followScroll({ from, to, deviation, viewport: big.viewport, rowCount: big.rowCount, rowHeight: 28 });

  it('moves the rows by the pixels scrolled for a wheel step, not by the scale', () => {
    let top = 5_000_000;
    let dev = 0;
    const start = shownAt(rowWindow({ ...big, scrollTop: top }), top);
    for (let k = 0; k < 100; k++) {
      dev = step(top, top + 120, dev);
      top += 120;
    }
    // 100 steps of 120 px: 12,000 px of rows (~429 rows), where the scale would have moved ~22,400 px.
    expect(shownAt(rowWindow({ ...big, scrollTop: top, deviation: dev }), top) - start).toBeCloseTo(
      12_000,
      6,
    );
  });

  it('goes to the proportional place on a jump (the scrollbar dragged)', () => {
    const dev = step(5_000_000, 9_000_000, 4_000);
    expect(dev).toBe(0);
    const w = rowWindow({ ...big, scrollTop: 9_000_000, deviation: dev });
    const natural = 1_000_000 * 28 - 700;
    const range = MAX_SCROLL_PX - 700;
    expect(shownAt(w, 9_000_000)).toBeCloseTo((9_000_000 * natural) / range, 3);
  });

  it('still reaches the first row at the top and the last at the bottom, by small steps', () => {
    // Down by wheel steps from the middle, then all the way up by steps of two screens (the most that is
    // still a step, not a jump): the top shows row 0.
    let top = 7_500_000;
    let dev = 0;
    for (let k = 0; k < 200; k++) {
      dev = step(top, top + 600, dev);
      top += 600;
    }
    expect(dev).not.toBe(0);
    let last = shownAt(rowWindow({ ...big, scrollTop: top, deviation: dev }), top);
    while (top > 0) {
      const to = Math.max(0, top - 1_400);
      dev = step(top, to, dev);
      top = to;
      const now = shownAt(rowWindow({ ...big, scrollTop: top, deviation: dev }), top);
      // Always upwards, never by more than three times the scale.
      expect(now).toBeLessThanOrEqual(last);
      expect(last - now).toBeLessThanOrEqual(
        1_400 * 3 * ((1_000_000 * 28 - 700) / (MAX_SCROLL_PX - 700)) + 1e-6,
      );
      last = now;
    }
    const first = rowWindow({ ...big, scrollTop: 0, deviation: dev });
    expect(first.start).toBe(0);
    expect(first.top).toBe(0);
    // And down to the end by Page Down steps: the last row's bottom at the viewport's bottom.
    const end = MAX_SCROLL_PX - 700;
    while (top < end) {
      const to = Math.min(end, top + 700);
      dev = step(top, to, dev);
      top = to;
    }
    const bottom = rowWindow({ ...big, scrollTop: end, deviation: dev });
    expect(bottom.end).toBe(1_000_000);
    expect(bottom.top + (999_999 - bottom.start) * 28 + 28 - end).toBeCloseTo(700, 6);
  });
});
