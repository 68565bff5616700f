import { describe, expect, it } from 'vitest';
import { rateSourceText } from '../../src/i18n/rate-sources';
import { defaultRateTables as RATE_TABLES } from '../../src/domain/rates/index';
import { LANGUAGES } from '../../src/domain/types';

describe('where the reference rates come from, in the interface language', () => {
  it('has no English glue in the Italian and Romanian Settings', () => {
    for (const language of ['it', 'ro'] as const) {
      for (const id of Object.keys(RATE_TABLES) as (keyof typeof RATE_TABLES)[]) {
        const text = rateSourceText(id, RATE_TABLES[id].source, language);
        expect(text, `${language} ${id}`).not.toMatch(
          /\b(communications|cross-checked|partial list|published by|history)\b/,
        );
      }
    }
    expect(rateSourceText('ecb', RATE_TABLES.ecb.source, 'it')).toContain('Comunicati del MEF');
    expect(rateSourceText('bnr', RATE_TABLES.bnr.source, 'ro')).toContain('listă parțială');
  });

  it('keeps an authority’s own wording as stored, in every language', () => {
    for (const language of LANGUAGES)
      expect(rateSourceText('basiszins', RATE_TABLES.basiszins.source, language)).toBe(
        RATE_TABLES.basiszins.source,
      );
  });
});
