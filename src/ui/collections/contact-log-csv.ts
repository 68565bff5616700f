// The contact log as evidence, exported (issue #10, item 4): one row per entry, oldest first, for the
// customer or for one of its invoices, with every field a court or an agency asks for. Every cell a
// reader sees is in words (the kind, who made the contact, the dunning step), never the stored code.
import { toCsv, type CsvCell, type CsvExportOptions } from '../../csv/export';
import type { Activity, Invoice } from '../../domain/types';
import { currentLanguage, t } from '../../i18n';
import { levelName } from '../../i18n/reasons/collections-labels';
import { caseEventText } from './case-event';

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

/** How the export says an entry's codes: its kind, who made the contact, its dunning step, its event. */
export interface ContactLogWords {
  kind: (kind: Activity['kind']) => string;
  direction: (direction: NonNullable<Activity['direction']>) => string;
  level: (level: NonNullable<Activity['dunningLevel']>) => string;
  /** The words of a note the app wrote for a decision (a settlement, a write-off, a hold). */
  event: (a: Activity) => string;
}

/** The entries' words in the interface language. */
export function contactLogWords(): ContactLogWords {
  return {
    kind: (k) => t(`collections.activity.${k}`),
    direction: (d) => t(d === 'in' ? 'contact.csv.in' : 'contact.csv.out'),
    level: (l) => levelName(currentLanguage(), l),
    event: caseEventText,
  };
}

/**
 * The entries of `log` (about `invoiceId` when given) as CSV cells in `CONTACT_LOG_COLUMNS` order; a note
 * the app wrote for a decision has `words.event`'s words as its text.
 */
export function contactLogCells(
  log: readonly Activity[],
  invoices: ReadonlyMap<string, Invoice>,
  currency: string,
  words: ContactLogWords,
  invoiceId?: string,
): CsvCell[][] {
  return log
    .filter((a) => !invoiceId || a.invoiceIds.includes(invoiceId))
    .sort((a, b) =>
      a.date === b.date ? (a.time ?? '').localeCompare(b.time ?? '') : a.date < b.date ? -1 : 1,
    )
    .map((a) => [
      { date: a.date },
      a.time ?? null,
      words.kind(a.kind),
      a.direction ? words.direction(a.direction) : null,
      a.invoiceIds.map((id) => invoices.get(id)?.number ?? id).join(' ') || null,
      [words.event(a), a.text ?? ''].filter(Boolean).join(' — ') || null,
      a.outcome ?? null,
      a.promiseAmount !== undefined ? { money: a.promiseAmount, currency } : null,
      a.promiseDate ? { date: a.promiseDate } : null,
      a.dunningLevel ? words.level(a.dunningLevel) : null,
      a.fee !== undefined ? { money: a.fee, currency } : null,
      a.by ?? null,
      a.corrects ?? null,
      a.id,
    ]);
}

/** The log as a CSV file in the interface language, with the export settings given. */
export function contactLogCsv(
  log: readonly Activity[],
  invoices: ReadonlyMap<string, Invoice>,
  currency: string,
  options: CsvExportOptions,
  invoiceId?: string,
): string {
  return toCsv(
    CONTACT_LOG_COLUMNS.map((c) => t(`contact.csv.${c}`)),
    contactLogCells(log, invoices, currency, contactLogWords(), invoiceId),
    options,
  );
}
