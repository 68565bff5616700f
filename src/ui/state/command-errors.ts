// A command's problems as the grid and the pages show them: in the interface language, each by its
// cell, its pasted row, or as one message.
import type { CellEdit, Command, CommandResult } from '../../commands/types';
import type { CellError, InsertError, WriteOptions } from '../grid/types';
import { app } from './app.svelte';
import { say } from '../../i18n';
import { sayWithFormats } from './format-hints';

export function cellErrors(result: CommandResult): CellError[] {
  return result.errors.map((e) => ({
    key: e.key ?? '',
    columnId: e.columnId ?? '',
    message: sayWithFormats(e.error),
  }));
}

export function insertErrors(result: CommandResult): InsertError[] {
  return result.errors.map((e) => ({
    row: e.index ?? 0,
    columnId: e.columnId ?? '',
    message: sayWithFormats(e.error),
  }));
}

/** The problems not tied to a cell, as one line each. */
export function messages(result: CommandResult): string[] {
  return result.errors.filter((e) => !e.columnId).map((e) => say(e.error));
}

/** A grid's `onEdit` for a command over cells: checked only, all or nothing, or as typed. */
export function editWith(
  command: Command<readonly CellEdit[]>,
  written?: (r: CommandResult, cells: readonly CellEdit[]) => void,
) {
  return async (cells: CellEdit[], options: WriteOptions = {}): Promise<CellError[]> => {
    if (options.dryRun) return cellErrors(app.plan(command, cells));
    const result = await app.run(command, cells, options);
    written?.(result, cells);
    return cellErrors(result);
  };
}

/** A grid's `onInsert` for a command over new rows (column id → text). */
export function insertWith(
  command: Command<readonly Record<string, string>[]>,
  written?: (r: CommandResult) => void,
) {
  return async (rows: Record<string, string>[], options: WriteOptions = {}): Promise<InsertError[]> => {
    if (options.dryRun) return insertErrors(app.plan(command, rows));
    const result = await app.run(command, rows, options);
    written?.(result);
    return insertErrors(result);
  };
}
