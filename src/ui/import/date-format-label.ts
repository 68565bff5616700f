// A CSV date format ('dd/mm/yyyy') as a reader of the interface language sees it: an example date
// written in that format, then the format in the language's own letters — "31/12/2026 (gg/mm/aaaa)"
// in Italian, "31.12.2026 (TT.MM.JJJJ)" in German. The example makes the order plain at a glance
// (31 cannot be a month), the letters tell 'd' from 'dd' and 'yy' from 'yyyy'.

const EXAMPLE = { year: 2026, month: 12, day: 31 };

/** `letters`: the language's letters for day, month and year, in that order ("gma", "TMJ"). */
export function dateFormatLabel(format: string, letters: string, locale: string): string {
  const [day = 'd', month = 'm', year = 'y'] = [...letters];
  const tokens = format.match(/d+|m+|y+|[^dmy]+/g) ?? [];
  const example = tokens.map((token) => exampleOf(token, locale)).join('');
  const own = format.replace(/[dmy]/g, (c) => (c === 'd' ? day : c === 'm' ? month : year));
  return `${example} (${own})`;
}

/**
 * The format with day and month the other way round ('ddmmyyyy' → 'mmddyyyy', 'dd/mm/yy' → 'mm/dd/yy'),
 * so a file whose dates read both ways can be switched even in a format the list does not offer; null
 * for a format without both in numbers.
 */
export function otherDayMonthOrder(format: string): string | null {
  const m = /^(dd|mm)([^dmy]?)(dd|mm)([^dmy]?)(y+)$/.exec(format);
  if (!m || m[1] === m[3]) return null;
  return `${m[3]}${m[2]}${m[1]}${m[4]}${m[5]}`;
}

function exampleOf(token: string, locale: string): string {
  if (token.startsWith('d')) return String(EXAMPLE.day);
  if (token === 'mmm') {
    const name = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
      Date.UTC(EXAMPLE.year, EXAMPLE.month - 1, EXAMPLE.day),
    );
    return name.replace(/\.$/, '');
  }
  if (token.startsWith('m')) return String(EXAMPLE.month);
  if (token === 'yy') return String(EXAMPLE.year % 100);
  if (token.startsWith('y')) return String(EXAMPLE.year);
  return token;
}

/**
 * The locale's short date as a pattern in the language's own letters, for an empty date field:
 * "GG/MM/AAAA" in Italian, "MM/DD/YYYY" in US English, "TT.MM.JJJJ" in German.
 */
export function datePattern(letters: string, locale: string): string {
  const [day = 'd', month = 'm', year = 'y'] = [...letters.toUpperCase()];
  const parts = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  }).formatToParts(Date.UTC(EXAMPLE.year, EXAMPLE.month - 1, EXAMPLE.day));
  return parts
    .map((p) =>
      p.type === 'day'
        ? day.repeat(2)
        : p.type === 'month'
          ? month.repeat(2)
          : p.type === 'year'
            ? year.repeat(4)
            : p.value,
    )
    .join('');
}
