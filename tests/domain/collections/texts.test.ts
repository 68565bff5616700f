import { describe, expect, it } from 'vitest';
import { collectionsTexts } from '../../../src/i18n/reasons/collections';
import { reasonText } from '../../../src/i18n/reasons/index';
import type { Language } from '../../../src/domain/types';

const LANGUAGES: Language[] = ['en', 'it', 'fr', 'ro', 'da', 'de'];

describe('collections reasons in words', () => {
  it('has a text for every collections code in all six languages, never empty', () => {
    const codes = Object.keys(collectionsTexts.en);
    expect(codes.length).toBeGreaterThan(90);
    for (const l of LANGUAGES) expect(Object.keys(collectionsTexts[l]).sort()).toEqual([...codes].sort());
    for (const code of [
      'collections.level.final-notice',
      'collections.write-off.settlement',
      'collections.check.credit-report',
    ])
      for (const l of LANGUAGES) expect(reasonText({ code } as never, l).length).toBeGreaterThan(3);
  });

  it('uses the trade’s own words for the steps (rules.md §5)', () => {
    const finalNotice = { code: 'collections.level.final-notice' } as const;
    expect(LANGUAGES.map((l) => reasonText(finalNotice, l))).toEqual([
      'Final notice',
      'Lettera di messa in mora',
      'Mise en demeure de payer',
      'Somație de plată',
      'Inkassovarsel',
      'Letzte Mahnung',
    ]);
  });

  it('formats amounts and dates in the language', () => {
    const r = {
      code: 'collections.reason.overdue',
      params: { count: 2, amount: 123_456, currency: 'EUR', days: 24 },
    } as const;
    expect(reasonText(r, 'en')).toBe('2 overdue invoices, €1,234.56, the oldest 24 days late');
    expect(reasonText(r, 'de', 'DE').replace(/\s/g, ' ')).toBe(
      '2 überfällige Rechnungen, 1.234,56 €, die älteste 24 Tage überfällig',
    );
    expect(reasonText(r, 'ro', 'RO').replace(/\s/g, ' ')).toBe(
      '2 facturi restante, 1.234,56 EUR, cea mai veche întârziată cu 24 de zile',
    );
    const fee = {
      code: 'collections.reason.fee-limited',
      params: { limit: 'capped', amount: 10_000, currency: 'DKK' },
    } as const;
    expect(reasonText(fee, 'da', 'DK').replace(/\s/g, ' ')).toBe(
      'Rykkergebyret er efter dansk ret højst 100,00 kr.',
    );
    const soon = {
      code: 'collections.cadence.too-soon',
      params: { last: '2026-03-07', days: 3, min: 7, nextAllowed: '2026-03-14' },
    } as const;
    expect(reasonText(soon, 'it', 'IT')).toBe(
      'Ultimo contatto 3 giorni fa; la politica ne consente uno ogni 7 giorni (prossimo dal 14/03/2026)',
    );
  });
});
