import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLedgerIndex } from '../../src/domain/balance';
import { addDays } from '../../src/domain/dates';
import { classifyBehaviour, customerBehaviours, type DecidedInvoice } from '../../src/domain/behaviour';
import type { Activity, Invoice, Payment } from '../../src/domain/types';

const AS_OF = '2024-12-31';
const inv = (id: string, customerId: string, dueDate: string, amount = 10000): Invoice => ({
  id,
  number: id,
  customerId,
  issueDate: addDays(dueDate, -30),
  dueDate,
  currency: 'EUR',
  amount,
});
const pay = (id: string, date: string, parts: [string, number][]): Payment => ({
  id,
  date,
  amount: parts.reduce((s, [, a]) => s + a, 0),
  currency: 'EUR',
  allocations: parts.map(([invoiceId, amount]) => ({ invoiceId, amount })),
});
const promise = (id: string, customerId: string, date: string, promiseDate: string): Activity => ({
  id,
  customerId,
  invoiceIds: [],
  date,
  kind: 'promise',
  promiseDate,
  promiseKept: false,
});

// Fixture customers with known histories, all judged as of 2024-12-31 (recent = due from 2024-10-02).
const MONTH_ENDS = ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-30'];
const invoices: Invoice[] = [
  // good: six invoices, each paid two days before its due date.
  ...MONTH_ENDS.map((d, i) => inv(`g${i}`, 'good', d)),
  // fresh: one invoice, 21 days overdue.
  inv('f0', 'fresh', '2024-12-10'),
  // dodger: one paid 10 days late, one open since 2024-08-31 (122 days), two broken promises, a letter unanswered.
  inv('d0', 'dodger', '2024-06-30'),
  inv('d1', 'dodger', '2024-08-31'),
  // strained: four earlier invoices paid on time, then two recent ones open (46 and 21 days overdue).
  ...MONTH_ENDS.slice(0, 4).map((d, i) => inv(`s${i}`, 'strained', d)),
  inv('s4', 'strained', '2024-11-15'),
  inv('s5', 'strained', '2024-12-10'),
  // bursty: Jan and Feb paid together on 20 Mar (49 and 20 days late), Apr paid in two parts (25 days
  // late), Mar, May and Jun on their due dates.
  ...MONTH_ENDS.map((d, i) => inv(`b${i}`, 'bursty', d)),
  // reformed: three invoices paid 30 days late in 2022, five paid on time in 2024.
  ...['2022-01-31', '2022-02-28', '2022-03-31'].map((d, i) => inv(`r${i}`, 'reformed', d)),
  ...MONTH_ENDS.slice(0, 5).map((d, i) => inv(`r${i + 3}`, 'reformed', d)),
];
const payments: Payment[] = [
  ...MONTH_ENDS.map((d, i) => pay(`pg${i}`, addDays(d, -2), [[`g${i}`, 10000]])),
  pay('pd0', '2024-07-10', [['d0', 10000]]),
  ...MONTH_ENDS.slice(0, 4).map((d, i) => pay(`ps${i}`, d, [[`s${i}`, 10000]])),
  pay('pb01', '2024-03-20', [
    ['b0', 10000],
    ['b1', 10000],
  ]),
  pay('pb2', '2024-03-31', [['b2', 10000]]),
  pay('pb3a', '2024-04-30', [['b3', 5000]]),
  pay('pb3b', '2024-05-25', [['b3', 5000]]),
  pay('pb4', '2024-05-31', [['b4', 10000]]),
  pay('pb5', '2024-06-30', [['b5', 10000]]),
  ...['2022-01-31', '2022-02-28', '2022-03-31'].map((d, i) =>
    pay(`pr${i}`, addDays(d, 30), [[`r${i}`, 10000]]),
  ),
  ...MONTH_ENDS.slice(0, 5).map((d, i) => pay(`pr${i + 3}`, d, [[`r${i + 3}`, 10000]])),
];
const activities: Activity[] = [
  promise('a1', 'dodger', '2024-09-01', '2024-09-15'),
  promise('a2', 'dodger', '2024-10-01', '2024-10-15'),
  { id: 'a3', customerId: 'dodger', invoiceIds: ['d1'], date: '2024-11-01', kind: 'letter' },
];

