// Statements and invoice lists laid out as the banks and invoicing tools of the seven countries export
// them (tests/fixtures/csv/formats, written by generate-formats.mjs): each read end to end as the import
// page reads it — the reader's job, then the conversion with the suggested mapping — and the bank lines
// matched against the invoices they pay.
import { describe, expect, it } from 'vitest';
import { parseAmount, parseDate, readTable, sniffCsv } from '../../src/csv';
import { payerFromText } from '../../src/csv/payer';
import { runReadJob } from '../../src/csv/read-job';
import { rowsToRecords } from '../../src/csv/rows-to-records';
import type { CsvFormat } from '../../src/csv/types';
import type { DoneReply, ReadRequest, WorkerReply } from '../../src/csv/worker-protocol';
import { matchBankLines, type OpenInvoice } from '../../src/matching';
import { paymentSlips, slipNumber } from '../../src/matching/reference';
import { suggestMapping } from '../../src/csv/mapping';
import { fixture } from './helpers';
import { importContext } from '../fixtures/import-context';

/** A bank statement's columns as the tests below write them: date, description, amount. */
const BANK_FIELDS = { bookingDate: 0, description: 1, amount: 2 };

const CURRENCY: Record<string, string> = {
  it: 'EUR',
  fr: 'EUR',
  de: 'EUR',
  ro: 'RON',
  dk: 'DKK',
  uk: 'GBP',
  us: 'USD',
};

/** The file read and converted as the import page does, in a book of the file's country. */
function importFile(name: string, request: Partial<ReadRequest> = {}) {
  const bytes = fixture(`formats/${name}`);
  const replies: WorkerReply[] = [];
  const job = runReadJob({ ...request, bytes: bytes.slice().buffer }, (m) => replies.push(m));
  const format = replies.flatMap((r) => (r.type === 'format' ? [r.format] : [])).at(-1) as CsvFormat;
  const done = replies.find((r): r is DoneReply => r.type === 'done') as DoneReply;
  const country = name.split('-')[1] as string;
  let seq = 0;
  const { rows, lines } = job.table;
  const result = rowsToRecords(rows, lines, {
    kind: done.mapping.kind,
    columns: done.columns,
    fields: done.mapping.fields,
    format,
    defaultCurrency: CURRENCY[country] as string,
    defaultCountry: country === 'uk' ? 'GB' : country.toUpperCase(),
    today: '2026-03-31',
    batchId: 'b1',
    existing: { customers: [], invoicesByNumber: new Map(), bankLineKeys: new Set() },
    newId: (p) => `${p}${++seq}`,
    onExisting: 'update',
  });
  const column = (field: string): string | undefined => {
    const i = done.mapping.fields[field];
    return i === undefined ? undefined : done.columns[i];
  };
  const bankLines = result.bankLines.map((b) => ({
    line: b.line,
    date: b.date,
    amount: b.amount,
    currency: b.currency,
    payer: b.counterparty,
  }));
  const invoices = result.invoices.map((i) => ({
    number: i.number,
    customer: result.customers.find((c) => c.id === i.customerId)?.name,
    issued: i.issueDate,
    due: i.dueDate,
    amount: i.amount,
    currency: i.currency,
  }));
  return { format, done, result, column, bankLines, invoices };
}

/** Open invoices of one customer each, to match a statement's lines against. */
function open(
  ...list: [number: string, customer: string, amount: number, currency: string][]
): OpenInvoice[] {
  return list.map(([number, customerName, amount, currency]) => ({
    id: number,
    number,
    customerId: customerName,
    customerName,
    currency,
    issueDate: '2026-02-01',
    dueDate: '2026-03-03',
    amount,
    open: amount,
  }));
}

/** Which invoices each incoming line of the statement is suggested to pay, by file line. */
function matches(r: ReturnType<typeof importFile>, invoices: OpenInvoice[]): Record<number, string[]> {
  const m = matchBankLines(r.result.bankLines, invoices);
  const out: Record<number, string[]> = {};
  for (const s of m.suggestions) {
    const line = r.result.bankLines.find((b) => b.id === s.lineId)?.line as number;
    out[line] = s.allocations.map((a) => a.invoiceId);
  }
  return out;
}

describe('the file is read as its bank or tool wrote it', () => {
  it('BNP Paribas: no header, semicolons, and a decimal comma at the end of every line', () => {
    const r = importFile('bank-fr-bnp.csv');
    expect(r.format).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      decimalSeparator: ',',
      thousandsSeparator: ' ',
      headerRowIndex: null,
      preambleRows: 1,
    });
    expect(r.done.mapping.kind).toBe('bank-statement');
    expect(r.result.counts).toMatchObject({ new: 2, outgoing: 2, error: 0 });
    expect(r.bankLines.map((b) => [b.line, b.date, b.amount])).toEqual([
      [2, '2026-03-05', 122000],
      [4, '2026-03-03', 48000],
    ]);
    const invoices = open(
      ['FA-2026-0042', 'SARL Dupont et Fils', 122000, 'EUR'],
      ['FA-2026-0043', 'Luc Martin', 48000, 'EUR'],
    );
    expect(matches(r, invoices)).toEqual({ 2: ['FA-2026-0042'], 4: ['FA-2026-0043'] });
  });
});

describe('the header is found under the lines above it', () => {
  it('Société Générale: an account line with dates above the header is preamble, not the first row', () => {
    const r = importFile('bank-fr-societe-generale.csv');
    expect(r.format).toMatchObject({ headerRowIndex: 1, preambleRows: 1, delimiter: ';', dataRowCount: 3 });
    expect(r.format.preamble).toEqual(['="000123456789";Compte courant;01/03/2026;05/03/2026']);
    expect(r.done.columns).toEqual([
      "Date de l'opération",
      'Libellé',
      "Détail de l'écriture",
      "Montant de l'opération",
      'Devise',
    ]);
    expect(r.column('bookingDate')).toBe("Date de l'opération");
    expect(r.column('amount')).toBe("Montant de l'opération");
    expect(r.bankLines.map((b) => [b.line, b.date, b.amount, b.currency])).toEqual([
      [3, '2026-03-05', 240000, 'EUR'],
      [5, '2026-03-03', 35000, 'EUR'],
    ]);
  });
});

