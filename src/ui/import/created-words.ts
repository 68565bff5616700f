// What an import created, with each noun in the interface language's singular or plural ("1 fattura,
// 3 clienti, 0 incassi"; "1 rând, 2 rânduri, 20 de rânduri"), and the sentence about the rows likewise
// ("Importata 1 riga"). Each piece has its own one/many pair in the catalogues, read through plural().
import { integer, plural, t, type CountKey } from '../../i18n';
import type { ImportBatch } from '../../domain/types';
import type { RowStatus } from '../../csv/rows-to-records';

export function createdWords(created: ImportBatch['created']): string {
  return [
    plural(created.invoices, 'import.created.invoices.many'),
    ...(created.creditNotes ? [plural(created.creditNotes, 'import.created.creditNotes.many')] : []),
    plural(created.customers, 'import.created.customers.many'),
    plural(created.payments, 'import.created.payments.many'),
  ].join(', ');
}

/**
 * "Imported 3 rows: 2 invoices, 1 customer, 0 payments." — the rows written, not the file's, with the
 * invoices they updated said apart ("Imported 2 rows: 1 invoice, 0 customers, 0 payments, 1 invoice
 * updated.", not 2 rows for 1 invoice); then "1 row with problems was left out." when some were.
 */
export function importedSentence(
  batch: Pick<ImportBatch, 'rowCount' | 'importedRows' | 'skippedRows' | 'updatedRows' | 'created'>,
): string {
  const rows = batch.importedRows ?? batch.rowCount;
  const updated = batch.updatedRows ?? 0;
  const imported = plural(rows, 'import.importedRows.many', {
    rows: integer(rows),
    created:
      createdWords(batch.created) +
      (updated > 0 ? `, ${plural(updated, 'import.history.invoicesUpdated')}` : ''),
  });
  const skipped = batch.skippedRows ?? 0;
  return skipped > 0 ? `${imported} ${plural(skipped, 'import.skippedRows.many')}` : imported;
}

export function bankLinesWords(lines: number): string {
  return plural(lines, 'import.history.bankLines');
}

/**
 * What an import did with its file, for the history: the records it added and updated, then the file's
 * rows it did not write ("1 invoice added, 1 invoice updated, 2 rows skipped: already stored, 1 row left
 * out") — beside the file's own rows ("4 data rows"), so a file of 3 rows that added 1 invoice says so.
 * The batch's own kind of record is always said, even at 0; the others when there are some. Batches
 * stored before the history kept these counts say what they kept: what was added, the rows with problems.
 */
export function historyWords(
  batch: Pick<
    ImportBatch,
    | 'kind'
    | 'rowCount'
    | 'importedRows'
    | 'skippedRows'
    | 'updatedRows'
    | 'unchangedRows'
    | 'lineRows'
    | 'created'
  >,
): string {
  const { created } = batch;
  const some = (n: number | undefined, key: CountKey): string[] => (n ? [plural(n, key)] : []);
  const unchanged = batch.unchangedRows;
  const leftOut =
    unchanged === undefined
      ? (batch.skippedRows ?? 0)
      : Math.max(0, batch.rowCount - (batch.importedRows ?? 0) - unchanged - (batch.lineRows ?? 0));
  const records =
    batch.kind === 'invoices'
      ? [
          plural(created.invoices, 'import.history.invoicesAdded'),
          ...some(batch.updatedRows, 'import.history.invoicesUpdated'),
          ...some(created.creditNotes, 'import.history.creditNotesAdded'),
          ...some(created.customers, 'import.history.customersAdded'),
          ...some(created.payments, 'import.history.paymentsAdded'),
        ]
      : batch.kind === 'customers'
        ? [plural(created.customers, 'import.history.customersAdded')]
        : batch.kind === 'payments'
          ? [
              plural(created.payments, 'import.history.paymentsAdded'),
              ...some(created.customers, 'import.history.customersAdded'),
            ]
          : created.bankLines !== undefined
            ? [bankLinesWords(created.bankLines), ...some(created.payments, 'import.history.paymentsAdded')]
            : [plural(created.payments, 'import.history.paymentsAdded')];
  return [
    ...records,
    ...some(unchanged, 'import.history.unchanged'),
    ...some(leftOut, 'import.counts.skipped'),
  ].join(', ');
}

export function problemsWords(problems: number): string {
  return plural(problems, 'import.problems');
}

/**
 * Why an import would write nothing, when no row is new or changed: "Nothing to import: 3 draft, void
 * or cancelled invoices left out." (`null` when some row is written). `notReceivable` is the number of
 * such invoices, as the import's note counts them: a file with a row per invoice line has more rows
 * than invoices (the shared Zoho export: 13 rows, 3 invoices), and the two sentences stand one above
 * the other. Without it, the rows are counted.
 */
export function nothingToWriteWords(
  counts: Record<RowStatus, number>,
  notReceivable: number = counts['not-receivable'],
): string | null {
  if (counts.new + counts.update > 0) return null;
  const reasons = [
    ...(counts['not-receivable'] ? [plural(notReceivable, 'import.counts.notReceivable')] : []),
    ...(counts.same ? [plural(counts.same, 'import.counts.same')] : []),
    ...(counts.skip ? [plural(counts.skip, 'import.counts.skipped')] : []),
    ...(counts.outgoing ? [plural(counts.outgoing, 'import.counts.outgoing')] : []),
    ...(counts.pending ? [plural(counts.pending, 'import.counts.pending')] : []),
    ...(counts.error ? [t('import.counts.error', { count: integer(counts.error) })] : []),
  ];
  return reasons.length ? t('import.nothingToWrite', { reasons: reasons.join(', ') }) : null;
}
