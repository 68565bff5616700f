import { halfYearRows, type RateTable } from './types';

/** Danmarks Nationalbank lending rate on 1 Jan / 1 Jul (renteloven §5); it can be negative. */
export const nationalbankenTable: RateTable = {
  name: 'Danmarks Nationalbank lending rate (udlånsrente, fixed on 1 Jan / 1 Jul)',
  source: 'Renteloven §5 reference-rate tables published by the Danish consumer authority',
  kind: 'half-year',
  rows: [
    ...halfYearRows('2012-H1', '2012-H1', 0.7),
    ...halfYearRows('2012-H2', '2012-H2', 0.45),
    ...halfYearRows('2013-H1', '2015-H1', 0.2),
    ...halfYearRows('2015-H2', '2021-H1', 0.05),
    ...halfYearRows('2021-H2', '2021-H2', -0.35),
    ...halfYearRows('2022-H1', '2022-H2', -0.45),
    ...halfYearRows('2023-H1', '2023-H1', 1.9),
    ...halfYearRows('2023-H2', '2023-H2', 3.25),
    ...halfYearRows('2024-H1', '2024-H1', 3.75),
    ...halfYearRows('2024-H2', '2024-H2', 3.5, true),
    ...halfYearRows('2025-H1', '2025-H1', 2.75, true),
    ...halfYearRows('2025-H2', '2025-H2', 1.75, true),
  ],
};
