// Drawing of the content blocks: paragraphs, tables (head repeated after a page break), totals, the
// payment box with its EPC QR code, and signature lines.
import type { jsPDF } from 'jspdf';
import type { Block } from '../types';
import { FONT } from './fonts';
import { LEADING, SIZE } from './layout';
import type { Pen } from './pdf';
import { drawQr } from './qr';

type TableBlock = Extract<Block, { type: 'table' }>;
const ROW = 4.6;
const GAP = 3.5;

// The widest glyph of the letter's font is about 1 em (0.353 mm per point): a text shorter than its
// column at that width needs no measuring. (A fixed 1.1 mm per character let a bold 8 pt total such as
// "118.342,02 RON" — about 25 mm — run into the next column.)
const MM_PER_PT_EM = 0.36;

/** Cuts a cell's text to its column with an ellipsis (only long texts are measured). */
export function fit(doc: jsPDF, text: string, width: number): string {
  if (text.length * doc.getFontSize() * MM_PER_PT_EM < width) return text;
  if (doc.getTextWidth(text) <= width) return text;
  let t = text;
  while (t.length > 1 && doc.getTextWidth(t + '…') > width) t = t.slice(0, -1);
  return t + '…';
}

/**
 * A figure is never cut: one wider than its column is set up to a quarter smaller to fit, and cut
 * only beyond that. Returns the text and the size to draw it at.
 */
export function fitFigure(doc: jsPDF, text: string, width: number): { text: string; size: number } {
  const size = doc.getFontSize();
  if (text.length * size * MM_PER_PT_EM < width) return { text, size };
  const wide = doc.getTextWidth(text);
  if (wide <= width) return { text, size };
  // (A hair under the exact ratio: the width measured again at the new size may round above it.)
  const smaller = Math.max(size * 0.75, (0.99 * size * width) / wide);
  doc.setFontSize(smaller);
  const fitted = fit(doc, text, width);
  doc.setFontSize(size);
  return { text: fitted, size: smaller };
}

/** A table as drawn: its columns' left edges and widths, and the size its figures are set at per column. */
interface TableLayout {
  xs: number[];
  ws: number[];
  /** Per column, the share of the table's font size its figures are set at (a column set narrower). */
  scales: number[];
}

function row(pen: Pen, cells: string[], t: TableBlock, l: TableLayout, bold: boolean): void {
  const { doc } = pen;
  const { xs, ws } = l;
  doc.setFont(FONT, bold ? 'bold' : 'normal');
  const y = pen.y + ROW - 1.3;
  const size = doc.getFontSize();
  cells.forEach((cell, k) => {
    if (!cell) return;
    const x = xs[k] as number;
    // A left-aligned text runs on into the empty cells after it (a total's label over its row).
    let w = ws[k] as number;
    if (t.align[k] !== 'right') for (let j = k + 1; j < cells.length && !cells[j]; j++) w += ws[j] as number;
    if (t.align[k] === 'right') {
      // Every figure of a column narrowed at one size (not each one as small as it alone needs).
      doc.setFontSize(size * (l.scales[k] as number));
      const figure = fitFigure(doc, cell, w - 1.5);
      doc.setFontSize(figure.size);
      doc.text(figure.text, x + w - 0.8, y, { align: 'right' });
      doc.setFontSize(size);
    } else doc.text(fit(doc, cell, w - 1.5), x + 0.8, y);
  });
  pen.y += ROW;
}

/**
 * The head row: a heading longer than its column wraps onto a second line, between words. A word wider
 * than its column (a figures' column set narrower, `layout`) is set up to a quarter smaller first.
 */
function head(pen: Pen, t: TableBlock, { xs, ws }: TableLayout): void {
  const { doc, g } = pen;
  doc.setFont(FONT, 'bold');
  const size = doc.getFontSize();
  const sizes = t.head.map((h, k) => {
    const room = (ws[k] as number) - 1.5;
    const word = Math.max(0, ...h.split(/\s+/).map((x) => doc.getTextWidth(x)));
    return word > room ? Math.max(size * FIGURE_SHRINK, (0.97 * size * room) / word) : size;
  });
  // Up to four lines: "Giorni di ritardo" in a narrow column, not "Giorni di"; "Trecut / pe / pierderi /
  // (RON)" with the currency named in the headings, not without it.
  const cells = t.head.map((h, k) => {
    doc.setFontSize(sizes[k] as number);
    return (doc.splitTextToSize(h, (ws[k] as number) - 1.5) as string[]).slice(0, 4);
  });
  const lines = Math.max(1, ...cells.map((c) => c.length));
  const height = ROW + (lines - 1) * 3.2;
  doc.setFillColor(238, 238, 238);
  doc.rect(g.left, pen.y, g.right - g.left, height, 'F');
  cells.forEach((cell, k) => {
    const x = xs[k] as number;
    const w = ws[k] as number;
    doc.setFontSize(sizes[k] as number);
    cell.forEach((line, n) => {
      const y = pen.y + ROW - 1.3 + n * 3.2;
      if (t.align[k] === 'right') doc.text(line, x + w - 0.8, y, { align: 'right' });
      else doc.text(line, x + 0.8, y);
    });
  });
  doc.setFontSize(size);
  pen.y += height;
}

