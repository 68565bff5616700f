// The sample book from the first-visit screen, written as one undoable change.
import { sampleChangeSet } from './sample-data';
import { msg } from './message';
import type { CommandResult, Ctx, Snapshot } from './types';

export function loadSample(_snapshot: Snapshot, _input: null, ctx: Ctx): CommandResult {
  return { change: sampleChangeSet(ctx.today), errors: [], label: msg('welcome.undo.sample') };
}
