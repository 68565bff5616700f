// Day arithmetic for the queue's hot loop: the same few hundred dates recur across every customer, so
// the day numbers come from the shared cache (`cachedDayNumber`) instead of being parsed each time.
import { cachedDayNumber } from '../balance';
import { fromDayNumber } from '../dates';
import type { IsoDate } from '../types';

const isoCache = new Map<number, IsoDate>();

export function plusDays(iso: IsoDate, days: number): IsoDate {
  const n = cachedDayNumber(iso) + days;
  let out = isoCache.get(n);
  if (out === undefined) {
    out = fromDayNumber(n);
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(n, out);
  }
  return out;
}

export function daysFrom(from: IsoDate, to: IsoDate): number {
  return cachedDayNumber(to) - cachedDayNumber(from);
}
