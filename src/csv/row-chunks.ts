// Rows as one reader thread hands them to another: every cell of a chunk in one string, with each
// cell's length and each row's width and line in typed arrays. Posting that is one copy of the text;
// posting the rows as arrays of strings writes and reads every cell on its own. The converting thread
// keeps them so too (PackedTable): a million rows as arrays of strings were ~8 million small objects
// that every collection of its heap walked again.

export interface PackedRows {
  text: string;
  cells: Int32Array;
  widths: Int32Array;
  lines: Int32Array;
}

export function packRows(rows: string[][], lines: number[]): { packed: PackedRows; transfer: ArrayBuffer[] } {
  let count = 0;
  for (const r of rows) count += r.length;
  const cells = new Int32Array(count);
  const widths = new Int32Array(rows.length);
  let text = '';
  let k = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as string[];
    widths[i] = r.length;
    for (const c of r) {
      text += c;
      cells[k++] = c.length;
    }
  }
  const packedLines = Int32Array.from(lines);
  return {
    packed: { text, cells, widths, lines: packedLines },
    transfer: [cells.buffer, widths.buffer, packedLines.buffer] as ArrayBuffer[],
  };
}

/** Appends the packed rows and their lines to `rows` and `lines`. */
export function unpackRows(p: PackedRows, rows: string[][], lines: number[]): void {
  const { text, cells, widths } = p;
  let offset = 0;
  let k = 0;
  for (let i = 0; i < widths.length; i++) {
    const n = widths[i] as number;
    const row = new Array<string>(n);
    for (let j = 0; j < n; j++) {
      const len = cells[k++] as number;
      row[j] = text.slice(offset, offset + len);
      offset += len;
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

  get length(): number {
    return this.count;
  }

  /** Adds a chunk; returns the index of its first row. */
  add(p: PackedRows): number {
    const from = this.count;
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
      unpackRows(chunk, rows, lines);
      each(rows, lines, start);
    }
  }

  /** Every row and its line, as arrays (made for the call). */
  all(): { rows: string[][]; lines: number[] } {
    const rows: string[][] = [];
    const lines: number[] = [];
    for (const chunk of this.chunks) unpackRows(chunk, rows, lines);
    return { rows, lines };
  }
}
