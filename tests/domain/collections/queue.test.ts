// The acceptance test of issue #10: for a fixture book, the queue on 10 March 2026 is exactly the
// expected list, with its reasons, in the order of the documented score (scores worked out by hand
// in the comments from the formula in src/domain/collections/score.ts).
import { describe, expect, it } from 'vitest';
import { buildLedgerIndex } from '../../../src/domain/balance';
import { DEFAULT_DUNNING_POLICY } from '../../../src/domain/collections/policy';
import { collectionsQueue, type QueueRow } from '../../../src/domain/collections/queue';
import type { Activity, Customer, Invoice, Payment, SettlementOffer } from '../../../src/domain/types';
import { contact, customer, dispute, invoice, payment, plan } from './book';

const AS_OF = '2026-03-10';

// lambda: a long-standing good payer, ten invoices of 2025 all paid on their due date.
const lambdaHistory: Invoice[] = Array.from({ length: 10 }, (_, k) => {
  const m = String(k + 1).padStart(2, '0');
  return invoice(`L${k + 1}`, 'lambda', `2025-${m}-01`, `2025-${m}-28`, 10_000);
});
const lambdaPaid: Payment[] = lambdaHistory.map((i) => payment(`pay-${i.id}`, i.dueDate, [[i.id, 10_000]]));

const customers: Customer[] = [
  customer('alfa', { phone: '+39 02 1234567', accountOwner: 'Giulia' }),
  customer('beta'),
  customer('gamma'),
  customer('delta'),
  customer('epsilon'),
  customer('zeta'),
  customer('eta'),
  customer('theta', {
    country: 'DK',
    currency: 'DKK',
    jurisdiction: 'DK',
    dunning: { levels: { 'reminder-1': { fee: 15_000 } } },
  }),
  customer('kappa'),
  customer('lambda'),
  customer('mu', { createdAt: '2026-02-01' }),
  customer('nu', { snoozedUntil: '2026-03-15' }),
  customer('xi', { creditLimit: 200_000 }),
  customer('omicron', { escalations: [{ stage: 'agency', date: '2026-03-01' }] }),
  customer('pi'),
];

const invoices: Invoice[] = [
  invoice('A1', 'alfa', '2026-01-15', '2026-02-14', 120_000),
  invoice('B1', 'beta', '2026-01-02', '2026-02-01', 80_000),
  invoice('B2', 'beta', '2026-01-11', '2026-02-10', 50_000),
  invoice('G1', 'gamma', '2025-12-21', '2026-01-20', 100_000),
  invoice('D1', 'delta', '2026-01-01', '2026-01-31', 60_000),
  invoice('E1', 'epsilon', '2025-12-11', '2026-01-10', 200_000),
  invoice('Z1', 'zeta', '2025-12-01', '2025-12-31', 90_000),
  invoice('H1', 'eta', '2026-01-02', '2026-02-01', 70_000),
  invoice('T1', 'theta', '2026-01-21', '2026-02-20', 500_000, { currency: 'DKK' }),
  invoice('K1', 'kappa', '2026-02-10', '2026-03-12', 40_000),
  ...lambdaHistory,
  invoice('L11', 'lambda', '2026-01-16', '2026-02-15', 15_000),
  invoice('M1', 'mu', '2026-01-26', '2026-02-25', 900_000),
  invoice('N1', 'nu', '2026-01-01', '2026-01-31', 50_000),
  invoice('X1', 'xi', '2025-12-02', '2026-01-01', 300_000),
  invoice('O1', 'omicron', '2025-12-16', '2026-01-15', 80_000),
  invoice('P1', 'pi', '2025-10-01', '2025-10-31', 250_000),
];

// Recorded out of date order on purpose: gamma's payment is listed before the promise it keeps.
const payments: Payment[] = [
  payment('pay-G1', '2026-03-04', [['G1', 100_000]]),
  payment('pay-Z1', '2026-01-30', [['Z1', 30_000]]),
  ...lambdaPaid,
];

