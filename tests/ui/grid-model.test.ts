import { describe, expect, it } from 'vitest';
import { GridModel, dateKey, parseBound } from '../../src/ui/grid/grid-model';
import type { GridColumn } from '../../src/ui/grid/types';
import { filterHint } from '../../src/ui/grid/filter-hint';
import { setLanguage } from '../../src/i18n';

interface Inv {
  id: string;
  customer: string;
  amount: number | null;
  currency: string;
  due: string;
  status: string;
  days: number;
}

const columns: GridColumn<Inv>[] = [
  { id: 'customer', title: 'Customer', type: 'text', value: (r) => r.customer },
  {
    id: 'amount',
    title: 'Amount',
    type: 'money',
    value: (r) => r.amount,
    currency: (r) => r.currency,
    display: (r) => (r.amount === null ? '' : `${r.currency} ${(r.amount / 100).toFixed(2)}`),
  },
  { id: 'due', title: 'Due', type: 'date', value: (r) => r.due },
  { id: 'status', title: 'Status', type: 'choice', value: (r) => r.status, choices: ['open', 'paid'] },
  { id: 'days', title: 'Days', type: 'number', value: (r) => r.days },
];

const rows: Inv[] = [
  { id: 'a', customer: 'Beta', amount: 1000, currency: 'EUR', due: '2024-03-01', status: 'open', days: 5 },
  { id: 'b', customer: 'alpha', amount: 250, currency: 'USD', due: '2024-01-15', status: 'paid', days: 0 },
  { id: 'c', customer: 'Gamma', amount: 1000, currency: 'EUR', due: '', status: 'open', days: 12 },
  { id: 'd', customer: 'Beta', amount: null, currency: 'EUR', due: '2023-12-31', status: 'open', days: 3 },
  { id: 'e', customer: 'Ärger', amount: -50, currency: 'USD', due: '2024-02-10', status: 'paid', days: 7 },
];

const model = () => new GridModel(rows, columns, (r) => r.id);
const ids = (m: GridModel<Inv>, idx: Uint32Array) => [...idx].map((i) => m.rows[i]!.id);
const none = { sort: [], filters: {}, search: '' };

