import { describe, expect, it } from 'vitest';
import { REASON_TABLES, reasonText, formatterFor } from '../../src/i18n/reasons/index';
import type { Language } from '../../src/domain/types';

const LANGUAGES: Language[] = ['en', 'it', 'fr', 'ro', 'da', 'de'];

describe('reason texts', () => {
  it('has a text for every code in every interface language', () => {
    for (const table of REASON_TABLES) {
      const codes = Object.keys(table.en).sort();
      expect(codes.length).toBeGreaterThan(0);
      for (const lang of LANGUAGES) expect(Object.keys(table[lang]).sort(), lang).toEqual(codes);
    }
  });

  it('uses comma-below ș ț in Romanian reason texts, never the cedilla forms', () => {
    const src = REASON_TABLES.flatMap((t) => Object.values(t.ro).map((fn) => String(fn)));
    expect(src.join('\n')).not.toMatch(/[şţŞŢ]/);
  });

  it('puts a status and an aging bucket into the requested language', () => {
    expect(reasonText({ code: 'status.overdue' }, 'it')).toBe('Scaduta');
    expect(reasonText({ code: 'bucket.range', params: { from: 31, to: 60 } }, 'de')).toBe('31–60 Tage');
    expect(reasonText({ code: 'bucket.over', params: { from: 121 } }, 'ro')).toBe('Peste 120 de zile');
    expect(reasonText({ code: 'bucket.range', params: { from: 1, to: 15 } }, 'ro')).toBe('1–15 zile');
  });

  it('formats money, dates and percentages in the language’s locale', () => {
    const it_ = formatterFor('it', 'IT');
    expect(it_.percent(10.4)).toMatch(/^10,40\s?%$/);
    expect(it_.date('2024-03-15')).toBe('15/03/2024');
    expect(formatterFor('de', 'DE').money(123456, 'EUR')).toMatch(/^1\.234,56\s€$/);
  });

  it('says why month first was assumed for an American file whose dates read both ways', () => {
    const note = {
      code: 'csv.note.date-ambiguous',
      params: { chosen: 'month', because: 'us-address' },
    } as const;
    expect(reasonText(note, 'en')).toBe(
      'Every date fits both day/month orders; month-first assumed (the file gives a US address) — please confirm',
    );
    expect(reasonText(note, 'de')).toBe(
      'Jedes Datum passt in beiden Reihenfolgen Tag/Monat; Monat zuerst angenommen (die Datei enthält eine US-Adresse) — bitte bestätigen',
    );
    expect(reasonText({ ...note, params: { chosen: 'month', because: 'us-bank' } }, 'it')).toBe(
      'Ogni data vale in entrambi gli ordini giorno/mese; si assume il mese prima (le colonne sono quelle di una banca statunitense) — da confermare',
    );
    expect(reasonText({ code: 'csv.note.date-ambiguous', params: { chosen: 'day' } }, 'da')).toBe(
      'Alle datoer passer med begge rækkefølger; dag først antaget — bekræft venligst',
    );
  });
});
