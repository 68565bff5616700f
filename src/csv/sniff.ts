// sniffCsv: encoding, delimiter, quotes, header row after any preamble, decimal and thousands marks, date
// format, row count — from the first 64 KB of the file.

import { datevYear } from './datev';
import { isFreeTextHeader } from './mapping-score';
import { SNIFF_BYTES, bomLengthOf, decodeText, detectEncoding } from './encoding';
import { MAX_ROW_CHARS } from './row-limit';
import { detectLineEnding, scanRecords, type ScannedRecord } from './scan';
import { mendStrayQuotes } from './stray-quotes';
import type { CsvDelimiter, CsvEncoding, CsvFormat, CsvNote, DecimalSeparator } from './types';
import {
  cellType,
  columnTypes,
  dateShape,
  inferDateFormat,
  isBlankRow,
  isMarkerCell,
  isSummaryRow,
  nonEmptyCount,
  normalizeLabel,
  numberShape,
} from './values';

export interface SniffOptions {
  /** The encoding when the user (or a declaration) says so; skips detection. */
  encoding?: CsvEncoding;
  /** Force a delimiter. */
  delimiter?: CsvDelimiter;
  /**
   * The reader writes dates month first (en-US): a file whose every date reads both ways is read month
   * first, unless its own lines say otherwise. Day first when left out.
   */
  monthFirst?: boolean;
}

const DELIMITERS: CsvDelimiter[] = [';', ',', '\t', '|'];

