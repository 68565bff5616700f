// Column widths that fit their content: the widest of a sample of cells, the totals and the header
// (allowed to wrap onto two lines), then any room left in the grid handed to the text columns.
// Pure: text measurement is passed in (a canvas in the browser, a fixed-pitch stub in tests).

export interface FitInput {
  /** The texts of a column's sampled cells and totals (what must never be cut). */
  cells: readonly string[];
  /** Texts measured each time (rows just edited); `cells` are measured once per array. */
  more?: readonly string[] | undefined;
  /** Texts shown in bold (the totals). */
  strong: readonly string[];
  header: string;
  /** The filter's placeholder, which should show in full. */
  hint: string;
  /** Text columns take the grid's spare width. */
  flexible: boolean;
  /** Content beyond this width may be cut (long names); the column may still take spare room. */
  maxContent?: number | undefined;
  /** The user's own width for the column: kept as it is. */
  fixed?: number | undefined;
}

export interface FitOptions {
  measure: (text: string, bold: boolean) => number;
  /** Horizontal padding and border of a cell. */
  pad: number;
  /** Room the filter input's own controls take (the clear button of a search field). */
  hintPad: number;
  /** Room the sort arrow takes next to the header title. */
  arrow: number;
  min: number;
  /** The grid's inner width; 0 when not known yet. */
  available: number;
}

/** The narrowest width at which `text` fits on at most two lines, breaking only between words. */
export function twoLineWidth(text: string, measure: (t: string) => number): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= 1) return measure(text);
  let best = measure(text);
  for (let i = 1; i < words.length; i++) {
    const w = Math.max(measure(words.slice(0, i).join(' ')), measure(words.slice(i).join(' ')));
    best = Math.min(best, w);
  }
  return best;
}

/** The widest of a sample's texts, per measure and per array (a sample is measured once). */
const widest = new WeakMap<FitOptions['measure'], WeakMap<readonly string[], number>>();

/** Per measure: the digit that measures widest (in most fonts every digit is as wide as the others). */
const widestDigits = new WeakMap<FitOptions['measure'], string>();

export function widestDigit(measure: FitOptions['measure']): string {
  let d = widestDigits.get(measure);
  if (d === undefined) {
    d = '0';
    for (const c of '123456789') if (measure(c, false) > measure(d, false)) d = c;
    widestDigits.set(measure, d);
  }
  return d;
}

/**
 * The widest of `texts`, measuring each shape once: every digit stands for the widest digit, so
 * 200 amounts, dates or invoice numbers are a handful of measures (each text measures at most its
 * shape: never less than it needs). Text of another kind (names) is measured as it is.
 */
function widestOf(texts: readonly string[], measure: FitOptions['measure']): number {
  let byArray = widest.get(measure);
  if (!byArray) widest.set(measure, (byArray = new WeakMap()));
  let w = byArray.get(texts);
  if (w === undefined) {
    const digit = widestDigit(measure);
    const shapes = new Set<string>();
    for (const s of texts) shapes.add(s.replace(DIGITS, digit));
    w = 0;
    for (const s of shapes) w = Math.max(w, measure(s, false));
    byArray.set(texts, w);
  }
  return w;
}

const DIGITS = /[0-9]/g;

/**
 * Bold texts (the totals' row-count labels) shown in column `at`, or across it and the next column when
 * `span` is 2 (that column shows nothing in the totals row).
 */
export interface SpanLabels {
  at: number;
  span: 1 | 2;
  texts: readonly string[];
}

export function fitWidths(columns: readonly FitInput[], o: FitOptions, labels?: SpanLabels): number[] {
  const widths = columns.map((c) => {
    if (c.fixed !== undefined) return Math.max(o.min, c.fixed);
    // Long names may be cut at `maxContent`; figures and totals never are.
    const more = (c.more ?? []).reduce((m, s) => Math.max(m, o.measure(s, false)), 0);
    const cells = Math.max(widestOf(c.cells, o.measure), more) + o.pad;
    const strong = c.strong.reduce((m, s) => Math.max(m, o.measure(s, true)), 0) + o.pad;
    const fitted = Math.max(c.maxContent !== undefined ? Math.min(cells, c.maxContent) : cells, strong);
    const header = twoLineWidth(c.header, (s) => o.measure(s, true)) + o.pad + o.arrow;
    const hint = o.measure(c.hint, false) + o.pad + o.hintPad;
    return Math.ceil(Math.max(o.min, fitted, header, hint));
  });
  if (labels && labels.texts.length > 0 && labels.at < widths.length) {
    const need = Math.ceil(labels.texts.reduce((m, s) => Math.max(m, o.measure(s, true)), 0) + o.pad);
    const next = labels.span === 2 && labels.at + 1 < widths.length ? labels.at + 1 : -1;
    const have = widths[labels.at]! + (next >= 0 ? widths[next]! : 0);
    if (need > have) {
      // The room missing goes to the one of the two a user has not sized, a text column first.
      const fixed = (i: number) => i < 0 || columns[i]!.fixed !== undefined;
      const to =
        next >= 0 && !fixed(next) && (columns[next]!.flexible || fixed(labels.at)) ? next : labels.at;
      widths[to] = widths[to]! + need - have;
    }
  }
  const spare = o.available - widths.reduce((a, b) => a + b, 0);
  const flex = columns.map((c, i) => (c.flexible && c.fixed === undefined ? i : -1)).filter((i) => i >= 0);
  if (spare > 0 && flex.length) {
    // Shared in proportion to width, so a long customer name column takes more than a short code.
    const base = flex.reduce((a, i) => a + widths[i]!, 0);
    let left = Math.floor(spare);
    flex.forEach((i, k) => {
      const add = k === flex.length - 1 ? left : Math.floor((spare * widths[i]!) / base);
      widths[i] = widths[i]! + add;
      left -= add;
    });
  }
  return widths;
}
