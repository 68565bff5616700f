// The sample book from the first-visit screen, written as one undoable change.
import { sampleChangeSet, type SampleTexts } from './sample-data';
import { msg } from './message';
import type { CommandResult, Ctx, Snapshot } from './types';

/** `texts`: the sample's notes and log in the user's language (null: English). */
export function loadSample(_snapshot: Snapshot, texts: SampleTexts | null, ctx: Ctx): CommandResult {
  return {
    change: sampleChangeSet(ctx.today, undefined, texts ?? undefined),
    errors: [],
    label: msg('welcome.undo.sample'),
  };
}
