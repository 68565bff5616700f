// Letters drawn to PDF and read back with poppler: names, amounts, dates, interest periods and the
// diacritics come out as the customer must read them. Expected figures are worked out by hand here.
import { describe, expect, test } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { drawLetters, drawOneLetter, LettersCancelled } from '../../src/letters/draw/pdf';
import { letterInputFor } from '../../src/letters/input';
import { company, customer, invoice, payment } from './fixtures';
import { pdfText, testFonts } from './pdf-tools';

const ro = customer({ id: 'c-ro', name: 'Ștefan Țăranu SRL', language: 'ro', country: 'RO' });
const roInvoices = [
  invoice({ id: 'i1', number: 'F-2024-001', customerId: 'c-ro', amount: 1_000_000, dueDate: '2024-03-15' }),
  invoice({ id: 'i2', number: 'F-2024-002', customerId: 'c-ro', amount: 250_000, dueDate: '2024-05-15' }),
];
const roRecords = {
  company,
  customer: ro,
  invoices: roInvoices,
  payments: [payment('p1', 'i2', '2024-06-01', 50_000, 'c-ro')],
  adjustments: [],
};

/** Simple interest, actual/365, in euros (unrounded). */
const simple = (principal: number, ratePercent: number, days: number): number =>
  (principal * ratePercent * days) / 100 / 365;

describe('a Romanian interest claim under Italian law (company in Milan, business customer)', () => {
  const input = letterInputFor(roRecords, { kind: 'interest-statement', date: '2024-06-30' });
  const text = pdfText(drawOneLetter(letterContent(input), testFonts()));
  // ECB 4.50 % on 1 Jan 2024 + 8 pp = 12.50 % (D.Lgs. 231/2002); 107 days for the first invoice.
  const p1 = simple(10_000, 12.5, 107); // 366.438…
  const p2a = simple(2_500, 12.5, 17); // 16 May – 1 Jun, before the part payment
  const p2b = simple(2_000, 12.5, 29); // 2 Jun – 30 Jun, on the rest
  const total = Math.round((p1 + p2a + p2b) * 100) / 100;

  test('names and Romanian ș ț come out with the comma below, never the cedilla', () => {
    expect(text).toContain('Ștefan Țăranu SRL');
    expect(text).toContain('Dobândă penalizatoare și daune-interese minimale');
    expect(text).toContain('Scadența');
    expect(text).not.toMatch(/[şţŞŢ]/);
  });

  test('each interest period with its dates, days, principal, rate and amount', () => {
    expect(total).toBe(400.86);
    expect(text).toMatch(
      /F-2024-001\s+16\.03\.2024\s+30\.06\.2024\s+107\s+10\.000,00 EUR\s+12,50 %\s+366,44 EUR/,
    );
    expect(text).toMatch(
      /F-2024-002\s+16\.05\.2024\s+01\.06\.2024\s+17\s+2\.500,00 EUR\s+12,50 %\s+14,55 EUR/,
    );
    expect(text).toMatch(
      /F-2024-002\s+02\.06\.2024\s+30\.06\.2024\s+29\s+2\.000,00 EUR\s+12,50 %\s+19,86 EUR/,
    );
    expect(text).toMatch(/Dobândă penalizatoare\s+400,86 EUR/);
  });

  test('the law applied and why, the compensation, and the total due', () => {
    expect(text).toContain('D.Lgs. 231/2002, art. 5');
    expect(text).toContain('legea țării furnizorului');
    expect(text).toContain('BCE 4,50 % + 8 pp = 12,50 %');
    // EUR 40 per late invoice, two late invoices; total = 12,000.00 open + 400.86 + 80.00.
    expect(text).toContain('2 × 40,00 EUR');
    expect(text).toMatch(/Total de plată\s+12\.480,86 EUR/);
    expect(text).toContain('10 iulie 2024');
  });
});

describe('a Danish reminder', () => {
  const dk = customer({
    id: 'c-dk',
    name: 'Søren Æblegård ApS',
    language: 'da',
    country: 'DK',
    address: 'Vesterbrogade 21\n1620 København V',
  });
  const input = letterInputFor(
    {
      company,
      customer: dk,
      invoices: [
        invoice({ id: 'd1', number: 'DK-77', customerId: 'c-dk', amount: 123_456, dueDate: '2024-05-31' }),
      ],
      payments: [],
      adjustments: [],
    },
    { kind: 'reminder-1', date: '2024-06-30' },
  );
  const text = pdfText(drawOneLetter(letterContent(input), testFonts()));

  test('æ ø å in the name, the address and the wording', () => {
    expect(text).toContain('Søren Æblegård ApS');
    expect(text).toContain('1620 København V');
    expect(text).toContain('DANMARK');
    expect(text).toContain('Betalingspåmindelse: 1.234,56 €');
    expect(text).toContain('Med venlig hilsen');
  });

  test('the invoice row: number, dates, amount, open and 30 days late; the deadline ten days on', () => {
    expect(text).toMatch(/DK-77\s+15\.02\.2024\s+31\.05\.2024\s+1\.234,56 €\s+0,00 €\s+1\.234,56 €\s+30/);
    expect(text).toMatch(/10\. juli\s+2024/);
    expect(text).toContain('se bort fra dette brev');
  });
});

