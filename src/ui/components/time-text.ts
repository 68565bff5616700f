// Times of day typed and shown as text in the interface locale. Chromium draws `<input type="time">`
// with the browser's own clock (AM/PM in an Italian page on an American browser), so time fields are
// text fields that read and write 'HH:MM' and show it the locale's way: 14:30 in Italian, Romanian,
// French, Danish, German and British English; 2:30 PM in American English.

/** What a typed text is: nothing, a real time ('HH:MM', 24-hour), or no time at all. */
export type TimeText = { kind: 'empty' } | { kind: 'time'; hhmm: string } | { kind: 'invalid' };

type Clock = { twelve: boolean; am: string; pm: string };
const clocks = new Map<string, Clock>();

/** Whether the locale writes a 12-hour clock, and its words for morning and afternoon. */
function clockOf(locale: string): Clock {
  let clock = clocks.get(locale);
  if (!clock) {
    const f = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    const period = (h: number): string =>
      f.formatToParts(Date.UTC(2026, 0, 1, h, 0)).find((p) => p.type === 'dayPeriod')?.value ?? '';
    const cycle = f.resolvedOptions().hourCycle;
    const twelve = cycle === 'h12' || cycle === 'h11';
    clock = { twelve, am: twelve ? period(9) : '', pm: twelve ? period(15) : '' };
    clocks.set(locale, clock);
  }
  return clock;
}

export function usesTwelveHours(locale: string): boolean {
  return clockOf(locale).twelve;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 'HH:MM' as the locale shows a time of day ("14:30", or "2:30 PM" in en-US); '' for none. */
export function formatTimeText(hhmm: string | null | undefined, locale: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm ?? '');
  if (!m) return '';
  const hour = Number(m[1]);
  const clock = clockOf(locale);
  if (!clock.twelve) return `${m[1]}:${m[2]}`;
  return `${hour % 12 === 0 ? 12 : hour % 12}:${m[2]} ${hour < 12 ? clock.am : clock.pm}`;
}

/**
 * A typed time: "14:30", "14.30", "14h30", "1430", "9" (nine o'clock), with "am"/"pm" (or the locale's
 * own words) after it in any language. Hours 0–23 and minutes 0–59; with am/pm, hours 1–12.
 */
export function parseTimeText(text: string, locale: string): TimeText {
  let rest = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (rest === '') return { kind: 'empty' };
  const clock = clockOf(locale);
  let period: 'am' | 'pm' | null = null;
  const words: [string, 'am' | 'pm'][] = [
    [clock.am.toLowerCase(), 'am'],
    [clock.pm.toLowerCase(), 'pm'],
    ['a.m.', 'am'],
    ['p.m.', 'pm'],
    ['am', 'am'],
    ['pm', 'pm'],
    ['a', 'am'],
    ['p', 'pm'],
  ];
  for (const [word, which] of words) {
    if (word && rest.endsWith(word)) {
      period = which;
      rest = rest.slice(0, -word.length).trim();
      break;
    }
  }
  const m = /^(\d{1,2})(?:[:.h ]?(\d{2}))?$/.exec(rest);
  if (!m) return { kind: 'invalid' };
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  if (minute > 59) return { kind: 'invalid' };
  if (period) {
    if (hour < 1 || hour > 12) return { kind: 'invalid' };
    hour = (hour % 12) + (period === 'pm' ? 12 : 0);
  } else if (hour > 23) return { kind: 'invalid' };
  return { kind: 'time', hhmm: `${pad(hour)}:${pad(minute)}` };
}

/** 'HH:MM' moved by a step of minutes, round the clock (the arrow keys); an empty field starts at 09:00. */
export function stepTime(hhmm: string, step: number, up: boolean): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return '09:00';
  const start = Number(m[1]) * 60 + Number(m[2]);
  // From a time off the step, the first press lands on the step ("09:07" up → "09:15", down → "09:00").
  const moved = up ? Math.floor(start / step) * step + step : Math.ceil(start / step) * step - step;
  const next = ((moved % 1440) + 1440) % 1440;
  return `${pad(Math.floor(next / 60))}:${pad(next % 60)}`;
}

/**
 * A moment in the reader's own clock, its date as the interface writes dates and its time as the time
 * fields and the contact log do ("05.12.2026, 12:19"): Intl's own Danish time ("12.19") stood beside the
 * log's "10:30" on the same screens.
 */
export function dateTimeText(moment: Date, locale: string, day: (iso: string) => string): string {
  const iso = `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
  return `${day(iso)}, ${formatTimeText(`${pad(moment.getHours())}:${pad(moment.getMinutes())}`, locale)}`;
}
