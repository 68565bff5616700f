// Dates that cannot be meant: a day its month does not have (2026-02-31, 31/02/2026) is said so, and a
// year far back or ahead (9999) is a problem on its row, not a due date moved to it.
import { describe, expect, it } from 'vitest';
import { rowErrorReason } from '../../src/csv/row-reason';
import { reasonText } from '../../src/i18n/reasons';
import { convertRows } from '../fixtures/import-context';

const convert = (rows: string[][], dateFormat: string) =>
  convertRows(rows, { format: { decimalSeparator: '.', dateFormat } });

const said = (r: ReturnType<typeof convert>, language: 'en' | 'it' | 'fr' | 'ro' | 'da' | 'de' = 'en') =>
  r.errors.map((e) => reasonText(rowErrorReason(e, 'dates.csv'), language, 'GB'));

describe('dates that do not exist', () => {
  it('says the day does not exist in its month, for ISO and day-first dates', () => {
    // The tester's dates.csv (ISO) and dates_dmy_impossible.csv (day first).
    const iso = convert(
      [
        ['D-2', 'Date Co', '2026-02-29', '2026-03-01', '10.00', 'GBP'],
        ['D-3', 'Date Co', '2026-02-31', '2026-03-01', '10.00', 'GBP'],
        ['D-4', 'Date Co', '2024-02-29', '2024-04-31', '10.00', 'GBP'],
      ],
      'yyyy-mm-dd',
    );
    expect(said(iso)).toEqual([
      'dates.csv, line 2, column 3 (Invoice date): Issue date: "2026-02-29" is a day that does not exist: February 2026 has 28 days',
      'dates.csv, line 3, column 3 (Invoice date): Issue date: "2026-02-31" is a day that does not exist: February 2026 has 28 days',
      'dates.csv, line 4, column 4 (Due date): Due date: "2024-04-31" is a day that does not exist: April 2024 has 30 days',
    ]);
    const dmy = convert(
      [
        ['E-1', 'Date Co', '15/01/2026', '14/02/2026', '10.00', 'GBP'],
        ['E-2', 'Date Co', '31/02/2026', '14/03/2026', '10.00', 'GBP'],
      ],
      'dd/mm/yyyy',
    );
    expect(dmy.status).toEqual(['new', 'error']);
    expect(dmy.errors).toEqual([
      {
        line: 3,
        column: 3,
        columnName: 'Invoice date',
        code: 'impossible-date',
        params: { value: '31/02/2026', field: 'issueDate', year: 2026, month: 2, days: 28 },
      },
    ]);
    expect(said(dmy, 'it')[0]).toBe(
      'dates.csv, riga 3, colonna 3 (Invoice date): Data fattura: "31/02/2026" è un giorno che non esiste: febbraio 2026 ha 28 giorni',
    );
  });

  it("still says a value of another shape is not a date in the file's format", () => {
    const r = convert([['D-1', 'Date Co', '10 Jan 2026', '2026-03-01', '10.00', 'GBP']], 'yyyy-mm-dd');
    expect(r.errors.map((e) => e.code)).toEqual(['unparseable-date']);
  });
});

describe('dates too far back or ahead to be meant', () => {
  it('refuses a year 9999 or 0 on its row, and moves no due date to it', () => {
    const r = convert(
      [
        ['D-6', 'Date Co', '0000-01-01', '2026-03-01', '10.00', 'GBP'],
        ['D-7', 'Date Co', '9999-12-31', '2026-03-01', '10.00', 'GBP'],
        ['D-8', 'Date Co', '2026-01-10', '2077-01-01', '10.00', 'GBP'],
        ['D-9', 'Date Co', '1899-12-31', '1900-01-31', '10.00', 'GBP'],
        ['D-10', 'Date Co', '1900-01-01', '2076-03-31', '10.00', 'GBP'],
      ],
      'yyyy-mm-dd',
    );
    expect(r.status).toEqual(['error', 'error', 'error', 'error', 'new']);
    expect(r.invoices.map((i) => [i.number, i.issueDate, i.dueDate])).toEqual([
      ['D-10', '1900-01-01', '2076-03-31'],
    ]);
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'date-out-of-range'],
      [3, 'date-out-of-range'],
      [4, 'date-out-of-range'],
      [5, 'date-out-of-range'],
    ]);
    expect(said(r)[1]).toBe(
      'dates.csv, line 3, column 3 (Invoice date): Issue date: "9999-12-31" is too far from today to be meant: dates from 01/01/1900 to 31/03/2076 are read',
    );
    expect(said(r, 'de')[1]).toBe(
      'dates.csv, Zeile 3, Spalte 3 (Invoice date): Rechnungsdatum: „9999-12-31“ liegt zu weit von heute entfernt, um gemeint zu sein: gelesen werden Daten vom 01.01.1900 bis 31.03.2076',
    );
  });
});
