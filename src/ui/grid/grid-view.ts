// The user's view of a grid (sort, filters, search, column order/widths/visibility): pure updates,
// a URL query-string form for bookmarks, and localStorage persistence keyed by the grid's viewId.

import type { GridColumn, GridFilter, GridView, SortKey } from './types';

export const STORAGE_PREFIX = 'overdue.grid.';

export function emptyView(): GridView {
  return { sort: [], filters: {}, search: '', order: [], widths: {}, hidden: [] };
}

const DEFAULT_WIDTH: Record<GridColumn<unknown>['type'], number> = {
  text: 180,
  money: 120,
  date: 110,
  number: 90,
  choice: 120,
};
export const MIN_WIDTH = 40;

export function columnWidth<R>(col: GridColumn<R>, view: GridView): number {
  return Math.max(MIN_WIDTH, view.widths[col.id] ?? col.width ?? DEFAULT_WIDTH[col.type]);
}

/** All columns in the view's order (unknown ids dropped, new columns appended in declared order). */
export function orderedColumns<R>(columns: readonly GridColumn<R>[], view: GridView): GridColumn<R>[] {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const out: GridColumn<R>[] = [];
  for (const id of view.order) {
    const c = byId.get(id);
    if (c) {
      out.push(c);
      byId.delete(id);
    }
  }
  for (const c of columns) if (byId.has(c.id)) out.push(c);
  return out;
}

export function isHidden<R>(col: GridColumn<R>, view: GridView): boolean {
  return view.hidden.includes(col.id) || (col.hidden === true && !view.hidden.includes(`!${col.id}`));
}

/** The columns shown, in order. */
export function visibleColumns<R>(columns: readonly GridColumn<R>[], view: GridView): GridColumn<R>[] {
  return orderedColumns(columns, view).filter((c) => !isHidden(c, view));
}

/** Hides or shows a column. A column hidden by default is shown with a `!id` entry. */
export function setHidden<R>(view: GridView, col: GridColumn<R>, hide: boolean): GridView {
  const hidden = view.hidden.filter((h) => h !== col.id && h !== `!${col.id}`);
  if (hide && !col.hidden) hidden.push(col.id);
  if (!hide && col.hidden) hidden.push(`!${col.id}`);
  return { ...view, hidden };
}

/**
 * Header click. Plain: this column alone, cycling asc → desc → none (a click on one key of several
 * starts over with that column ascending). Additive (shift): the column is
 * added as the next key, or cycles asc → desc → removed where it already is.
 */
export function nextSort(sort: readonly SortKey[], col: string, additive: boolean): SortKey[] {
  const at = sort.findIndex((s) => s.col === col);
  const current = at >= 0 ? sort[at]! : null;
  const next: SortKey | null = !current
    ? { col, dir: 'asc' }
    : current.dir === 'asc'
      ? { col, dir: 'desc' }
      : null;
  if (!additive) {
    if (sort.length > 1 || at < 0) return [{ col, dir: 'asc' }];
    return next ? [next] : [];
  }
  if (at < 0) return [...sort, next!];
  const out = [...sort];
  if (next) out[at] = next;
  else out.splice(at, 1);
  return out;
}

/** Moves column `id` by `delta` places among the ordered columns; returns the new order. */
export function moveColumn<R>(
  columns: readonly GridColumn<R>[],
  view: GridView,
  id: string,
  delta: number,
): string[] {
  const ids = orderedColumns(columns, view).map((c) => c.id);
  const from = ids.indexOf(id);
  if (from < 0) return ids;
  const to = Math.max(0, Math.min(ids.length - 1, from + delta));
  ids.splice(from, 1);
  ids.splice(to, 0, id);
  return ids;
}

/** Moves column `id` to stand just before `beforeId` (drag and drop). */
export function moveColumnBefore<R>(
  columns: readonly GridColumn<R>[],
  view: GridView,
  id: string,
  beforeId: string,
): string[] {
  const ids = orderedColumns(columns, view)
    .map((c) => c.id)
    .filter((c) => c !== id);
  const at = ids.indexOf(beforeId);
  ids.splice(at < 0 ? ids.length : at, 0, id);
  return ids;
}

function filterToText(f: GridFilter): string | null {
  if (f.kind === 'text') return f.text === '' ? null : `t:${f.text}`;
  if (f.kind === 'range') return f.min === '' && f.max === '' ? null : `r:${f.min}~${f.max}`;
  return f.values.length === 0 ? null : `c:${JSON.stringify(f.values)}`;
}

