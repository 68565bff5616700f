// What an import created, with each noun in the singular when its count is 1 ("1 fattura, 3 clienti,
// 0 incassi"), and the sentence about the rows likewise ("Importata 1 riga"). Each piece has its own
// one/many pair in the catalogues, as grid.rowsIn does.
import { integer, t, type MessageKey } from '../../i18n';
import type { ImportBatch } from '../../domain/types';

const count = (n: number, one: MessageKey, many: MessageKey): string =>
  t(n === 1 ? one : many, { count: integer(n) });

export function createdWords(created: ImportBatch['created']): string {
  return [
    count(created.invoices, 'import.created.invoices.one', 'import.created.invoices.many'),
    count(created.customers, 'import.created.customers.one', 'import.created.customers.many'),
    count(created.payments, 'import.created.payments.one', 'import.created.payments.many'),
  ].join(', ');
}

/** "Imported 3 rows: 2 invoices, 1 customer, 0 payments." */
export function importedSentence(batch: Pick<ImportBatch, 'rowCount' | 'created'>): string {
  return t(batch.rowCount === 1 ? 'import.importedRows.one' : 'import.importedRows.many', {
    rows: integer(batch.rowCount),
    created: createdWords(batch.created),
  });
}

export function bankLinesWords(lines: number): string {
  return count(lines, 'import.history.bankLines.one', 'import.history.bankLines');
}

export function problemsWords(problems: number): string {
  return count(problems, 'import.problems.one', 'import.problems');
}
