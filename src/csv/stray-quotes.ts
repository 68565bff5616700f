// Stray quote marks, read as a spreadsheet reads them. PapaParse takes a field that starts with a quote
// to run to the next quote followed by a separator or a line end: in `R-1,"Acme" Ltd,…` that quote may
// be lines further on, and every line between became one field of one bad row — rows lost unseen. So
// when PapaParse finds such a quote, the text is read again with each such field rewritten as the quoted
// field it reads as:
// - a closing quote followed by other text: the field is literal text, quotes and all, from its opening
//   quote up to the separator or line end after that text (`"Acme" Ltd` reads `"Acme" Ltd`);
// - when the quoted part spans a line break, or no closing quote follows at all: the opening quote is a
//   literal character, and the field ends at the next separator or line end.
// A quote that does not start a field is literal already (PapaParse reads it so). Line breaks are never
// added or removed, so every row keeps its physical line.

/**
 * `text` with each field that starts with a quote but is not a well-formed quoted field rewritten as one
 * whose value is that field's literal text; `null` when there is none. `text` starts at a row's start.
 * `complete`: `text` runs to the end of the file (else a quote left open may close in the text after).
 */
export function mendStrayQuotes(
  text: string,
  delimiter: string,
  quote: string,
  newline: string,
  complete: boolean,
): string | null {
  let i = text.indexOf(quote);
  if (i < 0) return null;
  const parts: string[] = [];
  let copied = 0;
  const doubled = quote + quote;
  const fieldEnd = (from: number): number => {
    const d = text.indexOf(delimiter, from);
    const n = text.indexOf(newline, from);
    const end = d < 0 ? n : n < 0 ? d : Math.min(d, n);
    return end < 0 ? text.length : end;
  };
  // (Compared as character codes: a file with every value quoted has millions of quotes to pass.)
  const d = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  const nl = newline.charCodeAt(newline.length - 1);
  const ends = (at: number): boolean => {
    const c = text.charCodeAt(at);
    if (c === d) return true;
    if (c === nl || c === newline.charCodeAt(0)) return text.startsWith(newline, at);
    return d < 0 && text.startsWith(delimiter, at);
  };
  const q = quote.charCodeAt(0);
  while (i >= 0) {
    const before = text.charCodeAt(i - 1);
    const startsField =
      i === 0 ||
      before === d ||
      (before === nl && text.startsWith(newline, i - newline.length)) ||
      (d < 0 && text.startsWith(delimiter, i - delimiter.length));
    if (!startsField) {
      i = text.indexOf(quote, i + 1);
      continue;
    }
    let close = -1;
    for (let j = i + 1; ;) {
      const k = text.indexOf(quote, j);
      if (k < 0) break;
      if (text.charCodeAt(k + 1) === q) {
        j = k + 2;
        continue;
      }
      close = k;
      break;
    }
    let end: number;
    if (close < 0) {
      if (!complete) break;
      end = fieldEnd(i + 1);
    } else {
      const after = close + 1;
      if (after === text.length || ends(after)) {
        i = text.indexOf(quote, after);
        continue;
      }
      // (PapaParse allows spaces between a closing quote and its separator or line end.)
      const next = fieldEnd(after);
      if (text.slice(after, next).trim() === '') {
        i = text.indexOf(quote, next);
        continue;
      }
      if (next === text.length && !complete) break;
      const spans = text.slice(i, close).includes(newline);
      end = spans ? fieldEnd(i + 1) : next;
    }
    parts.push(text.slice(copied, i), quote, text.slice(i, end).split(quote).join(doubled), quote);
    copied = end;
    i = text.indexOf(quote, end);
  }
  if (parts.length === 0) return null;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * The row of `text` at `from` when PapaParse has read on past the longest row a reader takes without
 * ending it: when that is because one of its fields opens with a quote that no quote in `text` closes
 * (followed by a separator or a line end, as PapaParse ends a quoted field), `text` from `from` with
 * that quote read as a literal character, as `mendStrayQuotes` reads it in a complete text; else `null`
 * (a quoted field that long that does close, or a row that long without quotes: the row is too long).
 */
export function mendOpenQuote(
  text: string,
  from: number,
  delimiter: string,
  quote: string,
  newline: string,
): string | null {
  const q = quote.charCodeAt(0);
  const endsField = (at: number): boolean =>
    at >= text.length || text.startsWith(delimiter, at) || text.startsWith(newline, at);
  let i = from;
  for (;;) {
    if (text.charCodeAt(i) !== q) {
      // A field without quotes: to the next separator, unless the row ends first.
      const d = text.indexOf(delimiter, i);
      const n = text.indexOf(newline, i);
      if (d < 0 || (n >= 0 && n < d)) return null;
      i = d + delimiter.length;
      continue;
    }
    let closed = -1;
    for (let j = i + 1; ;) {
      const k = text.indexOf(quote, j);
      if (k < 0) break;
      if (text.charCodeAt(k + 1) === q) {
        j = k + 2;
        continue;
      }
      let after = k + 1;
      while (text.charCodeAt(after) === 32) after++;
      if (endsField(after)) {
        closed = after;
        break;
      }
      j = k + 1;
    }
    if (closed < 0) {
      const d = text.indexOf(delimiter, i + 1);
      const n = text.indexOf(newline, i + 1);
      const end = d < 0 ? (n < 0 ? text.length : n) : n < 0 ? d : Math.min(d, n);
      const literal = text
        .slice(i, end)
        .split(quote)
        .join(quote + quote);
      return `${text.slice(from, i)}${quote}${literal}${quote}${text.slice(end)}`;
    }
    if (!text.startsWith(delimiter, closed)) return null;
    i = closed + delimiter.length;
  }
}
