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
