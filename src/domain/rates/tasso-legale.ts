import type { RateTable } from './types';

/**
 * Italian tasso di interesse legale (art. 1284 c.c.), set each year by decree of the Ministry of Economy
 * and Finance and in force from 1 January: the rate on consumer debts, which D.Lgs. 231/2002 does not
 * cover. Yearly, so a `changes` table with one row per 1 January; 2026 is a gap until entered.
 */
export const tassoLegaleTable: RateTable = {
  name: 'Tasso di interesse legale (art. 1284 c.c.)',
  source: 'Decreti del Ministero dell’Economia e delle Finanze (Gazzetta Ufficiale), art. 1284 c.c.',
  kind: 'changes',
  rows: [
    { from: '2019-01-01', ratePercent: 0.8, note: 'D.M. 12/12/2018' },
    { from: '2020-01-01', ratePercent: 0.05, note: 'D.M. 12/12/2019' },
    { from: '2021-01-01', ratePercent: 0.01, note: 'D.M. 11/12/2020' },
    { from: '2022-01-01', ratePercent: 1.25, note: 'D.M. 13/12/2021' },
    { from: '2023-01-01', ratePercent: 5.0, note: 'D.M. 13/12/2022' },
    { from: '2024-01-01', ratePercent: 2.5, note: 'D.M. 29/11/2023' },
    { from: '2025-01-01', ratePercent: 2.0, note: 'D.M. 10/12/2024' },
    { from: '2026-01-01', ratePercent: null, note: 'gap: the 2026 rate is not confirmed; enter it' },
  ],
};
