// The company's tax id in the letterhead, as the letter's language names it. Romanian "CUI", Danish "CVR"
// and Italian "P. IVA" are the numbers of a Romanian, Danish and Italian company: another country's VAT
// number is a "Cod de TVA", "Momsnr." and "Identificativo IVA", read back from the PDF.
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import type { CompanyProfile, Language } from '../../src/domain/types';
import { company, customer, invoice } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

const romanian: CompanyProfile = { ...company, name: 'Tehno Prim SRL', taxId: 'RO12345678', country: 'RO' };
const danish: CompanyProfile = { ...company, name: 'Nordlys ApS', taxId: 'DK12345678', country: 'DK' };

function letterhead(from: CompanyProfile, language: Language): string {
  const c = customer({ id: 'c', name: 'Client SRL', language, country: 'RO' });
  const inv = invoice({ id: 'i', number: 'F-1', customerId: 'c', amount: 10_000, dueDate: '2024-03-15' });
  const text = pdfText(
    drawOneLetter(
      letterContent(
        letterInputFor(
          { company: from, customer: c, invoices: [inv], payments: [], adjustments: [] },
          { kind: 'reminder-1', date: '2024-06-30' },
        ),
      ),
      testFonts(),
    ),
  );
  return text.split('\n')[1] ?? '';
}

describe('the tax id in the letterhead', () => {
  it('in Romanian: CUI for a Romanian company, cod de TVA for another', () => {
    expect(letterhead(romanian, 'ro')).toContain('CUI RO12345678');
    expect(letterhead(company, 'ro')).toContain('Cod de TVA IT01234567890');
    expect(letterhead(company, 'ro')).not.toContain('CUI');
  });

  it('in Danish: CVR for a Danish company, momsnummer for another', () => {
    expect(letterhead(danish, 'da')).toContain('CVR DK12345678');
    expect(letterhead(company, 'da')).toContain('Momsnr. IT01234567890');
  });

  it('in Italian: P. IVA (partita IVA) for an Italian company, identificativo IVA for another', () => {
    expect(letterhead(company, 'it')).toContain('P. IVA IT01234567890');
    expect(letterhead(romanian, 'it')).toContain('Identificativo IVA RO12345678');
    expect(letterhead(romanian, 'it')).not.toContain('P. IVA');
  });
});
