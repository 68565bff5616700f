// Persistence without harassment: a contact is refused when it comes too soon after the last one, at
// an odd hour, or (calls) more than the weekly limit. The FDCPA's presumption (> 7 calls in 7 days,
// nothing before 08:00 or after 21:00) is the outer bound; the default policy is much gentler.
import { addDays, daysBetween } from './dates';
import type { Activity, ActivityKind, IsoDate } from './types';

export interface CadencePolicy {
  /** Days that must pass between two outgoing contacts (letters, emails, calls, visits). */
  minDaysBetween: number;
  /** Local time window for calls and visits, `HH:MM`. */
  earliest: string;
  latest: string;
  /** Most calls in any 7 days. */
  maxCallsPerWeek: number;
}

export const DEFAULT_CADENCE: CadencePolicy = {
  minDaysBetween: 7,
  earliest: '08:00',
  latest: '21:00',
  maxCallsPerWeek: 2,
};

const OUTGOING: ActivityKind[] = ['letter', 'email', 'call', 'visit'];

export function isOutgoing(kind: ActivityKind): boolean {
  return OUTGOING.includes(kind);
}

/** Why a contact is refused now. */
export type CadenceReason =
  | { code: 'cadence.too-soon'; params: { daysSince: number; minDays: number } }
  | { code: 'cadence.too-many-calls'; params: { calls: number; max: number } }
  | { code: 'cadence.odd-hour'; params: { time: string; earliest: string; latest: string } };

export interface CadenceCheck {
  allowed: boolean;
  reasons: CadenceReason[];
  /** The first day a new outgoing contact is allowed. */
  nextAllowed: IsoDate | null;
}

export function checkContact(
  history: readonly Pick<Activity, 'date' | 'kind'>[],
  proposed: { date: IsoDate; time?: string; kind: ActivityKind },
  policy: CadencePolicy = DEFAULT_CADENCE,
): CadenceCheck {
  const reasons: CadenceReason[] = [];
  if (!isOutgoing(proposed.kind)) return { allowed: true, reasons, nextAllowed: null };
  let last: IsoDate | null = null;
  let calls = 0;
  for (const a of history) {
    if (!isOutgoing(a.kind) || a.date > proposed.date) continue;
    if (last === null || a.date > last) last = a.date;
    if (a.kind === 'call' && daysBetween(a.date, proposed.date) < 7) calls++;
  }
  let nextAllowed: IsoDate | null = null;
  if (last !== null) {
    const gap = daysBetween(last, proposed.date);
    if (gap < policy.minDaysBetween) {
      reasons.push({ code: 'cadence.too-soon', params: { daysSince: gap, minDays: policy.minDaysBetween } });
    }
  }
  if (last !== null) {
    const wait = policy.minDaysBetween - daysBetween(last, proposed.date);
    if (wait > 0) nextAllowed = addDays(proposed.date, wait);
  }
  if (proposed.kind === 'call' && calls >= policy.maxCallsPerWeek)
    reasons.push({ code: 'cadence.too-many-calls', params: { calls, max: policy.maxCallsPerWeek } });
  if ((proposed.kind === 'call' || proposed.kind === 'visit') && proposed.time) {
    if (proposed.time < policy.earliest || proposed.time > policy.latest)
      reasons.push({
        code: 'cadence.odd-hour',
        params: { time: proposed.time, earliest: policy.earliest, latest: policy.latest },
      });
  }
  return { allowed: reasons.length === 0, reasons, nextAllowed };
}
