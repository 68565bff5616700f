// A date in words is one thing to read: a letter never ends a line with "5 January" and starts the next
// with "2027". The paragraph below is written with a word one letter longer each time, so that its
// deadline falls at every place of a line, the end included.
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import { company, customer, invoice } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

function letterLines(language: 'en' | 'de', pad: number, archivedBefore = false): string[] {
  const c = customer({
    id: 'c',
    name: 'Harbour Tools Ltd',
    language,
    country: language === 'en' ? 'GB' : 'DE',
  });
  const input = letterInputFor(
    {
      company,
      customer: c,
      invoices: [
        invoice({ id: 'i', number: 'A-17', customerId: 'c', amount: 120_000, dueDate: '2026-10-01' }),
      ],
      payments: [],
      adjustments: [],
    },
    { kind: 'reminder-1', date: '2026-12-04' },
  );
  const body =
    `${'w'.repeat(pad)} We would be grateful for your payment of the open amount by {deadline}, or for a ` +
    'word from you before that day if something about the invoice is not as it should be.';
  const made = letterContent(input, { subject: 'Open invoice', body });
  // A letter archived before its dates were kept together has no list of them: drawn as it was.
  const content = archivedBefore ? { ...made, keepTogether: undefined } : made;
  return pdfText(drawOneLetter(content, testFonts()))
    .split('\n')
    .map((l) => l.replace(/[\u00a0\u202f]/g, ' ').trim());
}

describe('a date in words in a letter', () => {
  it('stays on one line wherever it falls in the paragraph (English: "14 December 2026")', () => {
    const broken: number[] = [];
    for (let pad = 1; pad <= 29; pad += 2) {
      const lines = letterLines('en', pad);
      if (!lines.some((l) => l.includes('14 December 2026'))) broken.push(pad);
      // The paragraph is all there, its words in order.
      expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('open amount by');
    }
    expect(broken).toEqual([]);
  });

  it('stays on one line in German too ("14. Dezember 2026")', () => {
    const broken: number[] = [];
    for (let pad = 1; pad <= 28; pad += 3) {
      if (!letterLines('de', pad).some((l) => l.includes('14. Dezember 2026'))) broken.push(pad);
    }
    expect(broken).toEqual([]);
  });

  it('is drawn as before in a letter archived without the list of its dates (a reprint)', () => {
    const text = letterLines('en', 9, true).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('open amount by 14');
    expect(text).toContain('December 2026, or for a');
  });
});
