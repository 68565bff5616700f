// A header that says nothing: the kind of file and its fields guessed from the values alone (dates,
// signed amounts, IBANs and e-mails).

import type { ColumnType } from './types';
import type { ImportKind } from './import-kinds';
import type { FieldMap, ValueStats } from './mapping-score';

export function fromValues(types: ColumnType[], stats: ValueStats): FieldMap & { kind: ImportKind } {
  const fields: Record<string, number> = {};
  const conf: Record<string, number> = {};
  const set = (f: string, col: number | undefined, c = 0.4): void => {
    if (col === undefined || f in fields || Object.values(fields).includes(col)) return;
    fields[f] = col;
    conf[f] = c;
  };
  const of = (t: ColumnType): number[] => types.flatMap((x, i) => (x === t ? [i] : []));
  const dates = of('date');
  const amounts = types.flatMap((x, i) => (x === 'amount' ? [i] : []));
  const texts = of('text');
  const emails = of('email');
  const bankLike = stats.negatives.length > 0 || stats.exclusivePairs.length > 0 || of('iban').length > 0;
  if (dates.length === 0 && amounts.length === 0) {
    set('customer', texts[0]);
    set('customerEmail', emails[0]);
    return { kind: 'customers', fields, conf };
  }
  if (bankLike || dates.length !== 2) {
    set('bookingDate', dates[0]);
    set('valueDate', dates[1]);
    const pair = stats.exclusivePairs[0];
    if (pair && !stats.negatives.includes(pair[0])) {
      set('debit', pair[0]);
      set('credit', pair[1]);
    } else set('amount', stats.negatives[0] ?? amounts[0]);
    const rest = amounts.filter((c) => !Object.values(fields).includes(c));
    set('balance', rest[rest.length - 1], 0.3);
    set('iban', of('iban')[0]);
    set('currency', of('currency')[0]);
    set('description', texts[texts.length - 1]);
    set('counterparty', texts.length > 1 ? texts[0] : undefined, 0.3);
    return { kind: 'bank-statement', fields, conf };
  }
  set('issueDate', dates[0]);
  set('dueDate', dates[1]);
  set('amount', amounts[0]);
  set('balance', amounts[1], 0.3);
  set('invoiceNumber', of('integer')[0] ?? texts[0], 0.3);
  set(
    'customer',
    texts.find((c) => c !== fields.invoiceNumber),
    0.3,
  );
  set('customerEmail', emails[0]);
  set('currency', of('currency')[0]);
  return { kind: 'invoices', fields, conf };
}