/** A figure or heading may be set up to a quarter smaller (`fitFigure`, `head`). */
const FIGURE_SHRINK = 0.75;
/** So a figures' column may be a fifth narrower than it needs (a margin above `FIGURE_SHRINK`). */
const FIGURE_ROOM = 0.8;

/** What each column needs: its widest figure or text, or its heading's longest word (a heading may wrap). */
function needs(doc: jsPDF, t: TableBlock): number[] {
  const need = t.head.map((h, k) => {
    let most = 0;
    doc.setFont(FONT, 'bold');
    for (const word of h.split(/\s+/)) most = Math.max(most, doc.getTextWidth(word));
    for (const [rows, bold] of [
      [t.rows, false],
      [t.foot, true],
    ] as const) {
      doc.setFont(FONT, bold ? 'bold' : 'normal');
      for (const r of rows) {
        const cell = r[k];
        // A left-aligned text followed by empty cells runs on into them: it asks for no width here.
        const spans = t.align[k] !== 'right' && r[k + 1] === '';
        if (cell && !spans) most = Math.max(most, doc.getTextWidth(cell));
      }
    }
    return most + 1.8;
  });
  doc.setFont(FONT, 'normal');
  return need;
}

/** `t` with `unit` taken out of its figures and put in the heading of each column that had it. */
function withoutUnit(t: TableBlock, unit: string): TableBlock {
  const has = (k: number): boolean =>
    t.align[k] === 'right' && [...t.rows, ...t.foot].some((r) => (r[k] ?? '').includes(unit));
  const columns = t.head.map((_, k) => has(k));
  if (!columns.some(Boolean)) return t;
  const strip = (r: string[]): string[] =>
    r.map((cell, k) =>
      columns[k] ? cell.replace(unit, '').replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '') : cell,
    );
  return {
    ...t,
    head: t.head.map((h, k) => (columns[k] ? `${h} (${unit})` : h)),
    rows: t.rows.map(strip),
    foot: t.foot.map(strip),
    unit: undefined,
  };
}

/**
 * A table as drawn, and its column widths. Each column first gets what it needs, then the room left is
 * shared as the block's relative widths say. When the needs are wider than the page, the figures'
 * columns give up to a fifth (their figures set smaller, `fitFigure`) and the texts' keep theirs: an
 * invoice number or a date is never cut. Still too wide, the block's optional columns are left out (a
 * Romanian reminder with credit notes, a discount and a disputed part cut its invoice numbers to
 * "2026/…"); only beyond that is every column scaled down together. (Fixed shares cut "11.910,08 RON"
 * in a Romanian letter's Paid column.)
 */
function layout(doc: jsPDF, t: TableBlock, room: number): { t: TableBlock; ws: number[]; need: number[] } {
  const all = needs(doc, t);
  const least = (kept: (k: number) => boolean) =>
    all.reduce((s, w, k) => (kept(k) ? s + (t.align[k] === 'right' ? w * FIGURE_ROOM : w) : s), 0);
  const dropped = new Set<number>();
  for (const k of t.optional ?? []) {
    if (least((j) => !dropped.has(j)) <= room) break;
    dropped.add(k);
  }
  const keep = <T>(a: readonly T[]): T[] => a.filter((_, k) => !dropped.has(k));
  let shown: TableBlock =
    dropped.size === 0
      ? t
      : {
          ...t,
          head: keep(t.head),
          align: keep(t.align),
          widths: keep(t.widths),
          rows: t.rows.map(keep),
          foot: t.foot.map(keep),
          optional: [],
        };
  let need = keep(all);
  // Still too wide (a Romanian demand with credit notes, a write-off and a disputed part cut its
  // invoice numbers to "FCT-2026/…"): the currency is said once in the amounts' headings.
  if (t.unit && least((j) => !dropped.has(j)) > room) {
    const bare = withoutUnit(shown, t.unit);
    if (bare !== shown) {
      shown = bare;
      need = needs(doc, shown);
    }
  }
  const needed = need.reduce((s, w) => s + w, 0);
  if (needed >= room) {
    const texts = need.reduce((s, w, k) => (shown.align[k] === 'right' ? s : s + w), 0);
    const figures = needed - texts;
    if (figures > 0 && texts + figures * FIGURE_ROOM <= room) {
      const scale = (room - texts) / figures;
      return { t: shown, need, ws: need.map((w, k) => (shown.align[k] === 'right' ? w * scale : w)) };
    }
    return { t: shown, need, ws: need.map((w) => (w / needed) * room) };
  }
  const total = shown.widths.reduce((s, w) => s + w, 0);
  // The room left goes to the columns whose relative share is above what they already have.
  const share = shown.widths.map((w) => (w / total) * room);
  const extra = share.map((w, k) => Math.max(0, w - (need[k] as number)));
  const extraSum = extra.reduce((s, w) => s + w, 0);
  const left = room - needed;
  return {
    t: shown,
    need,
    ws: need.map(
      (w, k) => w + (extraSum > 0 ? ((extra[k] as number) / extraSum) * left : left / need.length),
    ),
  };
}

