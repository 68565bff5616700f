import { describe, expect, it } from 'vitest';
import { rowsToRecords, type ImportContext } from '../../src/csv/rows-to-records';
import type { Customer, Invoice } from '../../src/domain/types';
import { rowErrorReason } from '../../src/csv/row-reason';
import type { RowError } from '../../src/csv/types';
import { reasonText } from '../../src/i18n/reasons';
import { emptyBook, importContext, ITALIAN } from '../fixtures/import-context';

const ctx = (
  kind: ImportContext['kind'],
  columns: string[],
  fields: Record<string, number>,
  over: Partial<ImportContext> = {},
) => importContext({ ...ITALIAN, kind, columns, fields, ...over });

const INV_COLS = ['Numero', 'Cliente', 'Data', 'Scadenza', 'Importo', 'Pagato'];
const INV_FIELDS = { invoiceNumber: 0, customer: 1, issueDate: 2, dueDate: 3, amount: 4, paid: 5 };

describe('rows to records', () => {
  it('trims no-break spaces and tabs around cells as it trims spaces', () => {
    const r = rowsToRecords(
      [
        ['\u00a0F-1\t', '\u00a0Rossi\u00a0', '15/01/2026', '\t14/02/2026', '100,00\u00a0', ''],
        ['F-2', 'Rossi', '16/01/2026', '15/02/2026', '200,00', ''],
      ],
      [2, 3],
      ctx('invoices', INV_COLS, INV_FIELDS),
    );
    expect(r.errors).toEqual([]);
    expect(r.invoices.map((i) => [i.number, i.amount, i.dueDate])).toEqual([
      ['F-1', 10000, '2026-02-14'],
      ['F-2', 20000, '2026-02-15'],
    ]);
    expect(r.customers.map((c) => c.name)).toEqual(['Rossi']);
  });

  it("says each row's problems on that row only: a bad row between good ones takes nothing from them or to them", () => {
    const r = rowsToRecords(
      [
        ['F-1', 'Rossi', '15/01/2026', '14/02/2026', '100,00', ''],
        ['F-2', 'Rossi', '32/01/2026', '14/02/2026', 'dieci', ''],
        ['F-3', 'Bianchi', '16/01/2026', '15/02/2026', '200,00', ''],
        ['', 'Verdi', '17/01/2026', '16/02/2026', '300,00', ''],
        ['F-5', 'Verdi', '18/01/2026', '17/02/2026', '400,00', ''],
      ],
      [2, 3, 4, 5, 6],
      ctx('invoices', INV_COLS, INV_FIELDS),
    );
    expect(r.status).toEqual(['new', 'error', 'new', 'error', 'new']);
    expect(r.invoices.map((i) => [i.number, i.amount])).toEqual([
      ['F-1', 10000],
      ['F-3', 20000],
      ['F-5', 40000],
    ]);
    // Line 3: the amount and the date, each in its column; line 5: the missing number. Nothing else.
    expect(r.errors.map((e) => [e.line, e.columnName, e.code])).toEqual([
      [3, 'Importo', 'unparseable-amount'],
      [3, 'Data', 'unparseable-date'],
      [5, 'Numero', 'missing-field'],
    ]);
  });

  it('makes invoices, matches customers by name regardless of case and legal-form punctuation, and records what was already paid', () => {
    const existing: Customer = {
      id: 'c-old',
      name: 'Rossi S.r.l.',
      country: 'IT',
      language: 'it',
      currency: 'EUR',
      debtor: 'business',
      creditHold: false,
      createdAt: '2024-01-01',
    };
    const r = rowsToRecords(
      [
        ['F-1', 'ROSSI SRL', '15/01/2026', '14/02/2026', '1.220,00', '200,00'],
        ['F-2', 'Bianchi', '20/01/2026', '', '300,00', ''],
        ['NC-1', 'Bianchi', '25/01/2026', '', '-50,00', ''],
      ],
      [2, 3, 4],
      ctx('invoices', INV_COLS, INV_FIELDS, {
        existing: emptyBook({ customers: [existing] }),
      }),
    );
    expect(r.errors).toEqual([]);
    expect(r.invoices.map((i) => [i.number, i.customerId === 'c-old', i.amount, i.dueDate])).toEqual([
      ['F-1', true, 122000, '2026-02-14'],
      ['F-2', false, 30000, '2026-02-19'],
    ]);
    expect(r.customers.map((c) => c.name)).toEqual(['Bianchi']);
    expect(r.payments).toHaveLength(1);
    expect(r.payments[0]).toMatchObject({
      amount: 20000,
      date: '2026-01-15',
      allocations: [{ invoiceId: r.invoices[0]!.id, amount: 20000 }],
    });
    expect(r.adjustments).toMatchObject([{ kind: 'credit-note', amount: 5000, number: 'NC-1' }]);
  });

  it('reads line-item exports as one invoice per number: line amounts are summed, a repeated invoice total is taken once', () => {
    const lines = rowsToRecords(
      [
        ['A-1', 'X-Men', '28/01/2026', '', '650,00'],
        ['A-1', 'X-Men', '28/01/2026', '', '490,00'],
        ['A-2', 'X-Men', '29/01/2026', '', '10,00'],
      ],
      [2, 3, 4],
      ctx('invoices', ['Invoice #', 'Client', 'Date', 'Due', 'Line Total'], {
        invoiceNumber: 0,
        customer: 1,
        issueDate: 2,
        dueDate: 3,
        amount: 4,
      }),
    );
    expect(lines.invoices.map((i) => [i.number, i.amount])).toEqual([
      ['A-1', 114000],
      ['A-2', 1000],
    ]);
    expect(lines.status).toEqual(['new', 'line', 'new']);
    const totals = rowsToRecords(
      [
        ['B-1', 'Highlander', '28/01/2026', '', '489,75', 'Hammer'],
        ['B-1', 'Highlander', '28/01/2026', '', '489,75', 'Mallet'],
      ],
      [2, 3],
      ctx('invoices', ['Invoice Number', 'Customer', 'Date', 'Due', 'Total', 'Item'], {
        invoiceNumber: 0,
        customer: 1,
        issueDate: 2,
        dueDate: 3,
        amount: 4,
      }),
    );
    expect(totals.invoices.map((i) => i.amount)).toEqual([48975]);
  });

  it('reports a row repeated word for word as a duplicate, not as a second line', () => {
    const r = rowsToRecords(
      [
        ['F-9', 'Rossi', '15/01/2026', '', '10,00', ''],
        ['F-9', 'Rossi', '15/01/2026', '', '10,00', ''],
      ],
      [2, 3],
      ctx('invoices', INV_COLS, INV_FIELDS),
    );
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([[3, 'duplicate-number']]);
  });

  it('reports a number used twice for different customers, with both lines', () => {
    const r = rowsToRecords(
      [
        ['F-1', 'Rossi', '15/01/2026', '', '10,00', ''],
        ['F-1', 'Verdi', '15/01/2026', '', '10,00', ''],
      ],
      [2, 3],
      ctx('invoices', INV_COLS, INV_FIELDS),
    );
    expect(r.errors).toEqual([
      {
        line: 3,
        column: 1,
        columnName: 'Numero',
        code: 'duplicate-number',
        params: { number: 'F-1', firstLine: 2 },
      },
    ]);
    const reason = rowErrorReason(r.errors[0] as RowError, 'fatture.csv');
    expect(reasonText(reason, 'en')).toBe(
      'fatture.csv, line 3, column 1 (Numero): Invoice number F-1 appears twice in this file (first on line 2).',
    );
    expect(reasonText(reason, 'it')).toBe(
      'fatture.csv, riga 3, colonna 1 (Numero): il numero fattura F-1 compare due volte nel file (la prima alla riga 2).',
    );
    expect(r.invoices).toHaveLength(1);
  });

  it('updates, keeps or recognises invoices already stored', () => {
    const stored: Invoice = {
      id: 'i1',
      number: 'F-1',
      customerId: 'c1',
      issueDate: '2026-01-15',
      dueDate: '2026-02-14',
      currency: 'EUR',
      amount: 1000,
      importBatchId: 'old',
    };
    const customers: Customer[] = [
      {
        id: 'c1',
        name: 'Rossi',
        country: 'IT',
        language: 'it',
        currency: 'EUR',
        debtor: 'business',
        creditHold: false,
        createdAt: '2024-01-01',
      },
    ];
    const existing = emptyBook({ customers, invoicesByNumber: new Map([['F-1', stored]]) });
    const row = (amount: string) => [['F-1', 'Rossi', '15/01/2026', '14/02/2026', amount, '']];
    expect(
      rowsToRecords(row('10,00'), [2], ctx('invoices', INV_COLS, INV_FIELDS, { existing })).status,
    ).toEqual(['same']);
    const upd = rowsToRecords(row('12,00'), [2], ctx('invoices', INV_COLS, INV_FIELDS, { existing }));
    expect(upd.status).toEqual(['update']);
    expect(upd.invoices).toEqual([{ ...stored, amount: 1200 }]);
    expect(upd.replaced).toEqual([stored]);
    const keep = rowsToRecords(
      row('12,00'),
      [2],
      ctx('invoices', INV_COLS, INV_FIELDS, { existing, onExisting: 'skip' }),
    );
    expect(keep.status).toEqual(['skip']);
    expect(keep.invoices).toEqual([]);
  });

  it('reads bank lines from debit/credit columns, ignores outgoing ones, and recognises lines already stored', () => {
    const cols = ['Data', 'Dare', 'Avere', 'Descrizione', 'Ordinante'];
    const fields = { bookingDate: 0, debit: 1, credit: 2, reference: 3, counterparty: 4 };
    const rows = [
      ['05/03/2026', '', '1.220,00', 'Fattura F-1', 'ROSSI SRL'],
      ['06/03/2026', '150,00', '', 'Canone', 'BANCA'],
      ['05/03/2026', '', '1.220,00', 'Fattura F-1', 'ROSSI SRL'],
    ];
    const first = rowsToRecords(rows, [5, 6, 7], ctx('bank-statement', cols, fields));
    expect(first.status).toEqual(['new', 'outgoing', 'new']);
    expect(
      first.bankLines.map((l) => [l.line, l.amount, l.key.endsWith('|1'), l.key.endsWith('|2')]),
    ).toEqual([
      [5, 122000, true, false],
      [7, 122000, false, true],
    ]);
    const again = rowsToRecords(
      rows,
      [5, 6, 7],
      ctx('bank-statement', cols, fields, {
        existing: emptyBook({ bankLineKeys: new Set(first.bankLines.map((l) => l.key)) }),
      }),
    );
    expect(again.status).toEqual(['same', 'outgoing', 'same']);
  });

  it('takes a generic date column as the payment date and names the column of every bad value', () => {
    const r = rowsToRecords(
      [
        ['03/02/2026', '10,00', ''],
        ['31/02/2026', 'dieci', 'EURO'],
      ],
      [4, 5],
      ctx('payments', ['Date', 'Amount', 'Currency'], { date: 0, amount: 1, currency: 2 }),
    );
    expect(r.payments.map((p) => [p.date, p.amount])).toEqual([['2026-02-03', 1000]]);
    expect(r.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [5, 3, 'unknown-currency'],
      [5, 2, 'unparseable-amount'],
      // 31 February: a day that does not exist, said so.
      [5, 1, 'impossible-date'],
    ]);
  });

  it("reads each row's currency on its own, in runs of one currency and between them", () => {
    const cells = ['EUR', 'eur', 'EURO', 'EURO', '€', '£', 'usd', 'EURO', 'EUR'];
    const r = rowsToRecords(
      cells.map((c, i) => [`0${(i % 9) + 1}/02/2026`, '10,00', c]),
      cells.map((_, i) => i + 2),
      ctx('payments', ['Date', 'Amount', 'Currency'], { date: 0, amount: 1, currency: 2 }),
    );
    expect(r.payments.map((p) => p.currency)).toEqual(['EUR', 'EUR', 'EUR', 'GBP', 'USD', 'EUR']);
    expect(r.errors.map((e) => [e.line, e.code, e.params])).toEqual([
      [4, 'unknown-currency', { value: 'EURO' }],
      [5, 'unknown-currency', { value: 'EURO' }],
      [9, 'unknown-currency', { value: 'EURO' }],
    ]);
  });

  it('recognises payments of a file imported again, and keeps two equal payments in one file apart', () => {
    const cols = ['Date', 'Amount', 'Reference'];
    const fields = { paymentDate: 0, amount: 1, reference: 2 };
    const rows = [
      ['03/02/2026', '10,00', 'Acconto'],
      ['03/02/2026', '10,00', 'Acconto'],
    ];
    const first = rowsToRecords(rows, [2, 3], ctx('payments', cols, fields));
    expect(first.status).toEqual(['new', 'new']);
    const keys = new Set(first.payments.map((p) => p.bankLineKey as string));
    expect(keys.size).toBe(2);
    const again = rowsToRecords(
      rows,
      [2, 3],
      ctx('payments', cols, fields, {
        existing: emptyBook({ bankLineKeys: keys }),
      }),
    );
    expect(again.status).toEqual(['same', 'same']);
    expect(again.payments).toEqual([]);
  });
});

