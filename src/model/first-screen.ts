// The read model of a large book's first screen (db/first-screen.ts): the same figures, derived the same
// way, over the first block of invoices and the records their balances and interest need.
import type { Snapshot } from '../commands/types';
import type { EntityName, Entities } from '../db/change-set';
import type { FirstScreen } from '../db/first-screen';
import { ReadModel } from './read-model';

export function firstScreenModel(first: FirstScreen, company: { country: string }): ReadModel {
  const lists: Partial<Record<EntityName, readonly { id: string }[]>> = {
    invoices: first.invoices,
    customers: first.customers,
    payments: first.payments,
    adjustments: first.adjustments,
  };
  const byId = new Map<EntityName, Map<string, { id: string }>>();
  const index = (name: EntityName) => {
    let m = byId.get(name);
    if (!m) byId.set(name, (m = new Map((lists[name] ?? []).map((r) => [r.id, r]))));
    return m;
  };
  const snapshot: Snapshot = {
    list: <K extends EntityName>(name: K) => (lists[name] ?? []) as readonly Entities[K][],
    get: <K extends EntityName>(name: K, id: string) => index(name).get(id) as Entities[K] | undefined,
    rates: first.rates,
    invoiceByNumber: (number) => first.invoices.find((i) => i.number === number),
  };
  const model = new ReadModel(snapshot);
  model.setCompany(company);
  return model;
}
