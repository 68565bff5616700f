// Builds the auto-width inputs for a grid's shown columns from a sample of its rows: the first rows,
// plus the row with the widest figure of each money or number column (the figure most likely cut):
// guessed from a stride of rows when the grid first shows, then the true one once the grid has built
// the column's figures for its totals or sorts (`ColumnSample.widen`).
import type { GridColumn, GridView, Totals } from './types';
import { fitWidths, widestDigit, type FitInput } from './auto-width';
import { filterHint } from './filter-hint';
import { MIN_WIDTH } from './grid-view';
import { displayOf } from './grid-model';

const SAMPLE = 200;
const MAX_TEXT = 320;
const FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

let ctx: CanvasRenderingContext2D | null | undefined;
let ctxFont = '';
const cache = new Map<string, number>();

/** Text width in the grid's font; a rough fixed-pitch guess where there is no canvas. */
export function measureText(text: string, bold: boolean): number {
  const key = (bold ? 'b' : 'n') + text;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (ctx === undefined)
    ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  let w: number;
  if (ctx) {
    // Setting the font parses it: only when it changes (most texts of a fit share one).
    const font = (bold ? '600 ' : '') + FONT;
    if (font !== ctxFont) ctx.font = ctxFont = font;
    w = ctx.measureText(text).width;
  } else w = text.length * 7.5;
  if (cache.size > 20_000) cache.clear();
  cache.set(key, w);
  return w;
}

/** No glyph of the grid's font is wider than this (px); a character of a surrogate pair counts it each. */
const WIDEST = 17;
/** The advance of each character below 128 in the grid's font, digits as the widest digit (made once). */
let ascii: Float64Array | null = null;
/** The advance of each other character met (č, ș, €, a narrow no-break space…). */
const others = new Map<number, number>();

function asciiAdvances(): Float64Array {
  const a = new Float64Array(128).fill(WIDEST);
  for (let c = 32; c < 127; c++) a[c] = measureText(String.fromCharCode(c), false);
  const digit = a[widestDigit(measureText).charCodeAt(0)]!;
  for (let c = 48; c < 58; c++) a[c] = digit;
  return a;
}

function otherAdvance(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return WIDEST;
  let w = others.get(c);
  if (w === undefined) {
    w = Math.min(WIDEST, measureText(String.fromCharCode(c), false));
    if (others.size < 4096) others.set(c, w);
  }
  return w;
}

/**
 * Whether a cell's text shows whole in `room` px of the grid's font. Only a cell whose text does not is
 * made to clip it (with an ellipsis): a box that clips is a clip node of its own in the browser's paint
 * tree, and ~450 of them on a screen of rows cost 3–4 ms of every scrolled frame (layerizing, pre-paint,
 * paint). The text's width is bounded by the sum of its characters' advances, each measured once, and
 * every digit as wide as the widest (figures are set in tabular digits): a text is never judged to fit
 * when it does not, and no canvas measure is made while the grid scrolls.
 */
export function fitsIn(text: string, room: number): boolean {
  const n = text.length;
  if (n * WIDEST <= room) return true;
  const a = (ascii ??= asciiAdvances());
  let w = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    w += c < 128 ? a[c]! : otherAdvance(c);
    if (w > room) return false;
  }
  return true;
}

/** A cell's padding, left and right (GridRow's .cell). */
export const CELL_PAD = 6;

/** Whether a text shows whole in a cell `width` px wide: its room inside the padding, and a pixel to spare. */
export function fitsInCell(text: string, width: number): boolean {
  return fitsIn(text, width - 2 * CELL_PAD - 1);
}

/**
 * Rows whose figures are read for the widest one before the grid first shows, at most: a large grid's
 * interest and claims cost ~12 µs a row (2,000 rows were a fifth of the time from opening the grid of
 * 100,000 invoices to its first row), the totals, measured too, are as wide as any one figure of a
 * column of positive figures, and `widen` brings the widest figure soon after.
 */
const SCAN = 500;

function sampleRows<R>(rows: readonly R[], columns: readonly GridColumn<R>[]): R[] {
  const picked = new Set<number>();
  for (let i = 0; i < Math.min(SAMPLE, rows.length); i++) picked.add(i);
  // A large grid is scanned at a stride: reading every row's figure (interest, claims) of a million rows
  // at each edit cost seconds, and the totals, measured too, are as wide as any one figure.
  const step = Math.max(1, Math.ceil(rows.length / SCAN));
  for (const col of columns) {
    if (col.type !== 'money' && col.type !== 'number') continue;
    let best = -1;
    let bestAbs = -1;
    for (let i = 0; i < rows.length; i += step) {
      const v = col.value(rows[i]!);
      const abs = typeof v === 'number' ? Math.abs(v) : -1;
      if (abs > bestAbs) {
        bestAbs = abs;
        best = i;
      }
    }
    if (best >= 0) picked.add(best);
  }
  return [...picked].map((i) => rows[i]!);
}

/** A choice column's labels are measured with its cells when it has no more than this many. */
const CHOICE_LABELS = 50;

