// The hint beside a refused date names the form the grid reads in the interface locale: month first
// in en-US, day first elsewhere, and ISO always. Expected texts are written by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { dateFormats, sayWithFormats } from '../../src/ui/state/format-hints';
import { useLanguage } from '../../src/i18n';

afterEach(async () => {
  await useLanguage('en', 'GB');
});

describe('the accepted date formats', () => {
  it('name the locale’s own short date and ISO', async () => {
    await useLanguage('en', 'US');
    expect(dateFormats()).toBe('12/31/2026 or 2026-12-31');
    await useLanguage('en', 'GB');
    expect(dateFormats()).toBe('31/12/2026 or 2026-12-31');
    await useLanguage('it', 'IT');
    expect(dateFormats()).toBe('31/12/2026 o 2026-12-31');
    await useLanguage('de', 'DE');
    expect(dateFormats()).toBe('31.12.2026 oder 2026-12-31');
  });

  it('follow a refused date in the message', async () => {
    await useLanguage('en', 'US');
    expect(sayWithFormats({ code: 'invoices.edit.notDate', params: { value: '31/12/2026' } })).toBe(
      'Not a date: "31/12/2026". Accepted: 12/31/2026 or 2026-12-31.',
    );
  });
});
