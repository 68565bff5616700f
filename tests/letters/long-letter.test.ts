// A letter as a customer reads it when everything is long: company and customer names with diacritics
// longer than the page or the window, a three-line address, sixteen invoices over two pages with
// payments, a credit note, a write-off and a disputed part. Read back from the PDF, nothing is cut.
// Figures worked out by hand: 17 invoices of 123.456,78 RON, FCT-2026/10457 … 10473, due on the 15th
// and the 28th from March to November 2026; 10460 is wholly disputed (left out of a demand), so 16 are
// claimed: 16 × 123.456,78 = 1.975.308,48, less 5.000,00 paid on 10458, a credit note of 3.000,00 on
// 10459, 1.000,00 written off on 10465 and 2.000,00 disputed on 10461 = 1.964.308,48.
// Days late on 5 December 2026: due 15 March → 265, 28 March → 252, 15 May → 204, 15 July → 143.
import { describe, expect, it } from 'vitest';
import { letterContent } from '../../src/letters/content';
import { letterInputFor, type LetterOptions } from '../../src/letters/input';
import { drawOneLetter } from '../../src/letters/draw/pdf';
import type { Adjustment, CompanyProfile, Invoice, Language } from '../../src/domain/types';
import { customer, payment } from './fixtures';
import { pdfRawText, pdfText, pdfWords, testFonts } from './pdf-tools';

const firma: CompanyProfile = {
  name: 'Țesătoria Științifică Ardeleană și Fiii Prelucrări Textile Industriale S.R.L.',
  address: 'Strada Avram Iancu nr. 147, bloc Ț3, scara B, etajul 4, apartamentul 18\n400089 Cluj-Napoca',
  taxId: 'RO18547632',
  iban: 'RO49 AAAA 1B31 0075 9384 0000',
  bic: 'BTRLRO22',
  email: 'contabilitate@tesatoria-ardeleana.ro',
  phone: '+40 264 123 456',
  baseCurrency: 'RON',
  country: 'RO',
  language: 'ro',
};
const client =
  'Întreprinderea Individuală Ștefan Țăranu și Asociații — Construcții și Prelucrări Metalice Bârlad S.R.L.';
const street = 'Bulevardul Independenței nr. 1234, bloc Î5, scara Ă, etajul 10, apartamentul 287';

function letter(kind: LetterOptions['kind'], more: Partial<LetterOptions> = {}, language: Language = 'ro') {
  const currency = language === 'ro' ? 'RON' : 'EUR';
  const invoices: Invoice[] = Array.from({ length: 17 }, (_, k) => {
    const month = String(3 + Math.floor(k / 2)).padStart(2, '0');
    const day = k % 2 ? '28' : '15';
    return {
      id: `i${k}`,
      number: `FCT-2026/${10457 + k}`,
      customerId: 'c',
      issueDate: `2026-${String(2 + Math.floor(k / 2)).padStart(2, '0')}-${day}`,
      dueDate: `2026-${month}-${day}`,
      currency,
      amount: 12_345_678,
      ...(k === 3 ? { disputed: true } : {}),
    };
  });
  const adjustment = (
    id: string,
    kind: Adjustment['kind'],
    invoiceId: string,
    date: string,
    amount: number,
  ) => ({ id, kind, customerId: 'c', invoiceId, date, amount, currency }) as Adjustment;
  return letterInputFor(
    {
      company: language === 'ro' ? firma : { ...firma, baseCurrency: 'EUR', country: 'IT', language },
      customer: customer({
        id: 'c',
        name: client,
        language,
        country: language === 'ro' ? 'RO' : 'IT',
        currency,
        address: `${street}\nSat Mânăstirea Cașin, comuna Mânăstirea Cașin\n607305 județul Bacău`,
      }),
      invoices,
      payments: [{ ...payment('p1', 'i1', '2026-05-20', 500_000, 'c'), currency }],
      adjustments: [
        adjustment('cn', 'credit-note', 'i2', '2026-06-10', 300_000),
        adjustment('wo', 'write-off', 'i8', '2026-09-10', 100_000),
      ],
      disputed: new Map<string, number | null>([
        ['i3', null],
        ['i4', 200_000],
      ]),
    },
    { kind, date: '2026-12-05', ...more },
  );
}

const flat = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const pdf = (kind: LetterOptions['kind'], more: Partial<LetterOptions> = {}, language: Language = 'ro') =>
  drawOneLetter(letterContent(letter(kind, more, language)), testFonts());

