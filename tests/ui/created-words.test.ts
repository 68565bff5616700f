import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/i18n';
import {
  bankLinesWords,
  createdWords,
  historyWords,
  importedSentence,
  nothingToWriteWords,
  problemsWords,
} from '../../src/ui/import/created-words';

afterEach(async () => {
  await useLanguage('en', 'GB');
});

const one = { invoices: 1, customers: 1, payments: 1 };
const some = { invoices: 2, customers: 3, payments: 0 };

describe('what an import created, singular for one', () => {
  it('reads "1 fattura, 1 cliente, 1 incasso" in Italian, plural otherwise', async () => {
    await useLanguage('it', 'IT');
    expect(createdWords(one)).toBe('1 fattura, 1 cliente, 1 incasso');
    expect(createdWords(some)).toBe('2 fatture, 3 clienti, 0 incassi');
    expect(bankLinesWords(1)).toBe('1 movimento bancario da abbinare');
    expect(bankLinesWords(4)).toBe('4 movimenti bancari da abbinare');
    expect(problemsWords(1)).toBe('1 problema');
    expect(problemsWords(2)).toBe('2 problemi');
    expect(importedSentence({ rowCount: 1, created: one })).toBe(
      'Importata 1 riga: 1 fattura, 1 cliente, 1 incasso.',
    );
    expect(importedSentence({ rowCount: 12000, created: some })).toBe(
      'Importate 12.000 righe: 2 fatture, 3 clienti, 0 incassi.',
    );
  });

  it("counts the rows written, not the file's, and says apart how many rows with problems were left out", async () => {
    // The tester's many_one_bad.csv: 5,000 good rows and a bad one, "skip rows with problems" ticked.
    const batch = {
      rowCount: 5001,
      importedRows: 5000,
      skippedRows: 1,
      created: { invoices: 5000, customers: 1, payments: 0 },
    };
    expect(importedSentence(batch)).toBe(
      'Imported 5,000 rows: 5,000 invoices, 1 customer, 0 payments. 1 row with problems was left out.',
    );
    expect(importedSentence({ ...batch, importedRows: 4980, skippedRows: 21 })).toBe(
      'Imported 4,980 rows: 5,000 invoices, 1 customer, 0 payments. 21 rows with problems were left out.',
    );
    expect(importedSentence({ ...batch, skippedRows: 0 })).toBe(
      'Imported 5,000 rows: 5,000 invoices, 1 customer, 0 payments.',
    );
    await useLanguage('it', 'IT');
    expect(importedSentence(batch)).toBe(
      'Importate 5.000 righe: 5.000 fatture, 1 cliente, 0 incassi. 1 riga con problemi è stata esclusa.',
    );
    await useLanguage('ro', 'RO');
    expect(importedSentence({ ...batch, skippedRows: 21 })).toBe(
      'Au fost importate 5.000 de rânduri: 5.000 de facturi, 1 client, 0 încasări. 21 de rânduri cu probleme au fost omise.',
    );
    await useLanguage('de', 'DE');
    expect(importedSentence({ ...batch, skippedRows: 2 })).toBe(
      '5.000 Zeilen importiert: 5.000 Rechnungen, 1 Kunde, 0 Zahlungen. 2 Zeilen mit Problemen wurden ausgelassen.',
    );
  });

  it('reads "1 factură, 1 client, 1 încasare" in Romanian', async () => {
    await useLanguage('ro', 'RO');
    expect(createdWords(one)).toBe('1 factură, 1 client, 1 încasare');
    expect(createdWords(some)).toBe('2 facturi, 3 clienți, 0 încasări');
    expect(bankLinesWords(1)).toBe('1 tranzacție bancară de asociat');
    expect(problemsWords(1)).toBe('1 problemă');
    expect(importedSentence({ rowCount: 1, created: one })).toBe(
      'A fost importat 1 rând: 1 factură, 1 client, 1 încasare.',
    );
  });

  it('is singular for one in the other languages too', async () => {
    const expected = {
      en: ['1 invoice, 1 customer, 1 payment', '1 bank line for matching', '1 problem'],
      fr: ['1 facture, 1 client, 1 règlement', '1 opération bancaire à rapprocher', '1 problème'],
      da: ['1 faktura, 1 kunde, 1 betaling', '1 bankpostering til matchning', '1 problem'],
      de: ['1 Rechnung, 1 Kunde, 1 Zahlung', '1 Kontoumsatz zum Zuordnen', '1 Problem'],
    } as const;
    for (const [language, [created, bank, problems]] of Object.entries(expected)) {
      await useLanguage(language as keyof typeof expected);
      expect(createdWords(one)).toBe(created);
      expect(bankLinesWords(1)).toBe(bank);
      expect(problemsWords(1)).toBe(problems);
    }
  });

  it('says why an import would write nothing, and nothing when some row is written', async () => {
    const none = { new: 0, update: 0, same: 0, skip: 0, error: 0, outgoing: 0, line: 0, pending: 0 };
    // The shared fixture's Zoho export: 13 rows, the lines of 3 draft invoices. The note above says 3
    // invoices were left out; this sentence says the same.
    expect(nothingToWriteWords({ ...none, 'not-receivable': 13 }, 3)).toBe(
      'Nothing to import: 3 draft, void or cancelled invoices left out.',
    );
    expect(nothingToWriteWords({ ...none, 'not-receivable': 13 })).toBe(
      'Nothing to import: 13 draft, void or cancelled invoices left out.',
    );
    expect(nothingToWriteWords({ ...none, 'not-receivable': 1, same: 4, error: 2 })).toBe(
      'Nothing to import: 1 draft, void or cancelled invoice left out, 4 already stored, 2 with problems.',
    );
    expect(nothingToWriteWords({ ...none, 'not-receivable': 12, new: 1 })).toBeNull();
    await useLanguage('it', 'IT');
    expect(nothingToWriteWords({ ...none, 'not-receivable': 13 }, 3)).toBe(
      'Niente da importare: 3 fatture in bozza, annullate o stornate escluse.',
    );
    expect(nothingToWriteWords({ ...none, 'not-receivable': 4 }, 1)).toBe(
      'Niente da importare: 1 fattura in bozza, annullata o stornata esclusa.',
    );
    await useLanguage('ro', 'RO');
    expect(nothingToWriteWords({ ...none, 'not-receivable': 20, outgoing: 1 })).toBe(
      'Nimic de importat: 20 de facturi lăsate deoparte (ciorne, anulate sau stornate), 1 plată efectuată ignorată.',
    );
  });
});

