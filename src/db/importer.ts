// Import batches as stored: the file's fingerprint, and what the import replaced (for its undo).
import type { ImportBatch, Invoice } from '../domain/types';

/** Hex SHA-256 of a file's bytes: the same file imported twice is recognised by it. */
export async function fileHash(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface StoredBatch extends ImportBatch {
  /** Invoices this import replaced, as they were before: undo puts them back. */
  replaced?: Invoice[];
}
