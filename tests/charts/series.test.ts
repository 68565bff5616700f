import { describe, expect, it } from 'vitest';
import { buildDayTables, type DayTable } from '../../src/charts/day-table';
import { metricsBook } from '../../src/charts/metrics-book';
import { agingSeries, dsoTrend, headline, monthPoints, overdueByMonth } from '../../src/charts/series';
import { collectionEffectiveness, dsoCountback, dsoStandard } from '../../src/domain/metrics';
import { invoices, ledger } from './fixture';

const tables = buildDayTables(invoices, ledger);
const eur = tables.get('EUR') as DayTable;
const usd = tables.get('USD') as DayTable;
const m = metricsBook(eur);

describe('dashboard series for the fixture book', () => {
  it('gives open, overdue and aging at the as-of date, per currency', () => {
    // 30 April 2026: A1 paid in full on 15 April; A2 50,000 open 58 days late; B2 30,000 open 150 days late.
    const h = headline(eur, m, '2026-04-30');
    expect([h.open, h.overdue, h.openCount, h.overdueCount]).toEqual([80000, 80000, 2, 2]);
    expect(h.overdueShare).toBe(1);
    expect(agingSeries(eur, '2026-04-30').amounts).toEqual([0, 0, 50000, 0, 0, 30000]);
    // USD is never added to EUR: U1 70,000, due 14 Feb, 75 days late.
    expect(agingSeries(usd, '2026-04-30').amounts).toEqual([0, 0, 0, 70000, 0, 0]);
  });

  it('at a past as-of date counts only what was paid by then', () => {
    // 31 March: the 60,000 paid on 15 April still open on A1 (59 days late); A2 28 days; B2 120 days; B1 paid 20 March.
    const a = agingSeries(eur, '2026-03-31');
    expect(a.amounts).toEqual([0, 50000, 60000, 0, 30000, 0]);
    expect(a.counts).toEqual([0, 1, 1, 0, 1, 0]);
    expect(a.total).toBe(140000);
    // 28 February: A1 60,000 (28 days), A2 not yet due, B2 89 days.
    expect(agingSeries(eur, '2026-02-28').amounts).toEqual([50000, 60000, 0, 30000, 0, 0]);
    // Before the first invoice nothing is open.
    expect(agingSeries(eur, '2025-10-31').total).toBe(0);
  });

  it('rebuilds the overdue balance month by month', () => {
    expect(monthPoints('2026-03-31', 6)).toEqual([
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
    ]);
    const s = overdueByMonth(eur, '2026-03-31', 6);
    expect(s.map((p) => p.overdue)).toEqual([0, 0, 30000, 30000, 90000, 140000]);
    expect(s.map((p) => p.open)).toEqual([0, 30000, 30000, 130000, 140000, 140000]);
    // A month still running ends on the as-of date.
    expect(monthPoints('2026-04-15', 2)).toEqual(['2026-03-31', '2026-04-15']);
  });

  it('computes DSO and CEI by hand and as the domain does on the real book', () => {
    const h = headline(eur, m, '2026-03-31');
    // Standard: receivables 140,000 / sales Jan–Mar 350,000 × 90 days = 36.
    expect(h.dso).toBeCloseTo(36, 10);
    // Countback: March sales 200,000 absorb the 140,000: 140/200 × 31 days = 21.7.
    expect(h.dsoCountback).toBeCloseTo(21.7, 10);
    // CEI: (30,000 + 350,000 − 140,000) / (30,000 + 350,000 − 0) = 240/380.
    expect(h.cei).toBeCloseTo(240 / 380, 12);
    const period = { from: '2026-01-01', to: '2026-03-31' };
    expect(h.period).toEqual(period);
    expect(h.dso).toBeCloseTo(dsoStandard(invoices, ledger, period, 'EUR')?.dso ?? NaN, 10);
    expect(h.cei).toBeCloseTo(collectionEffectiveness(invoices, ledger, period, 'EUR')?.cei ?? NaN, 12);
    for (const d of ['2026-01-31', '2026-02-14', '2026-04-30'])
      expect(dsoTrend(m, d, 1)[0]?.dso).toBeCloseTo(dsoCountback(invoices, ledger, d, 'EUR').dso, 10);
  });
});
