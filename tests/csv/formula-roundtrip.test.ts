// The app's own CSV export imports back to the same values: a text the export marked with an
// apostrophe so no spreadsheet runs it ("'=1+2") is read without it, and finds its stored invoice.
import { describe, expect, test } from 'vitest';
import { toCsvBytes } from '../../src/csv';
import type { Customer, Invoice } from '../../src/domain/types';
import { emptyBook, importFile } from '../fixtures/import-context';

const formulaCo: Customer = {
  id: 'c1',
  name: '+cmd Formula Co',
  country: 'GB',
  language: 'en',
  currency: 'GBP',
  debtor: 'business',
  creditHold: false,
  createdAt: '2026-01-10',
};
const stored: Invoice = {
  id: 'inv1',
  number: '=1+2',
  customerId: 'c1',
  issueDate: '2026-01-10',
  dueDate: '2026-02-09',
  currency: 'GBP',
  amount: 1000,
  importBatchId: 'b0',
};

/** The file read back into a book holding Formula Co and its invoice "=1+2". */
const reimport = (bytes: Uint8Array) =>
  importFile(bytes, {
    existing: emptyBook({ customers: [formulaCo], invoicesByNumber: new Map([[stored.number, stored]]) }),
  }).result;

describe('re-importing the invoice export', () => {
  test('an invoice number the export wrote as "\'=1+2" finds the stored "=1+2": no duplicate', () => {
    // As the invoice grid's export writes it (the tester's roundtrip_export.csv).
    const bytes = toCsvBytes(
      ['Number', 'Customer', 'Amount', 'Issued', 'Due', 'Cur.'],
      [
        [
          '=1+2',
          '+cmd Formula Co',
          { money: 1000, currency: 'GBP' },
          { date: '2026-01-10' },
          { date: '2026-02-09' },
          'GBP',
        ],
      ],
      { lineEnding: '\n' },
    );
    expect(new TextDecoder().decode(bytes)).toContain("'=1+2,'+cmd Formula Co,10.00");
    const r = reimport(bytes);
    expect(r.errors).toEqual([]);
    expect(r.status).toEqual(['same']);
    expect(r.customers).toEqual([]);
  });

  test('each formula mark is taken off once, and only before a formula character', () => {
    const text =
      'Number,Customer,Amount,Issued,Due,Cur.\n' +
      "'@SUM(1+1),'-2+3 Ltd,10.00,2026-01-10,2026-02-09,GBP\n" +
      "''=x,'＝1+1 fullwidth,10.00,2026-01-10,2026-02-09,GBP\n" +
      "'Quoted,O'Brien & Sons,10.00,2026-01-10,2026-02-09,GBP\n";
    const r = reimport(new TextEncoder().encode(text));
    expect(r.invoices.map((i) => i.number)).toEqual(['@SUM(1+1)', "''=x", "'Quoted"]);
    expect(r.customers.map((c) => c.name)).toEqual(['-2+3 Ltd', '＝1+1 fullwidth', "O'Brien & Sons"]);
  });
});
