// Numbers, percentages and month labels in the interface locale, for the dashboard and its report.
import { currentLocale } from '../../i18n';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function nf(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  const k = `${currentLocale()}|${key}`;
  let f = cache.get(k) as Intl.NumberFormat | undefined;
  if (!f) cache.set(k, (f = make()));
  return f;
}

/** Days (DSO) with one decimal: "36.0" / "36,0". */
export function days(n: number): string {
  return nf(
    'd1',
    () => new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  ).format(n);
}

/** A ratio as a percentage with one decimal: 0.6316 → "63.2%" / "63,2 %". */
export function share(ratio: number | null): string {
  if (ratio === null) return '—';
  return nf(
    'p1',
    () =>
      new Intl.NumberFormat(currentLocale(), {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
  ).format(ratio);
}

/** Short month and year of an ISO date: "Mar 26" / "mar 26". */
export function monthLabel(iso: string): string {
  const k = `${currentLocale()}|month`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (!f)
    cache.set(
      k,
      (f = new Intl.DateTimeFormat(currentLocale(), { month: 'short', year: '2-digit', timeZone: 'UTC' })),
    );
  const [y, m, d] = iso.split('-').map(Number);
  return f.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}
