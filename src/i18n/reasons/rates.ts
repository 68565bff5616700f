// Words for problems in a (user-edited) reference-rate table.
import type { RateTableProblem } from '../../domain/rates/lookup';
import type { LanguageTexts } from './types';

export type { RateTableProblem };

export const ratesTexts: LanguageTexts<RateTableProblem> = {
  en: {
    'rates.not-a-date': (p) => `${p.table}: ${p.value} is not a date.`,
    'rates.duplicate-row': (p, f) => `${p.table}: two rows from ${f.date(p.from)}.`,
    'rates.half-year-start': (p, f) =>
      `${p.table}: the half-year row ${f.date(p.from)} must start on 1 January or 1 July.`,
    'rates.not-decimal': (p, f) =>
      `${p.table}: the rate ${p.value} of ${f.date(p.from)} is not a plain decimal.`,
  },
  it: {
    'rates.not-a-date': (p) => `${p.table}: ${p.value} non è una data.`,
    'rates.duplicate-row': (p, f) => `${p.table}: due righe dal ${f.date(p.from)}.`,
    'rates.half-year-start': (p, f) =>
      `${p.table}: la riga semestrale ${f.date(p.from)} deve iniziare il 1° gennaio o il 1° luglio.`,
    'rates.not-decimal': (p, f) =>
      `${p.table}: il tasso ${p.value} del ${f.date(p.from)} non è un decimale semplice.`,
  },
  fr: {
    'rates.not-a-date': (p) => `${p.table} : ${p.value} n’est pas une date.`,
    'rates.duplicate-row': (p, f) => `${p.table} : deux lignes à partir du ${f.date(p.from)}.`,
    'rates.half-year-start': (p, f) =>
      `${p.table} : la ligne semestrielle ${f.date(p.from)} doit commencer le 1er janvier ou le 1er juillet.`,
    'rates.not-decimal': (p, f) =>
      `${p.table} : le taux ${p.value} du ${f.date(p.from)} n’est pas un nombre décimal simple.`,
  },
  ro: {
    'rates.not-a-date': (p) => `${p.table}: ${p.value} nu este o dată.`,
    'rates.duplicate-row': (p, f) => `${p.table}: două rânduri de la ${f.date(p.from)}.`,
    'rates.half-year-start': (p, f) =>
      `${p.table}: rândul semestrial ${f.date(p.from)} trebuie să înceapă la 1 ianuarie sau 1 iulie.`,
    'rates.not-decimal': (p, f) =>
      `${p.table}: rata ${p.value} din ${f.date(p.from)} nu este un număr zecimal simplu.`,
  },
  da: {
    'rates.not-a-date': (p) => `${p.table}: ${p.value} er ikke en dato.`,
    'rates.duplicate-row': (p, f) => `${p.table}: to rækker fra ${f.date(p.from)}.`,
    'rates.half-year-start': (p, f) =>
      `${p.table}: halvårsrækken ${f.date(p.from)} skal begynde 1. januar eller 1. juli.`,
    'rates.not-decimal': (p, f) =>
      `${p.table}: satsen ${p.value} fra ${f.date(p.from)} er ikke et almindeligt decimaltal.`,
  },
  de: {
    'rates.not-a-date': (p) => `${p.table}: ${p.value} ist kein Datum.`,
    'rates.duplicate-row': (p, f) => `${p.table}: zwei Zeilen ab ${f.date(p.from)}.`,
    'rates.half-year-start': (p, f) =>
      `${p.table}: die Halbjahreszeile ${f.date(p.from)} muss am 1. Januar oder 1. Juli beginnen.`,
    'rates.not-decimal': (p, f) =>
      `${p.table}: der Satz ${p.value} vom ${f.date(p.from)} ist keine einfache Dezimalzahl.`,
  },
};
