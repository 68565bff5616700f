// Types shared by the CSV reader, the sniffer, the mapping suggester and the writer.

export type CsvEncoding =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1252'
  | 'iso-8859-1'
  | 'iso-8859-2'
  /** Central European Windows (what Excel saves in Romania, Poland, Czechia, Hungary). */
  | 'windows-1250';
export type CsvDelimiter = ',' | ';' | '\t' | '|';
export type DecimalSeparator = '.' | ',';
export type LineEnding = '\n' | '\r\n' | '\r';

/** What a column holds, judged from its values in the sample. */
export type ColumnType = 'empty' | 'date' | 'amount' | 'integer' | 'currency' | 'email' | 'iban' | 'text';

/** Everything the sniffer found out about a file; `readTable` needs nothing else. Plain data (structured-cloneable). */
export interface CsvFormat {
  encoding: CsvEncoding;
  /** The file starts with a byte-order mark (it is skipped when reading). */
  hasBom: boolean;
  delimiter: CsvDelimiter;
  quoteChar: '"' | "'";
  lineEnding: LineEnding;
  decimalSeparator: DecimalSeparator;
  /** Grouping mark seen in amounts ('.', ',', ' ', '\u00a0', "'"), or null when no amount is grouped. */
  thousandsSeparator: string | null;
  /**
   * Lower-case tokens with the file's own separator: 'dd/mm/yyyy', 'mm/dd/yyyy', 'dd.mm.yy', 'yyyy-mm-dd',
   * 'dd-mmm-yyyy' (month names)... `dd`/`mm` also accept one digit. Null when no column holds dates.
   */
  dateFormat: string | null;
  /** Every date value fits both day-first and month-first: `dateFormat` is a guess the user must confirm. */
  dateAmbiguous: boolean;
  /** 0-based physical line of the header row, or null when the file has no header row. */
  headerRowIndex: number | null;
  /** Physical lines before the header (or before the first data row when there is no header). */
  preambleRows: number;
  /** The preamble's text, one entry per line (account details, export banners). */
  preamble: string[];
  /** Header cells (trailing empty header cells dropped); 'Column 1'... when the file has no header. */
  columns: string[];
  /** What each column holds, judged from the sample. */
  columnTypes: ColumnType[];
  /**
   * The free-text column (the text column with the longest values: a description, a purpose): where a
   * field split on the delimiter or a continuation line belongs. Absent or null: none.
   */
  textColumn?: number | null;
  /** A DATEV Buchungsstapel: its Belegdatum column (DDMM) is read as a date of `year`. */
  datev?: { year: number; dateColumn: number } | null;
  /** Data rows after the header: blank lines and total/summary/balance lines excluded. */
  dataRowCount: number;
  /** False when the file is larger than the sniffed sample and `dataRowCount` is an estimate. */
  dataRowCountExact: boolean;
  /** Summary/total/balance and trailing footer lines seen in the sample (not counted as data). */
  footerRows: number;
  /** Remarks on guesses, conflicts and fallbacks, as codes (words in src/i18n/reasons/csv.ts). */
  notes: CsvNote[];
}

/**
 * What is wrong with a row, as a code and the values its text needs (words in
 * `src/i18n/reasons/csv.ts`; `rowErrorReason` adds the file for the screen). `field`: the mapped
 * field the value was read for.
 */
export type RowProblem =
  | { code: 'too-few-fields'; params: { found: number; expected: number } }
  | { code: 'too-many-fields'; params: { found: number; expected: number } }
  | { code: 'unterminated-quote'; params: Record<string, never> }
  | { code: 'invalid-quotes'; params: Record<string, never> }
  | { code: 'parse-error'; params: Record<string, never> }
  | { code: 'bad-encoding'; params: { encoding: CsvEncoding } }
  | {
      code: 'unparseable-amount';
      params: { value: string; field: string | null; decimalSeparator: DecimalSeparator };
    }
  | { code: 'unparseable-date'; params: { value: string; field: string | null; format: string | null } }
  /** A date of the file's format whose day its month does not have (31/02/2026): `days` it has. */
  | {
      code: 'impossible-date';
      params: { value: string; field: string | null; year: number; month: number; days: number };
    }
  /** A date too far back or ahead to be meant (9999-12-31): those from `earliest` to `latest` are read. */
  | {
      code: 'date-out-of-range';
      params: { value: string; field: string | null; earliest: string; latest: string };
    }
  | { code: 'missing-field'; params: { field: string } }
  /** No column is mapped to a field every row needs. */
  | { code: 'unmapped-field'; params: { field: string } }
  | { code: 'unknown-currency'; params: { value: string } }
  | { code: 'unparseable-terms'; params: { value: string } }
  | { code: 'due-before-issue'; params: { due: string; issue: string } }
  | { code: 'duplicate-number'; params: { number: string; firstLine: number } }
  | { code: 'unknown-invoice'; params: { number: string } };

/** What the sniffer guessed or could not settle, for the user to check. */
export type CsvNote =
  | { code: 'csv.note.utf16-without-bom'; params: { encoding: CsvEncoding } }
  | { code: 'csv.note.ascii-only' }
  | {
      code: 'csv.note.latin2-likelier';
      params: { latin2: number; western: number; encoding?: 'iso-8859-2' | 'windows-1250' };
    }
  | { code: 'csv.note.western'; params: { latin2Equal: boolean } }
  | { code: 'csv.note.one-column' }
  | { code: 'csv.note.no-header' }
  | { code: 'csv.note.decimal-assumed'; params: { decimal: DecimalSeparator } }
  | { code: 'csv.note.decimal-mixed'; params: { dots: number; commas: number } }
  | { code: 'csv.note.date-formats'; params: { count: number } }
  | {
      code: 'csv.note.date-conflict';
      params: { dayFirst: number; monthFirst: number; chosen: 'day' | 'month' };
    }
  /**
   * `because`: why month first was assumed — the file's dollar amounts, a US bank's columns, a US
   * address, a date written "March 5, 2026".
   */
  | {
      code: 'csv.note.date-ambiguous';
      params: { chosen: 'day' | 'month'; because?: 'us-dollar' | 'us-bank' | 'us-address' | 'us-month-name' };
    }
  | { code: 'csv.note.sampled'; params: { bytes: number } };

export type RowErrorCode = RowProblem['code'];

/** A problem and where it is: 1-based physical line (a quoted newline starts a new one), 1-based column. */
export type RowError = RowProblem & {
  line: number;
  column?: number;
  columnName?: string;
};

/** A line that was read but is no data: a summary/total/balance line or a trailing footer. */
export interface SkippedLine {
  line: number;
  reason: 'summary' | 'footer';
  text: string;
}

export interface CsvTable {
  columns: string[];
  rows: string[][];
  errors: RowError[];
  /** 1-based physical line of each row in `rows` (same index). */
  lines: number[];
  /** Summary and footer lines left out of `rows` (blank lines are left out silently). */
  skipped: SkippedLine[];
}
