import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  matchBankLines,
  nameSimilarity,
  nameTokens,
  normaliseInvoiceNumber,
  paymentFromSuggestion,
  type BankLineInput,
  type OpenInvoice,
  type MatchReason,
} from '../../src/matching';
import { reasonText } from '../../src/i18n/reasons';

let seq = 0;
function inv(p: Partial<OpenInvoice> & { number: string; open: number }): OpenInvoice {
  return {
    id: `i-${p.number}`,
    customerId: 'c-bianchi',
    customerName: 'Bianchi Forniture SRL',
    currency: 'EUR',
    issueDate: '2024-03-01',
    dueDate: '2024-03-31',
    amount: p.open,
    ...p,
  };
}
function line(p: Partial<BankLineInput> & { amount: number }): BankLineInput {
  seq++;
  return {
    id: `l${seq}`,
    line: seq,
    date: '2024-03-15',
    currency: 'EUR',
    counterparty: 'Unknown Payer',
    reference: '',
    ...p,
  };
}
const codes = (s: { reasons: { code: string }[] } | undefined): string[] =>
  (s?.reasons ?? []).map((r) => r.code);

describe('normalisation', () => {
  it('reads invoice numbers the same whatever the case, separators and leading zeros', () => {
    for (const t of ['INV-0042', 'inv 42', 'INV0042', 'inv/42', 'Inv.042'])
      expect(normaliseInvoiceNumber(t)).toBe('inv-42');
    expect(normaliseInvoiceNumber('2024/1013')).toBe('2024-1013');
    expect(normaliseInvoiceNumber('FA-2024-0017')).toBe(normaliseInvoiceNumber('fa 2024 17'));
  });

  it('drops legal forms and folds diacritics in names', () => {
    expect(nameTokens('Ștefan Țăranu S.R.L.')).toEqual(['stefan', 'taranu']);
    expect(nameTokens('Hansen & Søn A/S')).toEqual(['hansen', 'son']);
    expect(nameSimilarity('Stefan Taranu', 'Ștefan Țăranu SRL')).toBe(1);
    expect(nameSimilarity('HANSEN APS', 'Hansen A/S')).toBe(1);
    expect(nameSimilarity('Dupont S.A.', 'DUPONT SARL')).toBe(1);
    expect(nameSimilarity('Acme Inc.', 'ACME, LLC')).toBe(1);
    expect(nameSimilarity('Taranu Stefan', 'Stefan Taranu')).toBe(1);
    // "muller" vs "mueller": Levenshtein ratio 1 − 1/7.
    expect(nameSimilarity('Muller GmbH', 'Müller GmbH')).toBe(1);
    expect(nameSimilarity('Mueller GmbH', 'Müller GmbH')).toBeCloseTo(6 / 7, 10);
    // Bank text adds a city: 0.95 × both customer tokens found.
    expect(nameSimilarity('STEFAN TARANU SRL BUCURESTI', 'Ștefan Țăranu SRL')).toBeCloseTo(0.95, 10);
    expect(nameSimilarity('Rossi S.p.A.', 'Bianchi S.p.A.')).toBeLessThan(0.5);
  });
});