describe("the import history: the file's rows, and what became of them", () => {
  // A file of 4 rows: 1 new invoice (of a new customer), 1 that changed a stored invoice, 2 already stored.
  const again = {
    kind: 'invoices' as const,
    rowCount: 4,
    importedRows: 2,
    updatedRows: 1,
    unchangedRows: 2,
    lineRows: 0,
    created: { invoices: 1, customers: 1, payments: 0 },
  };
  // A file of 1 row: 1 invoice added for a customer already there.
  const single = {
    ...again,
    rowCount: 1,
    importedRows: 1,
    updatedRows: 0,
    unchangedRows: 0,
    created: { invoices: 1, customers: 0, payments: 0 },
  };

  it('says added, updated and skipped apart, singular for one, in every language', async () => {
    expect(historyWords(again)).toBe(
      '1 invoice added, 1 invoice updated, 1 new customer, 2 rows skipped: already stored',
    );
    expect(historyWords(single)).toBe('1 invoice added');
    await useLanguage('it', 'IT');
    expect(historyWords(again)).toBe(
      '1 fattura aggiunta, 1 fattura aggiornata, 1 nuovo cliente, 2 righe saltate: già presenti',
    );
    expect(historyWords(single)).toBe('1 fattura aggiunta');
    await useLanguage('fr', 'FR');
    expect(historyWords(again)).toBe(
      '1 facture ajoutée, 1 facture mise à jour, 1 nouveau client, 2 lignes ignorées : déjà enregistrées',
    );
    await useLanguage('de', 'DE');
    expect(historyWords(again)).toBe(
      '1 Rechnung hinzugefügt, 1 Rechnung aktualisiert, 1 neuer Kunde, 2 Zeilen übersprungen: bereits gespeichert',
    );
    await useLanguage('da', 'DK');
    expect(historyWords(again)).toBe(
      '1 faktura tilføjet, 1 faktura opdateret, 1 ny kunde, 2 rækker sprunget over: findes allerede',
    );
    await useLanguage('ro', 'RO');
    expect(historyWords(again)).toBe(
      '1 factură adăugată, 1 factură actualizată, 1 client nou, 2 rânduri omise: deja înregistrate',
    );
    // Romanian's "de" from 20 on.
    expect(
      historyWords({
        ...again,
        rowCount: 45,
        importedRows: 22,
        updatedRows: 0,
        unchangedRows: 20,
        created: { invoices: 22, customers: 0, payments: 0 },
      }),
    ).toBe('22 de facturi adăugate, 20 de rânduri omise: deja înregistrate, 3 rânduri lăsate deoparte');
  });

  it("counts an invoice's further lines as part of it, and what is left of the file as left out", () => {
    // 10 rows: 3 invoices of 2 lines each (3 further lines), 1 row with problems, 1 draft left out.
    const lines = {
      kind: 'invoices' as const,
      rowCount: 10,
      importedRows: 5,
      updatedRows: 0,
      unchangedRows: 0,
      lineRows: 3,
      created: { invoices: 5, customers: 0, payments: 0 },
    };
    expect(historyWords(lines)).toBe('5 invoices added, 2 rows left out');
  });

  it('says the kind of record the file brought, even none of it', () => {
    expect(
      historyWords({
        kind: 'payments',
        rowCount: 3,
        importedRows: 0,
        updatedRows: 0,
        unchangedRows: 3,
        lineRows: 0,
        created: { invoices: 0, customers: 0, payments: 0 },
      }),
    ).toBe('0 payments added, 3 rows skipped: already stored');
    expect(
      historyWords({
        kind: 'bank-statement',
        rowCount: 5,
        importedRows: 4,
        updatedRows: 0,
        unchangedRows: 0,
        lineRows: 0,
        created: { invoices: 0, customers: 0, payments: 0, bankLines: 4 },
      }),
    ).toBe('4 bank lines for matching, 1 row left out');
    expect(
      historyWords({
        kind: 'customers',
        rowCount: 1,
        importedRows: 1,
        updatedRows: 0,
        unchangedRows: 0,
        lineRows: 0,
        created: { invoices: 0, customers: 1, payments: 0 },
      }),
    ).toBe('1 new customer');
  });

  it('says what a batch stored before these counts kept: what it added, and the rows with problems', () => {
    expect(
      historyWords({
        kind: 'invoices',
        rowCount: 3,
        importedRows: 2,
        skippedRows: 1,
        created: { invoices: 2, customers: 1, payments: 0 },
      }),
    ).toBe('2 invoices added, 1 new customer, 1 row left out');
    expect(
      historyWords({ kind: 'invoices', rowCount: 3, created: { invoices: 3, customers: 0, payments: 0 } }),
    ).toBe('3 invoices added');
  });

  it('the sentence after an import says the invoices it updated apart from those it added', async () => {
    const batch = {
      rowCount: 4,
      importedRows: 2,
      updatedRows: 1,
      created: { invoices: 1, customers: 1, payments: 0 },
    };
    expect(importedSentence(batch)).toBe(
      'Imported 2 rows: 1 invoice, 1 customer, 0 payments, 1 invoice updated.',
    );
    await useLanguage('it', 'IT');
    expect(importedSentence({ ...batch, importedRows: 3, updatedRows: 2 })).toBe(
      'Importate 3 righe: 1 fattura, 1 cliente, 0 incassi, 2 fatture aggiornate.',
    );
  });
});
