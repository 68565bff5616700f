// Data rows wider than their header: a separator at the end of every row (an empty last field), or a
// value past the header on a few rows. The header is the header all the same, and columns stay put.
import { describe, expect, test } from 'vitest';
import { importFile } from '../fixtures/import-context';

const importOf = (text: string) => importFile(new TextEncoder().encode(text));

describe('rows ending in a separator the header does not have', () => {
  test('the header is used: dates, amounts and paid amounts land in their own columns', () => {
    // The tester's trailing_comma_swap.csv: columns in an unusual order, each data row ending in ",".
    const { format, table, result } = importOf(
      [
        'Due date,Invoice date,Invoice no,Customer,Amount paid,Amount,Currency',
        '2026-02-09,2026-01-10,S-1,Swap Co,0.00,100.00,GBP,',
        '2026-02-10,2026-01-11,S-2,Swap Co,50.00,200.00,GBP,',
        '2026-02-11,2026-01-12,S-3,Swap Co,300.00,300.00,GBP,',
        '',
      ].join('\n'),
    );
    expect(format.headerRowIndex).toBe(0);
    expect(table.columns).toEqual([
      'Due date',
      'Invoice date',
      'Invoice no',
      'Customer',
      'Amount paid',
      'Amount',
      'Currency',
    ]);
    expect(table.errors).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.invoices.map((i) => [i.number, i.issueDate, i.dueDate, i.amount, i.currency])).toEqual([
      ['S-1', '2026-01-10', '2026-02-09', 10000, 'GBP'],
      ['S-2', '2026-01-11', '2026-02-10', 20000, 'GBP'],
      ['S-3', '2026-01-12', '2026-02-11', 30000, 'GBP'],
    ]);
    expect(result.payments.map((p) => p.amount)).toEqual([5000, 30000]);
  });

  test('with the usual column order too, the header names the columns and no empty column is added', () => {
    const { table, result } = importOf(
      [
        'Invoice no,Customer,Invoice date,Due date,Amount,Currency',
        'T-1,Trail Co,2026-01-10,2026-02-09,100.00,GBP,',
        'T-2,Trail Co,2026-01-11,2026-02-10,200.00,GBP,',
        '',
      ].join('\n'),
    );
    expect(table.columns).toEqual([
      'Invoice no',
      'Customer',
      'Invoice date',
      'Due date',
      'Amount',
      'Currency',
    ]);
    expect(table.rows[0]).toEqual(['T-1', 'Trail Co', '2026-01-10', '2026-02-09', '100.00', 'GBP']);
    expect(result.invoices.map((i) => [i.number, i.amount])).toEqual([
      ['T-1', 10000],
      ['T-2', 20000],
    ]);
  });
});

describe('values past the header on a few rows', () => {
  test('a row with values past the header and a short row are each a problem on their line', () => {
    // The tester's extra_cols.csv.
    const { format, table } = importOf(
      [
        'Invoice no,Customer,Invoice date,Due date,Amount,Currency',
        'A-1,Acme Ltd,2026-01-10,2026-02-09,100.00,GBP,extra,more',
        'A-2,Bob,2026-01-11,2026-02-10,5.00',
        '',
      ].join('\n'),
    );
    expect(format.headerRowIndex).toBe(0);
    expect(table.columns).toEqual([
      'Invoice no',
      'Customer',
      'Invoice date',
      'Due date',
      'Amount',
      'Currency',
    ]);
    expect(table.errors).toEqual([
      { line: 2, column: 7, code: 'too-many-fields', params: { found: 8, expected: 6 } },
      {
        line: 3,
        column: 6,
        columnName: 'Currency',
        code: 'too-few-fields',
        params: { found: 5, expected: 6 },
      },
    ]);
  });

  test('one row with a note past the header is a problem on its line; the others are read', () => {
    // The tester's one_extra_field.csv.
    const { table, result } = importOf(
      [
        'Invoice no,Customer,Invoice date,Due date,Amount,Currency',
        'X-1,Extra Co,2026-01-10,2026-02-09,100.00,GBP,note',
        'X-2,Extra Co,2026-01-11,2026-02-10,200.00,GBP',
        'X-3,Extra Co,2026-01-12,2026-02-11,300.00,GBP',
        '',
      ].join('\n'),
    );
    expect(table.errors).toEqual([
      { line: 2, column: 7, code: 'too-many-fields', params: { found: 7, expected: 6 } },
    ]);
    expect(table.lines).toEqual([3, 4]);
    expect(result.invoices.map((i) => [i.number, i.amount])).toEqual([
      ['X-2', 20000],
      ['X-3', 30000],
    ]);
  });

  test('a preamble line naming fewer columns than the rows fill is not taken for their header', () => {
    const { format, table } = importOf(
      [
        'Statement,Account 123,From January',
        '2026-01-02,Rent,-1200.00,3800.00,EUR',
        '2026-01-03,Fee,-4.50,3795.50,EUR',
        '',
      ].join('\n'),
    );
    expect(format.headerRowIndex).toBeNull();
    expect(format.preambleRows).toBe(1);
    expect(table.columns).toEqual(['Column 1', 'Column 2', 'Column 3', 'Column 4', 'Column 5']);
    expect(table.lines).toEqual([2, 3]);
  });
});
