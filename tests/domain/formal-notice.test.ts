import { describe, expect, it } from 'vitest';
import { withFormalNotice } from '../../src/domain/formal-notice';
import { lateInterest } from '../../src/domain/interest';
import type { Invoice } from '../../src/domain/types';

const inv = (id: string, customerId: string, dueDate: string, extra: Partial<Invoice> = {}): Invoice => ({
  id,
  number: id,
  customerId,
  issueDate: '2024-01-01',
  dueDate,
  currency: 'EUR',
  amount: 1_000_000,
  ...extra,
});

describe('a formal notice sets the date on the invoices it covers', () => {
  const invoices = [
    inv('a', 'c', '2024-03-15'),
    inv('b', 'c', '2024-07-15'),
    inv('d', 'c', '2024-02-15', { formalNoticeDate: '2024-04-01' }),
    inv('x', 'other', '2024-03-15'),
  ];

  it('covers the customer’s invoices already due, keeping an earlier notice', () => {
    expect(withFormalNotice(invoices, 'c', '2024-05-31').map((i) => [i.id, i.formalNoticeDate])).toEqual([
      ['a', '2024-05-31'],
    ]);
  });

  it('covers the named invoices only when some are named', () => {
    expect(withFormalNotice(invoices, 'c', '2024-05-31', ['b']).map((i) => i.id)).toEqual(['b']);
  });

  it('starts a French consumer’s interest: 30 days at 5.07 % → 41.67', () => {
    const [noticed] = withFormalNotice(invoices, 'c', '2024-05-31');
    const r = lateInterest({
      amount: noticed!.amount,
      currency: 'EUR',
      dueDate: noticed!.dueDate,
      payments: [],
      asOf: '2024-06-30',
      rule: { jurisdiction: 'FR', debtor: 'consumer', formalNoticeDate: noticed!.formalNoticeDate! },
    });
    // 2024-06-01…06-30: 10,000 × 5.07 % × 30 / 365 = 41.6712… → 41.67
    expect(r.total).toBe(4167);
  });
});
