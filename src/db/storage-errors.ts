// What kind of storage failure an error is, whoever raised it (IndexedDB itself, or Dexie wrapping it):
// a full disk, a stored version newer than the app, an upgrade blocked by another tab, or anything else.
export type StorageProblem = 'quota' | 'version' | 'blocked' | 'failed';

function names(e: unknown): string[] {
  const out: string[] = [];
  for (let x = e, depth = 0; x && typeof x === 'object' && depth < 4; depth++) {
    const { name, message } = x as { name?: unknown; message?: unknown };
    if (typeof name === 'string') out.push(name);
    if (typeof message === 'string') out.push(message);
    x = (x as { inner?: unknown; cause?: unknown }).inner ?? (x as { cause?: unknown }).cause;
  }
  return out;
}

/** The kind of a storage error, or null when it is not about storage at all. */
export function storageProblem(e: unknown): StorageProblem | null {
  const all = names(e).join(' ');
  if (/QuotaExceeded|quota/i.test(all)) return 'quota';
  if (/VersionError|UpgradeError/.test(all)) return 'version';
  if (/Blocked/i.test(all)) return 'blocked';
  if (/DatabaseClosedError|OpenFailedError|InvalidStateError|UnknownError|NotFoundError|DataError/.test(all))
    return 'failed';
  return null;
}
