// The grid's writes (edit, insert, paste, clear, delete, row selection) and their feedback state:
// messages per cell, the new-row draft, and one notice line. The page's callbacks do the storing.

import { parseTsv } from './clipboard';
import * as act from './grid-actions';
import type { Rect } from './keyboard';
import type { CellEdit, CellError, GridColumn, InsertError, WriteOptions } from './types';
import { integer, plural, t } from '../../i18n';
import { errorReason } from '../state/error-reason';

export interface OpsContext<R> {
  slice: () => act.GridSlice<R>;
  rect: () => Rect;
  columns: () => readonly GridColumn<R>[];
  onEdit?: ((cells: CellEdit[], options?: WriteOptions) => Promise<CellError[]>) | undefined;
  onInsert?: ((rows: Record<string, string>[], options?: WriteOptions) => Promise<InsertError[]>) | undefined;
  onDelete?: ((keys: string[]) => Promise<void>) | undefined;
  selected: () => Set<string>;
  setSelected: (keys: Set<string>) => void;
}

const errKey = (key: string, col: string) => `${key}\u0000${col}`;

export class GridOps<R> {
  cellErrors = $state.raw(new Map<string, string>());
  draft = $state.raw<Record<string, string>>({});
  draftErrors = $state.raw<Record<string, string>>({});
  notice = $state<string | null>(null);
  /** A checked paste waiting for the user to confirm what it changes. */
  pendingPasteWrite = $state.raw<{ edits: CellEdit[]; inserts: Record<string, string>[] } | null>(null);
  private pendingCopy: string | null = null;
  private pendingPaste = false;

  constructor(private ctx: () => OpsContext<R>) {}

  /** The message of a cell; `key` null means the new-row line. */
  errorFor(key: string | null, columnId: string): string | undefined {
    if (key === null) return this.draftErrors[columnId];
    // Asked for every cell a scroll brings in: no key string is built while no cell has a message.
    const errors = this.cellErrors;
    return errors.size === 0 ? undefined : errors.get(errKey(key, columnId));
  }

  /** One line naming the first problem, for the notice. */
  describe(errors: { columnId: string; message: string; row?: number }[]): string {
    const title = (id: string) =>
      this.ctx()
        .columns()
        .find((c) => c.id === id)?.title ?? id;
    const first = errors[0]!;
    const where =
      first.row !== undefined && errors.length > 1 ? `${t('grid.notice.row', { row: first.row + 1 })}, ` : '';
    const more =
      errors.length > 1 ? ` (${t('grid.notice.more', { count: integer(errors.length - 1) })})` : '';
    return `${where}${first.columnId ? `${title(first.columnId)}: ` : ''}${first.message}${more}`;
  }

  /** The message a cell's text would get, checked without writing (null: it would be stored). */
  async checkEdit(edit: CellEdit): Promise<string | null> {
    const { onEdit } = this.ctx();
    if (!onEdit) return null;
    try {
      const errors = await onEdit([edit], { dryRun: true });
      return errors.find((e) => e.key === edit.key && e.columnId === edit.columnId)?.message ?? null;
    } catch {
      return null; // the write itself will say what went wrong
    }
  }

  /** Marks (message) or clears (null) one cell's refusal. */
  setCellError(key: string, columnId: string, message: string | null): void {
    const next = new Map(this.cellErrors);
    if (message) next.set(errKey(key, columnId), message);
    else next.delete(errKey(key, columnId));
    this.cellErrors = next;
  }

  async sendEdits(edits: CellEdit[], options: WriteOptions = {}): Promise<void> {
    const { onEdit } = this.ctx();
    if (!onEdit || edits.length === 0) return;
    let errors: CellError[];
    try {
      errors = await onEdit(edits, options);
    } catch (e) {
      this.notice = t('grid.notice.notSaved', { detail: errorReason(e) });
      return;
    }
    const next = new Map(this.cellErrors);
    for (const e of edits) next.delete(errKey(e.key, e.columnId));
    for (const e of errors) next.set(errKey(e.key, e.columnId), e.message);
    this.cellErrors = next;
    if (errors.length > 1) this.notice = t('grid.notice.notSaved', { detail: this.describe(errors) });
  }