const activities: Activity[] = [
  // gamma: promise kept (paid on 4 March for 5 March).
  contact('g-call', 'gamma', '2026-02-25', 'call'),
  contact('g-prom', 'gamma', '2026-02-25', 'promise', {
    invoiceIds: ['G1'],
    promiseAmount: 100_000,
    promiseDate: '2026-03-05',
  }),
  // delta: promise due today, nothing paid yet.
  contact('d-call', 'delta', '2026-03-01', 'call'),
  contact('d-prom', 'delta', '2026-03-01', 'promise', {
    invoiceIds: ['D1'],
    promiseAmount: 60_000,
    promiseDate: '2026-03-10',
  }),
  // epsilon: promise broken on 20 February, no contact since.
  contact('e-call', 'epsilon', '2026-02-10', 'call'),
  contact('e-prom', 'epsilon', '2026-02-10', 'promise', {
    invoiceIds: ['E1'],
    promiseAmount: 200_000,
    promiseDate: '2026-02-20',
  }),
  // eta: an e-mail three days ago: the reminder waits for the cadence.
  contact('h-mail', 'eta', '2026-03-07', 'email'),
  // beta disputes all of B1 and 200.00 of B2.
  dispute('dis-B1', 'beta', 'B1', '2026-02-20'),
  dispute('dis-B2', 'beta', 'B2', '2026-02-20', { disputeAmount: 20_000, disputeReason: 'quantity' }),
];

const plans = [
  plan('plan-Z', 'zeta', ['Z1'], '2026-01-15', [
    ['2026-02-01', 30_000],
    ['2026-03-01', 30_000],
    ['2026-04-01', 30_000],
  ]),
];

const settlements: SettlementOffer[] = [
  {
    id: 'off-P',
    customerId: 'pi',
    invoiceIds: ['P1'],
    currency: 'EUR',
    offeredOn: '2026-03-01',
    amount: 150_000,
    deadline: '2026-03-31',
    status: 'open',
  },
];

function queue(asOf = AS_OF, extra: { activities?: Activity[] } = {}) {
  return collectionsQueue({
    asOf,
    customers,
    invoices,
    ledger: buildLedgerIndex(payments),
    activities: [...activities, ...(extra.activities ?? [])],
    plans,
    settlements,
    policy: DEFAULT_DUNNING_POLICY,
    jurisdictionOf: (c) => c.jurisdiction ?? 'IT',
    // The fixture's payment histories as the scoring below assumes them: lambda a long-standing good
    // payer, everyone else too new to judge (how behaviour is judged is tested in behaviour.test.ts).
    categories: new Map(customers.map((c) => [c.id, c.id === 'lambda' ? 'reliable' : 'new'])),
  });
}

const brief = (r: QueueRow) => [r.id, r.amount, r.daysLate];
const step = (level: string, channel: string, since: string) => ({
  code: 'collections.reason.step',
  params: { level, channel, since },
});
const overdue = (count: number, amount: number, days: number, currency = 'EUR') => ({
  code: 'collections.reason.overdue',
  params: { count, amount, currency, days },
});
const payBy = { code: 'collections.reason.pay-by', params: { date: '2026-03-17' } };
const history = (category: string) => ({ code: 'collections.reason.history', params: { category } });