describe('the order of day and month', () => {
  it("Bank of America: the summary above the table settles it when every row's date reads both ways", () => {
    const r = importFile('bank-us-bofa.csv');
    expect(r.format).toMatchObject({ dateFormat: 'mm/dd/yyyy', dateAmbiguous: false, headerRowIndex: 6 });
    expect(r.bankLines.map((b) => [b.line, b.date, b.amount])).toEqual([
      [10, '2026-03-05', 122000],
      [11, '2026-03-09', 205000],
    ]);
  });

  it('Intesa Sanpaolo: the period in the account details settles it day first', () => {
    const r = importFile('bank-it-intesa.csv');
    expect(r.format).toMatchObject({ dateFormat: 'dd/mm/yyyy', dateAmbiguous: false, headerRowIndex: 4 });
    expect(r.format.preamble).toContain('Periodo;01/03/2026 - 31/03/2026');
  });

  it('Chase and Wells Fargo early in the month: month first for a user who writes dates so, or a file that is American', () => {
    for (const name of ['bank-us-chase.csv', 'bank-us-wells-fargo.csv']) {
      const us = importFile(name, { monthFirst: true });
      // Still a guess the preview asks the user to confirm, but the user's own.
      expect(us.format).toMatchObject({ dateFormat: 'mm/dd/yyyy', dateAmbiguous: true });
      expect(us.bankLines.map((b) => b.date)).toEqual([
        '2026-03-05',
        name.includes('chase') ? '2026-03-09' : '2026-03-06',
      ]);
    }
    // Without a word from the user: Chase's "Check or Slip #" column says the file is American, so
    // month first, still to confirm; Wells Fargo's file (no header, no "$") says nothing: day first.
    const chase = importFile('bank-us-chase.csv').format;
    expect(chase).toMatchObject({ dateFormat: 'mm/dd/yyyy', dateAmbiguous: true });
    expect(chase.notes).toContainEqual({
      code: 'csv.note.date-ambiguous',
      params: { chosen: 'month', because: 'us-bank' },
    });
    expect(importFile('bank-us-wells-fargo.csv').format).toMatchObject({
      dateFormat: 'dd/mm/yyyy',
      dateAmbiguous: true,
    });
    // A file that says which order it has keeps it, whatever the user writes.
    expect(importFile('bank-it-unicredit.csv', { monthFirst: true }).format.dateFormat).toBe('dd.mm.yyyy');
    expect(importFile('inv-uk-sage.csv', { monthFirst: true }).format.dateFormat).toBe('dd/mm/yyyy');
  });
});

describe('total, turnover and balance lines are left out', () => {
  it("Banca Transilvania: each day's turnover and balance lines between the days, the statement's at the end", () => {
    const r = importFile('bank-ro-banca-transilvania.csv');
    expect(r.done.skipped).toBe(7);
    expect(r.result.errors).toEqual([]);
    expect(r.result.counts).toMatchObject({ new: 2, outgoing: 1, error: 0 });
    expect(r.bankLines.map((b) => [b.line, b.date, b.amount, b.currency])).toEqual([
      [9, '2026-03-05', 122000, 'RON'],
      [13, '2026-03-06', 357000, 'RON'],
    ]);
  });

  it('Bank of America: the opening balance given as the first transaction row', () => {
    const r = importFile('bank-us-bofa.csv');
    expect(r.done.skipped).toBe(1);
    expect(r.result.errors).toEqual([]);
    expect(r.result.counts).toMatchObject({ new: 2, outgoing: 1 });
  });

  it("QuickBooks' aging detail: each bucket's 'Total for …' line and the grand total", () => {
    const bytes = fixture('formats/inv-us-quickbooks-ar-aging.csv');
    const summary = readTable(bytes, sniffCsv(bytes, { monthFirst: true }))
      .skipped.filter((s) => s.reason === 'summary')
      .map((s) => [s.line, s.text]);
    expect(summary).toEqual([
      [8, 'Total for Current | $1,220.00 | $1,220.00'],
      [12, 'Total for 1 - 30 days past due | $3,350.00 | $2,350.00'],
      [14, 'TOTAL | $4,570.00 | $3,570.00'],
    ]);
    const r = importFile('inv-us-quickbooks-ar-aging.csv', { monthFirst: true });
    expect(r.invoices.map((i) => [i.number, i.customer, i.due, i.amount])).toEqual([
      ['1043', 'Acme Corp', '2026-04-19', 122000],
      ['1040', 'Globex LLC', '2026-03-12', 250000],
      ['1041', 'Initech Inc', '2026-03-22', 85000],
    ]);
    // What was already paid of 1040 (open 1,500.00 of 2,500.00) becomes a payment.
    expect(r.result.payments.map((p) => p.amount)).toEqual([100000]);
    // The buckets' headings ("Current", "1 - 30 days past due") hold nothing to import, and are no problem.
    expect(r.result.errors).toEqual([]);
    expect(r.result.counts).toMatchObject({ new: 3, skip: 2, error: 0 });
  });
});

