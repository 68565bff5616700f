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
});
