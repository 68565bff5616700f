import { describe, expect, it } from 'vitest';
import {
  emptyView,
  loadView,
  moveColumn,
  moveColumnBefore,
  nextSort,
  parseView,
  saveView,
  serializeView,
  setHidden,
  visibleColumns,
  columnWidth,
} from '../../src/ui/grid/grid-view';
import type { GridColumn, GridView } from '../../src/ui/grid/types';

const col = (id: string, extra: Partial<GridColumn<unknown>> = {}): GridColumn<unknown> => ({
  id,
  title: id,
  type: 'text',
  value: () => '',
  ...extra,
});
const columns = [col('a'), col('b', { type: 'money' }), col('c', { hidden: true }), col('d')];

describe('nextSort', () => {
  it('cycles a plain click asc → desc → none', () => {
    const s1 = nextSort([], 'a', false);
    expect(s1).toEqual([{ col: 'a', dir: 'asc' }]);
    const s2 = nextSort(s1, 'a', false);
    expect(s2).toEqual([{ col: 'a', dir: 'desc' }]);
    expect(nextSort(s2, 'a', false)).toEqual([]);
  });

  it('a plain click on another column replaces the sort', () => {
    expect(
      nextSort(
        [
          { col: 'a', dir: 'desc' },
          { col: 'b', dir: 'asc' },
        ],
        'b',
        false,
      ),
    ).toEqual([{ col: 'b', dir: 'asc' }]);
  });

  it('shift-click adds a key, cycles it, and removes it on the third click', () => {
    let s = nextSort([{ col: 'a', dir: 'asc' }], 'b', true);
    expect(s).toEqual([
      { col: 'a', dir: 'asc' },
      { col: 'b', dir: 'asc' },
    ]);
    s = nextSort(s, 'b', true);
    expect(s).toEqual([
      { col: 'a', dir: 'asc' },
      { col: 'b', dir: 'desc' },
    ]);
    expect(nextSort(s, 'b', true)).toEqual([{ col: 'a', dir: 'asc' }]);
  });
});

describe('columns in the view', () => {
  it('orders known ids first, appends new columns, drops unknown ids, honours hidden', () => {
    const v: GridView = { ...emptyView(), order: ['d', 'zz', 'b'] };
    expect(visibleColumns(columns, v).map((c) => c.id)).toEqual(['d', 'b', 'a']);
    const shown = setHidden(v, columns[2]!, false);
    expect(shown.hidden).toEqual(['!c']);
    expect(visibleColumns(columns, shown).map((c) => c.id)).toEqual(['d', 'b', 'a', 'c']);
    const hid = setHidden(shown, columns[0]!, true);
    expect(visibleColumns(columns, hid).map((c) => c.id)).toEqual(['d', 'b', 'c']);
  });

  it('moves columns by keyboard steps and by drop target', () => {
    const v = emptyView();
    expect(moveColumn(columns, v, 'a', 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveColumn(columns, v, 'a', -1)).toEqual(['a', 'b', 'c', 'd']);
    expect(moveColumnBefore(columns, v, 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
    expect(moveColumnBefore(columns, v, 'a', 'nowhere')).toEqual(['b', 'c', 'd', 'a']);
  });

  it('widths: the view wins over the column, with a floor', () => {
    expect(columnWidth(columns[1]!, emptyView())).toBe(120);
    expect(columnWidth(columns[1]!, { ...emptyView(), widths: { b: 10 } })).toBe(40);
  });
});

describe('serializeView / parseView', () => {
  const full: GridView = {
    sort: [
      { col: 'due', dir: 'desc' },
      { col: 'customer', dir: 'asc' },
    ],
    filters: {
      status: { kind: 'choice', values: ['open', 'a,b & "c"'] },
      amount: { kind: 'range', min: '10,50', max: '' },
      customer: { kind: 'text', text: 'Acme & Söhne=1' },
    },
    search: 'rossi #4',
    order: ['customer', 'due', 'amount'],
    widths: { customer: 200, due: 95 },
    hidden: ['notes', '!extra'],
  };

  it('round-trips every part', () => {
    expect(parseView(serializeView(full))).toEqual(full);
    expect(parseView('?' + serializeView(full))).toEqual(full);
  });

  it('writes the default view as an empty string and leaves out empty filters', () => {
    expect(serializeView(emptyView())).toBe('');
    expect(serializeView({ ...emptyView(), filters: { a: { kind: 'text', text: '' } } })).toBe('');
  });

  it('is readable in a URL', () => {
    expect(serializeView({ ...emptyView(), sort: [{ col: 'due', dir: 'desc' }], search: 'x' })).toBe(
      's=-due&q=x',
    );
  });

  it('ignores broken parts', () => {
    const v = parseView('f.a=c:[oops&f.b=r:nope&f.c=x:1&w=a:abc,b:50&s=');
    expect(v).toEqual({ ...emptyView(), widths: { b: 50 } });
  });
});

describe('persistence', () => {
  it('saves and loads by viewId, and survives a storage that throws', () => {
    const mem = new Map<string, string>();
    const storage = {
      getItem: (k: string) => mem.get(k) ?? null,
      setItem: (k: string, v: string) => void mem.set(k, v),
    };
    const v = { ...emptyView(), search: 'acme' };
    saveView('invoices', v, storage);
    expect(loadView('invoices', storage)).toEqual(v);
    expect(loadView('customers', storage)).toEqual(emptyView());
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(() => saveView('x', v, broken)).not.toThrow();
    expect(loadView('x', broken)).toEqual(emptyView());
  });
});