describe("a transaction's text continued on the lines under it", () => {
  it('ING Romania: the details on the lines under each transaction are its description', () => {
    const r = importFile('bank-ro-ing.csv');
    expect(r.format).toMatchObject({ dateFormat: 'dd mmm yyyy', decimalSeparator: ',', dataRowCount: 2 });
    expect(r.result.bankLines.map((b) => [b.line, b.date, b.amount, b.reference])).toEqual([
      [
        2,
        '2026-03-05',
        122000,
        'Incasare Ordonator: Papetaria Victoria SRL Din contul: RO12BRDE445SV00000012345 Detalii: Factura OV-2026-0102 Referinta: 160305123456',
      ],
    ]);
    expect(r.result.counts).toMatchObject({ new: 1, outgoing: 1, error: 0 });
  });

  it("QuickBooks' aging detail: a bucket's name and the report's time stamp are never added to a customer", () => {
    const bytes = fixture('formats/inv-us-quickbooks-ar-aging.csv');
    const format = sniffCsv(bytes, { monthFirst: true });
    const table = readTable(bytes, format);
    expect(table.rows.map((row) => [row[0], row[4]])).toEqual([
      ['Current', ''],
      ['', 'Acme Corp'],
      ['1 - 30 days past due', ''],
      ['', 'Globex LLC'],
      ['', 'Initech Inc'],
    ]);
    expect(table.skipped.at(-1)).toEqual({
      line: 17,
      reason: 'footer',
      text: 'Tuesday | Mar 31 | 2026 09:14:22 AM GMT-7',
    });
    expect(format.dataRowCount).toBe(5);
  });
});

describe('debit and credit columns', () => {
  it('Deutsche Bank: the amount column left empty beside Soll and Haben is not the amount', () => {
    const r = importFile('bank-de-deutsche-bank.csv');
    expect(r.format).toMatchObject({ encoding: 'windows-1252', headerRowIndex: 3, dateFormat: 'dd.mm.yyyy' });
    expect([r.column('debit'), r.column('credit'), r.column('amount')]).toEqual(['Soll', 'Haben', undefined]);
    expect(r.result.counts).toMatchObject({ new: 2, outgoing: 1, error: 0 });
    expect(r.bankLines).toEqual([
      { line: 5, date: '2026-03-05', amount: 119000, currency: 'EUR', payer: 'Müller & Schmidt GmbH' },
      { line: 7, date: '2026-03-06', amount: 238000, currency: 'EUR', payer: 'Bauer KG' },
    ]);
    // Mapped by hand (or remembered) with "Betrag" as the amount: its empty cells give way to Soll and Haben.
    const { rows, lines } = readTable(fixture('formats/bank-de-deutsche-bank.csv'));
    const byHand = rowsToRecords(
      rows,
      lines,
      importContext({
        kind: 'bank-statement',
        columns: r.done.columns,
        fields: { ...r.done.mapping.fields, amount: r.done.columns.indexOf('Betrag') },
        format: r.format,
        defaultCurrency: 'EUR',
        defaultCountry: 'DE',
      }),
    );
    expect(byHand.counts).toMatchObject({ new: 2, outgoing: 1, error: 0 });
    expect(byHand.bankLines.map((b) => b.amount)).toEqual([119000, 238000]);
  });
});

describe('lines not booked yet are kept out of matching', () => {
  it("Sparkasse CAMT: 'Umsatz vorgemerkt' in the Info column; Intesa: 'Non contabilizzato'", () => {
    const spk = importFile('bank-de-sparkasse-camt.csv');
    expect(spk.format).toMatchObject({ encoding: 'windows-1252', dateFormat: 'dd.mm.yy' });
    expect(spk.result.counts).toMatchObject({ new: 1, outgoing: 1, pending: 1 });
    expect(spk.bankLines).toEqual([
      { line: 2, date: '2026-03-05', amount: 119000, currency: 'EUR', payer: 'Hoffmann Elektro GmbH' },
    ]);
    expect(spk.result.notes).toEqual([{ code: 'csv.import.pending', params: { count: 1 } }]);
    const intesa = importFile('bank-it-intesa.csv');
    expect(intesa.result.counts).toMatchObject({ new: 1, outgoing: 1, pending: 1 });
    expect(intesa.bankLines.map((b) => [b.line, b.amount])).toEqual([[6, 122000]]);
  });
});

describe("the payer named in a statement's text", () => {
  it('is read as each bank writes it', () => {
    const payers = (name: string, request: Partial<ReadRequest> = {}) =>
      importFile(name, request).bankLines.map((b) => b.payer);
    expect(payers('bank-fr-bnp.csv')).toEqual(['SARL DUPONT ET FILS', 'LUC MARTIN']);
    expect(payers('bank-fr-credit-agricole.csv')).toEqual(['SARL DUPONT ET FILS', 'BOULANGERIE PETIT']);
    expect(payers('bank-ro-banca-transilvania.csv')).toEqual(['LIBRARIA SINCAI SA', 'MOBILA DESIGN SRL']);
    expect(payers('bank-ro-brd.csv')).toEqual(['ALFA DISTRIBUȚIE SRL', 'BETA CONSTRUCȚII SRL']);
    expect(payers('bank-ro-ing.csv')).toEqual(['Papetaria Victoria SRL']);
    expect(payers('bank-dk-danske.csv')).toEqual(['Jensen & Søn ApS', 'Hansen Tømrer']);
    expect(payers('bank-de-commerzbank.csv')).toEqual(['Schulz Logistik GmbH', 'Fischer Bau GmbH']);
    expect(payers('bank-uk-barclays.csv')).toEqual(['ROSSI TRADING LTD', 'SMITH & JONES LLP']);
    expect(payers('bank-us-bofa.csv')).toEqual(['GLOBEX LLC', '']);
    expect(payers('bank-us-wells-fargo.csv', { monthFirst: true })).toEqual(['UMBRELLA CORP', 'HOOLI INC']);
    expect(
      payerFromText(
        'VIR RECU    1234567890 DE: SAS LEROY BATIMENT MOTIF: REGLT FACTURE N 2026-118 REF: 2026118',
      ),
    ).toBe('SAS LEROY BATIMENT');
    expect(
      payerFromText('ORIG CO NAME:ACME CORP ORIG ID:1234567890 DESC DATE:260305 CO ENTRY DESCR:PAYMENTS'),
    ).toBe('ACME CORP');
    // The name first, with no lead words: a legal form ends it, or (Barclays) a field of its own
    // before the reference in a memo ending in a credit's code. Words alone name no payer.
    expect(payerFromText('ROSSI GMBH 1234 RE 2026-114 End-to-End-Ref.: NOTPROVIDED')).toBe('ROSSI GMBH');
    expect(payerFromText('Gutschrift ROSSI GMBH RE 2026-114')).toBe('ROSSI GMBH');
    expect(payerFromText('ACME LTD  INV 114 BGC')).toBe('ACME LTD');
    expect(payerFromText('HUGHES DESIGN  INV 2026-033  FPI')).toBe('HUGHES DESIGN');
    expect(payerFromText('Indbetaling fra Jensen & Søn ApS Fakt. 2026-1043')).toBe('Jensen & Søn ApS');
    expect(payerFromText('Overførsel til Hansen Tømrer')).toBe('');
    expect(payerFromText('Miete März Büro Hauptstraße')).toBe('');
    expect(payerFromText('TESCO STORES 2345\tON 03 MAR\tBCC')).toBe('');
  });

  it('gives the matcher the name to go by when the text names no invoice', () => {
    // Partial payments without an invoice number: found by the payer's name alone.
    const r = importFile('bank-ro-brd.csv');
    const invoices = open(['MF 0099', 'Beta Construcții SRL', 297500, 'RON']);
    const m = matchBankLines(r.result.bankLines, invoices);
    const beta = r.result.bankLines.find((b) => b.line === 8)?.id;
    expect(m.suggestions.find((s) => s.lineId === beta)?.reasons.map((x) => x.code)).toContain(
      'match.name-similar',
    );
  });
});

