import { describe, expect, it } from 'vitest';
import { jurisdictionForCountry, jurisdictionRules, statutoryMargin } from '../../src/domain/jurisdictions';
import {
  copyRateTables,
  defaultRateTables,
  halfYearLabel,
  rateOn,
  rateSegments,
  tableProblems,
  type RateTable,
} from '../../src/domain/rates/index';

const byHalf = (table: RateTable) =>
  Object.fromEntries(table.rows.map((r) => [halfYearLabel(r.from), r.ratePercent]));
const unconfirmed = (table: RateTable) => table.rows.filter((r) => r.unconfirmed).map((r) => r.from);

describe('shipped tables (rules §3)', () => {
  it('every table has a name, a source and no structural problem', () => {
    for (const table of Object.values(defaultRateTables)) {
      expect(table.source.length).toBeGreaterThan(10);
      expect(tableProblems(table)).toEqual([]);
    }
  });

  it('ECB by half-year', () => {
    const t = byHalf(defaultRateTables.ecb);
    expect(t).toMatchObject({
      '2012-H1': 1,
      '2012-H2': 1,
      '2013-H1': 0.75,
      '2013-H2': 0.5,
      '2014-H1': 0.25,
      '2014-H2': 0.15,
      '2015-H1': 0.05,
      '2016-H1': 0.05,
      '2016-H2': 0,
      '2019-H1': 0,
      '2022-H2': 0,
      '2023-H1': 2.5,
      '2023-H2': 4,
      '2024-H1': 4.5,
      '2024-H2': 4.25,
      '2025-H1': 3.15,
      '2025-H2': 2.15,
      '2026-H1': 2.15,
      '2026-H2': 2.4,
    });
    expect(Object.keys(t)).toHaveLength(30);
    expect(unconfirmed(defaultRateTables.ecb)).toEqual(['2026-07-01']);
  });

  it('Basiszinssatz by half-year', () => {
    const t = byHalf(defaultRateTables.basiszins);
    expect(t).toMatchObject({
      '2012-H1': 0.12,
      '2012-H2': 0.12,
      '2013-H1': -0.13,
      '2013-H2': -0.38,
      '2014-H1': -0.63,
      '2014-H2': -0.73,
      '2015-H1': -0.83,
      '2016-H1': -0.83,
      '2016-H2': -0.88,
      '2022-H2': -0.88,
      '2023-H1': 1.62,
      '2023-H2': 3.12,
      '2024-H1': 3.62,
      '2024-H2': 3.37,
      '2025-H1': 2.27,
      '2025-H2': 1.27,
      '2026-H1': 1.27,
      '2026-H2': 1.52,
    });
    expect(unconfirmed(defaultRateTables.basiszins)).toEqual(['2026-07-01']);
  });

  it('Nationalbanken by half-year', () => {
    const t = byHalf(defaultRateTables.nationalbanken);
    expect(t).toMatchObject({
      '2012-H1': 0.7,
      '2012-H2': 0.45,
      '2013-H1': 0.2,
      '2015-H1': 0.2,
      '2015-H2': 0.05,
      '2021-H1': 0.05,
      '2021-H2': -0.35,
      '2022-H1': -0.45,
      '2022-H2': -0.45,
      '2023-H1': 1.9,
      '2023-H2': 3.25,
      '2024-H1': 3.75,
      '2024-H2': 3.5,
      '2025-H1': 2.75,
      '2025-H2': 1.75,
    });
    expect(unconfirmed(defaultRateTables.nationalbanken)).toEqual(['2024-07-01', '2025-01-01', '2025-07-01']);
  });

  it('taux légal by semester', () => {
    const t = byHalf(defaultRateTables.tauxLegal);
    expect(t).toMatchObject({
      '2020-H1': 0.87,
      '2020-H2': 0.84,
      '2021-H1': 0.79,
      '2021-H2': 0.76,
      '2022-H1': 0.76,
      '2022-H2': 0.77,
      '2023-H1': 2.06,
      '2023-H2': 4.22,
      '2024-H1': 5.07,
      '2024-H2': 4.92,
      '2025-H1': 3.71,
      '2025-H2': 2.76,
      '2026-H1': 2.62,
      '2026-H2': 2.75,
    });
    expect(unconfirmed(defaultRateTables.tauxLegal)).toEqual(['2026-07-01']);
  });

  it('Bank Rate changes, December 2025 dated to the month end and flagged', () => {
    const rows = defaultRateTables.bankRate.rows;
    expect(rows).toHaveLength(26);
    expect(rows[0]).toEqual({ from: '2009-03-05', ratePercent: 0.5 });
    expect(rows.find((r) => r.from === '2023-08-03')?.ratePercent).toBe(5.25);
    expect(rows.at(-1)).toMatchObject({
      from: '2025-12-31',
      ratePercent: 3.75,
      unconfirmed: true,
      dateUnknown: true,
    });
  });

  it('BNR: partial, gaps explicit, unknown days at the month end', () => {
    const rows = defaultRateTables.bnr.rows;
    expect(rows.filter((r) => r.ratePercent === null).map((r) => r.from)).toEqual([
      '2014-01-10',
      '2022-02-11',
    ]);
    expect(rows.find((r) => r.from === '2020-08-31')).toMatchObject({ ratePercent: 1.5, dateUnknown: true });
    expect(rows.find((r) => r.from === '2024-08-31')).toMatchObject({ ratePercent: 6.5, unconfirmed: true });
    expect(rows.filter((r) => r.ratePercent !== null)).toHaveLength(12);
  });
});