export function sniffCsv(bytes: Uint8Array, options: SniffOptions = {}): CsvFormat {
  const notes: CsvNote[] = [];
  let encoding: CsvEncoding;
  let bomLength: number;
  if (options.encoding) {
    encoding = options.encoding;
    bomLength = bomLengthOf(bytes, encoding);
  } else {
    const guess = detectEncoding(bytes);
    encoding = guess.encoding;
    bomLength = guess.bomLength;
    notes.push(...guess.notes);
  }
  const body = bytes.subarray(bomLength);
  let sampleLength = Math.min(body.length, SNIFF_BYTES);
  if (encoding.startsWith('utf-16')) sampleLength -= sampleLength % 2;
  let text = decodeText(body.subarray(0, sampleLength), encoding);
  // A very long field (a 64 KB note, or 5 MB of text in one cell of the first row) can fill the whole
  // sample with one or two rows, leaving nothing to judge dates or amounts by: read on, doubling, until
  // enough whole records are in (bounded). Records, not lines: a long quoted field of many lines is one.
  let whole = wholeRecords(text);
  while (sampleLength < body.length && sampleLength < MAX_SNIFF_BYTES && whole.count < MIN_SNIFF_RECORDS) {
    let next = Math.min(body.length, Math.max(2, sampleLength * 2), MAX_SNIFF_BYTES);
    if (encoding.startsWith('utf-16')) next -= next % 2;
    // A UTF-16 file of odd length can leave nothing more to read: stop rather than loop.
    if (next <= sampleLength) break;
    sampleLength = next;
    text = decodeText(body.subarray(0, sampleLength), encoding);
    whole = wholeRecords(text);
  }
  // Read on for whole records only: the columns are judged by those, or by the usual sample at most (a
  // quote that nothing closes keeps records from ending, and 50 MB of rows judged took seconds).
  const cut = Math.max(SAMPLE_CHARS, whole.end);
  if (cut < text.length) {
    sampleLength = Math.min(sampleLength - 1, Math.round((sampleLength * cut) / text.length));
    text = text.slice(0, cut);
  }
  const truncated = sampleLength < body.length;
  const lineEnding = detectLineEnding(text);
  const quoteChar = detectQuote(text);
  // Stray quotes read as the reader reads them (a field left open would take the rest of the sample).
  const mended = (d: string): string => mendStrayQuotes(text, d, quoteChar, lineEnding, !truncated) ?? text;

  // Delimiter: the candidate whose records most often have the same number (≥ 2) of fields.
  let delimiter: CsvDelimiter = options.delimiter ?? ',';
  let best = { score: 0, mode: 1 };
  for (const d of options.delimiter ? [options.delimiter] : DELIMITERS) {
    const recs = scanRecords(mended(d), d, quoteChar, truncated, 2000);
    const r = modeOf(d === ',' ? recs.filter((rec) => !onlyDecimalCommas(rec.fields)) : recs);
    if (r.score > best.score || (r.score === best.score && r.score > 0 && r.mode > best.mode)) {
      best = r;
      delimiter = d;
    }
  }
  if (best.score === 0) notes.push({ code: 'csv.note.one-column' });
  const records = scanRecords(mended(delimiter), delimiter, quoteChar, truncated);
  const mode = tableWidth(records, best.mode);
  // The columns the rows of that width fill: fewer when each of them ends in a separator (`…,GBP,`),
  // and then a header without that last, empty field is of the table's width too.
  const used = usedWidth(records, mode);
  const fits = (r: ScannedRecord): boolean => r.fields.length >= used && trimmedLength(r.fields) <= mode;

  // Header (or first data row): first record of the common width that is mostly filled, followed by
  // another record of that width. Everything before it is preamble.
  const minFilled = mode === 1 ? 1 : Math.min(mode, Math.max(2, Math.ceil(mode / 2)));
  let start = -1;
  for (let i = 0; i < records.length && start < 0; i++) {
    const r = records[i]!;
    if (!fits(r) || nonEmptyCount(r.fields) < minFilled) continue;
    const next = records.slice(i + 1).find((x) => !isBlankRow(x.fields));
    if (!next || fits(next) || trimmedLength(next.fields) >= minFilled) start = i;
  }
  if (start < 0) start = Math.max(0, records.findIndex(fits));
  // A table of a few rows, some wider than the rest (values after the last column): its header is of
  // another width than the most common one, and is the line just before the first row. (A preamble
  // line names fewer columns than the rows fill: "Account,12345678" stays out.)
  const firstRow = records[start];
  const prev = records[start - 1];
  if (firstRow && prev && isDataLike(firstRow.fields) && !isDataLike(prev.fields)) {
    const named = nonEmptyCount(prev.fields);
    const filled = nonEmptyCount(firstRow.fields);
    if (trimmedLength(prev.fields) <= mode && named >= Math.max(3, minFilled, Math.ceil(0.75 * filled)))
      start -= 1;
  }
  start = headerBelow(records, start, fits, minFilled);
  const first = records[start];
  const preambleRows = first ? first.line : 0;

  const hasHeader = first !== undefined && !isDataLike(first.fields);

  let columns: string[];
  if (hasHeader) {
    const header = first.fields.slice(0, trimmedLength(first.fields)).map((c) => c.trim());
    // Wider than the header only when most rows fill columns past it (a last column left unnamed);
    // a value past the header in a few rows is a problem on those rows.
    const rows = records.slice(start + 1, start + 301).filter((r) => !isBlankRow(r.fields));
    const past = rows.filter((r) => trimmedLength(r.fields) > header.length).length;
    const width = past * 2 > rows.length ? Math.max(header.length, mode) : header.length;
    columns = Array.from({ length: width }, (_, i) => header[i] || `Column ${i + 1}`);
  } else {
    columns = Array.from({ length: mode }, (_, i) => `Column ${i + 1}`);
    if (first) notes.push({ code: 'csv.note.no-header' });
  }
  const width = columns.length;

  // Data rows: blank lines and summary lines do not count; neither do trailing footer lines of another width.
  const dataRecords = hasHeader ? records.slice(start + 1) : records.slice(Math.max(start, 0));
  const kinds: ('blank' | 'summary' | 'data' | 'odd')[] = dataRecords.map((r) => {
    if (isBlankRow(r.fields)) return 'blank';
    if (isSummaryRow(r.fields)) return 'summary';
    const fitsWidth =
      r.fields.length === width || (r.fields.length > width && trimmedLength(r.fields) <= width);
    return fitsWidth || nonEmptyCount(r.fields) > Math.max(1, Math.floor(width / 2)) ? 'data' : 'odd';
  });
  let end = kinds.length;
  while (end > 0 && kinds[end - 1] !== 'data') end--;
  let dataRows = 0;
  let footerRows = 0;
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i];
    if (k === 'data' || (k === 'odd' && i < end)) dataRows++;
    else if (k !== 'blank') footerRows++;
  }
  const sampleRows = dataRecords.filter((_, i) => kinds[i] === 'data').map((r) => r.fields);

  // Number marks: votes from every number-like cell that is no date.
  const decimalVotes = { '.': 0, ',': 0 };
  const groupVotes = new Map<string, number>();
  let undecidedDots = 0;
  let undecidedCommas = 0;
  let dollar = false;
  for (const row of sampleRows.slice(0, 1000)) {
    for (const cell of row) {
      const v = cell.trim();
      if (v === '' || dateShape(v)) continue;
      if (v === 'USD') dollar = true;
      const shape = numberShape(v);
      if (!shape) continue;
      if (shape.currencyMark === '$') dollar = true;
      if (shape.decimal) decimalVotes[shape.decimal]++;
      if (shape.group) groupVotes.set(shape.group, (groupVotes.get(shape.group) ?? 0) + 1);
      if (!shape.decimal && !shape.plainInteger && !shape.group) {
        if (v.includes('.')) undecidedDots++;
        else if (v.includes(',')) undecidedCommas++;
      }
    }
  }
  let decimalSeparator: DecimalSeparator;
  if (decimalVotes[','] > decimalVotes['.']) decimalSeparator = ',';
  else if (decimalVotes['.'] > decimalVotes[',']) decimalSeparator = '.';
  else {
    decimalSeparator = delimiter === ';' ? ',' : '.';
    if (undecidedDots + undecidedCommas > 0)
      notes.push({ code: 'csv.note.decimal-assumed', params: { decimal: decimalSeparator } });
  }
  if (decimalVotes['.'] > 0 && decimalVotes[','] > 0)
    notes.push({
      code: 'csv.note.decimal-mixed',
      params: { dots: decimalVotes['.'], commas: decimalVotes[','] },
    });
  let thousandsSeparator: string | null = null;
  let topGroup = 0;
  for (const [g, k] of groupVotes)
    if (g !== decimalSeparator && k > topGroup) {
      thousandsSeparator = g;
      topGroup = k;
    }
  if (!thousandsSeparator) {
    if (decimalSeparator === ',' && undecidedDots > 0) thousandsSeparator = '.';
    if (decimalSeparator === '.' && undecidedCommas > 0) thousandsSeparator = ',';
  }

  let dates = inferDateFormat(sampleRows, width, dollar || options.monthFirst === true);
  // Every date reads both ways and day first was assumed: a file from a US bank or tool says so by
  // other marks (its bank's columns, a US address, a date written "March 5, 2026" around the table),
  // and is read month first (still with the warning, and the user's choice).
  if (dates.dateAmbiguous && !dollar && options.monthFirst !== true) {
    const evidence = usEvidence(
      hasHeader ? columns : [],
      [
        ...preambleLines(text, preambleRows, delimiter),
        ...dataRecords.filter((_, i) => kinds[i] === 'summary').map((r) => r.fields.join(' ')),
      ],
      sampleRows,
    );
    const us = evidence ? inferDateFormat(sampleRows, width, true) : null;
    if (evidence && us && us.dateFormat !== dates.dateFormat) {
      dates = {
        ...us,
        notes: us.notes.map((n) =>
          n.code === 'csv.note.date-ambiguous' ? { ...n, params: { ...n.params, because: evidence } } : n,
        ),
      };
    }
  } else if (dates.dateAmbiguous && dollar)
    dates = {
      ...dates,
      notes: dates.notes.map((n) =>
        n.code === 'csv.note.date-ambiguous' && n.params.chosen === 'month'
          ? { ...n, params: { ...n.params, because: 'us-dollar' as const } }
          : n,
      ),
    };
  // Every date of the rows reads both ways: a date in the lines around them (the account details
  // above, a balance line) may not ("Ending balance as of 03/31/2026").
  if (dates.dateAmbiguous && dates.dateFormat) {
    const around = [
      ...preambleLines(text, preambleRows, delimiter),
      ...dataRecords.filter((_, i) => kinds[i] === 'summary').map((r) => r.fields.join(' ')),
    ];
    const order = dateOrderIn(around, dates.dateFormat);
    if (order)
      dates = {
        ...dates,
        dateFormat: order,
        dateAmbiguous: false,
        notes: dates.notes.filter((n) => n.code !== 'csv.note.date-ambiguous'),
      };
  }
  notes.push(...dates.notes);
  // Rows of the header's width say what each column holds; wider ones (a description split on the
  // delimiter) have their cells shifted.
  const aligned = sampleRows.filter((r) => trimmedLength(r) <= width);
  const types = columnTypes(aligned.length > 0 ? aligned : sampleRows, width);
  const textColumn = freeTextColumn(aligned.length > 0 ? aligned : sampleRows, types);
  // A line with neither a date nor an amount in a file of transactions continues the one before it
  // (as the reader joins it: into a column named as free text, and a line of the table's width only
  // with its text in that column).
  const continued = textColumn ?? types.lastIndexOf('text');
  if (
    continued >= 0 &&
    types.includes('date') &&
    (types.includes('amount') || types.includes('integer')) &&
    (!hasHeader || isFreeTextHeader(columns[continued] ?? ''))
  ) {
    let seenData = false;
    dataRecords.forEach((r, i) => {
      const k = kinds[i];
      if (k !== 'data' && k !== 'odd') return;
      const wide = r.fields.length === width;
      const textOnly = r.fields.every((c, col) => {
        const v = c.trim();
        return (
          v === '' || (!(dateShape(v) || numberShape(v) || isMarkerCell(v)) && (!wide || col === continued))
        );
      });
      if (textOnly && seenData && (k === 'data' ? dataRows > 0 : i < end)) dataRows--;
      else seenData = true;
    });
  }

  let dataRowCount = dataRows;
  if (truncated && sampleLength > 0) {
    dataRowCount = Math.round((dataRows * body.length) / sampleLength);
    notes.push({ code: 'csv.note.sampled', params: { bytes: sampleLength } });
  }

  const preamble = preambleLines(text, preambleRows, delimiter);
  // DATEV: day-and-month document dates, their year in the header record before the column names.
  const year = preambleRows >= 1 && hasHeader ? datevYear(preamble[0] ?? '') : null;
  const datevColumn = year === null ? -1 : columns.findIndex((c) => normalizeLabel(c) === 'belegdatum');
  if (year !== null && datevColumn >= 0) {
    types[datevColumn] = 'date';
    return {
      ...sniffed(),
      dateFormat: 'dd.mm.yyyy',
      dateAmbiguous: false,
      datev: { year, dateColumn: datevColumn },
    };
  }
  return sniffed();

  function sniffed(): CsvFormat {
    return {
      encoding,
      hasBom: bomLength > 0,
      delimiter,
      quoteChar,
      lineEnding,
      decimalSeparator,
      thousandsSeparator,
      dateFormat: dates.dateFormat,
      dateAmbiguous: dates.dateAmbiguous,
      headerRowIndex: hasHeader ? preambleRows : null,
      preambleRows,
      preamble,
      columns,
      columnTypes: types,
      textColumn,
      dataRowCount,
      dataRowCountExact: !truncated,
      footerRows,
      notes,
    };
  }
}