  private async insertRows(
    records: Record<string, string>[],
    options: WriteOptions = {},
  ): Promise<InsertError[]> {
    try {
      return (await this.ctx().onInsert?.(records, options)) ?? [];
    } catch (e) {
      return [{ row: 0, columnId: '', message: errorReason(e) }];
    }
  }

  setDraft(columnId: string, text: string): void {
    this.draft = { ...this.draft, [columnId]: text };
    const { [columnId]: _, ...rest } = this.draftErrors;
    this.draftErrors = rest;
  }

  /** Sends the new-row line to `onInsert`; true when the row was added. */
  async insertDraft(): Promise<boolean> {
    if (Object.values(this.draft).every((v) => v === '')) return false;
    const errors = await this.insertRows([this.draft]);
    this.draftErrors = Object.fromEntries(errors.map((e) => [e.columnId, e.message]));
    if (errors.length) {
      this.notice = t('grid.notice.rowNotAdded', { detail: this.describe(errors) });
      return false;
    }
    this.draft = {};
    return true;
  }

  /**
   * Ctrl+V. The paste event (`pasteEvent`) normally brings the text; Chromium sends none while a
   * non-editable cell has focus, so the async clipboard API reads it on the next task instead.
   */
  pasteKey(): void {
    this.pendingPaste = true;
    setTimeout(() => {
      if (!this.pendingPaste) return;
      this.pendingPaste = false;
      navigator.clipboard
        ?.readText()
        .then((text) => this.paste(text))
        .catch(() => (this.notice = t('grid.notice.clipboardDenied')));
    }, 0);
  }

  pasteEvent(text: string): void {
    this.pendingPaste = false;
    void this.paste(text);
  }

  /**
   * Pastes TSV at the range, all of it or nothing: every cell is checked first — by the columns, then
   * by the page's command without writing — and a paste with any refused cell changes nothing and says
   * how many were refused and why. A paste that passes waits for the user to confirm what it changes.
   */
  async paste(text: string): Promise<void> {
    const { slice, rect, onInsert, onEdit } = this.ctx();
    this.pendingPasteWrite = null;
    // Let the page paint "checking" before a large block is parsed and checked.
    this.notice = t('grid.notice.checkingPaste');
    await new Promise((r) => setTimeout(r, 0));
    // Where it goes is fixed when the user pasted, whatever they click while it is checked.
    const at = { slice: slice(), rect: rect() };
    const data = parseTsv(text);
    await new Promise((r) => setTimeout(r, 0));
    const res = act.pasteInto(at.slice, data, at.rect, !!onInsert);
    const refuse = (errors: { key?: string | null; columnId: string; message: string; row?: number }[]) => {
      const next = new Map(this.cellErrors);
      for (const e of errors) if (e.key) next.set(errKey(e.key, e.columnId), e.message);
      this.cellErrors = next;
      this.notice = t('grid.notice.nothingPastedCount', {
        count: integer(errors.length),
        detail: this.describe(errors),
      });
    };
    if (res.rejected.length) return refuse(res.rejected);
    // Checked in slices with a frame between them, so a block of ten thousand rows never freezes the
    // page. A slice is checked on its own: what only the whole block shows (the same invoice number
    // twice, in two slices) is caught by the write itself, which is all or nothing.
    const editErrors = onEdit
      ? await inSlices(res.edits, EDIT_SLICE, (part) => onEdit(part, { dryRun: true }))
      : [];
    const insertErrors = await inSlices(res.inserts, INSERT_SLICE, async (part, offset) =>
      (await this.insertRows(part, { dryRun: true })).map((e) => ({ ...e, row: e.row + offset })),
    );
    if (editErrors.length || insertErrors.length) return refuse([...editErrors, ...insertErrors]);
    if (res.edits.length === 0 && res.inserts.length === 0) {
      this.notice = null;
      return;
    }
    this.pendingPasteWrite = { edits: res.edits, inserts: res.inserts };
    const rows = new Set(res.edits.map((e) => e.key)).size;
    this.notice =
      t('grid.notice.confirmPaste', {
        cells: integer(res.edits.length),
        rows: integer(rows),
        added: integer(res.inserts.length),
      }) + (res.skipped ? ' ' + plural(res.skipped, 'grid.notice.readOnlySkipped') : '');
  }

