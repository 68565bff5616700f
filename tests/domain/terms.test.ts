import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  discountAmount,
  discountDeadlines,
  discountedAmount,
  discountFor,
  dueDate,
  effectiveAnnualDiscountCost,
  maxTermDays,
  parseTerms,
  termsWarnings,
} from '../../src/domain/terms';
import type { EomReading, Language, PaymentTerms } from '../../src/domain/types';
import { formatTerms } from '../../src/i18n/terms';
import { dueDateWithRule } from '../../src/domain/eom';

describe('parseTerms', () => {
  it.each<[string, PaymentTerms]>([
    ['net 30', { type: 'net', days: 30 }],
    ['Net 30', { type: 'net', days: 30 }],
    ['NET30', { type: 'net', days: 30 }],
    ['n30', { type: 'net', days: 30 }],
    ['30 days', { type: 'net', days: 30 }],
    ['30 days net', { type: 'net', days: 30 }],
    ['net 30 days', { type: 'net', days: 30 }],
    ['30', { type: 'net', days: 30 }],
    ['2/10 net 30', { type: 'net', days: 30, discounts: [{ percent: 2, days: 10 }] }],
    ['2/10 n/30', { type: 'net', days: 30, discounts: [{ percent: 2, days: 10 }] }],
    ['2/10, n/30', { type: 'net', days: 30, discounts: [{ percent: 2, days: 10 }] }],
    ['1.5/10 net 45', { type: 'net', days: 45, discounts: [{ percent: 1.5, days: 10 }] }],
    ['30 giorni fine mese', { type: 'eom', days: 30, eomReading: 'days-then-month-end' }],
    ['30 gg dffm', { type: 'eom', days: 30, eomReading: 'days-then-month-end' }],
    ['60 gg d.f.f.m.', { type: 'eom', days: 60, eomReading: 'days-then-month-end' }],
    ['fine mese + 30 giorni', { type: 'eom', days: 30, eomReading: 'month-end-plus-days' }],
    ['30 gg df', { type: 'net', days: 30 }],
    ['bonifico bancario 60 gg data fattura', { type: 'net', days: 60 }],
    ['30 jours fin de mois', { type: 'eom', days: 30, eomReading: 'month-end-plus-days' }],
    ['30 jours date de facture fin de mois', { type: 'eom', days: 30, eomReading: 'days-then-month-end' }],
    ['45 jours fin de mois', { type: 'eom', days: 45, eomReading: 'month-end-plus-days' }],
    ['fin de mois', { type: 'eom', days: 0, eomReading: 'month-end-plus-days' }],
    ['30 days EOM', { type: 'eom', days: 30, eomReading: 'month-end-plus-days' }],
    ['net 30 e.o.m.', { type: 'eom', days: 30, eomReading: 'month-end-plus-days' }],
    [
      '3% 8 Tage, 2% 14 Tage, 30 Tage netto',
      {
        type: 'net',
        days: 30,
        discounts: [
          { percent: 3, days: 8 },
          { percent: 2, days: 14 },
        ],
      },
    ],
    ['14 Tage 2 % Skonto, 30 Tage netto', { type: 'net', days: 30, discounts: [{ percent: 2, days: 14 }] }],
    [
      '2,5 % Skonto innerhalb 10 Tagen, 30 Tage netto',
      { type: 'net', days: 30, discounts: [{ percent: 2.5, days: 10 }] },
    ],
    ['30 Tage netto', { type: 'net', days: 30 }],
    ['netto 30 dage', { type: 'net', days: 30 }],
    ['løbende måned + 30 dage', { type: 'eom', days: 30, eomReading: 'month-end-plus-days' }],
    ['lb. md. + 15 dage', { type: 'eom', days: 15, eomReading: 'month-end-plus-days' }],
    ['30 de zile', { type: 'net', days: 30 }],
    ['due on receipt', { type: 'net', days: 0 }],
    ['Due upon receipt', { type: 'net', days: 0 }],
    ['à réception', { type: 'net', days: 0 }],
    ['rimessa diretta', { type: 'net', days: 0 }],
    ['sofort ohne Abzug', { type: 'net', days: 0 }],
    ['netto kontant', { type: 'net', days: 0 }],
  ])('reads %j', (text, expected) => {
    expect(parseTerms(text)).toEqual(expected);
  });

  it.each(['', 'hello', 'net', '30/60/90', 'net 30 or 60', 'pay whenever', '150/10 net 30'])(
    'rejects %j',
    (text) => {
      expect(parseTerms(text)).toBeNull();
    },
  );
});