/** Columns only US banks' exports have: Chase's "Check or Slip #", Bank of America's "Running Bal.", Amex's "Card Member". */
const US_BANK_COLUMNS = new Set([
  'check or slip #',
  'running bal',
  'card member',
  'check number',
  'check #',
  'routing number',
]);
// A US address: a town, its state's code and a ZIP code ("AUSTIN TX 78701", "Austin, TX 78701-1234").
const US_ADDRESS_RE =
  /[A-Za-z],? (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) \d{5}(?:-\d{4})?(?!\d)/;
// A date written the American way in words: "March 5, 2026", "Mar 31, 2026".
const US_MONTH_NAME_RE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}, \d{4}\b/;

/**
 * What marks a file as American when its numeric dates do not tell: a US bank's own column, a US
 * address, or a date written "Mar 5, 2026" in the lines around the table or in its cells; null for none.
 * Asked once per file, of at most 200 rows.
 */
function usEvidence(
  columns: readonly string[],
  around: readonly string[],
  rows: readonly (readonly string[])[],
): 'us-bank' | 'us-address' | 'us-month-name' | null {
  if (columns.some((c) => US_BANK_COLUMNS.has(normalizeLabel(c)))) return 'us-bank';
  const texts = [...around];
  for (const row of rows.slice(0, 200))
    for (const cell of row) if (cell.length >= 8 && /[A-Za-z]/.test(cell)) texts.push(cell);
  if (texts.some((t) => US_ADDRESS_RE.test(t))) return 'us-address';
  if (texts.some((t) => US_MONTH_NAME_RE.test(t))) return 'us-month-name';
  return null;
}

