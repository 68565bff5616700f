// readTable / readTableChunks: decode, skip the preamble, let PapaParse split fields (quoted newlines,
// doubled quotes), then drop blank, summary and footer lines and report ragged rows by physical line.

import Papa from 'papaparse';
import { datevDate } from './datev';
import { bomLengthOf, decodeText } from './encoding';
import { sniffCsv } from './sniff';
import { MAX_ROW_CHARS, RowTooLongError } from './row-limit';
import { scanRecords } from './scan';
import { mendOpenQuote, mendStrayQuotes } from './stray-quotes';
import type { CsvFormat, CsvTable, RowError, SkippedLine } from './types';
import { isFreeTextHeader } from './mapping-score';
import { dateShape, isMarkerCell, isSummaryRow, numberShape } from './values';

export interface CsvChunk {
  /** The columns (known from the header on, which is read before any row). */
  columns: string[];
  rows: string[][];
  /** 1-based physical line of each row. */
  lines: number[];
  /** Line of the first row in this chunk (0 when the chunk has no rows). */
  startLine: number;
  /** Errors found since the previous chunk. */
  errors: RowError[];
  skipped: SkippedLine[];
  /** Share of the text parsed so far, 0..1. */
  progress: number;
}

export interface ChunkedReadResult {
  columns: string[];
  rowCount: number;
  errors: RowError[];
  skipped: SkippedLine[];
}

/** Reads the whole file into memory: columns, data rows (cells trimmed), errors by physical line. */
export function readTable(bytes: Uint8Array, format: CsvFormat = sniffCsv(bytes)): CsvTable {
  const prepared = prepare(bytes, format);
  const sink = new RowSink(format, prepared);
  let result = Papa.parse<string[]>(prepared.text, papaConfig(format));
  const mended = result.errors.some(isQuoteError) ? mendQuotes(prepared.text, format, true) : null;
  if (mended !== null) result = Papa.parse<string[]>(mended, papaConfig(format));
  sink.accept(result.data, result.errors);
  sink.finish();
  return {
    columns: sink.columns,
    rows: sink.rows,
    errors: sink.errors,
    lines: sink.lines,
    skipped: sink.skipped,
  };
}

/** The first rows go out this many at a time, and each chunk after is four times larger, up to the size asked. */
const FIRST_ROWS = 1000;
/** PapaParse reads the first rows in pieces this long (then in larger ones, for the rest of the file). */
const FIRST_TEXT = 1 << 16;
const TEXT = 1 << 19;
/** A file over twice this size has its head decoded first, and its first rows read from it. */
const HEAD_BYTES = 1 << 20;
/** The size of each piece of such a file decoded after its head. */
const PIECE_BYTES = 1 << 23;

/**
 * Streams rows in chunks of at most `chunkSize` rows, for a Web Worker that posts progress and rows as it
 * goes: the first chunks are small, so whoever takes them starts while the rest is read. `onChunk` may
 * return `false` to stop. Physical line numbers stay right across quoted newlines and chunk boundaries.
 */