/**
 * The texts of a sample of each column's cells: computed once per rows and columns. A choice column's
 * declared labels join them, so a label no sampled row has (a status met only past the sample, found by
 * a search or a filter) is never cut either.
 */
export function sampleTexts<R>(rows: readonly R[], columns: readonly GridColumn<R>[]): string[][] {
  const sample = sampleRows(rows, columns);
  return columns.map((col) => {
    const texts = sample.map((r) => displayOf(col, r));
    if (rows.length > 0 && col.choices && col.choices.length <= CHOICE_LABELS) texts.push(...col.choices);
    return texts;
  });
}

/** Texts of edited rows taken in before the sample is drawn again from the whole grid. */
const MAX_ADDED = 1_000;

/**
 * The sample of one rows array and column list, kept across edits: rows replaced in place (a grid
 * patch) add their new texts, so an edit measures its own row instead of re-reading 20,000 rows'
 * figures (at a million rows that was most of the time from an edit to its figures on screen).
 */
export class ColumnSample<R> {
  /** Per column: the sample's texts (measured once) and those of edited rows since. */
  texts: string[][];
  more: string[][];
  private applied: readonly number[] | null = null;

  constructor(
    private readonly rows: readonly R[],
    private readonly columns: readonly GridColumn<R>[],
  ) {
    this.texts = sampleTexts(rows, columns);
    this.more = columns.map(() => []);
  }

  /**
   * Takes in the row with the widest figure of each money or number column, as the model knows it
   * (`build`: have it read every row's figure now, for a small grid). True when a text was added.
   */
  widen(model: { widestRow(id: string, build: boolean): number }, build: boolean): boolean {
    let added = false;
    this.columns.forEach((col, k) => {
      const i = model.widestRow(col.id, build);
      if (i < 0 || this.widest.has(`${col.id}:${i}`)) return;
      this.widest.add(`${col.id}:${i}`);
      this.more[k]!.push(displayOf(col, this.rows[i]!));
      added = true;
    });
    return added;
  }
  private widest = new Set<string>();

  /** Takes in the rows at `changed` (the grid's last patch), once. */
  take(changed: readonly number[] | null | undefined): void {
    if (!changed || changed.length === 0 || changed === this.applied) return;
    this.applied = changed;
    if ((this.more[0]?.length ?? 0) + changed.length > MAX_ADDED) {
      this.texts = sampleTexts(this.rows, this.columns);
      this.more = this.columns.map(() => []);
      this.widest.clear();
    }
    this.more = this.columns.map((col, k) => [
      ...this.more[k]!,
      ...changed.map((i) => displayOf(col, this.rows[i]!)),
    ]);
  }
}

export interface FitContext<R> {
  columns: readonly GridColumn<R>[];
  /** `sampleTexts` of the same columns. */
  texts: readonly (readonly string[])[];
  /** Texts of rows edited since, per column. */
  more?: readonly (readonly string[])[];
  widths: GridView['widths'];
  totals: Totals['currencies'];
  formatMoney: (minor: number, currency: string) => string;
  /** What the totals row shows in a column (default: the sum in money); measured so it fits. */
  totalText?: (line: Totals['currencies'][number], columnId: string) => string | undefined;
  /** The totals' row-count labels ("667 rows in EUR"), shown in the first column that is not money. */
  labels: readonly string[];
  available: number;
}

/**
 * The column where the totals show their row-count labels (the first that is not money), and whether a
 * label also takes the next column's cell: when that column shows nothing in the totals row, a long
 * label ("84.934 de rânduri în EUR") runs on into it instead of widening the first column.
 */
export function labelSpan<R>(
  columns: readonly GridColumn<R>[],
  empty: (index: number) => boolean,
): { at: number; span: 1 | 2 } {
  const at = Math.max(
    0,
    columns.findIndex((col) => col.type !== 'money'),
  );
  const next = columns[at + 1];
  return { at, span: next && next.type !== 'money' && empty(at + 1) ? 2 : 1 };
}

export function fitColumns<R>(c: FitContext<R>): number[] {
  const inputs: FitInput[] = c.columns.map((col, i) => ({
    cells: c.texts[i] ?? [],
    more: c.more?.[i],
    strong: [
      ...c.totals.flatMap((line) => {
        if (c.totalText) {
          const text = c.totalText(line, col.id);
          return text === undefined ? [] : [text];
        }
        const sum = line.sums[col.id];
        return sum === undefined ? [] : [c.formatMoney(sum, line.currency)];
      }),
    ],
    header: col.title,
    hint: filterHint(col) + (col.type === 'choice' ? ' ▶' : ''),
    flexible: col.type === 'text',
    // A page's width for a text column caps how far long names widen it; figures always fit.
    maxContent: col.type === 'text' ? (col.width ?? MAX_TEXT) : undefined,
    fixed: c.widths[col.id],
  }));
  const span = labelSpan(c.columns, (i) => inputs[i]!.strong.length === 0);
  return fitWidths(
    inputs,
    {
      measure: measureText,
      pad: 14,
      hintPad: 24,
      arrow: 16,
      min: MIN_WIDTH,
      available: c.available,
    },
    { ...span, texts: c.labels },
  );
}