/**
 * The order of day and month that the dates written in `lines` show (one with a day above 12), as a
 * format like `ambiguous` with day and month in that order; null when they show none, or both.
 */
function dateOrderIn(lines: readonly string[], ambiguous: string): string | null {
  const m = /^(dd|mm)(.)(dd|mm)(.)(y+)$/.exec(ambiguous);
  if (!m) return null;
  const sep = m[2]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const re = new RegExp(`(?<!\\d)(\\d{1,2})${sep}(\\d{1,2})${sep}(?:\\d{4}|\\d{2})(?!\\d)`, 'g');
  let dayFirst = false;
  let monthFirst = false;
  for (const line of lines)
    for (const d of line.matchAll(re)) {
      const a = Number(d[1]);
      const b = Number(d[2]);
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
      if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
    }
  if (dayFirst === monthFirst) return null;
  const year = m[5]!;
  const s2 = m[2]!;
  return dayFirst ? `dd${s2}mm${s2}${year}` : `mm${s2}dd${s2}${year}`;
}

function freeTextColumn(rows: readonly string[][], types: readonly string[]): number | null {
  let best: number | null = null;
  let longest = 0;
  types.forEach((t, col) => {
    if (t !== 'text') return;
    let sum = 0;
    let n = 0;
    for (const r of rows.slice(0, 200)) {
      const v = r[col];
      if (v) {
        sum += v.trim().length;
        n++;
      }
    }
    const mean = n > 0 ? sum / n : 0;
    if (mean > longest) {
      longest = mean;
      best = col;
    }
  });
  return best;
}

