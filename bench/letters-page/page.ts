// The letters benchmark page (bench/letters.mjs builds and drives it): N customers in six languages,
// each with overdue invoices and some part payments, made into one PDF by the app's own letters
// module; and the floor, plain jsPDF with the same embedded font writing as many text lines.
import { jsPDF } from 'jspdf';
import type { Customer, Invoice, LetterKind, Payment } from '../../src/domain/types';
import { buildLedgerIndex } from '../../src/domain/balance';
import { letterContent } from '../../src/letters/content';
import { FONT, embedFonts } from '../../src/letters/draw/fonts';
import { loadFonts } from '../../src/letters/draw/fonts-browser';
import { drawLetters } from '../../src/letters/draw/pdf';
import { letterInputFor } from '../../src/letters/input';

const LANGS = [
  ['it', 'IT', 'Rossi Costruzioni Srl'],
  ['fr', 'FR', 'Dupont Transports SARL'],
  ['ro', 'RO', 'Țăranu Logistică SRL'],
  ['da', 'DK', 'Søren Æblegård ApS'],
  ['de', 'DE', 'Müller Bau GmbH'],
  ['en', 'GB', 'Smith Trading Ltd'],
] as const;

const company = {
  name: 'Ferro & Figli Srl',
  address: 'Via Garibaldi 8\n20121 Milano',
  taxId: 'IT01234567890',
  iban: 'IT60X0542811101000000123456',
  bic: 'BPMOIT22XXX',
  email: 'amministrazione@ferrofigli.it',
  phone: '+39 02 1234567',
  baseCurrency: 'EUR',
  country: 'IT',
  language: 'it' as const,
};

function records(n: number) {
  const customers: Customer[] = [];
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  for (let c = 0; c < n; c++) {
    const [language, country, name] = LANGS[c % LANGS.length] as (typeof LANGS)[number];
    const id = `c${c}`;
    customers.push({
      id,
      name: `${name} ${c + 1}`,
      address: 'Strada Exemplu 1\n400015 Cluj-Napoca',
      country,
      language,
      currency: 'EUR',
      debtor: 'business',
      creditHold: false,
      createdAt: '2024-01-01',
    });
    for (let k = 0; k < 3 + (c % 4); k++) {
      const inv = `${id}-${k}`;
      invoices.push({
        id: inv,
        number: `F-2024-${String(c * 10 + k).padStart(5, '0')}`,
        customerId: id,
        issueDate: '2024-01-15',
        dueDate: `2024-0${2 + (k % 4)}-15`,
        currency: 'EUR',
        amount: 50_000 + ((c * 7919 + k * 104729) % 900_000),
      });
      if (k === 1)
        payments.push({
          id: `p${inv}`,
          date: '2024-05-20',
          amount: 20_000,
          currency: 'EUR',
          customerId: id,
          allocations: [{ invoiceId: inv, amount: 20_000 }],
        });
    }
  }
  return { customers, invoices, payments };
}

async function runLetters(n: number, kind: LetterKind) {
  const fonts = await loadFonts();
  const data = records(n);
  const byCustomer = new Map<string, Invoice[]>();
  for (const i of data.invoices) byCustomer.set(i.customerId, [...(byCustomer.get(i.customerId) ?? []), i]);
  const t0 = performance.now();
  const ledger = buildLedgerIndex(data.payments, []);
  const contents = data.customers.map((customer) =>
    letterContent(
      letterInputFor(
        {
          company,
          customer,
          invoices: byCustomer.get(customer.id) ?? [],
          payments: [],
          adjustments: [],
          ledger,
        },
        { kind, date: '2024-06-30' },
      ),
    ),
  );
  const t1 = performance.now();
  const bytes = await drawLetters(contents, fonts, { onProgress: () => {} });
  const t2 = performance.now();
  return { n, content: t1 - t0, draw: t2 - t1, total: t2 - t0, bytes: bytes.length };
}

/** Plain jsPDF, the same font embedded, `lines` text lines a page: what any letter costs at least. */
async function runFloor(n: number, lines: number) {
  const fonts = await loadFonts();
  const t0 = performance.now();
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  embedFonts(doc, fonts);
  for (let p = 0; p < n; p++) {
    if (p > 0) doc.addPage();
    doc.setFont(FONT, 'normal');
    doc.setFontSize(10);
    for (let l = 0; l < lines; l++)
      doc.text(
        `Țăranu Logistică SRL ${p} · rând ${l}: factura F-2024-${l} 1.234,56 € scadentă`,
        25,
        15 + l * 6,
      );
  }
  const bytes = doc.output('arraybuffer').byteLength;
  return { n, total: performance.now() - t0, bytes };
}

Object.assign(window, { runLetters, runFloor });
