// Numbers, percentages, month labels and next steps in the interface language, for the dashboard and
// its report.
import { currentLocale, date, t } from '../../i18n';
import { reasonText } from '../../i18n/reasons/lazy';
import type { NextStep } from '../../charts/debtors';
import type { Language } from '../../domain/types';

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
    () =>
      new Intl.NumberFormat(currentLocale(), {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
        useGrouping: 'always',
      }),
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

/** A debtor's next step in the words of Today's call list: the dunning level and channel, or the kind. */
export function stepText(step: NextStep | null, language: Language): string {
  if (!step) return reasonText({ code: 'dashboard.next.none' }, language);
  const level = step.level ? reasonText({ code: `collections.level.${step.level}` }, language) : '';
  const channel = step.channel ? reasonText({ code: `collections.channel.${step.channel}` }, language) : '';
  // A level named with a parenthesis of its own ("Betalingspåmindelse (rykker 1)") takes its channel after
  // a comma: "(rykker 1) (brev)" read as two asides.
  const what = !level
    ? reasonText({ code: `collections.kind.${step.kind}` }, language)
    : !channel
      ? level
      : level.endsWith(')')
        ? `${level}, ${channel}`
        : `${level} (${channel})`;
  return step.waitUntil ? `${what} · ${t('queue.next', { date: date(step.waitUntil) })}` : what;
}
