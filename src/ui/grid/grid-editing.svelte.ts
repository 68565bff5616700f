// In-place editing: which cell is open, its message, and what Enter/Tab/Escape do with it.

import { tick } from 'svelte';
import { editText, isEditable } from './grid-actions';
import type { GridOps } from './grid-ops.svelte';
import { step, type Bounds, type Pos, type Selection } from './keyboard';
import type { GridColumn } from './types';

export interface EditingContext<R> {
  cursor: () => Pos;
  bounds: () => Bounds;
  columns: () => readonly GridColumn<R>[];
  rowAt: (r: number) => R | null;
  rowKey: (row: R) => string;
  /** Rows in the filtered order (the new-row line stands at this index). */
  count: () => number;
  canInsert: () => boolean;
  ops: GridOps<R>;
  onOpen?: ((row: R) => void) | undefined;
  select: (sel: Selection) => void;
  focusCell: () => Promise<void>;
}

export class GridEditing<R> {
  cell = $state<{ row: number; col: number; initial: string } | null>(null);
  /** The open editor's `validate` message. */
  error = $state<string | null>(null);
  /** A typed value is being checked before it is stored: further commits wait. */
  private checking = false;

  constructor(private ctx: () => EditingContext<R>) {}

  /** Enter/F2 (typed undefined) or a typed character. A read-only cell opens the row instead. */
  start(typed?: string): void {
    const c = this.ctx();
    const at = c.cursor();
    const row = c.rowAt(at.row);
    const col = c.columns()[at.col];
    if (!col) return;
    if (!isEditable(col, row)) {
      if (row && typed === undefined) c.onOpen?.(row);
      return;
    }
    if (!row && !c.canInsert()) return;
    let initial = typed ?? (row ? editText(col, row) : (c.ops.draft[col.id] ?? ''));
    if (typed !== undefined && col.type === 'choice')
      initial = col.choices?.find((ch) => ch.toLowerCase().startsWith(typed.toLowerCase())) ?? '';
    this.cell = { row: at.row, col: at.col, initial };
    this.error = null;
  }

  /** Commits the editor's text, then moves by (dRow, dCol); (0, 0) when focus left the editor. */
  commit(text: string, dRow: number, dCol: number): void {
    if (!this.cell || this.checking) return;
    const c = this.ctx();
    const cell = this.cell;
    const col = c.columns()[cell.col]!;
    const row = c.rowAt(cell.row);
    const message = col.validate?.(text, row) ?? null;
    if (message) {
      this.error = message;
      return;
    }
    const moving = dRow !== 0 || dCol !== 0;
    if (!row || !moving || text === editText(col, row)) return this.store(text, dRow, dCol);
    // Enter or Tab on a value the command would refuse: the editor stays open on the cell, with the
    // typed text and the message beside it, instead of moving on and leaving the error behind.
    const key = c.rowKey(row);
    this.checking = true;
    void c.ops.checkEdit({ key, columnId: col.id, text }).then((refused) => {
      this.checking = false;
      if (this.cell !== cell) return;
      if (!refused) return this.store(text, dRow, dCol);
      this.error = refused;
      c.ops.setCellError(key, col.id, refused);
    });
  }

  private store(text: string, dRow: number, dCol: number): void {
    if (!this.cell) return;
    const c = this.ctx();
    const { row: r, col: ci } = this.cell;
    const col = c.columns()[ci]!;
    const row = c.rowAt(r);
    this.cell = null;
    this.error = null;
    if (!row) {
      c.ops.setDraft(col.id, text);
      if (dRow > 0) return void this.insertDraft(ci);
    } else if (text !== editText(col, row))
      void c.ops.sendEdits([{ key: c.rowKey(row), columnId: col.id, text }]);
    if (dRow !== 0 || dCol !== 0) {
      const to = step({ row: r, col: ci }, dRow, dCol, c.bounds());
      c.select({ cursor: to, anchor: to });
    }
  }

  cancel(): void {
    const c = this.ctx();
    const row = this.cell ? c.rowAt(this.cell.row) : null;
    const col = this.cell ? c.columns()[this.cell.col] : undefined;
    // The refused text is given up: the cell keeps its stored value, so it is no longer in error.
    if (this.error && row && col) c.ops.setCellError(c.rowKey(row), col.id, null);
    this.cell = null;
    this.error = null;
    void this.ctx().focusCell();
  }

  private async insertDraft(col: number): Promise<void> {
    const c = this.ctx();
    const first = c.columns().findIndex((column) => column.id in c.ops.draft);
    const added = await c.ops.insertDraft();
    await tick();
    // The new row takes the line's place; the cursor goes on to the next new-row line, in the
    // column where typing of this row began (as after Tab…Enter in a spreadsheet).
    const at = added ? { row: c.count(), col: Math.max(0, first) } : { row: c.cursor().row, col };
    c.select({ cursor: at, anchor: at });
  }
}
