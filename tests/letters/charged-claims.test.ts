// Interest or compensation already charged as a fee on an invoice is in its balance: a claim letter
// asks for it once, as the screens count it (what is owed, less what was charged, plus the charge),
// never as a fee and again as interest or compensation; a waived compensation is not claimed at all.
// By hand, Italian law, 1.000,00 € due 1 October 2026, as of 5 December 2026: 65 days at ECB 2,40 +
// 8 = 10,40 % → 1.000,00 × 0,104 × 65 / 365 = 18,5205… → 18,52 €; the compensation 40,00 €.
// Charged: compensation 40,00 and interest 5,00. Due: 1.000,00 + 18,52 + 40,00 = 1.058,52 € (the
// screens: balance 1.045,00 + interest still claimable 13,52 = 1.058,52), not 1.103,52.
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import type { Adjustment } from '../../src/domain/types';
import { company, customer, invoice } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

const fee = (
  id: string,
  feeKind: 'interest' | 'compensation',
  amount: number,
  more: Partial<Adjustment> = {},
) =>
  ({
    id,
    kind: 'fee',
    feeKind,
    customerId: 'c',
    invoiceId: 'a',
    date: '2026-11-01',
    amount,
    currency: 'EUR',
    ...more,
  }) as Adjustment;

function read(adjustments: Adjustment[]): string {
  const input = letterInputFor(
    {
      company,
      customer: customer({ id: 'c', name: 'Caffè Perù S.r.l.', language: 'it', country: 'IT' }),
      invoices: [
        invoice({ id: 'a', number: 'F-1', customerId: 'c', amount: 100_000, dueDate: '2026-10-01' }),
      ],
      payments: [],
      adjustments,
    },
    { kind: 'interest-statement', date: '2026-12-05' },
  );
  return pdfText(drawOneLetter(letterContent(input), testFonts()))
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('interest and compensation already charged on the invoice', () => {
  it('are claimed once, in their own lines, not again among the fees', () => {
    const text = read([fee('k', 'compensation', 4_000), fee('i', 'interest', 500)]);
    expect(text).toContain(
      'Fatture aperte 1.000,00 € Interessi di mora 18,52 € Indennizzo forfettario per le spese di recupero 40,00 € Totale dovuto 1.058,52 €',
    );
    expect(text).not.toContain('Spese ');
  });

  it('claim no compensation once it was waived', () => {
    const text = read([fee('k', 'compensation', 4_000, { waived: true, waivedOn: '2026-11-20' })]);
    expect(text).toContain('Fatture aperte 1.000,00 € Interessi di mora 18,52 € Totale dovuto 1.018,52 €');
    expect(text).not.toContain('Indennizzo forfettario per le spese di recupero 40,00 €');
  });
});
