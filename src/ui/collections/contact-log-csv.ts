// The contact log as evidence, exported (issue #10, item 4): one row per entry, oldest first, for the
// customer or for one of its invoices, with every field a court or an agency asks for.
import type { CsvCell } from '../../csv/export';
import type { Activity, Invoice } from '../../domain/types';

export const CONTACT_LOG_COLUMNS = [
  'date',
  'time',
  'kind',
  'direction',
  'invoices',
  'text',
  'outcome',
  'promiseAmount',
  'promiseDate',
  'dunningLevel',
  'fee',
  'by',
  'corrects',
  'id',
] as const;

/**
 * The entries of `log` (about `invoiceId` when given) as CSV cells in `CONTACT_LOG_COLUMNS` order; a note
 * the app wrote for a decision (a settlement, a write-off, a hold) has `eventText`'s words as its text.
 */
export function contactLogCells(
  log: readonly Activity[],
  invoices: ReadonlyMap<string, Invoice>,
  currency: string,
  kindText: (kind: Activity['kind']) => string,
  invoiceId?: string,
  eventText: (a: Activity) => string = () => '',
): CsvCell[][] {
  return log
    .filter((a) => !invoiceId || a.invoiceIds.includes(invoiceId))
    .sort((a, b) =>
      a.date === b.date ? (a.time ?? '').localeCompare(b.time ?? '') : a.date < b.date ? -1 : 1,
    )
    .map((a) => [
      { date: a.date },
      a.time ?? null,
      kindText(a.kind),
      a.direction ?? null,
      a.invoiceIds.map((id) => invoices.get(id)?.number ?? id).join(' ') || null,
      [eventText(a), a.text ?? ''].filter(Boolean).join(' — ') || null,
      a.outcome ?? null,
      a.promiseAmount !== undefined ? { money: a.promiseAmount, currency } : null,
      a.promiseDate ? { date: a.promiseDate } : null,
      a.dunningLevel ?? null,
      a.fee !== undefined ? { money: a.fee, currency } : null,
      a.by ?? null,
      a.corrects ?? null,
      a.id,
    ]);
}
