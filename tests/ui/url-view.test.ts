// A grid view in the URL: choice filters named by code so a bookmark opens the same view in any
// interface language; filters in force counted for the "clear filters" action.
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  emptyView,
  viewFromQuery,
  viewToQuery,
  withoutFilters,
} from '../../src/ui/grid/grid-view';
import type { GridColumn } from '../../src/ui/grid/types';
import { bucketCodes } from '../../src/ui/state/labels';

const status = (labels: string[]): GridColumn<unknown> => ({
  id: 'status',
  title: 'Status',
  type: 'choice',
  value: () => '',
  choices: labels,
  codes: ['open', 'overdue', 'paid'],
});
const english = [status(['Open', 'Overdue', 'Paid'])];
const italian = [status(['Aperta', 'Scaduta', 'Pagata'])];

describe('a view in the URL', () => {
  it('names chosen values by code, and reads them back in another language', () => {
    const v = { ...emptyView(), filters: { status: { kind: 'choice' as const, values: ['Scaduta'] } } };
    const q = viewToQuery(v, italian);
    expect(new URLSearchParams(q).get('f.status')).toBe('c:["overdue"]');
    expect(viewFromQuery(q, english).filters.status).toEqual({ kind: 'choice', values: ['Overdue'] });
    expect(viewFromQuery(q, italian)).toEqual(v);
  });

  it('keeps a word that is no code (a link made before codes) as it is', () => {
    const q = 'f.status=c:["Scaduta"]&s=-daysLate';
    const v = viewFromQuery(q, italian);
    expect(v.filters.status).toEqual({ kind: 'choice', values: ['Scaduta'] });
    expect(v.sort).toEqual([{ col: 'daysLate', dir: 'desc' }]);
  });

  it('leaves text and range filters and columns without codes alone', () => {
    const cols: GridColumn<unknown>[] = [{ id: 'cur', title: 'C', type: 'choice', value: () => '' }];
    const v = {
      ...emptyView(),
      filters: {
        cur: { kind: 'choice' as const, values: ['EUR'] },
        amount: { kind: 'range' as const, min: '10', max: '' },
      },
      search: 'acme',
    };
    expect(viewFromQuery(viewToQuery(v, cols), cols)).toEqual(v);
  });

  it('counts the filters in force and clears them, keeping sort and columns', () => {
    const v = {
      ...emptyView(),
      sort: [{ col: 'a', dir: 'asc' as const }],
      filters: { a: { kind: 'text' as const, text: 'x' }, b: { kind: 'range' as const, min: '1', max: '' } },
      search: ' y ',
      hidden: ['c'],
    };
    expect(activeFilterCount(v)).toBe(3);
    const cleared = withoutFilters(v);
    expect(activeFilterCount(cleared)).toBe(0);
    expect(cleared.sort).toEqual(v.sort);
    expect(cleared.hidden).toEqual(['c']);
    expect(activeFilterCount({ ...emptyView(), search: '  ' })).toBe(0);
  });

  it('gives each aging bucket a code by its days', () => {
    expect(bucketCodes()).toEqual(['current', '1-30', '31-60', '61-90', '91-120', '121+']);
  });
});