describe('matchBankLines', () => {
  it('ignores and counts outgoing lines', () => {
    const r = matchBankLines(
      [line({ amount: -5000 }), line({ amount: 0 })],
      [inv({ number: '1', open: 5000 })],
    );
    expect(r).toEqual({ suggestions: [], unmatched: [], outgoing: 2 });
  });

  it('keeps lines it cannot match visible as unmatched', () => {
    const l = line({ amount: 12345, reference: 'thank you', counterparty: 'Nobody Known' });
    const r = matchBankLines([l], [inv({ number: 'INV-1', open: 5000 })]);
    expect(r.suggestions).toEqual([]);
    expect(r.unmatched).toEqual([l.id]);
  });

  it('finds the invoice number in the reference and the exact open amount', () => {
    const l = line({ amount: 10000, reference: 'Payment inv 42 thanks' });
    const r = matchBankLines([l], [inv({ number: 'INV-0042', open: 10000 })]);
    expect(r.suggestions).toEqual([
      {
        lineId: l.id,
        allocations: [{ invoiceId: 'i-INV-0042', amount: 10000 }],
        customerId: 'c-bianchi',
        // 1 − (1 − 0.85)(1 − 0.5)
        confidence: 0.925,
        reasons: [
          { code: 'match.number-in-reference', params: { numbers: ['INV-0042'] } },
          {
            code: 'match.exact-amount',
            params: { amount: 10000, currency: 'EUR', open: 10000, count: 1, afterEarlier: false },
          },
        ],
        unapplied: 0,
      },
    ]);
  });

  it('reads the usual reference spellings', () => {
    const invoices = [
      inv({ number: '2024/1013', open: 1000 }),
      inv({ number: 'FA-2024-0017', open: 2000 }),
      inv({ number: 'RE-7788', open: 3000 }),
      inv({ number: '4711', open: 4000 }),
    ];
    const lines = [
      line({ amount: 500, reference: 'Fattura n. 2024/1013 acconto' }),
      line({ amount: 2000, reference: 'Facture FA-2024-17' }),
      line({ amount: 3000, reference: 'Rechnung 7788' }),
      line({ amount: 4000, reference: 'RE24 4711 paid in full' }),
    ];
    const r = matchBankLines(lines, invoices);
    expect(r.suggestions.map((s) => s.allocations)).toEqual([
      [{ invoiceId: 'i-2024/1013', amount: 500 }],
      [{ invoiceId: 'i-FA-2024-0017', amount: 2000 }],
      [{ invoiceId: 'i-RE-7788', amount: 3000 }],
      [{ invoiceId: 'i-4711', amount: 4000 }],
    ]);
    expect(codes(r.suggestions[0])).toEqual(['match.number-in-reference', 'match.partial']);
    const partial = r.suggestions[0]?.reasons[1] as MatchReason;
    expect(reasonText(partial, 'en')).toBe('Pays €5.00 of the open €10.00; €5.00 stays open');
    expect(reasonText(partial, 'de')).toBe(
      'Zahlt 5,00\u00a0€ von offenen 10,00\u00a0€; 5,00\u00a0€ bleiben offen',
    );
    expect(r.suggestions[0]?.confidence).toBe(0.85);
  });

  it('takes a year-prefixed number by its last part, as weaker evidence, and prefers the longer match', () => {
    const a = inv({ number: '2024/1013', open: 1000 });
    const b = inv({ number: '1013', open: 1000, customerId: 'c-other', customerName: 'Other' });
    const onlyA = matchBankLines([line({ amount: 1000, reference: 'Rechnung 1013' })], [a]);
    expect(onlyA.suggestions[0]?.allocations).toEqual([{ invoiceId: a.id, amount: 1000 }]);
    // weak number 0.6 with amount 0.5: 1 − 0.4 × 0.5
    expect(onlyA.suggestions[0]?.confidence).toBe(0.8);
    const both = matchBankLines(
      [
        line({ amount: 1000, reference: 'Rechnung 1013' }),
        line({ amount: 1000, reference: 'Fattura 2024/1013' }),
      ],
      [a, b],
    );
    expect(both.suggestions.map((s) => s.allocations[0]?.invoiceId)).toEqual([b.id, a.id]);
  });

  it('adds the payer name as evidence, with legal suffixes and diacritics', () => {
    const i = inv({ number: 'INV-0042', open: 10000, customerId: 'c-st', customerName: 'Ștefan Țăranu SRL' });
    const r = matchBankLines(
      [line({ amount: 10000, reference: 'INV0042', counterparty: 'Stefan Taranu' })],
      [i],
    );
    expect(codes(r.suggestions[0])).toEqual([
      'match.number-in-reference',
      'match.exact-amount',
      'match.name-similar',
    ]);
    // 1 − 0.15 × 0.5 × (1 − 0.4 × 1)
    expect(r.suggestions[0]?.confidence).toBe(0.955);
  });

  it('pays several invoices named in one reference, in the order given, never above a balance', () => {
    const invoices = [inv({ number: 'INV-1001', open: 30000 }), inv({ number: 'INV-1002', open: 20000 })];
    const short = matchBankLines([line({ amount: 40000, reference: 'INV 1002 + INV 1001' })], invoices);
    expect(short.suggestions[0]?.allocations).toEqual([
      { invoiceId: 'i-INV-1002', amount: 20000 },
      { invoiceId: 'i-INV-1001', amount: 20000 },
    ]);
    expect(codes(short.suggestions[0])).toEqual(['match.number-in-reference', 'match.partial']);
    const over = matchBankLines([line({ amount: 55000, reference: 'Rechnungen 1001, 1002' })], invoices);
    expect(over.suggestions[0]?.allocations).toEqual([
      { invoiceId: 'i-INV-1001', amount: 30000 },
      { invoiceId: 'i-INV-1002', amount: 20000 },
    ]);
    expect(over.suggestions[0]?.unapplied).toBe(5000);
    expect(codes(over.suggestions[0])).toEqual(['match.number-in-reference', 'match.overpayment']);
    const exact = matchBankLines([line({ amount: 50000, reference: 'INV-1001/INV-1002' })], invoices);
    expect(codes(exact.suggestions[0])).toEqual(['match.number-in-reference', 'match.exact-amount']);
    expect(exact.suggestions[0]?.confidence).toBe(0.925);
  });

  describe('early-payment discount (2/10 net 30, issued 1 March: deadline 11 March)', () => {
    const terms = { type: 'net' as const, days: 30, discounts: [{ percent: 2, days: 10 }] };
    const i = inv({ number: 'INV-500', open: 100000, terms, customerId: 'c-k', customerName: 'Kovacs Kft' });

    it('settles the invoice with 98 % paid on day 8, recording the 2 % as discount', () => {
      const r = matchBankLines([line({ amount: 98000, date: '2024-03-09', reference: 'INV-500' })], [i]);
      expect(r.suggestions[0]?.allocations).toEqual([{ invoiceId: i.id, amount: 98000, discount: 2000 }]);
      expect(codes(r.suggestions[0])).toEqual(['match.number-in-reference', 'match.discounted-amount']);
      expect(r.suggestions[0]?.confidence).toBe(0.925);
      expect(r.suggestions[0]?.unapplied).toBe(0);
    });

    it('finds the discounted amount by name, or alone when it is the only one', () => {
      const byName = matchBankLines(
        [line({ amount: 98000, date: '2024-03-09', counterparty: 'KOVACS KFT.' })],
        [i],
      );
      expect(byName.suggestions[0]?.allocations).toEqual([
        { invoiceId: i.id, amount: 98000, discount: 2000 },
      ]);
      expect(codes(byName.suggestions[0])).toEqual(['match.name-similar', 'match.discounted-amount']);
      // 1 − (1 − 0.4)(1 − 0.5)
      expect(byName.suggestions[0]?.confidence).toBe(0.7);
      const alone = matchBankLines([line({ amount: 98000, date: '2024-03-11' })], [i]);
      expect(alone.suggestions[0]?.allocations).toEqual([{ invoiceId: i.id, amount: 98000, discount: 2000 }]);
      expect(alone.suggestions[0]?.confidence).toBe(0.4);
    });

    it('gives no discount after the deadline', () => {
      const late = matchBankLines([line({ amount: 98000, date: '2024-03-12', reference: 'INV-500' })], [i]);
      expect(late.suggestions[0]?.allocations).toEqual([{ invoiceId: i.id, amount: 98000 }]);
      expect(codes(late.suggestions[0])).toEqual(['match.number-in-reference', 'match.partial']);
      const alone = matchBankLines([line({ amount: 98000, date: '2024-03-12' })], [i]);
      expect(alone.unmatched).toHaveLength(1);
    });
  });

  it('finds several invoices of the payer whose balances add up to the amount, oldest first', () => {
    const c = { customerId: 'c-rossi', customerName: 'Rossi Costruzioni SRL' };
    const invoices = [
      inv({ ...c, number: 'A-1', open: 10000, dueDate: '2024-01-10' }),
      inv({ ...c, number: 'B-2', open: 25000, dueDate: '2024-01-20' }),
      inv({ ...c, number: 'C-3', open: 7000, dueDate: '2024-02-01' }),
      inv({ ...c, number: 'D-4', open: 5000, dueDate: '2024-02-10' }),
    ];
    // 10000 + 7000; 10000 + 5000 + ... would need 3 invoices, pairs come first.
    const r = matchBankLines([line({ amount: 17000, counterparty: 'ROSSI COSTRUZIONI S.R.L.' })], invoices);
    expect(r.suggestions[0]?.allocations).toEqual([
      { invoiceId: 'i-A-1', amount: 10000 },
      { invoiceId: 'i-C-3', amount: 7000 },
    ]);
    expect(codes(r.suggestions[0])).toEqual(['match.name-similar', 'match.sum-of-invoices']);
    // 1 − (1 − 0.4)(1 − 0.4)
    expect(r.suggestions[0]?.confidence).toBe(0.64);
    const three = matchBankLines([line({ amount: 22000, counterparty: 'Rossi Costruzioni' })], invoices);
    expect(three.suggestions[0]?.allocations.map((a) => a.invoiceId)).toEqual(['i-A-1', 'i-C-3', 'i-D-4']);
  });

  it('falls back to the oldest invoices of a recognised payer when no amount fits', () => {
    const c = { customerId: 'c-rossi', customerName: 'Rossi Costruzioni SRL' };
    const invoices = [
      inv({ ...c, number: 'B-2', open: 25000, dueDate: '2024-01-20' }),
      inv({ ...c, number: 'A-1', open: 10000, dueDate: '2024-01-10' }),
    ];
    const r = matchBankLines([line({ amount: 12000, counterparty: 'Rossi Costruzioni' })], invoices);
    expect(r.suggestions[0]?.allocations).toEqual([
      { invoiceId: 'i-A-1', amount: 10000 },
      { invoiceId: 'i-B-2', amount: 2000 },
    ]);
    expect(codes(r.suggestions[0])).toEqual(['match.name-similar', 'match.oldest-first']);
    // 1 − (1 − 0.4)(1 − 0.1)
    expect(r.suggestions[0]?.confidence).toBe(0.46);
  });

  it('lets two partial payments share one invoice, deciding in date order', () => {
    const i = inv({ number: 'INV-7001', open: 100000 });
    const later = line({ amount: 60000, date: '2024-03-20', reference: 'INV-7001 rest' });
    const first = line({ amount: 40000, date: '2024-03-10', reference: 'INV-7001 first part' });
    const r = matchBankLines([later, first], [i]);
    expect(r.suggestions.map((s) => s.lineId)).toEqual([later.id, first.id]);
    expect(r.suggestions[1]?.allocations).toEqual([{ invoiceId: i.id, amount: 40000 }]);
    expect(codes(r.suggestions[1])).toEqual(['match.number-in-reference', 'match.partial']);
    expect(r.suggestions[0]?.allocations).toEqual([{ invoiceId: i.id, amount: 60000 }]);
    expect(reasonText(r.suggestions[0]?.reasons[1] as MatchReason, 'en')).toBe(
      'Amount €600.00 equals the open balance €600.00 (after earlier lines)',
    );
    // A third payment finds nothing left on the invoice.
    const third = line({ amount: 1000, date: '2024-03-25', reference: 'INV-7001' });
    expect(matchBankLines([later, first, third], [i]).unmatched).toEqual([third.id]);
    // The second payment found by name and the remaining balance alone.
    const byName = line({ amount: 60000, date: '2024-03-20', counterparty: 'Bianchi Forniture' });
    const r2 = matchBankLines([first, byName], [i]);
    expect(r2.suggestions[1]?.allocations).toEqual([{ invoiceId: i.id, amount: 60000 }]);
    expect(codes(r2.suggestions[1])).toEqual(['match.name-similar', 'match.exact-amount']);
  });

  it('does not read short numbers out of IBANs, dates, amounts or times', () => {
    const invoices = [
      inv({ number: '12', open: 5000 }),
      inv({ number: '44', open: 5100 }),
      inv({ number: '2024', open: 5200 }),
      inv({ number: '3704', open: 5300 }),
      inv({ number: '60', open: 5400 }),
    ];
    const noisy = line({
      amount: 7777,
      reference:
        'IBAN IT60X0542811101000000123456 DE89 3704 0044 0532 0130 00 on 2024-03-12 / 12.03.2024 at 12:30 for 1.234,56',
    });
    const plain = line({ amount: 7777, reference: 'order 12 shipped 2024' });
    const r = matchBankLines([noisy, plain], invoices);
    expect(r.suggestions).toEqual([]);
    expect(r.unmatched).toEqual([noisy.id, plain.id]);
  });

  it('accepts a short number after an invoice word or when the amount agrees', () => {
    const i = inv({ number: '12', open: 5000 });
    const announced = matchBankLines([line({ amount: 3000, reference: 'Fattura n. 12' })], [i]);
    expect(announced.suggestions[0]?.allocations).toEqual([{ invoiceId: i.id, amount: 3000 }]);
    expect(announced.suggestions[0]?.confidence).toBe(0.6);
    const hashed = matchBankLines([line({ amount: 5000, reference: 'paid #12' })], [i]);
    expect(hashed.suggestions[0]?.confidence).toBe(0.8);
    const agreed = matchBankLines([line({ amount: 5000, reference: 'order 12' })], [i]);
    expect(codes(agreed.suggestions[0])).toEqual(['match.number-in-reference', 'match.exact-amount']);
  });

  it('matches only in the same currency', () => {
    const i = inv({ number: 'INV-500', open: 10000, customerName: 'Dupont SA' });
    const usd = line({ amount: 10000, currency: 'USD', reference: 'INV-500', counterparty: 'Dupont SA' });
    const r = matchBankLines([usd], [i]);
    expect(r.suggestions).toEqual([]);
    expect(r.unmatched).toEqual([usd.id]);
  });

  it('leaves an amount that fits several invoices of unknown payers unmatched', () => {
    const invoices = [
      inv({ number: 'X-1', open: 9900, customerId: 'a', customerName: 'Alpha' }),
      inv({ number: 'X-2', open: 9900, customerId: 'b', customerName: 'Beta' }),
    ];
    const r = matchBankLines([line({ amount: 9900 })], invoices);
    expect(r.unmatched).toHaveLength(1);
    const one = matchBankLines([line({ amount: 9900 })], invoices.slice(0, 1));
    expect(codes(one.suggestions[0])).toEqual(['match.exact-amount']);
    expect(one.suggestions[0]?.customerId).toBe('a');
  });

  it('turns a confirmed suggestion into a payment with allocations', () => {
    const l = line({ amount: 98000, date: '2024-03-09', reference: 'INV-500', counterparty: 'Kovacs' });
    const p = paymentFromSuggestion(
      l,
      { allocations: [{ invoiceId: 'i-INV-500', amount: 98000, discount: 2000 }], customerId: 'c-k' },
      { id: 'p1', bankLineKey: 'k1' },
    );
    expect(p).toEqual({
      id: 'p1',
      date: '2024-03-09',
      amount: 98000,
      currency: 'EUR',
      customerId: 'c-k',
      payer: 'Kovacs',
      reference: 'INV-500',
      method: 'bank-transfer',
      allocations: [{ invoiceId: 'i-INV-500', amount: 98000, discount: 2000 }],
      bankLineKey: 'k1',
    });
    expect(() =>
      paymentFromSuggestion(
        l,
        { allocations: [{ invoiceId: 'x', amount: 99000 }], customerId: null },
        { id: 'p2' },
      ),
    ).toThrow('bank-match: allocations exceed the payment');
  });

  it('never allocates beyond an open balance, and allocations + unapplied = the line amount', () => {
    const names = ['Rossi SRL', 'Bianchi SpA', 'Ștefan Țăranu SRL', 'Hansen ApS'];
    const invoiceArb = fc.record({
      n: fc.integer({ min: 1, max: 40 }),
      c: fc.integer({ min: 0, max: 3 }),
      open: fc.integer({ min: 1, max: 50_000 }),
      extra: fc.integer({ min: 0, max: 5_000 }),
      day: fc.integer({ min: 1, max: 28 }),
      discount: fc.boolean(),
    });
    const lineArb = fc.record({
      refs: fc.array(fc.integer({ min: 1, max: 45 }), { maxLength: 3 }),
      c: fc.integer({ min: 0, max: 4 }),
      amount: fc.integer({ min: -1000, max: 120_000 }),
      day: fc.integer({ min: 1, max: 28 }),
      currency: fc.constantFrom('EUR', 'EUR', 'EUR', 'USD'),
    });
    fc.assert(
      fc.property(
        fc.array(invoiceArb, { maxLength: 40 }),
        fc.array(lineArb, { maxLength: 25 }),
        (rawInv, rawLines) => {
          const seen = new Set<number>();
          const invoices = rawInv
            .filter((r) => !seen.has(r.n) && seen.add(r.n))
            .map((r) =>
              inv({
                number: `INV-${String(r.n).padStart(4, '0')}`,
                open: r.open,
                amount: r.open + r.extra,
                customerId: `c${r.c}`,
                customerName: names[r.c] as string,
                issueDate: `2024-02-${String(r.day).padStart(2, '0')}`,
                dueDate: `2024-03-${String(r.day).padStart(2, '0')}`,
                ...(r.discount
                  ? { terms: { type: 'net' as const, days: 30, discounts: [{ percent: 2, days: 20 }] } }
                  : {}),
              }),
            );
          const lines = rawLines.map((r, k) => ({
            id: `L${k}`,
            line: k + 1,
            date: `2024-03-${String(r.day).padStart(2, '0')}`,
            amount: r.amount,
            currency: r.currency,
            counterparty: names[r.c] ?? 'Someone Else',
            reference: r.refs.map((n) => `inv ${n}`).join(', '),
          }));
          const result = matchBankLines(lines, invoices);
          const used = new Map<string, number>();
          for (const s of result.suggestions) {
            const l = lines.find((x) => x.id === s.lineId)!;
            expect(s.allocations.reduce((a, b) => a + b.amount, 0) + s.unapplied).toBe(l.amount);
            expect(s.unapplied).toBeGreaterThanOrEqual(0);
            expect(s.confidence).toBeGreaterThan(0);
            expect(s.confidence).toBeLessThanOrEqual(1);
            for (const a of s.allocations) {
              expect(a.amount).toBeGreaterThan(0);
              used.set(a.invoiceId, (used.get(a.invoiceId) ?? 0) + a.amount + (a.discount ?? 0));
            }
          }
          for (const i of invoices) expect(used.get(i.id) ?? 0).toBeLessThanOrEqual(i.open);
          const incoming = lines.filter((l) => l.amount > 0).length;
          expect(result.suggestions.length + result.unmatched.length).toBe(incoming);
          expect(result.outgoing).toBe(lines.length - incoming);
        },
      ),
      { numRuns: 300 },
    );
  });
});
