import { describe, expect, test } from 'vitest';
import {
  checkMappedValues,
  parseAmount,
  parseDate,
  readTable,
  sniffCsv,
  suggestMapping,
  type CsvFormat,
} from '../../src/csv';
import { fixture } from './helpers';

function load(name: string) {
  const bytes = fixture(name);
  const format = sniffCsv(bytes);
  const table = readTable(bytes, format);
  const mapping = suggestMapping(table.columns, table.rows);
  const cell = (row: number, field: string): string => table.rows[row]![mapping.fields[field]!]!;
  return { format, table, mapping, cell };
}

const amount = (text: string, format: CsvFormat, currency?: string) => parseAmount(text, format, currency);

describe('encodings', () => {
  test('UTF-8 with BOM, comma, quoted grouped amounts, ISO dates', () => {
    const { format, table, mapping, cell } = load('utf8-bom-invoices.csv');
    expect(format).toMatchObject({
      encoding: 'utf-8',
      hasBom: true,
      delimiter: ',',
      lineEnding: '\r\n',
      decimalSeparator: '.',
      thousandsSeparator: ',',
      dateFormat: 'yyyy-mm-dd',
      dateAmbiguous: false,
      headerRowIndex: 0,
      dataRowCount: 3,
    });
    expect(table.columns[0]).toBe('Invoice No'); // BOM not glued to the first header
    expect(table.rows[2]![1]).toBe('Smith & Sons, Ltd');
    expect(mapping.kind).toBe('invoices');
    expect(mapping.fields).toMatchObject({
      invoiceNumber: 0,
      customer: 1,
      customerTaxId: 2,
      customerEmail: 3,
      issueDate: 4,
      dueDate: 5,
      amount: 6,
      currency: 7,
    });
    expect(amount(cell(0, 'amount'), format)).toBe(123450);
    expect(amount(cell(2, 'amount'), format)).toBe(1200000);
    expect(parseDate(cell(0, 'dueDate'), format.dateFormat!)).toBe('2024-03-31');
    expect(table.rows[0]![1]).toBe('Café Müller GmbH');
  });

  test('UTF-8 without BOM, Italian, semicolon and decimal comma, Totale line skipped', () => {
    const { format, table, mapping, cell } = load('utf8-italian-semicolon.csv');
    expect(format).toMatchObject({
      encoding: 'utf-8',
      hasBom: false,
      delimiter: ';',
      decimalSeparator: ',',
      thousandsSeparator: '.',
      dateFormat: 'dd/mm/yyyy',
      dateAmbiguous: false,
      dataRowCount: 3,
      footerRows: 1,
    });
    expect(table.rows).toHaveLength(3);
    expect(table.skipped).toEqual([{ line: 6, reason: 'summary', text: 'Totale | 13.324,46 | EUR' }]);
    expect(mapping.kind).toBe('invoices');
    expect(mapping.fields).toMatchObject({
      invoiceNumber: 0,
      customer: 1,
      customerTaxId: 2,
      issueDate: 3,
      dueDate: 4,
      amount: 5,
      currency: 6,
    });
    expect(amount(cell(0, 'amount'), format)).toBe(123456);
    expect(amount(cell(2, 'amount'), format)).toBe(1200000);
    expect(parseDate(cell(1, 'issueDate'), format.dateFormat!)).toBe('2024-02-15');
    expect(cell(0, 'customer')).toBe('Caffè Roma S.r.l.');
  });

  test('UTF-16LE with BOM: Excel "Unicode text", tab-delimited, German', () => {
    const { format, table, mapping, cell } = load('utf16le-bom-excel-tab.txt');
    expect(format).toMatchObject({
      encoding: 'utf-16le',
      hasBom: true,
      delimiter: '\t',
      lineEnding: '\r\n',
      decimalSeparator: ',',
      dateFormat: 'dd.mm.yyyy',
      dataRowCount: 3,
    });
    expect(table.columns).toEqual([
      'Rechnungsnummer',
      'Kunde',
      'Rechnungsdatum',
      'Fälligkeitsdatum',
      'Betrag',
      'Währung',
    ]);
    expect(table.rows[2]![1]).toBe('Zeitung "Der Löwe"');
    expect(mapping.fields).toMatchObject({
      invoiceNumber: 0,
      customer: 1,
      issueDate: 2,
      dueDate: 3,
      amount: 4,
      currency: 5,
    });
    expect(amount(cell(0, 'amount'), format)).toBe(125000);
    expect(parseDate(cell(0, 'dueDate'), format.dateFormat!)).toBe('2024-04-13');
  });

  test('UTF-16BE without BOM, by NUL pattern; Xero layout', () => {
    const { format, table, mapping, cell } = load('utf16be-nobom-xero.csv');
    expect(format).toMatchObject({
      encoding: 'utf-16be',
      hasBom: false,
      delimiter: ',',
      dateFormat: 'yyyy-mm-dd',
      dataRowCount: 2,
    });
    expect(table.rows[0]![0]).toBe('Zoë Design Ltd');
    expect(mapping).toMatchObject({ kind: 'invoices', layout: 'xero' });
    expect(mapping.fields).toMatchObject({
      customer: 0,
      customerEmail: 1,
      invoiceNumber: 2,
      issueDate: 3,
      dueDate: 4,
      amount: 5,
      paid: 6,
      balance: 7,
      currency: 8,
    });
    expect(amount(cell(0, 'balance'), format)).toBe(50000);
  });

  test('windows-1252 French bank: preamble, Débit/Crédit, spaces as thousands, €, final balance', () => {
    const { format, table, mapping, cell } = load('cp1252-fr-bank.csv');
    expect(format).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      decimalSeparator: ',',
      thousandsSeparator: ' ',
      dateFormat: 'dd/mm/yyyy',
      headerRowIndex: 4,
      preambleRows: 4,
      dataRowCount: 3,
      footerRows: 1,
    });
    expect(format.preamble[2]).toBe('Devise;€');
    expect(table.columns).toEqual(['Date', 'Date de valeur', 'Libellé', 'Débit', 'Crédit', 'Solde']);
    expect(table.lines).toEqual([6, 7, 8]);
    expect(table.rows[2]![2]).toBe('CB L’ÉPICERIE – 16/03');
    expect(table.skipped[0]).toMatchObject({ line: 9, reason: 'summary' });
    expect(mapping.kind).toBe('bank-statement');
    expect(mapping.fields).toMatchObject({
      bookingDate: 0,
      valueDate: 1,
      description: 2,
      debit: 3,
      credit: 4,
      balance: 5,
    });
    expect(amount(cell(0, 'debit'), format)).toBe(8240);
    expect(amount(cell(1, 'credit'), format)).toBe(125000);
    expect(amount(cell(0, 'balance'), format)).toBe(191760);
    expect(parseDate(cell(2, 'valueDate'), format.dateFormat!)).toBe('2024-03-19');
  });

  test('iso-8859-2 Romanian invoices: the file’s cedilla ş ţ read as comma-below ș ț; ă î â, decimal comma, Total line', () => {
    const { format, table, mapping, cell } = load('iso88592-ro-invoices.csv');
    expect(format).toMatchObject({
      encoding: 'iso-8859-2',
      delimiter: ';',
      decimalSeparator: ',',
      thousandsSeparator: '.',
      dateFormat: 'dd.mm.yyyy',
      dataRowCount: 3,
      footerRows: 1,
    });
    expect(table.columns[0]).toBe('Număr factură');
    expect(table.columns[4]).toBe('Data scadenței');
    expect(table.rows.map((r) => r[1])).toEqual([
      'Construcții Brașov SRL',
      'Târgu Mureș Distribuție SA',
      'Împletituri Ștefănescu SRL',
    ]);
    expect(mapping.kind).toBe('invoices');
    expect(mapping.fields).toMatchObject({
      invoiceNumber: 0,
      customer: 1,
      customerTaxId: 2,
      issueDate: 3,
      dueDate: 4,
      amount: 5,
      currency: 6,
    });
    expect(amount(cell(1, 'amount'), format, cell(1, 'currency'))).toBe(127550);
    expect(parseDate(cell(2, 'dueDate'), format.dateFormat!)).toBe('2024-05-22');
  });

  test('Danish export in windows-1252 (æ ø å are not read as ć ř ĺ), I alt line', () => {
    const { format, table, mapping, cell } = load('cp1252-da-invoices.csv');
    expect(format).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      decimalSeparator: ',',
      dateFormat: 'dd-mm-yyyy',
      dataRowCount: 3,
      footerRows: 1,
    });
    expect(table.columns[5]).toBe('Beløb');
    expect(table.rows.map((r) => r[1])).toEqual(['Søren Ærø ApS', 'Kødbyens Bageri I/S', 'Å-huset Møbler']);
    expect(table.skipped[0]).toMatchObject({ line: 5, reason: 'summary' });
    expect(mapping.fields).toMatchObject({
      invoiceNumber: 0,
      customer: 1,
      customerTaxId: 2,
      issueDate: 3,
      dueDate: 4,
      amount: 5,
      currency: 6,
    });
    expect(amount(cell(0, 'amount'), format)).toBe(1250000);
    expect(parseDate(cell(1, 'issueDate'), format.dateFormat!)).toBe('2024-06-14');
  });
});

