// Each customer's payment behaviour (category with its reasons), once per book state and as-of date.
import type { Book } from '../../db/book';
import { customerBehaviours, type CustomerBehaviour } from '../../domain/behaviour';
import type { IsoDate } from '../../domain/types';
import { ledgerView } from './ledger';

export type BehaviourView = CustomerBehaviour;

let cache: { key: string; map: Map<string, BehaviourView> } | null = null;

export function customerBehaviour(book: Book, version: number, asOf: IsoDate): Map<string, BehaviourView> {
  const key = `${version}|${asOf}`;
  if (cache?.key === key) return cache.map;
  const view = ledgerView(book, version, asOf);
  const list = customerBehaviours(book.list('invoices'), view.ledger, book.list('activities'), asOf);
  const map = new Map(list.map((b) => [b.customerId, b]));
  cache = { key, map };
  return map;
}
