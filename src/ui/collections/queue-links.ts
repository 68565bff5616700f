// Where a call-list row's letter is made: the Letters page, for the row's customer, with the letter of
// its dunning step and the step itself, so the letter made logs its level and the fee it charged.
import type { QueueRow } from '../../domain/collections/queue';

export function letterHref(row: QueueRow): string {
  const q = new URLSearchParams({ customer: row.customerId });
  if (row.level) q.set('level', row.level);
  return `#/letters?${q.toString()}`;
}
