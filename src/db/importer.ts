// Import batches as stored: the file's fingerprint, and what the import replaced (for its undo).
import type { ImportBatch, Invoice } from '../domain/types';

export interface StoredBatch extends ImportBatch {
  /** Invoices this import replaced, as they were before: undo puts them back. */
  replaced?: Invoice[];
}
