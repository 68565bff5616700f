// Evidence files on contact-log entries (issue #10, item 4): the email sent, a scan of the registered-mail
// receipt, a photo of a delivery note. Attaching is a new record pointing to the entry, so the log stays
// append-only; a file over the size limit is refused by name and nothing of that attachment is written.
import { EVIDENCE_MAX_BYTES } from '../../db/evidence-files';
import type { Evidence } from '../../db/schema';
import type { Activity } from '../../domain/types';
import { msg, type Msg } from '../message';
import type { CommandResult, Ctx, Snapshot } from '../types';

/** A file the user chose (a `File` is one). */
export interface EvidenceFileInput {
  name: string;
  type: string;
  size: number;
  data: Blob;
}

export interface AttachEvidenceInput {
  activityId: string;
  files: readonly EvidenceFileInput[];
}

/** The records for `files` on `activity`, or the first file's problem. */
export function evidenceRecords(
  activity: Pick<Activity, 'id' | 'customerId'>,
  files: readonly EvidenceFileInput[],
  ctx: Ctx,
): Evidence[] | Msg {
  const tooLarge = files.find((f) => f.size > EVIDENCE_MAX_BYTES || f.data.size > EVIDENCE_MAX_BYTES);
  if (tooLarge)
    return msg('evidence.error.tooLarge', {
      name: tooLarge.name,
      limit: Math.round(EVIDENCE_MAX_BYTES / (1024 * 1024)),
    });
  return files.map((f) => ({
    id: ctx.newId('evd'),
    activityId: activity.id,
    customerId: activity.customerId,
    // Only the name's last part: a browser gives no path, a test or a drag-and-drop might.
    name: f.name.split(/[\\/]/).pop()?.trim() || 'file',
    type: f.type,
    size: f.data.size,
    addedOn: ctx.today,
    data: f.data,
  }));
}

export function attachEvidence(snapshot: Snapshot, input: AttachEvidenceInput, ctx: Ctx): CommandResult {
  const label = msg('evidence.undo.attach', { count: input.files.length });
  const fail = (error: Msg): CommandResult => ({ change: {}, errors: [{ error }], label });
  const activity = snapshot.get('activities', input.activityId);
  if (!activity) return fail(msg('evidence.error.entry'));
  if (input.files.length === 0) return fail(msg('evidence.error.none'));
  const records = evidenceRecords(activity, input.files, ctx);
  if (!Array.isArray(records)) return fail(records);
  return { change: { evidence: { put: records } }, errors: [], label };
}
