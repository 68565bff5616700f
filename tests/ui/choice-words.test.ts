import { describe, expect, it } from 'vitest';
import { choiceWords, toCodes } from '../../src/ui/state/choice-words';

describe('choice columns in the interface language', () => {
  const italian: Record<string, string> = { letter: 'Lettera', call: 'Telefonata', yes: 'sì', no: 'no' };
  const kinds = choiceWords(['letter', 'call'] as const, (k) => italian[k] as string);
  const yesNo = choiceWords(['yes', 'no'] as const, (k) => italian[k] as string);

  it('shows the words, keeps the codes beside them', () => {
    expect(kinds.choices).toEqual(['Lettera', 'Telefonata']);
    expect(kinds.codes).toEqual(['letter', 'call']);
    expect(kinds.word('call')).toBe('Telefonata');
  });

  it('turns a picked or typed word back into its code, whatever its case, before the command reads it', () => {
    const cells = toCodes(
      [
        { key: 'a1', columnId: 'kind', text: 'telefonata ' },
        { key: 'a2', columnId: 'kept', text: 'Sì' },
        { key: 'a3', columnId: 'notes', text: 'Lettera' },
        { key: 'a4', columnId: 'kind', text: 'letter' },
      ],
      { kind: kinds, kept: yesNo },
    );
    expect(cells.map((c) => c.text)).toEqual(['call', 'yes', 'Lettera', 'letter']);
  });
});
