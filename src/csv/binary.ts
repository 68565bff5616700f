// Files that are not text at all (an image or a spreadsheet renamed .csv) are refused before parsing:
// by their magic number, or by NUL and control bytes that no CSV in a single-byte or UTF-8 encoding has.
// UTF-16 text has NULs too, in a pattern detectEncoding recognises; it is text.
import { detectEncoding } from './encoding';
/** What a file that is not text looks like, from its first bytes. */
export type BinaryKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'binary';

const MAGIC: [BinaryKind, number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
];

const SAMPLE = 8192;

/** What kind of non-text file the bytes are, or null when they may be text. */
export function binaryKind(bytes: Uint8Array): BinaryKind | null {
  for (const [kind, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return kind;
  const enc = detectEncoding(bytes).encoding;
  if (enc === 'utf-16le' || enc === 'utf-16be') return null;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return 'binary';
    // Tab, line feed, carriage return, form feed and escape appear in text; other C0 controls hardly do.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control > n * 0.02 ? 'binary' : null;
}

/** True when the file holds no text: no bytes, or only blanks, line ends and a byte-order mark. */
export function isBlank(bytes: Uint8Array): boolean {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const utf16 = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff);
  const utf8 = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  for (let i = utf16 ? 2 : utf8 ? 3 : 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || (utf16 && b === 0)) continue;
    return false;
  }
  return true;
}
