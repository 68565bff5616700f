// Encoding detection by byte heuristics, and decoding with the platform's TextDecoder.
// Order: byte-order mark; UTF-16 without BOM by its NUL-byte pattern; valid UTF-8; otherwise a single-byte
// code page, windows-1252 or iso-8859-2, chosen by which decoding gives the more plausible letters.

import type { CsvEncoding, CsvNote } from './types';

export interface EncodingGuess {
  encoding: CsvEncoding;
  hasBom: boolean;
  bomLength: number;
  notes: CsvNote[];
}

export const SNIFF_BYTES = 64 * 1024;

export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    return { encoding: 'utf-8', hasBom: true, bomLength: 3, notes: [] };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', hasBom: true, bomLength: 2, notes: [] };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', hasBom: true, bomLength: 2, notes: [] };

  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  const utf16 = utf16ByNulPattern(sample);
  if (utf16)
    return {
      encoding: utf16,
      hasBom: false,
      bomLength: 0,
      notes: [{ code: 'csv.note.utf16-without-bom', params: { encoding: utf16 } }],
    };

  const utf8 = utf8Validity(sample, sample.length < bytes.length);
  if (utf8 === 'ascii' || utf8 === 'utf-8')
    return { encoding: 'utf-8', hasBom: false, bomLength: 0, notes: [] };
  const single = singleByteGuess(sample);
  return { encoding: single.encoding, hasBom: false, bomLength: 0, notes: [single.note] };
}

/** UTF-16 text of Latin script has a NUL in every other byte: odd positions for LE, even for BE. */
function utf16ByNulPattern(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenNul++;
    if (sample[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** 'ascii' (no byte ≥ 0x80), 'utf-8' (valid multi-byte sequences), or 'invalid'. */
export function utf8Validity(bytes: Uint8Array, truncated: boolean): 'ascii' | 'utf-8' | 'invalid' {
  let multi = false;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return 'invalid';
    if (i + need >= n) {
      // Sequence runs past the end: fine when the sample was cut short, invalid otherwise.
      if (truncated) break;
      return 'invalid';
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return 'invalid';
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 'invalid';
    multi = true;
    i += need + 1;
  }
  return multi ? 'utf-8' : 'ascii';
}

// Letters the target languages of each code page really use. A byte decoded into one of these scores for
// that code page; a byte decoded into a symbol, a C1 control or an unlikely letter scores against it.
const WIN1252_COMMON = new Set(
  'éèêëàâäçîïôöûùüÿœæøåßñáíóúìòÉÈÊÀÂÄÇÎÔÖÛÙÜÆØÅÑÁÍÓÚ€£°«»–—’‘“”…\u00a0§'.split(''),
);
const ISO88592_COMMON = new Set(
  'ăâîşţĂÂÎŞŢąęłżźćńśóčřšžěůýáíéúőűöüäĄĘŁŻŹĆŃŚÓČŘŠŽĚŮÝÁÍÉÚŐŰÖÜÄďťňľĺđ°§\u00a0'.split(''),
);
// Windows' Central European page has the same letters, and where iso-8859-2 has control codes
// (0x80–0x9F) the typographic marks a spreadsheet writes: „quotes”, dashes, €.
const WIN1250_COMMON = new Set([...ISO88592_COMMON, ...'€„”“’‘–—…'.split('')]);

function singleByteGuess(sample: Uint8Array): { encoding: CsvEncoding; note: CsvNote } {
  let high = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i]! >= 0x80) high++;
  if (high === 0) return { encoding: 'windows-1252', note: { code: 'csv.note.ascii-only' } };
  const w = decodeText(sample, 'windows-1252');
  const l2 = decodeText(sample, 'iso-8859-2');
  const sw = plausibility(w, WIN1252_COMMON);
  const s2 = plausibility(l2, ISO88592_COMMON);
  // Windows-1250 only where it reads more (its marks in 0x80–0x9F); the same letters stay iso-8859-2.
  const s50 = plausibility(decodeText(sample, 'windows-1250'), WIN1250_COMMON);
  const central = s50 > s2 ? ('windows-1250' as const) : ('iso-8859-2' as const);
  const sc = Math.max(s2, s50);
  if (sc > sw)
    return {
      encoding: central,
      note: { code: 'csv.note.latin2-likelier', params: { latin2: sc, western: sw, encoding: central } },
    };
  return {
    encoding: 'windows-1252',
    note: { code: 'csv.note.western', params: { latin2Equal: s2 === sw } },
  };
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

function plausibility(text: string, common: Set<string>): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const ch = text[i]!;
    if (code < 0xa0)
      score -= 4; // C1 control: this code page has no character here.
    else if (common.has(ch)) score += isLetter(text[i - 1]) || isLetter(text[i + 1]) ? 2 : 1;
    else if (isLetter(ch)) score -= 1;
    else score -= 2;
  }
  return score;
}

/** Decodes bytes (without their BOM) as text. UTF-16BE is byte-swapped and decoded as LE everywhere. */
const CEDILLA_RE = /[\u015e\u015f\u0162\u0163]/;
const CEDILLA_RE_G = /[\u015e\u015f\u0162\u0163]/g;
const COMMA_BELOW: Record<string, string> = {
  '\u015e': '\u0218',
  '\u015f': '\u0219',
  '\u0162': '\u021a',
  '\u0163': '\u021b',
};
const toCommaBelow = (c: string): string => COMMA_BELOW[c] ?? c;

export function decodeText(bytes: Uint8Array, encoding: CsvEncoding): string {
  if (encoding === 'utf-16be') {
    const n = bytes.length - (bytes.length % 2);
    const swapped = new Uint8Array(n);
    for (let i = 0; i < n; i += 2) {
      swapped[i] = bytes[i + 1]!;
      swapped[i + 1] = bytes[i]!;
    }
    return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(swapped);
  }
  // WHATWG maps the iso-8859-1 label to windows-1252, a superset for printable text.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  // iso-8859-2 has no comma-below ș ț: Romanian files written in it carry the cedilla forms ş ţ, which
  // are wrong in Romanian (and mis-sort and mis-match against names typed correctly).
  if (encoding === 'iso-8859-2' || encoding === 'windows-1250')
    return CEDILLA_RE.test(text) ? text.replace(CEDILLA_RE_G, toCommaBelow) : text;
  if (encoding !== 'windows-1252' && encoding !== 'iso-8859-1') return text;
  // Some runtimes (Node 20) decode windows-1252 bytes 0x80–0x9F as C1 controls: map them as WHATWG does.
  return C1_RE.test(text) ? text.replace(C1_RE_G, (c) => WIN1252_C1[c.charCodeAt(0) - 0x80] ?? c) : text;
}

const C1_RE = /[\u0080-\u009f]/;
const C1_RE_G = /[\u0080-\u009f]/g;
// windows-1252 0x80–0x9F; the five undefined bytes stay as they are.
const WIN1252_C1: (string | undefined)[] = [
  '€',
  undefined,
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  undefined,
  'Ž',
  undefined,
  undefined,
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  undefined,
  'ž',
  'Ÿ',
];

export function bomLengthOf(bytes: Uint8Array, encoding: CsvEncoding): number {
  if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if (encoding === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) return 2;
  if (encoding === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff) return 2;
  return 0;
}

/** Decodes a whole file in the given encoding, skipping its BOM. */
export function decodeFile(bytes: Uint8Array, encoding: CsvEncoding): string {
  return decodeText(bytes.subarray(bomLengthOf(bytes, encoding)), encoding);
}