export function readTableChunks(
  bytes: Uint8Array,
  format: CsvFormat,
  onChunk: (chunk: CsvChunk) => boolean | void,
  chunkSize = 5000,
  /** Sizes in bytes and characters (tests try small ones). */
  sizes: { head: number; piece: number; first: number; text: number } = {
    head: HEAD_BYTES,
    piece: PIECE_BYTES,
    first: FIRST_TEXT,
    text: TEXT,
  },
): ChunkedReadResult {
  const prepared = prepare(bytes, format, sizes.head, sizes.piece);
  const sink = new RowSink(format, prepared);
  let text = prepared.text;
  /** Characters of the file's text before `text`, and the whole text's length (estimated until all is decoded). */
  let before = 0;
  let total = Math.max(1, prepared.length);
  let last = prepared.next === undefined;
  let badSeen = prepared.errors.some((e) => e.code === 'bad-encoding');
  let emittedErrors = 0;
  let emittedSkipped = 0;
  let stopped = false;
  let rowCount = 0;
  let size = Math.min(chunkSize, FIRST_ROWS);
  /** The progress last told. */
  let said = 0;
  const emit = (progress: number, force: boolean): void => {
    if (stopped) return;
    // The last row read stays until more come (or the end): a line after it may continue its description.
    while (sink.rows.length > size || (force && (sink.rows.length > 0 || hasNews()))) {
      const rows = sink.rows.splice(0, size);
      const lines = sink.lines.splice(0, size);
      size = Math.min(chunkSize, size * 4);
      rowCount += rows.length;
      const errors = sink.errors.slice(emittedErrors);
      const skipped = sink.skipped.slice(emittedSkipped);
      emittedErrors = sink.errors.length;
      emittedSkipped = sink.skipped.length;
      const more = sink.rows.length > 0;
      if (
        onChunk({
          columns: sink.columns,
          rows,
          lines,
          startLine: lines[0] ?? 0,
          errors,
          skipped,
          // (Never back: the whole text's length is estimated from the head's until the end is decoded.)
          progress: (said = Math.max(said, more ? progress * 0.99 : progress)),
        }) === false
      ) {
        stopped = true;
        return;
      }
      if (!more) break;
    }
  };
  const hasNews = (): boolean => sink.errors.length > emittedErrors || sink.skipped.length > emittedSkipped;
  /** The first chunk is not out yet. */
  let first = true;
  /** Where the rows read so far end, in `text`. */
  let read = 0;
  /** The last parse stopped at a row longer than it reads at a time, to read it in larger pieces. */
  let long = false;
  // PapaParse streams strings in chunks too (StringStreamer); its typings only admit files for `chunk`.
  // It reads the first rows in small pieces, until the first chunk is out, then in larger ones. Of a
  // large file, only a piece of its text is decoded at a time: the parse of one stops short of its end,
  // at a row's start (a row may go on in the next), and goes on from there in the next, so the first
  // rows are out before the whole file is decoded.
  /** Parses `text` from `from` (a row's start); returns where it stopped, at a row's start, or its end. */
  const parse = (at: number, chunkText: number): number => {
    const whole = text;
    let from = at;
    // PapaParse drops a byte-order mark that starts its text: a row starting with one (a second file's
    // mark, in files joined together) is read from the line break before it, and keeps it, as read whole.
    if (bomAfterBreak(whole, from)) {
      from -= format.lineEnding.length;
      sink.breakAhead();
    }
    let pieces = 0;
    let stop = whole.length;
    read = from;
    long = false;
    /** Pieces read since the last that ended a row. */
    let idle = 0;
    const config = {
      ...papaConfig(format),
      chunkSize: chunkText,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser): void => {
        // A stray quote took lines that follow it: its rows are read again from the text mended.
        const mended = results.errors.some(isQuoteError) ? mendQuotes(whole.slice(read), format, last) : null;
        if (mended !== null) {
          text = whole.slice(0, read) + mended;
          stop = read;
          return parser.abort();
        }
        const cursor = from + results.meta.cursor;
        pieces++;
        // Each row of a piece that is not the file's last ends with its line break: a piece with no more
        // breaks than rows has none inside a quoted cell.
        const piece = cursor < whole.length ? { text: whole, from: read, to: cursor } : undefined;
        idle = cursor > read ? 0 : idle + 1;
        read = cursor;
        sink.accept(results.data, results.errors, piece);
        // PapaParse has read this far (a piece at a time) without ending the row at `cursor`: a row
        // longer than any a reader takes is refused here, before more of the file is decoded for it.
        if (Math.min(whole.length, from + pieces * chunkText) - cursor > MAX_ROW_CHARS) {
          // Unless a quote that nothing closes holds it open: read as a literal character, as a
          // spreadsheet reads it (PapaParse says so only at the file's end, and it may be far off).
          const open = mendOpenQuote(whole, read, format.delimiter, format.quoteChar, format.lineEnding);
          if (open === null) throw sink.unfinished(whole, cursor);
          text = whole.slice(0, read) + open;
          stop = read;
          return parser.abort();
        }
        emit(Math.min(1, (before + cursor) / total), false);
        if (stopped) return parser.abort();
        const firstOut = first && rowCount > 0;
        if (firstOut) first = false;
        // (PapaParse reads the last piece of its text to the end, as a file's: a row cut there would end.)
        const nearEnd = !last && (pieces + 2) * chunkText >= whole.length - from;
        // PapaParse reads a row left open again from its start with each piece: a row of megabytes read
        // 64 KB at a time was read a hundred times over. It is read again in pieces twice as large.
        long = idle >= 2;
        if ((firstOut || nearEnd || long) && cursor < whole.length) {
          stop = cursor;
          parser.abort();
        }
      },
    };
    Papa.parse<string[]>(from === 0 ? whole : whole.slice(from), config as Papa.ParseConfig<string[]>);
    return stop;
  };
  let from = 0;
  /** The last parse stopped where it started (a row longer than what was left of the text). */
  let stuck = false;
  /** How many times larger than usual the pieces PapaParse reads are (for a long row). */
  let widen = 1;
  for (;;) {
    // Too little left of a text that is not the file's last to read safely: the next piece is added first.
    const chunkText = (first ? sizes.first : sizes.text) * widen;
    while (!last && (stuck || text.length - from < 4 * chunkText)) {
      stuck = false;
      const next = (prepared.next as () => { text: string; last: boolean })();
      // (A row starting with a byte-order mark keeps the line break before it: see `parse`.)
      const keep = bomAfterBreak(text, from) ? format.lineEnding.length : 0;
      const carry = from === 0 ? text : text.slice(from - keep);
      before += from - keep;
      from = keep;
      text = carry + next.text;
      last = next.last;
      total = Math.max(1, last ? before + text.length : total);
      const bad = next.text.indexOf('\uFFFD');
      if (!badSeen && bad >= 0 && format.encoding === 'utf-8') {
        badSeen = true;
        sink.errors.push({
          line: sink.nextLine + lineAt(text, carry.length + bad) - lineAt(text, keep),
          code: 'bad-encoding',
          params: { encoding: format.encoding },
        });
      }
      sink.more(next.text);
    }
    const stop = parse(from, chunkText);
    if (stopped || stop >= text.length) break;
    stuck = stop === from && !long;
    widen = long ? widen * 2 : 1;
    from = stop;
  }
  if (!stopped) {
    sink.finish();
    emit(1, true);
  }
  return { columns: sink.columns, rowCount, errors: sink.errors, skipped: sink.skipped };

  /** A byte-order mark at `at` in `t`, a row's start after the file's line break. */
  function bomAfterBreak(t: string, at: number): boolean {
    const nl = format.lineEnding;
    return at >= nl.length && t.charCodeAt(at) === 0xfeff && t.startsWith(nl, at - nl.length);
  }
}

