// From records to a letter's input: which invoices, which law, which deadline and sending method.
import { describe, expect, test } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { governingLaw, letterInputFor } from '../../src/letters/input';
import { company, customer, invoice, payment } from './fixtures';

const it1 = customer({ id: 'c1', name: 'Rossi Costruzioni Srl', language: 'it', country: 'IT' });
const records = {
  company,
  customer: it1,
  invoices: [
    invoice({ id: 'a', number: 'A-1', customerId: 'c1', amount: 100_000, dueDate: '2024-04-30' }),
    invoice({
      id: 'b',
      number: 'A-2',
      customerId: 'c1',
      amount: 50_000,
      dueDate: '2024-05-31',
      disputed: true,
    }),
    invoice({ id: 'c', number: 'A-3', customerId: 'c1', amount: 70_000, dueDate: '2024-07-31' }),
    invoice({ id: 'd', number: 'A-4', customerId: 'c1', amount: 1_000_000, dueDate: '2024-03-15' }),
    invoice({ id: 'x', number: 'X-9', customerId: 'other', amount: 5_000, dueDate: '2024-01-31' }),
  ],
  // A-4 paid in full on 30 June 2024: 107 days late (rules §4 A).
  payments: [payment('p', 'd', '2024-06-30', 1_000_000, 'c1')],
  adjustments: [],
};

