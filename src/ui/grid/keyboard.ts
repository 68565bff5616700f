// Key → grid command, as pure math on positions: the component only carries the command out.
// Positions are (row in the filtered order, column among the visible columns); `rows` includes the
// new-row line when there is one.

export interface Pos {
  row: number;
  col: number;
}
/** The active cell (`cursor`, which has focus) and the opposite corner of the range (`anchor`). */
export interface Selection {
  cursor: Pos;
  anchor: Pos;
}
export interface Bounds {
  rows: number;
  cols: number;
  /** Rows that fit in the viewport, for PageUp/PageDown. */
  page: number;
  /** Rows holding data (without the new-row line), for Ctrl+Down: the edge of the data. */
  data?: number;
}
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type GridCommand =
  | { kind: 'select'; sel: Selection }
  | { kind: 'edit' }
  | { kind: 'type'; text: string }
  | { kind: 'clear' }
  | { kind: 'delete-rows' }
  | { kind: 'copy' }
  | { kind: 'cut' }
  | { kind: 'paste' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'toggle-rows' }
  | { kind: 'move-column'; delta: number }
  | { kind: 'resize-column'; delta: number };

/** Pixels one Alt+Left/Right changes the active column's width by. */
export const RESIZE_STEP = 20;

export function clampPos(p: Pos, b: Bounds): Pos {
  return {
    row: Math.max(0, Math.min(b.rows - 1, p.row)),
    col: Math.max(0, Math.min(b.cols - 1, p.col)),
  };
}

export function rectOf(sel: Selection): Rect {
  return {
    top: Math.min(sel.cursor.row, sel.anchor.row),
    bottom: Math.max(sel.cursor.row, sel.anchor.row),
    left: Math.min(sel.cursor.col, sel.anchor.col),
    right: Math.max(sel.cursor.col, sel.anchor.col),
  };
}

export function inRect(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Where a navigation key takes the cursor, or null when the key does not navigate. */
export function target(e: KeyLike, at: Pos, b: Bounds): Pos | null {
  const jump = e.ctrlKey || e.metaKey;
  const last = { row: b.rows - 1, col: b.cols - 1 };
  // As in a spreadsheet, Ctrl+Down stops at the last row of data; only from there does it go on to
  // the new-row line below it.
  const lastData = b.data !== undefined && b.data > 0 && at.row < b.data - 1 ? b.data - 1 : last.row;
  let p: Pos;
  switch (e.key) {
    case 'ArrowUp':
      p = { row: jump ? 0 : at.row - 1, col: at.col };
      break;
    case 'ArrowDown':
      p = { row: jump ? lastData : at.row + 1, col: at.col };
      break;
    case 'ArrowLeft':
      p = { row: at.row, col: jump ? 0 : at.col - 1 };
      break;
    case 'ArrowRight':
      p = { row: at.row, col: jump ? last.col : at.col + 1 };
      break;
    case 'Home':
      p = jump ? { row: 0, col: 0 } : { row: at.row, col: 0 };
      break;
    case 'End':
      p = jump ? last : { row: at.row, col: last.col };
      break;
    case 'PageUp':
      p = { row: at.row - Math.max(1, b.page), col: at.col };
      break;
    case 'PageDown':
      p = { row: at.row + Math.max(1, b.page), col: at.col };
      break;
    default:
      return null;
  }
  return clampPos(p, b);
}

/** The command for a key pressed on a cell that is not being edited; null lets the browser have it. */
export function commandFor(e: KeyLike, sel: Selection, b: Bounds): GridCommand | null {
  if (b.rows <= 0 || b.cols <= 0) return null;
  const ctrl = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.altKey && e.shiftKey && !ctrl && (key === 'ArrowLeft' || key === 'ArrowRight'))
    return { kind: 'move-column', delta: key === 'ArrowLeft' ? -1 : 1 };
  if (e.altKey && !ctrl && (key === 'ArrowLeft' || key === 'ArrowRight'))
    return { kind: 'resize-column', delta: key === 'ArrowLeft' ? -RESIZE_STEP : RESIZE_STEP };
  if (!e.altKey) {
    const to = target(e, sel.cursor, b);
    if (to) return { kind: 'select', sel: { cursor: to, anchor: e.shiftKey ? sel.anchor : to } };
  }
  if (ctrl && !e.altKey) {
    if (key === 'z') return { kind: e.shiftKey ? 'redo' : 'undo' };
    if (key === 'y') return { kind: 'redo' };
    if (key === 'c') return { kind: 'copy' };
    if (key === 'x') return { kind: 'cut' };
    if (key === 'v') return { kind: 'paste' };
    if (key === 'a')
      return {
        kind: 'select',
        sel: { cursor: { row: 0, col: 0 }, anchor: { row: b.rows - 1, col: b.cols - 1 } },
      };
    if (key === 'Delete' || key === 'Backspace') return { kind: 'delete-rows' };
    return null;
  }
  switch (key) {
    case 'Enter':
    case 'F2':
      return e.altKey ? null : { kind: 'edit' };
    case 'Escape':
      return { kind: 'select', sel: { cursor: sel.cursor, anchor: sel.cursor } };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    case ' ':
      if (e.shiftKey) return { kind: 'toggle-rows' };
  }
  // A printable character starts editing with it; AltGr arrives as Ctrl+Alt on Windows.
  if (e.key.length === 1 && (!ctrl || e.altKey)) return { kind: 'type', text: e.key };
  return null;
}

/** A step after a commit: Enter goes down, Tab right, Shift+Tab left, kept inside the grid. */
export function step(at: Pos, dRow: number, dCol: number, b: Bounds): Pos {
  return clampPos({ row: at.row + dRow, col: at.col + dCol }, b);
}
