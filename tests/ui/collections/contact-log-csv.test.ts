import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/csv/export';
import {
  CONTACT_LOG_COLUMNS,
  contactLogCells,
  contactLogCsv,
  type ContactLogWords,
} from '../../../src/ui/collections/contact-log-csv';
import { useLanguage } from '../../../src/i18n';
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

/** Codes as they are (upper-cased kinds), to see which cell each field lands in. */
const codes: ContactLogWords = {
  kind: (k) => k.toUpperCase(),
  direction: (d) => d,
  level: (l) => l,
  event: () => '',
};

describe('contact log export', () => {
  it('lists the entries about one invoice, oldest first, with every field', () => {
    const cells = contactLogCells(log, invoices, 'EUR', codes, 'i1');
    const csv = toCsv([...CONTACT_LOG_COLUMNS], cells, { lineEnding: '\n' });
    expect(csv.split('\n')).toEqual([
      'date,time,kind,direction,invoices,text,outcome,promiseAmount,promiseDate,dunningLevel,fee,by,corrects,id',
      '2026-03-01,,LETTER,,F-1 F-2,,,,,reminder-1,10.00,,,l',
      '2026-03-10,10:05,PROMISE,,F-1,,,250.50,2026-03-20,,,,,p',
      '',
    ]);
  });

  it('lists the whole log of the customer when no invoice is chosen, same-day entries by time', () => {
    const ids = contactLogCells(log, invoices, 'EUR', codes).map((row) => row[row.length - 1]);
    expect(ids).toEqual(['l', 'e', 'p']);
  });

  it("says every code in the reader's language: the kind, who made the contact, the dunning step", async () => {
    await useLanguage('it', 'IT');
    try {
      const inbound = [
        ...log,
        contact('in', 'c', '2026-03-11', 'call', { invoiceIds: ['i2'], direction: 'in', time: '15:30' }),
      ];
      const csv = contactLogCsv(inbound, invoices, 'EUR', {
        delimiter: ';',
        decimalSeparator: ',',
        lineEnding: '\n',
      });
      const lines = csv.split('\n');
      expect(lines[0]).toBe(
        'Data;Ora;Tipo;Direzione;Fatture;Note;Esito;Importo promesso;Promesso per il;Fase di sollecito;Spese;Da;Corregge la voce;Voce',
      );
      expect(lines[1]).toBe('2026-03-01;;Lettera;;F-1 F-2;;;;;Sollecito di pagamento;10,00;;;l');
      expect(lines[3]).toBe('2026-03-10;10:05;Promessa di pagamento;;F-1;;;250,50;2026-03-20;;;;;p');
      expect(lines[4]).toBe('2026-03-11;15:30;Telefonata;Dal cliente;F-2;;;;;;;;;in');
    } finally {
      await useLanguage('en', 'GB');
    }
  });
});
