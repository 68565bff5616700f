// The embedded font: DejaVu Sans (regular and bold) from the `dejavu-fonts-ttf` package (free licence,
// covers ș ț ă â î æ ø å é ß €). jsPDF takes a TTF as a "binary string" (one char per byte).
import type { jsPDF } from 'jspdf';

export interface LetterFonts {
  regular: string;
  bold: string;
}

export const FONT = 'DejaVuSans';

/** Bytes → binary string, in chunks (one `fromCharCode` call per 32 KB keeps the stack small). */
export function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  return out;
}

export function embedFonts(doc: jsPDF, fonts: LetterFonts): void {
  doc.addFileToVFS('DejaVuSans.ttf', fonts.regular);
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
}
