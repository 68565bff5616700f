// The rows of a fast scroll, drawn on a canvas. A scroll step that leaves none of the rows on screen (the
// scrollbar dragged, a fling, Page Down held on the scroller) used to lay out, paint and raster a whole
// screen of new row elements: ~16 ms of the page's thread a frame at a million rows on two cores, and a
// quarter of the frames late. Drawing the same screen on a canvas takes ~4–6 ms. While such a scroll goes
// on, the grid leaves its row elements where they were and shows this drawing over them; 150 ms after
// the last step the row elements take the new place and the canvas hides (DataGrid).
//
// The drawing follows GridRow's CSS: the same font, padding, line height, shades, lines and colours, so
// the swap back to the row elements shows no jump (grid-scroll.test.ts compares the two, to a pixel).

import { CELL_PAD as PAD, fitsInCell } from './fit-columns';

/** One cell as drawn: its text (already what the cell shows) and its state. */
export interface PaintCell {
  text: string;
  right: boolean;
  /** Read-only (GridRow's aria-readonly colour) or the new-row line's muted text. */
  tone: 'normal' | 'readonly' | 'muted';
  selected: boolean;
  active: boolean;
  invalid: boolean;
}

export interface PaintRow {
  /** Top of the row, in CSS pixels from the canvas's top. */
  y: number;
  odd: boolean;
  /** Ticked (a selected row's shade and a ticked box). */
  checked: boolean;
  /** The new-row line: its own shade and a "+" in place of the box. */
  isNew: boolean;
  cells: PaintCell[];
}

export interface PaintFrame {
  /** The canvas's size, in CSS pixels. */
  width: number;
  height: number;
  /** Horizontal scroll of the grid: the columns are drawn moved left by it. */
  scrollLeft: number;
  checkWidth: number;
  /** Left edge of each column after the check column, and its width. */
  lefts: readonly number[];
  widths: readonly number[];
  rowHeight: number;
  /** Whether rows have an open button beside their box. */
  openButton: boolean;
  rows: PaintRow[];
}

/** What the canvas needs from the grid's CSS: read once from the grid element (see `lookOf`). */
export interface PaintLook {
  font: string;
  color: string;
  muted: string;
  link: string;
}

// GridRow's and DataGrid's colours (see their CSS).
const WHITE = '#fff';
const LINE = '#eceef1';
const ODD = 'rgb(16 40 64 / 2%)';
const TICKED = 'rgb(26 115 232 / 9%)';
const NEW_ROW = 'rgb(195 195 95 / 5%)';
const SELECTED = 'rgb(26 115 232 / 12%)';
const ACTIVE = '#1a73e8';
const INVALID = '#c62828';
const READONLY = '#4b5563';
/** Chromium's unticked and ticked checkbox. */
const BOX_EDGE = '#767676';
const BOX_TICKED = '#0075ff';
const BOX = 16;
const OPEN = 24;
const CHECK_GAP = 6;

/** The font and colours of the grid, as its element computes them. */
export function lookOf(grid: HTMLElement): PaintLook {
  const s = getComputedStyle(grid);
  const root = getComputedStyle(document.documentElement);
  return {
    font: `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`,
    color: s.color,
    muted: root.getPropertyValue('--muted').trim() || READONLY,
    link: root.getPropertyValue('--link').trim() || ACTIVE,
  };
}

/** A digit, or what stands between digits in a figure, a date or a code (`#pieces`). */
function isFigure(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || // 0–9
    c === 46 || // .
    c === 44 || // ,
    c === 58 || // :
    c === 47 || // /
    c === 45 || // -
    c === 43 || // +
    c === 0x2212 || // −
    c === 37 || // %
    c === 39 || // '
    c === 0x2019 || // ’
    c === 32 ||
    c === 0xa0 ||
    c === 0x202f // spaces, no-break and narrow no-break
  );
}

/**
 * Whether `#pieces` draws this text: it has a digit or a space between words, and nothing a
 * right-to-left script or a bidi control would reorder (pieces drawn one by one would reorder each
 * alone, not the whole text).
 */
