// A sentence that ends on an abbreviation ends with its point: "Afskrives ved accept: 9.280,08 kr."
// Danish money ("kr.") and any word-ending abbreviation put before a sentence's full stop would
// otherwise read "kr..". An ellipsis ("...") and a range ("10..500") are left as they are.

/** `text` with a word's point and the full stop after it written once. */
export function oneFullStop(text: string): string {
  return text.includes('..') ? text.replace(/(\p{L})\.\.(?=\s|$|["'»“”)])/gu, '$1.') : text;
}
