// What copy, paste, clear and delete do to rows, as pure functions of the grid's state.

import { formatTsv, planPaste } from './clipboard';
import type { Rect } from './keyboard';
import type { CellEdit, GridColumn } from './types';

export function displayText<R>(col: GridColumn<R>, row: R): string {
  if (col.display) return col.display(row);
  const v = col.value(row);
  return v === null || v === undefined ? '' : String(v);
}

/** The text an editor opens with and Ctrl+C copies: it should read back the same through paste. */
export function editText<R>(col: GridColumn<R>, row: R): string {
  return col.editText ? col.editText(row) : displayText(col, row);
}

/** Figures stand at the right of their cells (unless the column says otherwise). */
export function alignsRight<R>(col: GridColumn<R>): boolean {
  return col.align === 'right' || (col.align !== 'left' && (col.type === 'money' || col.type === 'number'));
}

export function isEditable<R>(col: GridColumn<R>, row: R | null): boolean {
  if (typeof col.editable === 'function') return row === null ? true : col.editable(row);
  return col.editable === true;
}

/** The rows and columns the grid is showing, enough to turn positions into keys and texts. */
export interface GridSlice<R> {
  rows: readonly R[];
  order: ArrayLike<number>;
  columns: readonly GridColumn<R>[];
  rowKey: (row: R) => string;
  /** Texts typed so far on the new-row line (row index `order.length`), by column id. */
  draft: Record<string, string>;
}

export function rowAt<R>(s: GridSlice<R>, r: number): R | null {
  return r < s.order.length ? s.rows[s.order[r]!]! : null;
}

/** The range as TSV: data rows give their edit text, the new-row line its draft. */
export function copyRange<R>(s: GridSlice<R>, rect: Rect): string {
  const out: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = rowAt(s, r);
    const line: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const col = s.columns[c]!;
      line.push(row ? editText(col, row) : (s.draft[col.id] ?? ''));
    }
    out.push(line);
  }
  return formatTsv(out);
}

/** Emptying the editable cells of a range (Delete key). */
export function clearRange<R>(s: GridSlice<R>, rect: Rect): CellEdit[] {
  const edits: CellEdit[] = [];
  for (let r = rect.top; r <= Math.min(rect.bottom, s.order.length - 1); r++) {
    const row = rowAt(s, r)!;
    for (let c = rect.left; c <= rect.right; c++) {
      const col = s.columns[c]!;
      if (isEditable(col, row) && editText(col, row) !== '')
        edits.push({ key: s.rowKey(row), columnId: col.id, text: '' });
    }
  }
  return edits;
}

/** Row keys covered by a range (data rows only). */
export function rangeKeys<R>(s: GridSlice<R>, rect: Rect): string[] {
  const keys: string[] = [];
  for (let r = rect.top; r <= Math.min(rect.bottom, s.order.length - 1); r++)
    keys.push(s.rowKey(rowAt(s, r)!));
  return keys;
}

export interface PasteResult {
  edits: CellEdit[];
  inserts: Record<string, string>[];
  /** Cells failing the column's `validate` (key null on new rows): the grid then sends nothing. */
  rejected: { key: string | null; columnId: string; message: string }[];
  /** Cells landing on read-only columns with a different text: skipped, the rest goes ahead. */
  skipped: number;
}

export function pasteInto<R>(s: GridSlice<R>, data: string[][], rect: Rect, insert: boolean): PasteResult {
  const plan = planPaste(data, {
    row: rect.top,
    col: rect.left,
    height: rect.bottom - rect.top + 1,
    width: rect.right - rect.left + 1,
    rowCount: s.order.length,
    colCount: s.columns.length,
  });
  const result: PasteResult = { edits: [], inserts: [], rejected: [], skipped: 0 };
  for (const cell of plan.cells) {
    const row = rowAt(s, cell.row)!;
    const col = s.columns[cell.col]!;
    const key = s.rowKey(row);
    if (editText(col, row) === cell.text) continue; // unchanged: no edit, nothing to undo
    if (!isEditable(col, row)) {
      result.skipped++;
      continue;
    }
    const message = col.validate?.(cell.text, row) ?? null;
    if (message) result.rejected.push({ key, columnId: col.id, message });
    else result.edits.push({ key, columnId: col.id, text: cell.text });
  }
  if (!insert) return result;
  for (const fresh of plan.newRows) {
    const record: Record<string, string> = {};
    for (const { col: c, text } of fresh) {
      const col = s.columns[c]!;
      if (!isEditable(col, null)) {
        if (text !== '') result.skipped++;
        continue;
      }
      const message = col.validate?.(text, null) ?? null;
      if (message) result.rejected.push({ key: null, columnId: col.id, message });
      record[col.id] = text;
    }
    result.inserts.push(record);
  }
  return result;
}
