// The trait fixtures through the whole chain the Import page runs (sniff → read → suggest → convert),
// without touching the mapping: what gets written, what is left out and what the preview says.
import { describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/csv/rows-to-records';
import { payerFromText } from '../../src/csv/payer';
import { seriesNumber } from '../../src/csv/import-invoices';
import { runReadJob } from '../../src/csv/read-job';
import type { WorkerReply } from '../../src/csv/worker-protocol';
import { reasonText } from '../../src/i18n/reasons';
import { importFile as importBytes } from '../fixtures/import-context';
import { fixture } from './helpers';

/** A trait fixture as an Italian company drops it (its own format, as sniffed). */
const importFile = (name: string, over: Partial<ImportContext> = {}) =>
  importBytes(fixture(`traits/${name}`), { defaultCurrency: 'EUR', defaultCountry: 'IT', ...over }).result;

describe('trait fixtures imported as dropped', () => {
  it('keeps a pending transaction out, says so, and imports the booked ones', () => {
    const r = importFile('pending-marker.csv');
    expect(r.errors).toEqual([]);
    expect(r.status).toEqual(['pending', 'new', 'outgoing', 'new']);
    expect(r.bankLines.map((l) => [l.date, l.amount, l.counterparty])).toEqual([
      ['2026-03-03', 125000, 'Hansen & Co'],
      ['2026-03-05', 200000, ''],
    ]);
    expect(r.notes).toEqual([{ code: 'csv.import.pending', params: { count: 1 } }]);
    expect(reasonText(r.notes[0]!, 'da')).toMatch(/^1 postering er endnu ikke bogført/);
  });

  it('signs unsigned amounts by the Af/Bij column: "Af" is money out', () => {
    const r = importFile('dutch-af-bij.csv');
    expect(r.errors).toEqual([]);
    expect(r.status).toEqual(['new', 'outgoing', 'new']);
    expect(r.bankLines.map((l) => [l.date, l.amount])).toEqual([
      ['2026-03-02', 150000],
      ['2026-03-04', 24500],
    ]);
  });

  it('reads a statement with a pending line, continuation lines and a D/C column', () => {
    const r = importFile('statement-pending-dc.csv');
    expect(r.errors).toEqual([]);
    expect(r.status).toEqual(['pending', 'new', 'outgoing', 'new']);
    expect(r.bankLines.map((l) => [l.line, l.date, l.amount, l.reference])).toEqual([
      [
        3,
        '2026-02-15',
        122000,
        'SEPA credit transfer FT-2026-001 Rossi Costruzioni S.r.l. ref. fattura febbraio',
      ],
      [7, '2026-03-20', 305050, 'Bonifico Bianchi FT-2026-002'],
    ]);
  });

  it('imports an open-items list: the open amount is the amount, the due date stands in for the issue date', () => {
    const r = importFile('open-items.csv');
    expect(r.errors).toEqual([]);
    expect(r.invoices.map((i) => [i.number, i.issueDate, i.dueDate, i.amount])).toEqual([
      ['OI-1', '2026-02-14', '2026-02-14', 122000],
      ['OI-2', '2026-03-19', '2026-03-19', 305050],
    ]);
    expect(r.payments).toEqual([]);
  });

  it('takes the total, not the net amount, as what is owed, and the customer’s address from street, postal code and town', () => {
    const r = importFile('net-vat-total-address.csv');
    expect(r.errors).toEqual([]);
    // 4.100,00 + 902,00 VAT = 5.002,00; 1.000,00 + 220,00 = 1.220,00.
    expect(r.invoices.map((i) => [i.number, i.amount])).toEqual([
      ['2026/101', 500_200],
      ['2026/102', 122_000],
    ]);
    expect(r.customers.map((c) => [c.name, c.address])).toEqual([
      ['Ferrari & Figli S.n.c.', 'Via Roma 12\n20121 Milano'],
      ['Bianchi S.r.l.', 'Corso Italia 3\n10121 Torino'],
    ]);
  });

  it('takes a customer’s country from its VAT number when the file has no country column', () => {
    // Imported by a French user: the IT prefix of the P.IVA says Italy, not the default France.
    const r = importFile('net-vat-total-address.csv', { defaultCountry: 'FR' });
    expect(r.customers.map((c) => [c.name, c.country, c.language])).toEqual([
      ['Ferrari & Figli S.n.c.', 'IT', 'it'],
      ['Bianchi S.r.l.', 'IT', 'it'],
    ]);
  });

  it('leaves draft, void and cancelled invoices out, and flags customers without a country', () => {
    const r = importFile('invoices-with-status.csv');
    expect(r.errors).toEqual([]);
    expect(r.status).toEqual(['new', 'not-receivable', 'not-receivable', 'not-receivable', 'new']);
    expect(r.invoices.map((i) => i.number)).toEqual(['S-1', 'S-5']);
    expect(r.customers.map((c) => [c.name, c.country])).toEqual([['Rossi Costruzioni', 'IT']]);
    expect(r.notes).toEqual([
      { code: 'csv.import.not-receivable', params: { count: 3, statuses: ['Draft', 'Void', 'Cancelled'] } },
      { code: 'csv.import.no-country', params: { count: 2, numbers: ['S-1', 'S-5'], country: 'IT' } },
    ]);
    expect(reasonText(r.notes[1]!, 'en')).toBe(
      "2 invoices have a customer without a country (S-1, S-5): the law of Italy, your company's country, will apply to late payment",
    );
    expect(reasonText(r.notes[1]!, 'it')).toMatch(
      /si applicherà la legge del paese della vostra azienda \(Italia\)/,
    );
  });
});

describe('the date order settled by the due dates', () => {
  it('takes month-first when only it puts every due date on or after its issue date', () => {
    const bytes = fixture('traits/ambiguous-by-due-dates.csv');
    const replies: WorkerReply[] = [];
    runReadJob({ bytes: bytes.slice().buffer }, (m) => replies.push(m));
    const formats = replies.flatMap((m) => (m.type === 'format' ? [m.format] : []));
    expect(formats[0]).toMatchObject({ dateFormat: 'dd/mm/yyyy', dateAmbiguous: true });
    expect(formats.at(-1)).toMatchObject({ dateFormat: 'mm/dd/yyyy', dateAmbiguous: false });
  });
});

describe('a transactions export imported as dropped', () => {
  it('becomes payments of the gross amount, allocated where the invoice is known', () => {
    const r = importFile('transactions-gross-fee-net.csv');
    expect(r.errors).toEqual([]);
    expect(r.payments.map((p) => [p.date, p.amount, p.payer, p.reference])).toEqual([
      ['2026-01-28', 122000, 'Rossi Costruzioni', '7AB12345CD'],
      ['2026-01-29', 30000, 'Bianchi & Figli', '8XY99ZZ01'],
    ]);
    // FT-2026-001 is not in the (empty) book: kept unallocated, with a warning.
    expect(r.warnings.map((w) => [w.line, w.code])).toEqual([[2, 'unknown-invoice']]);
  });
});

describe('a statement with a description and a transaction reference', () => {
  it('keeps both, the payer and the invoice from the description, and the fingerprint of the reference', () => {
    const r = importFile('description-and-reference.csv');
    expect(r.errors).toEqual([]);
    expect(r.bankLines.map((l) => [l.date, l.amount, l.counterparty, l.reference])).toEqual([
      [
        '2026-11-20',
        150000,
        'LIBRARIA SINCAI SA',
        'Incasare OP LIBRARIA SINCAI SA plata partiala factura 1052 · OP123',
      ],
      ['2026-11-24', 80000, '', 'OP123 · OP124'],
    ]);
    // The fingerprint is built as before from the bank's reference: a statement imported earlier is
    // recognised, not stored twice.
    expect(r.bankLines[0]!.key).toContain('|OP123');
    expect(r.bankLines[0]!.key).not.toContain('LIBRARIA');
  });
});

describe('an invoice list with the series and the number in columns of their own', () => {
  it('maps both and stores the number as the customer reads it, the series first', () => {
    const r = importFile('series-and-number.csv');
    expect(r.errors).toEqual([]);
    expect(r.invoices.map((i) => [i.number, i.amount, i.currency])).toEqual([
      ['TPA 1021', 1245000, 'RON'],
      ['TPA 1034', 386750, 'RON'],
      ['TPB 1021', 178500, 'RON'],
    ]);
    // The same number in two series is two invoices, and what was paid is a payment on the right one.
    expect(
      r.payments.map((p) => [p.amount, r.invoices.find((i) => i.id === p.allocations[0]!.invoiceId)?.number]),
    ).toEqual([[100000, 'TPA 1034']]);
    // A number that already carries its series is left as it is.
    expect(seriesNumber('TPA', 'TPA1021')).toBe('TPA1021');
    expect(seriesNumber('', '1021')).toBe('1021');
  });
});

describe('the payer inside a bank description', () => {
  it('is found after the bank’s words in each language', () => {
    expect(payerFromText('BONIFICO DA BIANCHI E FIGLI SNC')).toBe('BIANCHI E FIGLI SNC');
    // BancoPosta names the payer after the transfer's codes.
    expect(
      payerFromText(
        'BONIFICO A VOSTRO FAVORE TRN BBBBBBBB XXXXXXXXXXXXXXXXXXXXXXXXXXXXIT DA NOME_MITTENTE PER CAUSALE_BONIFICO',
      ),
    ).toBe('NOME_MITTENTE');
    expect(payerFromText('BONIFICO A VOSTRO FAVORE TRN 0306909606 DA Rossi Costruzioni srl PER FT 12')).toBe(
      'Rossi Costruzioni srl',
    );
    expect(payerFromText('VIR SEPA RECU DE MARTIN SARL REF FA-2026-12')).toBe('MARTIN SARL');
    expect(payerFromText('SEPA-Gutschrift von Müller GmbH RE 2026-11')).toBe('Müller GmbH');
    expect(payerFromText('Transfer de la Popescu Construct SRL factura 77')).toBe('Popescu Construct SRL');
    expect(payerFromText('Overførsel fra Jensen ApS')).toBe('Jensen ApS');
    expect(payerFromText('Faster payment from ROSSI COSTRUZIONI SRL ref FT-2026-001')).toBe(
      'ROSSI COSTRUZIONI SRL',
    );
    expect(payerFromText('Incasare OP LIBRARIA SINCAI SA plata partiala factura 1052')).toBe(
      'LIBRARIA SINCAI SA',
    );
    expect(payerFromText('Account fee')).toBe('');
  });
});

describe('a decimal mark seen only past the sniffed head', () => {
  it('is decided from the whole file', () => {
    // 70 KB of whole amounts ("1.234" could be either mark), then amounts with decimals.
    const head = Array.from({ length: 3000 }, (_, i) => `F-${i}\tCliente ${i % 40}\t15/01/2026\t1.234`);
    const tail = Array.from({ length: 20 }, (_, i) => `G-${i}\tCliente ${i}\t16/01/2026\t1.234,5${i % 10}`);
    const bytes = new TextEncoder().encode(['Numero\tCliente\tData\tImporto', ...head, ...tail].join('\n'));
    const replies: WorkerReply[] = [];
    runReadJob({ bytes: bytes.buffer }, (m) => replies.push(m));
    const formats = replies.flatMap((m) => (m.type === 'format' ? [m.format] : []));
    // The head alone leaves the tab-separated file on the default '.'.
    expect(formats[0]).toMatchObject({ dataRowCountExact: false, decimalSeparator: '.' });
    expect(formats.at(-1)).toMatchObject({ decimalSeparator: ',', thousandsSeparator: '.' });
  });
});

describe('line items without a total', () => {
  it('sums quantity × unit price (+ tax) per invoice, each line rounded to the cent, and says so', () => {
    const r = importFile('line-items-no-total.csv');
    expect(r.errors).toEqual([]);
    expect(r.status).toEqual(['new', 'line', 'new']);
    // L-1: 1.5 × 80.00 = 120.00, + 22 % = 146.40; 1 × 33.33 = 33.33 → 179.73.
    // L-2: 3 × 19.99 = 59.97, + 13.19 tax = 73.16.
    expect(r.invoices.map((i) => [i.number, i.amount])).toEqual([
      ['L-1', 17973],
      ['L-2', 7316],
    ]);
    expect(r.notes).toContainEqual({ code: 'csv.import.line-totals', params: { count: 2 } });
  });
});

describe('a DATEV Buchungsstapel imported as dropped', () => {
  it('makes invoices of the Soll bookings and a credit note of the Haben one', () => {
    const r = importFile('datev-buchungsstapel.csv', { defaultCountry: 'DE' });
    expect(r.errors).toEqual([]);
    expect(r.invoices.map((i) => [i.number, i.issueDate, i.amount, i.currency])).toEqual([
      ['RE-2026-001', '2026-01-05', 119000, 'EUR'],
      ['RE-2026-002', '2026-01-12', 59500, 'EUR'],
    ]);
    expect(r.adjustments.map((a) => [a.kind, a.number, a.date, a.amount])).toEqual([
      ['credit-note', 'GS-2026-001', '2026-01-20', 11900],
    ]);
  });
});
