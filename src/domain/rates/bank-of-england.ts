import type { RateTable } from './types';

/**
 * Bank of England Bank Rate by effective date. The UK statutory reference is the rate in force on
 * 31 Dec / 30 Jun before interest starts (Late Payment of Commercial Debts (Interest) Act 1998).
 */
export const bankRateTable: RateTable = {
  name: 'Bank of England Bank Rate',
  source: 'Bank of England, Bank Rate history (official Bank Rate changes by effective date)',
  kind: 'changes',
  rows: [
    { from: '2009-03-05', ratePercent: 0.5 },
    { from: '2016-08-04', ratePercent: 0.25 },
    { from: '2017-11-02', ratePercent: 0.5 },
    { from: '2018-08-02', ratePercent: 0.75 },
    { from: '2020-03-11', ratePercent: 0.25 },
    { from: '2020-03-19', ratePercent: 0.1 },
    { from: '2021-12-16', ratePercent: 0.25 },
    { from: '2022-02-03', ratePercent: 0.5 },
    { from: '2022-03-17', ratePercent: 0.75 },
    { from: '2022-05-05', ratePercent: 1.0 },
    { from: '2022-06-16', ratePercent: 1.25 },
    { from: '2022-08-04', ratePercent: 1.75 },
    { from: '2022-09-22', ratePercent: 2.25 },
    { from: '2022-11-03', ratePercent: 3.0 },
    { from: '2022-12-15', ratePercent: 3.5 },
    { from: '2023-02-02', ratePercent: 4.0 },
    { from: '2023-03-23', ratePercent: 4.25 },
    { from: '2023-05-11', ratePercent: 4.5 },
    { from: '2023-06-22', ratePercent: 5.0 },
    { from: '2023-08-03', ratePercent: 5.25 },
    { from: '2024-08-01', ratePercent: 5.0 },
    { from: '2024-11-07', ratePercent: 4.75 },
    { from: '2025-02-06', ratePercent: 4.5 },
    { from: '2025-05-08', ratePercent: 4.25 },
    { from: '2025-08-07', ratePercent: 4.0 },
    {
      from: '2025-12-31',
      ratePercent: 3.75,
      unconfirmed: true,
      dateUnknown: true,
      note: 'December 2025: day of the change not confirmed',
    },
  ],
};
