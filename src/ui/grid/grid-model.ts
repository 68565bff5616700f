// Sorting, filtering, search and totals over plain arrays, without the DOM.
// Column values are pulled out once per rows/columns change, lazily per column, into typed arrays:
// a sort then compares numbers (text columns compare precomputed collation ranks), so 100,000 rows
// sort and filter in a few milliseconds and 1,000,000 rows paint without touching every row.

import { parseMoney } from '../../domain/money';
import { currentLocale } from '../../i18n';
import { parseDateText } from '../../domain/date-text';
import type { GridColumn, GridFilter, GridView, SortKey, Totals, CurrencyTotal } from './types';
import { SearchColumn } from './search-column';
import {
  compactKeys,
  countedRows,
  countedSpan,
  countKept,
  emptyOf,
  fewRowsInOrder,
  fitsInt,
  keyAt,
  numericOrder,
  numericOrderSteps,
  orderedRows,
  ranksOf,
  widenKeys,
  EMPTY_INT,
  type NumberKeys,
  type NumericOrder,
} from './numeric-ranks';
import { IdMap } from '../../domain/id-map';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** 'YYYY-MM-DD' (or a longer ISO timestamp) → YYYYMMDD as a number; NaN for anything else. */
export function dateKey(text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return NaN;
  return Number(text.slice(0, 4)) * 10000 + Number(text.slice(5, 7)) * 100 + Number(text.slice(8, 10));
}