describe('look-ups', () => {
  it('rateOn: half-year tables never inherit a missing half-year', () => {
    expect(rateOn(defaultRateTables.ecb, '2024-05-15')).toMatchObject({ ok: true, ratePercent: 4.5 });
    expect(rateOn(defaultRateTables.ecb, '2027-02-01')).toEqual({
      ok: false,
      missingFrom: '2027-01-01',
      missingTo: '2027-06-30',
    });
    expect(rateOn(defaultRateTables.ecb, '2011-12-31').ok).toBe(false);
  });

  it('rateOn: change tables hold a rate until the next row; gaps and dates before the table are missing', () => {
    expect(rateOn(defaultRateTables.bankRate, '2023-12-31')).toMatchObject({ ok: true, ratePercent: 5.25 });
    expect(rateOn(defaultRateTables.bnr, '2014-01-09')).toMatchObject({ ok: true, ratePercent: 3.75 });
    expect(rateOn(defaultRateTables.bnr, '2017-06-01')).toEqual({
      ok: false,
      missingFrom: '2014-01-10',
      missingTo: '2020-06-01',
    });
    expect(rateOn(defaultRateTables.bnr, '2011-01-01').ok).toBe(false);
  });

  it('rateOn flags days inside a month whose change day is unknown, only where the day matters', () => {
    expect(rateOn(defaultRateTables.bnr, '2024-08-10')).toMatchObject({
      ratePercent: 6.75,
      uncertainDay: true,
    });
    expect(rateOn(defaultRateTables.bnr, '2024-07-31')).toMatchObject({
      ratePercent: 6.75,
      uncertainDay: false,
    });
    // Issue #9: on the month's last day the new rate holds whatever the day of the change was.
    expect(rateOn(defaultRateTables.bankRate, '2025-12-31')).toMatchObject({
      ratePercent: 3.75,
      uncertainDay: false,
    });
    expect(rateOn(defaultRateTables.bankRate, '2025-12-30')).toMatchObject({
      ratePercent: 4,
      uncertainDay: true,
    });
    // BNR August 2020: 1.75 → 1.50 — a real change, so days of August before the 31st are uncertain;
    // 2021-10-06 "changes" 1.50 → 1.50, which no day can make matter.
    expect(rateOn(defaultRateTables.bnr, '2020-08-15')).toMatchObject({ uncertainDay: true });
  });

  it('rateSegments splits at changes (BNR) and at half-years (ECB)', () => {
    expect(
      rateSegments(defaultRateTables.bnr, '2024-05-16', '2024-08-14').map((s) => [
        s.from,
        s.to,
        s.uncertainDay,
      ]),
    ).toEqual([
      ['2024-05-16', '2024-07-07', false],
      ['2024-07-08', '2024-08-14', true],
    ]);
    expect(rateSegments(defaultRateTables.ecb, '2023-12-01', '2025-01-05').map((s) => s.from)).toEqual([
      '2023-12-01',
      '2024-01-01',
      '2024-07-01',
      '2025-01-01',
    ]);
  });

  it('copyRateTables gives an editable copy; tableProblems catches bad rows', () => {
    const copy = copyRateTables();
    copy.ecb.rows.push({ from: '2027-02-01', ratePercent: 1e-7 });
    expect(defaultRateTables.ecb.rows).toHaveLength(30);
    expect(tableProblems(copy.ecb)).toHaveLength(2);
  });
});