function filterFromText(s: string): GridFilter | null {
  if (s.startsWith('t:')) return { kind: 'text', text: s.slice(2) };
  if (s.startsWith('r:')) {
    const body = s.slice(2);
    const cut = body.indexOf('~');
    return cut < 0 ? null : { kind: 'range', min: body.slice(0, cut), max: body.slice(cut + 1) };
  }
  if (s.startsWith('c:')) {
    try {
      const v: unknown = JSON.parse(s.slice(2));
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return { kind: 'choice', values: v };
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The view as a query string (no leading `?`): `s=-due,customer&f.status=c:["open"]&f.amount=r:10~500
 * &q=acme&o=a,b&w=a:120&h=notes`. Empty parts are left out, so the default view is ''.
 */
export function serializeView(view: GridView): string {
  const p = new URLSearchParams();
  if (view.sort.length) p.set('s', view.sort.map((s) => (s.dir === 'desc' ? '-' : '') + s.col).join(','));
  for (const [id, f] of Object.entries(view.filters)) {
    const t = filterToText(f);
    if (t !== null) p.set(`f.${id}`, t);
  }
  if (view.search) p.set('q', view.search);
  if (view.order.length) p.set('o', view.order.join(','));
  const w = Object.entries(view.widths);
  if (w.length) p.set('w', w.map(([id, px]) => `${id}:${Math.round(px)}`).join(','));
  if (view.hidden.length) p.set('h', view.hidden.join(','));
  return p.toString();
}

/** Reads `serializeView`'s output (with or without `?`); unreadable parts fall back to the defaults. */
export function parseView(query: string): GridView {
  const p = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const v = emptyView();
  const list = (k: string) => (p.get(k) ?? '').split(',').filter((x) => x !== '');
  v.sort = list('s').map((t) =>
    t.startsWith('-') ? { col: t.slice(1), dir: 'desc' } : { col: t, dir: 'asc' },
  );
  for (const [k, val] of p) {
    if (!k.startsWith('f.')) continue;
    const f = filterFromText(val);
    if (f) v.filters[k.slice(2)] = f;
  }
  v.search = p.get('q') ?? '';
  v.order = list('o');
  for (const pair of list('w')) {
    const cut = pair.lastIndexOf(':');
    const px = Number(pair.slice(cut + 1));
    if (cut > 0 && Number.isFinite(px) && px > 0) v.widths[pair.slice(0, cut)] = px;
  }
  v.hidden = list('h');
  return v;
}

export function loadView(
  viewId: string,
  storage: Pick<Storage, 'getItem'> | undefined = globalStorage(),
): GridView {
  try {
    const text = storage?.getItem(STORAGE_PREFIX + viewId);
    return text ? parseView(text) : emptyView();
  } catch {
    return emptyView(); // storage disabled (private mode, file://): the view just isn't remembered
  }
}

export function saveView(
  viewId: string,
  view: GridView,
  storage: Pick<Storage, 'setItem'> | undefined = globalStorage(),
): void {
  try {
    storage?.setItem(STORAGE_PREFIX + viewId, serializeView(view));
  } catch {
    // quota or disabled storage: losing a remembered view is harmless
  }
}

function globalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The view as it goes into the URL: a choice filter on a column with `codes` names its values by code
 * ("overdue"), not by their words in the interface language ("Scaduta"), so a bookmark made in one
 * language opens the same view in another.
 */
export function viewToQuery<R>(view: GridView, columns: readonly GridColumn<R>[]): string {
  return serializeView(mapChoices(view, columns, (col, value) => codeOf(col, value)));
}

/** Reads `viewToQuery`'s output; a value that is no known code (an older link's word) is kept as it is. */
export function viewFromQuery<R>(query: string, columns: readonly GridColumn<R>[]): GridView {
  return mapChoices(parseView(query), columns, (col, value) => {
    const at = col.codes?.indexOf(value) ?? -1;
    return at >= 0 ? (col.choices?.[at] ?? value) : value;
  });
}

function codeOf<R>(col: GridColumn<R>, value: string): string {
  const at = col.choices?.indexOf(value) ?? -1;
  return at >= 0 ? (col.codes?.[at] ?? value) : value;
}

function mapChoices<R>(
  view: GridView,
  columns: readonly GridColumn<R>[],
  map: (col: GridColumn<R>, value: string) => string,
): GridView {
  const filters: Record<string, GridFilter> = {};
  for (const [id, f] of Object.entries(view.filters)) {
    const col = columns.find((c) => c.id === id);
    filters[id] =
      f.kind === 'choice' && col?.codes ? { kind: 'choice', values: f.values.map((x) => map(col, x)) } : f;
  }
  return { ...view, filters };
}

/** How many filters the view applies (column filters and the search): what "clear filters" removes. */
export function activeFilterCount(view: GridView): number {
  return Object.keys(view.filters).length + (view.search.trim() ? 1 : 0);
}

/** The view without filters or search (sort, columns and widths kept). */
export function withoutFilters(view: GridView): GridView {
  return { ...view, filters: {}, search: '' };
}
