// A command's problems as the grid and the pages show them: in the interface language, each by its
// cell, its pasted row, or as one message.
import type { CommandResult } from '../../commands/types';
import type { CellError, InsertError } from '../grid/types';
import { say } from '../../i18n';

export function cellErrors(result: CommandResult): CellError[] {
  return result.errors.map((e) => ({ key: e.key ?? '', columnId: e.columnId ?? '', message: say(e.error) }));
}

export function insertErrors(result: CommandResult): InsertError[] {
  return result.errors.map((e) => ({ row: e.index ?? 0, columnId: e.columnId ?? '', message: say(e.error) }));
}

/** The problems not tied to a cell, as one line each. */
export function messages(result: CommandResult): string[] {
  return result.errors.filter((e) => !e.columnId).map((e) => say(e.error));
}