describe('a due date before the issue date', () => {
  it('is a warning, said where and what in each language: the invoice is imported, due when issued', () => {
    const r = rowsToRecords(
      [['F-9', 'Rossi', '15/03/2026', '01/03/2026', '10,00', '']],
      [7],
      ctx('invoices', INV_COLS, INV_FIELDS),
    );
    expect(r.errors).toEqual([]);
    expect(r.status).toEqual(['new']);
    expect(r.invoices.map((i) => [i.issueDate, i.dueDate])).toEqual([['2026-03-15', '2026-03-15']]);
    expect(r.warnings.map((e) => e.code)).toEqual(['due-before-issue']);
    const reason = rowErrorReason(r.warnings[0] as RowError, 'f.csv');
    expect(reasonText(reason, 'en')).toBe(
      'f.csv, line 7, column 4 (Scadenza): Due date 01/03/2026 is before the issue date 15/03/2026; the invoice is taken as due when issued.',
    );
    expect(reasonText(reason, 'de')).toBe(
      'f.csv, Zeile 7, Spalte 4 (Scadenza): das Fälligkeitsdatum 01.03.2026 liegt vor dem Rechnungsdatum 15.03.2026; die Rechnung gilt mit der Ausstellung als fällig.',
    );
    expect(reasonText(reason, 'ro')).toMatch(/^f\.csv, rândul 7, coloana 4 \(Scadenza\): scadența/);
  });
});
