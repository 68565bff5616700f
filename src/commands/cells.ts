// The loop every grid edit runs on its cells: each cell's text is applied to the record as edited so
// far (several cells of one row make one updated record), and every refusal is kept with its cell.
import { isMsg, type Msg } from './message';
import type { CellEdit, CommandError } from './types';

/** `apply` returns the updated record, or the message saying why the text was refused. */
export function applyCellEdits<T extends { id: string }>(
  cells: readonly CellEdit[],
  get: (id: string) => T | undefined,
  apply: (record: T, columnId: string, text: string) => T | Msg,
): { updated: T[]; errors: CommandError[] } {
  const updated = new Map<string, T>();
  const errors: CommandError[] = [];
  for (const cell of cells) {
    const base = updated.get(cell.key) ?? get(cell.key);
    if (!base) continue;
    const r = apply(base, cell.columnId, cell.text);
    if (isMsg(r)) errors.push({ key: cell.key, columnId: cell.columnId, error: r });
    else updated.set(cell.key, r);
  }
  return { updated: [...updated.values()], errors };
}