function table(pen: Pen, block: TableBlock): void {
  const { doc, g } = pen;
  doc.setFontSize(SIZE.small);
  const { t, ws, need } = layout(doc, block, g.right - g.left);
  const xs: number[] = [];
  ws.reduce((x, w) => (xs.push(x), x + w), g.left);
  // A figures' column narrower than its widest figure (its need less the padding): all its figures
  // at the size that fits that one.
  const scales = ws.map((w, k) => {
    const widest = (need[k] as number) - 1.8;
    return t.align[k] === 'right' && w - 1.5 < widest
      ? Math.max(FIGURE_SHRINK, (0.99 * (w - 1.5)) / widest)
      : 1;
  });
  const l: TableLayout = { xs, ws, scales };
  pen.need(ROW * Math.min(3, 1 + t.rows.length + t.foot.length));
  head(pen, t, l);
  t.rows.forEach((cells, k) => {
    // The last row goes over with the total under it: a total alone at the top of a page, without
    // its headings, says nothing.
    const last = k === t.rows.length - 1;
    if (pen.need(last ? ROW * (1 + t.foot.length) : ROW)) {
      doc.setFontSize(SIZE.small);
      head(pen, t, l);
    }
    row(pen, cells, t, l, false);
  });
  doc.setDrawColor(120, 120, 120);
  for (const cells of t.foot) {
    pen.need(ROW);
    doc.line(g.left, pen.y, g.right, pen.y);
    row(pen, cells, t, l, true);
  }
  pen.y += GAP;
}

function totals(pen: Pen, rows: [string, string][]): void {
  const { doc, g } = pen;
  pen.need(rows.length * ROW + 2);
  doc.setFontSize(SIZE.body - 1);
  const labelX = g.right - 140;
  rows.forEach(([label, value], k) => {
    const last = k === rows.length - 1;
    if (last) {
      doc.setDrawColor(0, 0, 0);
      doc.line(labelX, pen.y + 0.5, g.right, pen.y + 0.5);
      pen.y += 1;
    }
    doc.setFont(FONT, last ? 'bold' : 'normal');
    doc.text(label, labelX, pen.y + ROW - 1.2);
    doc.text(value, g.right, pen.y + ROW - 1.2, { align: 'right' });
    pen.y += ROW;
  });
  pen.y += GAP;
}

const QR_SIDE = 33;

/** The payment box's lines as drawn and its height (mm). */
function paymentBox(pen: Pen, b: Extract<Block, { type: 'payment' }>): { lines: string[]; height: number } {
  const { doc, g } = pen;
  const qrSide = b.qr ? QR_SIDE : 0;
  doc.setFontSize(SIZE.body - 1);
  doc.setFont(FONT, 'normal');
  const width = g.right - g.left - 6 - (qrSide ? qrSide + 4 : 0);
  // A long line wraps, up to four lines, instead of stopping at the box's edge. The transfer's reference
  // is at most 140 characters (what a bank takes, `letters/reference.ts`): it always fits whole.
  const lines = b.lines.flatMap((line) => {
    const parts = pen.wrap(line, width);
    return parts.length <= 4 ? parts : [...parts.slice(0, 3), fit(doc, parts.slice(3).join(' '), width)];
  });
  return {
    lines,
    height: Math.max(6 + lines.length * 4.4, qrSide ? qrSide + 2 + qrLabel(pen, b).length * 2.6 : 0),
  };
}

/** The QR code's caption under it, on up to two lines of its width (beside it, it ran over the text). */
function qrLabel(pen: Pen, b: Extract<Block, { type: 'payment' }>): string[] {
  const { doc } = pen;
  const size = doc.getFontSize();
  doc.setFontSize(SIZE.tiny);
  const lines = doc.splitTextToSize(b.qrLabel, QR_SIDE + 2) as string[];
  const out = lines.length <= 2 ? lines : [lines[0] ?? '', fit(doc, lines.slice(1).join(' '), QR_SIDE + 2)];
  doc.setFontSize(size);
  return out;
}

