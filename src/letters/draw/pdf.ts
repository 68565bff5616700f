// Draws LetterContent with jsPDF: one letter or a batch of many in one PDF, with progress and cancel.
// The same content, fonts and jsPDF version give the same bytes: the creation date and file id come
// from the letter itself, never from the clock or a random source.
import { jsPDF } from 'jspdf';
import type { Block, LetterContent } from '../types';
import { blockHeight, drawBlock, fit, signatureHeight } from './blocks-draw';
import { FONT, embedFonts, type LetterFonts } from './fonts';
import { CONTINUED_BODY, FIRST, LEADING, SIZE, geometry, type Geometry } from './layout';
import { fingerprint128 } from '../hash';

export interface DrawOptions {
  /** Called after each letter with (done, total). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export class LettersCancelled extends Error {
  constructor() {
    super('letters: cancelled');
    this.name = 'LettersCancelled';
  }
}

/** The cursor of the letter being drawn: a page break repeats the header and moves to the next page. */
export class Pen {
  y = 0;
  constructor(
    readonly doc: jsPDF,
    readonly g: Geometry,
    readonly content: LetterContent,
  ) {}

  /** Makes room for `height` mm, starting a new page when it does not fit. True when a page was added. */
  need(height: number): boolean {
    if (this.y + height <= this.g.bottom) return false;
    this.doc.addPage(this.content.layout.page === 'letter' ? 'letter' : 'a4', 'portrait');
    const { doc, g } = this;
    doc.setFont(FONT, 'normal');
    doc.setFontSize(SIZE.small);
    doc.setTextColor(90, 90, 90);
    // One line: a header longer than the page ends in "…", never mid-word without a sign.
    doc.text(fit(doc, this.content.runningHeader, g.right - g.left), g.left, 14);
    doc.setDrawColor(160, 160, 160);
    doc.line(g.left, 16.5, g.right, 16.5);
    doc.setTextColor(0, 0, 0);
    this.y = CONTINUED_BODY;
    return true;
  }

  /**
   * One line of text broken into lines `width` mm wide at the current font, between words as jsPDF
   * breaks them (at spaces), but never inside one of the letter's `keepTogether` texts (its dates).
   */
  wrap(raw: string, width: number): string[] {
    const keep = (this.content.keepTogether ?? []).filter((k) => k.includes(' ') && raw.includes(k));
    if (keep.length === 0) return this.doc.splitTextToSize(raw, width) as string[];
    // Their spaces made no-break spaces (the same width) while the text is broken into lines…
    let held = raw;
    for (const k of keep) held = held.split(k).join(k.replaceAll(' ', '\u00a0'));
    const lines = this.doc.splitTextToSize(held, width) as string[];
    // …then each line is the same stretch of the text as written (every line is a stretch of `held`:
    // jsPDF breaks at spaces and drops the one it breaks at), its dates' spaces as they were.
    let at = 0;
    return lines.map((line) => {
      const i = held.indexOf(line, at);
      if (i < 0) return line;
      at = i + line.length;
      return raw.slice(i, at);
    });
  }

