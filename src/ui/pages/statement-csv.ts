// The statement of account as a CSV file, in the interface language: the customer page's export and the
// case file's statement.csv are the same file (entries in words, the opening balance of a period).
import { toCsv, type CsvCell, type CsvExportOptions } from '../../csv/export';
import type { Statement, StatementLine } from '../../domain/statement';
import { currentLanguage, t } from '../../i18n';
import { reasonText } from '../../i18n/reasons';

/** An entry's kind in words ("Invoice", "Payment", "Credit note"…). */
export const entryText = (kind: StatementLine['kind']): string =>
  reasonText({ code: 'statement.entry', params: { kind } }, currentLanguage());

/** An entry's reference; a payment on account without one says so. */
export const referenceText = (l: StatementLine): string =>
  l.onAccount && !l.reference ? reasonText({ code: 'statement.on-account' }, currentLanguage()) : l.reference;

export function statementCsv(statements: readonly Statement[], options: CsvExportOptions): string {
  const rows: CsvCell[][] = statements.flatMap((st) => [
    ...(st.from
      ? [
          [
            { date: st.from },
            t('customer.statement.openingEntry'),
            '',
            null,
            null,
            { money: st.opening, currency: st.currency },
            st.currency,
          ],
        ]
      : []),
    ...st.lines.map((l) => [
      { date: l.date },
      entryText(l.kind),
      referenceText(l),
      l.debit ? { money: l.debit, currency: st.currency } : null,
      l.credit ? { money: l.credit, currency: st.currency } : null,
      { money: l.balance, currency: st.currency },
      st.currency,
    ]),
  ]);
  return toCsv(
    [
      t('customer.statement.date'),
      t('customer.statement.entry'),
      t('customer.statement.reference'),
      t('customer.statement.debit'),
      t('customer.statement.credit'),
      t('customer.statement.balance'),
      t('customer.statement.currency'),
    ],
    rows,
    options,
  );
}
