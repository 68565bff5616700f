// The day tables against the domain's own per-invoice functions on the realistic sample book (payments,
// partial payments, discounts, credit notes, fees), at the as-of date and at earlier dates.
import { describe, expect, it } from 'vitest';
import { generateSampleData } from '../../src/commands/sample-data';
import { agingBuckets } from '../../src/domain/aging';
import { buildLedgerIndex } from '../../src/domain/balance';
import { collectionEffectiveness, dsoCountback, dsoStandard, receivablesAt } from '../../src/domain/metrics';
import { buildDayTables, type DayTable } from '../../src/charts/day-table';
import { metricsBook } from '../../src/charts/metrics-book';
import { agingSeries, headline, metricsPeriod } from '../../src/charts/series';

const asOf = '2026-11-23';
const s = generateSampleData(asOf);
const ledger = buildLedgerIndex(s.payments, s.adjustments);
const tables = buildDayTables(s.invoices, ledger);

describe('dashboard series on the sample book', () => {
  it('agree with the domain at the as-of date and at past dates, in every currency', () => {
    expect(tables.size).toBeGreaterThan(1);
    for (const date of [asOf, '2026-06-30', '2025-12-31', '2025-03-15']) {
      const report = agingBuckets(s.invoices, date, { ledger, perCustomer: false });
      for (const [currency, t] of tables) {
        const a = agingSeries(t as DayTable, date);
        const expected = report.totals.find((r) => r.currency === currency);
        expect(a.amounts, `${currency} ${date}`).toEqual(expected?.amounts ?? [0, 0, 0, 0, 0, 0]);
        expect(a.counts, `${currency} ${date}`).toEqual(expected?.counts ?? [0, 0, 0, 0, 0, 0]);
        const m = metricsBook(t);
        const h = headline(t, m, date);
        expect(h.open).toBe(receivablesAt(s.invoices, ledger, date, currency));
        const period = metricsPeriod(date);
        const dso = dsoStandard(s.invoices, ledger, period, currency)?.dso ?? null;
        if (dso === null) expect(h.dso).toBeNull();
        else expect(h.dso).toBeCloseTo(dso, 9);
        expect(h.dsoCountback).toBeCloseTo(dsoCountback(s.invoices, ledger, date, currency).dso, 9);
        const cei = collectionEffectiveness(s.invoices, ledger, period, currency)?.cei ?? null;
        if (cei === null) expect(h.cei).toBeNull();
        else expect(h.cei).toBeCloseTo(cei, 12);
      }
    }
  });
});
