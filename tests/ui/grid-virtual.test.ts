import { describe, expect, it } from 'vitest';
import { MAX_SCROLL_PX, rowWindow, scrollToRow, windowCapacity } from '../../src/ui/grid/virtual';

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
    expect(scrollToRow(20, 0, 280, 1000, 28)).toBe(21 * 28 - 280);
    expect(scrollToRow(2, 1000, 280, 1000, 28)).toBe(56);
  });

  it('brings a far row into view when scaled', () => {
    const top = scrollToRow(600_000, 0, 280, 1_000_000, 28)!;
    const w = rowWindow({ scrollTop: top, viewport: 280, rowCount: 1_000_000, rowHeight: 28, overscan: 0 });
    expect(600_000).toBeGreaterThanOrEqual(w.start);
    expect(600_000).toBeLessThan(w.end);
  });
});