describe('header words of the tools and banks', () => {
  it('statements: Starling\'s "Counter Party", Nordea\'s "Navn", Chase\'s "Description" beside "Details", Société Générale\'s "Détail de l\'écriture"', () => {
    const starling = importFile('bank-uk-starling.csv');
    expect(starling.column('counterparty')).toBe('Counter Party');
    expect(starling.bankLines.map((b) => b.payer)).toEqual(['Rossi Trading Ltd', 'Hughes Design']);
    const nordea = importFile('bank-dk-nordea.csv');
    expect(nordea.column('counterparty')).toBe('Navn');
    expect(nordea.bankLines.map((b) => b.payer)).toEqual(['Larsen Rådgivning ApS']);
    const chase = importFile('bank-us-chase.csv', { monthFirst: true });
    expect(chase.column('description')).toBe('Description');
    expect(chase.bankLines.map((b) => [b.date, b.amount, b.payer])).toEqual([
      ['2026-03-05', 122000, 'ACME CORP'],
      ['2026-03-09', 80000, ''],
    ]);
    expect(matches(chase, open(['INV-1043', 'Acme Corp', 122000, 'USD']))).toEqual({ 2: ['INV-1043'] });
    const sg = importFile('bank-fr-societe-generale.csv');
    expect(sg.column('reference')).toBe("Détail de l'écriture");
    expect(
      matches(
        sg,
        open(['2026-118', 'SAS Leroy Bâtiment', 240000, 'EUR'], ['2026-119', 'Claire Faure', 35000, 'EUR']),
      ),
    ).toEqual({ 3: ['2026-118'], 5: ['2026-119'] });
  });

  it('invoice lists: Dinero\'s "Nummer" and "Kontakt", Sellsy\'s "Tiers", Danea\'s "N. doc." and "Tot. documento", Oblio\'s "Nr. document"', () => {
    const dinero = importFile('inv-dk-dinero.csv');
    expect(dinero.invoices).toEqual([
      {
        number: '1046',
        customer: 'Mortensen VVS A/S',
        issued: '2026-02-09',
        due: '2026-03-11',
        amount: 625000,
        currency: 'DKK',
      },
      {
        number: '1047',
        customer: 'Berg & Co',
        issued: '2026-02-10',
        due: '2026-03-12',
        amount: 100000,
        currency: 'DKK',
      },
    ]);
    // "Kladde" (a draft) is no receivable.
    expect(dinero.result.counts['not-receivable']).toBe(1);
    const sellsy = importFile('inv-fr-sellsy.csv');
    expect(sellsy.invoices.map((i) => [i.number, i.customer, i.due, i.amount])).toEqual([
      ['FAC-2026-00118', 'SAS Leroy Bâtiment', '2026-03-17', 240000],
      ['FAC-2026-00119', 'Claire Faure', '2026-03-18', 35000],
    ]);
    const danea = importFile('inv-it-danea-easyfatt.csv');
    expect(danea.invoices.map((i) => [i.number, i.customer, i.amount])).toEqual([
      ['31', 'Verdi Impianti S.r.l.', 244000],
      ['32', 'Neri Giulia', 61000],
    ]);
    // The credit note (a negative total) is a credit on Verdi's account.
    expect(danea.result.adjustments.map((a) => [a.kind, a.amount])).toEqual([['credit-note', 12200]]);
    const oblio = importFile('inv-ro-oblio.csv');
    expect(oblio.format).toMatchObject({ encoding: 'utf-8', hasBom: true, dateFormat: 'dd.mm.yyyy' });
    expect(oblio.invoices.map((i) => [i.number, i.customer, i.amount, i.currency])).toEqual([
      ['MF 0045', 'ALFA DISTRIBUȚIE SRL', 238000, 'RON'],
      ['MF 0046', 'BETA CONSTRUCȚII SRL', 297500, 'RON'],
    ]);
    expect(oblio.result.payments.map((p) => p.amount)).toEqual([100000]);
  });
});

