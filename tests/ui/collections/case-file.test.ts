import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { caseFileSummary, caseFileZip, type CaseFileInput } from '../../../src/ui/collections/case-file';
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
});