describe('separators and layouts', () => {
  test('pipe-delimited payments', () => {
    const { format, mapping, cell } = load('pipe-payments.csv');
    expect(format).toMatchObject({
      delimiter: '|',
      decimalSeparator: '.',
      dateFormat: 'yyyy-mm-dd',
      dataRowCount: 3,
    });
    expect(mapping.kind).toBe('payments');
    expect(mapping.fields).toMatchObject({
      paymentDate: 0,
      invoiceNumber: 1,
      customer: 2,
      amount: 3,
      reference: 4,
    });
    expect(amount(cell(0, 'amount'), format)).toBe(123450);
  });

  test('tab-delimited QuickBooks report: month-first dates resolved, $ amounts, TOTAL skipped', () => {
    const { format, table, mapping, cell } = load('tab-quickbooks-open-invoices.tsv');
    expect(format).toMatchObject({
      delimiter: '\t',
      decimalSeparator: '.',
      thousandsSeparator: ',',
      dateFormat: 'mm/dd/yyyy',
      dateAmbiguous: false,
      dataRowCount: 3,
      footerRows: 1,
    });
    expect(table.skipped[0]).toMatchObject({ line: 5, reason: 'summary' });
    expect(mapping).toMatchObject({ kind: 'invoices', layout: 'quickbooks' });
    expect(mapping.fields).toMatchObject({
      issueDate: 1,
      invoiceNumber: 2,
      customer: 3,
      dueDate: 4,
      amount: 5,
      balance: 6,
    });
    expect(amount(cell(0, 'amount'), format)).toBe(150000);
    expect(amount(cell(1, 'balance'), format)).toBe(12500);
    expect(parseDate(cell(0, 'issueDate'), format.dateFormat!)).toBe('2024-01-15');
  });

  test('UK bank: account details before the header, Paid out/Paid in, two-digit years, opening/closing balance', () => {
    const { format, table, mapping, cell } = load('uk-bank-preamble-yy.csv');
    expect(format).toMatchObject({
      delimiter: ',',
      headerRowIndex: 4,
      preambleRows: 4,
      dateFormat: 'dd/mm/yy',
      dateAmbiguous: false,
      decimalSeparator: '.',
      thousandsSeparator: ',',
      dataRowCount: 3,
      footerRows: 2,
    });
    expect(format.preamble[1]).toBe('Account Number:,12345678');
    expect(table.lines).toEqual([7, 8, 9]);
    expect(table.skipped.map((s) => s.line)).toEqual([6, 10]);
    expect(mapping.kind).toBe('bank-statement');
    expect(mapping.fields).toMatchObject({ bookingDate: 0, description: 1, debit: 2, credit: 3, balance: 4 });
    expect(parseDate(cell(0, 'bookingDate'), format.dateFormat!)).toBe('2024-04-03');
    expect(amount(cell(0, 'credit'), format)).toBe(150000);
    expect(amount(cell(1, 'debit'), format)).toBe(12045);
  });

  test('ambiguous dates: every value ≤ 12 on both sides → day-first guessed, flagged', () => {
    const { format, cell } = load('ambiguous-dates.csv');
    expect(format.dateFormat).toBe('dd/mm/yyyy');
    expect(format.dateAmbiguous).toBe(true);
    expect(format.notes).toContainEqual({ code: 'csv.note.date-ambiguous', params: { chosen: 'day' } });
    expect(parseDate(cell(0, 'issueDate'), format.dateFormat!)).toBe('2024-04-03');
  });

  test('Stripe export: quoted newlines and escaped quotes keep physical line numbers', () => {
    const { format, table, mapping, cell } = load('stripe-quoted-newlines.csv');
    expect(format).toMatchObject({ delimiter: ',', dateFormat: 'yyyy-mm-dd', dataRowCount: 3 });
    expect(table.lines).toEqual([2, 4, 7]);
    expect(table.rows[0]![2]).toBe('Grace "Gigi" Hopper');
    expect(table.rows[1]![10]).toBe('Line one\nline two\nline "three"');
    expect(mapping).toMatchObject({ kind: 'invoices', layout: 'stripe' });
    expect(mapping.fields).toMatchObject({
      invoiceNumber: 1,
      customer: 2,
      customerEmail: 3,
      amount: 4,
      paid: 5,
      issueDate: 7,
      dueDate: 8,
      status: 9,
    });
    expect(parseDate(cell(0, 'issueDate'), format.dateFormat!)).toBe('2024-02-01');
    expect(amount(cell(1, 'paid'), format)).toBe(8050);
  });

  test('headerless bank lines: kind and fields from the values', () => {
    const { format, table, mapping } = load('headerless-bank.csv');
    expect(format).toMatchObject({
      headerRowIndex: null,
      delimiter: ';',
      decimalSeparator: ',',
      dateFormat: 'yyyy-mm-dd',
      dataRowCount: 3,
    });
    expect(table.lines).toEqual([1, 2, 3]);
    expect(mapping.kind).toBe('bank-statement');
    expect(mapping.fields).toMatchObject({ bookingDate: 0, description: 1, amount: 2, balance: 3 });
    expect(parseAmount(table.rows[0]![2]!, format)).toBe(-120000);
  });
});