describe('a Romanian final notice with long names and sixteen invoices', () => {
  const bytes = pdf('final-notice');
  const text = pdfText(bytes).replace(/[\u00a0\u202f]/g, ' ');
  const [first = ''] = text.split('\f');

  it('prints the company’s whole name at the head of the page', () => {
    expect(first.split('\n')[0]?.trim()).toBe(firma.name);
  });

  it('shows the customer’s whole name and every address line in the window', () => {
    const window = flat(first.slice(0, first.indexOf('Cluj-Napoca, 5 decembrie 2026')));
    expect(window).toContain(client);
    expect(window).toContain(street);
    expect(window).toContain('Sat Mânăstirea Cașin, comuna Mânăstirea Cașin 607305 județul Bacău');
  });

  it('keeps every invoice number and due date whole: the currency goes into the headings', () => {
    const rows = flat(text);
    expect(rows).toContain('FCT-2026/10457 15.03.2026 123.456,78 0,00 0,00 0,00 0,00 123.456,78 265');
    expect(rows).toContain('FCT-2026/10458 28.03.2026 123.456,78 5.000,00 0,00 0,00 0,00 118.456,78 252');
    expect(rows).toContain('FCT-2026/10461 15.05.2026 123.456,78 0,00 0,00 0,00 2.000,00 121.456,78 204');
    expect(rows).toContain('FCT-2026/10465 15.07.2026 123.456,78 0,00 0,00 1.000,00 0,00 122.456,78 143');
    expect(rows).toContain(
      'Facturi neachitate 1.975.308,48 5.000,00 3.000,00 1.000,00 2.000,00 1.964.308,48',
    );
    expect(rows).not.toContain('FCT-2026/10460'); // wholly disputed
    expect(flat(first)).not.toContain('…');
    const head = first.slice(first.indexOf('Factura '), first.indexOf('FCT-2026/10457'));
    expect(head.match(/\(RON\)/g)).toHaveLength(6);
    expect(flat(head)).toMatch(/^Factura Scadența Valoare Plătit Note de Trecut Contestat Rest de Zile de/);
  });

  it('goes on at the body’s size after a page break (it was set in the running header’s small type)', () => {
    const words = pdfWords(bytes);
    const height = (w: { y0: number; y1: number }) => Math.round((w.y1 - w.y0) * 10) / 10;
    const body = words.find((w) => w.page === 1 && w.text === 'Stimate');
    const after = words.find((w) => w.text === 'scrisoare.' && w.page === 2);
    expect(body && after && height(after)).toBe(body && height(body));
  });
});

describe('a Romanian payment-plan agreement between two long names', () => {
  it('prints both parties’ names whole above their signature lines', () => {
    const instalments = Array.from({ length: 24 }, (_, k) => ({
      dueDate: `${2027 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-15`,
      amount: 8_184_619,
    }));
    const raw = flat(pdfRawText(pdf('payment-plan', { plan: { instalments } })));
    expect(raw).toContain(`Creditor ${firma.name} Data:`);
    expect(raw).toContain(`Debitor ${client} Data:`);
    // 24 × 81.846,19 = 1.964.308,56: what the table of page 2 sums to.
    expect(raw).toContain('Totalul ratelor 1.964.308,56 RON');
  });
});

describe('the payment box of a long Italian letter in euros', () => {
  it('captions the QR code under it, clear of the transfer reference beside it', () => {
    const words = pdfWords(pdf('reminder-1', {}, 'it'));
    const caption = words.filter((w) => ['Inquadri', 'banca'].includes(w.text));
    expect(caption).toHaveLength(2);
    // The code spans 156–189 mm from the left edge (33 mm wide, 1 mm inside the 190 mm margin).
    for (const w of caption) expect(w.x0).toBeGreaterThanOrEqual(155);
    // (In the box, beside the code: the list of every invoice under the box runs the page's width.)
    const bottom = Math.max(...caption.map((w) => w.y1));
    const reference = words.filter(
      (w) => w.text.startsWith('FCT-2026/') && w.page === caption[0]?.page && w.y0 < bottom,
    );
    expect(reference.length).toBeGreaterThan(0);
    for (const w of reference) expect(w.x1).toBeLessThan(155);
  });
});

describe('the sending method above the window address', () => {
  it('keeps the tracking number on one line of its own', () => {
    const lines = pdfText(pdf('final-notice', { tracking: 'RR 1234 5678 9 RO' }))
      .split('\n')
      .map((l) => l.trim());
    expect(lines).toContain('Scrisoare recomandată cu confirmare de primire');
    expect(lines).toContain('Număr de urmărire: RR 1234 5678 9 RO');
  });
});
