// What an import records of its rows: the rows it wrote and the rows with problems it left out, apart
// from the file's row count (the result said "Imported 5,001 rows" for 5,000 invoices and a bad row).
import { describe, expect, it } from 'vitest';
import { importRecords, rowsLeftOut } from '../../src/commands/imports';
import type { RowError } from '../../src/csv/types';
import { convertRows as convert, emptyBook } from '../fixtures/import-context';
import { snapshotOf } from './helpers';

describe('the rows an import wrote and left out', () => {
  it("records the rows written and the bad rows left out, beside the file's rows", () => {
    const result = convert([
      ['M-1', 'Many Co', '2026-01-10', '2026-02-09', '10.00', 'GBP'],
      ['M-2', 'Many Co', '2026-01-10', '2026-02-09', '10.00', 'GBP'],
      ['M-3', 'Many Co', '2026-01-10', '2026-02-09', 'ten', 'GBP'],
      ['M-4', 'Many Co', '2026-01-10', '2026-02-09', '10.00', 'GBP'],
    ]);
    // Line 7 had a field too many: the reader left it out before the rows were converted.
    const readErrors: RowError[] = [
      { line: 7, column: 7, code: 'too-many-fields', params: { found: 7, expected: 6 } },
      { line: 7, column: 8, code: 'too-many-fields', params: { found: 8, expected: 6 } },
      { line: 3, code: 'bad-encoding', params: { encoding: 'utf-8' } },
    ];
    const skippedRows = rowsLeftOut(readErrors, result);
    expect(skippedRows).toBe(2);
    const written = importRecords(snapshotOf({}), {
      result,
      batch: {
        id: 'b1',
        kind: 'invoices',
        fileName: 'many_one_bad.csv',
        fileHash: 'h',
        importedAt: '2026-03-31T10:00:00Z',
        rowCount: 5,
        skippedRows,
      },
    });
    expect(written.change.imports?.put?.[0]).toMatchObject({
      rowCount: 5,
      importedRows: 3,
      skippedRows: 2,
      created: { invoices: 3, customers: 1, payments: 0 },
    });
  });

  it('records apart the rows that updated an invoice and those already stored, for the history', () => {
    const first = convert([
      ['U-1', 'Upd Co', '2026-01-10', '2026-02-09', '10.00', 'GBP'],
      ['U-2', 'Upd Co', '2026-01-10', '2026-02-09', '20.00', 'GBP'],
      ['U-3', 'Upd Co', '2026-01-10', '2026-02-09', '30.00', 'GBP'],
    ]);
    // The next export: U-1 and U-3 as they were, U-2 corrected, U-4 new.
    const existing = emptyBook({
      customers: first.customers,
      invoicesByNumber: new Map(first.invoices.map((i) => [i.number, i])),
    });
    const result = convert(
      [
        ['U-1', 'Upd Co', '2026-01-10', '2026-02-09', '10.00', 'GBP'],
        ['U-2', 'Upd Co', '2026-01-10', '2026-02-09', '25.00', 'GBP'],
        ['U-3', 'Upd Co', '2026-01-10', '2026-02-09', '30.00', 'GBP'],
        ['U-4', 'Upd Co', '2026-01-11', '2026-02-10', '40.00', 'GBP'],
      ],
      { existing, batchId: 'b2' },
    );
    const written = importRecords(snapshotOf({ customers: first.customers, invoices: first.invoices }), {
      result,
      batch: {
        id: 'b2',
        kind: 'invoices',
        fileName: 'next.csv',
        fileHash: 'h2',
        importedAt: '2026-04-30T10:00:00Z',
        rowCount: 4,
        skippedRows: 0,
      },
    });
    expect(written.errors).toEqual([]);
    expect(written.change.imports?.put?.[0]).toMatchObject({
      rowCount: 4,
      importedRows: 2,
      updatedRows: 1,
      unchangedRows: 2,
      lineRows: 0,
      created: { invoices: 1, customers: 0, payments: 0 },
    });
  });
});
