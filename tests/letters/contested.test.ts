// A reminder for an invoice partly in dispute asks for the undisputed rest and says, under the invoice
// table, how much is disputed and left out, so the figures add up for the reader.
import { expect, test } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { company, customer, invoice } from './fixtures';

test('the disputed part is named under the table and left out of what is asked for', () => {
  const c = customer({ id: 'c', name: 'Librăria Sincai SA', language: 'ro', country: 'RO' });
  const inv = invoice({ id: 'i', number: '1090', customerId: 'c', amount: 178_500, dueDate: '2026-10-01' });
  const l = letterContent(
    letterInputFor(
      {
        company,
        customer: c,
        invoices: [inv],
        payments: [],
        adjustments: [],
        disputed: new Map([['i', 50_000]]),
      },
      { kind: 'reminder-1', date: '2026-12-04' },
    ),
  );
  // (Money keeps a no-break space before its currency.)
  const text = JSON.stringify(l.blocks).replace(/[\u00a0\u202f]/g, ' ');
  expect(text).toContain(
    'Factura 1090: 500,00 EUR sunt contestați și nu se solicită prin această scrisoare.',
  );
  // 1.785,00 less the 500,00 disputed: 1.285,00 to pay.
  expect(text).toContain('1.285,00 EUR');
});
