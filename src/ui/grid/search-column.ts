// One column's search text: every row's lower-cased display text, built a row at a time in the
// background after load so that the first search or text filter of a million rows tests texts instead
// of formatting every row.
//
// Most columns repeat their texts (customers, dates, currencies, statuses): each distinct text is kept
// once, rows hold its code, and a search tests each distinct text once, then the rows by table look-up.
// A column that proves mostly distinct (invoice numbers, amounts, figures: past INTERN_LIMIT texts, or
// more than half its first PROBE_ROWS rows) is kept instead as chunks of CHUNK rows' texts joined by
// SEP: one string a chunk instead of one a row (a million separate texts cost ~40 MB a column, joined
// ~10 MB), and a search is the engine's own `indexOf` over each chunk. Where a row starts is kept for
// every STRIDE-th row only; a match's row is found from the one before it by the separators between.

/** Past this many distinct texts a column is taken as unique per row and joined. */
export const INTERN_LIMIT = 50_000;
/**
 * Or sooner: when its first PROBE_ROWS rows hold more distinct texts than half their number (amounts,
 * invoice numbers), the column is joined there instead of first putting 50,000 texts in a map.
 */
export const PROBE_ROWS = 4_096;
const CHUNK = 2_048;
/** Between two rows' texts: no display text holds it, and a needle that does finds nothing. */
const SEP = '\u0000';

/** Every STRIDE-th row's start is kept (a row's start each was 2 bytes a row a column). */
const STRIDE = 32;

interface Chunk {
  /**
   * The rows' texts joined by SEP, a character a byte where it can be: each character past U+00FF (€,
   * a narrow no-break space, ș) stands for itself by one of the byte values the chunk does not use, as
   * `wide` and `codes` say (see `joined`).
   */
  text: string;
  /** The offset in `text` of row k × STRIDE's text, for each k. */
  starts: Uint16Array | Uint32Array;
  /** The characters past U+00FF the chunk holds, and the byte value standing for each; '' if none. */
  wide: string;
  codes: string;
}

export class SearchColumn {
  /** Rows whose text is in so far (they come in order, from row 0). */
  built = 0;
  /** Row → code of its text; 16 bits suffice, for past INTERN_LIMIT (< 65,536) texts it is joined. */
  private codes: Uint16Array | null;
  private texts: string[] = [];
  private at: Map<string, number> | null = new Map();
  private chunks: Chunk[] | null = null;
  /** Joined: the texts of the rows after the last whole chunk. */
  private tail: string[] = [];

  constructor(rows: number) {
    this.codes = new Uint16Array(rows);
  }

  /** Takes in the text of row `built`. */
  add(text: string): void {
    if (!this.chunks) {
      const code = this.intern(text);
      // Unless that text turned the column joined, in which case it goes in joined like any other.
      if (!this.chunks) {
        this.codes![this.built++] = code;
        if (this.built === PROBE_ROWS && this.texts.length * 2 > PROBE_ROWS) this.join();
        return;
      }
    }
    this.addJoined(text);
    this.built++;
  }

  /** Puts a new text for a row already built; true when it differs from the one it replaces. */
  set(i: number, text: string): boolean {
    if (!this.chunks) {
      const code = this.intern(text);
      if (this.chunks) return this.set(i, text); // that text turned the column joined
      const changed = this.codes![i] !== code;
      this.codes![i] = code;
      return changed;
    }
    const k = Math.floor(i / CHUNK);
    const chunk = this.chunks[k];
    if (!chunk) {
      const j = i - k * CHUNK;
      const changed = this.tail[j] !== text;
      this.tail[j] = text;
      return changed;
    }
    const rows = textsOf(chunk);
    const j = i - k * CHUNK;
    if (rows[j] === text) return false;
    rows[j] = text;
    this.chunks[k] = joined(rows);
    return true;
  }

  /** Marks in `out` the rows whose text contains `needle` (lower case, not empty). */
  mark(needle: string, out: Uint8Array): void {
    if (!this.chunks) {
      const hit = new Uint8Array(this.texts.length);
      let any = false;
      for (let k = 0; k < this.texts.length; k++)
        if (this.texts[k]!.includes(needle)) {
          hit[k] = 1;
          any = true;
        }
      if (!any) return;
      const codes = this.codes!;
      for (let i = 0; i < this.built; i++) if (hit[codes[i]!]) out[i] = 1;
      return;
    }
    if (needle.includes(SEP)) return;
    const all = this.tail.length ? [...this.chunks, joined(this.tail)] : this.chunks;
    all.forEach((chunk, k) => {
      const find = inChunk(chunk, needle);
      if (find !== null) markIn(chunk, find, out, k * CHUNK);
    });
  }

  private intern(text: string): number {
    if (!this.at) return this.texts.push(text) - 1;
    let k = this.at.get(text);
    if (k === undefined) {
      k = this.texts.push(text) - 1;
      if (this.at.size >= INTERN_LIMIT) this.join();
      else this.at.set(text, k);
    }
    return k;
  }