function inPieces(text: string): boolean {
  let cut = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c === 32 && i > 0)) cut = true;
    else if (
      (c >= 0x0590 && c <= 0x08ff) || // Hebrew, Arabic, Syriac, Thaana, NKo…
      (c >= 0xfb1d && c <= 0xfdff) || // their presentation forms
      (c >= 0xfe70 && c <= 0xfeff) ||
      (c >= 0x200e && c <= 0x200f) || // bidi marks, embeddings, overrides and isolates
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069) ||
      (c >= 0xd800 && c <= 0xdbff) // beyond the basic plane (right-to-left scripts there too)
    )
      return false;
  }
  return cut;
}

/** A short piece of a text (`FastPainter#short`): its text and width once met, and the longer ones after it. */
interface KnownPiece {
  piece: string | null;
  width: number;
  next: Map<number, KnownPiece> | null;
}
/** The longest piece kept by its characters; a longer one (a long word) is cut each time. */
const SHORT_PIECE = 16;

export class FastPainter {
  readonly #canvas: HTMLCanvasElement;
  readonly #ctx: CanvasRenderingContext2D;
  readonly #look: PaintLook;
  /** Baseline of a text in its cell, from the cell's top, for the row height it was worked out for. */
  #baseline = { rowHeight: -1, y: 0 };
  /** The canvas's fill colour and text alignment, set only when they change (each set parses its value). */
  #fillNow = '';
  #alignNow: CanvasTextAlign | '' = '';
  /** The row marks (`#marks`), for the row height they were drawn for. */
  #sprite: { rowHeight: number; ratio: number; canvas: HTMLCanvasElement } | null = null;
  /** Widths of the pieces of texts with figures (`#pieces`), in the grid's font. */
  readonly #widths = new Map<string, number>();
  /**
   * The last text's pieces and their widths (`#pieces`), the first `#partCount` of each: filled again
   * for each text in place (emptied and pushed to, each array got a new backing store a text).
   */
  readonly #parts: string[] = [];
  readonly #partWidths: number[] = [];
  #partCount = 0;
  /**
   * Short pieces met before, by their characters (a tree of char codes: found without making a string):
   * a piece cut by `slice` was a new string each draw, and with the arrays above most of what a scroll
   * allocated (~50 of ~72 MB over 600 frames at a million rows), which brought a full garbage collection
   * every few hundred frames. Emptied with `#widths`.
   */
  #known = new Map<number, KnownPiece>();
  #knownCount = 0;
  /** Pairs of figure characters the pieces may be cut between (`#cuts`). */
  readonly #pairs = new Map<number, boolean>();

  private constructor(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, look: PaintLook) {
    this.#canvas = canvas;
    this.#ctx = ctx;
    this.#look = look;
  }

  /** A painter for the canvas, or null where the browser gives no 2D context (the grid then never paints). */
  static for(canvas: HTMLCanvasElement, look: PaintLook): FastPainter | null {
    const ctx = canvas.getContext('2d', { alpha: false });
    return ctx ? new FastPainter(canvas, ctx, look) : null;
  }

