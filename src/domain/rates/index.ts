// The shipped reference-rate tables (values from docs rules §3). Callers may pass an edited copy.

import { bankRateTable } from './bank-of-england';
import { basiszinsTable } from './basiszinssatz';
import { bnrTable } from './bnr';
import { ecbTable } from './ecb';
import { nationalbankenTable } from './nationalbanken';
import { tassoLegaleTable } from './tasso-legale';
import { tauxLegalTable } from './taux-legal';
import type { RateTables } from './types';

export type { RateRow, RateTable, RateTableId, RateTableKind, RateTables } from './types';
export { halfYearRows } from './types';
export * from './lookup';

export const defaultRateTables: RateTables = {
  ecb: ecbTable,
  basiszins: basiszinsTable,
  nationalbanken: nationalbankenTable,
  bankRate: bankRateTable,
  bnr: bnrTable,
  tauxLegal: tauxLegalTable,
  tassoLegale: tassoLegaleTable,
};

/** A deep copy of the shipped tables, for a user to edit and extend. */
export function copyRateTables(tables: RateTables = defaultRateTables): RateTables {
  return structuredClone(withAllTables(tables));
}

/**
 * The tables with every shipped table present: a book saved before a table was added (the tasso
 * legale) gets the shipped one for it.
 */
export function withAllTables(tables: Partial<RateTables>): RateTables {
  return { ...defaultRateTables, ...tables };
}