describe('amount columns', () => {
  it('an amount of VAT is never the customer\'s VAT number (Pennylane\'s "Montant TVA", Sage\'s "VAT")', () => {
    for (const [name, vat] of [
      ['inv-fr-pennylane.csv', 'Montant TVA'],
      ['inv-uk-sage.csv', 'VAT'],
    ] as const) {
      const r = importFile(name);
      expect(r.column('customerTaxId')).toBeUndefined();
      expect(r.column('tax')).toBe(vat);
      expect(r.result.customers.map((c) => c.taxId)).toEqual(r.result.customers.map(() => undefined));
    }
    // A VAT number column is still one.
    expect(importFile('inv-it-danea-easyfatt.csv').column('customerTaxId')).toBe('Partita Iva');
  });

  it('a net amount is never what is owed (sevDesk\'s "Betrag Netto", SmartBill\'s "Valoare fara TVA")', () => {
    const sevdesk = importFile('inv-de-sevdesk.csv');
    expect(sevdesk.column('amount')).toBe('Betrag Brutto');
    expect(sevdesk.invoices.map((i) => [i.number, i.customer, i.amount])).toEqual([
      ['RE-2026-0817', 'Hoffmann Elektro GmbH', 119000],
      ['RE-2026-0818', 'Weber & Söhne OHG', 59500],
      ['RE-2026-0819', 'Schulz Logistik GmbH', 178500],
    ]);
    // "Bezahlt" with its date: paid in full on that day.
    expect(sevdesk.result.payments.map((p) => [p.date, p.amount])).toEqual([['2026-03-09', 178500]]);
    const smartbill = importFile('inv-ro-smartbill.csv');
    // Windows-1250 and ISO-8859-2 write these letters alike: either reads them.
    expect(smartbill.format).toMatchObject({ encoding: 'iso-8859-2', dateFormat: 'dd.mm.yyyy' });
    expect(smartbill.column('amount')).toBe('Total');
    expect(smartbill.invoices).toEqual([
      {
        number: 'SBL 1052',
        customer: 'LIBRĂRIA ȘINCAI SA',
        issued: '2026-02-10',
        due: '2026-03-12',
        amount: 122000,
        currency: 'RON',
      },
      {
        number: 'SBL 1053',
        customer: 'MOBILA DESIGN SRL',
        issued: '2026-02-11',
        due: '2026-03-13',
        amount: 178500,
        currency: 'RON',
      },
      {
        number: 'SBL 1054',
        customer: 'MOBILA DESIGN SRL',
        issued: '2026-02-12',
        due: '2026-03-14',
        amount: 178500,
        currency: 'RON',
      },
      {
        number: 'SBL 1049',
        customer: 'LIBRĂRIA ȘINCAI SA',
        issued: '2026-02-02',
        due: '2026-03-04',
        amount: 50000,
        currency: 'RON',
      },
    ]);
    expect(importFile('inv-dk-dinero.csv').column('tax')).toBeUndefined();
  });

  it('Fatture in Cloud: what the customer is to pay after the withholding tax ("Netto a pagare") is the amount owed', () => {
    const r = importFile('inv-it-fatture-in-cloud.csv');
    expect(r.column('amount')).toBe('Netto a pagare');
    const { columns, rows } = readTable(fixture('formats/inv-it-fatture-in-cloud.csv'));
    expect(suggestMapping(columns, rows).confidence.fields.amount).toBe(1);
    // The lawyer's invoice: 2,440.00 in all, 400.00 of it withheld and paid to the state by the customer.
    expect(r.invoices.map((i) => [i.number, i.customer, i.due, i.amount])).toEqual([
      ['14/2026', 'Rossi Costruzioni Srl', '2026-03-04', 122000],
      ['15/2026', 'Caffè Perù Snc', '2026-03-11', 100000],
      ['16/2026', 'Avv. Mario Neri', '2026-03-14', 204000],
    ]);
  });
});

describe('the invoice number', () => {
  it('FreeAgent: the "Reference", one per invoice, is the number when no column is named so', () => {
    const r = importFile('inv-uk-freeagent.csv');
    expect(r.column('invoiceNumber')).toBe('Reference');
    expect(r.result.errors).toEqual([]);
    expect(r.invoices).toEqual([
      {
        number: '041',
        customer: 'Hughes Design',
        issued: '2026-02-14',
        due: '2026-03-16',
        amount: 88000,
        currency: 'GBP',
      },
      {
        number: '042',
        customer: 'Patel Consulting',
        issued: '2026-02-20',
        due: '2026-03-22',
        amount: 45000,
        currency: 'GBP',
      },
      {
        number: '043',
        customer: 'Rossi Trading Ltd',
        issued: '2026-03-01',
        due: '2026-03-31',
        amount: 120000,
        currency: 'GBP',
      },
    ]);
    // Paid before the import: 380.00 of 041, all of 043.
    expect(r.result.payments.map((p) => p.amount)).toEqual([38000, 120000]);
    // Beside an invoice number, a reference stays the customer's reference (Xero).
    expect(importFile('inv-uk-xero.csv').column('invoiceNumber')).toBe('InvoiceNumber');
  });
});

describe('an invoice numbered in its year, named by its number alone', () => {
  it('"fattura n. 14" pays 14/2026, "FT.31/2026" pays 2026/0031, "facture 42" pays FA-2026-0042 — in part too', () => {
    const intesa = importFile('bank-it-intesa.csv');
    const line = intesa.result.bankLines[0]!;
    const invoices = open(
      ['14/2026', 'Rossi Costruzioni Srl', 200000, 'EUR'],
      ['14/2025', 'Bianchi Srl', 122000, 'EUR'],
      ['2026/0031', 'Verdi Impianti S.r.l.', 500000, 'EUR'],
      ['FA-2026-0042', 'SARL Dupont et Fils', 300000, 'EUR'],
    );
    const suggest = (reference: string, amount: number, counterparty = '') =>
      matchBankLines(
        [{ ...line, reference, amount, counterparty }],
        invoices,
      ).suggestions[0]?.allocations.map((a) => [a.invoiceId, a.amount]);
    // A payment on account, by a payer the statement names: 14 of this year, not the other year's of
    // the same amount.
    expect(
      suggest(
        'BONIFICO SEPA DA ROSSI COSTRUZIONI SRL PER ACCONTO FATTURA N. 14',
        122000,
        'ROSSI COSTRUZIONI SRL',
      ),
    ).toEqual([['14/2026', 122000]]);
    expect(suggest('SALDO FT.31/2026', 500000)).toEqual([['2026/0031', 500000]]);
    expect(suggest('ACOMPTE FACTURE 42', 100000)).toEqual([['FA-2026-0042', 100000]]);
    expect(suggest('FT 14/26', 200000)).toEqual([['14/2026', 200000]]);
    // A short number no word announces, with an amount that fits nothing: no guess.
    expect(suggest('RATA 14 MUTUO', 30000)).toBeUndefined();
  });
});