  paint(f: PaintFrame): void {
    const ratio = globalThis.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(f.width * ratio));
    const h = Math.max(1, Math.round(f.height * ratio));
    const cv = this.#canvas;
    if (cv.width !== w || cv.height !== h) {
      cv.width = w;
      cv.height = h;
      cv.style.width = `${f.width}px`;
      cv.style.height = `${f.height}px`;
    }
    const ctx = this.#ctx;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.#fillNow = this.#alignNow = '';
    this.#fill(WHITE);
    ctx.fillRect(0, 0, f.width, f.height);
    ctx.font = this.#look.font;
    ctx.textBaseline = 'alphabetic';
    const baseline = this.#baselineFor(f.rowHeight);
    const x0 = -f.scrollLeft;
    const cellX = (c: number) => x0 + f.checkWidth + (f.lefts[c] ?? 0);
    // The column lines under the rows (DataGrid's body background): at the right edge of each column.
    this.#fill(LINE);
    ctx.fillRect(x0 + f.checkWidth - 1, 0, 1, f.height);
    for (let c = 0; c < f.widths.length; c++) ctx.fillRect(cellX(c) + f.widths[c]! - 1, 0, 1, f.height);
    const fullWidth = f.checkWidth + f.widths.reduce((a, b) => a + b, 0);
    for (const row of f.rows) this.#row(f, row, x0, fullWidth, cellX, baseline);
  }

  #row(
    f: PaintFrame,
    row: PaintRow,
    x0: number,
    fullWidth: number,
    cellX: (c: number) => number,
    baseline: number,
  ): void {
    const ctx = this.#ctx;
    const { y } = row;
    const h = f.rowHeight;
    // As GridRow's CSS weighs its rules: a ticked row's shade over the odd rows' over the new-row line's.
    const shade = row.checked ? TICKED : row.odd ? ODD : row.isNew ? NEW_ROW : null;
    if (shade) {
      this.#fill(shade);
      ctx.fillRect(x0, y, fullWidth, h);
    }
    this.#fill(LINE);
    ctx.fillRect(x0, y + h - 1, fullWidth, 1);
    this.#check(f, row, x0, y, baseline);
    for (let c = 0; c < row.cells.length; c++) {
      const cell = row.cells[c]!;
      const x = cellX(c);
      const w = f.widths[c] ?? 0;
      if (x >= f.width || x + w <= 0) continue;
      if (cell.selected) {
        this.#fill(SELECTED);
        ctx.fillRect(x, y, w, h - 1);
      }
      if (cell.text) this.#text(cell, x, y + baseline, w);
      if (cell.invalid) this.#inset(x, y, w, h - 1, 2, INVALID);
      else if (cell.active) this.#inset(x, y, w, h - 1, 1, ACTIVE);
    }
  }

  /** The box (and open button) of the check column, or the new-row line's "+". */
  #check(f: PaintFrame, row: PaintRow, x0: number, y: number, baseline: number): void {
    const ctx = this.#ctx;
    if (row.isNew) {
      this.#fill(this.#look.muted);
      this.#align('center');
      ctx.fillText('+', x0 + f.checkWidth / 2, y + baseline);
      return;
    }
    const content = f.openButton ? BOX + CHECK_GAP + OPEN : BOX;
    const bx = x0 + Math.floor((f.checkWidth - content) / 2);
    const marks = this.#marks(f.rowHeight, baseline);
    // The strip is in device pixels: its part for a mark is its place times the pixel ratio.
    const r = this.#sprite!.ratio;
    const part = (from: number, width: number, to: number) =>
      ctx.drawImage(marks, from * r, 0, width * r, f.rowHeight * r, to, y, width, f.rowHeight);
    part(row.checked ? BOX : 0, BOX, bx);
    if (f.openButton) part(2 * BOX, OPEN, bx + BOX + CHECK_GAP);
  }

  /**
   * The box, ticked box and open button of a row, drawn once side by side on a canvas of their own: a row
   * then copies them (a rounded box and an arrow drawn anew cost ~20 µs a row).
   */
  #marks(rowHeight: number, baseline: number): HTMLCanvasElement {
    const ratio = globalThis.devicePixelRatio || 1;
    if (this.#sprite?.rowHeight === rowHeight && this.#sprite.ratio === ratio) return this.#sprite.canvas;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round((2 * BOX + OPEN) * ratio);
    canvas.height = Math.round(rowHeight * ratio);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(ratio, ratio);
    ctx.font = this.#look.font;
    const by = Math.round((rowHeight - 1 - BOX) / 2);
    for (const ticked of [false, true]) {
      const bx = ticked ? BOX : 0;
      ctx.beginPath();
      ctx.roundRect(bx + 0.5, by + 0.5, BOX - 1, BOX - 1, 2);
      if (ticked) {
        ctx.fillStyle = BOX_TICKED;
        ctx.fill();
        ctx.strokeStyle = WHITE;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(bx + 4, by + 8);
        ctx.lineTo(bx + 7, by + 11);
        ctx.lineTo(bx + 12, by + 5);
        ctx.stroke();
      } else {
        ctx.fillStyle = WHITE;
        ctx.fill();
        ctx.strokeStyle = BOX_EDGE;
        ctx.lineWidth = 1;
        ctx.stroke();
      }
    }
    ctx.fillStyle = this.#look.link;
    ctx.textAlign = 'center';
    ctx.fillText('↗', 2 * BOX + OPEN / 2, baseline);
    this.#sprite = { rowHeight, ratio, canvas };
    return canvas;
  }

  /** A cell's text: at its padding, right-aligned figures, cut with an ellipsis when too long. */
  #text(cell: PaintCell, x: number, baselineY: number, w: number): void {
    const ctx = this.#ctx;
    const room = w - 2 * PAD;
    this.#fill(
      cell.tone === 'muted' ? this.#look.muted : cell.tone === 'readonly' ? READONLY : this.#look.color,
    );
    // As GridRow: a text that `fitsInCell` is drawn as it is (no measure while the grid scrolls);
    // only one that may not is measured, and cut if it really does not fit.
    // A text with figures is measured by its pieces, as it is drawn (its whole would be shaped anew).
    const fits = fitsInCell(cell.text, w);
    const pieces = inPieces(cell.text);
    const width = pieces ? this.#pieces(cell.text) : -1;
    if (fits || (width >= 0 ? width : ctx.measureText(cell.text).width) <= room) {
      if (pieces) {
        this.#align('left');
        let at = cell.right ? x + w - PAD - width : x + PAD;
        for (let k = 0; k < this.#partCount; k++) {
          ctx.fillText(this.#parts[k]!, at, baselineY);
          at += this.#partWidths[k]!;
        }
        return;
      }
      this.#align(cell.right ? 'right' : 'left');
      ctx.fillText(cell.text, cell.right ? x + w - PAD : x + PAD, baselineY);
      return;
    }
    // Too long: as CSS's text-overflow: ellipsis, from the cell's start, as much as fits with "…".
    this.#align('left');
    ctx.fillText(this.#cut(cell.text, room), x + PAD, baselineY);
  }

  /**
   * A text with figures, cut in pieces (`#parts`, drawn side by side at their `#partWidths`); returns
   * the whole width. Why: the browser keeps the shaping of the last few hundred texts drawn and leaves each new text's shaping
   * behind as garbage of its own. A screen a frame of amounts, dates and numbers never drawn before grew
   * the page's memory by 100–150 MB in 600 frames at a million rows (30–60 MB in pieces), and on a page
   * of its own brought 66 full garbage collections in 30 s (none in pieces). Pieces are a few hundred
   * that come back. A piece ends after two figure characters, and only between two figure characters
   * the font does not kern (`#cuts`); a letter or symbol stays with its neighbours. So the pieces' widths
   * add up to the whole text's and every glyph stands where the whole text puts it (the same pixels).
   * Words likewise: a piece with a letter ends before the space after it (where the font does not kern
   * the two), so a name is drawn a word at a time ("Rossi", " Costruzioni", " Srl"). Its words come
   * back from row to row; the whole names did not, and each name shaped anew left ~1 KB of the browser's
   * garbage a row a frame (~15 of the ~42 KB a frame of a fast scroll at 100,000 rows). And a letter or
   * sign before a digit ends its piece: "US$16", "£19", "€68" were a hundred pieces a currency, too many
   * to come back every frame (at a million rows in three currencies, ~35 KB a frame of garbage).
   */
  #pieces(text: string): number {
    const parts = this.#parts;
    const widths = this.#partWidths;
    let count = 0;
    let width = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      let j = i + 1;
      let figures = isFigure(text.charCodeAt(i)) ? 1 : 0;
      let word = figures === 0;
      for (; j < n; j++) {
        const a = text.charCodeAt(j - 1);
        const b = text.charCodeAt(j);
        const figure = isFigure(b);
        if (figure && figures >= 2 && isFigure(a) && this.#cuts(a, b)) break;
        if (b === 32 && word && a !== 32 && this.#cuts(a, b)) break;
        // A currency's sign or code before its digits is a piece of its own ("US$" "16", not "US$16").
        if (b >= 48 && b <= 57 && !isFigure(a) && this.#cuts(a, b)) break;
        if (figure) figures++;
        else word = true;
      }
      let piece: string;
      let w: number;
      if (j - i <= SHORT_PIECE && !(i === 0 && j === n)) {
        const known = this.#short(text, i, j);
        piece = known.piece!;
        w = known.width;
      } else {
        piece = i === 0 && j === n ? text : text.slice(i, j);
        w = this.#widthOf(piece);
      }
      parts[count] = piece;
      widths[count++] = w;
      width += w;
      i = j;
    }
    this.#partCount = count;
    return width;
  }

  /** The piece `text[i, j)` (at most `SHORT_PIECE` long) as kept from before, with its width. */
  #short(text: string, i: number, j: number): KnownPiece {
    let map = this.#known;
    let node: KnownPiece | undefined;
    for (let k = i; k < j; k++) {
      const c = text.charCodeAt(k);
      node = map.get(c);
      if (!node) {
        map.set(c, (node = { piece: null, width: 0, next: null }));
        this.#knownCount++;
      }
      if (k + 1 < j) map = node.next ??= new Map();
    }
    if (node!.piece === null) {
      if (this.#knownCount >= 8192) {
        this.#known = new Map();
        this.#knownCount = 0;
        return this.#short(text, i, j);
      }
      node!.piece = text.slice(i, j);
      node!.width = this.#widthOf(node!.piece);
    }
    return node!;
  }

  /** Whether two characters' widths add up to the pair's (the font does not kern them), measured once. */
  #cuts(a: number, b: number): boolean {
    const key = a * 0x10000 + b;
    let ok = this.#pairs.get(key);
    if (ok === undefined) {
      const one = String.fromCharCode(a);
      const two = String.fromCharCode(b);
      ok = Math.abs(this.#widthOf(one + two) - this.#widthOf(one) - this.#widthOf(two)) < 0.01;
      this.#pairs.set(key, ok);
    }
    return ok;
  }

  /** A piece's width, measured once (the map is emptied when a column of words keeps it growing). */
  #widthOf(piece: string): number {
    let w = this.#widths.get(piece);
    if (w === undefined) {
      if (this.#widths.size >= 4096) this.#widths.clear();
      this.#widths.set(piece, (w = this.#ctx.measureText(piece).width));
    }
    return w;
  }

  /** The longest start of `text` that fits in `room` with an ellipsis after it (by whole characters). */
  #cut(text: string, room: number): string {
    const chars = [...text];
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#ctx.measureText(`${chars.slice(0, mid).join('').trimEnd()}…`).width <= room) lo = mid;
      else hi = mid - 1;
    }
    return `${chars.slice(0, lo).join('').trimEnd()}…`;
  }

  /** GridRow's inset box-shadow: a line of `width` px inside the cell's edges. */
  #inset(x: number, y: number, w: number, h: number, width: number, colour: string): void {
    const ctx = this.#ctx;
    this.#fill(colour);
    ctx.fillRect(x, y, w, width);
    ctx.fillRect(x, y + h - width, w, width);
    ctx.fillRect(x, y, width, h);
    ctx.fillRect(x + w - width, y, width, h);
  }

  #fill(colour: string): void {
    if (colour !== this.#fillNow) this.#ctx.fillStyle = this.#fillNow = colour;
  }

  #align(align: CanvasTextAlign): void {
    if (align !== this.#alignNow) this.#ctx.textAlign = this.#alignNow = align;
  }

  /**
   * Where CSS puts a line's baseline in a cell: the line box is the row's height less its 1 px border,
   * and the font's ascent and descent sit in its middle (half the leading above, half below).
   */
  #baselineFor(rowHeight: number): number {
    if (this.#baseline.rowHeight !== rowHeight) {
      const m = this.#ctx.measureText('Hg');
      const ascent = Math.round(m.fontBoundingBoxAscent);
      const descent = Math.round(m.fontBoundingBoxDescent);
      const line = rowHeight - 1;
      this.#baseline = { rowHeight, y: Math.floor((line - (ascent + descent)) / 2) + ascent };
    }
    return this.#baseline.y;
  }
}
