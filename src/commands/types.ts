// The shape of every write the app makes: a pure function of what is stored (a read-only snapshot of the
// book) and the user's input, with the day and the id source given, returning the change set to write,
// the problems found and the undo label. Only commands mint ids. The runner (`app.run`) plans a command
// from the stored state inside the write queue and commits its change in one transaction.
import type { ChangeSet, EntityName, Entities } from '../db/change-set';
import type { RateTables } from '../domain/rates/index';
import type { DateOrder } from '../domain/date-text';
import type { CompanyProfile, IsoDate } from '../domain/types';
import type { Msg } from './message';

/** The book as stored, read-only: what a command plans from. */
export interface Snapshot {
  list<K extends EntityName>(name: K): readonly Entities[K][];
  get<K extends EntityName>(name: K, id: string): Entities[K] | undefined;
  readonly rates: RateTables;
  /** The invoice with this number, if any (an index, not a scan). */
  invoiceByNumber(number: string): Entities['invoices'] | undefined;
  /** The invoice's index in `list('invoices')`, when the snapshot keeps one (the stored book does). */
  invoicePosition?(id: string): number | undefined;
}

export interface Ctx {
  /** The as-of date the user works at (dates of new records default to it). */
  today: IsoDate;
  newId: (prefix: string) => string;
  company: CompanyProfile;
  /**
   * The order of day, month and year in the user's interface locale: typed dates are read in it
   * (03/04/2026 is 4 March in en-US, 3 April in Italy), never guessed the other way.
   */
  dateOrder: DateOrder;
}

export interface CommandResult {
  change: ChangeSet;
  /** Problems with the input: a command that reports any writes only what it says it writes. */
  errors: CommandError[];
  /** What undo says it undoes. */
  label: Msg;
}

export interface CommandError {
  /** The record (grid row key) or input row the problem is in, when there is one. */
  key?: string;
  index?: number;
  columnId?: string;
  error: Msg;
}

export type Command<I> = (snapshot: Snapshot, input: I, ctx: Ctx) => CommandResult;

/** A cell typed or pasted into a grid. */
export interface CellEdit {
  key: string;
  columnId: string;
  text: string;
}