  /** Writes the checked paste, all of it or nothing. */
  async confirmPaste(): Promise<void> {
    const p = this.pendingPasteWrite;
    this.pendingPasteWrite = null;
    this.notice = null;
    if (!p) return;
    await this.sendEdits(p.edits, { atomic: true });
    if (p.inserts.length) {
      const errors = await this.insertRows(p.inserts, { atomic: true });
      if (errors.length) this.notice = t('grid.notice.pastedNotAdded', { detail: this.describe(errors) });
    }
  }

  cancelPaste(): void {
    this.pendingPasteWrite = null;
    this.notice = null;
  }

  /**
   * Ctrl+C / Ctrl+X. The copy event (`takeCopy`) normally carries the text; where the browser fires
   * none (nothing selected in the page), the async clipboard API gets it on the next task.
   */
  copy(cut: boolean): void {
    const { slice, rect } = this.ctx();
    const text = act.copyRange(slice(), rect());
    this.pendingCopy = text;
    setTimeout(() => {
      if (this.pendingCopy !== null)
        navigator.clipboard
          ?.writeText(this.pendingCopy)
          .catch(() => (this.notice = t('grid.notice.copyFailed')));
      this.pendingCopy = null;
    }, 0);
    if (cut) this.clear();
  }

  /** The text for a copy event: the pending Ctrl+C, or the current range (menu copy). */
  takeCopy(): string {
    const { slice, rect } = this.ctx();
    const text = this.pendingCopy ?? act.copyRange(slice(), rect());
    this.pendingCopy = null;
    return text;
  }

  /** Delete key: empties editable cells of the range (and of the new-row draft). */
  clear(): void {
    const { slice, rect, columns } = this.ctx();
    const s = slice();
    const r = rect();
    if (r.bottom >= s.order.length) {
      const next = { ...this.draft };
      for (let c = r.left; c <= r.right; c++) delete next[columns()[c]?.id ?? ''];
      this.draft = next;
    }
    void this.sendEdits(act.clearRange(s, r));
  }

  /** Deletes the checked rows or, when none is checked, the rows of the range. */
  async deleteRows(): Promise<void> {
    const { onDelete, selected, setSelected, slice, rect } = this.ctx();
    if (!onDelete) return;
    const keys = selected().size ? [...selected()] : act.rangeKeys(slice(), rect());
    if (keys.length === 0) return;
    try {
      await onDelete(keys);
      const gone = new Set(keys);
      setSelected(new Set([...selected()].filter((k) => !gone.has(k))));
    } catch (e) {
      this.notice = t('grid.notice.notDeleted', { reason: errorReason(e) });
    }
  }

  /** Checks all the keys, or unchecks them when all are checked already. */
  toggleKeys(keys: string[]): void {
    const { selected, setSelected } = this.ctx();
    const next = new Set(selected());
    const on = keys.some((k) => !next.has(k));
    for (const k of keys)
      if (on) next.add(k);
      else next.delete(k);
    setSelected(next);
  }
}

/** Cells and rows a paste checks per slice: each slice is a task of a few tens of milliseconds. */
const EDIT_SLICE = 3000;
const INSERT_SLICE = 500;

/** Runs `check` over `items` slice by slice, yielding to the page between slices; errors joined. */
async function inSlices<T, E>(
  items: T[],
  size: number,
  check: (part: T[], offset: number) => Promise<E[]>,
): Promise<E[]> {
  const errors: E[] = [];
  for (let i = 0; i < items.length; i += size) {
    if (i > 0) await new Promise((r) => setTimeout(r, 0));
    errors.push(...(await check(items.slice(i, i + size), i)));
  }
  return errors;
}
