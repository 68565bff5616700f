// Rows as one reader thread hands them to another: every cell of a chunk in one string, with each
// cell's length and each row's width and line in typed arrays. Posting that is one copy of the text;
// posting the rows as arrays of strings writes and reads every cell on its own. The converting thread
// keeps them so too (PackedTable): a million rows as arrays of strings were ~8 million small objects
// that every collection of its heap walked again.
//
// A text a column repeats (a customer's name, a date, a currency, a status) goes over once, as a word:
// its later cells name the word. The converting thread then holds one string for it instead of one per
// row, and each lookup by it (the customer by name, the date already read) hashes it once, not per row;
// the parsing thread, idle half the time, does the hashing. A column whose texts rarely repeat (invoice
// numbers, amounts) is soon sent as text only.

export interface PackedRows {
  text: string;
  /** Each cell: its length in `text` (≥ 0), or -1 - k for the word k of the table's words. */
  cells: Int32Array;
  widths: Int32Array;
  lines: Int32Array;
  /** Words first named in this chunk, in the order of their numbers. */
  words: string[];
}

/** A column stops being looked up once this many of its texts were looked up… */
const TRIAL = 16_384;
/** …and more than this share of them were new. */
const NEW_SHARE = 0.25;
/**
 * A column whose texts nearly all differ (invoice numbers, amounts) stops sooner: after this many, when
 * more than this share were new. Looked up to the trial's end, three such columns of 100,000 rows made
 * ~40,000 words to hash, keep and post for nothing, and packing took ~15 % longer.
 */
const EARLY = 1_024;
const EARLY_SHARE = 0.9;
/** Words at most (the parsing thread's map and the converting thread's list stay bounded). */
const MAX_WORDS = 1 << 18;

/** Packs the rows of one file, chunk after chunk, in order: each chunk names the words of those before. */
export class RowPacker {
  /** Per column: its texts and their words (a small map each, for the lookups of a column to stay in cache). */
  private readonly maps: Map<string, number>[] = [];
  private count = 0;
  /** Per column: texts looked up, and how many of them were new; -1 once the column is text only. */
  private readonly seen: number[] = [];
  private readonly added: number[] = [];
  /** Per column: the last text and its word (a sorted file repeats a date or a name row after row). */
  private readonly lastText: string[] = [];
  private readonly lastWord: number[] = [];

  pack(rows: string[][], lines: number[]): { packed: PackedRows; transfer: ArrayBuffer[] } {
    let count = 0;
    for (const r of rows) count += r.length;
    const cells = new Int32Array(count);
    const widths = new Int32Array(rows.length);
    const fresh: string[] = [];
    // The cells' texts joined once at the end: appended one by one they made a string of ~100,000
    // pieces that posting it flattened again (100,000 rows: 10–16 ms to copy the chunks instead of 27–48).
    const texts: string[] = [];
    const { maps, seen, added, lastText, lastWord } = this;
    let k = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as string[];
      const n = r.length;
      widths[i] = n;
      for (let j = 0; j < n; j++) {
        const c = r[j] as string;
        const tried = seen[j] ?? (seen[j] = added[j] = 0);
        if (c.length === 0 || tried < 0) {
          texts.push(c);
          cells[k++] = c.length;
          continue;
        }
        if (c === lastText[j]) {
          cells[k++] = -1 - (lastWord[j] as number);
          continue;
        }
        const words = maps[j] ?? (maps[j] = new Map());
        let w = words.get(c);
        if (w === undefined) {
          if (this.count >= MAX_WORDS) {
            texts.push(c);
            cells[k++] = c.length;
            continue;
          }
          w = this.count++;
          words.set(c, w);
          fresh.push(c);
          const a = ((added[j] as number) += 1);
          if ((tried >= TRIAL && a > tried * NEW_SHARE) || (tried >= EARLY && a > tried * EARLY_SHARE)) {
            // Text only from now on: its map is let go (the converting thread keeps the words named).
            seen[j] = -1;
            words.clear();
          }
        }
        if ((seen[j] as number) >= 0) seen[j] = tried + 1;
        lastText[j] = c;
        lastWord[j] = w;
        cells[k++] = -1 - w;
      }
    }
    const packedLines = Int32Array.from(lines);
    return {
      packed: { text: texts.join(''), cells, widths, lines: packedLines, words: fresh },
      transfer: [cells.buffer, widths.buffer, packedLines.buffer] as ArrayBuffer[],
    };
  }
}

/** Appends the packed rows and their lines to `rows` and `lines`; `words`: the table's words so far. */
function unpackRows(p: PackedRows, words: readonly string[], rows: string[][], lines: number[]): void {
  const { text, cells, widths } = p;
  let offset = 0;
  let k = 0;
  for (let i = 0; i < widths.length; i++) {
    const n = widths[i] as number;
    const row = new Array<string>(n);
    for (let j = 0; j < n; j++) {
      const len = cells[k++] as number;
      if (len < 0) row[j] = words[-1 - len] as string;
      else {
        row[j] = len === 0 ? '' : text.slice(offset, offset + len);
        offset += len;
      }
    }
    rows.push(row);
    lines.push(p.lines[i] as number);
  }
}

/**
 * Rows kept as the packed chunks they came in. A row is made into an array of strings only while it is
 * converted; the whole table only when a conversion needs every row at once (another mapping, line items).
 */
export class PackedTable {
  private readonly chunks: PackedRows[] = [];
  /** Index of each chunk's first row. */
  private readonly starts: number[] = [];
  private count = 0;
  /** The words the chunks name, in the order of their numbers. */
  private readonly words: string[] = [];

  /** Adds the next chunk (chunks come in the order they were packed); returns the index of its first row. */
  add(p: PackedRows): number {
    const from = this.count;
    for (const w of p.words) this.words.push(w);
    this.chunks.push(p);
    this.starts.push(from);
    this.count += p.widths.length;
    return from;
  }

  /**
   * Calls `each` with the rows from `from` on, a chunk at a time: `rows[i]` and `lines[i]` are row
   * `offset + i` (the arrays are the chunk's, made for the call).
   */
  forEachChunk(from: number, each: (rows: string[][], lines: number[], offset: number) => void): void {
    for (let c = 0; c < this.chunks.length; c++) {
      const start = this.starts[c] as number;
      const chunk = this.chunks[c] as PackedRows;
      if (start + chunk.widths.length <= from) continue;
      const rows: string[][] = [];
      const lines: number[] = [];
      unpackRows(chunk, this.words, rows, lines);
      each(rows, lines, start);
    }
  }

  /** Every row and its line, as arrays (made for the call). */
  all(): { rows: string[][]; lines: number[] } {
    const rows: string[][] = [];
    const lines: number[] = [];
    for (const chunk of this.chunks) unpackRows(chunk, this.words, rows, lines);
    return { rows, lines };
  }
}
