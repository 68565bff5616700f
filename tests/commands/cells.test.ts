import { describe, expect, it } from 'vitest';
import { applyCellEdits } from '../../src/commands/cells';
import { applyPaymentCell } from '../../src/commands/payments';
import type { Payment } from '../../src/domain/types';
import { say } from '../../src/i18n';
import { dateOrder } from '../../src/domain/date-text';

const payment: Payment = { id: 'p1', date: '2026-02-01', amount: 1000, currency: 'EUR', allocations: [] };

describe('cell edits on grid pages', () => {
  it('merges several cells of one row into one record and keeps every refusal with its cell', () => {
    const { updated, errors } = applyCellEdits(
      [
        { key: 'p1', columnId: 'date', text: '15/02/2026' },
        { key: 'p1', columnId: 'reference', text: '  Bonifico 12 ' },
        { key: 'p1', columnId: 'amount', text: '5' },
        { key: 'p1', columnId: 'date', text: '31/02/2026' },
        { key: 'gone', columnId: 'date', text: '2026-02-01' },
      ],
      (id) => (id === 'p1' ? payment : undefined),
      (p, columnId, text) => applyPaymentCell(p, columnId, text, dateOrder('it-IT')),
    );
    expect(updated).toEqual([{ ...payment, date: '2026-02-15', reference: 'Bonifico 12' }]);
    expect(errors.map((e) => [e.key, e.columnId])).toEqual([
      ['p1', 'amount'],
      ['p1', 'date'],
    ]);
    expect(errors[1] && say(errors[1].error)).toMatch(/31\/02\/2026/);
  });
});
