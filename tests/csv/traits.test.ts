// Issue 13's traits, each in a small fixture of our own (tests/fixtures/csv/traits, written by
// generate-traits.mjs): the facts the reader reports, checked against values read off the files by hand.
import { describe, expect, it } from 'vitest';
import { parseAmount, parseDate, readTable, sniffCsv, suggestMapping } from '../../src/csv/index';
import type { CsvFormat } from '../../src/csv/types';
import { fixture } from './helpers';

function read(name: string) {
  const bytes = fixture(`traits/${name}`);
  const format = sniffCsv(bytes);
  const table = readTable(bytes, format);
  const mapping = suggestMapping(table.columns, table.rows);
  const col = (field: string): number => {
    const c = mapping.fields[field];
    if (c === undefined) throw new Error(`${name}: ${field} not mapped`);
    return c;
  };
  const dateField = ['bookingDate', 'issueDate', 'paymentDate', 'dueDate'].find((f) => f in mapping.fields);
  const amountField = ['amount', 'balance'].find((f) => f in mapping.fields);
  const first = table.rows.find((r) =>
    parseDate(r[col(dateField ?? 'bookingDate')] ?? '', format.dateFormat),
  );
  return {
    format,
    table,
    mapping,
    col,
    firstDate: first ? parseDate(first[col(dateField!)]!, format.dateFormat) : null,
    firstAmount: first ? parseAmount(first[col(amountField!)]!, format) : null,
  };
}

const facts = (f: CsvFormat) => ({
  encoding: f.encoding,
  delimiter: f.delimiter,
  decimalSeparator: f.decimalSeparator,
  dateFormat: f.dateFormat,
  headerRowIndex: f.headerRowIndex,
  dataRowCount: f.dataRowCount,
});

describe('trait fixtures: what the reader reports', () => {
  it('1. rows wider than the header: the split description is joined back, the counts stay right', () => {
    const r = read('wide-rows.csv');
    expect(facts(r.format)).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      decimalSeparator: '.',
      dateFormat: 'dd/mm/yyyy',
      headerRowIndex: 0,
      dataRowCount: 3,
    });
    expect(r.table.errors).toEqual([]);
    expect(r.table.rows.map((row) => row[1])).toEqual([
      'Faster payment from Rossi, Ltd ref INV-2026-001',
      'Card payment',
      'Transfer, Bianchi and sons, invoice 2026-002',
    ]);
    expect(r.mapping.fields).toMatchObject({ bookingDate: 0, description: 1, amount: 2, balance: 3 });
    expect([r.firstDate, r.firstAmount]).toEqual(['2026-03-03', 122000]);
  });

  it('2. a short statement after a preamble: the header is found under the account details', () => {
    const r = read('short-preamble.csv');
    expect(facts(r.format)).toEqual({
      encoding: 'utf-8',
      delimiter: ';',
      decimalSeparator: ',',
      dateFormat: 'dd/mm/yyyy',
      headerRowIndex: 5,
      dataRowCount: 1,
    });
    expect(r.format.preamble[0]).toBe('Conto;IT60X0542811101000000123456');
    expect(r.table.lines).toEqual([7]);
    expect(r.mapping.kind).toBe('bank-statement');
    expect([r.firstDate, r.firstAmount]).toEqual(['2026-03-05', 122000]);
  });

  it('3. a pending transaction: the marker word does not stop the date format being found', () => {
    const r = read('pending-marker.csv');
    expect(facts(r.format)).toEqual({
      encoding: 'utf-8',
      delimiter: ';',
      decimalSeparator: ',',
      dateFormat: 'dd.mm.yyyy',
      headerRowIndex: 0,
      dataRowCount: 4,
    });
    expect(r.format.columnTypes[0]).toBe('date');
    expect(r.mapping.fields).toMatchObject({ bookingDate: 0, amount: 2 });
    // The first booked line: the pending one has no date yet.
    expect([r.firstDate, r.firstAmount]).toEqual(['2026-03-03', 125000]);
  });

  it('5. Dutch headers and an Af/Bij column that signs the amounts', () => {
    const r = read('dutch-af-bij.csv');
    expect(facts(r.format)).toEqual({
      encoding: 'utf-8',
      delimiter: ';',
      decimalSeparator: ',',
      dateFormat: 'dd-mm-yyyy',
      headerRowIndex: 0,
      dataRowCount: 3,
    });
    expect(r.mapping).toMatchObject({
      kind: 'bank-statement',
      fields: { bookingDate: 0, description: 1, iban: 2, sign: 3, amount: 4, reference: 5 },
    });
    expect([r.firstDate, r.firstAmount]).toEqual(['2026-03-02', 150000]);
  });

  it('6. continuation lines are folded into the previous description and not counted', () => {
    const r = read('continuation.csv');
    expect(facts(r.format)).toEqual({
      encoding: 'utf-8',
      delimiter: ';',
      decimalSeparator: ',',
      dateFormat: 'dd/mm/yyyy',
      headerRowIndex: 0,
      dataRowCount: 3,
    });
    expect(r.table.errors).toEqual([]);
    expect(r.table.rows).toEqual([
      ['01/03/2026', 'SEPA credit transfer from ROSSI COSTRUZIONI SRL ref FT-2026-001', '1.220,00'],
      ['02/03/2026', 'Account fee', '-2,50'],
      ['03/03/2026', 'SEPA credit transfer from CAFFE PERU SRL', '488,00'],
    ]);
    expect(r.table.lines).toEqual([2, 5, 6]);
    expect([r.firstDate, r.firstAmount]).toEqual(['2026-03-01', 122000]);
  });

  it('10. ISO timestamps and local date-times are read as their calendar date', () => {
    const iso = read('timestamps.csv');
    expect(iso.format.dateFormat).toBe('yyyy-mm-dd');
    expect(iso.table.rows.map((row) => parseDate(row[0]!, iso.format.dateFormat))).toEqual([
      '2026-01-28',
      '2026-01-29',
      '2026-01-30',
    ]);
    expect(iso.firstAmount).toBe(15000);
    const local = read('local-date-times.csv');
    expect(facts(local.format)).toMatchObject({
      delimiter: ';',
      decimalSeparator: ',',
      dateFormat: 'dd.mm.yyyy',
    });
    expect([local.firstDate, local.firstAmount]).toEqual(['2026-01-28', 119000]);
  });

  it('12. an open-items list in snake_case and camelCase headers is an invoice list', () => {
    const r = read('open-items.csv');
    expect(r.mapping).toMatchObject({
      kind: 'invoices',
      fields: { invoiceNumber: 0, customer: 1, dueDate: 2, balance: 3 },
      missing: [],
    });
    expect([r.firstDate, r.firstAmount]).toEqual(['2026-02-14', 122000]);
  });
});

