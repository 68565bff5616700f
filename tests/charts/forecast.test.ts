import { describe, expect, it } from 'vitest';
import { expectedCollections, type CustomerPaying } from '../../src/charts/forecast';
import {
  categorise,
  debtorLines,
  nextSteps,
  overdueAccounts,
  topDebtors,
  withSteps,
} from '../../src/charts/debtors';
import type { Queue, QueueRow } from '../../src/domain/collections/queue';
import type { Activity, PaymentPlan } from '../../src/domain/types';
import { ledger, rowsAt } from './fixture';

const paying = (id: string): CustomerPaying =>
  id === 'c1'
    ? { category: 'sporadic', averageDaysLate: 10, brokenPromises: 0 }
    : { category: 'avoider', averageDaysLate: 40, brokenPromises: 2 };

const promise: Activity = {
  id: 'a1',
  customerId: 'c1',
  invoiceIds: ['A1'],
  date: '2026-03-25',
  kind: 'promise',
  promiseDate: '2026-04-15',
  promiseAmount: 60000,
};
const plan: PaymentPlan = {
  id: 'pl1',
  customerId: 'c2',
  invoiceIds: ['B2'],
  currency: 'EUR',
  createdOn: '2026-03-20',
  status: 'active',
  instalments: [
    { dueDate: '2026-04-10', amount: 15000 },
    { dueDate: '2026-05-10', amount: 15000 },
  ],
};

const run = (today: string, activities: Activity[] = [promise], plans: PaymentPlan[] = [plan]) =>
  expectedCollections({
    asOf: '2026-03-31',
    today,
    currency: 'EUR',
    rows: rowsAt('2026-03-31'),
    ledger,
    activities,
    plans,
    paying,
  });

describe('expected collections over eight weeks', () => {
  it('weights due dates, promises and instalments by how each customer pays', () => {
    const f = run('2026-05-31');
    expect(f.weeks.map((w) => w.from)).toEqual([
      '2026-04-01',
      '2026-04-08',
      '2026-04-15',
      '2026-04-22',
      '2026-04-29',
      '2026-05-06',
      '2026-05-13',
      '2026-05-20',
    ]);
    // A2 (sporadic, 10 days late on average): due 3 March + 10 is past, so week 1, at 70 % of 50,000.
    // A1's 60,000 promised for 15 April by a customer with no broken promise: 90 % in week 3.
    // B2 under a plan of an avoider: 15,000 on 10 April and 10 May at 35 %.
    expect(f.weeks.map((w) => w.expected)).toEqual([35000, 5250, 54000, 0, 0, 5250, 0, 0]);
    expect(f.weeks[2]).toMatchObject({ promises: 54000, due: 0, plans: 0 });
    expect(f.basis.map((b) => [b.basis.code, b.amount, b.expected])).toEqual([
      ['dashboard.forecast.promise', 60000, 54000],
      ['dashboard.forecast.due', 50000, 35000],
      ['dashboard.forecast.plan', 30000, 10500],
    ]);
    expect(f.basis[1]?.basis.params).toEqual({ category: 'sporadic', weight: 0.7 });
    // What came in: the 60,000 paid on A1 on 15 April.
    expect(f.weeks.map((w) => w.actual)).toEqual([0, 0, 60000, 0, 0, 0, 0, 0]);
  });

  it('has no actual figure for weeks not yet over, and without plan or promise uses due dates', () => {
    const f = run('2026-04-20', [], []);
    expect(f.weeks.map((w) => w.actual)).toEqual([0, 0, null, null, null, null, null, null]);
    // A1 due 31 Jan + 10, A2 and B2 (avoider, +40 days) all past: week 1 = 70 % of 110,000 + 35 % of 30,000.
    expect(f.weeks[0]?.expected).toBe(77000 + 10500);
  });
});

describe('the forecast’s two tables', () => {
  it('add up to the same cent: the weeks and the basis lines are rounded to one total', () => {
    // B2's 30,000 in three instalments to an avoider (35 %): 3,500.35 + 3,500.35 + 3,499.30 = 10,500.00.
    // Each week rounded alone would say 3,500 + 3,500 + 3,499 = 10,499 beside a line of 10,500: the
    // weeks take the lost cent where the remainder is largest (the first), so both say 10,500.
    const thirds: PaymentPlan = {
      ...plan,
      instalments: [
        { dueDate: '2026-04-10', amount: 10001 },
        { dueDate: '2026-04-20', amount: 10001 },
        { dueDate: '2026-05-01', amount: 9998 },
      ],
    };
    const f = run('2026-03-31', [promise], [thirds]);
    expect(f.weeks.map((w) => w.plans)).toEqual([0, 3501, 3500, 0, 3499, 0, 0, 0]);
    const line = f.basis.find((b) => b.basis.code === 'dashboard.forecast.plan');
    expect(line?.expected).toBe(10500);
    const weeks = f.weeks.reduce((sum, w) => sum + w.expected, 0);
    expect(f.basis.reduce((sum, b) => sum + b.expected, 0)).toBe(weeks);
  });
});

describe('debtors', () => {
  it('lists the customers owing most at the as-of date', () => {
    const lines = debtorLines(rowsAt('2026-03-31'), 'EUR');
    expect(lines.map((l) => [l.name, l.open, l.overdue, l.oldestDaysLate])).toEqual([
      ['Rossi Srl', 110000, 110000, 59],
      ['Bianchi SpA', 30000, 30000, 120],
    ]);
    expect(categorise(topDebtors(lines, 1), (id) => paying(id).category)).toMatchObject([
      { customerId: 'c1', category: 'sporadic' },
    ]);
    expect(overdueAccounts(debtorLines(rowsAt('2026-04-30'), 'EUR')).map((l) => l.overdue)).toEqual([
      50000, 30000,
    ]);
  });
});

describe('next steps', () => {
  const row = (
    id: string,
    customerId: string,
    currency: string,
    extra: Partial<QueueRow> = {},
  ): QueueRow => ({
    id,
    kind: 'letter',
    customerId,
    currency,
    amount: 1,
    daysLate: 1,
    invoiceIds: [],
    reasons: [],
    score: 1,
    lastContact: null,
    nextAllowed: null,
    ...extra,
  });
  it('says what Today lists first for the customer, in the dashboard currency, or what waits for the cadence', () => {
    const queue: Queue = {
      rows: [
        row('call:c1:USD', 'c1', 'USD', { kind: 'call', level: 'call', channel: 'call' }),
        row('letter:c1:EUR', 'c1', 'EUR', { level: 'final-notice', channel: 'letter' }),
        row('promise-due:c1:EUR', 'c1', 'EUR', { kind: 'promise-due' }),
      ],
      waiting: [row('letter:c2:EUR', 'c2', 'EUR', { level: 'reminder-1', nextAllowed: '2026-04-03' })],
      snoozed: 0,
    };
    const steps = nextSteps(queue, 'EUR');
    expect(steps.get('c1')).toEqual({ kind: 'letter', level: 'final-notice', channel: 'letter' });
    expect(steps.get('c2')).toEqual({ kind: 'letter', level: 'reminder-1', waitUntil: '2026-04-03' });
    const lines = withSteps(
      debtorLines(rowsAt('2026-03-31'), 'EUR'),
      new Map([['c1', { kind: 'call' as const }]]),
    );
    expect(lines.map((l) => l.next)).toEqual([{ kind: 'call' }, null]);
  });
});