describe('formatTerms', () => {
  it.each<[PaymentTerms, Language, string]>([
    [{ type: 'net', days: 30 }, 'en', 'net 30'],
    [{ type: 'net', days: 0 }, 'en', 'due on receipt'],
    [{ type: 'net', days: 30, discounts: [{ percent: 2, days: 10 }] }, 'en', '2/10 net 30'],
    [
      {
        type: 'net',
        days: 30,
        discounts: [
          { percent: 2, days: 14 },
          { percent: 3, days: 8 },
        ],
      },
      'en',
      '3/8, 2/14 net 30',
    ],
    [{ type: 'eom', days: 30 }, 'en', '30 days end of month'],
    [{ type: 'eom', days: 30 }, 'it', '30 giorni fine mese'],
    [{ type: 'eom', days: 0 }, 'fr', 'fin de mois'],
    [
      { type: 'net', days: 30, discounts: [{ percent: 1.5, days: 10 }] },
      'de',
      '1,5 % Skonto innerhalb 10 Tagen, 30 Tage netto',
    ],
    [{ type: 'net', days: 30 }, 'da', 'netto 30 dage'],
    [{ type: 'fixed', days: 0 }, 'en', 'fixed due date'],
  ])('writes %j in %s as %j', (terms, language, text) => {
    expect(formatTerms(terms, language)).toBe(text);
  });

  it('reads back what it writes, in every language', () => {
    const tier = fc.record({
      percent: fc.constantFrom(1, 1.5, 2, 2.5, 3, 5),
      days: fc.integer({ min: 1, max: 20 }),
    });
    const terms = fc.record({
      type: fc.constantFrom<'net' | 'eom'>('net', 'eom'),
      days: fc.integer({ min: 0, max: 120 }),
      discounts: fc.uniqueArray(tier, { selector: (t) => t.days, maxLength: 3 }),
      reading: fc.constantFrom<EomReading>('month-end-plus-days', 'days-then-month-end'),
    });
    const language = fc.constantFrom<Language>('en', 'it', 'fr', 'de', 'da', 'ro');
    fc.assert(
      fc.property(terms, language, (t, lang) => {
        const input: PaymentTerms = { type: t.type, days: t.days };
        if (t.type === 'eom') input.eomReading = t.days === 0 ? 'month-end-plus-days' : t.reading;
        if (t.discounts.length > 0) input.discounts = [...t.discounts].sort((a, b) => a.days - b.days);
        expect(parseTerms(formatTerms(input, lang))).toEqual(input);
      }),
    );
  });
});

describe('dueDate', () => {
  it('adds net days to the issue date', () => {
    expect(dueDate('2024-01-31', { type: 'net', days: 30 })).toBe('2024-03-01');
    expect(dueDate('2024-03-15', { type: 'net', days: 0 })).toBe('2024-03-15');
  });
  it('adds eom days to the end of the issue month', () => {
    expect(dueDate('2024-01-10', { type: 'eom', days: 30 })).toBe('2024-03-01');
    expect(dueDate('2024-02-10', { type: 'eom', days: 0 })).toBe('2024-02-29');
    expect(dueDate('2023-12-31', { type: 'eom', days: 45 })).toBe('2024-02-14');
  });
  it('acceptance: "30 gg dffm" from 15/01/2024 is due 29/02/2024; "løbende måned + 30 dage" on 01/03/2024', () => {
    // Italian: 15/01 + 30 days = 14/02, then to the end of February 2024 (a leap year): 29/02.
    expect(dueDate('2024-01-15', parseTerms('30 gg dffm')!)).toBe('2024-02-29');
    // Danish: end of January (31/01) + 30 days = 01/03.
    expect(dueDate('2024-01-15', parseTerms('løbende måned + 30 dage')!)).toBe('2024-03-01');
    // rules.md: 23/06 at 30 gg d.f.f.m. → 31/07; 26/05 → 30/06.
    expect(dueDate('2024-06-23', parseTerms('30 gg dffm')!)).toBe('2024-07-31');
    expect(dueDate('2024-05-26', parseTerms('30 gg dffm')!)).toBe('2024-06-30');
  });
  it('says which reading made the date; the customer can change it; unknown terms default by language', () => {
    const fr = parseTerms('45 jours fin de mois')!;
    expect(dueDateWithRule('2024-01-15', fr)).toEqual({
      date: '2024-03-16', // 31/01 + 45 days
      rule: { code: 'due.month-end-plus-days', params: { days: 45 } },
    });
    expect(dueDateWithRule('2024-01-15', fr, { customerReading: 'days-then-month-end' })).toEqual({
      date: '2024-02-29', // 15/01 + 45 = 29/02, already a month end
      rule: { code: 'due.days-then-month-end', params: { days: 45 } },
    });
    const bare: PaymentTerms = { type: 'eom', days: 30 };
    expect(dueDateWithRule('2024-01-15', bare, { language: 'it' })?.date).toBe('2024-02-29');
    expect(dueDateWithRule('2024-01-15', bare, { language: 'da' })?.date).toBe('2024-03-01');
    expect(dueDateWithRule('2024-01-15', { type: 'net', days: 30 })).toEqual({
      date: '2024-02-14',
      rule: { code: 'due.net', params: { days: 30 } },
    });
    expect(dueDateWithRule('2024-01-15', { type: 'fixed', days: 0 }, { fixedDueDate: '2024-04-01' })).toEqual(
      {
        date: '2024-04-01',
        rule: { code: 'due.fixed' },
      },
    );
  });
  it('keeps the invoice own date for fixed terms', () => {
    expect(dueDate('2024-01-10', { type: 'fixed', days: 0 })).toBeNull();
    expect(dueDate('2024-01-10', { type: 'fixed', days: 0 }, '2024-05-05')).toBe('2024-05-05');
  });
});