describe('jurisdictions', () => {
  it.each([
    ['IT', 'IT'],
    ['fr', 'FR'],
    ['RO', 'RO'],
    ['DK', 'DK'],
    ['DE', 'DE'],
    ['GB', 'UK'],
    ['UK', 'UK'],
    ['US', 'US'],
    ['AT', 'EU'],
    ['EL', 'EU'],
    ['SE', 'EU'],
    ['CH', null],
    ['NO', null],
    ['', null],
  ])('%s → %s', (iso, expected) => {
    expect(jurisdictionForCountry(iso)).toBe(expected);
  });

  it('margins: B2B, consumer and the older ones', () => {
    const m = (
      code: keyof typeof jurisdictionRules,
      debtor: 'business' | 'consumer',
      dueDate = '2024-01-01',
      contractDate?: string,
    ) =>
      statutoryMargin(
        jurisdictionRules[code],
        debtor,
        contractDate ? { dueDate, contractDate } : { dueDate },
      );
    expect([m('EU', 'business'), m('IT', 'business'), m('FR', 'business'), m('RO', 'business')]).toEqual([
      8, 8, 10, 8,
    ]);
    expect([m('DK', 'business'), m('DE', 'business'), m('UK', 'business')]).toEqual([8, 9, 8]);
    expect([m('RO', 'consumer'), m('DE', 'consumer'), m('DK', 'consumer')]).toEqual([4, 5, 8]);
    expect([m('EU', 'consumer'), m('IT', 'consumer'), m('UK', 'consumer'), m('FR', 'consumer')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(m('DK', 'business', '2013-02-28')).toBe(7);
    expect(m('DK', 'business', '2013-03-01')).toBe(8);
    expect(m('IT', 'business', '2013-02-28', '2012-12-31')).toBe(7);
    expect(m('IT', 'business', '2013-02-28', '2013-01-01')).toBe(8);
  });

  it('fixing and day-count options', () => {
    expect(jurisdictionRules.RO.fixingOptions).toEqual(['half-year', 'per-change']);
    expect(jurisdictionRules.UK.fixing).toBe('uk-fixed');
    expect(jurisdictionRules.DK.dayCountOptions).toContain('30E/360');
    expect(Object.values(jurisdictionRules).every((j) => j.dayCount === 'act/365')).toBe(true);
  });
});

describe('uncertain days warn only where they can change the result (issue #9)', () => {
  it('a stretch that meets the unknown month only on its last day is not flagged', () => {
    // Interest from 2024-08-31 on: BNR 6.50 whatever the August day of the change was.
    expect(
      rateSegments(defaultRateTables.bnr, '2024-08-31', '2024-10-31').map((s) => s.uncertainDay),
    ).toEqual([false]);
    expect(
      rateSegments(defaultRateTables.bnr, '2024-08-30', '2024-10-31').map((s) => s.uncertainDay),
    ).toEqual([true, false]);
  });
});
