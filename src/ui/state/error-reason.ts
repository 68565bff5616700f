// Why something failed, for a sentence in the interface language ("Could not save: {reason}"). The
// browser's and the storage's errors (a full disk, a file moved away, another tab's write) are said in
// words; an error of the app's own code is a bug, whose English text is kept for an English reader and
// otherwise left to the console, never shown in another language.
import { StaleBookError } from '../../db/book';
import { errorChain, storageProblem } from '../../db/storage-errors';
import { currentLanguage, t, type MessageKey } from '../../i18n';

const BY_NAME: Record<string, MessageKey> = {
  QuotaExceededError: 'error.reason.quota',
  NotReadableError: 'error.reason.read',
  NotFoundError: 'error.reason.read',
  EncodingError: 'error.reason.read',
  SecurityError: 'error.reason.denied',
  NotAllowedError: 'error.reason.denied',
  AbortError: 'error.reason.aborted',
  TimeoutError: 'error.reason.aborted',
  InvalidStateError: 'error.reason.storage',
  TransactionInactiveError: 'error.reason.storage',
  ReadOnlyError: 'error.reason.storage',
  DataError: 'error.reason.storage',
  DataCloneError: 'error.reason.storage',
  ConstraintError: 'error.reason.storage',
  UnknownError: 'error.reason.storage',
  VersionError: 'error.reason.storage',
  DatabaseClosedError: 'error.reason.storage',
  OpenFailedError: 'error.reason.storage',
};

export function errorReason(e: unknown): string {
  if (e instanceof StaleBookError) return t('error.reason.stale');
  if (storageProblem(e) === 'quota') return t('error.reason.quota');
  // The innermost known name says most (Dexie's AbortError around IndexedDB's QuotaExceededError).
  const key = errorChain(e)
    .reverse()
    .map(({ name }) => (typeof name === 'string' && Object.hasOwn(BY_NAME, name) ? BY_NAME[name] : undefined))
    .find((k) => k !== undefined);
  if (key) return t(key);
  if (currentLanguage() === 'en') return e instanceof Error ? e.message : String(e);
  console.error(e);
  return t('error.reason.unexpected');
}
