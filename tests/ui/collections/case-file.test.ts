import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { caseFileSummary, caseFileZip, type CaseFileInput } from '../../../src/ui/collections/case-file';
import { statementOfAccount } from '../../../src/domain/statement';
import { useLanguage } from '../../../src/i18n';
import { contact, customer, invoice } from '../../domain/collections/book';

const input: CaseFileInput = {
  company: {
    name: 'Studio Bianchi',
    address: 'Via Roma 1, Milano',
    taxId: 'IT01234567890',
    iban: '',
    bic: '',
    email: '',
    phone: '',
    baseCurrency: 'EUR',
    country: 'IT',
    language: 'it',
  },
  customer: customer('c', {
    name: 'Rossi S.r.l.',
    address: 'Via Po 2, Torino',
    taxId: 'IT09876543210',
    escalations: [{ stage: 'small-claims', date: '2026-03-01' }],
  }),
  asOf: '2026-03-10',
  claims: [
    {
      invoice: invoice('i1', 'c', '2026-01-01', '2026-01-31', 120_000),
      open: 100_000,
      daysLate: 38,
      interest: 1_234,
    },
  ],
  statements: [],
  log: [contact('a', 'c', '2026-02-10', 'call', { outcome: '=cmd' })],
  letters: [],
  law: 'IT',
  crossBorder: false,
};

describe('case file', () => {
  it('sums up the parties, the claim with its interest, the stage and the next legal step', () => {
    const text = caseFileSummary(input);
    expect(text).toContain('Studio Bianchi');
    expect(text).toContain('Rossi S.r.l.');
    expect(text).toContain(
      'i1: issued 01/01/2026, due 31/01/2026, amount €1,200.00, open €1,000.00, 38 days late, interest €12.34',
    );
    expect(text).toContain('Total: principal €1,000.00 + interest €12.34 = €1,012.34');
    expect(text).toContain('Stage: Small claims since 01/03/2026');
    expect(text).toContain('Small claims under Italian law: giudice di pace');
    expect(text).toContain('not legal advice');
  });

  it('zips the summary, statement, interest, contact log and letters, with spreadsheet formulas neutralised', () => {
    const files = unzipSync(caseFileZip(input));
    expect(Object.keys(files).sort()).toEqual([
      'contact-log.csv',
      'interest.csv',
      'letters.csv',
      'statement.csv',
      'summary.txt',
    ]);
    expect(strFromU8(files['contact-log.csv']!)).toContain("'=cmd");
    expect(strFromU8(files['interest.csv']!)).toContain('12.34');
  });

  it('holds the letters as PDF in letters/ and the evidence in evidence/, both listed on the summary sheet', () => {
    const pdf = new TextEncoder().encode('%PDF-1.3 reminder');
    const scan = Uint8Array.from([0xff, 0xd8, 0xff, 0x00, 0x10]);
    const withFiles: CaseFileInput = {
      ...input,
      letterPdfs: [
        {
          path: 'letters/2026-02-12 Payment reminder.pdf',
          bytes: pdf,
          kind: 'Payment reminder',
          date: '2026-02-12',
        },
      ],
      evidence: [
        {
          path: 'evidence/2026-02-10 receipt.jpg',
          bytes: new Uint8Array(2048).fill(1),
          kind: 'Call',
          date: '2026-02-10',
        },
        { path: 'evidence/2026-02-10 receipt (2).jpg', bytes: scan, kind: 'Call', date: '2026-02-10' },
      ],
    };
    const files = unzipSync(caseFileZip(withFiles));
    expect([...files['letters/2026-02-12 Payment reminder.pdf']!]).toEqual([...pdf]);
    expect([...files['evidence/2026-02-10 receipt (2).jpg']!]).toEqual([...scan]);
    expect(files['evidence/2026-02-10 receipt.jpg']?.length).toBe(2048);
    const text = caseFileSummary(withFiles);
    expect(text).toContain('Letters sent (PDF copies in letters/):');
    expect(text).toContain('  letters/2026-02-12 Payment reminder.pdf — Payment reminder, 12/02/2026');
    expect(text).toContain('Evidence files (in evidence/):');
    // 2048 bytes are 2 kB (the limit's multiples of 1024); 5 bytes are shown as bytes.
    expect(text).toContain('  evidence/2026-02-10 receipt.jpg — Call of 10/02/2026, 2 kB');
    expect(text).toContain('  evidence/2026-02-10 receipt (2).jpg — Call of 10/02/2026, 5 bytes');
  });

  it("writes its CSV files in the reader's language and export settings, the same as the page's own exports", async () => {
    await useLanguage('it', 'IT');
    try {
      const f1 = invoice('i1', 'c', '2026-01-01', '2026-01-31', 120_000, { number: 'FT-7' });
      const files = unzipSync(
        caseFileZip({
          ...input,
          claims: [{ invoice: f1, open: 120_000, daysLate: 38, interest: 1_234 }],
          statements: statementOfAccount('c', [f1], [], [], '2026-03-10'),
          log: [
            contact('a', 'c', '2026-02-10', 'call', {
              invoiceIds: ['i1'],
              direction: 'in',
              promiseAmount: 60_000,
              promiseDate: '2026-02-20',
            }),
          ],
          letters: [
            {
              id: 'l1',
              customerId: 'c',
              invoiceIds: ['i1'],
              kind: 'final-notice',
              language: 'it',
              date: '2026-02-12',
              content: null,
            },
          ],
          csv: { delimiter: ';', decimalSeparator: ',', lineEnding: '\n' },
        }),
      );
      const lines = (name: string) => strFromU8(files[name]!).split('\n');
      expect(lines('statement.csv').slice(0, 2)).toEqual([
        'Data;Movimento;Riferimento;Dare;Avere;Saldo;Valuta',
        '2026-01-01;Fattura;FT-7;1200,00;;1200,00;EUR',
      ]);
      expect(lines('interest.csv')[1]).toBe('FT-7;2026-01-31;1200,00;38;12,34;EUR');
      // A promise of €600.00 (not the 60000 cents it is stored as), the call made by the customer, in words.
      expect(lines('contact-log.csv')[1]).toBe(
        '2026-02-10;;Telefonata;Dal cliente;FT-7;;;600,00;2026-02-20;;;;;a',
      );
      expect(lines('letters.csv')).toEqual([
        'Data;Lettera;Lingua della lettera;Fatture',
        '2026-02-12;Lettera di messa in mora;Italiano;FT-7',
        '',
      ]);
    } finally {
      await useLanguage('en', 'GB');
    }
  });
});
