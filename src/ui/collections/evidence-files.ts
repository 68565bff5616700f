// Evidence files on the screen: a chosen File as the command's input, and a stored file handed to the
// browser through an object URL (the bytes never leave the machine).
import type { EvidenceFileInput } from '../../commands/collections/evidence';
import type { Evidence } from '../../db/schema';

export function chosenFiles(list: FileList | null | undefined): EvidenceFileInput[] {
  return [...(list ?? [])].map((f) => ({ name: f.name, type: f.type, size: f.size, data: f }));
}

/** Saves (or, for a type the browser shows, offers to open) the file under its own name. */
export function openEvidence(file: Pick<Evidence, 'data' | 'name'>): void {
  const url = URL.createObjectURL(file.data);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The files of each contact-log entry: by the day they were attached, then by name. */
export function evidenceByEntry(all: readonly Evidence[], customerId: string): Map<string, Evidence[]> {
  const by = new Map<string, Evidence[]>();
  for (const e of all) {
    if (e.customerId !== customerId) continue;
    const list = by.get(e.activityId);
    if (list) list.push(e);
    else by.set(e.activityId, [e]);
  }
  for (const list of by.values())
    list.sort((a, b) =>
      a.addedOn !== b.addedOn
        ? a.addedOn < b.addedOn
          ? -1
          : 1
        : a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
    );
  return by;
}
