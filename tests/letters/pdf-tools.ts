// Test helpers: the fonts read from the package, and poppler's pdftotext / pdftoppm on a PDF's bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaryString, type LetterFonts } from '../../src/letters/draw/fonts';

let fonts: LetterFonts | null = null;
export function testFonts(): LetterFonts {
  const dir = join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf');
  fonts ??= {
    regular: binaryString(readFileSync(join(dir, 'DejaVuSans.ttf'))),
    bold: binaryString(readFileSync(join(dir, 'DejaVuSans-Bold.ttf'))),
  };
  return fonts;
}

function withFile<T>(bytes: Uint8Array, run: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'letters-'));
  try {
    const file = join(dir, 'letter.pdf');
    writeFileSync(file, bytes);
    return run(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as poppler extracts it (UTF-8, layout kept so table rows stay on one line). */
export function pdfText(bytes: Uint8Array): string {
  return withFile(bytes, (file) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }),
  );
}

/** Page `page` rendered to PNG at `dpi`. */
export function pdfPng(bytes: Uint8Array, page = 1, dpi = 150): Buffer {
  return withFile(bytes, (file, dir) => {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      join(dir, 'page'),
    ]);
    return readFileSync(join(dir, 'page.png'));
  });
}

/** The PDF's text in the order it was drawn (poppler's raw mode): a column's lines stay together. */
export function pdfRawText(bytes: Uint8Array): string {
  return withFile(bytes, (file) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], { encoding: 'utf8' }),
  );
}

export interface PdfWord {
  page: number;
  text: string;
  /** Millimetres from the page's top-left corner. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every word of the PDF with its page and box (poppler's -bbox), in millimetres. */
export function pdfWords(bytes: Uint8Array): PdfWord[] {
  const html = withFile(bytes, (file) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-'], { encoding: 'utf8' }),
  );
  const mm = (pt: string): number => (Number(pt) * 25.4) / 72;
  const unescape = (s: string): string =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const words: PdfWord[] = [];
  html.split('<page ').forEach((chunk, k) => {
    for (const m of chunk.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ))
      words.push({
        page: k,
        text: unescape(m[5] ?? ''),
        x0: mm(m[1] ?? ''),
        y0: mm(m[2] ?? ''),
        x1: mm(m[3] ?? ''),
        y1: mm(m[4] ?? ''),
      });
  });
  return words;
}