  /** The column proved mostly distinct: its rows' texts so far become joined chunks. */
  private join(): void {
    const codes = this.codes!;
    const texts = this.texts;
    this.chunks = [];
    this.tail = [];
    for (let i = 0; i < this.built; i++) this.addJoined(texts[codes[i]!]!);
    // The text being interned (row `built`, or a row being set) is the last one pushed: `add` or `set`
    // takes it in again in joined form.
    this.codes = null;
    this.texts = [];
    this.at = null;
  }

  private addJoined(text: string): void {
    this.tail.push(text);
    if (this.tail.length === CHUNK) {
      this.chunks!.push(joined(this.tail));
      this.tail = [];
    }
  }

  /** Whether the column is kept joined (it proved mostly distinct). */
  get isJoined(): boolean {
    return this.chunks !== null;
  }
}

/** Marks in `out` (from `base`) the rows of the chunk whose text holds `find` (as the chunk writes it). */
function markIn(chunk: Chunk, find: string, out: Uint8Array, base: number): void {
  const { text, starts } = chunk;
  // The row `row` starts at `at`; matches come in order, so the row moves only forward.
  let row = 0;
  let at = 0;
  for (let p = text.indexOf(find); p >= 0;) {
    // Jump to the last kept start at or before p, when it is past the row we are at.
    let lo = Math.floor(row / STRIDE);
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    if (lo * STRIDE > row) {
      row = lo * STRIDE;
      at = starts[lo]!;
    }
    let end = text.indexOf(SEP, at);
    while (end >= 0 && end < p) {
      row++;
      at = end + 1;
      end = text.indexOf(SEP, at);
    }
    out[base + row] = 1;
    if (end < 0) return;
    row++;
    at = end + 1;
    p = text.indexOf(find, at);
  }
}

/** The needle as the chunk writes its text, or null when it cannot be in the chunk. */
function inChunk(chunk: Chunk, needle: string): string | null {
  // No character written for another (none past U+00FF, or too many to write so): as it is.
  if (chunk.wide === '') return needle;
  let out = '';
  for (let i = 0; i < needle.length; i++) {
    const c = needle[i]!;
    if (c.charCodeAt(0) > 0xff) {
      const k = chunk.wide.indexOf(c);
      if (k < 0) return null;
      out += chunk.codes[k];
    } else if (chunk.codes.includes(c))
      return null; // the chunk's texts never hold it
    else out += c;
  }
  return out;
}

function joined(rows: readonly string[]): Chunk {
  let text = rows.join(SEP);
  // A string with one character past U+00FF is held by the engine at two bytes a character. Most such
  // chunks hold a few distinct ones (€, £, a narrow no-break space, ș, ł): each is written as a byte
  // value the chunk's own text does not use, and the needle is written the same way, so the chunk stays
  // at a byte a character and the search stays one `indexOf`. A chunk of more distinct ones than there
  // are free byte values (another script) is kept as it is.
  let wide = '';
  let codes = '';
  if (WIDE.test(text)) {
    const used = new Uint8Array(256);
    const found = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c <= 0xff) used[c] = 1;
      else found.add(text[i]!);
    }
    const free: string[] = [];
    for (let c = 1; c <= 0xff && free.length < found.size; c++)
      if (!used[c]) free.push(String.fromCharCode(c));
    if (free.length >= found.size) {
      wide = [...found].join('');
      codes = free.join('');
      const byWide = new Map([...found].map((c, k) => [c, free[k]!.charCodeAt(0)]));
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        bytes[i] = c <= 0xff ? c : byWide.get(text[i]!)!;
      }
      // Made from bytes, the engine holds it at a byte a character (a `replace` kept two).
      text = charsOf(bytes);
    }
  }
  // Each character was written as one: the rows' lengths are their lengths in the text.
  const starts = startsOf(rows, text.length);
  return { text, starts, wide, codes };
}

/** A character past U+00FF (the engine's one-byte strings hold up to it). */
const WIDE = /[\u0100-\uffff]/;

/** Bytes as a string of one character a byte (U+0000–U+00FF), which the engine holds at a byte each. */
function charsOf(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8_192)
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8_192) as unknown as number[]));
  return parts.join('');
}

/** The start of every STRIDE-th row's text in the joined text (each character is one in it). */
function startsOf(rows: readonly string[], total: number): Uint16Array | Uint32Array {
  const starts =
    total <= 0xffff
      ? new Uint16Array(Math.ceil(rows.length / STRIDE))
      : new Uint32Array(Math.ceil(rows.length / STRIDE));
  let at = 0;
  rows.forEach((t, i) => {
    if (i % STRIDE === 0) starts[i / STRIDE] = at;
    at += t.length + SEP.length;
  });
  return starts;
}

function textsOf(chunk: Chunk): string[] {
  let text = chunk.text;
  if (chunk.wide !== '') {
    const byCode = new Map([...chunk.codes].map((c, k) => [c, chunk.wide[k]!]));
    let out = '';
    for (const c of text) out += byCode.get(c) ?? c;
    text = out;
  }
  return text.split(SEP);
}
