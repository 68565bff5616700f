// A change set: the records to put and the ids to delete, per entity. Commands plan them (pure), the book
// writes one in one transaction, and its inverse is the undo.
import type {
  Activity,
  Adjustment,
  Customer,
  ImportBatch,
  Invoice,
  Letter,
  Payment,
  PaymentPlan,
  SettlementOffer,
} from '../domain/types';
import type { BankLine } from './schema';

export interface Entities {
  customers: Customer;
  invoices: Invoice;
  payments: Payment;
  adjustments: Adjustment;
  activities: Activity;
  plans: PaymentPlan;
  settlements: SettlementOffer;
  letters: Letter;
  imports: ImportBatch;
  bankLines: BankLine;
}
export type EntityName = keyof Entities;

export const ENTITY_NAMES: EntityName[] = [
  'customers',
  'invoices',
  'payments',
  'adjustments',
  'activities',
  'plans',
  'settlements',
  'letters',
  'imports',
  'bankLines',
];

/** Records to put (insert or replace by id) and ids to delete, per entity. */
export type ChangeSet = { [K in EntityName]?: { put?: Entities[K][]; delete?: string[] } };

export function isEmptyChange(change: ChangeSet): boolean {
  return ENTITY_NAMES.every(
    (n) => !change[n] || ((change[n]?.put?.length ?? 0) === 0 && (change[n]?.delete?.length ?? 0) === 0),
  );
}

/** How many records a change puts or deletes, over every entity. */
export function changeSize(change: ChangeSet): number {
  let n = 0;
  for (const name of ENTITY_NAMES)
    n += (change[name]?.put?.length ?? 0) + (change[name]?.delete?.length ?? 0);
  return n;
}
