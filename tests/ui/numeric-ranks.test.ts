import { describe, expect, it } from 'vitest';
import {
  COUNTED_SPAN,
  EMPTY_INT,
  countedRows,
  countedSpan,
  fewRowsInOrder,
  numericOrderSteps,
  numericRanks,
  orderedRows,
} from '../../src/ui/grid/numeric-ranks';

/** Ranks the slow, obvious way: the distinct values sorted numerically, each row's position among them. */
function naive(values: number[]): { rank: number[]; distinct: number } {
  const distinct = [...new Set(values.filter((x) => !Number.isNaN(x)).map((x) => (x === 0 ? 0 : x)))].sort(
    (a, b) => a - b,
  );
  return {
    rank: values.map((x) => (Number.isNaN(x) ? distinct.length : distinct.indexOf(x === 0 ? 0 : x))),
    distinct: distinct.length,
  };
}

describe('numeric ranks', () => {
  it('ranks amounts, dates, negatives, zeros and empties as a numeric sort would', () => {
    const values = [
      1050,
      -3,
      0,
      -0,
      NaN,
      20260131,
      1050,
      -1e12,
      1e12,
      0.5,
      -0.5,
      NaN,
      7,
      2 ** 40 + 1,
      2 ** 40,
    ];
    const r = numericRanks(Float64Array.from(values));
    const want = naive(values);
    expect([...r.rank]).toEqual(want.rank);
    expect(r.distinct).toBe(want.distinct);
    // The rows with a value in ascending order, equal ones in row order (1050 at rows 0 and 6).
    expect([...r.sorted].map((i) => values[i])).toEqual([
      -1e12,
      -3,
      -0.5,
      0,
      -0,
      0.5,
      7,
      1050,
      1050,
      20260131,
      1e12,
      2 ** 40,
      2 ** 40 + 1,
    ]);
    expect([...r.sorted].filter((i) => values[i] === 1050)).toEqual([0, 6]);
  });

  it('agrees with the obvious ranks on 20,000 random money amounts in minor units', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const values = Array.from({ length: 20_000 }, () =>
      rnd() < 0.02 ? NaN : Math.round((rnd() - 0.1) * 10 ** Math.floor(rnd() * 12)),
    );
    const r = numericRanks(Float64Array.from(values));
    const want = naive(values);
    expect(r.distinct).toBe(want.distinct);
    expect([...r.rank]).toEqual(want.rank);
  });

  it('ranks whole amounts of 32 bits (the common case) the same way, negatives and empties included', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const values = Array.from({ length: 20_000 }, () =>
      rnd() < 0.02 ? NaN : Math.round((rnd() - 0.2) * 2 ** 31 * (rnd() < 0.5 ? 1e-4 : 1)),
    );
    values.push(2147483647, -2147483648, 0, -0);
    const r = numericRanks(Float64Array.from(values));
    const want = naive(values);
    expect(r.distinct).toBe(want.distinct);
    expect([...r.rank]).toEqual(want.rank);
    expect(r.sorted[0]).toBe(values.indexOf(-2147483648));
    expect(r.sorted[r.sorted.length - 1]).toBe(values.indexOf(2147483647));
  });

  it('orders 150,000 rows in steps as a stable numeric sort would, both ways, empties last, filtered', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // Few distinct values (many ties), some fractions (the four-pass keys), some empties.
    const values = Array.from({ length: 150_000 }, () =>
      rnd() < 0.03 ? NaN : rnd() < 0.05 ? Math.round(rnd() * 100) / 8 : Math.round(rnd() * 500) - 100,
    );
    const steps = numericOrderSteps(Float64Array.from(values));
    let calls = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) calls++;
    const order = r.value;
    expect(calls).toBeGreaterThan(4); // it really yields between slices of rows
    const rows = values.map((_, i) => i);
    const byValue = (desc: boolean) => (a: number, b: number) => {
      const x = values[a]!;
      const y = values[b]!;
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? a - b : 1) : -1;
      return (desc ? y - x : x - y) || a - b;
    };
    expect([...orderedRows(order, false)]).toEqual([...rows].sort(byValue(false)));
    expect([...orderedRows(order, true)]).toEqual([...rows].sort(byValue(true)));
    expect(order.distinct).toBe(new Set(values.filter((x) => !Number.isNaN(x))).size);
    // Only the rows a filter keeps (every third), in the same order.
    const keep = new Uint8Array(values.length);
    for (let i = 0; i < values.length; i += 3) keep[i] = 1;
    expect([...orderedRows(order, true, keep)]).toEqual(rows.filter((i) => i % 3 === 0).sort(byValue(true)));
  });

  it('sorts dates and days by counting them, as a sort of their values would, empties last', () => {
    // Due dates as YYYYMMDD over two years, a few empty, many equal; days late 0–400.
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const dates = Array.from({ length: 5_000 }, () =>
      next() % 17 === 0 ? NaN : 20250101 + (next() % 2) * 10000 + (next() % 12) * 100 + (next() % 28),
    );
    const keys = Int32Array.from(dates, (x) => (Number.isNaN(x) ? EMPTY_INT : x));
    const span = countedSpan(keys);
    expect(span).not.toBeNull();
    const rows = dates.map((_, i) => i);
    const byValue = (desc: boolean) => (a: number, b: number) => {
      const x = dates[a]!;
      const y = dates[b]!;
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? a - b : 1) : -1;
      return (desc ? y - x : x - y) || a - b;
    };
    for (const desc of [false, true]) {
      expect([...countedRows(keys, span!, desc, null)]).toEqual([...rows].sort(byValue(desc)));
      const some = Uint32Array.from(rows.filter((i) => i % 4 === 1));
      expect([...countedRows(keys, span!, desc, some)]).toEqual([...some].sort(byValue(desc)));
    }
    // Amounts spanning millions of cents are not counted (their order is built and kept instead).
    expect(countedSpan(Int32Array.from([1, COUNTED_SPAN + 1]))).toBeNull();
    expect(countedSpan(Float64Array.from([1.5, 2]))).toBeNull();
    expect(countedSpan(Int32Array.from([EMPTY_INT]))).toEqual({ min: 0, span: 0 });
  });
  it("orders a filter's few rows by their amounts as a stable sort would, extremes, ties and empties", () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    // Amounts in cents, many equal, some negative, the 32-bit extremes, some empty.
    const amounts = Array.from({ length: 40_000 }, (_, i) =>
      i % 997 === 0
        ? 2147483647
        : i % 991 === 0
          ? -2147483647
          : next() % 23 === 0
            ? NaN
            : (next() % 3000) - 500,
    );
    const keys = Int32Array.from(amounts, (x) => (Number.isNaN(x) ? EMPTY_INT : x));
    const byValue = (desc: boolean) => (a: number, b: number) => {
      const x = amounts[a]!;
      const y = amounts[b]!;
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? a - b : 1) : -1;
      return (desc ? y - x : x - y) || a - b;
    };
    const some = Uint32Array.from(amounts.map((_, i) => i).filter((i) => i % 5 === 2 || i % 997 === 0));
    for (const desc of [false, true])
      expect([...fewRowsInOrder(keys, some, desc)]).toEqual([...some].sort(byValue(desc)));
    expect([...fewRowsInOrder(keys, new Uint32Array(0), true)]).toEqual([]);
  });
});
