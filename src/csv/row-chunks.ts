// Rows as one reader thread hands them to another: every cell of a chunk in one string, with each
// cell's length and each row's width and line in typed arrays. Posting that is one copy of the text;
// posting the rows as arrays of strings writes and reads every cell on its own.

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
