import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/csv/export';
import { CONTACT_LOG_COLUMNS, contactLogCells } from '../../../src/ui/collections/contact-log-csv';
import { contact, invoice } from '../../domain/collections/book';

const invoices = new Map([
  ['i1', invoice('i1', 'c', '2026-01-01', '2026-01-31', 100_000, { number: 'F-1' })],
  ['i2', invoice('i2', 'c', '2026-01-05', '2026-02-04', 50_000, { number: 'F-2' })],
]);
const log = [
  contact('p', 'c', '2026-03-10', 'promise', {
    invoiceIds: ['i1'],
    promiseAmount: 25_050,
    promiseDate: '2026-03-20',
    time: '10:05',
  }),
  contact('l', 'c', '2026-03-01', 'letter', {
    invoiceIds: ['i1', 'i2'],
    dunningLevel: 'reminder-1',
    fee: 1000,
  }),
  contact('e', 'c', '2026-03-10', 'email', { invoiceIds: ['i2'], time: '09:00', text: 'Sollecito' }),
];

describe('contact log export', () => {
  it('lists the entries about one invoice, oldest first, with every field', () => {
    const cells = contactLogCells(log, invoices, 'EUR', (k) => k.toUpperCase(), 'i1');
    const csv = toCsv([...CONTACT_LOG_COLUMNS], cells, { lineEnding: '\n' });
    expect(csv.split('\n')).toEqual([
      'date,time,kind,direction,invoices,text,outcome,promiseAmount,promiseDate,dunningLevel,fee,by,corrects,id',
      '2026-03-01,,LETTER,,F-1 F-2,,,,,reminder-1,10.00,,,l',
      '2026-03-10,10:05,PROMISE,,F-1,,,250.50,2026-03-20,,,,,p',
      '',
    ]);
  });

  it('lists the whole log of the customer when no invoice is chosen, same-day entries by time', () => {
    const ids = contactLogCells(log, invoices, 'EUR', (k) => k).map((row) => row[row.length - 1]);
    expect(ids).toEqual(['l', 'e', 'p']);
  });
});
