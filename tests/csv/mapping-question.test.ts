import { describe, expect, it } from 'vitest';
import { headerScore } from '../../src/csv/mapping-score';
import { suggestMapping } from '../../src/csv';

describe('a yes/no column is not taken for the field a word of it names', () => {
  it('"Is Discount Before Tax" (Zoho) is not the tax, while "Tax" and "VAT amount" still are', () => {
    expect(headerScore('tax', 'is discount before tax')).toBe(0);
    expect(headerScore('tax', 'tax')).toBe(1);
    expect(headerScore('tax', 'vat amount')).toBeGreaterThan(0.5);
  });

  it('a Zoho-like invoice list maps Total, not the flag, and leaves tax to a real tax column', () => {
    const columns = [
      'Invoice Date',
      'Invoice Number',
      'Customer Name',
      'Due Date',
      'Is Discount Before Tax',
      'Total',
    ];
    const rows = [
      ['2021-01-28', 'INV-000001', 'Highlander', '2021-02-28', 'true', '489.75'],
      ['2021-02-03', 'INV-000002', 'Brightside', '2021-03-03', 'false', '120.00'],
    ];
    const m = suggestMapping(columns, rows);
    expect(m.fields.tax).toBeUndefined();
    expect(m.fields.amount).toBe(5); // Total
  });
});
