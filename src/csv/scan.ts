// A small quote-aware record scanner for the sniffer: it tries several delimiters on the sample and needs
// each record's physical line. The full read goes through PapaParse.

import type { LineEnding } from './types';

export interface ScannedRecord {
  fields: string[];
  /** 0-based physical line where the record starts. */
  line: number;
  /** Physical lines the record spans (more than 1 with quoted newlines). */
  span: number;
}

/**
 * Splits `text` into records. A field that starts with `quote` runs to the matching quote (a doubled
 * quote is a literal one); CR, LF and CRLF all end a record outside quotes. When `truncated`, the last
 * record (possibly cut short) is dropped.
 */
export function scanRecords(
  text: string,
  delimiter: string,
  quote: string,
  truncated: boolean,
  maxRecords = Infinity,
): ScannedRecord[] {
  const records: ScannedRecord[] = [];
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  const q = quote.charCodeAt(0);
  let i = 0;
  let line = 0;
  let fields: string[] = [];
  let recordLine = 0;
  let field = '';
  let atFieldStart = true;
  while (i < n && records.length < maxRecords) {
    const c = text.charCodeAt(i);
    if (atFieldStart && c === q) {
      // Quoted field.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < n) {
        const k = text.indexOf(quote, j);
        if (k < 0) {
          value += text.slice(j);
          j = n;
          break;
        }
        value += text.slice(j, k);
        if (text.charCodeAt(k + 1) === q) {
          value += quote;
          j = k + 2;
        } else {
          j = k + 1;
          closed = true;
          break;
        }
      }
      line += countLineBreaks(text, i, j);
      field = value;
      i = j;
      atFieldStart = false;
      if (!closed) break;
      continue;
    }
    atFieldStart = false;
    if (c === d) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === 10 || c === 13) {
      fields.push(field);
      records.push({ fields, line: recordLine, span: line - recordLine + 1 });
      fields = [];
      field = '';
      atFieldStart = true;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      // Plain run up to the next delimiter, quote-free newline or end.
      let j = i + 1;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (cj === d || cj === 10 || cj === 13) break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  const pending = fields.length > 0 || !atFieldStart;
  if (pending && records.length < maxRecords && !truncated) {
    fields.push(field);
    records.push({ fields, line: recordLine, span: line - recordLine + 1 });
  }
  return records;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) k++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) k++;
  }
  return k;
}

export function detectLineEnding(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}
