// Tab-separated text as spreadsheets put it on the clipboard (Excel, LibreOffice, Google Sheets):
// cells split by tabs, rows by CRLF or LF, a cell holding a tab, newline or quote wrapped in quotes with
// inner quotes doubled, and usually one trailing line break. Pure functions, no DOM.

/** Parses clipboard text into rows of cells. A quote not closing a field is kept as text (`5" pipe`). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return [];
  for (;;) {
    let cell: string | null = null;
    if (text[i] === '"') {
      // A quoted cell only if the closing quote is followed by a separator or the end.
      let j = i + 1;
      let buf = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) break;
        if (text[q + 1] === '"') {
          buf += text.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        const after = text[q + 1];
        if (after === undefined || after === '\t' || after === '\n' || after === '\r') {
          cell = buf + text.slice(j, q);
          i = q + 1;
        }
        break;
      }
    }
    if (cell === null) {
      let j = i;
      while (j < n && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      break;
    }
    const sep = text[i];
    if (sep === '\t') {
      i++;
      continue;
    }
    i += sep === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break; // the trailing line break spreadsheets add
  }
  return rows;
}

function quoteCell(cell: string): string {
  return /[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Formats rows of cells as TSV that spreadsheets (and `parseTsv`) read back cell for cell. Every row
 * ends with a line break, as Excel writes it: that keeps trailing empty rows distinguishable.
 */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteCell).join('\t') + '\n').join('');
}

export interface PasteCell {
  row: number;
  col: number;
  text: string;
}
export interface PastePlan {
  /** Cells of existing rows (row index in the filtered order, column index among visible columns). */
  cells: PasteCell[];
  /** Rows past the last one: each a list of (visible column index, text). */
  newRows: { col: number; text: string }[][];
}

export interface PasteTarget {
  /** Top-left of the paste (the selection's top-left cell). */
  row: number;
  col: number;
  /** The selection's size: a single copied cell fills the whole selection, as in spreadsheets. */
  height: number;
  width: number;
  /** Rows in the grid (filtered) and visible columns; cells past the last column are dropped. */
  rowCount: number;
  colCount: number;
}

/** Where each pasted cell lands: existing rows become edits, rows past the end become new rows. */
export function planPaste(data: readonly (readonly string[])[], t: PasteTarget): PastePlan {
  const plan: PastePlan = { cells: [], newRows: [] };
  if (data.length === 0) return plan;
  const single = data.length === 1 && data[0]!.length === 1;
  const fill = single && (t.height > 1 || t.width > 1);
  const height = fill ? Math.min(t.height, Math.max(0, t.rowCount - t.row)) : data.length;
  for (let r = 0; r < height; r++) {
    const src = fill ? data[0]! : data[r]!;
    const width = fill ? t.width : src.length;
    const row = t.row + r;
    const fresh: { col: number; text: string }[] = [];
    for (let c = 0; c < width; c++) {
      const col = t.col + c;
      if (col >= t.colCount) break;
      const text = fill ? src[0]! : src[c]!;
      if (row < t.rowCount) plan.cells.push({ row, col, text });
      else fresh.push({ col, text });
    }
    if (row >= t.rowCount) plan.newRows.push(fresh);
  }
  return plan;
}
