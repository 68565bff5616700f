import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { it as itCatalog } from '../../src/i18n/it';
import { fr } from '../../src/i18n/fr';
import { ro } from '../../src/i18n/ro';
import { da } from '../../src/i18n/da';
import { de } from '../../src/i18n/de';
import { t, useLanguage } from '../../src/i18n/index';
import { parseTerms } from '../../src/domain/terms';

const CATALOGS = { it: itCatalog, fr, ro, da, de } as const;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface translations', () => {
  it.each(Object.entries(CATALOGS))(
    '%s has every English key, the same placeholders, and is really translated',
    (_, catalog) => {
      const keys = Object.keys(en) as (keyof typeof en)[];
      expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
      let same = 0;
      for (const key of keys) {
        const text = catalog[key];
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(en[key]));
        if (text === en[key]) same++;
      }
      // Product name, symbols, formats and keyboard names stay as they are; the rest is translated.
      expect(same / keys.length).toBeLessThan(0.15);
    },
  );

  it('leaves in English, in Italian and Romanian, only words those languages use as they are', () => {
    // Names, codes, formats and loanwords; a new English text left untranslated fails here
    // ("Escalation" stood as a heading of the Italian customer page).
    const asIs: Record<'it' | 'ro', string[]> = {
      it: [
        'Overdue',
        'no',
        'Ctrl+Z',
        'Ctrl+Y',
        'IBAN',
        'BIC',
        'Email',
        'Backup',
        'Logo',
        'YYYY-MM-DD',
        'CEI',
        'File',
        'US Letter',
        'CSV',
        '{file} — {kind}, {date}',
        '{rows} · {column}: {sums}',
      ],
      ro: [
        'Overdue',
        'Import',
        'Ctrl+Z',
        'Ctrl+Y',
        'IBAN',
        'BIC',
        'Separator',
        'tab',
        'YYYY-MM-DD',
        'Debit',
        'Credit',
        'Total',
        'CEI',
        'US Letter',
        'Text',
        'Contact',
        'Creditor',
        '{file} — {kind}, {date}',
        '{count} incomplete',
        'CSV',
        '{rows} · {column}: {sums}',
      ],
    };
    for (const [lang, catalog] of [
      ['it', itCatalog],
      ['ro', ro],
    ] as const) {
      const english = (Object.keys(en) as (keyof typeof en)[]).filter(
        (k) => catalog[k] === en[k] && /\p{L}{2}/u.test(en[k]) && !asIs[lang].includes(en[k]),
      );
      expect(english, lang).toEqual([]);
    }
  });

  it('shows as the example of payment terms what the terms field reads, in each language', () => {
    for (const catalog of [en, ...Object.values(CATALOGS)])
      expect(parseTerms(catalog['customer.termsPlaceholder'])).toEqual({ type: 'net', days: 30 });
    expect(itCatalog['customer.termsPlaceholder']).not.toBe(en['customer.termsPlaceholder']);
  });

  it('uses comma-below ș ț in Romanian, never the cedilla forms', () => {
    expect(Object.values(ro).join(' ')).not.toMatch(/[şţŞŢ]/);
  });

  it('switches the interface language, falling back to English for nothing', async () => {
    await useLanguage('it', 'IT');
    expect(t('nav.invoices')).toBe(itCatalog['nav.invoices']);
    expect(t('status.invoices', { count: '3' })).toContain('3');
    await useLanguage('en', 'GB');
    expect(t('nav.invoices')).toBe('Invoices');
  });
});
