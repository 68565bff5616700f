import { describe, expect, it } from 'vitest';
import { countryWords, languageInText, languageWords } from '../../src/ui/state/country-words';
import { toCodes } from '../../src/ui/state/choice-words';

describe('countries by name in the interface language', () => {
  it('shows Italian, Romanian and German names for the stored codes', () => {
    const italian = countryWords('it-IT');
    expect(italian.word('IT')).toBe('Italia');
    expect(italian.word('DE')).toBe('Germania');
    expect(italian.word('GB')).toBe('Regno Unito');
    const romanian = countryWords('ro-RO');
    expect(romanian.word('RO')).toBe('România');
    expect(romanian.word('IT')).toBe('Italia');
    expect(romanian.word('DE')).toBe('Germania');
    expect(countryWords('de-DE').word('DK')).toBe('Dänemark');
    expect(countryWords('fr-FR').word('DE')).toBe('Allemagne');
    expect(countryWords('da-DK').word('DE')).toBe('Tyskland');
  });

  it('lists each country once, sorted by its name, and keeps an unknown code as it is', () => {
    const italian = countryWords('it-IT');
    expect(italian.codes).toHaveLength(250);
    expect(new Set(italian.choices).size).toBe(250);
    const at = (name: string) => italian.choices.indexOf(name);
    // Austria before Belgio before Francia before Germania, as an Italian reads them.
    expect(at('Austria')).toBeLessThan(at('Belgio'));
    expect(at('Belgio')).toBeLessThan(at('Francia'));
    expect(at('Francia')).toBeLessThan(at('Germania'));
    expect(italian.word('QQ')).toBe('QQ');
  });

  it('reads a picked or typed name back to its code; a typed code stays a code', () => {
    const cells = toCodes(
      [
        { key: 'c1', columnId: 'country', text: 'Germania' },
        { key: 'c2', columnId: 'country', text: 'regno unito' },
        { key: 'c3', columnId: 'country', text: 'FR' },
      ],
      { country: countryWords('it-IT') },
    );
    expect(cells.map((c) => c.text)).toEqual(['DE', 'GB', 'FR']);
  });
});

describe('the countries a book uses', () => {
  it('come first, by name, then every other country by name', () => {
    const italian = countryWords('it-IT', ['RO', 'IT', 'FR', 'IT', 'QQ']);
    expect(italian.choices.slice(0, 4)).toEqual(['Francia', 'Italia', 'Romania', 'Afghanistan']);
    expect(italian.codes.slice(0, 3)).toEqual(['FR', 'IT', 'RO']);
    expect(italian.codes).toHaveLength(250);
    expect(italian.codes.filter((c) => c === 'IT')).toHaveLength(1);
  });
});

describe('languages by name in the interface language', () => {
  it('names the letter languages in Italian and Romanian, capitalised, and reads a typed name back', () => {
    const italian = languageWords('it-IT');
    expect(italian.word('it')).toBe('Italiano');
    expect(italian.word('ro')).toBe('Rumeno');
    expect(italian.word('de')).toBe('Tedesco');
    const romanian = languageWords('ro-RO');
    expect(romanian.word('ro')).toBe('Română');
    expect(romanian.word('da')).toBe('Daneză');
    expect(languageWords('en-GB').word('fr')).toBe('French');
    expect(toCodes([{ key: 'c1', columnId: 'language', text: 'rumeno' }], { language: italian })).toEqual([
      { key: 'c1', columnId: 'language', text: 'ro' },
    ]);
  });
});

describe('a language named inside a sentence', () => {
  it('keeps the lower case Italian and Romanian write', () => {
    expect(languageInText('it-IT', 'ro')).toBe('rumeno');
    expect(languageInText('ro-RO', 'it')).toBe('italiană');
    expect(languageInText('en-GB', 'da')).toBe('Danish');
  });
});
