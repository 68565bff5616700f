// Persistence without harassment (issue #10, item 3). The guard looks at a contact the user is about
// to MAKE and returns warnings the user may override with a logged reason; it never refuses, and a
// contact that already happened is recorded without any check. Incoming contacts (the customer
// called) and notes, promises and disputes never count.
import { daysFrom, plusDays } from './days';
import type { Activity, ActivityKind, IsoDate } from '../types';
import type { ContactCadence } from './types';

export type CadenceWarning =
  | {
      code: 'collections.cadence.too-soon';
      params: { last: IsoDate; days: number; min: number; nextAllowed: IsoDate };
    }
  | {
      code: 'collections.cadence.odd-hour';
      params: { time: string; from: string; to: string; timeZone: string };
    }
  | { code: 'collections.cadence.month-limit'; params: { count: number; max: number } };

const MADE: readonly ActivityKind[] = ['letter', 'email', 'call', 'visit'];
const IN_PERSON: readonly ActivityKind[] = ['call', 'visit'];

/** A contact the user made (and so one the cadence counts). */
export function isContactMade(a: Pick<Activity, 'kind' | 'direction'>): boolean {
  return MADE.includes(a.kind) && a.direction !== 'in';
}

// Default time zone of a customer's country, for the calling hours. Countries spanning several zones
// (US) take the most populous one; the customer's own `timeZone` field overrides it.
const ZONES: Record<string, string> = {
  IT: 'Europe/Rome',
  FR: 'Europe/Paris',
  RO: 'Europe/Bucharest',
  DK: 'Europe/Copenhagen',
  DE: 'Europe/Berlin',
  GB: 'Europe/London',
  UK: 'Europe/London',
  IE: 'Europe/Dublin',
  ES: 'Europe/Madrid',
  PT: 'Europe/Lisbon',
  NL: 'Europe/Amsterdam',
  BE: 'Europe/Brussels',
  AT: 'Europe/Vienna',
  CH: 'Europe/Zurich',
  SE: 'Europe/Stockholm',
  NO: 'Europe/Oslo',
  FI: 'Europe/Helsinki',
  PL: 'Europe/Warsaw',
  GR: 'Europe/Athens',
  BG: 'Europe/Sofia',
  HU: 'Europe/Budapest',
  US: 'America/New_York',
};

export function customerTimeZone(customer: { timeZone?: string; country: string }): string {
  return customer.timeZone ?? ZONES[customer.country.toUpperCase()] ?? 'UTC';
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** `HH:MM` of an instant (ISO with offset, or epoch ms) in a time zone. */
export function localClock(instant: string | number, timeZone: string): string {
  let f = clockFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormats.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(instant));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${hour}:${minute}`;
}

export interface ContactPlan {
  kind: ActivityKind;
  date: IsoDate;
  /** The moment of the contact, to check the customer's local hour (calls and visits). */
  at?: string | number;
  timeZone?: string;
}

export interface GuardResult {
  warnings: CadenceWarning[];
  lastContact: IsoDate | null;
  /** First day a new contact raises no "too soon" warning. */
  nextAllowed: IsoDate | null;
}

/** Last contact made on or before `date`, and the first day the next one is allowed. */
export function contactWindow(
  history: readonly Pick<Activity, 'date' | 'kind' | 'direction'>[],
  date: IsoDate,
  cadence: ContactCadence,
): { lastContact: IsoDate | null; nextAllowed: IsoDate | null } {
  let last: IsoDate | null = null;
  for (const a of history)
    if (isContactMade(a) && a.date <= date && (last === null || a.date > last)) last = a.date;
  return { lastContact: last, nextAllowed: last === null ? null : plusDays(last, cadence.minDaysBetween) };
}

/** Warnings for a contact about to be made. Nothing for notes, promises, disputes or incoming contacts. */
export function guardContact(
  history: readonly Pick<Activity, 'date' | 'kind' | 'direction'>[],
  plan: ContactPlan,
  cadence: ContactCadence,
): GuardResult {
  const { lastContact, nextAllowed } = contactWindow(history, plan.date, cadence);
  const warnings: CadenceWarning[] = [];
  if (!MADE.includes(plan.kind)) return { warnings, lastContact, nextAllowed };
  if (lastContact !== null && nextAllowed !== null && plan.date < nextAllowed)
    warnings.push({
      code: 'collections.cadence.too-soon',
      params: {
        last: lastContact,
        days: daysFrom(lastContact, plan.date),
        min: cadence.minDaysBetween,
        nextAllowed,
      },
    });
  if (IN_PERSON.includes(plan.kind) && plan.at !== undefined) {
    const timeZone = plan.timeZone ?? 'UTC';
    const time = localClock(plan.at, timeZone);
    if (time < cadence.earliest || time >= cadence.latest)
      warnings.push({
        code: 'collections.cadence.odd-hour',
        params: { time, from: cadence.earliest, to: cadence.latest, timeZone },
      });
  }
  const month = plan.date.slice(0, 7);
  const count = history.filter(
    (a) => isContactMade(a) && a.date.slice(0, 7) === month && a.date <= plan.date,
  ).length;
  if (count >= cadence.maxPerMonth)
    warnings.push({ code: 'collections.cadence.month-limit', params: { count, max: cadence.maxPerMonth } });
  return { warnings, lastContact, nextAllowed };
}
