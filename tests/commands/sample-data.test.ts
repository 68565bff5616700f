import { describe, expect, it } from 'vitest';
import { generateSampleData } from '../../src/commands/sample-data';
import { agingBuckets } from '../../src/domain/aging';
import { buildLedgerIndex } from '../../src/domain/balance';

describe('sample data', () => {
  const asOf = '2026-11-23';
  const s = generateSampleData(asOf);

  it('is a realistic book: ~60 customers in seven countries, ~1,500 invoices over two years', () => {
    expect(s.customers.length).toBeGreaterThanOrEqual(55);
    expect(new Set(s.customers.map((c) => c.country))).toEqual(
      new Set(['IT', 'FR', 'RO', 'DK', 'DE', 'GB', 'US']),
    );
    expect(new Set(s.customers.map((c) => c.language))).toEqual(
      new Set(['it', 'fr', 'ro', 'da', 'de', 'en']),
    );
    expect(s.invoices.length).toBeGreaterThan(1200);
    expect(s.invoices.length).toBeLessThan(1800);
    expect(s.invoices.every((i) => i.issueDate <= asOf && i.issueDate >= '2024-11-23')).toBe(true);
  });

  it('has partial payments, credit notes, discounts taken, and open balances in every aging bucket', () => {
    const paymentsPerInvoice = new Map<string, number>();
    for (const p of s.payments)
      for (const a of p.allocations)
        paymentsPerInvoice.set(a.invoiceId, (paymentsPerInvoice.get(a.invoiceId) ?? 0) + 1);
    expect([...paymentsPerInvoice.values()].some((n) => n > 1)).toBe(true);
    expect(s.adjustments.some((a) => a.kind === 'credit-note')).toBe(true);
    expect(s.payments.some((p) => p.allocations.some((a) => (a.discount ?? 0) > 0))).toBe(true);
    const report = agingBuckets(s.invoices, asOf, { ledger: buildLedgerIndex(s.payments, s.adjustments) });
    const eur = report.totals.find((t) => t.currency === 'EUR');
    expect(eur?.amounts.every((a) => a > 0)).toBe(true);
  });

  it('is the same book for the same seed and date', () => {
    expect(generateSampleData(asOf)).toEqual(s);
  });
});

describe('the sample book in the user’s language', () => {
  it('writes its notes, descriptions and contact log in the words it is given', () => {
    const ro = generateSampleData('2026-11-30', 7, {
      chronicNote: 'Plătește des cu întârziere.',
      descriptions: ['Mărfuri', 'Consultanță', 'Întreținere', 'Materiale', 'Instalare'],
      reminderSent: 'Memento trimis',
      call: 'Discuție',
      promise: 'Promisiune',
      outcomeSent: 'trimis',
      outcomePromise: 'promisiune de plată',
      paymentReference: 'Factura {number}',
    });
    const words = new Set(['Mărfuri', 'Consultanță', 'Întreținere', 'Materiale', 'Instalare']);
    expect(ro.invoices.every((i) => words.has(i.description ?? ''))).toBe(true);
    expect(new Set(ro.activities.map((a) => a.text))).toEqual(
      new Set(['Memento trimis', 'Discuție', 'Promisiune']),
    );
    expect(new Set(ro.activities.map((a) => a.outcome).filter(Boolean))).toEqual(
      new Set(['trimis', 'promisiune de plată']),
    );
    expect(ro.customers.some((c) => c.notes === 'Plătește des cu întârziere.')).toBe(true);
    const refs = ro.payments.map((p) => p.reference).filter(Boolean);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => /^Factura \S+$/.test(r ?? ''))).toBe(true);
    // Same seed, other words: the same book otherwise.
    const en = generateSampleData('2026-11-30', 7);
    expect(en.invoices.map((i) => [i.id, i.amount, i.dueDate])).toEqual(
      ro.invoices.map((i) => [i.id, i.amount, i.dueDate]),
    );
  });
});

describe('sample data in Romanian', () => {
  it('writes ș ț with the comma below, never the cedilla forms ş ţ a Romanian reader sees as wrong', () => {
    const s = generateSampleData('2026-11-23');
    const texts = s.customers.flatMap((c) => [c.name, c.address ?? '', c.notes ?? '']).join('\n');
    expect(texts).toContain('Țara');
    expect(texts).not.toMatch(/[şţŞŢ]/);
  });
});