  /** Wrapped text at the pen, breaking pages between lines. */
  text(text: string, size: number, bold = false, x = this.g.left, width = this.g.right - x): void {
    const { doc } = this;
    doc.setFont(FONT, bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    const step = size * LEADING;
    for (const raw of text.split('\n')) {
      for (const line of this.wrap(raw, width)) {
        // A new page draws its running header small: the paragraph goes on at its own size.
        if (this.need(step)) {
          doc.setFont(FONT, bold ? 'bold' : 'normal');
          doc.setFontSize(size);
        }
        this.y += step;
        doc.text(line, x, this.y - step * 0.25);
      }
    }
  }
}

function drawLetterhead(doc: jsPDF, g: Geometry, c: LetterContent): void {
  const top = FIRST.letterheadTop;
  let textRight = g.right;
  if (c.letterhead.logo) {
    try {
      const props = doc.getImageProperties(c.letterhead.logo);
      const h = Math.min(18, (props.height / props.width) * 45);
      const w = (props.width / props.height) * h;
      // The alias makes a batch embed the logo once, however many letters carry it.
      doc.addImage(
        c.letterhead.logo,
        props.fileType,
        g.right - w,
        top - 4,
        w,
        h,
        `logo-${c.letterhead.logo.length}`,
      );
      textRight = g.right - w - 5;
    } catch {
      // An unreadable logo leaves the letterhead as text only rather than losing the letter.
    }
  }
  // A long company name is set smaller to stay on one line (down to 11 pt), else it wraps onto a
  // second: never run off the page ("… Prelucrări Textile Industriale" lost its "S.R.L.").
  doc.setFont(FONT, 'bold');
  let size = SIZE.name;
  doc.setFontSize(size);
  while (size > SIZE.name - 3 && doc.getTextWidth(c.letterhead.name) > textRight - g.left) {
    size -= 0.5;
    doc.setFontSize(size);
  }
  const name = (doc.splitTextToSize(c.letterhead.name, textRight - g.left) as string[]).slice(0, 2);
  const step = size * LEADING;
  name.forEach((line, k) => doc.text(line, g.left, top + 2 + k * step));
  const below = top + 7 + (name.length - 1) * step;
  doc.setFont(FONT, 'normal');
  doc.setFontSize(SIZE.small);
  doc.setTextColor(70, 70, 70);
  const info = c.letterhead.lines.join(' · ');
  const wrapped = doc.splitTextToSize(info, textRight - g.left) as string[];
  wrapped.slice(0, 3).forEach((line, k) => doc.text(line, g.left, below + k * 3.6));
  doc.setTextColor(0, 0, 0);
}

/**
 * The return address on one line of the window: whole if it fits, else a point smaller, else without
 * its middle parts (the street): the name and the last part (postal code and town) are what a returned
 * letter needs. Never cut inside a part with a separator left hanging.
 */
function returnLine(doc: jsPDF, text: string, width: number): string {
  const parts = text.split(' · ');
  for (const size of [SIZE.tiny, SIZE.tiny - 1]) {
    doc.setFontSize(size);
    if (doc.getTextWidth(text) <= width) return text;
  }
  for (let drop = 1; drop <= parts.length - 2; drop++) {
    const kept = [parts[0]!, ...parts.slice(1 + drop)].join(' · ');
    if (doc.getTextWidth(kept) <= width) return kept;
  }
  return (doc.splitTextToSize(parts[0] ?? '', width) as string[])[0] ?? '';
}

function drawAddress(doc: jsPDF, g: Geometry, c: LetterContent): void {
  doc.setFont(FONT, 'normal');
  doc.setFontSize(SIZE.tiny);
  doc.setTextColor(90, 90, 90);
  doc.text(returnLine(doc, c.returnAddress, g.addressWidth), g.addressX, FIRST.returnAddress);
  doc.setTextColor(0, 0, 0);
  if (c.marking) {
    doc.setFont(FONT, 'bold');
    doc.setFontSize(SIZE.small);
    // The sending method and the tracking number each on a line of its own when both fit, so a
    // tracking number is never split across lines ("RR 1234" / "5678 9 RO").
    const parts = c.marking.split(' · ').flatMap((p) => doc.splitTextToSize(p, g.addressWidth) as string[]);
    const lines = (
      parts.length <= 2 ? parts : (doc.splitTextToSize(c.marking, g.addressWidth) as string[])
    ).slice(0, 2);
    lines.forEach((l, k) => doc.text(l, g.addressX, FIRST.marking + k * 3.5));
  }
  const { size, step, lines } = recipientLines(doc, c.recipient, g.addressWidth);
  doc.setFontSize(size);
  lines.forEach((line, k) => {
    doc.setFont(FONT, line.name ? 'bold' : 'normal');
    doc.text(line.text, g.addressX, FIRST.recipient + k * step);
  });
  doc.setFont(FONT, 'normal');
}

/** The lowest baseline of the address in the window (DIN 5008 form B: the address zone ends at 90 mm). */
const ADDRESS_END = 89.5;

/**
 * The recipient as the window shows it: every line whole, a long name or street wrapped, never cut
 * ("Întreprinderea Individuală Ștefan" had lost "Țăranu și Asociații … S.R.L."). Set a size or two
 * smaller when the lines need it; beyond that the address's middle lines give way, never the name, the
 * postal code and town or the country.
 */
export function recipientLines(
  doc: jsPDF,
  recipient: readonly string[],
  width: number,
): { size: number; step: number; lines: { text: string; name: boolean }[] } {
  const [name = '', ...address] = recipient;
  const wrap = (text: string, bold: boolean): string[] => {
    doc.setFont(FONT, bold ? 'bold' : 'normal');
    return doc.splitTextToSize(text, width) as string[];
  };
  const fits = (n: number, step: number): boolean => FIRST.recipient + (n - 1) * step <= ADDRESS_END;
  let result = { size: SIZE.body, step: 4.6, lines: [] as { text: string; name: boolean }[] };
  for (const [size, step] of [
    [SIZE.body, 4.6],
    [SIZE.body - 1, 4.1],
    [SIZE.body - 2, 3.6],
  ] as const) {
    doc.setFontSize(size);
    const named = wrap(name, true).map((text) => ({ text, name: true }));
    const parts = address.map((l) => wrap(l, false).map((text) => ({ text, name: false })));
    result = { size, step, lines: [...named, ...parts.flat()] };
    if (fits(result.lines.length, step)) return result;
    // At the smallest size, the middle lines of the address go first (the last two: town, country).
    if (size === SIZE.body - 2) {
      const keep = parts.slice(-2);
      const middle = parts.slice(0, -2);
      while (middle.length > 0 && !fits(named.length + [...middle, ...keep].flat().length, step))
        middle.pop();
      result.lines = [...named, ...[...middle, ...keep].flat()];
    }
  }
  return result;
}

function drawLetter(doc: jsPDF, c: LetterContent, first: boolean): void {
  const g = geometry(c.layout);
  if (!first) doc.addPage(c.layout.page === 'letter' ? 'letter' : 'a4', 'portrait');
  const startPage = doc.getNumberOfPages();
  drawLetterhead(doc, g, c);
  drawAddress(doc, g, c);
  doc.setFont(FONT, 'normal');
  doc.setFontSize(SIZE.body);
  doc.text(c.placeDate, g.right, FIRST.placeDate, { align: 'right' });
  const pen = new Pen(doc, g, c);
  pen.y = FIRST.subject - SIZE.subject * LEADING;
  pen.text(c.subject, SIZE.subject, true);
  pen.y = Math.max(pen.y, FIRST.body - SIZE.body * LEADING);
  const closing = (signature: Extract<Block, { type: 'signature' }>): number =>
    SIZE.body * LEADING * 1.6 + signatureHeight(pen, signature);
  c.blocks.forEach((block, i) => {
    const next = c.blocks[i + 1];
    const after = c.blocks[i + 2];
    // The block before the closing (the last paragraph, the payment box) goes over with it, so the
    // closing and the signature never stand alone on a last page; not when it is half a page or more.
    if (next?.type === 'paragraph' && next.text.length < 80 && after?.type === 'signature') {
      const h = blockHeight(pen, block);
      if (h !== null && h < (g.bottom - CONTINUED_BODY) / 2) pen.need(h + closing(after));
    }
    // The closing line stays on the page of the signature it introduces.
    if (block.type === 'paragraph' && next?.type === 'signature' && block.text.length < 80)
      pen.need(closing(next));
    drawBlock(pen, block);
  });
  const endPage = doc.getNumberOfPages();
  const total = endPage - startPage + 1;
  if (total > 1) {
    doc.setFont(FONT, 'normal');
    doc.setFontSize(SIZE.small);
    for (let p = startPage; p <= endPage; p++) {
      doc.setPage(p);
      const label = c.pageLabel.replace('{n}', String(p - startPage + 1)).replace('{total}', String(total));
      doc.text(label, g.right, g.height - 9, { align: 'right' });
    }
    doc.setPage(endPage);
  }
}

/** A new document with the fonts embedded and its identity fixed from `contents`. */
function newDocument(contents: readonly LetterContent[], fonts: LetterFonts): jsPDF {
  const first = contents[0];
  if (!first) throw new Error('letters: nothing to draw');
  const doc = new jsPDF({
    unit: 'mm',
    format: first.layout.page === 'letter' ? 'letter' : 'a4',
    orientation: 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
  });
  embedFonts(doc, fonts);
  doc.setCreationDate(first.created);
  doc.setFileId(contents.length === 1 ? first.id : fingerprint128(contents.map((c) => c.id).join('|')));
  doc.setProperties({ title: contents.length === 1 ? first.title : first.title, creator: 'Overdue' });
  return doc;
}

/** One PDF with every letter, each starting on a new page. Yields to the page every few letters so a
 * progress bar can paint and a cancel can land; throws `LettersCancelled` when the signal aborts. */
export async function drawLetters(
  contents: readonly LetterContent[],
  fonts: LetterFonts,
  options: DrawOptions = {},
): Promise<Uint8Array> {
  const doc = newDocument(contents, fonts);
  let lastYield = Date.now();
  for (let i = 0; i < contents.length; i++) {
    if (options.signal?.aborted) throw new LettersCancelled();
    drawLetter(doc, contents[i] as LetterContent, i === 0);
    if (options.onProgress && (i === contents.length - 1 || Date.now() - lastYield > 50)) {
      options.onProgress(i + 1, contents.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
    }
  }
  if (options.signal?.aborted) throw new LettersCancelled();
  return new Uint8Array(doc.output('arraybuffer'));
}

/** One letter, synchronously: the bytes an archived letter is reprinted to. */
export function drawOneLetter(content: LetterContent, fonts: LetterFonts): Uint8Array {
  const doc = newDocument([content], fonts);
  drawLetter(doc, content, true);
  return new Uint8Array(doc.output('arraybuffer'));
}
