// The weekly report's claim lines in a currency's section: each claim in the currency it is in, never
// added across currencies, and no zero line in the section's currency beside a claim held in another.
import { describe, expect, it } from 'vitest';
import { claimLines } from '../../src/ui/dashboard/weekly-report';

const claim = (currency: string, interest: number, compensation: number) => ({
  currency,
  interest: { total: interest, incomplete: 0 },
  compensation,
  invoices: 1,
});

describe('weekly report: claim lines of a section', () => {
  it("a Danish seller's EUR section: the interest in EUR, the compensation only as the kr. it is in", () => {
    // EUR invoices under Danish law: interest 12.34 EUR; compensation 310 kr. each for two invoices.
    expect(claimLines([claim('EUR', 1234, 0), claim('DKK', 0, 62_000)], 'EUR')).toEqual([
      { kind: 'interest', amount: 1234, currency: 'EUR' },
      { kind: 'compensation', amount: 62_000, currency: 'DKK' },
    ]);
  });

  it('a section with nothing claimable says so once per kind, in its own currency', () => {
    expect(claimLines([claim('EUR', 0, 0)], 'EUR')).toEqual([
      { kind: 'interest', amount: 0, currency: 'EUR' },
      { kind: 'compensation', amount: 0, currency: 'EUR' },
    ]);
  });

  it('claims in both currencies are both listed, never added', () => {
    // RON invoices: interest in lei, and Romania's 40 EUR a late invoice (three invoices) in EUR.
    expect(claimLines([claim('RON', 50_000, 0), claim('EUR', 0, 12_000)], 'RON')).toEqual([
      { kind: 'interest', amount: 50_000, currency: 'RON' },
      { kind: 'compensation', amount: 12_000, currency: 'EUR' },
    ]);
  });
});
