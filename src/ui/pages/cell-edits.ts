// The loop every grid page runs on edited cells: each cell's text is applied to the record as edited
// so far (several cells of one row make one updated record), and every refusal is kept with its cell.
import type { CellEdit, CellError } from '../grid/types';

/** `apply` returns the updated record, or the message saying why the text was refused. */
export function applyCellEdits<T extends { id: string }>(
  cells: readonly CellEdit[],
  get: (id: string) => T | undefined,
  apply: (record: T, columnId: string, text: string) => T | string,
): { updated: T[]; errors: CellError[] } {
  const updated = new Map<string, T>();
  const errors: CellError[] = [];
  for (const cell of cells) {
    const base = updated.get(cell.key) ?? get(cell.key);
    if (!base) continue;
    const r = apply(base, cell.columnId, cell.text);
    if (typeof r === 'string') errors.push({ key: cell.key, columnId: cell.columnId, message: r });
    else updated.set(cell.key, r);
  }
  return { updated: [...updated.values()], errors };
}