describe('trait fixtures: the kind of file and the amount column from the whole shape', () => {
  it('4 and 12. a transactions export is a payments file; its amount is the gross', () => {
    const r = read('transactions-gross-fee-net.csv');
    expect(facts(r.format)).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      decimalSeparator: ',',
      dateFormat: 'dd/mm/yyyy',
      headerRowIndex: 0,
      dataRowCount: 2,
    });
    expect(r.mapping).toMatchObject({
      kind: 'payments',
      fields: { paymentDate: 0, customer: 2, currency: 5, amount: 6, reference: 10, invoiceNumber: 11 },
      missing: [],
    });
    const first = r.table.rows[0]!;
    expect([parseDate(first[0]!, r.format.dateFormat), parseAmount(first[6]!, r.format)]).toEqual([
      '2026-01-28',
      122000,
    ]);
  });

  it('4. French Brut / Frais / Net: the gross is the amount, never the fee or the net', () => {
    const r = read('brut-frais-net.csv');
    expect(r.mapping).toMatchObject({ kind: 'payments', fields: { paymentDate: 0, amount: 2 }, missing: [] });
    expect(parseAmount(r.table.rows[1]![2]!, r.format)).toBe(5000);
  });
});

describe('trait fixtures: DATEV', () => {
  it('8. a Buchungsstapel: header record skipped, DDMM document dates with the header year, Soll/Haben mapped', () => {
    const r = read('datev-buchungsstapel.csv');
    expect(facts(r.format)).toEqual({
      encoding: 'windows-1252',
      delimiter: ';',
      decimalSeparator: ',',
      dateFormat: 'dd.mm.yyyy',
      headerRowIndex: 1,
      dataRowCount: 3,
    });
    expect(r.mapping).toMatchObject({
      kind: 'invoices',
      layout: 'datev',
      fields: { amount: 0, sign: 1, currency: 2, issueDate: 9, invoiceNumber: 10, customer: 13 },
    });
    expect([r.firstDate, r.firstAmount]).toEqual(['2026-01-05', 119000]);
  });
});

describe('parseDate and parseAmount on their own', () => {
  it('reads a date without a format from its own shape, and a timestamp as its calendar date', () => {
    expect(parseDate('2026-03-05')).toBe('2026-03-05');
    expect(parseDate('2026-03-05T23:59:59+02:00')).toBe('2026-03-05');
    expect(parseDate('05.03.2026 07:57')).toBe('2026-03-05');
    // Day first unless the second number cannot be a month.
    expect(parseDate('05/03/2026')).toBe('2026-03-05');
    expect(parseDate('03/25/2026')).toBe('2026-03-25');
    expect(parseDate('Reserveret')).toBeNull();
    expect(parseDate('')).toBeNull();
  });

  it('reads amounts with the file’s decimal mark', () => {
    expect(parseAmount('1.220,00', { decimalSeparator: ',' })).toBe(122000);
    expect(parseAmount('-2,50', { decimalSeparator: ',' })).toBe(-250);
    expect(parseAmount('3050.50', { decimalSeparator: '.' })).toBe(305050);
  });
});

describe('12. invoice-number headers in any case style', () => {
  it.each(['invoice_id', 'invoiceNumber', 'Invoice #', 'Doc No.', 'Nr. factură', 'N° de facture'])(
    '%s is the invoice number',
    (header) => {
      const m = suggestMapping(
        [header, 'Customer', 'Due date', 'Amount'],
        [
          ['A-1', 'Rossi', '2026-02-01', '10.00'],
          ['A-2', 'Bianchi', '2026-02-02', '20.00'],
        ],
      );
      expect(m.kind).toBe('invoices');
      expect(m.fields.invoiceNumber).toBe(0);
    },
  );
});