/**
 * A line of account details of the table's width ("=\"000123456789\";Compte courant;01/03/2026;…")
 * taken for the first row, with a header just under it: the header is the start, the line above it
 * preamble. A header here is a line of texts only (no date, number or amount), as wide as the rows,
 * with data rows under it.
 */
function headerBelow(
  records: readonly ScannedRecord[],
  start: number,
  fits: (r: ScannedRecord) => boolean,
  minFilled: number,
): number {
  const first = records[start];
  if (!first || !isDataLike(first.fields)) return start;
  for (let i = start + 1; i <= start + 3 && i < records.length; i++) {
    const r = records[i]!;
    if (isBlankRow(r.fields)) continue;
    const named = r.fields.filter((c) => c.trim() !== '');
    if (!fits(r) || named.length < Math.max(2, minFilled) || !named.every((c) => cellType(c) === 'text'))
      continue;
    const next = records.slice(i + 1).find((x) => !isBlankRow(x.fields));
    if (next && fits(next) && isDataLike(next.fields)) return i;
  }
  return start;
}

/** A record holding a date, an amount, an e-mail address or an IBAN: a row of data, not a header. */
function isDataLike(fields: readonly string[]): boolean {
  return fields.some((c) => {
    const t = cellType(c);
    return t === 'date' || t === 'amount' || t === 'email' || t === 'iban';
  });
}

/** The most columns that the records `width` fields long fill (trailing empty fields left out). */
function usedWidth(records: readonly ScannedRecord[], width: number): number {
  let used = 0;
  for (const r of records.slice(0, 300))
    if (r.fields.length === width) used = Math.max(used, trimmedLength(r.fields));
  return used || width;
}

function trimmedLength(fields: readonly string[]): number {
  let n = fields.length;
  while (n > 0 && fields[n - 1]!.trim() === '') n--;
  return n;
}

/**
 * The width of the table: the most common field count, unless another count has more records that look
 * like transactions (a date and a number): a short statement's one or two rows under several lines of
 * account details are the table, not the details.
 */
function tableWidth(records: ScannedRecord[], mode: number): number {
  const dataLike = new Map<number, number>();
  for (const r of records.slice(0, 300)) {
    // DATEV's header record holds dates (YYYYMMDD) and numbers, and is never the table.
    if (r.fields.length < 2 || isDatevHeader(r.fields)) continue;
    let date = false;
    let number = false;
    for (const c of r.fields) {
      const v = c.trim();
      if (v === '') continue;
      if (!date && dateShape(v)) date = true;
      else if (!number && numberShape(v)) number = true;
    }
    if (date && number) dataLike.set(r.fields.length, (dataLike.get(r.fields.length) ?? 0) + 1);
  }
  let width = mode;
  for (const [count, k] of dataLike) if (k > (dataLike.get(width) ?? 0)) width = count;
  return width;
}