interface Prepared {
  text: string;
  /** 1-based physical line where `text` starts. */
  firstLine: number;
  /** Errors found while decoding. */
  errors: RowError[];
  /** The length of the whole file's text (estimated from the head's when only the head is decoded). */
  length: number;
  /** When only the file's head is decoded (`text`): the next piece of the file, decoded. */
  next?: () => { text: string; last: boolean };
}

/** The encodings a file in which can be cut after any line feed byte, and each piece decoded alone. */
const CUTTABLE = new Set(['utf-8', 'windows-1252', 'iso-8859-1', 'iso-8859-2', 'windows-1250']);

/** The end of a piece of `body` from `at`: a line feed past `size`, or the end (with little left after). */
function pieceEnd(body: Uint8Array, at: number, size: number): number {
  if (body.length - at <= 2 * size) return body.length;
  const lf = body.indexOf(10, at + size);
  return lf < 0 ? body.length : lf + 1;
}

/**
 * Decodes the file and skips its preamble. With `headBytes`, a file of a cuttable encoding more than
 * twice as large has just its head decoded (up to a line feed past `headBytes`), the rest left for
 * `next`, a piece at a time.
 */
function prepare(
  bytes: Uint8Array,
  format: CsvFormat,
  headBytes = Infinity,
  pieceBytes = PIECE_BYTES,
): Prepared {
  const encoding = format.encoding;
  const body = bytes.subarray(bomLengthOf(bytes, encoding));
  const cut = CUTTABLE.has(encoding) && headBytes < Infinity ? pieceEnd(body, 0, headBytes) : body.length;
  const full = decodeText(cut < body.length ? body.subarray(0, cut) : body, encoding);
  const errors: RowError[] = [];
  const bad = full.indexOf('\uFFFD');
  if (bad >= 0 && encoding.startsWith('utf'))
    errors.push({ line: lineAt(full, bad), code: 'bad-encoding', params: { encoding } });
  let offset = 0;
  let skipped = 0;
  while (skipped < format.preambleRows && offset < full.length) {
    const lf = full.indexOf('\n', offset);
    const cr = full.indexOf('\r', offset);
    if (lf < 0 && cr < 0) {
      offset = full.length;
      break;
    }
    if (cr >= 0 && (lf < 0 || cr < lf)) offset = full.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    else offset = lf + 1;
    skipped++;
  }
  // A preamble filling half the head: the whole file is decoded after all.
  if (cut < body.length && offset > full.length / 2) return prepare(bytes, format);
  const text = offset === 0 ? full : full.slice(offset);
  if (cut === body.length) return { text, firstLine: skipped + 1, errors, length: text.length };
  let at = cut;
  return {
    text,
    firstLine: skipped + 1,
    errors,
    length: Math.round((text.length * body.length) / cut),
    next: () => {
      const end = pieceEnd(body, at, pieceBytes);
      const piece = decodeText(body.subarray(at, end), encoding);
      at = end;
      return { text: piece, last: end >= body.length };
    },
  };
}