describe('customerBehaviours on fixture customers', () => {
  const result = new Map(
    customerBehaviours(invoices, buildLedgerIndex(payments), activities, AS_OF).map((b) => [b.customerId, b]),
  );
  const of = (id: string) => result.get(id)!;

  it('a good payer is reliable', () => {
    expect(of('good').reason).toEqual({
      code: 'behaviour.reliable',
      params: { decided: 6, late: 0, averageDaysLate: 0 },
    });
  });

  it('a new customer with one overdue invoice is new, not judged', () => {
    expect(of('fresh').reason).toEqual({ code: 'behaviour.new', params: { decided: 1, minimum: 3 } });
  });

  it('broken promises and no answer make an avoider', () => {
    // 2024-08-31 → 2024-12-31: 30 + 31 + 30 + 31 = 122 days. The letter of 1 Nov had no payment or promise by 15 Nov.
    expect(of('dodger').reason).toEqual({
      code: 'behaviour.avoider',
      params: { brokenPromises: 2, unanswered: 1, oldestOpenDays: 122, writtenOff: 0 },
    });
  });

  it('a good history that recently broke is temporary difficulty', () => {
    // 2024-11-15 → 2024-12-31: 15 + 31 = 46 days.
    expect(of('strained').reason).toEqual({
      code: 'behaviour.temporary-difficulty',
      params: { earlier: 4, earlierLate: 0, recent: 2, recentLate: 2, oldestOpenDays: 46 },
    });
  });

  it('late payments in bursts and parts are sporadic, recent invoices weighing more', () => {
    // Ages (due → 2024-12-31): 335, 306, 275, 245, 214, 184 days; days late 49, 20, 0, 25, 0, 0.
    const ages = [335, 306, 275, 245, 214, 184];
    const late = [49, 20, 0, 25, 0, 0];
    const w = ages.map((a) => 0.5 ** (a / 180));
    const avg = w.reduce((s, x, i) => s + x * late[i]!, 0) / w.reduce((s, x) => s + x, 0);
    expect(avg).toBeGreaterThan(10);
    expect(of('bursty').reason).toEqual({
      code: 'behaviour.sporadic',
      params: { decided: 6, late: 3, averageDaysLate: Math.round(avg * 10) / 10, partial: 1 },
    });
  });

  it('old lateness fades: three late invoices in 2022, five on time in 2024 → reliable', () => {
    // Unweighted 3 of 8 late (37.5 %) would be sporadic; weighted by age the 2022 invoices count ~3 % each.
    expect(of('reformed').category).toBe('reliable');
    expect(of('reformed').reason.params).toMatchObject({ decided: 8, late: 3 });
  });

  it('keeps the plain statistics for the customer page', () => {
    expect(of('dodger').stats).toMatchObject({ paidCount: 1, paidLateCount: 1, openOverdueCount: 1 });
    expect(of('dodger').brokenPromises).toBe(2);
  });
});

describe('a customer who never paid', () => {
  // Three invoices due at the ends of Sep, Oct and Nov 2024, nothing paid on any: never paying, not
  // "sometimes late". The same three with 20.00 paid on one are judged by their lateness as before.
  const ends = ['2024-09-30', '2024-10-31', '2024-11-30'];
  const book = [
    ...ends.map((d, i) => inv(`n${i}`, 'never', d)),
    ...ends.map((d, i) => inv(`p${i}`, 'partly', d)),
    inv('o0', 'once', '2024-12-10'),
    inv('v0', 'very', '2024-09-30'),
  ];
  const paid = [pay('pp', '2024-12-01', [['p1', 2000]])];
  const result = new Map(
    customerBehaviours(book, buildLedgerIndex(paid), [], AS_OF).map((b) => [b.customerId, b]),
  );

  it('is a non-payer, with how many invoices are overdue and how late the oldest is', () => {
    // 2024-09-30 → 2024-12-31: 31 + 30 + 31 = 92 days.
    expect(result.get('never')!.reason).toEqual({
      code: 'behaviour.non-payer',
      params: { overdue: 3, oldestOpenDays: 92 },
    });
  });

  it('one payment on any invoice, even in part, is not "never paid"', () => {
    expect(result.get('partly')!.category).toBe('sporadic');
  });

  it('too little history stays new; one invoice very late is enough to judge', () => {
    expect(result.get('once')!.category).toBe('new');
    expect(result.get('very')!.reason).toEqual({
      code: 'behaviour.non-payer',
      params: { overdue: 1, oldestOpenDays: 92 },
    });
  });
});

describe('classifyBehaviour', () => {
  const decided = (
    dueDate: string,
    daysLate: number,
    extra: Partial<DecidedInvoice> = {},
  ): DecidedInvoice => ({
    dueDate,
    daysLate,
    open: false,
    writtenOff: false,
    partial: false,
    ...extra,
  });

  it('one invoice very late is enough history to judge', () => {
    const b = classifyBehaviour({
      asOf: AS_OF,
      invoices: [decided('2024-09-27', 95, { open: true })],
      brokenPromises: 0,
      unanswered: 0,
    });
    expect(b.category).toBe('sporadic');
  });

  it('a write-off makes an avoider', () => {
    const b = classifyBehaviour({
      asOf: AS_OF,
      invoices: [decided('2024-03-31', 200, { writtenOff: true })],
      brokenPromises: 0,
      unanswered: 0,
    });
    expect(b.reason).toEqual({
      code: 'behaviour.avoider',
      params: { brokenPromises: 0, unanswered: 0, oldestOpenDays: 0, writtenOff: 1 },
    });
  });

  it('paid within the tolerance counts as on time; thresholds can be overridden', () => {
    const input = {
      asOf: AS_OF,
      invoices: MONTH_ENDS.map((d) => decided(d, 4)),
      brokenPromises: 0,
      unanswered: 0,
    };
    expect(classifyBehaviour(input).category).toBe('reliable');
    expect(classifyBehaviour(input, { lateToleranceDays: 3 }).category).toBe('sporadic');
    expect(classifyBehaviour(input, { minHistory: 7 }).category).toBe('new');
  });

  it('always gives one of the six categories, its reason code naming it (property)', () => {
    const arbInvoice = fc.record({
      dueDate: fc.integer({ min: 0, max: 900 }).map((n) => addDays(AS_OF, -n)),
      daysLate: fc.nat(200),
      open: fc.boolean(),
      writtenOff: fc.boolean(),
      partial: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(arbInvoice, { maxLength: 12 }),
        fc.nat(4),
        fc.nat(4),
        fc.nat(3),
        (list, broken, unanswered, payments) => {
          const b = classifyBehaviour({
            asOf: AS_OF,
            invoices: list,
            brokenPromises: broken,
            unanswered,
            payments,
          });
          expect(['new', 'reliable', 'sporadic', 'temporary-difficulty', 'avoider', 'non-payer']).toContain(
            b.category,
          );
          expect(b.reason.code).toBe(`behaviour.${b.category}`);
        },
      ),
    );
  });
});