describe('bad rows', () => {
  test('ragged rows, an unparseable amount and date, a footer: every problem names its line', () => {
    const { format, table, mapping } = load('bad-rows.csv');
    expect(format).toMatchObject({
      delimiter: ',',
      dateFormat: 'dd/mm/yyyy',
      dataRowCount: 6,
      footerRows: 1,
    });
    expect(table.errors).toEqual([
      expect.objectContaining({ line: 3, code: 'too-few-fields', column: 4, columnName: 'Due date' }),
      expect.objectContaining({ line: 4, code: 'too-many-fields' }),
    ]);
    expect(table.lines).toEqual([2, 5, 6, 7]);
    expect(table.skipped).toEqual([{ line: 9, reason: 'footer', text: 'Exported by Overdue fixtures' }]);
    expect(mapping.fields).toMatchObject({
      invoiceNumber: 0,
      customer: 1,
      issueDate: 2,
      dueDate: 3,
      amount: 4,
    });
    const valueErrors = checkMappedValues(table, format, mapping.fields);
    expect(valueErrors).toEqual([
      expect.objectContaining({ line: 5, column: 5, columnName: 'Amount', code: 'unparseable-amount' }),
      // 31/02/2024: a day that does not exist, said so.
      expect.objectContaining({ line: 6, column: 4, columnName: 'Due date', code: 'impossible-date' }),
    ]);
  });
});