describe('GridModel.query sorting', () => {
  it('keeps the original order without a sort', () => {
    const m = model();
    expect(ids(m, m.query(none, []))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('sorts text with locale collation, case-insensitively, and stably', () => {
    const m = model();
    expect(ids(m, m.query({ ...none, sort: [{ col: 'customer', dir: 'asc' }] }, []))).toEqual([
      'b',
      'e',
      'a',
      'd',
      'c',
    ]);
  });

  it('sorts money descending with empty values last', () => {
    const m = model();
    expect(ids(m, m.query({ ...none, sort: [{ col: 'amount', dir: 'desc' }] }, []))).toEqual([
      'a',
      'c',
      'b',
      'e',
      'd',
    ]);
  });

  it('sorts dates with empty values last in both directions', () => {
    const m = model();
    expect(ids(m, m.query({ ...none, sort: [{ col: 'due', dir: 'asc' }] }, []))).toEqual([
      'd',
      'b',
      'e',
      'a',
      'c',
    ]);
    expect(ids(m, m.query({ ...none, sort: [{ col: 'due', dir: 'desc' }] }, []))).toEqual([
      'a',
      'e',
      'b',
      'd',
      'c',
    ]);
  });

  it('applies a second key to ties of the first', () => {
    const m = model();
    const sort = [
      { col: 'status', dir: 'asc' as const },
      { col: 'days', dir: 'desc' as const },
    ];
    expect(ids(m, m.query({ ...none, sort }, []))).toEqual(['c', 'a', 'd', 'e', 'b']);
  });

  it('keeps ties in their original order in both directions', () => {
    const m = model();
    expect(ids(m, m.query({ ...none, sort: [{ col: 'status', dir: 'desc' }] }, []))).toEqual([
      'b',
      'e',
      'a',
      'c',
      'd',
    ]);
  });

  it('orders many distinct texts with a sort key: numbers by value, accents ignored', () => {
    const many = Array.from({ length: 25_000 }, (_, i) => ({
      ...rows[0]!,
      id: `x${i}`,
      customer: `INV-${24_999 - i}`,
    }));
    many.push({ ...rows[0]!, id: 'acc', customer: 'Ínv-00000' });
    const m = new GridModel(many, columns);
    const sorted = m.query({ ...none, sort: [{ col: 'customer', dir: 'asc' }] }, []);
    const names = [...sorted.slice(0, 4)].map((i) => many[i]!.customer);
    expect(names).toEqual(['INV-0', 'Ínv-00000', 'INV-1', 'INV-2']); // equal keys keep row order
    expect(many[sorted[10]!]!.customer).toBe('INV-9');
    expect(many[sorted[11]!]!.customer).toBe('INV-10');
  });

  it('sorts the same whether the orders were built ahead in idle slices, half built, or not at all', () => {
    let seed = 3;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const many: Inv[] = Array.from({ length: 30_000 }, (_, i) => ({
      id: `r${i}`,
      customer: `C${i % 7}`,
      // Amounts over millions of cents: their order is built and kept (dates and days are counted).
      amount: rnd() < 0.02 ? null : Math.round(rnd() * 900) * 10_000,
      currency: 'EUR',
      due:
        rnd() < 0.02
          ? ''
          : `2026-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-1${Math.floor(rnd() * 9)}`,
      status: 'open',
      days: Math.floor(rnd() * 90),
    }));
    const views = [
      { ...none, sort: [{ col: 'amount', dir: 'desc' as const }] },
      { ...none, sort: [{ col: 'due', dir: 'asc' as const }] },
      {
        ...none,
        sort: [{ col: 'days', dir: 'desc' as const }],
        filters: { customer: { kind: 'text' as const, text: 'c3' } },
      },
      {
        ...none,
        sort: [
          { col: 'due', dir: 'desc' as const },
          { col: 'amount', dir: 'asc' as const },
        ],
      },
    ];
    // Expected: a plain stable sort of the rows (empties last both ways).
    const key = (r: Inv, col: string) =>
      col === 'amount' ? r.amount : col === 'due' ? (r.due === '' ? null : r.due) : r.days;
    const expected = views.map((v) => {
      const kept = many
        .map((_, i) => i)
        .filter((i) => !('customer' in v.filters) || many[i]!.customer === 'C3');
      return kept.sort((a, b) => {
        for (const s of v.sort) {
          const x = key(many[a]!, s.col);
          const y = key(many[b]!, s.col);
          if (x === y) continue;
          if (x === null || y === null) return x === null ? 1 : -1;
          return (x < y ? -1 : 1) * (s.dir === 'desc' ? -1 : 1);
        }
        return a - b;
      });
    });
    const cold = new GridModel(many, columns, (r) => r.id);
    views.forEach((v, k) => expect([...cold.query(v, [])]).toEqual(expected[k]));

    const warm = new GridModel(many, columns, (r) => r.id);
    let slices = 0;
    while (!warm.warmSorts(['amount', 'due', 'days', 'customer'], countdown(3))) slices++;
    expect(slices).toBeGreaterThan(3);
    views.forEach((v, k) => expect([...warm.query(v, [])]).toEqual(expected[k]));

    // Half built, then a row's amount changes: the order under way is dropped, not used stale.
    const half = new GridModel(many, columns, (r) => r.id);
    expect(half.warmSorts(['amount'], countdown(34))).toBe(false); // keys built (30 slices), order under way
    const row = many[5]!;
    const was = row.amount;
    row.amount = 123_456_700;
    half.patch([5]);
    expect(half.query(views[0]!, [])[0]).toBe(5);
    row.amount = was;
  });

  it('ignores sort keys of unknown columns', () => {
    const m = model();
    expect(ids(m, m.query({ ...none, sort: [{ col: 'nope', dir: 'asc' }] }, []))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });
});

describe('GridModel.query filters and search', () => {
  it('text filter: contains, case-insensitive, on the displayed text', () => {
    const m = model();
    expect(ids(m, m.query({ ...none, filters: { customer: { kind: 'text', text: 'BET' } } }, []))).toEqual([
      'a',
      'd',
    ]);
    expect(ids(m, m.query({ ...none, filters: { amount: { kind: 'text', text: 'usd' } } }, []))).toEqual([
      'b',
      'e',
    ]);
  });

  it('money range reads amounts as people type them', () => {
    const m = model();
    const f = { amount: { kind: 'range' as const, min: '2,50', max: '10' } };
    expect(ids(m, m.query({ ...none, filters: f }, []))).toEqual(['a', 'b', 'c']);
    const open = { amount: { kind: 'range' as const, min: '', max: '0' } };
    expect(ids(m, m.query({ ...none, filters: open }, []))).toEqual(['e']);
  });

  it('date and number ranges are inclusive; empty cells drop out', () => {
    const m = model();
    const f = { due: { kind: 'range' as const, min: '2024-01-15', max: '2024-03-01' } };
    expect(ids(m, m.query({ ...none, filters: f }, []))).toEqual(['a', 'b', 'e']);
    const n = { days: { kind: 'range' as const, min: '3', max: '7' } };
    expect(ids(m, m.query({ ...none, filters: n }, []))).toEqual(['a', 'd', 'e']);
  });

  it('date ranges read dates as the interface language writes them, and say so in the hint', () => {
    const m = model();
    try {
      setLanguage('it', 'IT');
      const f = { due: { kind: 'range' as const, min: '15/01/2024', max: '01/03/2024' } };
      expect(ids(m, m.query({ ...none, filters: f }, []))).toEqual(['a', 'b', 'e']);
      expect(filterHint(columns[2]!)).toBe('01/01/2024..');
      setLanguage('ro', 'RO');
      const g = { due: { kind: 'range' as const, min: '1.3.2024', max: '' } };
      expect(ids(m, m.query({ ...none, filters: g }, []))).toEqual(['a']);
      expect(filterHint(columns[2]!)).toBe('01.01.2024..');
      // ISO is read in every language.
      const h = { due: { kind: 'range' as const, min: '', max: '2023-12-31' } };
      expect(ids(m, m.query({ ...none, filters: h }, []))).toEqual(['d']);
    } finally {
      setLanguage('en');
    }
  });

  it('unreadable bounds are open', () => {
    const m = model();
    const f = { due: { kind: 'range' as const, min: 'soon', max: '' } };
    expect(m.query({ ...none, filters: f }, []).length).toBe(5);
  });

  it('choice filter keeps the chosen values; an empty choice is no filter', () => {
    const m = model();
    expect(
      ids(m, m.query({ ...none, filters: { status: { kind: 'choice', values: ['paid'] } } }, [])),
    ).toEqual(['b', 'e']);
    expect(m.query({ ...none, filters: { status: { kind: 'choice', values: [] } } }, []).length).toBe(5);
  });

  it('search looks across the given columns only, combined with filters', () => {
    const m = model();
    expect(ids(m, m.query({ ...none, search: 'paid' }, ['customer', 'status']))).toEqual(['b', 'e']);
    expect(ids(m, m.query({ ...none, search: 'paid' }, ['customer']))).toEqual([]);
    const f = { customer: { kind: 'text' as const, text: 'a' } };
    expect(ids(m, m.query({ ...none, filters: f, search: 'open' }, ['status']))).toEqual(['a', 'c', 'd']);
    // Three at once, each narrowing the rows the others kept: Beta (a, d), an amount of 5 or more (a;
    // d has none), open (a) — sorted by days, descending.
    const three = {
      customer: { kind: 'text' as const, text: 'beta' },
      amount: { kind: 'range' as const, min: '5', max: '' },
      status: { kind: 'choice' as const, values: ['open'] },
    };
    expect(ids(m, m.query({ ...none, filters: three, search: 'eur' }, ['amount']))).toEqual(['a']);
    const two = { customer: three.customer, status: three.status };
    const byDays = [{ col: 'days', dir: 'desc' as const }];
    expect(ids(m, m.query({ sort: byDays, filters: two, search: '' }, []))).toEqual(['a', 'd']);
  });

  it('an index built a slice at a time in the background finds what a cold search finds', () => {
    const warm = model();
    // No time at all: nothing is built yet, and it says so.
    expect(warm.warmSearch(['customer', 'amount'], () => 0)).toBe(false);
    expect(warm.warmSearch(['customer', 'amount'], () => 1)).toBe(true);
    // "eur 10" is in the amount text of a and c; "beta" in the customer of a and d.
    expect(ids(warm, warm.query({ ...none, search: 'EUR 10' }, ['customer', 'amount']))).toEqual(['a', 'c']);
    expect(ids(warm, warm.query({ ...none, search: 'beta' }, ['customer', 'amount']))).toEqual(['a', 'd']);
    const cold = model();
    expect(ids(cold, cold.query({ ...none, search: 'EUR 10' }, ['customer', 'amount']))).toEqual(['a', 'c']);
  });
});

describe('GridModel.totals', () => {
  it('sums money per currency over the filtered rows and counts rows', () => {
    const m = model();
    expect(m.totals(m.query(none, []))).toEqual({
      count: 5,
      currencies: [
        { currency: 'EUR', count: 3, sums: { amount: 2000 } },
        { currency: 'USD', count: 2, sums: { amount: 200 } },
      ],
    });
    const open = m.query({ ...none, filters: { status: { kind: 'choice', values: ['open'] } } }, []);
    expect(m.totals(open)).toEqual({
      count: 3,
      currencies: [{ currency: 'EUR', count: 3, sums: { amount: 2000 } }],
    });
  });

  it('sums a large filtered and sorted grid the same as the rows kept, whatever their order', () => {
    // 10,000 rows: amount 1000 × i (spread too wide to be sorted by counting); "Gamma" every tenth row
    // from the fourth (i = 3, 13, …, 9993); EUR for i ≡ 1 (mod 4), else USD. Gamma's EUR rows are
    // i = 13 + 20k, its USD rows i = 3 + 20k (k < 500).
    const big: Inv[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `r${i}`,
      customer: i % 10 === 3 ? 'Gamma' : 'Delta',
      amount: 1000 * i,
      currency: i % 4 === 1 ? 'EUR' : 'USD',
      due: '2024-01-01',
      status: 'open',
      days: 0,
    }));
    const m = new GridModel(big, columns, (r) => r.id);
    const expected = {
      count: 1000,
      currencies: [
        { currency: 'EUR', count: 500, sums: { amount: 1000 * (500 * 13 + 20 * ((499 * 500) / 2)) } },
        { currency: 'USD', count: 500, sums: { amount: 1000 * (500 * 3 + 20 * ((499 * 500) / 2)) } },
      ],
    };
    const gamma = { customer: { kind: 'text' as const, text: 'gamma' } };
    for (const dir of ['desc', 'asc'] as const) {
      const idx = m.query({ sort: [{ col: 'amount', dir }], filters: gamma, search: '' }, []);
      expect(m.rows[idx[0]!]!.id).toBe(dir === 'desc' ? 'r9993' : 'r3');
      expect(m.totals(idx)).toEqual(expected);
      // The same rows in another order, not the query's own: the same totals.
      expect(m.totals(Uint32Array.from(idx).reverse())).toEqual(expected);
    }
    // Searched instead of filtered, with a range filter besides (two tests): the same rows.
    const range = { amount: { kind: 'range' as const, min: '0', max: '' } };
    const idx = m.query({ sort: [{ col: 'amount', dir: 'desc' }], filters: range, search: 'gamma' }, [
      'customer',
    ]);
    expect(idx.length).toBe(1000);
    expect(m.totals(idx)).toEqual(expected);
  });

  it('counts the rows whose figure is unknown beside the sum, instead of reading them as zero', () => {
    const interest: GridColumn<Inv> = { ...columns[1]!, id: 'interest', unknownWhenEmpty: true };
    const m = new GridModel(rows, [...columns, interest], (r) => r.id);
    // EUR: a 1000 + c 1000 known, d unknown; USD: b 250 + e −50, none unknown.
    expect(m.totals(m.query(none, [])).currencies).toEqual([
      { currency: 'EUR', count: 3, sums: { amount: 2000, interest: 2000 }, unknown: { interest: 1 } },
      { currency: 'USD', count: 2, sums: { amount: 200, interest: 200 } },
    ]);
  });

  it('keeps the totals of every row right through edits patched in place (amount, currency, empty)', () => {
    const local = rows.map((r) => ({ ...r }));
    const interest: GridColumn<Inv> = { ...columns[1]!, id: 'interest', unknownWhenEmpty: true };
    const m = new GridModel(local, [...columns, interest], (r) => r.id);
    m.totals(m.query(none, [])); // the first pass over every row keeps their sums
    // a: 1000 EUR → 4000 EUR; b: 250 USD → 250 GBP; d: unknown → 75 EUR; e (twice in the list): −50 → 0.
    local[0] = { ...local[0]!, amount: 4000 };
    local[1] = { ...local[1]!, currency: 'GBP' };
    local[3] = { ...local[3]!, amount: 75 };
    local[4] = { ...local[4]!, amount: 0 };
    m.patch([0, 1, 3, 4, 4]);
    const expected = {
      count: 5,
      currencies: [
        // EUR: a 4000 + c 1000 + d 75 = 5075, three rows, none unknown any more.
        { currency: 'EUR', count: 3, sums: { amount: 5075, interest: 5075 } },
        { currency: 'GBP', count: 1, sums: { amount: 250, interest: 250 } },
        // USD: e alone, now 0 (a figure, not an unknown one).
        { currency: 'USD', count: 1, sums: { amount: 0, interest: 0 } },
      ],
    };
    expect(m.totals(m.query(none, []))).toEqual(expected);
    expect(m.keptTotals()).toEqual(expected);
    // Sorted the other way, still every row: the same totals.
    const desc = m.query({ ...none, sort: [{ col: 'amount', dir: 'desc' }] }, []);
    expect(m.totals(desc)).toEqual(expected);
    // A fresh model over the same rows (no kept sums) agrees.
    const fresh = new GridModel(local, [...columns, interest], (r) => r.id);
    expect(fresh.keptTotals()).toBeNull();
    expect(fresh.totals(fresh.query(none, []))).toEqual(expected);
  });

  it('keeps sums, sorts, ranges and widest figures right when an edit brings a fraction or a huge figure', () => {
    // Whole amounts first (held compactly), then edits to a figure past 32 bits, a fraction of a day
    // and the smallest 32-bit number, which must not read as an empty cell.
    const local = rows.map((r) => ({ ...r }));
    const m = new GridModel(local, columns, (r) => r.id);
    const sorted = (col: string, dir: 'asc' | 'desc') =>
      ids(m, m.query({ ...none, sort: [{ col, dir }] }, []));
    m.totals(m.query(none, []));
    expect(sorted('amount', 'asc')).toEqual(['e', 'b', 'a', 'c', 'd']);
    expect(m.widestRow('amount', true)).toBe(0); // a 1000 (first of the two largest); d is empty
    local[1] = { ...local[1]!, amount: 5_000_000_000 }; // 50 million USD in cents
    local[4] = { ...local[4]!, amount: -2147483648, days: 2.5 };
    m.patch([1, 4]);
    expect(sorted('amount', 'asc')).toEqual(['e', 'a', 'c', 'b', 'd']);
    expect(sorted('amount', 'desc')).toEqual(['b', 'a', 'c', 'e', 'd']);
    expect(sorted('days', 'asc')).toEqual(['b', 'e', 'd', 'a', 'c']); // 0, 2.5, 3, 5, 12
    expect(m.widestRow('amount', true)).toBe(1);
    expect(m.totals(m.query(none, [])).currencies).toEqual([
      { currency: 'EUR', count: 3, sums: { amount: 2000 } },
      { currency: 'USD', count: 2, sums: { amount: 5_000_000_000 - 2147483648 } },
    ]);
    // A range from below every figure keeps the smallest one and drops the empty cell (d).
    const range = m.query(
      { ...none, filters: { amount: { kind: 'range' as const, min: '-30000000', max: '' } } },
      [],
    );
    expect(ids(m, range)).toEqual(['a', 'b', 'c', 'e']);
    const days = m.query(
      { ...none, filters: { days: { kind: 'range' as const, min: '2.5', max: '3' } } },
      [],
    );
    expect(ids(m, days)).toEqual(['d', 'e']);
  });

  it('builds the totals a slice at a time, and an edit made meanwhile is in them', () => {
    const many: Inv[] = Array.from({ length: 2_500 }, (_, i) => ({
      ...rows[0]!,
      id: `r${i}`,
      amount: i % 2 === 0 ? 100 : 300,
    }));
    const m = new GridModel(many, columns, (r) => r.id);
    let calls = 0;
    // Each slice gets time for one step (1,000 rows), then says the time is up.
    const oneStep = () => {
      let left = 1;
      return () => left--;
    };
    while (!m.warmTotals(oneStep())) {
      calls++;
      if (calls === 1) {
        // Rows 10 (done) and 2,000 (not yet) are edited between two slices.
        many[10] = { ...many[10]!, amount: 1_000 };
        many[2_000] = { ...many[2_000]!, amount: 5_000 };
        m.patch([10, 2_000]);
      }
    }
    expect(calls).toBe(2); // 2,500 rows: three slices
    // By hand: 1,250 × 100 + 1,250 × 300 = 500,000; row 10 (100 → 1,000) +900, row 2,000 (100 → 5,000) +4,900.
    expect(m.totals(m.query(none, [])).currencies).toEqual([
      { currency: 'EUR', count: 2_500, sums: { amount: 505_800 } },
    ]);
  });

  it('totals a set of row keys (the selection)', () => {
    const m = model();
    const idx = ['b', 'c', 'zz'].map((k) => m.indexOfKey(k)).filter((i) => i >= 0);
    expect(m.totals(idx, ['amount']).currencies).toEqual([
      { currency: 'EUR', count: 1, sums: { amount: 1000 } },
      { currency: 'USD', count: 1, sums: { amount: 250 } },
    ]);
  });
});

describe('helpers', () => {
  it('dateKey and parseBound', () => {
    expect(dateKey('2024-02-29')).toBe(20240229);
    expect(dateKey('29/02/2024')).toBeNaN();
    expect(parseBound('money', '1.234,56')).toBe(123456);
    expect(parseBound('money', '12', 0)).toBe(12);
    expect(parseBound('number', '1,5')).toBe(1.5);
    expect(parseBound('date', 'x')).toBeNull();
    expect(parseBound('number', '  ')).toBeNull();
  });

  it('distinctValues lists a column’s values sorted', () => {
    expect(model().distinctValues('status')).toEqual(['open', 'paid']);
  });
});

describe('range filter text', () => {
  it('reads ranges, open ends, comparisons and single values', async () => {
    const { parseRangeText, formatRangeText } = await import('../../src/ui/grid/grid-model');
    expect(parseRangeText('10..500')).toEqual({ min: '10', max: '500' });
    expect(parseRangeText('2024-01-01 .. ')).toEqual({ min: '2024-01-01', max: '' });
    expect(parseRangeText('..-5')).toEqual({ min: '', max: '-5' });
    expect(parseRangeText('>= 1.000,50')).toEqual({ min: '1.000,50', max: '' });
    expect(parseRangeText('<2024-03-01')).toEqual({ min: '', max: '2024-03-01' });
    expect(parseRangeText('42')).toEqual({ min: '42', max: '42' });
    for (const t of ['10..500', '10..', '..500', '42', ''])
      expect(formatRangeText(...(Object.values(parseRangeText(t)) as [string, string]))).toBe(t);
  });
});

/** A `timeLeft` that says there is time for `calls` checks, then none. */
function countdown(calls: number): () => number {
  let left = calls;
  return () => (left-- > 0 ? 1 : 0);
}
