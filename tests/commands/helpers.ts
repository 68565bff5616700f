import type { Snapshot, Ctx } from '../../src/commands/types';
import type { EntityName, Entities } from '../../src/db/change-set';
import { defaultRateTables } from '../../src/domain/rates/index';
import { EMPTY_COMPANY } from '../../src/db/settings';
import type { Customer } from '../../src/domain/types';
import { dateOrder, type DateOrder } from '../../src/domain/date-text';

/** A snapshot over plain arrays, as a command sees the stored book. */
export function snapshotOf(tables: { [K in EntityName]?: Entities[K][] }): Snapshot {
  return {
    list: (name) => (tables[name] ?? []) as never,
    get: (name, id) => (tables[name] as { id: string }[] | undefined)?.find((r) => r.id === id) as never,
    rates: defaultRateTables,
    invoiceByNumber: (number) => tables.invoices?.find((i) => i.number === number),
  };
}

/** A command's context at a day, for an Italian company; dates are typed day first unless `order` says. */
export function ctxAt(today: string, order: DateOrder = dateOrder('it-IT')): Ctx {
  let n = 0;
  return {
    today,
    newId: (p) => `${p}${++n}`,
    company: { ...EMPTY_COMPANY, country: 'IT', baseCurrency: 'EUR' },
    dateOrder: order,
  };
}

/** An Italian business customer, Rossi S.r.l. (id c1), with whatever the test changes. */
export function rossiCustomer(over: Partial<Customer> = {}): Customer {
  return {
    id: 'c1',
    name: 'Rossi S.r.l.',
    country: 'IT',
    language: 'it',
    currency: 'EUR',
    debtor: 'business',
    creditHold: false,
    createdAt: '2024-01-01',
    ...over,
  };
}
