import { halfYearRows, type RateTable } from './types';

/** ECB main refinancing rate in force on 1 Jan (for H1) / 1 Jul (for H2): the EU, IT and FR reference. */
export const ecbTable: RateTable = {
  name: 'ECB main refinancing rate (fixed on 1 Jan / 1 Jul)',
  source:
    'MEF communications in the Gazzetta Ufficiale (D.Lgs. 231/2002 art. 5), cross-checked against the Bundesbank Basiszinssatz changes',
  kind: 'half-year',
  rows: [
    ...halfYearRows('2012-H1', '2012-H2', 1.0),
    ...halfYearRows('2013-H1', '2013-H1', 0.75),
    ...halfYearRows('2013-H2', '2013-H2', 0.5),
    ...halfYearRows('2014-H1', '2014-H1', 0.25),
    ...halfYearRows('2014-H2', '2014-H2', 0.15),
    ...halfYearRows('2015-H1', '2016-H1', 0.05),
    ...halfYearRows('2016-H2', '2022-H2', 0),
    ...halfYearRows('2023-H1', '2023-H1', 2.5),
    ...halfYearRows('2023-H2', '2023-H2', 4.0),
    ...halfYearRows('2024-H1', '2024-H1', 4.5),
    ...halfYearRows('2024-H2', '2024-H2', 4.25),
    ...halfYearRows('2025-H1', '2025-H1', 3.15),
    ...halfYearRows('2025-H2', '2026-H1', 2.15),
    ...halfYearRows('2026-H2', '2026-H2', 2.4, true),
  ],
};
