// A Danish reminder's step reads as one name and its channel, not as two asides: the level's own name
// has a parenthesis ("Betalingspåmindelse (rykker 1)").
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReasons } from '../../src/i18n/reasons/lazy';
import { reasonText } from '../../src/i18n/reasons/index';
import { stepText } from '../../src/ui/dashboard/format';

describe('a dunning step with its channel', () => {
  beforeAll(() => loadReasons());

  it('names the Danish first reminder and its channel without "(rykker 1) (brev)"', () => {
    expect(stepText({ kind: 'letter', level: 'reminder-1', channel: 'letter' }, 'da')).toBe(
      'Betalingspåmindelse (rykker 1), brev',
    );
    expect(
      reasonText(
        {
          code: 'collections.reason.step',
          params: { level: 'reminder-1', channel: 'letter', since: '2026-05-20' },
        },
        'da',
        'DK',
      ),
    ).toBe('Betalingspåmindelse (rykker 1) som brev skal ske fra 20.05.2026');
  });

  it('keeps the channel in parentheses where the level has none', () => {
    expect(stepText({ kind: 'letter', level: 'reminder-1', channel: 'letter' }, 'de')).toBe(
      'Zahlungserinnerung (Brief)',
    );
    expect(stepText({ kind: 'letter', level: 'reminder-2', channel: 'letter' }, 'da')).toBe(
      'Rykker 2 (brev)',
    );
  });
});