describe('drawing', () => {
  const content = letterContent(letterInputFor(roRecords, { kind: 'reminder-2', date: '2024-06-30' }));

  test('the same letter drawn twice gives the same bytes, dated from the letter', () => {
    const a = drawOneLetter(content, testFonts());
    const b = drawOneLetter(structuredClone(content), testFonts());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).toString('latin1')).toContain("D:20240630000000+00'00'");
  }, 30_000);

  test('a long letter numbers its pages and repeats the header', () => {
    const many = Array.from({ length: 70 }, (_, k) =>
      invoice({
        id: `m${k}`,
        number: `M-${String(k + 1).padStart(3, '0')}`,
        customerId: 'c-ro',
        amount: 10_000 + k,
        dueDate: '2024-04-30',
      }),
    );
    const long = letterContent(
      letterInputFor(
        { ...roRecords, invoices: many, payments: [] },
        { kind: 'reminder-1', date: '2024-06-30' },
      ),
    );
    const text = pdfText(drawOneLetter(long, testFonts()));
    expect(text).toContain('Pagina 1 din 3');
    expect(text).toContain('Pagina 3 din 3');
    expect(text.match(/Ferro & Figli Srl · Ștefan Țăranu SRL · Notificare de plată/g)?.length).toBe(2);
    expect(text).toContain('M-070');
  }, 30_000);

  test('the closing and the signature never stand alone on a last page, however long the letter', async () => {
    // Letters of 1 to 40 invoices end at every height of a page: whenever one runs over, its last page
    // holds more than the running header, the page number, the closing and the signature.
    const contents = Array.from({ length: 40 }, (_, n) =>
      letterContent(
        letterInputFor(
          {
            ...roRecords,
            payments: [],
            invoices: Array.from({ length: n + 1 }, (_, k) =>
              invoice({
                id: `w${k}`,
                number: `W-${k + 1}`,
                customerId: 'c-ro',
                amount: 10_000 + k,
                dueDate: '2024-04-30',
              }),
            ),
          },
          { kind: 'interest-statement', date: '2024-06-30' },
        ),
      ),
    );
    const closing = contents[0]!.blocks.at(-2) as { type: string; text: string };
    expect(closing.type).toBe('paragraph');
    let overflowing = 0;
    for (const c of contents) {
      const pages = pdfText(drawOneLetter(c, testFonts()))
        .split('\f')
        .filter((p) => p.trim() !== '');
      if (pages.length < 2) continue;
      overflowing++;
      const rest = pages
        .at(-1)!
        .split('\n')
        .map((l) => l.trim())
        .filter(
          (l) =>
            l !== '' &&
            !l.startsWith(company.name) &&
            !/^Pagina \d+ din \d+$/.test(l) &&
            l !== closing.text.trim(),
        );
      expect(rest.length).toBeGreaterThan(0);
    }
    expect(overflowing).toBeGreaterThan(10);
  }, 60_000);

  test('a long return address keeps the name and the town on its one line, never a hanging separator', () => {
    const long = letterContent(
      letterInputFor(
        {
          ...roRecords,
          company: {
            ...company,
            name: 'Tehnoprint Ardeal S.R.L.',
            address: 'Str. Memorandumului nr. 28, ap. 4, et. 2\n400114 Cluj-Napoca',
            country: 'RO',
          },
        },
        { kind: 'reminder-1', date: '2024-06-30' },
      ),
    );
    const line = pdfText(drawOneLetter(long, testFonts()))
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.startsWith('Tehnoprint Ardeal S.R.L. ·'));
    expect(line).toBe('Tehnoprint Ardeal S.R.L. · 400114 Cluj-Napoca');
  }, 30_000);

  test('a batch reports progress, and a cancel stops it', async () => {
    const seen: number[] = [];
    const bytes = await drawLetters([content, content, content], testFonts(), {
      onProgress: (done) => seen.push(done),
    });
    expect(seen.at(-1)).toBe(3);
    expect(pdfText(bytes).match(/A doua notificare: /g)?.length).toBe(3);
    const controller = new AbortController();
    controller.abort();
    await expect(drawLetters([content], testFonts(), { signal: controller.signal })).rejects.toBeInstanceOf(
      LettersCancelled,
    );
  }, 30_000);
});