describe('letterInputFor', () => {
  test('a reminder lists the overdue, undisputed invoices only, and gives ten days', () => {
    const input = letterInputFor(records, { kind: 'reminder-1', date: '2024-06-30' });
    expect(input.invoices.map((i) => i.number)).toEqual(['A-1']);
    expect(input.invoices[0]).toMatchObject({ open: 100_000, daysLate: 61 });
    expect(input.totals.due).toBe(100_000);
    expect(input.deadline).toBe('2024-07-10');
    expect(input.sending).toBe('ordinary');
  });

  test('open disputes stay out of the demands: a whole one is not claimed, a part earns no interest', () => {
    const whole = letterInputFor(
      { ...records, disputed: new Map([['a', null]]) },
      { kind: 'reminder-1', date: '2024-06-30' },
    );
    expect(whole.invoices).toEqual([]);
    // 1,000.00 of which 400.00 contested. Claimed: 600.00, and interest on 600.00 only:
    // 600.00 × 12.50 % (ECB 4.50 + 8) × 61 days (1 May – 30 June 2024) / 365 = 12.53.
    const part = letterInputFor(
      { ...records, disputed: new Map([['a', 40_000]]) },
      { kind: 'interest-statement', date: '2024-06-30' },
    );
    expect(part.invoices.find((i) => i.number === 'A-1')?.open).toBe(60_000);
    expect(part.interest?.invoices.find((i) => i.invoice === 'A-1')?.total).toBe(1_253);
    // A statement of account is not a demand: it shows the whole balance.
    const statement = letterInputFor(
      { ...records, disputed: new Map([['a', 40_000]]) },
      { kind: 'statement', date: '2024-06-30' },
    );
    expect(statement.invoices.find((i) => i.number === 'A-1')?.open).toBe(100_000);
  });

  test('a courtesy reminder is about the invoices not yet due', () => {
    const input = letterInputFor(records, { kind: 'courtesy-reminder', date: '2024-06-30' });
    expect(input.invoices.map((i) => i.number)).toEqual(['A-3']);
  });

  test('an interest claim includes the invoice paid late, with interest to its payment date', () => {
    const input = letterInputFor(records, { kind: 'interest-statement', date: '2024-06-30' });
    expect(input.invoices.map((i) => i.number)).toEqual(['A-4', 'A-1']);
    const paid = input.interest?.invoices.find((i) => i.invoice === 'A-4');
    // 10,000.00 × 12.50 % × 107 / 365 = 366.44 (rules §4 A, IT B2B).
    expect(paid).toEqual({ invoice: 'A-4', total: 36_644, paidLate: true, complete: true });
    expect(input.compensation.map((c) => c.amount)).toEqual([4_000, 4_000]);
  });

  test('an Italian final notice: 15 days from receipt, raccomandata A/R or PEC', () => {
    const input = letterInputFor(records, { kind: 'final-notice', date: '2024-06-30', tracking: 'RR123' });
    expect(input.deadline).toBe('2024-07-20');
    expect(input.sending).toBe('raccomandata-pec');
    const content = letterContent(input);
    expect(content.marking).toBe('Raccomandata A/R o PEC · Numero di spedizione: RR123');
    expect(content.subject).toContain('Messa in mora');
  });

  test('a UK letter before claim to a consumer carries the Pre-Action Protocol and 30 days', () => {
    const uk = customer({
      id: 'c1',
      name: 'Jane Smith',
      language: 'en',
      country: 'GB',
      debtor: 'consumer',
      currency: 'GBP',
    });
    const gbp = records.invoices.map((i) => ({ ...i, currency: 'GBP' }));
    const input = letterInputFor(
      { ...records, customer: uk, invoices: gbp, payments: [] },
      { kind: 'final-notice', date: '2024-06-30' },
    );
    expect(input.jurisdiction).toBe('UK');
    expect(input.deadline).toBe('2024-07-30');
    const text = letterContent(input)
      .blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
      .join('\n');
    expect(text).toContain('Pre-Action Protocol for Debt Claims');
    expect(text).toContain('Reply Form');
    expect(text).toContain('(30 days)');
  });

  test('the governing law: the contract, else a consumer’s country, else the seller’s', () => {
    const fr = customer({ id: 'f', name: 'F', language: 'fr', country: 'FR' });
    expect(governingLaw(company, fr)).toEqual({ jurisdiction: 'IT', why: 'seller-country' });
    expect(governingLaw(company, { ...fr, debtor: 'consumer' })).toEqual({
      jurisdiction: 'FR',
      why: 'consumer-country',
    });
    expect(governingLaw(company, { ...fr, contractLaw: 'DE' })).toEqual({
      jurisdiction: 'DE',
      why: 'contract',
    });
  });

  test('a discount offer computes the discounted amount; a settlement offer its own deadline', () => {
    const discount = letterInputFor(records, {
      kind: 'discount-offer',
      date: '2024-06-30',
      discount: { percent: 2, deadline: '2024-07-10' },
    });
    expect(discount.discount).toEqual({
      percent: 2,
      deadline: '2024-07-10',
      amount: 1_400,
      discounted: 68_600,
    });
    const offer = letterInputFor(records, {
      kind: 'settlement-offer',
      date: '2024-06-30',
      settlement: { amount: 80_000, deadline: '2024-07-15' },
    });
    expect(offer.deadline).toBe('2024-07-15');
  });
});

describe('offers', () => {
  test('a monthly plan sums to the total exactly, first instalment 30 days on', async () => {
    const { monthlyPlan, settlementAmount } = await import('../../src/letters/offers');
    const plan = monthlyPlan(100_001, 3, '2024-06-30');
    expect(plan).toEqual([
      { dueDate: '2024-07-30', amount: 33_334 },
      { dueDate: '2024-08-30', amount: 33_334 },
      { dueDate: '2024-09-30', amount: 33_333 },
    ]);
    expect(settlementAmount(123_457, 80)).toBe(98_766);
  });
});

test('a final notice under a law without a statute to cite leaves no empty brackets', () => {
  const us = customer({
    id: 'c1',
    name: 'Summit Roofing',
    language: 'it',
    country: 'US',
    contractLaw: 'US',
  });
  const input = letterInputFor(
    { ...records, customer: us, payments: [] },
    { kind: 'final-notice', date: '2024-06-30' },
  );
  const text = letterContent(input)
    .blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
    .join('\n');
  expect(text).toContain('La costituiamo formalmente in mora e La invitiamo');
  expect(text).not.toContain('()');
});
