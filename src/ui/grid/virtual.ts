// Fixed-height row window. Browsers cap an element's height (about 33.5M px in Chromium, less in
// others), so past MAX_SCROLL_PX the spacer is capped and scroll positions are scaled onto rows.
// The cap stays below 2²⁴ px (16.8M) in every browser: past it, paint coordinates (32-bit floats) are no
// longer whole pixels. With Chromium's own cap (a million rows unscaled at 28M px) rows were laid out
// exactly but drawn over each other and clipped at 27M px (bench/out/deep.mjs, 2026-12-02).
export const MAX_SCROLL_PX = 15_000_000;

export interface WindowInput {
  scrollTop: number;
  /** Height available to body rows (viewport minus sticky header and footer). */
  viewport: number;
  rowCount: number;
  rowHeight: number;
  overscan: number;
}

export interface RowWindow {
  /** First and one-past-last row to render. */
  start: number;
  end: number;
  /** Height of the scrollable body. */
  height: number;
  /** Body-relative top of row `start`; row i sits at `top + (i - start) * rowHeight`. */
  top: number;
}

function geometry(rowCount: number, rowHeight: number, viewport: number) {
  const natural = rowCount * rowHeight;
  const height = Math.min(natural, MAX_SCROLL_PX);
  // Scroll range of the body versus the row range it stands for.
  const scrollRange = Math.max(0, height - viewport);
  const rowRange = Math.max(0, natural - viewport);
  const ratio = scrollRange > 0 ? rowRange / scrollRange : 1;
  return { height, ratio };
}

/** The most rows a window holds for this viewport: `rowWindow`'s end − start never exceeds it. */
export function windowCapacity(viewport: number, rowHeight: number, overscan: number): number {
  return Math.ceil(viewport / rowHeight) + 1 + 2 * overscan;
}

export function rowWindow(w: WindowInput): RowWindow {
  const { height, ratio } = geometry(w.rowCount, w.rowHeight, w.viewport);
  const scrollTop = Math.max(0, Math.min(w.scrollTop, Math.max(0, height - w.viewport)));
  const virtualTop = scrollTop * ratio; // position in "natural" pixels
  const first = Math.floor(virtualTop / w.rowHeight);
  const start = Math.max(0, first - w.overscan);
  const visible = Math.ceil(w.viewport / w.rowHeight) + 1;
  const end = Math.min(w.rowCount, first + visible + w.overscan);
  const top = scrollTop + (start * w.rowHeight - virtualTop);
  return { start, end, height, top };
}

/** The scrollTop that brings row `row` fully into view, or null when it is already visible. */
export function scrollToRow(
  row: number,
  scrollTop: number,
  viewport: number,
  rowCount: number,
  rowHeight: number,
): number | null {
  const { height, ratio } = geometry(rowCount, rowHeight, viewport);
  const virtualTop = scrollTop * ratio;
  const rowTop = row * rowHeight;
  let wanted: number;
  if (rowTop < virtualTop) wanted = rowTop;
  else if (rowTop + rowHeight > virtualTop + viewport) wanted = rowTop + rowHeight - viewport;
  else return null;
  return Math.max(0, Math.min(height - viewport, wanted / ratio));
}
