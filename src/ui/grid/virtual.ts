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
  /** Natural pixels the rows stand from their proportional place (`followScroll`); 0 if absent. */
  deviation?: number;
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

// Past the cap a scroll position stands for more than a pixel of rows (a million rows: ~1.9 px). A
// step of the scrollbar thumb or a jump goes there in proportion. A small step — the wheel, a fling,
// Page Down, the arrow keys — moves the rows by exactly the pixels scrolled, as a native list does:
// scaled, a wheel notch moved ~6 rows instead of 3, and every row moved against the scrolled content at
// every step (painted again). The rows' place then drifts from the proportional one by `deviation`
// natural pixels, within a band that still brings the first row to the top at scrollTop 0 and the last
// to the bottom at the end: near an end, a step moves the rows faster (at most BAND times the scale).

/** A step of more than this many viewports is a jump: the rows go to the proportional place. */
const JUMP_VIEWPORTS = 2;
/** How much faster than the scale a small step may move the rows near an end. */
const BAND = 3;

interface Geometry {
  height: number;
  ratio: number;
  scrollRange: number;
  rowRange: number;
}

function geometry(rowCount: number, rowHeight: number, viewport: number): Geometry {
  const natural = rowCount * rowHeight;
  const height = Math.min(natural, MAX_SCROLL_PX);
  // Scroll range of the body versus the row range it stands for.
  const scrollRange = Math.max(0, height - viewport);
  const rowRange = Math.max(0, natural - viewport);
  const ratio = scrollRange > 0 ? rowRange / scrollRange : 1;
  return { height, ratio, scrollRange, rowRange };
}

/** The natural position (px from the first row's top) shown at the viewport's top. */
function placeOf(scrollTop: number, deviation: number, g: Geometry): number {
  const s = Math.max(0, Math.min(scrollTop, g.scrollRange));
  if (g.ratio <= 1) return s;
  const fastest = BAND * g.ratio;
  const lo = Math.max(0, g.rowRange - (g.scrollRange - s) * fastest);
  const hi = Math.min(g.rowRange, s * fastest);
  return Math.min(hi, Math.max(lo, s * g.ratio + deviation));
}

/**
 * The deviation after the body scrolled from `from` to `to` (see above): 0 when nothing is scaled or
 * after a jump; else what keeps the rows moving by the pixels scrolled, within the band.
 */
export function followScroll(f: {
  from: number;
  to: number;
  deviation: number;
  viewport: number;
  rowCount: number;
  rowHeight: number;
}): number {
  const g = geometry(f.rowCount, f.rowHeight, f.viewport);
  if (g.ratio <= 1 || Math.abs(f.to - f.from) > JUMP_VIEWPORTS * f.viewport) return 0;
  const wanted = placeOf(f.from, f.deviation, g) + (f.to - f.from);
  const s = Math.max(0, Math.min(f.to, g.scrollRange));
  return placeOf(s, wanted - s * g.ratio, g) - s * g.ratio;
}

/** The most rows a window holds for this viewport: `rowWindow`'s end − start never exceeds it. */
export function windowCapacity(viewport: number, rowHeight: number, overscan: number): number {
  return Math.ceil(viewport / rowHeight) + 1 + 2 * overscan;
}

export function rowWindow(w: WindowInput): RowWindow {
  const g = geometry(w.rowCount, w.rowHeight, w.viewport);
  const { height } = g;
  const scrollTop = Math.max(0, Math.min(w.scrollTop, Math.max(0, height - w.viewport)));
  const virtualTop = placeOf(scrollTop, w.deviation ?? 0, g); // position in "natural" pixels
  const first = Math.floor(virtualTop / w.rowHeight);
  const start = Math.max(0, first - w.overscan);
  const visible = Math.ceil(w.viewport / w.rowHeight) + 1;
  const end = Math.min(w.rowCount, first + visible + w.overscan);
  const top = scrollTop + (start * w.rowHeight - virtualTop);
  return { start, end, height, top };
}

/** A scroll position, the rows' deviation there (see `followScroll`) and the natural place they show. */
export interface ScrollPlace {
  scrollTop: number;
  deviation: number;
  place: number;
}

/**
 * The deviation that shows the natural place `place` at the viewport's top with the body scrolled to
 * `scrollTop`: where the browser put the body once asked for a ScrollPlace (it rounds a position to its
 * pixels; scaled, one of its pixels is up to two of the rows').
 */
export function deviationFor(
  place: number,
  scrollTop: number,
  viewport: number,
  rowCount: number,
  rowHeight: number,
): number {
  const g = geometry(rowCount, rowHeight, viewport);
  if (g.ratio <= 1) return 0;
  return place - Math.max(0, Math.min(scrollTop, g.scrollRange)) * g.ratio;
}

/**
 * The scroll position that brings row `row` fully into view, or null when it is already visible. A
 * near row is reached as a small step would (the rows moved by the pixels scrolled), a far one as a jump.
 */
export function scrollToRow(
  row: number,
  scrollTop: number,
  viewport: number,
  rowCount: number,
  rowHeight: number,
  deviation = 0,
): ScrollPlace | null {
  const g = geometry(rowCount, rowHeight, viewport);
  const virtualTop = placeOf(scrollTop, deviation, g);
  const rowTop = row * rowHeight;
  let wanted: number;
  if (rowTop < virtualTop) wanted = rowTop;
  else if (rowTop + rowHeight > virtualTop + viewport) wanted = rowTop + rowHeight - viewport;
  else return null;
  if (g.ratio <= 1)
    return { scrollTop: Math.max(0, Math.min(g.scrollRange, wanted)), deviation: 0, place: wanted };
  const near = scrollTop + (wanted - virtualTop);
  if (Math.abs(wanted - virtualTop) <= JUMP_VIEWPORTS * viewport && near >= 0 && near <= g.scrollRange) {
    const dev = wanted - near * g.ratio;
    if (placeOf(near, dev, g) === wanted) return { scrollTop: near, deviation: dev, place: wanted };
  }
  return { scrollTop: Math.max(0, Math.min(g.scrollRange, wanted / g.ratio)), deviation: 0, place: wanted };
}
