// An Italian final notice puts the debtor in default (art. 1219 c.c.); it is not a diffida ad adempiere
// (art. 1454 c.c.), which would end the contract when its term passes without saying so.
import { expect, test } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { company, customer, invoice } from './fixtures';

test('an Italian final notice cites art. 1219 c.c., not art. 1454', () => {
  const c = customer({ id: 'c', name: 'Ferrari & Figli S.n.c.', language: 'it', country: 'IT' });
  const inv = invoice({ id: 'i', number: 'F-9', customerId: 'c', amount: 161_356, dueDate: '2024-03-15' });
  const l = letterContent(
    letterInputFor(
      { company, customer: c, invoices: [inv], payments: [], adjustments: [] },
      { kind: 'final-notice', date: '2024-06-30' },
    ),
  );
  const text = JSON.stringify(l.blocks);
  expect(text).toContain('La costituiamo formalmente in mora (art. 1219 c.c.)');
  expect(text).not.toContain('1454');
});

// rules.md's ladder is sollecito → messa in mora → diffida ad adempiere: this letter is the messa in mora,
// so its subject and title do not call it a diffida ad adempiere, an act it does not make.
test('an Italian final notice is titled a messa in mora', () => {
  const c = customer({ id: 'c', name: 'Ferrari & Figli S.n.c.', language: 'it', country: 'IT' });
  const inv = invoice({ id: 'i', number: 'F-9', customerId: 'c', amount: 161_356, dueDate: '2024-03-15' });
  const l = letterContent(
    letterInputFor(
      { company, customer: c, invoices: [inv], payments: [], adjustments: [] },
      { kind: 'final-notice', date: '2024-06-30' },
    ),
  );
  expect(l.subject).toMatch(/^Messa in mora: /);
  expect(l.title).toBe('Lettera di messa in mora – Ferrari & Figli S.n.c.');
  expect(`${l.subject} ${l.title}`).not.toContain('diffida');
});
