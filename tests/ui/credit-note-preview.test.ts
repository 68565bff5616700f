// Rows of a negative amount become credit notes: the preview lists them beside the invoices, and the
// result counts them ("3 new" with one invoice shown, and "1 invoice, 1 customer" said before).
import { afterEach, describe, expect, it } from 'vitest';
import { creditNoteKey } from '../../src/csv/rows-to-records';
import { importChangeSet } from '../../src/commands/imports';
import { useLanguage } from '../../src/i18n';
import { createdWords, importedSentence } from '../../src/ui/import/created-words';
import { previewCreditNotes } from '../../src/ui/import/preview';
import { convertRows, emptyBook } from '../fixtures/import-context';

afterEach(async () => {
  await useLanguage('en', 'GB');
});

/** The tester's credit_notes.csv, with the amount "100-" of amounts.csv on a fourth row. */
function creditNotesFile(stored: string[] = []) {
  return convertRows(
    [
      ['K-1', 'Kred Co', '2026-01-10', '2026-02-09', '500.00', 'GBP'],
      ['K-2', 'Kred Co', '2026-01-12', '2026-02-11', '-200.00', 'GBP'],
      ['K-3', 'Kred Co', '2026-01-13', '2026-02-12', '(50.00)', 'GBP'],
      ['K-4', 'Kred Co', '2026-01-14', '2026-02-13', '100-', 'GBP'],
    ],
    { existing: emptyBook({ bankLineKeys: new Set(stored) }) },
  );
}

describe('credit notes in an invoice list', () => {
  it('are listed in the preview with their number, customer, date and amount taken off', () => {
    const result = creditNotesFile();
    expect(result.counts.new).toBe(4);
    expect(previewCreditNotes(result, { customerName: () => undefined })).toEqual([
      {
        id: expect.any(String),
        number: 'K-2',
        customer: 'Kred Co',
        date: '2026-01-12',
        currency: 'GBP',
        amount: -20000,
      },
      {
        id: expect.any(String),
        number: 'K-3',
        customer: 'Kred Co',
        date: '2026-01-13',
        currency: 'GBP',
        amount: -5000,
      },
      {
        id: expect.any(String),
        number: 'K-4',
        customer: 'Kred Co',
        date: '2026-01-14',
        currency: 'GBP',
        amount: -10000,
      },
    ]);
  });

  it('are counted in what the import made, in every language', async () => {
    const result = creditNotesFile();
    const change = importChangeSet(result, {
      id: 'b1',
      kind: 'invoices',
      fileName: 'credit_notes.csv',
      fileHash: 'h',
      importedAt: '2026-03-31T10:00:00Z',
      rowCount: 4,
    });
    const batch = change.imports!.put![0]!;
    expect(batch.created).toEqual({ invoices: 1, customers: 1, payments: 0, bankLines: 0, creditNotes: 3 });
    expect(importedSentence(batch)).toBe(
      'Imported 4 rows: 1 invoice, 3 credit notes, 1 customer, 0 payments.',
    );
    const one = { invoices: 2, customers: 1, payments: 0, creditNotes: 1 };
    expect(createdWords(one)).toBe('2 invoices, 1 credit note, 1 customer, 0 payments');
    // A batch stored before credit notes were counted reads as before.
    expect(createdWords({ invoices: 2, customers: 1, payments: 0 })).toBe(
      '2 invoices, 1 customer, 0 payments',
    );
    const expected = {
      it: '2 fatture, 1 nota di credito, 1 cliente, 0 incassi',
      fr: '2 factures, 1 avoir, 1 client, 0 règlement',
      de: '2 Rechnungen, 1 Gutschrift, 1 Kunde, 0 Zahlungen',
      da: '2 fakturaer, 1 kreditnota, 1 kunde, 0 betalinger',
      ro: '2 facturi, 1 notă de credit, 1 client, 0 încasări',
    } as const;
    for (const [language, words] of Object.entries(expected)) {
      await useLanguage(language as keyof typeof expected);
      expect(createdWords(one)).toBe(words);
    }
    expect(createdWords({ ...one, creditNotes: 25 })).toBe(
      '2 facturi, 25 de note de credit, 1 client, 0 încasări',
    );
  });

  it('adds no credit note twice when the file is read again: one stored already is "already there"', () => {
    // K-2's 200.00 is stored from an earlier import of the same list; K-3 and K-4 are not.
    const again = creditNotesFile([creditNoteKey('K-2', 'GBP', 20000)]);
    expect(again.adjustments.map((a) => [a.number, a.amount])).toEqual([
      ['K-3', 5000],
      ['K-4', 10000],
    ]);
    expect(again.counts.same).toBe(1);
  });
});
