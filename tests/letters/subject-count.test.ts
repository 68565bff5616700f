// A subject speaks of one invoice or of several as the letter has them: a receipt check or a courtesy
// reminder about two invoices asked "Factura 1, 2: ați primit-o?"; a settlement or discount offer about
// one said "pentru facturile 1". Read back from the PDF in Romanian, Italian and Danish.
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import type { Language, LetterKind } from '../../src/domain/types';
import { company, customer, invoice } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

function subjectOf(kind: LetterKind, language: Language, count: 1 | 2, pdf = false): string {
  // Not yet due for a receipt check, a courtesy reminder or a discount offer; overdue for a settlement.
  const late = kind.startsWith('settlement');
  const invoices = [
    invoice({
      id: 'a',
      number: 'F-1',
      customerId: 'c',
      amount: 100_000,
      issueDate: '2026-10-20',
      dueDate: late ? '2026-11-20' : '2026-12-20',
    }),
    invoice({
      id: 'b',
      number: 'F-2',
      customerId: 'c',
      amount: 50_000,
      issueDate: '2026-10-25',
      dueDate: late ? '2026-11-28' : '2026-12-28',
    }),
  ].slice(0, count);
  const input = letterInputFor(
    {
      company,
      customer: customer({ id: 'c', name: 'Ærø ApS', language, country: 'IT' }),
      invoices,
      payments: [],
      adjustments: [],
    },
    {
      kind,
      date: '2026-12-05',
      ...(kind.startsWith('settlement') ? { settlement: { amount: 90_000, deadline: '2026-12-31' } } : {}),
      ...(kind === 'discount-offer' ? { discount: { percent: 2, deadline: '2026-12-15' } } : {}),
    },
  );
  const content = letterContent(input);
  if (!pdf) return content.subject;
  const text = pdfText(drawOneLetter(content, testFonts()));
  return (
    text
      .split('\n')
      .find((l) => l.includes('F-1'))
      ?.trim() ?? ''
  );
}

describe('a letter’s subject in the number of its invoices', () => {
  const read: [LetterKind, Language, 1 | 2, string][] = [
    ['receipt-check', 'ro', 2, 'Facturile F-1, F-2: le-ați primit?'],
    ['courtesy-reminder', 'ro', 2, 'Memento: facturile F-1, F-2 ajung la scadență'],
    ['settlement-offer', 'ro', 1, 'Propunere de tranzacție pentru factura F-1'],
    ['receipt-check', 'it', 2, 'Fatture F-1, F-2: le ha ricevute?'],
    ['courtesy-reminder', 'it', 2, 'Promemoria: le fatture F-1, F-2 sono in scadenza'],
    ['discount-offer', 'it', 1, 'Sconto del 2% sulla fattura F-1'],
    ['receipt-check', 'da', 2, 'Fakturaerne F-1, F-2: er de kommet frem?'],
    ['courtesy-reminder', 'da', 2, 'Venlig påmindelse: fakturaerne F-1, F-2 forfalder snart'],
    ['settlement-confirmation', 'da', 1, 'Bekræftelse af forlig: faktura F-1'],
  ];
  it.each(read)('%s in %s with %i invoice(s), read back from the PDF', (kind, language, count, subject) => {
    expect(subjectOf(kind, language, count, true).replace(/[\u00a0\u202f]/g, ' ')).toBe(subject);
  });

  const others: [LetterKind, Language, 1 | 2, string][] = [
    ['receipt-check', 'en', 2, 'Invoices F-1, F-2: did they reach you?'],
    ['discount-offer', 'en', 1, 'Save 2% on invoice F-1'],
    ['courtesy-reminder', 'fr', 2, 'Rappel : les factures F-1, F-2 arrivent à échéance'],
    ['settlement-offer', 'fr', 1, 'Proposition de règlement amiable : facture F-1'],
    ['receipt-check', 'de', 2, 'Rechnungen F-1, F-2: Sind sie bei Ihnen angekommen?'],
    ['settlement-offer', 'de', 1, 'Vergleichsangebot zur Rechnung F-1'],
    // One invoice keeps the singular, several the plural, as written.
    ['receipt-check', 'ro', 1, 'Factura F-1: ați primit-o?'],
    ['settlement-offer', 'it', 2, 'Proposta transattiva per le fatture F-1, F-2'],
  ];
  it.each(others)('%s in %s with %i invoice(s)', (kind, language, count, subject) => {
    expect(subjectOf(kind, language, count).replace(/[\u00a0\u202f]/g, ' ')).toBe(subject);
  });
});