/** Reads one bound of a range filter for a column type; null when empty or unreadable. */
export function parseBound(type: GridColumn<unknown>['type'], text: string, digits = 2): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (type === 'money') return parseMoney(t, { digits });
  if (type === 'date') {
    const k = dateKey(t);
    if (!Number.isNaN(k)) return k;
    // Or as the grid shows dates: the interface locale's short date (02/12/2026, 2.12.2026).
    const d = parseDateText(t, currentLocale());
    return d.kind === 'date' ? dateKey(d.iso) : null;
  }
  const n = Number(t.replace(/[\s\u00a0']/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

export function displayOf<R>(col: GridColumn<R>, row: R): string {
  if (col.display) return col.display(row);
  const v = col.value(row);
  return v === null || v === undefined ? '' : String(v);
}

// Locale collation is exact but slow (~2 µs a comparison); past this many distinct values a sort
// key (lower case, accents stripped, digit runs padded so "INV-9" < "INV-10") is compared instead.
const COLLATOR_LIMIT = 20_000;

/** Distinct non-empty strings in ascending order, each with its rank (equal under collation share one). */
function textOrder(values: string[]): [string, number][] {
  let pairs: [string, string][];
  let same: (a: string, b: string) => boolean;
  if (values.length <= COLLATOR_LIMIT) {
    values.sort(collator.compare);
    pairs = values.map((v) => [v, v]);
    same = (a, b) => collator.compare(a, b) === 0;
  } else {
    pairs = values.map((v) => [
      v,
      v
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/\d+/g, (d) => d.padStart(16, '0')),
    ]);
    pairs.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    same = (a, b) => a === b;
  }
  const out: [string, number][] = [];
  let r = -1;
  for (let i = 0; i < pairs.length; i++) {
    if (i === 0 || !same(pairs[i - 1]![1], pairs[i]![1])) r++;
    out.push([pairs[i]![0], r]);
  }
  return out;
}

/** The index of `text` among the column's texts, added when new. */
/** The totals' lines per currency, each made on first use with every column's sum at 0. */
function currencyLines(ids: readonly string[]): {
  byCurrency: Map<string, CurrencyTotal>;
  bucket: (cur: string) => CurrencyTotal;
} {
  const byCurrency = new Map<string, CurrencyTotal>();
  const bucket = (cur: string): CurrencyTotal => {
    let t = byCurrency.get(cur);
    if (!t) {
      t = { currency: cur, count: 0, sums: Object.fromEntries(ids.map((id) => [id, 0])) };
      byCurrency.set(cur, t);
    }
    return t;
  };
  return { byCurrency, bucket };
}

/** Which rows pass a filter: a test per row, or a byte per row (1: passes). */
type RowTest = ((i: number) => boolean) | Uint8Array;

interface Ranks {
  rank: Uint32Array;
  distinct: number;
}

/** Every row index, in row order. */
export function allRows(n: number): Uint32Array {
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return all;
}

interface RowSums {
  first: { codes: Uint16Array; names: string[] };
  /** Rows per currency code of the first money column. */
  counts: number[];
  cols: {
    id: string;
    values: NumberKeys;
    codes: { codes: Uint16Array; names: string[] };
    sums: number[];
    /** Rows with a figure, per currency code. */
    used: number[];
    unknown: number[] | null;
  }[];
}

export class GridModel<R> {
  readonly rows: readonly R[];
  readonly columns: readonly GridColumn<R>[];
  private byId = new Map<string, GridColumn<R>>();
  private numbers = new Map<string, NumberKeys>();
  private strings = new Map<string, string[]>();
  private ranks = new Map<string, Ranks>();
  /** Number, money and date columns: the rows in the column's order, once built. */
  private orders = new Map<string, NumericOrder>();
  /**
   * Number, money and date columns whose keys span few whole numbers (dates, days): sorted by counting
   * at each sort, no order kept (`countedSpan`); null: a column that is not. Built with the keys.
   */
  private spans = new Map<string, { min: number; span: number } | null>();
  private spanOf(id: string): { min: number; span: number } | null {
    let s = this.spans.get(id);
    if (s === undefined) this.spans.set(id, (s = countedSpan(this.numberKeys(id))));
    return s;
  }
  /** Orders being built a step at a time (`warmSorts`), over the column's finished number keys. */
  private building = new Map<string, Generator<void, NumericOrder, void>>();
  private search = new Map<string, SearchColumn>();
  private currencyCodes = new Map<string, { codes: Uint16Array; names: string[] }>();
  private keyIndex: Map<string, number> | null = null;

  constructor(
    rows: readonly R[],
    columns: readonly GridColumn<R>[],
    private rowKey?: (row: R) => string,
  ) {
    this.rows = rows;
    this.columns = columns;
    for (const c of columns) this.byId.set(c.id, c);
  }

  /** The last `changed` list taken in by `patch` (so a list is applied once). */
  private patchedWith: readonly number[] | null = null;

  /**
   * Takes in rows replaced in place at `indices` (same keys, new values): every cached column is
   * updated at those rows only, and a sort order whose values changed is dropped (re-ranked on use).
   */
  patch(changed: readonly number[]): void {
    if (changed === this.patchedWith) return;
    this.patchedWith = changed;
    const indices = [...new Set(changed)];
    this.touched.clear();
    // The kept totals of every row lose the old figures of these rows and take in the new ones.
    const sums = this.allSums;
    if (sums) for (const i of indices) this.addRow(sums, i, -1);
    for (const [id, kept] of this.numbers) {
      const col = this.byId.get(id)!;
      let a = kept;
      for (const i of indices) {
        const x = numberKey(col, this.rows[i]!);
        if (!Object.is(keyAt(a, i), x)) {
          this.ranks.delete(id);
          this.widest.delete(id);
          this.orders.delete(id);
          this.spans.delete(id);
          this.building.delete(id);
          this.touched.add(id);
        }
        if (a instanceof Int32Array && !fitsInt(x)) this.numbers.set(id, (a = widenKeys(a)));
        a[i] = a instanceof Int32Array && x !== x ? EMPTY_INT : x;
      }
    }
    // Keys widened above: the kept sums read the new ones.
    if (sums) for (const c of sums.cols) c.values = this.numbers.get(c.id) ?? c.values;
    // Keys still being built: the rows already done take the new values (no order reads them yet).
    for (const [id, p] of this.partial) {
      const col = this.byId.get(id)!;
      for (const i of indices) if (i < p.next) p.a[i] = numberKey(col, this.rows[i]!);
    }
    for (const [id, a] of this.strings) {
      const col = this.byId.get(id)!;
      for (const i of indices) {
        const v = col.value(this.rows[i]!);
        const s = v === null || v === undefined ? '' : String(v);
        if (a[i] !== s) {
          this.ranks.delete(id);
          this.touched.add(id);
        }
        a[i] = s;
      }
    }
    for (const [id, s] of this.search) {
      const col = this.byId.get(id)!;
      for (const i of indices) {
        if (i >= s.built) continue;
        if (s.set(i, displayOf(col, this.rows[i]!).toLowerCase())) this.touched.add(id);
      }
    }
    for (const [id, c] of this.currencyCodes) {
      const col = this.byId.get(id)!;
      for (const i of indices) {
        const cur = col.currency ? col.currency(this.rows[i]!) : '';
        let k = c.names.indexOf(cur);
        if (k < 0) k = c.names.push(cur) - 1;
        c.codes[i] = k;
      }
    }
    if (sums) for (const i of indices) this.addRow(sums, i, 1);
  }

  /**
   * Per currency code, the sums of every money column over all rows, kept from the first totals of
   * the whole grid and patched with each edit: an edit of a million-row grid shows its new totals
   * without a pass over the million rows.
   */
  private allSums: RowSums | null = null;

  private addRow(s: RowSums, i: number, sign: 1 | -1): void {
    s.counts[s.first.codes[i]!] = (s.counts[s.first.codes[i]!] ?? 0) + sign;
    for (const col of s.cols) {
      const x = col.values[i]!;
      const c = col.codes.codes[i]!;
      if (x === x && x !== emptyOf(col.values)) {
        col.sums[c] = (col.sums[c] ?? 0) + sign * x;
        col.used[c] = (col.used[c] ?? 0) + sign;
      } else if (col.unknown) col.unknown[c] = (col.unknown[c] ?? 0) + sign;
    }
  }

  private rowSums(ids: readonly string[]): RowSums {
    const cols = ids.map((id) => ({
      id,
      values: this.numberKeys(id),
      codes: this.currencies(id),
      sums: [] as number[],
      used: [] as number[],
      unknown: this.byId.get(id)!.unknownWhenEmpty ? ([] as number[]) : null,
    }));
    const s: RowSums = { first: this.currencies(ids[0]!), counts: [], cols };
    for (let i = 0; i < this.rows.length; i++) this.addRow(s, i, 1);
    return s;
  }

  /** `totals` of every row, from the kept sums (built on first use). */
  private allTotals(ids: readonly string[]): Totals {
    if (!this.allSums || this.allSums.cols.map((c) => c.id).join() !== ids.join())
      this.allSums = this.rowSums(ids);
    const { byCurrency, bucket } = currencyLines(ids);
    const s = this.allSums;
    s.first.names.forEach((cur, c) => {
      if (s.counts[c]) bucket(cur).count = s.counts[c]!;
    });
    for (const col of s.cols)
      col.codes.names.forEach((cur, c) => {
        if (col.used[c]) bucket(cur).sums[col.id] = col.sums[c]!;
        if (col.unknown?.[c]) {
          const b = bucket(cur);
          b.unknown = { ...b.unknown, [col.id]: col.unknown[c]! };
        }
      });
    const currencies = [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
    return { count: this.rows.length, currencies };
  }

  /** True when `totals(idx)` is a look-up: every row is shown and their sums are kept. */
  totalsKept(idx: ArrayLike<number>): boolean {
    return idx.length === this.rows.length && this.allSums !== null;
  }

  /** The totals of every row when their sums are kept (after a first `totals` of every row), else null. */
  keptTotals(): Totals | null {
    return this.allSums ? this.allTotals(this.moneyIds()) : null;
  }

  /**
   * The row with the widest figure (largest magnitude) of a money or number column, or -1. Only from
   * the column's number keys once built, unless `build` (a small grid: building them is quick).
   */
  widestRow(id: string, build: boolean): number {
    const type = this.byId.get(id)?.type;
    if (type !== 'money' && type !== 'number') return -1;
    if (!build && !this.numbers.has(id)) return -1;
    const known = this.widest.get(id);
    if (known !== undefined) return known;
    const a = this.numberKeys(id);
    const empty = emptyOf(a);
    let best = -1;
    let bestAbs = -1;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const abs = x === empty ? -1 : Math.abs(x); // NaN (empty) is never larger
      if (abs > bestAbs) {
        bestAbs = abs;
        best = i;
      }
    }
    this.widest.set(id, best);
    return best;
  }
  /** `widestRow` per column, until a patch changes one of its values. */
  private widest = new Map<string, number>();

  private moneyIds(): string[] {
    return this.columns.filter((c) => c.type === 'money').map((c) => c.id);
  }

  /** Columns whose values the last `patch` changed (in the values kept for sorting, filters, search). */
  private touched = new Set<string>();

  /**
   * Whether the last patch can change what `query` returns for this view: a value changed in a column
   * it sorts, filters or searches by. If not, the rows keep their places (their values are new).
   */
  queryTouched(
    view: Pick<GridView, 'sort' | 'filters' | 'search'>,
    searchColumns: readonly string[],
  ): boolean {
    if (view.sort.some((s) => this.touched.has(s.col))) return true;
    if (Object.keys(view.filters).some((id) => this.touched.has(id))) return true;
    return view.search.trim() !== '' && searchColumns.some((id) => this.touched.has(id));
  }

  column(id: string): GridColumn<R> | undefined {
    return this.byId.get(id);
  }

  /** Numeric key per row for money/number/date columns (NaN = empty). */
  numberKeys(id: string): NumberKeys {
    const done = this.numbers.get(id);
    if (done) return done;
    const col = this.byId.get(id)!;
    const n = this.rows.length;
    const p = this.partial.get(id) ?? { a: new Float64Array(n), next: 0 };
    for (let i = p.next; i < n; i++) p.a[i] = numberKey(col, this.rows[i]!);
    this.partial.delete(id);
    const keys = compactKeys(p.a);
    this.numbers.set(id, keys);
    return keys;
  }

  /** Number keys being built a slice at a time (`warmTotals`): rows below `next` are done. */
  private partial = new Map<string, { a: Float64Array; next: number }>();

  /**
   * Builds the figures the totals add up, a slice of rows at a time while `timeLeft()` is positive
   * (a million rows' interest and claims take seconds: the page stays responsive meanwhile). True when
   * every money column is built and `totals` of all rows is a quick sum.
   */
  warmTotals(timeLeft: () => number): boolean {
    for (const id of this.moneyIds()) if (!this.warmKeys(id, timeLeft)) return false;
    return true;
  }

  /** Builds a column's number keys a slice of rows at a time while there is time; true once built. */
  private warmKeys(id: string, timeLeft: () => number): boolean {
    if (this.numbers.has(id)) return true;
    const n = this.rows.length;
    const col = this.byId.get(id)!;
    let p = this.partial.get(id);
    if (!p) this.partial.set(id, (p = { a: new Float64Array(n), next: 0 }));
    while (p.next < n) {
      if (timeLeft() <= 0) return false;
      const end = Math.min(n, p.next + 1_000);
      for (let i = p.next; i < end; i++) p.a[i] = numberKey(col, this.rows[i]!);
      p.next = end;
    }
    this.numberKeys(id);
    return true;
  }

  /**
   * Builds the order of every money, number and date column (their keys first), a step at a time while
   * there is time; true once all are built. Run in idle time after load, so the first sort by such a
   * column of a million rows is a copy of its order instead of a sort.
   */
  warmSorts(ids: readonly string[], timeLeft: () => number): boolean {
    for (const id of ids) {
      const type = this.byId.get(id)?.type;
      if (type !== 'money' && type !== 'number' && type !== 'date') continue;
      if (this.orders.has(id)) continue;
      if (!this.warmKeys(id, timeLeft)) return false;
      if (this.spanOf(id)) continue; // sorted by counting: nothing to keep
      let steps = this.building.get(id);
      if (!steps) this.building.set(id, (steps = numericOrderSteps(this.numberKeys(id))));
      for (;;) {
        if (timeLeft() <= 0) return false;
        const r = steps.next();
        if (r.done) {
          this.building.delete(id);
          this.orders.set(id, r.value);
          break;
        }
      }
    }
    return true;
  }

  /** A number, money or date column's order (built now, or the rest of a build under way). */
  private numberOrder(id: string): NumericOrder {
    let order = this.orders.get(id);
    if (order) return order;
    const steps = this.building.get(id);
    if (steps) {
      for (let r = steps.next(); ; r = steps.next())
        if (r.done) {
          order = r.value;
          break;
        }
      this.building.delete(id);
    } else order = numericOrder(this.numberKeys(id));
    this.orders.set(id, order);
    return order;
  }

  /** Raw value as a string per row, for text/choice columns. */
  stringKeys(id: string): string[] {
    let a = this.strings.get(id);
    if (a) return a;
    const col = this.byId.get(id)!;
    a = this.rows.map((r) => {
      const v = col.value(r);
      return v === null || v === undefined ? '' : String(v);
    });
    this.strings.set(id, a);
    return a;
  }

  /**
   * Dense ascending rank per row (equal values share a rank; empty cells get `distinct`, the last).
   * Distinct values are ordered once per column; every later sort is a linear counting sort.
   */
  private sortRanks(id: string): Ranks {
    let r = this.ranks.get(id);
    if (r) return r;
    const col = this.byId.get(id)!;
    const rank = new Uint32Array(this.rows.length);
    let distinct: number;
    if (col.type === 'text' || col.type === 'choice') {
      const s = this.stringKeys(id);
      const values = [...new Set(s)].filter((v) => v !== '');
      const ordered = textOrder(values);
      const at = new Map<string, number>();
      ordered.forEach(([v, k]) => at.set(v, k));
      distinct = ordered.length === 0 ? 0 : ordered[ordered.length - 1]![1] + 1;
      for (let i = 0; i < s.length; i++) rank[i] = s[i] === '' ? distinct : at.get(s[i]!)!;
    } else {
      const order = this.numberOrder(id);
      r = { rank: ranksOf(order, this.rows.length), distinct: order.distinct };
      this.ranks.set(id, r);
      return r;
    }
    r = { rank, distinct };
    this.ranks.set(id, r);
    return r;
  }

  /** The column's search text built up to row `until` (all rows by default). */
  private searchColumn(id: string, until = this.rows.length): SearchColumn {
    let s = this.search.get(id);
    if (!s) this.search.set(id, (s = new SearchColumn(this.rows.length)));
    const col = this.byId.get(id)!;
    while (s.built < until) s.add(displayOf(col, this.rows[s.built]!).toLowerCase());
    return s;
  }

  /**
   * Builds the search text of these columns, a slice of rows at a time, while `timeLeft()` (ms) says
   * there is time; true once every one is built. Run from idle callbacks after load, so the first search
   * or text filter only tests texts instead of formatting every row.
   */
  warmSearch(ids: readonly string[], timeLeft: () => number): boolean {
    const n = this.rows.length;
    for (const id of ids) {
      if (!this.byId.has(id)) continue;
      let built = this.search.get(id)?.built ?? 0;
      while (built < n) {
        if (timeLeft() <= 0) return false;
        built = this.searchColumn(id, Math.min(n, built + 2_000)).built;
      }
    }
    return true;
  }

  /** The columns whose search text a query reads: the searched ones when it searches, and its text filters'. */
  searchedColumns(view: Pick<GridView, 'filters' | 'search'>, searchColumns: readonly string[]): string[] {
    const out = new Set<string>();
    if (view.search.trim() !== '') for (const id of searchColumns) if (this.byId.has(id)) out.add(id);
    for (const [id, f] of Object.entries(view.filters))
      if (f.kind === 'text' && f.text.trim() !== '' && this.byId.has(id)) out.add(id);
    return [...out];
  }

  /** Those of these columns whose search text is not built for every row yet. */
  textsPending(ids: readonly string[]): string[] {
    const n = this.rows.length;
    return ids.filter((id) => (this.search.get(id)?.built ?? 0) < n);
  }

  /** The share (0 to 1) of these columns' rows whose search text is built. */
  textsBuiltShare(ids: readonly string[]): number {
    const n = this.rows.length;
    if (n === 0 || ids.length === 0) return 1;
    let built = 0;
    for (const id of ids) built += this.search.get(id)?.built ?? 0;
    return built / (n * ids.length);
  }

  /** Marks the rows whose display text in any of these columns contains `needle` (lower case). */
  private matching(ids: readonly string[], needle: string): Uint8Array {
    const match = this.marks(this.marksTaken++);
    for (const id of ids) this.searchColumn(id).mark(needle, match);
    return match;
  }

  /**
   * A query's marks: a byte a row, zeroed, kept for the next query (`marksTaken` from 0 each query).
   * A million rows' megabyte made new at every keystroke brought a full garbage collection into the
   * frame of a first filter now and then (22 ms of its 72).
   */
  private marks(k: number): Uint8Array {
    const n = this.rows.length;
    let m = this.markBuffers[k];
    if (m?.length === n) m.fill(0);
    else this.markBuffers[k] = m = new Uint8Array(n);
    return m;
  }
  private markBuffers: Uint8Array[] = [];
  private marksTaken = 0;

  private currencies(id: string): { codes: Uint16Array; names: string[] } {
    let c = this.currencyCodes.get(id);
    if (c) return c;
    const col = this.byId.get(id)!;
    const names: string[] = [];
    const seen = new Map<string, number>();
    const codes = new Uint16Array(this.rows.length);
    for (let i = 0; i < this.rows.length; i++) {
      const cur = col.currency ? col.currency(this.rows[i]!) : '';
      let k = seen.get(cur);
      if (k === undefined) {
        k = names.push(cur) - 1;
        seen.set(cur, k);
      }
      codes[i] = k;
    }
    c = { codes, names };
    this.currencyCodes.set(id, c);
    return c;
  }

  /** The distinct raw values of a column (for choice filters without declared choices). */
  distinctValues(id: string): string[] {
    return [...new Set(this.stringKeys(id))].filter((v) => v !== '').sort(collator.compare);
  }

  /** Index of the row with this key, or -1. The key map is built on first use. */
  indexOfKey(key: string): number {
    if (!this.rowKey) return -1;
    if (!this.keyIndex) {
      this.keyIndex = new IdMap();
      for (let i = 0; i < this.rows.length; i++) this.keyIndex.set(this.rowKey(this.rows[i]!), i);
    }
    return this.keyIndex.get(key) ?? -1;
  }

  /** Row indices passing the view's filters and search, in the view's sort order. */
  query(view: Pick<GridView, 'sort' | 'filters' | 'search'>, searchColumns: readonly string[]): Uint32Array {
    const n = this.rows.length;
    const tests: RowTest[] = [];
    this.marksTaken = 0;
    for (const [id, f] of Object.entries(view.filters)) {
      const t = this.filterTest(id, f);
      if (t) tests.push(t);
    }
    const needle = view.search.trim().toLowerCase();
    if (needle !== '') {
      const match = this.matching(
        searchColumns.filter((id) => this.byId.has(id)),
        needle,
      );
      tests.push(match);
    }
    // Each test narrows the rows the ones before kept, in a loop of its own (one test a loop, a marked
    // row a byte: a million rows filter in a few milliseconds a test).
    // The first test's rows go to an array of their own size when it says how many it keeps: a million
    // rows' 4 MB of room for a few thousand kept, every keystroke, brought the page's memory to a full
    // garbage collection (~60 ms at a million) now and then.
    let idx: Uint32Array | null = null;
    for (const t of tests) {
      const from: Uint32Array | null = idx;
      const out: Uint32Array = from ?? new Uint32Array(t instanceof Uint8Array ? countKept(t) : n);
      let k = 0;
      if (t instanceof Uint8Array) {
        if (from) {
          for (let j = 0; j < from.length; j++) if (t[from[j]!] === 1) out[k++] = from[j]!;
        } else for (let i = 0; i < n; i++) if (t[i] === 1) out[k++] = i;
      } else if (from) {
        for (let j = 0; j < from.length; j++) if (t(from[j]!)) out[k++] = from[j]!;
      } else for (let i = 0; i < n; i++) if (t(i)) out[k++] = i;
      idx = out.subarray(0, k);
    }
    const rows = idx && (idx.length === idx.buffer.byteLength >> 2 ? idx : idx.slice());
    // One test's marks are the rows kept: the sort reads them instead of marking the rows again.
    const marks = tests.length === 1 && tests[0] instanceof Uint8Array ? tests[0] : undefined;
    const sorted = this.sortIndices(rows, view.sort, marks);
    this.lastQuery = rows && sorted !== rows ? { sorted, rows } : null;
    return sorted;
  }

  /** The last query's rows in the view's order and in row order (what `totals` sums them in). */
  private lastQuery: { sorted: Uint32Array; rows: Uint32Array } | null = null;

  private filterTest(id: string, f: GridFilter): RowTest | null {
    const col = this.byId.get(id);
    if (!col) return null;
    if (f.kind === 'text') {
      const needle = f.text.trim().toLowerCase();
      if (needle === '') return null;
      return this.matching([id], needle);
    }
    if (f.kind === 'choice') {
      if (f.values.length === 0) return null;
      const set = new Set(f.values);
      const a = this.stringKeys(id);
      return (i) => set.has(a[i]!);
    }
    if (col.type === 'text' || col.type === 'choice') return null;
    const min = parseBound(col.type, f.min, col.digits);
    const max = parseBound(col.type, f.max, col.digits);
    if (min === null && max === null) return null;
    const a = this.numberKeys(id);
    const empty = emptyOf(a);
    const lo = min ?? -Infinity;
    const hi = max ?? Infinity;
    // NaN (empty) fails both: empty cells drop out of a range.
    return (i) => a[i]! >= lo && a[i]! <= hi && a[i] !== empty;
  }

  /**
   * Stable multi-key sort of `rows` (in row order; null: every row): one stable counting sort per key,
   * last key first, so rows equal on every key keep their row order. Empty values go last whatever the
   * direction.
   */
  sortIndices(rows: Uint32Array | null, sort: readonly SortKey[], marks?: Uint8Array): Uint32Array {
    const keys = sort.filter((s) => this.byId.has(s.col));
    // By one number column: read the rows off the column's own order (`idx` in row order, as `query`
    // gives it: equal values keep that order).
    const type = keys.length === 1 ? this.byId.get(keys[0]!.col)!.type : null;
    if (type === 'money' || type === 'number' || type === 'date') {
      const desc = keys[0]!.dir === 'desc';
      const span = this.orders.has(keys[0]!.col) ? null : this.spanOf(keys[0]!.col);
      if (span) return countedRows(this.numberKeys(keys[0]!.col) as Int32Array, span, desc, rows);
      const a = this.numberKeys(keys[0]!.col);
      // A few rows (a filter's): sorted by their own keys, not picked out of the whole column's order.
      if (rows && a instanceof Int32Array && rows.length * 8 <= a.length && rows.length < 2_097_152)
        return fewRowsInOrder(a, rows, desc);
      const order = this.numberOrder(keys[0]!.col);
      if (!rows) return orderedRows(order, desc);
      let keep = marks;
      if (!keep) {
        keep = new Uint8Array(this.rows.length);
        for (let j = 0; j < rows.length; j++) keep[rows[j]!] = 1;
      }
      return orderedRows(order, desc, keep, rows.length);
    }
    let out = rows ?? allRows(this.rows.length);
    for (let k = keys.length - 1; k >= 0; k--) {
      const { rank, distinct } = this.sortRanks(keys[k]!.col);
      // Stable: one counting pass by the column's ranks (`distinct`: empty, last either way).
      out = countedRows(rank, { min: 0, span: distinct }, keys[k]!.dir === 'desc', out, distinct);
    }
    return out;
  }

  /**
   * Row count and, per currency, the sum of every money column over the given rows, with the count of
   * rows whose figure is unknown beside it (never read as zero).
   */
  totals(idx: ArrayLike<number>, moneyColumns?: readonly string[]): Totals {
    const ids = (moneyColumns ?? this.moneyIds()).filter((id) => this.byId.get(id)?.type === 'money');
    // Every row (in any order): the kept sums, patched by edits instead of summed again.
    if (!moneyColumns && ids.length > 0 && idx.length === this.rows.length) return this.allTotals(ids);
    const { byCurrency, bucket } = currencyLines(ids);
    const count = idx.length;
    idx = idx === this.lastQuery?.sorted ? this.lastQuery.rows : inRowOrder(idx, this.rows.length);
    if (ids.length > 0) {
      // Rows are counted per currency of the first money column.
      const first = this.currencies(ids[0]!);
      const counts = new Float64Array(first.names.length);
      for (let j = 0; j < idx.length; j++) counts[first.codes[idx[j]!]!]!++;
      first.names.forEach((cur, c) => {
        if (counts[c]) bucket(cur).count = counts[c]!;
      });
      for (const id of ids) {
        const v = this.numberKeys(id);
        const empty = emptyOf(v);
        const { codes, names } = this.currencies(id);
        const sums = new Float64Array(names.length);
        const used = new Uint8Array(names.length);
        const unknown = this.byId.get(id)!.unknownWhenEmpty ? new Float64Array(names.length) : null;
        for (let j = 0; j < idx.length; j++) {
          const i = idx[j]!;
          const x = v[i]!;
          const c = codes[i]!;
          if (x === x && x !== empty) {
            sums[c] = sums[c]! + x;
            used[c] = 1;
          } else if (unknown) unknown[c]!++;
        }
        names.forEach((cur, c) => {
          if (used[c]) bucket(cur).sums[id] = sums[c]!;
          if (unknown?.[c]) {
            const b = bucket(cur);
            b.unknown = { ...b.unknown, [id]: unknown[c]! };
          }
        });
      }
    }
    const currencies = [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
    return { count, currencies };
  }
}

/**
 * The same rows in their order in memory. Summed in the grid's order (sorted by amount, then filtered),
 * 50,000 of a million rows' figures were read from all over their columns, a cache miss a figure: half
 * of a filter's time. Marked, then read back in row order, they cost ~2 ms.
 */
function inRowOrder(idx: ArrayLike<number>, n: number): ArrayLike<number> {
  if (idx.length < 4096) return idx;
  let ascending = true;
  for (let j = 1; j < idx.length && ascending; j++) ascending = idx[j - 1]! < idx[j]!;
  if (ascending) return idx;
  const mark = new Uint8Array(n);
  for (let j = 0; j < idx.length; j++) mark[idx[j]!] = 1;
  const out = new Uint32Array(idx.length);
  let k = 0;
  for (let i = 0; i < n; i++) if (mark[i]) out[k++] = i;
  return out;
}

/**
 * Reads the one-box range filter: `10..500`, `10..`, `..500`, `>=10`, `<=500` (`>`/`<` read as
 * inclusive too), or a single value meaning exactly it. Dates and negative numbers keep their `-`.
 */
export function parseRangeText(text: string): { min: string; max: string } {
  const t = text.trim();
  const dots = t.indexOf('..');
  if (dots >= 0) return { min: t.slice(0, dots).trim(), max: t.slice(dots + 2).trim() };
  const m = /^(>=?|≥|<=?|≤)\s*(.*)$/.exec(t);
  if (m) return m[1]!.startsWith('>') || m[1] === '≥' ? { min: m[2]!, max: '' } : { min: '', max: m[2]! };
  return { min: t, max: t };
}

export function formatRangeText(min: string, max: string): string {
  if (min === '' && max === '') return '';
  if (min === max) return min;
  return `${min}..${max}`;
}

/** A row's value in a money, number or date column as a number to sort and sum (NaN: empty). */
function numberKey<R>(col: GridColumn<R>, row: R): number {
  const v = col.value(row);
  if (v === null || v === undefined || v === '') return NaN;
  if (col.type === 'date') return dateKey(String(v));
  return typeof v === 'number' ? v : Number(v);
}