describe('DATEV open items', () => {
  it('the account name is the customer, "Belegfeld 1" the number, S/H the sign (H: a credit note)', () => {
    const r = importFile('inv-de-datev-opos.csv');
    expect(r.done.skipped).toBe(1);
    expect([r.column('invoiceNumber'), r.column('customer'), r.column('sign'), r.column('currency')]).toEqual(
      ['Belegfeld 1', 'Kontobeschriftung', 'S/H', 'WKZ'],
    );
    expect(r.invoices.map((i) => [i.number, i.customer, i.due, i.amount])).toEqual([
      ['RE-2026-0815', 'Müller & Schmidt GmbH', '2026-03-05', 119000],
      ['RE-2026-0816', 'Bauer KG', '2026-03-06', 238000],
    ]);
    expect(r.result.adjustments.map((a) => [a.kind, a.amount])).toEqual([['credit-note', 11900]]);
  });
});

describe('dates with the month in words', () => {
  it('FreshBooks\' report: "Feb 27, 2026", the comma after the day and all', () => {
    const r = importFile('inv-us-freshbooks-report.csv');
    expect(r.format).toMatchObject({ dateFormat: 'mmm dd yyyy', dateAmbiguous: false });
    expect(r.result.errors).toEqual([]);
    expect(r.invoices.map((i) => [i.number, i.issued, i.due, i.amount])).toEqual([
      ['0000044', '2026-02-27', '2026-03-29', 122000],
      ['0000045', '2026-02-28', '2026-03-30', 205000],
    ]);
    expect(r.result.payments.map((p) => [p.date, p.amount])).toEqual([['2026-02-28', 55000]]);
  });

  it('a German day with its dot: "5. März 2026"', () => {
    expect(parseDate('5. März 2026', 'dd mmm yyyy')).toBe('2026-03-05');
    expect(parseDate('05. März 2026')).toBe('2026-03-05');
    expect(parseDate('March 5, 2026')).toBe('2026-03-05');
  });
});

describe('a spreadsheet saved as CSV by Excel, money in its currency format', () => {
  it('Romanian "1.220,00 lei" and Danish "kr. 12.500,00" are amounts', () => {
    const ro = importFile('inv-ro-excel-lei.csv');
    expect(ro.format.columnTypes.slice(4)).toEqual(['amount', 'amount']);
    expect([ro.column('amount'), ro.column('paid')]).toEqual(['Total', 'Încasat']);
    expect(ro.invoices.map((i) => [i.number, i.customer, i.amount, i.currency])).toEqual([
      ['FCT-0201', 'Construcții Brașov SRL', 450000, 'RON'],
      ['FCT-0202', 'Târgu Mureș Distribuție SA', 127550, 'RON'],
    ]);
    expect(ro.result.payments.map((p) => p.amount)).toEqual([50000]);
    const dk = importFile('inv-dk-excel-kr.csv');
    expect(dk.format.columnTypes.slice(4)).toEqual(['amount', 'amount']);
    expect(dk.invoices.map((i) => [i.number, i.amount, i.currency])).toEqual([
      ['2026-1050', 1250000, 'DKK'],
      ['2026-1051', 375000, 'DKK'],
    ]);
    expect(dk.result.payments.map((p) => p.amount)).toEqual([100000]);
  });
});

describe('a status word for what was paid', () => {
  it('SmartBill: "Încasată" (collected) is paid; "Neîncasată" and "Încasată parțial" are not paid in full', () => {
    const r = importFile('inv-ro-smartbill.csv');
    expect(r.result.payments.map((p) => [p.date, p.amount])).toEqual([['2026-02-02', 50000]]);
    expect(r.result.notes).toContainEqual({
      code: 'csv.import.paid-as-payments',
      params: { count: 1, fields: ['status'], byPaymentDate: 0, byIssueDate: 1 },
    });
  });

  it('in every language, paid in full and only then', () => {
    const paid = (status: string) =>
      rowsToRecords([['F-1', 'Rossi', '01/02/2026', '03/03/2026', '100,00', status]], [2], {
        kind: 'invoices',
        columns: ['N', 'Cliente', 'Data', 'Scadenza', 'Totale', 'Stato'],
        fields: { invoiceNumber: 0, customer: 1, issueDate: 2, dueDate: 3, amount: 4, status: 5 },
        format: { decimalSeparator: ',', dateFormat: 'dd/mm/yyyy' },
        defaultCurrency: 'EUR',
        defaultCountry: 'IT',
        today: '2026-03-31',
        batchId: 'b1',
        existing: { customers: [], invoicesByNumber: new Map(), bankLineKeys: new Set() },
        newId: (p) => p,
        onExisting: 'update',
      }).payments.length === 1;
    for (const s of [
      'Paid',
      'Pagata',
      'Incassata',
      'Saldata',
      'Payée',
      'Bezahlt',
      'Betalt',
      'Încasată',
      'Incasata',
      'Achitată',
      'Plătită',
    ])
      expect([s, paid(s)]).toEqual([s, true]);
    for (const s of [
      'Unpaid',
      'Non saldata',
      'Parz. saldata',
      'Pagata parzialmente',
      'Payée partiellement',
      'Neîncasată',
      'Încasată parţial',
      'Ikke betalt',
      'Delvist betalt',
      'Teilweise bezahlt',
      'Part Paid',
    ])
      expect([s, paid(s)]).toEqual([s, false]);
  });

  it('drafts and cancelled invoices are not owed: Romanian "Stornată", Danish "Udkast" too', () => {
    const left = (status: string) =>
      rowsToRecords([['F-1', 'Rossi', '01/02/2026', '03/03/2026', '100,00', status]], [2], {
        kind: 'invoices',
        columns: ['N', 'Client', 'Data', 'Scadenta', 'Total', 'Stare'],
        fields: { invoiceNumber: 0, customer: 1, issueDate: 2, dueDate: 3, amount: 4, status: 5 },
        format: { decimalSeparator: ',', dateFormat: 'dd/mm/yyyy' },
        defaultCurrency: 'RON',
        defaultCountry: 'RO',
        today: '2026-03-31',
        batchId: 'b1',
        existing: { customers: [], invoicesByNumber: new Map(), bankLineKeys: new Set() },
        newId: (p) => p,
        onExisting: 'update',
      }).counts['not-receivable'] === 1;
    for (const s of [
      'Stornată',
      'Stornata',
      'Anulată',
      'Ciornă',
      'Udkast',
      'Kladde',
      'Annullata',
      'Storniert',
    ])
      expect([s, left(s)]).toEqual([s, true]);
    expect(left('Emisă')).toBe(false);
  });
});