/**
 * How far a paragraph or the payment box moves the pen down when drawn whole (null for other blocks):
 * the letter keeps the one before its closing on the closing's page.
 */
export function blockHeight(pen: Pen, block: Block): number | null {
  if (block.type === 'payment') return paymentBox(pen, block).height + GAP + 1;
  if (block.type !== 'paragraph') return null;
  const { doc, g } = pen;
  doc.setFont(FONT, block.bold ? 'bold' : 'normal');
  doc.setFontSize(SIZE.body);
  const lines = block.text.split('\n').reduce((n, raw) => n + pen.wrap(raw, g.right - g.left).length, 0);
  return (lines + 0.6) * SIZE.body * LEADING;
}

function payment(pen: Pen, b: Extract<Block, { type: 'payment' }>): void {
  const { doc, g } = pen;
  const qrSide = b.qr ? QR_SIDE : 0;
  const { lines, height } = paymentBox(pen, b);
  doc.setFontSize(SIZE.body - 1);
  doc.setFont(FONT, 'normal');
  pen.need(height);
  const top = pen.y;
  doc.setDrawColor(170, 170, 170);
  doc.rect(g.left, top, g.right - g.left, height);
  doc.setFont(FONT, 'bold');
  doc.text(b.title, g.left + 3, top + 5);
  doc.setFont(FONT, 'normal');
  lines.forEach((line, k) => {
    doc.text(line, g.left + 3, top + 9.6 + k * 4.4);
  });
  if (b.qr) {
    const label = qrLabel(pen, b);
    drawQr(doc, b.qr, g.right - qrSide - 1, top + 0.5, qrSide);
    doc.setFontSize(SIZE.tiny);
    label.forEach((line, k) =>
      doc.text(line, g.right - 1 - qrSide / 2, top + qrSide + 1.2 + k * 2.6, { align: 'center' }),
    );
  }
  pen.y = top + height + GAP + 1;
}

type SignatureBlock = Extract<Block, { type: 'signature' }>;
const NAME_STEP = 4.6;

/** Each party's name as its column shows it: whole, on up to three lines (an agreement's parties). */
function signatureNames(pen: Pen, b: SignatureBlock): string[][] {
  const { doc, g } = pen;
  const colW = (g.right - g.left) / b.parties.length;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(SIZE.body);
  return b.parties.map((p) => {
    const lines = doc.splitTextToSize(p.name, colW - 6) as string[];
    return lines.length <= 3 ? lines : [...lines.slice(0, 2), fit(doc, lines.slice(2).join(' '), colW - 6)];
  });
}

/** The height of the signature block (mm), its names wrapped. */
export function signatureHeight(pen: Pen, b: SignatureBlock): number {
  const extra = Math.max(1, ...signatureNames(pen, b).map((n) => n.length)) - 1;
  return (b.parties.length > 1 ? 34 : 20) + extra * NAME_STEP;
}

function signature(pen: Pen, b: SignatureBlock): void {
  const { doc, g } = pen;
  const two = b.parties.length > 1;
  const names = signatureNames(pen, b);
  const height = signatureHeight(pen, b);
  const extra = height - (two ? 34 : 20);
  pen.need(height);
  const colW = (g.right - g.left) / b.parties.length;
  const top = pen.y;
  doc.setFontSize(SIZE.body);
  b.parties.forEach((p, k) => {
    const x = g.left + k * colW;
    let y = top + 4;
    if (p.role) {
      doc.setFont(FONT, 'bold');
      doc.text(p.role, x, y);
      y += 4.6;
    }
    doc.setFont(FONT, 'normal');
    // A party's name whole, never cut: the lines to sign move down below the longest.
    (names[k] ?? []).forEach((line, n) => doc.text(line, x, y + n * NAME_STEP));
    y += extra;
    doc.setDrawColor(0, 0, 0);
    if (two) {
      doc.setFontSize(SIZE.small);
      doc.text(`${b.dateLabel}:`, x, y + 9);
      doc.line(x + 14, y + 9, x + colW - 8, y + 9);
      doc.text(`${b.signLabel}:`, x, y + 20);
      doc.line(x + 22, y + 20, x + colW - 8, y + 20);
      doc.setFontSize(SIZE.body);
    } else doc.line(x, y + 13, x + 60, y + 13);
  });
  pen.y = top + height;
}

export function drawBlock(pen: Pen, block: Block): void {
  switch (block.type) {
    case 'paragraph':
      pen.text(block.text, SIZE.body, block.bold ?? false);
      pen.y += SIZE.body * LEADING * 0.6;
      return;
    case 'table':
      table(pen, block);
      return;
    case 'totals':
      totals(pen, block.rows);
      return;
    case 'payment':
      payment(pen, block);
      return;
    case 'signature':
      signature(pen, block);
      return;
  }
}
