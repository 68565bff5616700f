// Italian elides the article before a date read with a vowel (otto, undici): "entro l’11/11/2026".
import { describe, expect, it } from 'vitest';
import { elideItalian } from '../../src/i18n/it-elision';

describe('Italian articles before a date', () => {
  it('drop their vowel before 8 and 11, and only there', () => {
    expect(elideItalian('ha promesso di pagare entro il 11/11/2026:')).toBe(
      'ha promesso di pagare entro l’11/11/2026:',
    );
    expect(elideItalian('dal 08/03/2026 al 11/03/2026')).toBe('dall’08/03/2026 all’11/03/2026');
    expect(elideItalian('entro il 01/12/2026, il 18/12/2026 e il 8 dicembre')).toBe(
      'entro il 01/12/2026, il 18/12/2026 e l’8 dicembre',
    );
    expect(elideItalian('il 11 fatture')).toBe('il 11 fatture');
  });

  it('and before a percentage read with a vowel (uno, otto, undici, ottanta, ottocento)', () => {
    expect(elideItalian('contate al 80%, poi al 1%, al 8,5 % e al 11%')).toBe(
      'contate all’80%, poi all’1%, all’8,5 % e all’11%',
    );
    expect(elideItalian('al 60%, al 18%, il 100% e al 801%')).toBe('al 60%, al 18%, il 100% e all’801%');
    expect(elideItalian('al 80 giorni')).toBe('al 80 giorni');
  });
});