/** PapaParse's errors of a quote (which can take the lines after it into one field). */
function isQuoteError(e: Papa.ParseError): boolean {
  return e.code === 'InvalidQuotes' || e.code === 'MissingQuotes';
}

/**
 * `text` (from a row's start) with its stray quotes mended (stray-quotes.ts), or `null` when it has none.
 * Only a text PapaParse found a quote error in is mended: a well-formed file pays nothing for it.
 */
function mendQuotes(text: string, format: CsvFormat, complete: boolean): string | null {
  return mendStrayQuotes(text, format.delimiter, format.quoteChar, format.lineEnding, complete);
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function papaConfig(format: CsvFormat): Papa.ParseConfig<string[]> {
  return {
    delimiter: format.delimiter,
    quoteChar: format.quoteChar,
    escapeChar: format.quoteChar,
    newline: format.lineEnding,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  };
}

const PAPA_CODES: Record<string, 'unterminated-quote' | 'invalid-quotes'> = {
  MissingQuotes: 'unterminated-quote',
  InvalidQuotes: 'invalid-quotes',
};

class RowSink {
  columns: string[];
  width: number;
  rows: string[][] = [];
  lines: number[] = [];
  errors: RowError[];
  skipped: SkippedLine[] = [];
  private line: number;
  private headerPending: boolean;
  private quoted: boolean;
  private readonly newline: string;
  /** Rows of the wrong width that may turn out to be a trailing footer. */
  private pending: { row: string[]; line: number }[] = [];
  /** The free-text column that split fields and continuation lines belong to (-1: none). */
  private readonly textColumn: number;
  /** The file has transactions (dates and amounts): a line with neither continues the one before. */
  private readonly continues: boolean;
  /** The first date column: a row of full width with a date there is no continuation (the fast path). */
  private readonly dateColumn: number;
  /** Delimiter to join the parts of a free-text field split on it. */
  private readonly delimiter: string;

  constructor(
    private readonly format: CsvFormat,
    prepared: Prepared,
  ) {
    this.columns = format.columns.slice();
    this.width = this.columns.length;
    this.errors = prepared.errors.slice();
    this.line = prepared.firstLine;
    this.headerPending = format.headerRowIndex !== null;
    this.quoted = prepared.text.includes(format.quoteChar);
    this.newline = format.lineEnding === '\r' ? '\r' : '\n';
    const types = format.columnTypes;
    this.textColumn = format.textColumn ?? types.lastIndexOf('text');
    // Only into a column the header names as free text (a description, a reference), or any in a file
    // without a header: a line under an invoice list's rows (a report's time stamp, a group's name)
    // added to a customer's name would change who owes the invoice.
    this.continues =
      this.textColumn >= 0 &&
      types.includes('date') &&
      (types.includes('amount') || types.includes('integer')) &&
      (format.headerRowIndex === null || isFreeTextHeader(this.columns[this.textColumn] ?? ''));
    this.delimiter = format.delimiter;
    this.dateColumn = types.indexOf('date');
  }

  /**
   * Joins the parts of the free-text column split on the delimiter, when the cells after it then hold what
   * their columns hold (dates where dates are, amounts where amounts are); otherwise leaves the row wide.
   */
  private joinSplitText(row: string[]): void {
    const col = this.textColumn;
    if (col >= this.width) return;
    const parts = row.length - this.width + 1;
    for (let i = col; i < col + parts; i++) {
      const v = row[i]!;
      if (v !== '' && (dateShape(v) || numberShape(v))) return;
    }
    const joined = [
      ...row.slice(0, col),
      row.slice(col, col + parts).join(`${this.delimiter} `),
      ...row.slice(col + parts),
    ];
    const types = this.format.columnTypes;
    for (let i = col + 1; i < joined.length; i++) {
      const v = joined[i]!;
      if (v === '') continue;
      if (types[i] === 'date' && !dateShape(v) && !isMarkerCell(v)) return;
      if ((types[i] === 'amount' || types[i] === 'integer') && !numberShape(v)) return;
    }
    row.length = 0;
    for (const v of joined) row.push(v);
  }

  /**
   * A line with text only (no date, no amount) inside a statement: the previous transaction's description
   * continued on the next line without quotes. Its text is added to that description.
   */
  private continuation(row: string[]): boolean {
    if (!this.continues || this.rows.length === 0 || this.textColumn >= this.width) return false;
    const parts: string[] = [];
    // A line of the table's width continues the text only in the text's own column (a group's name
    // in the first column of a report is no continuation).
    const wide = row.length === this.width;
    for (let i = 0; i < row.length; i++) {
      const c = row[i]!;
      if (c === '') continue;
      if (dateShape(c) || numberShape(c) || isMarkerCell(c)) return false;
      if (wide && i !== this.textColumn && c.trim() !== '') return false;
      parts.push(c);
    }
    if (parts.length === 0) return false;
    const prev = this.rows[this.rows.length - 1]!;
    const col = this.textColumn;
    prev[col] = prev[col] ? `${prev[col]} ${parts.join(' ')}` : parts.join(' ');
    return true;
  }

  /** A further piece of the file's text, decoded after its head. */
  more(text: string): void {
    if (!this.quoted) this.quoted = text.includes(this.format.quoteChar);
  }

  /** The physical line of the next row. */
  get nextLine(): number {
    return this.line;
  }

  /** The next row read is the blank one a line break already counted makes: it takes no line. */
  breakAhead(): void {
    this.line--;
  }

  /**
   * `whole`: the rows of a piece PapaParse read up to a row's start, and the text they were read from —
   * when it holds no more line breaks than rows, no quoted cell holds one, and none is looked for.
   */
  accept(
    data: string[][],
    papaErrors: Papa.ParseError[],
    whole?: { text: string; from: number; to: number },
  ): void {
    const quoted = this.quoted && !(whole && this.breaksAtMost(whole, data.length));
    let errorsByRow: Map<number, Papa.ParseError[]> | null = null;
    for (const e of papaErrors) {
      if (e.row === undefined || e.row === null) continue;
      errorsByRow ??= new Map();
      const list = errorsByRow.get(e.row) ?? [];
      list.push(e);
      errorsByRow.set(e.row, list);
    }
    for (let k = 0; k < data.length; k++) {
      const width = this.width;
      const row = data[k]!;
      const line = this.line;
      if (quoted) this.line += 1 + this.breaksIn(row);
      else this.line++;
      if (this.headerPending) {
        this.headerPending = false;
        this.setHeader(row);
        continue;
      }
      // Blank line (also the empty record PapaParse yields after a final newline).
      let blank = true;
      let chars = 0;
      for (let i = 0; i < row.length; i++) {
        const c = row[i]!;
        const n = c.length;
        chars += n;
        if (n === 0) continue;
        if (c.charCodeAt(0) <= 32 || c.charCodeAt(n - 1) <= 32) {
          const t = c.trim();
          row[i] = t;
          if (t.length > 0) blank = false;
        } else blank = false;
      }
      if (chars > MAX_ROW_CHARS) throw this.tooLong(row, line);
      if (blank) continue;
      const datev = this.format.datev;
      if (datev) {
        const c = row[datev.dateColumn];
        if (c !== undefined) row[datev.dateColumn] = datevDate(c, datev.year);
      }
      const rowErrors = errorsByRow?.get(k);
      if (rowErrors) {
        this.flushPending();
        for (const e of rowErrors)
          this.errors.push({ line, code: PAPA_CODES[e.code] ?? 'parse-error', params: {} });
        continue;
      }
      if (row.length > width) {
        let extra = true;
        for (let i = width; i < row.length; i++) if (row[i] !== '') extra = false;
        if (extra) row.length = width;
        // A free-text field split on the delimiter (a comma in a description, unquoted): its parts
        // are joined back, so the cells after it are where the header says.
        else if (this.textColumn >= 0 && row.length > width) this.joinSplitText(row);
      }
      if (isSummaryRow(row)) {
        this.skipped.push({ line, reason: 'summary', text: row.filter((c) => c !== '').join(' | ') });
        continue;
      }
      if (this.continues && (row.length !== width || row[this.dateColumn] === '') && this.continuation(row))
        continue;
      if (row.length !== width) {
        let filled = 0;
        for (const c of row) if (c !== '') filled++;
        if (filled <= Math.max(1, Math.floor(width / 2))) this.pending.push({ row, line });
        else {
          this.flushPending();
          this.raggedError(row, line);
        }
        continue;
      }
      if (this.pending.length > 0) this.flushPending();
      this.rows.push(row);
      this.lines.push(line);
    }
  }

  finish(): void {
    for (const p of this.pending)
      this.skipped.push({ line: p.line, reason: 'footer', text: p.row.filter((c) => c !== '').join(' | ') });
    this.pending = [];
    this.errors.sort((a, b) => a.line - b.line);
  }

  /** The refusal of `row`, read from `line`, as longer than a row may be. */
  private tooLong(row: readonly string[], line: number): RowTooLongError {
    let longest = 0;
    for (let i = 1; i < row.length; i++) if (row[i]!.length > row[longest]!.length) longest = i;
    return new RowTooLongError(line, longest + 1, this.columns[longest] ?? `Column ${longest + 1}`);
  }

  /** The refusal of the row `text` holds from `from` on, still not ended. */
  unfinished(text: string, from: number): RowTooLongError {
    const f = this.format;
    const [record] = scanRecords(
      text.slice(from, from + MAX_ROW_CHARS + 1),
      f.delimiter,
      f.quoteChar,
      false,
      1,
    );
    return this.tooLong(record?.fields ?? [''], this.line);
  }

  private flushPending(): void {
    for (const p of this.pending) this.raggedError(p.row, p.line);
    this.pending = [];
  }

  private raggedError(row: string[], line: number): void {
    const width = this.width;
    const few = row.length < width;
    this.errors.push({
      line,
      column: few ? row.length + 1 : width + 1,
      columnName: few ? this.columns[row.length] : undefined,
      code: few ? 'too-few-fields' : 'too-many-fields',
      params: { found: row.length, expected: width },
    });
  }

  /** Whether `text` from `from` to `to` holds at most `n` line breaks. */
  private breaksAtMost({ text, from, to }: { text: string; from: number; to: number }, n: number): boolean {
    const nl = this.newline;
    let k = 0;
    for (let i = text.indexOf(nl, from); i >= 0 && i < to; i = text.indexOf(nl, i + 1))
      if (++k > n) return false;
    return true;
  }

  private breaksIn(row: string[]): number {
    let k = 0;
    const nl = this.newline;
    for (const c of row) {
      if (c.length === 0) continue;
      for (let i = c.indexOf(nl); i >= 0; i = c.indexOf(nl, i + 1)) k++;
    }
    return k;
  }

  private setHeader(row: string[]): void {
    const cells = row.map((c) => c.trim());
    let n = cells.length;
    while (n > 0 && cells[n - 1] === '') n--;
    const known = this.format.columns;
    const sameStart = cells.slice(0, n).every((c, i) => c === '' || c === known[i]);
    const width = sameStart ? Math.max(n, known.length) : n;
    this.columns = Array.from({ length: width }, (_, i) => cells[i] || known[i] || `Column ${i + 1}`);
    this.width = width;
  }
}
