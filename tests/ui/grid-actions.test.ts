import { describe, expect, it } from 'vitest';
import { clearRange, copyRange, pasteInto, rangeKeys, type GridSlice } from '../../src/ui/grid/grid-actions';
import { parseTsv } from '../../src/ui/grid/clipboard';
import type { GridColumn } from '../../src/ui/grid/types';

interface Row {
  id: string;
  name: string;
  amount: number;
}
const columns: GridColumn<Row>[] = [
  { id: 'name', title: 'Name', type: 'text', value: (r) => r.name, editable: true },
  {
    id: 'amount',
    title: 'Amount',
    type: 'money',
    value: (r) => r.amount,
    display: (r) => `€ ${(r.amount / 100).toFixed(2)}`,
    editText: (r) => (r.amount / 100).toFixed(2),
    editable: true,
    validate: (t) => (/^-?\d+(\.\d{1,2})?$/.test(t) ? null : 'Not an amount'),
  },
  { id: 'total', title: 'Total', type: 'money', value: (r) => r.amount * 2 },
];
const rows: Row[] = [
  { id: 'a', name: 'Rossi\tS.p.A.', amount: 1050 },
  { id: 'b', name: 'Dupont "le grand"', amount: -200 },
  { id: 'c', name: 'Ørsted', amount: 0 },
];
const slice = (draft: Record<string, string> = {}): GridSlice<Row> => ({
  rows,
  order: Uint32Array.from([2, 0, 1]),
  columns,
  rowKey: (r) => r.id,
  draft,
});
const rect = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

describe('copyRange', () => {
  it('copies edit texts in view order as TSV that parses back', () => {
    const text = copyRange(slice({ name: 'new' }), rect(0, 0, 3, 1));
    expect(parseTsv(text)).toEqual([
      ['Ørsted', '0.00'],
      ['Rossi\tS.p.A.', '10.50'],
      ['Dupont "le grand"', '-2.00'],
      ['new', ''],
    ]);
  });
});

describe('clearRange and rangeKeys', () => {
  it('empties only editable, non-empty cells of data rows', () => {
    expect(clearRange(slice(), rect(0, 0, 3, 2))).toEqual([
      { key: 'c', columnId: 'name', text: '' },
      { key: 'c', columnId: 'amount', text: '' },
      { key: 'a', columnId: 'name', text: '' },
      { key: 'a', columnId: 'amount', text: '' },
      { key: 'b', columnId: 'name', text: '' },
      { key: 'b', columnId: 'amount', text: '' },
    ]);
    expect(rangeKeys(slice(), rect(1, 0, 5, 0))).toEqual(['a', 'b']);
  });
});

describe('pasteInto', () => {
  it('edits changed cells, skips read-only ones, and adds rows past the end', () => {
    const res = pasteInto(slice(), parseTsv('Ørsted\t1.00\t99\nNew\t3.00\t5\n'), rect(2, 0), true);
    expect(res.edits).toEqual([
      { key: 'b', columnId: 'name', text: 'Ørsted' },
      { key: 'b', columnId: 'amount', text: '1.00' },
    ]);
    expect(res.skipped).toBe(2);
    expect(res.inserts).toEqual([{ name: 'New', amount: '3.00' }]);
    expect(res.rejected).toEqual([]);
  });

  it('reports cells failing validate', () => {
    const res = pasteInto(slice(), [['x', 'ten']], rect(0, 0), true);
    expect(res.rejected).toEqual([{ key: 'c', columnId: 'amount', message: 'Not an amount' }]);
  });

  it('without onInsert, rows past the end are dropped', () => {
    const res = pasteInto(slice(), [['1'], ['2']], rect(2, 0), false);
    expect(res.edits).toEqual([{ key: 'b', columnId: 'name', text: '1' }]);
    expect(res.inserts).toEqual([]);
  });
});
