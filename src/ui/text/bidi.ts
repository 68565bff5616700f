// Bidirectional control characters in names and descriptions (imported, pasted or restored) can reorder
// what is shown: "Evil\u202Egnp.exe" displays as "Evilexe.png". On screen each one is replaced by a visible
// mark naming it, so the text reads in its stored order; stored values are never changed.
const NAMES: Record<string, string> = {
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The text with every bidirectional control shown as a visible mark, e.g. "Evil⟨RLO⟩gnp.exe". */
export function visibleBidi(text: string): string {
  return text.replace(BIDI, (c) => `⟨${NAMES[c] ?? '?'}⟩`);
}

export function hasBidiControls(text: string): boolean {
  BIDI.lastIndex = 0;
  return BIDI.test(text);
}