function isDatevHeader(fields: readonly string[]): boolean {
  const first = fields[0]?.trim();
  return first === 'EXTF' || first === 'DTVF';
}

/**
 * A record that a comma splits only between a number's whole part and its decimals ("…;1 220,00" as
 * "…;1 220" and "00"): the comma is the decimal mark of a file with another delimiter (a statement
 * without a header, whose every line ends in an amount), and says nothing for the comma.
 */
function onlyDecimalCommas(fields: readonly string[]): boolean {
  if (fields.length < 2) return false;
  for (let i = 1; i < fields.length; i++)
    if (!/\d$/.test(fields[i - 1]!) || !/^\d{1,2}(?!\d)/.test(fields[i]!)) return false;
  return true;
}

function modeOf(records: ScannedRecord[]): { score: number; mode: number } {
  const freq = new Map<number, number>();
  for (const r of records) {
    if (r.fields.length < 2 || isBlankRow(r.fields)) continue;
    freq.set(r.fields.length, (freq.get(r.fields.length) ?? 0) + 1);
  }
  let score = 0;
  let mode = 1;
  for (const [count, k] of freq)
    if (k > score || (k === score && count > mode)) {
      score = k;
      mode = count;
    }
  return { score, mode };
}

function detectQuote(text: string): '"' | "'" {
  if (text.includes('"')) return '"';
  const lines = text.split(/\r\n|\n|\r/, 200).filter((l) => l.trim() !== '');
  const quoted = lines.filter((l) => /(?:^|[,;\t|])'[^']*'(?:[,;\t|]|$)/.test(l)).length;
  return lines.length >= 2 && quoted >= lines.length / 2 ? "'" : '"';
}

function preambleLines(text: string, count: number, delimiter: string): string[] {
  if (count === 0) return [];
  const lines = text.split(/\r\n|\n|\r/, count);
  const trailing = new RegExp(`[${delimiter === '\t' ? '\\t' : '\\' + delimiter}\\s]+$`);
  return lines.map((l) => l.replace(trailing, ''));
}

const MIN_SNIFF_RECORDS = 20;
/** The most text the columns are judged by, past the records it takes to reach MIN_SNIFF_RECORDS. */
const SAMPLE_CHARS = 32 * SNIFF_BYTES;
/**
 * How far the sniffer reads on for whole records: room for the header and two rows of the longest a
 * reader takes (`MAX_ROW_CHARS`, at three bytes a character in UTF-8), so that the columns of any file
 * it reads are judged by rows, never by a header alone. Only a file of such rows is read that far.
 */
const MAX_SNIFF_BYTES = 8 * MAX_ROW_CHARS;

/**
 * How many whole records `text` starts with, up to MIN_SNIFF_RECORDS, and where the last of them ends.
 * The delimiter is not known yet: a quote after any of them (or at a line's start) opens a quoted field,
 * whose line breaks are the field's.
 */
function wholeRecords(text: string): { count: number; end: number } {
  const quote = detectQuote(text);
  const q = quote.charCodeAt(0);
  const opens = (at: number): boolean => {
    if (at === 0) return true;
    const c = text.charAt(at - 1);
    return c === '\n' || c === '\r' || (DELIMITERS as string[]).includes(c);
  };
  // Where the next line feed, carriage return and quote are (each looked for again only once passed).
  let lf = -1;
  let cr = -1;
  let qt = -1;
  const next = (found: number, c: string, from: number): number => {
    if (found >= from) return found;
    const i = text.indexOf(c, from);
    return i < 0 ? Infinity : i;
  };
  let n = 0;
  let at = 0;
  /** Where the last whole record ends. */
  let last = 0;
  while (n < MIN_SNIFF_RECORDS) {
    lf = next(lf, '\n', at);
    cr = next(cr, '\r', at);
    qt = next(qt, quote, at);
    const end = Math.min(lf, cr);
    if (end === Infinity) break;
    if (qt < end) {
      if (!opens(qt)) {
        at = qt + 1;
        continue;
      }
      // To the closing quote (a doubled one is a quote inside the field).
      let k = qt + 1;
      for (;;) {
        const c = text.indexOf(quote, k);
        if (c < 0) return { count: n, end: last };
        if (text.charCodeAt(c + 1) !== q) {
          at = c + 1;
          break;
        }
        k = c + 2;
      }
      continue;
    }
    n++;
    at = last = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return { count: n, end: last };
}
