// The grid's DOM event handlers: keys become commands (keyboard.ts), pointers move the range.
// They read and change the grid through a context of getters and actions, so they hold no state
// of their own beyond an ongoing mouse drag.

import { commandFor, type Bounds, type GridCommand, type Pos, type Rect, type Selection } from './keyboard';
import type { GridOps } from './grid-ops.svelte';

export interface InputContext {
  editing: () => { row: number; col: number } | null;
  selection: () => Selection;
  bounds: () => Bounds;
  rect: () => Rect;
  /** Set the range without scrolling (pointer). */
  setSelection: (sel: Selection) => void;
  /** Set the range, scroll it into view and focus the active cell (keyboard). */
  select: (sel: Selection) => void;
  startEdit: (typed?: string) => void;
  keyAt: (row: number) => string | null;
  rangeKeys: (rect: Rect) => string[];
  moveColumn: (delta: number) => void;
  resizeColumn: (delta: number) => void;
  ops: Pick<
    GridOps<unknown>,
    'clear' | 'deleteRows' | 'copy' | 'pasteKey' | 'pasteEvent' | 'takeCopy' | 'toggleKeys'
  >;
  onUndo?: (() => void) | undefined;
  onRedo?: (() => void) | undefined;
}

/** Events count only when they come from a cell or the grid itself; header controls keep theirs. */
function fromCell(e: Event): boolean {
  const t = e.target as HTMLElement;
  return t.dataset.c !== undefined || t === e.currentTarget;
}

function cellOf(e: Event): Pos | null {
  // The row index is on the row (one attribute a row to update when a scroll reuses it, not one a cell).
  const el = (e.target as Element).closest<HTMLElement>('[data-c]');
  const row = el?.closest<HTMLElement>('[data-r]');
  return el && row ? { row: Number(row.dataset.r), col: Number(el.dataset.c) } : null;
}

export function gridInput(ctx: () => InputContext) {
  let dragging = false;

  function run(cmd: GridCommand) {
    const c = ctx();
    if (cmd.kind === 'select') c.select(cmd.sel);
    else if (cmd.kind === 'edit') c.startEdit();
    else if (cmd.kind === 'type') c.startEdit(cmd.text);
    else if (cmd.kind === 'clear') c.ops.clear();
    else if (cmd.kind === 'delete-rows') void c.ops.deleteRows();
    else if (cmd.kind === 'copy' || cmd.kind === 'cut') c.ops.copy(cmd.kind === 'cut');
    else if (cmd.kind === 'paste') c.ops.pasteKey();
    else if (cmd.kind === 'undo') c.onUndo?.();
    else if (cmd.kind === 'redo') c.onRedo?.();
    else if (cmd.kind === 'toggle-rows') c.ops.toggleKeys(c.rangeKeys(c.rect()));
    else if (cmd.kind === 'move-column') c.moveColumn(cmd.delta);
    else if (cmd.kind === 'resize-column') c.resizeColumn(cmd.delta);
  }

  return {
    keydown(e: KeyboardEvent) {
      const c = ctx();
      if (c.editing() || !fromCell(e)) return;
      const cmd = commandFor(e, c.selection(), c.bounds());
      if (!cmd) return;
      // Clipboard keys keep their default action: it fires the copy/paste events handled below.
      if (cmd.kind !== 'copy' && cmd.kind !== 'cut' && cmd.kind !== 'paste') e.preventDefault();
      run(cmd);
    },

    copy(e: ClipboardEvent) {
      const c = ctx();
      if (c.editing() || !fromCell(e) || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', c.ops.takeCopy());
      e.preventDefault();
    },

    paste(e: ClipboardEvent) {
      const c = ctx();
      const text = e.clipboardData?.getData('text/plain');
      if (c.editing() || !fromCell(e) || !text) return;
      e.preventDefault();
      c.ops.pasteEvent(text);
    },

    pointerdown(e: PointerEvent) {
      const c = ctx();
      const at = cellOf(e);
      const ed = c.editing();
      if (!at || e.button !== 0 || (ed && ed.row === at.row && ed.col === at.col)) return;
      c.setSelection({ cursor: at, anchor: e.shiftKey ? c.selection().anchor : at });
      const key = c.keyAt(at.row);
      if ((e.ctrlKey || e.metaKey) && key !== null) c.ops.toggleKeys([key]);
      dragging = true;
    },

    pointerover(e: PointerEvent) {
      const at = dragging && e.buttons === 1 ? cellOf(e) : null;
      if (at) ctx().setSelection({ cursor: at, anchor: ctx().selection().anchor });
    },

    pointerup() {
      dragging = false;
    },

    /** Whether a mouse drag over the cells is going on (it selects the cells it passes). */
    dragging(): boolean {
      return dragging;
    },

    dblclick(e: MouseEvent) {
      if (cellOf(e) && !ctx().editing()) ctx().startEdit();
    },
  };
}
