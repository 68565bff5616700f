// The DSO trend's points are computed once per stand-in book and date and reused by later as-of dates
// (their month ends are the same): reused, they must still be the domain's figures for the whole book.
import { describe, expect, it } from 'vitest';
import { generateSampleData } from '../../src/commands/sample-data';
import { buildLedgerIndex } from '../../src/domain/balance';
import { dsoCountback, dsoStandard } from '../../src/domain/metrics';
import { buildDayTables, type DayTable } from '../../src/charts/day-table';
import { metricsBook } from '../../src/charts/metrics-book';
import { dsoTrend, headline, metricsPeriod } from '../../src/charts/series';

const s = generateSampleData('2026-11-23');
const ledger = buildLedgerIndex(s.payments, s.adjustments);
const tables = buildDayTables(s.invoices, ledger);

describe('one stand-in book asked at several as-of dates', () => {
  it('gives every DSO point the domain gives, the reused ones too', () => {
    const [currency, t] = [...tables][0] as [string, DayTable];
    const m = metricsBook(t);
    let points = 0;
    // The same month ends come back: 2026-10-31 at both later dates, and the first date asked again.
    for (const asOf of ['2026-11-23', '2026-11-30', '2026-12-15', '2026-11-23']) {
      for (const p of dsoTrend(m, asOf, 4)) {
        points++;
        expect(p.dso, `${p.date}`).toBeCloseTo(dsoCountback(s.invoices, ledger, p.date, currency).dso, 9);
        const standard = dsoStandard(s.invoices, ledger, metricsPeriod(p.date), currency)?.dso ?? null;
        if (standard === null) expect(p.standard).toBeNull();
        else expect(p.standard, `${p.date}`).toBeCloseTo(standard, 9);
      }
      const h = headline(t, m, asOf);
      expect(h.dsoCountback).toBeCloseTo(dsoCountback(s.invoices, ledger, asOf, currency).dso, 9);
    }
    expect(points).toBe(16);
  });
});
