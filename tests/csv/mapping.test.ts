import { describe, expect, test } from 'vitest';
import { mappingSignature, suggestMapping } from '../../src/csv';

const row = (...cells: string[]) => cells;

describe('suggestMapping: header words', () => {
  test.each([
    ['en', ['Invoice number', 'Customer', 'Due date', 'Amount']],
    ['it', ['Numero fattura', 'Cliente', 'Scadenza', 'Importo']],
    ['fr', ['N° facture', 'Client', 'Échéance', 'Montant']],
    ['ro', ['Număr factură', 'Client', 'Scadență', 'Sumă']],
    ['ro without diacritics', ['Numar factura', 'Client', 'Scadenta', 'Suma']],
    ['da', ['Fakturanr', 'Kunde', 'Forfaldsdato', 'Beløb']],
    ['de', ['Rechnungsnummer', 'Kunde', 'Fälligkeitsdatum', 'Betrag']],
  ])('invoice list in %s', (_lang, columns) => {
    const m = suggestMapping(columns, [
      row('F-1', 'Rossi', '31/01/2024', '100,00'),
      row('F-2', 'Bianchi', '28/02/2024', '50,00'),
    ]);
    expect(m.kind).toBe('invoices');
    expect(m.fields).toEqual({ invoiceNumber: 0, customer: 1, dueDate: 2, amount: 3 });
    expect(m.missing).toEqual([]);
  });

  test.each([
    ['de Soll/Haben', ['Buchung', 'Valuta', 'Auftraggeber/Empfänger', 'Verwendungszweck', 'Soll', 'Haben']],
    ['it Dare/Avere', ['Data contabile', 'Data valuta', 'Ordinante', 'Causale', 'Dare', 'Avere']],
    ['fr Débit/Crédit', ["Date d'opération", 'Date de valeur', 'Tiers', 'Libellé', 'Débit', 'Crédit']],
    ['ro Debit/Credit', ['Data tranzacției', 'Data valutei', 'Beneficiar', 'Detalii', 'Debit', 'Credit']],
  ])('bank statement %s', (_name, columns) => {
    const m = suggestMapping(columns, [
      row('01.02.2024', '02.02.2024', 'ACME', 'Fattura 12', '10,00', ''),
      row('03.02.2024', '03.02.2024', 'Beta', 'Rechnung 7', '', '20,00'),
    ]);
    expect(m.kind).toBe('bank-statement');
    expect(m.fields.bookingDate).toBe(0);
    expect(m.fields.valueDate).toBe(1);
    expect(m.fields.counterparty).toBe(2);
    expect(m.fields.debit).toBe(4);
    expect(m.fields.credit).toBe(5);
    expect([m.fields.reference, m.fields.description]).toContain(3);
  });

  test('Italian "Valuta" with currency codes is the currency, with dates the value date', () => {
    const cur = suggestMapping(
      ['Numero fattura', 'Cliente', 'Scadenza', 'Importo', 'Valuta'],
      [row('1', 'Rossi', '31/01/2024', '10,00', 'EUR')],
    );
    expect(cur.fields.currency).toBe(4);
    const val = suggestMapping(
      ['Data', 'Valuta', 'Addebiti', 'Accrediti', 'Descrizione'],
      [row('01/02/24', '02/02/24', '1,00', '', 'x')],
    );
    expect(val.fields.valueDate).toBe(1);
  });

  test('customers list', () => {
    const m = suggestMapping(
      ['Ragione sociale', 'Partita IVA', 'Email', 'Paese', 'Lingua'],
      [row('Rossi Srl', 'IT0123', 'a@b.it', 'IT', 'it')],
    );
    expect(m.kind).toBe('customers');
    expect(m.fields).toMatchObject({
      customer: 0,
      customerTaxId: 1,
      customerEmail: 2,
      country: 3,
      language: 4,
    });
  });

  test('confidence per field and overall', () => {
    const m = suggestMapping(
      ['Invoice number', 'Customer', 'Due date', 'Amount'],
      [row('1', 'A', '2024-01-01', '1.00')],
    );
    expect(m.confidence.overall).toBe(1);
    expect(m.confidence.fields.invoiceNumber).toBe(1);
  });
});

describe('mappingSignature', () => {
  test('stable across case, diacritics, spacing and trailing empty cells', () => {
    const a = mappingSignature(['Numéro facture', 'Client', 'Montant']);
    expect(mappingSignature(['numero  FACTURE', 'client ', 'Montant', ''])).toBe(a);
    expect(a).toMatch(/^h3-[0-9a-z]+$/);
  });
  test('differs when names or order differ', () => {
    expect(mappingSignature(['a', 'b'])).not.toBe(mappingSignature(['b', 'a']));
    expect(mappingSignature(['Amount'])).not.toBe(mappingSignature(['Amount due']));
  });
});
