import type { Ctx, Snapshot } from '../../../src/commands/types';
import type { EntityName, Entities } from '../../../src/db/change-set';
import { defaultRateTables } from '../../../src/domain/rates/index';
import type { CompanyProfile } from '../../../src/domain/types';

/** A snapshot over plain arrays, as a command sees the stored book. */
export function snapshotOf(tables: { [K in EntityName]?: Entities[K][] }): Snapshot {
  return {
    list: (name) => (tables[name] ?? []) as never,
    get: (name, id) => (tables[name] as { id: string }[] | undefined)?.find((r) => r.id === id) as never,
    rates: defaultRateTables,
  };
}

const company: CompanyProfile = {
  name: 'Studio',
  address: '',
  taxId: '',
  iban: '',
  bic: '',
  email: '',
  phone: '',
  baseCurrency: 'EUR',
  country: 'IT',
  language: 'it',
};

export function ctxAt(today: string): Ctx {
  let n = 0;
  return { today, newId: (p) => `${p}${++n}`, company };
}
