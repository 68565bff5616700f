import { describe, expect, it } from 'vitest';
import { fitWidths, twoLineWidth, type FitInput } from '../../src/ui/grid/auto-width';
import { ColumnSample } from '../../src/ui/grid/fit-columns';
import { GridModel } from '../../src/ui/grid/grid-model';
import type { GridColumn } from '../../src/ui/grid/types';

// A fixed-pitch font: 10 px a character, 12 bold.
const measure = (s: string, bold = false) => s.length * (bold ? 12 : 10);
const opts = { measure, pad: 10, hintPad: 0, arrow: 0, min: 40, available: 0 };
const col = (over: Partial<FitInput>): FitInput => ({
  cells: [],
  strong: [],
  header: 'X',
  hint: '',
  flexible: false,
  ...over,
});

describe('fitting grid columns', () => {
  it('a header needs only the wider of its best two lines', () => {
    // "Interest to date": "Interest" / "to date" → 8 characters.
    expect(twoLineWidth('Interest to date', (s) => s.length)).toBe(8);
    expect(twoLineWidth('Amount', (s) => s.length)).toBe(6);
  });

  it('a figure column is as wide as its widest figure or total, never cut', () => {
    const [w] = fitWidths([col({ cells: ['1.00 €', '12,790.84 €'], strong: ['484,290.10 DKK'] })], opts);
    // The bold total: 14 characters × 12 + 10 padding.
    expect(w).toBe(178);
  });

  it('fits figures in a font whose digits differ in width, measuring each shape once', () => {
    // Proportional digits: "1" is 4 px, "7" 12 px, any other character 8 px.
    const calls: string[] = [];
    const prop = (s: string) => {
      calls.push(s);
      return [...s].reduce((w, c) => w + (c === '1' ? 4 : c === '7' ? 12 : 8), 0);
    };
    const amounts = Array.from({ length: 200 }, (_, i) => `${1000 + ((i * 37) % 9000)}.${10 + (i % 90)} €`);
    amounts.push('1111.11 €', '7777.77 €');
    const [w] = fitWidths([col({ cells: amounts })], { ...opts, measure: prop, pad: 0 });
    // The widest real text is "7777.77 €": six 7s (72) + ".", " ", "€" (24) = 96 px; never less.
    expect(w).toBeGreaterThanOrEqual(96);
    expect(w).toBe(96);
    // Ten digits, the header and hint, and one shape ("7777.77 €") for 202 amounts.
    expect(calls.filter((c) => c.includes('€'))).toEqual(['7777.77 €']);
  });

  it('long names are cut at the page width, and spare room goes to the text columns by width', () => {
    const widths = fitWidths(
      [
        col({ cells: ['A very long customer name indeed'], flexible: true, maxContent: 150 }),
        col({ cells: ['123.00 €'] }),
        col({ cells: ['Rossi'], flexible: true }),
      ],
      { ...opts, available: 400 },
    );
    // 150 + 90 + 60 = 300; 100 spare shared 150:60 between the two text columns.
    expect(widths).toEqual([150 + 71, 90, 60 + 29]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(400);
  });

  it('a width the user set is kept, and takes no spare room', () => {
    const widths = fitWidths(
      [col({ cells: ['Rossi'], flexible: true, fixed: 75 }), col({ cells: ['x'], flexible: true })],
      { ...opts, available: 200 },
    );
    expect(widths).toEqual([75, 125]);
  });

  describe("the totals' row-count label", () => {
    // "84.934 de rânduri în EUR": 24 bold characters, 288 px + 10 padding.
    const label = '84.934 de rânduri în EUR';
    const number = () => col({ cells: ['INV-2024-0036995'] }); // 160 + 10
    const customer = (over: Partial<FitInput> = {}) =>
      col({ cells: ['Rossi Costruzioni SA'], flexible: true, ...over }); // 200 + 10

    it('runs on into the next column when that one shows nothing in the totals row', () => {
      // 170 + 210 = 380 ≥ 298: neither column is widened for it.
      expect(fitWidths([number(), customer()], opts, { at: 0, span: 2, texts: [label] })).toEqual([170, 210]);
    });

    it('widens the text column of the two when both together are too narrow', () => {
      const widths = fitWidths([col({ cells: ['INV-1'] }), col({ cells: ['Rossi'], flexible: true })], opts, {
        at: 0,
        span: 2,
        texts: [label],
      });
      // 60 + 60 = 120; the 178 px missing go to the customer column.
      expect(widths).toEqual([60, 60 + 178]);
    });

    it('widens its own column when it has it alone, or when the user sized the next one', () => {
      expect(fitWidths([number(), customer()], opts, { at: 0, span: 1, texts: [label] })).toEqual([298, 210]);
      expect(
        fitWidths([col({ cells: ['INV-1'] }), customer({ fixed: 100 })], opts, {
          at: 0,
          span: 2,
          texts: [label],
        }),
      ).toEqual([60 + 138, 100]);
    });
  });
});

describe('the sample a large grid is fitted to', () => {
  interface Row {
    amount: number;
  }
  const amount: GridColumn<Row> = {
    id: 'amount',
    title: 'Amount',
    type: 'money',
    value: (r) => r.amount,
    currency: () => 'EUR',
    display: (r) => (r.amount / 100).toFixed(2),
  };

  it('takes in the widest figure once the grid has every row, even one its first stride missed', () => {
    // 50,001 rows: the first sample reads rows at a stride, and the one huge amount sits between.
    const rows: Row[] = Array.from({ length: 50_001 }, (_, i) => ({ amount: 100 + (i % 97) }));
    rows[12_345] = { amount: -987_654_321_00 };
    const sample = new ColumnSample(rows, [amount]);
    const all = () => [...sample.texts[0]!, ...sample.more[0]!];
    expect(all()).not.toContain('-987654321.00');

    const model = new GridModel(rows, [amount]);
    // Nothing built yet and not asked to build: nothing to add.
    expect(sample.widen(model, false)).toBe(false);
    model.warmTotals(() => 1); // the totals' build reads every row's figure
    expect(sample.widen(model, false)).toBe(true);
    expect(all()).toContain('-987654321.00');
    // Once in, not again.
    expect(sample.widen(model, false)).toBe(false);
  });

  it('measures every label of a choice column, even one that none of the sampled rows shows', () => {
    // 50,000 open invoices, one disputed far past the first rows: a search for it showed
    // "Contest…" in a status column fitted to "Aperta" alone.
    interface Inv {
      status: string;
    }
    const status: GridColumn<Inv> = {
      id: 'status',
      title: 'Stato',
      type: 'choice',
      value: (r) => r.status,
      choices: ['Aperta', 'Scaduta', 'Pagata', 'Contestata', 'Stralciata'],
    };
    const rows: Inv[] = Array.from({ length: 50_000 }, () => ({ status: 'Aperta' }));
    rows[43_210] = { status: 'Contestata' };
    const texts = new ColumnSample(rows, [status]).texts[0]!;
    expect(texts).toContain('Contestata');
    expect(texts).toContain('Stralciata');
    // The fitted width is that of the longest label (10 characters × 10 px + 10 padding), not "Aperta"'s.
    const [w] = fitWidths([col({ cells: texts, header: 'Stato' })], opts);
    expect(w).toBe(110);
  });
});
