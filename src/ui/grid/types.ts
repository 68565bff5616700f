// The grid's public contract: column descriptions, the persisted view, and the callbacks a page gives.

export type ColumnType = 'text' | 'money' | 'date' | 'number' | 'choice';
export type CellValue = string | number | null | undefined;

export interface GridColumn<R> {
  /** Stable id: used in `data-col`, the saved view and the URL. Letters, digits, `_`, `-`, `.` only. */
  id: string;
  title: string;
  type: ColumnType;
  /** Raw value for sort, filter and totals: money = integer minor units, date = 'YYYY-MM-DD'. */
  value: (row: R) => CellValue;
  /** Text shown in the cell (default `String(value ?? '')`). Keep it cheap: cache Intl formatters. */
  display?: (row: R) => string;
  /** Money columns: the row's currency; totals are kept per currency. */
  currency?: (row: R) => string;
  /**
   * Money columns: an empty value is a figure that cannot be computed (e.g. interest over a missing
   * reference rate, shown as "—"), not a blank: the totals count those rows beside the sum.
   */
  unknownWhenEmpty?: boolean;
  /** Money columns: minor-unit digits used to read the range filter (default 2). */
  digits?: number;
  /**
   * Text put in the editor and copied with Ctrl+C (default `display`). Should round-trip through paste.
   * Date columns leave it out: the editor opens with the date as shown (the locale's short date), and
   * the commands read typed dates in the same locale order, so an unchanged date writes nothing.
   */
  editText?: (row: R) => string;
  /** Derived columns are read-only (default false). */
  editable?: boolean | ((row: R) => boolean);
  /** Options of 'choice' columns (filter and editor); the filter falls back to the values present. */
  choices?: string[];
  /**
   * Choice columns whose values are words of the interface language: the code of each choice (same
   * order as `choices`). The URL names filtered values by code, so a bookmark works in every language.
   */
  codes?: readonly string[];
  /** Initial width in px (default by type); the user's resize is kept in the view. */
  width?: number;
  align?: 'left' | 'right';
  /** Hidden until the user shows it from the columns menu. */
  hidden?: boolean;
  /** Client-side check before commit; `row` is null on the new-row line. Returns a message or null. */
  validate?: (text: string, row: R | null) => string | null;
}

export type GridFilter =
  | { kind: 'text'; text: string }
  /** Bounds as the user typed them (inclusive); an empty or unreadable bound is open. */
  | { kind: 'range'; min: string; max: string }
  | { kind: 'choice'; values: string[] };

export interface SortKey {
  col: string;
  dir: 'asc' | 'desc';
}

export interface GridView {
  sort: SortKey[];
  filters: Record<string, GridFilter>;
  search: string;
  /** Column ids in display order; unknown ids are ignored and new columns are appended. */
  order: string[];
  widths: Record<string, number>;
  /** Ids of hidden columns (the user's choice; overrides `column.hidden`). */
  hidden: string[];
}

export interface CellEdit {
  key: string;
  columnId: string;
  text: string;
}
/** How a grid write is made: `atomic`, all of it or nothing; `dryRun`, only checked, nothing written. */
export interface WriteOptions {
  atomic?: boolean;
  dryRun?: boolean;
}
export interface CellError {
  key: string;
  columnId: string;
  message: string;
}
export interface InsertError {
  /** Index into the array of records passed to `onInsert`. */
  row: number;
  columnId: string;
  message: string;
}

export interface CurrencyTotal {
  currency: string;
  count: number;
  /** Sum of each money column, in minor units, keyed by column id. */
  sums: Record<string, number>;
  /** Rows left out of a sum because their figure is unknown (`unknownWhenEmpty`), by column id. */
  unknown?: Record<string, number>;
}
export interface Totals {
  count: number;
  currencies: CurrencyTotal[];
}
