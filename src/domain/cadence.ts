// Which contacts are ones the collector made (letters, emails, calls, visits), as behaviour counts them.
// The cadence guard for contacts about to be made is src/domain/collections/cadence-guard.ts (one path).
import type { ActivityKind } from './types';

const OUTGOING: ActivityKind[] = ['letter', 'email', 'call', 'visit'];

export function isOutgoing(kind: ActivityKind): boolean {
  return OUTGOING.includes(kind);
}