describe('amounts with a credit or debit mark', () => {
  it('a UK business statement: "1,250.00 CR" is money in, "45.10 DR" and "12.50DR" money out', () => {
    const r = importFile('bank-uk-cr-dr.csv');
    expect(r.format).toMatchObject({ decimalSeparator: '.', dateFormat: 'dd/mm/yyyy', headerRowIndex: 5 });
    expect(r.column('amount')).toBe('Amount');
    expect(r.column('balance')).toBe('Balance');
    expect(r.result.errors).toEqual([]);
    expect(r.result.counts).toMatchObject({ new: 2, outgoing: 2, error: 0 });
    expect(r.bankLines).toEqual([
      { line: 7, date: '2026-03-02', amount: 125000, currency: 'GBP', payer: 'ROSSI TRADING LTD' },
      { line: 9, date: '2026-03-06', amount: 60000, currency: 'GBP', payer: '' },
    ]);
  });

  it('a German list: "1.250,00 H" (Haben) is money in, "45,10 S" (Soll) money out', () => {
    const r = importFile('bank-de-soll-haben.csv');
    expect(r.format).toMatchObject({ decimalSeparator: ',', dateFormat: 'dd.mm.yyyy', headerRowIndex: 4 });
    expect(r.result.counts).toMatchObject({ new: 2, outgoing: 1, error: 0 });
    expect(r.bankLines.map((b) => [b.line, b.date, b.amount, b.payer])).toEqual([
      [6, '2026-03-05', 125000, 'Rossi GmbH'],
      [8, '2026-03-09', 238000, 'Bäckerei Huber'],
    ]);
  });

  it('each mark, spaced or not, before or after the amount; a mark of no sign is no amount', () => {
    const dot = { decimalSeparator: '.' } as const;
    const comma = { decimalSeparator: ',' } as const;
    expect(parseAmount('1,250.00 CR', dot)).toBe(125000);
    expect(parseAmount('45.10 DR', dot)).toBe(-4510);
    expect(parseAmount('45.10DR', dot)).toBe(-4510);
    expect(parseAmount('45.10 Dr', dot)).toBe(-4510);
    expect(parseAmount('£45.10 CR', dot)).toBe(4510);
    expect(parseAmount('DR 45.10', dot)).toBe(-4510);
    expect(parseAmount('45.10 C', dot)).toBe(4510);
    expect(parseAmount('45.10 D', dot)).toBe(-4510);
    expect(parseAmount('1.250,00 H', comma)).toBe(125000);
    expect(parseAmount('45,10 S', comma)).toBe(-4510);
    expect(parseAmount('-45.10 CR', dot)).toBe(4510);
    expect(parseAmount('0.00 DR', dot)).toBe(0);
    expect(parseAmount('45.10 XY', dot)).toBeNull();
    expect(parseAmount('45.10S', dot)).toBeNull();
    expect(parseAmount('CR', dot)).toBeNull();
  });

  it('a mark that is no credit or debit is a problem on its line and column, and nothing is kept of the row', () => {
    const text =
      'Date,Description,Amount\n02/03/2026,ROSSI TRADING LTD,"1,250.00 CR"\n13/03/2026,HUGHES DESIGN,600.00 XR\n';
    const bytes = new TextEncoder().encode(text);
    const format = sniffCsv(bytes);
    const { rows, lines } = readTable(bytes, format);
    const r = rowsToRecords(
      rows,
      lines,
      importContext({ kind: 'bank-statement', columns: format.columns, fields: BANK_FIELDS, format }),
    );
    expect(r.errors).toEqual([
      {
        line: 3,
        column: 3,
        columnName: 'Amount',
        code: 'unparseable-amount',
        params: { value: '600.00 XR', field: 'amount', decimalSeparator: '.' },
      },
    ]);
    expect(r.bankLines.map((b) => b.amount)).toEqual([125000]);
  });
});

