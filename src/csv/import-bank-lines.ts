// Rows of a bank statement: incoming lines kept for matching (signed amount, or credit less debit);
// outgoing lines only counted; a line already stored from an earlier statement recognised by its fingerprint.

import type { RowReader } from './import-row';
import { payerFromText } from './payer';
import { isPendingStatus } from './values';
import { dateFieldOf, repeatKey, type SeenKeys } from './import-payments';
import type { ImportContext, ImportResult, RowStatus } from './rows-to-records';

export function bankLineRow(r: RowReader, ctx: ImportContext, seen: SeenKeys, out: ImportResult): RowStatus {
  const currency = r.currency();
  let amount: number | null = null;
  const dateField = dateFieldOf(r, 'bank-statement');
  // Not yet booked: kept out of matching until a later statement books it (and brings it again).
  // So is a line whose status says it is not booked (Sparkasse's "Umsatz vorgemerkt").
  if (r.pending(dateField) || r.row.some(isPendingStatus)) return 'pending';
  // An amount column left empty beside the debit and credit ones (Deutsche Bank's "Betrag" beside
  // "Soll" and "Haben"): the line's amount is in those.
  const split = r.mapped('credit') || r.mapped('debit');
  if (r.mapped('amount') && !(split && r.cell('amount') === '')) {
    amount = r.amount('amount', currency);
    if (amount !== null) amount = r.signed(amount);
  } else {
    const credit = r.amount('credit', currency);
    const debit = r.amount('debit', currency);
    if (credit !== null || debit !== null) amount = Math.abs(credit ?? 0) - Math.abs(debit ?? 0);
  }
  if (amount === null && r.errors.length === 0) r.missing(r.mapped('amount') ? 'amount' : 'credit');
  const date = r.date(dateField);
  if (!date && r.errors.length === 0) r.missing(dateField);
  if (r.errors.length > 0) return 'error';
  if (amount === null || !date) return 'skip';
  if (amount <= 0) return 'outgoing';
  // The bank's reference and the description both say something: the description often names the
  // payer and the invoice ("Incasare OP LIBRARIA SINCAI SA plata factura 1052"), the reference is the
  // bank's own ("OP123"). Both are kept, the description first; the fingerprint below keeps the one
  // it always had, so a statement imported before is still recognised.
  const own = r.cell('reference') || r.cell('description');
  const reference = bothTexts(r.cell('description'), r.cell('reference'));
  // No "From" column: the payer named in the text ("BONIFICO DA …"), for the screen and name matching.
  // Nor is a column that holds no name ("*") or just the start of the description ("VIR SEPA RECU",
  // the kind of transfer, in a statement without a header) when the description names the payer.
  let counterparty = r.cell('counterparty');
  if (!/\p{L}/u.test(counterparty)) counterparty = '';
  const description = r.cell('description');
  if (!counterparty || description.toLowerCase().startsWith(counterparty.toLowerCase()))
    counterparty = payerFromText(description) || payerFromText(r.cell('reference')) || counterparty;
  // Two identical lines on one statement are two payments: number the repeats.
  // The fingerprint keeps the file's own cells, so a statement read before this extraction still matches.
  const key = repeatKey(seen, `${date}|${amount}|${currency}|${r.cell('counterparty')}|${own}`);
  if (ctx.existing.bankLineKeys.has(key)) return 'same';
  out.bankLines.push({
    id: ctx.newId('bank'),
    importBatchId: ctx.batchId,
    key,
    line: r.line,
    date,
    amount,
    currency,
    counterparty,
    reference,
    status: 'unmatched',
  });
  return 'new';
}

/** A description and a reference as one text: one of them when the other is empty or inside it. */
function bothTexts(description: string, reference: string): string {
  if (!description || description.includes(reference)) return description || reference;
  if (!reference || reference.includes(description)) return reference || description;
  return `${description} · ${reference}`;
}