describe('the Today queue of a fixture book on 10 March 2026', () => {
  const q = queue();

  it('lists exactly these rows, highest score first', () => {
    expect(q.rows.map(brief)).toEqual([
      // xi: 3,000.00, 68 days, new: log10(3001) 3.4773 × (1 + 68/30) 3.2667 × 1.25 = 14.20
      ['letter:xi:EUR', 300_000, 68],
      // the same × 0.9 = 12.78
      ['credit-hold:xi:EUR', 300_000, 68],
      // epsilon: 2,000.00, 59 days: 3.3012 × 2.9667 × 1.25 = 12.24; hold × 0.9 = 11.02
      ['letter:epsilon:EUR', 200_000, 59],
      ['credit-hold:epsilon:EUR', 200_000, 59],
      // theta: DKK 5,000.00, 18 days: 3.6991 × 1.6 × 1.25 = 7.40
      ['letter:theta:DKK', 500_000, 18],
      // mu: 9,000.00, 13 days, new customer: 3.9543 × 1.4333 × 1.25 = 7.08
      ['letter:mu:EUR', 900_000, 13],
      // alfa: 1,200.00, 24 days: 3.0795 × 1.8 × 1.25 = 6.93
      ['letter:alfa:EUR', 120_000, 24],
      // beta: only the undisputed 300.00 of B2, 28 days: 2.4786 × 1.9333 × 1.25 = 5.99
      ['letter:beta:EUR', 30_000, 28],
      // zeta: instalment 2 of 300.00 missed on 1 March: 2.4786 × 1.3 × 1.25 × 1.3 = 5.24
      ['instalment-missed:zeta:plan:plan-Z', 30_000, 9],
      // delta: 600.00 promised for today: 2.7789 × 1 × 1.25 × 1.3 = 4.52
      ['promise-due:delta:promise:d-prom', 60_000, 0],
      // lambda: 150.00, 23 days, reliable: 2.1790 × 1.7667 × 0.5 = 1.92 — below mu's 9,000.00
      ['letter:lambda:EUR', 15_000, 23],
      // kappa: 400.00 due in two days: 2.6031 × 1 × 1.25 × 0.4 = 1.30
      ['due-soon:kappa:EUR', 40_000, 0],
    ]);
    const scores = q.rows.map((r) => Math.round(r.score * 100) / 100);
    expect(scores).toEqual([14.2, 12.78, 12.24, 11.02, 7.4, 7.08, 6.93, 5.99, 5.24, 4.52, 1.92, 1.3]);
  });

  it('leaves out disputes, kept promises, plans paid on time, open settlement offers, escalated and snoozed customers', () => {
    const customersListed = new Set([...q.rows, ...q.waiting].map((r) => r.customerId));
    for (const absent of ['gamma', 'nu', 'omicron', 'pi']) expect(customersListed.has(absent)).toBe(false);
    // B1 is disputed in full: not in beta's letter.
    expect(q.rows.find((r) => r.customerId === 'beta')!.invoiceIds).toEqual(['B2']);
    expect(q.snoozed).toBe(1);
  });

  it('holds back a reminder sooner than the cadence allows, and says when it may come', () => {
    expect(q.waiting.map(brief)).toEqual([['letter:eta:EUR', 70_000, 37]]);
    expect(q.waiting[0]).toMatchObject({
      lastContact: '2026-03-07',
      nextAllowed: '2026-03-14',
      level: 'reminder-1',
    });
    const later = queue('2026-03-14');
    expect(later.rows.map((r) => r.id)).toContain('letter:eta:EUR');
  });

  it('no longer holds a broken promise against a customer who has made a new one since', () => {
    // epsilon broke the promise for 20 February; on 5 March it promised again, for 25 March.
    const after = queue(AS_OF, {
      activities: [
        contact('e-call2', 'epsilon', '2026-03-05', 'call'),
        contact('e-prom2', 'epsilon', '2026-03-05', 'promise', {
          invoiceIds: ['E1'],
          promiseAmount: 200_000,
          promiseDate: '2026-03-25',
        }),
      ],
    });
    expect(after.rows.map((r) => r.id)).not.toContain('credit-hold:epsilon:EUR');
    // Without the new promise the hold is still proposed (the fixture's row, above).
    expect(q.rows.map((r) => r.id)).toContain('credit-hold:epsilon:EUR');
  });

  it('gives every row its reasons', () => {
    const byId = new Map(q.rows.map((r) => [r.id, r.reasons]));
    expect(byId.get('letter:xi:EUR')).toEqual([
      step('reminder-1', 'letter', '2026-01-06'),
      overdue(1, 300_000, 68),
      payBy,
      history('new'),
    ]);
    expect(byId.get('credit-hold:xi:EUR')).toEqual([
      { code: 'collections.reason.over-limit', params: { open: 300_000, limit: 200_000, currency: 'EUR' } },
      { code: 'collections.reason.days-late', params: { days: 68, threshold: 60 } },
      history('new'),
    ]);
    expect(byId.get('letter:epsilon:EUR')).toEqual([
      step('reminder-1', 'letter', '2026-01-15'),
      overdue(1, 200_000, 59),
      payBy,
      {
        code: 'collections.reason.promise-broken',
        params: { date: '2026-02-20', amount: 200_000, paid: 0, currency: 'EUR' },
      },
      history('new'),
    ]);
    expect(byId.get('credit-hold:epsilon:EUR')).toEqual([
      { code: 'collections.reason.broken-promise', params: { date: '2026-02-20' } },
      history('new'),
    ]);
    // Danish fee cap: the customer's DKK 150 is charged as DKK 100.
    expect(byId.get('letter:theta:DKK')).toEqual([
      step('reminder-1', 'letter', '2026-02-25'),
      overdue(1, 500_000, 18, 'DKK'),
      {
        code: 'collections.reason.fee-limited',
        params: { limit: 'capped', amount: 10_000, currency: 'DKK' },
      },
      payBy,
      history('new'),
    ]);
    expect(byId.get('letter:beta:EUR')).toEqual([
      step('reminder-1', 'letter', '2026-02-15'),
      overdue(1, 30_000, 28),
      payBy,
      { code: 'collections.reason.partly-disputed', params: { amount: 20_000, currency: 'EUR' } },
      history('new'),
    ]);
    expect(byId.get('instalment-missed:zeta:plan:plan-Z')).toEqual([
      {
        code: 'collections.reason.instalment-missed',
        params: { number: 2, of: 3, due: '2026-03-01', amount: 30_000, currency: 'EUR' },
      },
      history('new'),
    ]);
    expect(byId.get('promise-due:delta:promise:d-prom')).toEqual([
      {
        code: 'collections.reason.promise-due',
        params: { date: '2026-03-10', amount: 60_000, paid: 0, currency: 'EUR' },
      },
      history('new'),
    ]);
    expect(byId.get('letter:lambda:EUR')!.at(-1)).toEqual(history('reliable'));
    expect(byId.get('due-soon:kappa:EUR')).toEqual([
      step('courtesy', 'email', '2026-03-09'),
      {
        code: 'collections.reason.due-soon',
        params: { count: 1, amount: 40_000, currency: 'EUR', due: '2026-03-12' },
      },
      history('new'),
    ]);
  });

  it('shows who acts, the last and the next allowed contact', () => {
    const alfa = q.rows.find((r) => r.customerId === 'alfa')!;
    expect(alfa).toMatchObject({
      owner: 'Giulia',
      lastContact: null,
      nextAllowed: null,
      payBy: '2026-03-17',
    });
    expect(alfa.fee).toBeUndefined();
    const delta = q.rows.find((r) => r.customerId === 'delta')!;
    expect(delta).toMatchObject({ lastContact: '2026-03-01', nextAllowed: '2026-03-08' });
  });

  it('changes at once after an action: a reminder sent today ends the row, a call answers the broken promise', () => {
    const sent = contact('x-r1', 'xi', AS_OF, 'letter', { dunningLevel: 'reminder-1', invoiceIds: ['X1'] });
    const called = contact('e-call2', 'epsilon', AS_OF, 'call');
    const after = queue(AS_OF, { activities: [sent, called] });
    const ids = after.rows.map((r) => r.id);
    // xi's next step, the call, comes 3 days after the reminder actually sent: nothing today.
    expect(ids).not.toContain('letter:xi:EUR');
    expect(after.waiting.map((r) => r.id)).not.toContain('letter:xi:EUR');
    // The call is epsilon's contact of the day: its letter waits a week, and the broken promise no longer asks for a call.
    expect(ids).not.toContain('letter:epsilon:EUR');
    expect(after.waiting.map((r) => r.id)).toContain('letter:epsilon:EUR');
    const epsilonLetter = after.waiting.find((r) => r.id === 'letter:epsilon:EUR')!;
    expect(epsilonLetter.reasons.map((r) => r.code)).not.toContain('collections.reason.promise-broken');
  });

  it('brings the full debt back when a settlement offer expires, and the promise-due row turns into a broken promise', () => {
    const april = queue('2026-04-01');
    const pi = april.rows.find((r) => r.id === 'letter:pi:EUR')!;
    expect(pi.amount).toBe(250_000);
    expect(pi.reasons).toContainEqual({
      code: 'collections.reason.settlement-expired',
      params: { deadline: '2026-03-31' },
    });
    const delta = april.rows.find((r) => r.customerId === 'delta' && r.kind === 'letter')!;
    expect(delta.reasons).toContainEqual({
      code: 'collections.reason.promise-broken',
      params: { date: '2026-03-10', amount: 60_000, paid: 0, currency: 'EUR' },
    });
  });
});
