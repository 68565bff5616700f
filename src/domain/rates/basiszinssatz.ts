import { halfYearRows, type RateTable } from './types';

/** Deutsche Bundesbank Basiszinssatz (BGB §247), changing on 1 Jan / 1 Jul; it can be negative. */
export const basiszinsTable: RateTable = {
  name: 'Basiszinssatz (BGB §247)',
  source: 'Deutsche Bundesbank, Basiszinssatz nach §247 BGB',
  kind: 'half-year',
  rows: [
    ...halfYearRows('2012-H1', '2012-H2', 0.12),
    ...halfYearRows('2013-H1', '2013-H1', -0.13),
    ...halfYearRows('2013-H2', '2013-H2', -0.38),
    ...halfYearRows('2014-H1', '2014-H1', -0.63),
    ...halfYearRows('2014-H2', '2014-H2', -0.73),
    ...halfYearRows('2015-H1', '2016-H1', -0.83),
    ...halfYearRows('2016-H2', '2022-H2', -0.88),
    ...halfYearRows('2023-H1', '2023-H1', 1.62),
    ...halfYearRows('2023-H2', '2023-H2', 3.12),
    ...halfYearRows('2024-H1', '2024-H1', 3.62),
    ...halfYearRows('2024-H2', '2024-H2', 3.37),
    ...halfYearRows('2025-H1', '2025-H1', 2.27),
    ...halfYearRows('2025-H2', '2026-H1', 1.27),
    ...halfYearRows('2026-H2', '2026-H2', 1.52, true),
  ],
};