describe('discounts', () => {
  const terms: PaymentTerms = {
    type: 'net',
    days: 30,
    discounts: [
      { percent: 2, days: 14 },
      { percent: 3, days: 8 },
    ],
  };

  it('lists deadlines earliest first, counted from the issue date', () => {
    expect(discountDeadlines('2024-02-25', terms)).toEqual([
      { percent: 3, days: 8, deadline: '2024-03-04' },
      { percent: 2, days: 14, deadline: '2024-03-10' },
    ]);
    expect(discountDeadlines('2024-02-25', { type: 'net', days: 30 })).toEqual([]);
  });

  it('computes the discount exactly, half-up', () => {
    expect(discountAmount(100000, { percent: 2, days: 10 })).toBe(2000);
    expect(discountedAmount(100000, { percent: 2, days: 10 })).toBe(98000);
    // 2 % of 12.25 = 0.245 → 0.25 (half-up): pays 12.00
    expect(discountAmount(1225, { percent: 2, days: 10 })).toBe(25);
    expect(discountedAmount(1225, { percent: 2, days: 10 })).toBe(1200);
    // 1.5 % of 333.33 = 4.99995 → 5.00
    expect(discountAmount(33333, { percent: 1.5, days: 10 })).toBe(500);
  });

  it('picks the best tier still open at the payment date', () => {
    const early = discountFor(100000, '2024-02-25', terms, '2024-03-04', 97000);
    expect(early).toMatchObject({ tier: { percent: 3, days: 8 }, discount: 3000, due: 97000, settles: true });
    const later = discountFor({ amount: 100000 }, '2024-02-25', terms, '2024-03-05', 97000);
    expect(later).toMatchObject({
      tier: { percent: 2, days: 14 },
      due: 98000,
      settles: false,
      shortfall: 1000,
    });
    expect(discountFor(100000, '2024-02-25', terms, '2024-03-11', 98000)).toBeNull();
    expect(discountFor(100000, '2024-02-25', undefined, '2024-02-26', 98000)).toBeNull();
  });

  it('allows a small shortfall within the tolerance', () => {
    const t: PaymentTerms = { type: 'net', days: 30, discounts: [{ percent: 2, days: 10 }] };
    expect(discountFor(100000, '2024-01-01', t, '2024-01-11', 97995)?.settles).toBe(true);
    expect(discountFor(100000, '2024-01-01', t, '2024-01-11', 97994)?.settles).toBe(false);
    expect(discountFor(100000, '2024-01-01', t, '2024-01-11', 97990, 10)?.settles).toBe(true);
    expect(discountFor(100000, '2024-01-01', t, '2024-01-11', 98000, 0)?.settles).toBe(true);
    expect(discountFor(100000, '2024-01-01', t, '2024-01-11', 99000)?.shortfall).toBe(-1000);
  });

  it('due + discount is always the gross amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.constantFrom(0.5, 1, 1.5, 2, 3, 5, 10),
        (amount, percent) => {
          const tier = { percent, days: 10 };
          expect(discountedAmount(amount, tier) + discountAmount(amount, tier)).toBe(amount);
          expect(discountAmount(amount, tier)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('effectiveAnnualDiscountCost', () => {
  it('2/10 net 30 costs 37.24 % a year', () => {
    expect(effectiveAnnualDiscountCost(2, 10, 30)).toBeCloseTo(0.3724, 4);
  });
  it('1/10 net 30 and 3/8 net 30', () => {
    // 0.01/0.99 × 365/20 = 0.184343…; 0.03/0.97 × 365/22 = 0.513120…
    expect(effectiveAnnualDiscountCost(1, 10, 30)).toBeCloseTo(0.184343, 6);
    expect(effectiveAnnualDiscountCost(3, 8, 30)).toBeCloseTo(0.51312, 5);
  });
  it('refuses impossible inputs', () => {
    expect(() => effectiveAnnualDiscountCost(2, 30, 30)).toThrow();
    expect(() => effectiveAnnualDiscountCost(100, 10, 30)).toThrow();
  });
});

describe('termsWarnings', () => {
  const codes = (t: PaymentTerms, ctx: Parameters<typeof termsWarnings>[1]): string[] =>
    termsWarnings(t, ctx).map((w) => w.code);

  it('flags EU B2B terms over 60 days', () => {
    expect(codes({ type: 'net', days: 90 }, { debtorKind: 'business', jurisdiction: 'IT' })).toEqual([
      'terms.b2b-over-60',
    ]);
    expect(codes({ type: 'net', days: 60 }, { debtorKind: 'business', jurisdiction: 'DE' })).toEqual([]);
    // 30 days end of month can reach 60 days at most (issued on the 1st of a 31-day month)
    expect(codes({ type: 'eom', days: 30 }, { debtorKind: 'business', jurisdiction: 'IT' })).toEqual([]);
    expect(codes({ type: 'eom', days: 31 }, { debtorKind: 'business', jurisdiction: 'IT' })).toEqual([
      'terms.b2b-over-60',
    ]);
    expect(
      codes(
        { type: 'eom', days: 31 },
        { debtorKind: 'business', jurisdiction: 'IT', issueDate: '2024-01-15' },
      ),
    ).toEqual([]);
  });

  it('does not apply the directive to consumers or the US', () => {
    expect(codes({ type: 'net', days: 120 }, { debtorKind: 'consumer', jurisdiction: 'IT' })).toEqual([]);
    expect(codes({ type: 'net', days: 120 }, { debtorKind: 'business', jurisdiction: 'US' })).toEqual([]);
  });

  it('caps public authorities at 30 days', () => {
    const w = termsWarnings(
      { type: 'net', days: 45 },
      { debtorKind: 'business', jurisdiction: 'FR', publicAuthority: true },
    );
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      code: 'terms.public-over-30',
      kind: 'legal',
      params: { days: 45, cap: 30 },
    });
  });

  it('applies the French 60 days / 45 days end-of-month caps', () => {
    const fr = { debtorKind: 'business', jurisdiction: 'FR' } as const;
    expect(codes({ type: 'net', days: 60 }, fr)).toEqual([]);
    expect(codes({ type: 'net', days: 61 }, fr)).toEqual(['terms.fr-net-over-60']);
    expect(codes({ type: 'eom', days: 45 }, fr)).toEqual([]);
    expect(codes({ type: 'eom', days: 50 }, fr)).toEqual(['terms.fr-eom-over-45']);
  });

  it('flags contradictory terms', () => {
    const ctx = { debtorKind: 'business', jurisdiction: 'US' } as const;
    expect(codes({ type: 'net', days: 10, discounts: [{ percent: 2, days: 14 }] }, ctx)).toEqual([
      'terms.discount-after-due',
    ]);
    expect(codes({ type: 'net', days: -1 }, ctx)).toEqual(['terms.days-invalid']);
    expect(codes({ type: 'net', days: 30, discounts: [{ percent: 120, days: 5 }] }, ctx)).toEqual([
      'terms.discount-percent-invalid',
    ]);
  });

  it('measures the longest span of the terms', () => {
    expect(maxTermDays({ type: 'net', days: 30 })).toBe(30);
    expect(maxTermDays({ type: 'eom', days: 30 })).toBe(60);
    expect(maxTermDays({ type: 'eom', days: 30 }, '2024-02-10')).toBe(49);
    expect(maxTermDays({ type: 'fixed', days: 0 })).toBeNull();
  });
});
