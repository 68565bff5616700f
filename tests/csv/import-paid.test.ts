// An invoice list that says what was already paid: the preview tells which amounts become payments and
// the date they get, and shows each invoice with its customer, paid and open as it will be stored.
import { describe, expect, it } from 'vitest';
import { rowsToRecords, type ImportContext } from '../../src/csv/rows-to-records';
import { reasonText } from '../../src/i18n/reasons';
import { previewInvoices } from '../../src/ui/import/preview';
import { importChangeSet } from '../../src/commands/imports';
import { importContext, ITALIAN } from '../fixtures/import-context';

const ctx = (kind: ImportContext['kind'], columns: string[], fields: Record<string, number>) =>
  importContext({ ...ITALIAN, kind, columns, fields });

const COLS = ['Numero', 'Cliente', 'Data', 'Scadenza', 'Importo', 'Pagato', 'Data pagamento'];
const PAID_FIELDS = { invoiceNumber: 0, customer: 1, issueDate: 2, dueDate: 3, amount: 4, paid: 5 };

describe('paid amounts in an invoice list', () => {
  it('says how many become payments and which date they get, and previews paid and open', () => {
    const r = rowsToRecords(
      [
        ['F-1', 'Rossi', '15/01/2026', '14/02/2026', '1.000,00', '400,00', '20/02/2026'],
        ['F-2', 'Bianchi', '20/01/2026', '19/02/2026', '300,00', '300,00', ''],
        ['F-3', 'Bianchi', '25/01/2026', '24/02/2026', '80,00', '', ''],
      ],
      [2, 3, 4],
      ctx('invoices', COLS, { ...PAID_FIELDS, paymentDate: 6 }),
    );
    expect(r.errors).toEqual([]);
    const note = r.notes.find((n) => n.code === 'csv.import.paid-as-payments');
    expect(note?.params).toEqual({ count: 2, fields: ['paid'], byPaymentDate: 1, byIssueDate: 1 });
    const en = reasonText(note!, 'en');
    expect(en).toContain('2 invoices are already paid');
    expect(en).toContain('payment date the file gives (1)');
    expect(en).toContain('issue date (1)');
    expect(reasonText(note!, 'it')).toContain('2 fatture risultano pagate');

    // The payments made for them are referenced in the words the page passes (its language).
    const it = rowsToRecords([['F-2', 'Bianchi', '20/01/2026', '19/02/2026', '300,00', '300,00', '']], [2], {
      ...ctx('invoices', COLS, PAID_FIELDS),
      paidReference: 'Pagata prima dell’importazione ({number})',
    });
    expect(it.payments.map((p) => p.reference)).toEqual(['Pagata prima dell’importazione (F-2)']);

    const preview = previewInvoices(r, { customerName: () => undefined, paidOn: () => 0 });
    expect(preview.map((p) => [p.number, p.customer, p.paid, p.paidOn, p.open])).toEqual([
      ['F-1', 'Rossi', 40000, ['2026-02-20'], 60000],
      ['F-2', 'Bianchi', 30000, ['2026-01-20'], 0],
      ['F-3', 'Bianchi', 0, [], 8000],
    ]);
  });

  it('reads an open balance column as what is left: the difference becomes a payment at issue', () => {
    const r = rowsToRecords(
      [['F-9', 'Verdi', '10/03/2026', '09/04/2026', '500,00', '125,00']],
      [2],
      ctx('invoices', ['N', 'C', 'D', 'S', 'Totale', 'Residuo'], {
        invoiceNumber: 0,
        customer: 1,
        issueDate: 2,
        dueDate: 3,
        amount: 4,
        balance: 5,
      }),
    );
    const note = r.notes.find((n) => n.code === 'csv.import.paid-as-payments');
    expect(note?.params).toEqual({ count: 1, fields: ['balance'], byPaymentDate: 0, byIssueDate: 1 });
    expect(reasonText(note!, 'en')).toContain('dated the issue date, as the file gives no payment date');
    const [p] = previewInvoices(r, { customerName: () => undefined, paidOn: () => 0 });
    expect([p!.paid, p!.paidOn, p!.open]).toEqual([37500, ['2026-03-10'], 12500]);
  });

  it('counts what is already paid on an invoice the import updates', () => {
    const r = rowsToRecords(
      [['F-1', 'Rossi', '15/01/2026', '14/02/2026', '1.000,00', '', '']],
      [2],
      ctx('invoices', COLS, { invoiceNumber: 0, customer: 1, issueDate: 2, dueDate: 3, amount: 4 }),
    );
    const [p] = previewInvoices(r, { customerName: () => 'Rossi S.r.l.', paidOn: () => 25000 });
    expect([p!.paid, p!.open]).toEqual([25000, 75000]);
  });
});

describe('a bank statement import', () => {
  it('records how many lines it stored for matching', () => {
    const r = rowsToRecords(
      [
        ['02/03/2026', 'Bonifico Rossi F-1', '400,00'],
        ['03/03/2026', 'Bonifico Bianchi', '300,00'],
      ],
      [2, 3],
      ctx('bank-statement', ['Data', 'Descrizione', 'Importo'], { date: 0, description: 1, amount: 2 }),
    );
    expect(r.errors).toEqual([]);
    const change = importChangeSet(r, {
      id: 'b1',
      kind: 'bank-statement',
      fileName: 'estratto.csv',
      fileHash: 'x',
      importedAt: '2026-03-04T10:00:00Z',
      rowCount: 2,
    });
    const batch = change.imports?.put?.[0];
    expect(batch?.created).toEqual({ invoices: 0, customers: 0, payments: 0, bankLines: 2 });
  });
});
