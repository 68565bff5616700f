import type { RateTable } from './types';

/**
 * Banca Națională a României reference (policy) rate by effective date. PARTIAL: the stretches after
 * 2014-01-09 and after 2022-02-10 are marked as gaps (`ratePercent: null`) from the day after the last
 * known change, because how long that rate lasted is not known. The user completes the table.
 */
export const bnrTable: RateTable = {
  name: 'BNR reference rate (rata dobânzii de referință)',
  source: 'Banca Națională a României, rata dobânzii de politică monetară / de referință (partial list)',
  kind: 'changes',
  rows: [
    { from: '2012-01-06', ratePercent: 5.75 },
    { from: '2013-07-02', ratePercent: 5.0 },
    { from: '2014-01-09', ratePercent: 3.75 },
    { from: '2014-01-10', ratePercent: null, note: 'gap: changes 2014–2019 not in the table' },
    { from: '2020-06-02', ratePercent: 1.75 },
    {
      from: '2020-08-31',
      ratePercent: 1.5,
      dateUnknown: true,
      note: 'August 2020: day of the change not known',
    },
    { from: '2021-10-06', ratePercent: 1.5 },
    { from: '2021-11-10', ratePercent: 1.75 },
    { from: '2022-01-11', ratePercent: 2.0 },
    { from: '2022-02-10', ratePercent: 2.5 },
    { from: '2022-02-11', ratePercent: null, note: 'gap: changes during 2022 not in the table' },
    { from: '2023-01-11', ratePercent: 7.0 },
    { from: '2024-07-08', ratePercent: 6.75 },
    {
      from: '2024-08-31',
      ratePercent: 6.5,
      unconfirmed: true,
      dateUnknown: true,
      note: 'August 2024: day of the change not confirmed',
    },
  ],
};
