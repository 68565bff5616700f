// One column's search text: every row's lower-cased display text, built a row at a time in the
// background after load so that the first search or text filter of a million rows tests texts instead
// of formatting every row.
//
// Most columns repeat their texts (customers, dates, currencies, statuses): each distinct text is kept
// once, rows hold its code, and a search tests each distinct text once, then the rows by table look-up.
// A column that proves mostly distinct (invoice numbers, amounts, figures: past INTERN_LIMIT texts, or
// more than half its first PROBE_ROWS rows) is kept instead as chunks of CHUNK rows' texts joined by
// SEP, with each row's end offset: one string a chunk instead of one a row (a million separate texts
// cost ~40 MB a column, joined ~12 MB), and a search is the engine's own `indexOf` over each chunk.

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

interface Chunk {
  /** The rows' texts joined by SEP; when `bytes`, as UTF-8 with a character a byte (see `joined`). */
  text: string;
  /** Per row of the chunk: the offset of the SEP after its text (16 bits while the chunk is short). */
  ends: Uint16Array | Uint32Array;
  bytes: boolean;
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
    let asBytes: string | null = null;
    all.forEach((chunk, k) => {
      const base = k * CHUNK;
      const { text, ends } = chunk;
      const find = chunk.bytes ? (asBytes ??= byteText(needle)) : needle;
      for (let p = text.indexOf(find); p >= 0;) {
        // The row whose text holds offset p: the first whose end lies past it.
        let lo = 0;
        let hi = ends.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (ends[mid]! > p) hi = mid;
          else lo = mid + 1;
        }
        out[base + lo] = 1;
        p = text.indexOf(find, ends[lo]! + 1);
      }
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

function joined(rows: readonly string[]): Chunk {
  const text = rows.join(SEP);
  // A string with one character past U+00FF (€, ș, ł) is held at two bytes a character: such a chunk
  // is kept as its UTF-8 bytes instead, a character each, at about half the size. A needle in UTF-8
  // is found in UTF-8 text exactly where it is found in the text (a character's bytes never start
  // inside another's), so the search is the same `indexOf`, with offsets in bytes.
  if (!WIDE.test(text)) return { text, ends: endsOf(rows.map((t) => t.length)), bytes: false };
  const utf8 = new TextEncoder().encode(text);
  const lengths: number[] = [];
  let from = 0;
  for (let i = 0; i <= utf8.length; i++)
    if (i === utf8.length || utf8[i] === 0) {
      lengths.push(i - from);
      from = i + 1;
    }
  return { text: charsOf(utf8), ends: endsOf(lengths), bytes: true };
}

/** A character past U+00FF (the engine's one-byte strings hold up to it). */
const WIDE = /[\u0100-\uffff]/;

function endsOf(lengths: readonly number[]): Uint16Array | Uint32Array {
  let total = 0;
  for (const n of lengths) total += n + SEP.length;
  const ends = total <= 0xffff ? new Uint16Array(lengths.length) : new Uint32Array(lengths.length);
  let at = 0;
  lengths.forEach((n, i) => {
    at += n;
    ends[i] = at;
    at += SEP.length;
  });
  return ends;
}

/** Bytes as a string of one character a byte (U+0000–U+00FF), which the engine holds at a byte each. */
function charsOf(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8_192)
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8_192) as unknown as number[]));
  return parts.join('');
}

function byteText(text: string): string {
  return charsOf(new TextEncoder().encode(text));
}

function textsOf(chunk: Chunk): string[] {
  if (chunk.bytes) {
    const bytes = Uint8Array.from(chunk.text, (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes).split(SEP);
  }
  const out: string[] = [];
  let from = 0;
  for (const end of chunk.ends) {
    out.push(chunk.text.slice(from, end));
    from = end + SEP.length;
  }
  return out;
}
