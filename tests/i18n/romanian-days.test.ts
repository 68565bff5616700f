// Romanian counts of days take "de" from 20 on and the singular for one: "1 zi", "10 zile",
// "30 de zile" — in payment terms, the backup reminder and the discount-period warning.
import { afterEach, describe, expect, it } from 'vitest';
import { formatTerms } from '../../src/i18n/terms';
import { parseTerms } from '../../src/domain/terms';
import { plural, useLanguage } from '../../src/i18n';
import { reasonText } from '../../src/i18n/reasons';
import type { PaymentTerms } from '../../src/domain/types';

afterEach(async () => {
  await useLanguage('en', 'GB');
});

describe('days in Romanian', () => {
  it('writes payment terms with "zi", "zile" and "de zile" as Romanian counts them', () => {
    const cases: [PaymentTerms, string][] = [
      [{ type: 'net', days: 1 }, '1 zi'],
      [{ type: 'net', days: 10 }, '10 zile'],
      [{ type: 'net', days: 30 }, '30 de zile'],
      [{ type: 'net', days: 101 }, '101 zile'],
      [{ type: 'eom', days: 20 }, '20 de zile de la sfârșitul lunii'],
      [
        {
          type: 'net',
          days: 60,
          discounts: [
            { percent: 2, days: 10 },
            { percent: 1, days: 20 },
          ],
        },
        'scont 2% în 10 zile, scont 1% în 20 de zile, 60 de zile',
      ],
    ];
    for (const [terms, text] of cases) {
      expect(formatTerms(terms, 'ro')).toBe(text);
      // What is written is read back as the same terms.
      expect(parseTerms(text)).toMatchObject({ type: terms.type, days: terms.days });
    }
  });

  it('counts the days since the last backup', async () => {
    await useLanguage('ro', 'RO');
    expect(plural(1, 'backup.reminder')).toBe('Nicio copie de siguranță de 1 zi');
    expect(plural(14, 'backup.reminder')).toBe('Nicio copie de siguranță de 14 zile');
    expect(plural(45, 'backup.reminder')).toBe('Nicio copie de siguranță de 45 de zile');
    await useLanguage('en', 'GB');
    expect(plural(1, 'backup.reminder')).toBe('No backup for 1 day');
    expect(plural(45, 'backup.reminder')).toBe('No backup for 45 days');
  });

  it('says when a discount period ends after the due date', () => {
    const text = reasonText(
      { code: 'terms.discount-after-due', kind: 'sanity', params: { discountDays: 40, netDays: 30 } },
      'ro',
    );
    expect(text).toBe('Perioada de scont (40 de zile) se încheie după scadență (30 de zile).');
  });
});
