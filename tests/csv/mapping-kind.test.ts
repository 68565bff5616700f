import { describe, expect, it } from 'vitest';
import { readTable, sniffCsv, suggestMapping } from '../../src/csv/index';

function kindOf(text: string) {
  const bytes = new TextEncoder().encode(text);
  const t = readTable(bytes, sniffCsv(bytes));
  return suggestMapping(t.columns, t.rows);
}

describe('what kind of file it is', () => {
  it('takes the plainest invoice list (number, customer, amount, date) for invoices, in English and German', () => {
    expect(
      kindOf('Invoice,Customer,Amount,Date\nI-1,Acme,"$1,200.00",1/15/2026\nI-2,Beta,$99.95,1/16/2026\n'),
    ).toMatchObject({
      kind: 'invoices',
      fields: { invoiceNumber: 0, customer: 1, amount: 2, issueDate: 3 },
    });
    expect(
      kindOf('Nr.;Kunde;Betrag;Datum\nR-1;"Müller\nGmbH";1.000,00;01.02.2026\nR-2;Weiß KG;20,50;03.02.2026\n')
        .kind,
    ).toBe('invoices');
  });

  it('still knows a payments file by its payment date or its references', () => {
    expect(kindOf('Payment date,Invoice,Amount\n2026-02-01,I-1,10.00\n2026-02-02,I-2,20.00\n').kind).toBe(
      'payments',
    );
    expect(
      kindOf(
        'Date,Invoice,Amount,Reference\n2026-02-01,I-1,10.00,Transfer 1\n2026-02-02,I-2,20.00,Transfer 2\n',
      ).kind,
    ).toBe('payments');
  });

  it("skips Excel's sep= line before the header", () => {
    const bytes = new TextEncoder().encode(
      'sep=;\r\nData;Descrizione;Importo\r\n01/02/2026;Fattura 12;1.234,50\r\n02/02/2026;Fattura 13;-20,00\r\n',
    );
    const format = sniffCsv(bytes);
    expect(format).toMatchObject({ delimiter: ';', headerRowIndex: 1, decimalSeparator: ',' });
    expect(readTable(bytes, format).rows).toEqual([
      ['01/02/2026', 'Fattura 12', '1.234,50'],
      ['02/02/2026', 'Fattura 13', '-20,00'],
    ]);
  });
});
