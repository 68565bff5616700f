// The command that records letters made: archive, contact log, formal-notice date.
import { describe, expect, test } from 'vitest';
import { recordLetters, type MadeLetterRecord } from '../../src/commands/letters';
import { ctxAt, snapshotOf } from '../commands/helpers';
import { customer, invoice } from './fixtures';

const c = customer({ id: 'c1', name: 'Rossi Srl', language: 'it', country: 'IT' });
const a = invoice({ id: 'a', number: 'A-1', customerId: 'c1', amount: 100, dueDate: '2024-04-30' });
const b = invoice({
  id: 'b',
  number: 'A-2',
  customerId: 'c1',
  amount: 100,
  dueDate: '2024-04-30',
  formalNoticeDate: '2024-05-20',
});
const snapshot = snapshotOf({ customers: [c], invoices: [a, b] });

const made = (over: Partial<MadeLetterRecord>): MadeLetterRecord => ({
  customerId: 'c1',
  invoiceIds: ['a', 'b'],
  kind: 'reminder-1',
  language: 'it',
  date: '2024-06-30',
  subject: 'Sollecito di pagamento',
  sending: '',
  tracking: '',
  content: { version: 1 },
  ...over,
});

describe('recordLetters', () => {
  test('a plan letter made from the page’s terms records the plan it proposes, once; an offer letter its offer', () => {
    const instalments = [
      { dueDate: '2024-07-30', amount: 67 },
      { dueDate: '2024-08-30', amount: 67 },
      { dueDate: '2024-09-30', amount: 66 },
    ];
    const plan = recordLetters(
      snapshot,
      [made({ kind: 'payment-plan', proposal: { plan: { instalments, currency: 'EUR' } } })],
      ctxAt('2024-06-30'),
    );
    const proposed = plan.change.plans?.put ?? [];
    expect(proposed).toHaveLength(1);
    expect(proposed[0]).toMatchObject({
      customerId: 'c1',
      invoiceIds: ['a', 'b'],
      currency: 'EUR',
      createdOn: '2024-06-30',
      status: 'proposed',
      instalments,
      principal: 200,
    });
    // The log has the letter and the plan.
    expect(plan.change.activities?.put?.map((x) => x.planId ?? x.kind)).toEqual(['letter', proposed[0]!.id]);
    // The same letter downloaded again proposes nothing more.
    const after = snapshotOf({
      customers: [c],
      invoices: [a, b],
      letters: plan.change.letters!.put!,
      activities: plan.change.activities!.put!,
      plans: proposed,
    });
    const again = recordLetters(
      after,
      [made({ kind: 'payment-plan', proposal: { plan: { instalments, currency: 'EUR' } } })],
      ctxAt('2024-06-30'),
    );
    expect(again.change.plans).toBeUndefined();

    const offer = recordLetters(
      snapshot,
      [
        made({
          kind: 'settlement-offer',
          proposal: {
            offer: { amount: 140, deadline: '2024-07-14', currency: 'EUR', balance: 200, percent: 70 },
          },
        }),
      ],
      ctxAt('2024-06-30'),
    );
    expect(offer.change.settlements?.put).toEqual([
      expect.objectContaining({
        customerId: 'c1',
        invoiceIds: ['a', 'b'],
        offeredOn: '2024-06-30',
        amount: 140,
        deadline: '2024-07-14',
        status: 'open',
        balance: 200,
        percent: 70,
      }),
    ]);
    // A letter without a proposal records neither.
    const plain = recordLetters(snapshot, [made({ kind: 'payment-plan' })], ctxAt('2024-06-30'));
    expect(plain.change.plans).toBeUndefined();
    expect(plain.change.settlements).toBeUndefined();
  });

  test('the same letter made twice the same day is logged once and its fee charged once; the archive keeps the newer', () => {
    const first = recordLetters(
      snapshot,
      [made({ fee: 500, dunningLevel: 'reminder-1' })],
      ctxAt('2024-06-30'),
    );
    expect(first.change.activities?.put).toHaveLength(1);
    expect(first.change.adjustments?.put).toHaveLength(1);
    const after = snapshotOf({
      customers: [c],
      invoices: [a, b],
      letters: first.change.letters!.put!,
      activities: first.change.activities!.put!,
      adjustments: first.change.adjustments!.put!,
    });
    // Downloaded again, invoices listed in another order, the wording edited: one letter still.
    const again = recordLetters(
      after,
      [made({ invoiceIds: ['b', 'a'], fee: 500, dunningLevel: 'reminder-1', content: { version: 2 } })],
      ctxAt('2024-06-30'),
    );
    expect(again.change.activities?.put ?? []).toHaveLength(0);
    expect(again.change.adjustments).toBeUndefined();
    expect(again.change.letters?.put).toEqual([
      { ...first.change.letters!.put![0]!, content: { version: 2 } },
    ]);
    // Another day, or another kind, is another letter.
    expect(
      recordLetters(after, [made({ date: '2024-07-15' })], ctxAt('2024-07-15')).change.activities?.put,
    ).toHaveLength(1);
    expect(
      recordLetters(after, [made({ kind: 'reminder-2' })], ctxAt('2024-06-30')).change.activities?.put,
    ).toHaveLength(1);
  });

  test('archives each letter and logs it as a letter contact pointing at the archive', () => {
    const { change } = recordLetters(snapshot, [made({})], ctxAt('2024-06-30'));
    const letter = change.letters?.put?.[0];
    expect(letter).toMatchObject({
      customerId: 'c1',
      kind: 'reminder-1',
      date: '2024-06-30',
      content: { version: 1 },
    });
    expect(change.activities?.put?.[0]).toMatchObject({
      kind: 'letter',
      letterId: letter?.id,
      invoiceIds: ['a', 'b'],
      text: 'Sollecito di pagamento',
    });
    expect(change.invoices).toBeUndefined();
  });

  test('a final notice logs its sending method and tracking number and sets the formal-notice date once', () => {
    const { change } = recordLetters(
      snapshot,
      [made({ kind: 'final-notice', sending: 'Raccomandata A/R o PEC', tracking: 'RR1' })],
      ctxAt('2024-06-30'),
    );
    expect(change.activities?.put?.[0]?.outcome).toBe('Raccomandata A/R o PEC · RR1');
    // A-1 had no notice: it takes this one; A-2 keeps its earlier notice of 20 May.
    expect(change.invoices?.put).toEqual([{ ...a, formalNoticeDate: '2024-06-30' }]);
  });

  test('a letter made from a call-list row logs its dunning step and charges the step’s fee once', () => {
    const older = invoice({ id: 'o', number: 'A-0', customerId: 'c1', amount: 100, dueDate: '2024-03-31' });
    const { change } = recordLetters(
      snapshotOf({ customers: [c], invoices: [a, older] }),
      [made({ invoiceIds: ['a', 'o'], dunningLevel: 'reminder-2', fee: 1000 })],
      ctxAt('2024-06-30'),
    );
    expect(change.activities?.put?.[0]).toMatchObject({ dunningLevel: 'reminder-2', fee: 1000 });
    // The fee is one record, EUR 10.00, on the oldest invoice named (A-0, due 31 March).
    expect(change.adjustments?.put).toEqual([
      expect.objectContaining({
        kind: 'fee',
        feeKind: 'reminder',
        invoiceId: 'o',
        amount: 1000,
        date: '2024-06-30',
      }),
    ]);
    const free = recordLetters(snapshot, [made({ dunningLevel: 'reminder-1', fee: 0 })], ctxAt('2024-06-30'));
    expect(free.change.activities?.put?.[0]).toMatchObject({ dunningLevel: 'reminder-1' });
    expect(free.change.activities?.put?.[0]).not.toHaveProperty('fee');
    expect(free.change.adjustments).toBeUndefined();
  });
});
