// The longest row the reader takes. A spreadsheet holds at most 32,767 characters in a cell; an export
// with millions in one is a broken or hostile file, and a row of it is refused, naming its line and the
// column that holds most of it, before anything is converted or written. Anything shorter is read whole:
// the sniffer reads on past such rows (sniff.ts), so a long cell never leaves the columns judged by the
// header alone.

/** Characters (UTF-16 code units) a row may hold: 8 Mi, some 8 MB of text. */
export const MAX_ROW_CHARS = 8 * 1024 * 1024;

/** The refusal as a reason code (words in src/i18n/reasons/storage.ts), for the page. */
export interface RowTooLong {
  code: 'file.row-too-long';
  params: { line: number; column: number; columnName: string; limit: number };
}

/** A row over `MAX_ROW_CHARS`: where it starts, and which column holds most of it. */
export class RowTooLongError extends Error {
  constructor(
    /** 1-based physical line where the row starts. */
    readonly line: number,
    /** 1-based column of its longest value. */
    readonly column: number,
    /** That column's name (the header's, or "Column n"). */
    readonly columnName: string,
  ) {
    super(
      `line ${line} holds more than ${MAX_ROW_CHARS} characters, most of them in column ${column} (${columnName})`,
    );
    this.name = 'RowTooLongError';
  }

  get reason(): RowTooLong {
    const { line, column, columnName } = this;
    return { code: 'file.row-too-long', params: { line, column, columnName, limit: MAX_ROW_CHARS } };
  }
}
