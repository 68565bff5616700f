// An EPC QR code drawn as vector rectangles (one per horizontal run of dark modules), so it is sharp at
// any print resolution. The payload is UTF-8 (EPC character set 1), error correction M (EPC069-12).
import type { jsPDF } from 'jspdf';
import { encodeQr } from './qr-encode';

/** The dark modules of a QR code for `payload` (UTF-8 bytes, error correction M). */
export function qrModules(payload: string): { size: number; dark: (row: number, col: number) => boolean } {
  const { size, modules } = encodeQr(new TextEncoder().encode(payload));
  return { size, dark: (r, c) => modules[r * size + c] === 1 };
}

/** Draws the code in a `side` mm square at (x, y), quiet zone of 4 modules included. All runs go out
 * as one path in module units under one transform (`cm`), with one fill: a `rect()` call per run cost
 * more than the rest of the letter, and millimetre coordinates tripled the page's content stream. */
export function drawQr(doc: jsPDF, payload: string, x: number, y: number, side: number): void {
  const { size, dark } = qrModules(payload);
  const k = doc.internal.scaleFactor;
  const pageHeight = doc.internal.pageSize.getHeight() * k;
  const m = (side / (size + 8)) * k;
  const ops: string[] = [];
  for (let r = 0; r < size; r++) {
    let c = 0;
    while (c < size) {
      if (!dark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < size && dark(r, c)) c++;
      ops.push(`${start} ${r} ${c - start} 1 re`);
    }
  }
  // Module (col, row) maps to PDF points: x right from the code's corner, y down the page.
  const e = (x * k + 4 * m).toFixed(3);
  const f = (pageHeight - (y * k + 4 * m)).toFixed(3);
  const write = (doc.internal as unknown as { write: (s: string) => void }).write;
  write(`q 0 g ${m.toFixed(4)} 0 0 ${(-m).toFixed(4)} ${e} ${f} cm\n${ops.join('\n')}\nf Q`);
}
