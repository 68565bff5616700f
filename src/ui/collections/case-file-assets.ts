// The files of a case file beyond the sheets: the evidence attached to the contact log (read from the
// browser's storage) and copies of the letters sent (drawn again from their archived content through the
// letters module, loaded only when there is a letter to draw). Paths are unique inside the zip.
import type { Evidence } from '../../db/schema';
import type { Activity, Letter } from '../../domain/types';
import { t } from '../../i18n';
import { lettersModule, reprint, safeName } from '../letters/letters-service';
import type { CaseFileDoc } from './case-file';

/** `folder/name`, with " (2)", " (3)"… before the extension when the name is taken. */
function uniquePath(taken: Set<string>, folder: string, name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let path = `${folder}/${name}`;
  for (let n = 2; taken.has(path); n++) path = `${folder}/${stem} (${n})${ext}`;
  taken.add(path);
  return path;
}

export async function evidenceDocs(
  files: readonly Evidence[],
  log: readonly Activity[],
): Promise<CaseFileDoc[]> {
  const entries = new Map(log.map((a) => [a.id, a]));
  const taken = new Set<string>();
  const out: CaseFileDoc[] = [];
  const sorted = [...files].sort((a, b) => {
    const da = entries.get(a.activityId)?.date ?? a.addedOn;
    const db = entries.get(b.activityId)?.date ?? b.addedOn;
    return da < db ? -1 : da > db ? 1 : a.name.localeCompare(b.name);
  });
  for (const f of sorted) {
    const entry = entries.get(f.activityId);
    const day = entry?.date ?? f.addedOn;
    out.push({
      path: uniquePath(taken, 'evidence', `${day} ${safeName(f.name) || 'file'}`),
      bytes: new Uint8Array(await f.data.arrayBuffer()),
      kind: entry ? t(`collections.activity.${entry.kind}`) : '',
      date: day,
    });
  }
  return out;
}

/**
 * Each archived letter as its own PDF. A letter whose archive cannot be drawn is left out of letters/
 * (`failed` counts them); letters.csv still lists every letter sent.
 */
export async function letterDocs(
  letters: readonly Letter[],
): Promise<{ docs: CaseFileDoc[]; failed: number }> {
  if (letters.length === 0) return { docs: [], failed: 0 };
  const m = await lettersModule();
  const taken = new Set<string>();
  const docs: CaseFileDoc[] = [];
  let failed = 0;
  const sorted = [...letters].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const l of sorted) {
    const kind = t(`letters.kind.${l.kind}`);
    try {
      const bytes = await reprint(m, l.content);
      docs.push({
        path: uniquePath(taken, 'letters', `${l.date} ${safeName(kind)}.pdf`),
        bytes,
        kind,
        date: l.date,
      });
    } catch {
      failed++;
    }
  }
  return { docs, failed };
}
