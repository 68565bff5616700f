// A stable key for a header, so the app can remember the mapping a user confirmed for "this kind of file".

import { normalizeLabel } from './values';

/**
 * `mappingSignature(['Invoice #', 'Client Name'])` → "h2-…": same for headers that differ only in case,
 * diacritics, spacing, punctuation or trailing empty cells; different when names or order differ.
 */
export function mappingSignature(columns: readonly string[]): string {
  const names = columns.map((c) => normalizeLabel(c));
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const text = names.join('\u001f');
  return `h${names.length}-${hash53(text).toString(36)}`;
}

/** cyrb53: a fast 53-bit string hash (public domain), stable across runs and platforms. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