describe('dates written as eight digits', () => {
  it('an MT940 export: 20260305 is 5 March 2026, year first whatever the user writes', () => {
    for (const monthFirst of [false, true]) {
      const r = importFile('bank-de-mt940-compact.csv', { monthFirst });
      expect(r.format).toMatchObject({ dateFormat: 'yyyymmdd', dateAmbiguous: false, decimalSeparator: ',' });
      expect(r.column('bookingDate')).toBe('Buchungstag');
      expect(r.result.errors).toEqual([]);
      expect(r.bankLines).toEqual([
        { line: 2, date: '2026-03-05', amount: 119000, currency: 'EUR', payer: 'Mueller & Schmidt GmbH' },
        { line: 4, date: '2026-03-11', amount: 238000, currency: 'EUR', payer: 'Bauer KG' },
      ]);
    }
  });

  const sniffText = (text: string, monthFirst = false) =>
    sniffCsv(new TextEncoder().encode(text), { monthFirst });

  it('year last: the column decides the order by a day above 12, and says so when none is', () => {
    const dayFirst = sniffText('Dato;Tekst;Beløb\n05032026;Jensen ApS;100,00\n17032026;Hansen;200,00\n');
    expect(dayFirst).toMatchObject({ dateFormat: 'ddmmyyyy', dateAmbiguous: false });
    expect(parseDate('05032026', dayFirst.dateFormat)).toBe('2026-03-05');
    const monthFirst = sniffText('Date,Memo,Amount\n03052026,ACME LTD,100.00\n03172026,HUGHES,200.00\n');
    expect(monthFirst).toMatchObject({ dateFormat: 'mmddyyyy', dateAmbiguous: false });
    expect(parseDate('03172026', monthFirst.dateFormat)).toBe('2026-03-17');
    // Every value reads both ways: a guess, with the warning the preview shows.
    const both = sniffText('Dato;Tekst;Beløb\n05032026;Jensen ApS;100,00\n06032026;Hansen;200,00\n');
    expect(both).toMatchObject({ dateFormat: 'ddmmyyyy', dateAmbiguous: true });
    expect(both.notes).toContainEqual({ code: 'csv.note.date-ambiguous', params: { chosen: 'day' } });
  });

  it('eight digits that are no date (an account number) stay a number; 31 February is said so', () => {
    const accounts = sniffText('Konto;Name;Betrag\n12345678;Rossi GmbH;100,00\n87654321;Huber;200,00\n');
    expect(accounts.dateFormat).toBeNull();
    expect(accounts.columnTypes[0]).toBe('integer');
    const text =
      'Buchungstag;Verwendungszweck;Betrag\n20260305;RE 2026-116;1190,00\n20260231;RE 2026-117;2380,00\n';
    const bytes = new TextEncoder().encode(text);
    const format = sniffCsv(bytes);
    const { rows, lines } = readTable(bytes, format);
    const r = rowsToRecords(
      rows,
      lines,
      importContext({
        kind: 'bank-statement',
        columns: format.columns,
        fields: BANK_FIELDS,
        format,
        defaultCurrency: 'EUR',
        defaultCountry: 'DE',
      }),
    );
    expect(r.errors).toEqual([
      {
        line: 3,
        column: 1,
        columnName: 'Buchungstag',
        code: 'impossible-date',
        params: { value: '20260231', field: 'bookingDate', year: 2026, month: 2, days: 28 },
      },
    ]);
  });
});

describe('Danish payment slips (FIK, indbetalingskort)', () => {
  it("Danske Bank: the slip's payment id names the invoice, in the code line or after the card type", () => {
    const r = importFile('bank-dk-fik.csv');
    expect(r.result.counts).toMatchObject({ new: 3, outgoing: 1, error: 0 });
    // Each line's amount is also another customer's balance: only the slip tells them apart.
    const invoices = open(
      ['2026-1051', 'Jensen & Søn ApS', 1250000, 'DKK'],
      ['2026-0999', 'Nielsen VVS', 1250000, 'DKK'],
      ['1052', 'Hansen Tømrer', 375000, 'DKK'],
      ['1099', 'Berg Malerfirma', 375000, 'DKK'],
      ['2026-1053', 'Larsen Rådgivning ApS', 812500, 'DKK'],
      ['2026-1098', 'Holm & Co', 812500, 'DKK'],
    );
    expect(matches(r, invoices)).toEqual({ 2: ['2026-1051'], 4: ['1052'], 5: ['2026-1053'] });
  });

  it('the check digit comes off when it checks (modulus 10 for cards 71 and 75, 11 for 04 and 15)', () => {
    expect(slipNumber('71', '000000202610515')).toBe('20261051');
    expect(slipNumber('71', '000000000010520')).toBe('1052');
    expect(slipNumber('75', '0000000202610531')).toBe('20261053');
    // 1044 with modulus 11, weights 2, 3, 4, 5… from the right: 4·2 + 4·3 + 0·4 + 1·5 = 25, and
    // 11 − 25 mod 11 = 8.
    expect(slipNumber('04', '0000000000010448')).toBe('1044');
    // A number whose last digit does not check is the creditor's number as it stands.
    expect(slipNumber('71', '000000000010521')).toBe('10521');
    expect(paymentSlips('Dankort-nota Q8 Roskilde 1234')).toBeNull();
    expect(paymentSlips('Indbetalingskort +71<000000202610515+87654321<')?.ids).toEqual(['20261051']);
    expect(paymentSlips('+73<+87654321<')?.ids).toEqual([]);
  });
});

describe('a US file whose every date reads both ways', () => {
  it('QuickBooks Online invoice list: the billing addresses are American, so month first, still to confirm', () => {
    const r = importFile('inv-us-quickbooks-invoice-list.csv');
    expect(r.format).toMatchObject({ dateFormat: 'mm/dd/yyyy', dateAmbiguous: true, decimalSeparator: '.' });
    expect(r.format.notes).toContainEqual({
      code: 'csv.note.date-ambiguous',
      params: { chosen: 'month', because: 'us-address' },
    });
    expect(r.invoices.map((i) => [i.number, i.customer, i.issued, i.due, i.amount])).toEqual([
      ['1048', 'Globex LLC', '2026-03-02', '2026-04-01', 122000],
      ['1049', 'Initech Inc', '2026-03-05', '2026-04-04', 205000],
      ['1050', 'Hooli Inc', '2026-03-09', '2026-04-08', 53000],
    ]);
  });

  it('a date in words the American way marks it too; a UK file of the same shape stays day first', () => {
    const text = (memo: string) =>
      new TextEncoder().encode(
        `Date,Description,Amount\n03/02/2026,${memo},100.00\n03/05/2026,HUGHES,200.00\n`,
      );
    const us = sniffCsv(text('"PAYMENT RECEIVED March 1, 2026"'));
    expect(us).toMatchObject({ dateFormat: 'mm/dd/yyyy', dateAmbiguous: true });
    expect(us.notes).toContainEqual({
      code: 'csv.note.date-ambiguous',
      params: { chosen: 'month', because: 'us-month-name' },
    });
    const uk = sniffCsv(text('"PAYMENT RECEIVED 1 March 2026"'));
    expect(uk).toMatchObject({ dateFormat: 'dd/mm/yyyy', dateAmbiguous: true });
    expect(uk.notes).toContainEqual({ code: 'csv.note.date-ambiguous', params: { chosen: 'day' } });
  });
});
