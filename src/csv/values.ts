// Cell-level recognisers: numbers, dates, summary lines, header labels. Used on the sniffed sample and by
// the mapping suggester; the row reader only uses the cheap summary test.

import { isCurrencyCode } from '../domain/money';
import { monthFromName } from '../domain/dates';
import type { ColumnType, CsvNote, DecimalSeparator } from './types';

/**
 * Lower-case, no diacritics, camelCase split, letters/digits/# separated by single spaces:
 * "N° Facture" → "n facture", "InvoiceNumber" → "invoice number", "Beløb" → "belob".
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/œ/g, 'oe')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------------------
// Summary, total and balance lines ("Saldo", "Totale", "Sold final", "Closing balance", "I alt").

const SUMMARY_PHRASES = [
  // en
  'total',
  'totals',
  'grand total',
  'subtotal',
  'sub total',
  'total due',
  'total amount',
  'balance',
  'opening balance',
  'closing balance',
  'starting balance',
  'ending balance',
  'final balance',
  'available balance',
  'balance brought forward',
  'balance carried forward',
  'brought forward',
  'carried forward',
  'balance at',
  'balance as at',
  'balance as of',
  'beginning balance',
  'beginning balance as of',
  'ending balance as of',
  'opening balance as of',
  'closing balance as of',
  // it
  'totale',
  'totali',
  'totale generale',
  'totale movimenti',
  'saldo',
  'saldo iniziale',
  'saldo finale',
  'saldo contabile',
  'saldo disponibile',
  'saldo al',
  // fr
  'total general',
  'totaux',
  'solde',
  'solde initial',
  'solde final',
  'ancien solde',
  'nouveau solde',
  'solde au',
  'solde crediteur',
  'solde debiteur',
  'total des operations',
  // ro
  'sold',
  'sold initial',
  'sold final',
  'sold precedent',
  'sold la',
  'total de plata',
  // a day's and the statement's turnover and balances between the days (Banca Transilvania)
  'rulaj',
  'rulaj zi',
  'rulaj total',
  'rulaj total cont',
  'total rulaj',
  'sold initial zi',
  'sold final zi',
  // da
  'i alt',
  'ialt',
  'total i alt',
  'saldo i alt',
  'saldo primo',
  'saldo ultimo',
  // de
  'summe',
  'gesamt',
  'gesamtsumme',
  'zwischensumme',
  'endsaldo',
  'anfangssaldo',
  'kontostand',
  'alter kontostand',
  'neuer kontostand',
  'saldo alt',
  'saldo neu',
  'saldo am',
  'kontostand am',
];
const SUMMARY_SET = new Set(SUMMARY_PHRASES);
const SUMMARY_PREFIXES = new Set(SUMMARY_PHRASES.map((p) => p.slice(0, 3)));
/** The ASCII prefixes as numbers: the gate is asked of every cell of every row, and this allocates nothing. */
const ASCII_PREFIXES = new Set(
  [...SUMMARY_PREFIXES].flatMap((p) =>
    p.length === 3 && [0, 1, 2].every((k) => p.charCodeAt(k) < 128)
      ? [asciiKey(p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2))]
      : [],
  ),
);

function asciiKey(a: number, b: number, c: number): number {
  const lower = (x: number) => (x >= 65 && x <= 90 ? x + 32 : x);
  return (lower(a) << 16) | (lower(b) << 8) | lower(c);
}

/** True for a cell that labels a total/summary/balance line: "Saldo", "Totale:", "|SALDO FINALE", "Closing balance 31/12". */
export function isSummaryLabel(cell: string): boolean {
  const n = cell.length;
  if (n < 3 || n > 60) return false;
  // Cheap gate: the first three letters must start some summary phrase.
  let i = 0;
  while (i < n && i < 4) {
    const c = cell.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) break;
    i++;
  }
  const a = cell.charCodeAt(i);
  const b = cell.charCodeAt(i + 1);
  const c = cell.charCodeAt(i + 2);
  // Three ASCII characters (NaN past the end is not < 128): looked up as a number.
  if (a < 128 && b < 128 && c < 128) {
    if (!ASCII_PREFIXES.has(asciiKey(a, b, c))) return false;
  } else if (!SUMMARY_PREFIXES.has(cell.slice(i, i + 3).toLowerCase())) return false;
  let norm = normalizeLabel(cell);
  if (SUMMARY_SET.has(norm)) return true;
  // "Saldo al 31/12/2017", "Total 2024", "Summe EUR": drop trailing numbers and currency codes.
  norm = norm
    .replace(/(?: \d+)+$/, '')
    .replace(/ (?:eur|usd|gbp|dkk|ron|chf|sek|nok|pln)$/, '')
    .replace(/(?: \d+)+$/, '');
  return SUMMARY_SET.has(norm);
}

// A group's total under its rows, named after the group: "Total for 1 - 30 days past due" (QuickBooks'
// aging detail), "Totale per cliente Rossi", "Summe für Kunde 10001". Only as a row's first cell: further
// in, such words may be an item's description.
const GROUP_TOTAL_RE =
  /^\s*(?:totals?\s+for|totale\s+per|total\s+pour|total\s+pentru|summe\s+f(?:ü|ue?)r|i\s+alt\s+for)\s/i;

/** A total, summary or balance line: one of its cells labels it so, or its first cell names a group's total. */
export function isSummaryRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c.length >= 3 && c.length <= 60 && isSummaryLabel(c)) return true;
  const first = cells.find((c) => c.trim() !== '');
  return first !== undefined && first.length <= 80 && GROUP_TOTAL_RE.test(first);
}

export function isBlankRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c.length > 0 && c.trim() !== '') return false;
  return true;
}

export function nonEmptyCount(cells: readonly string[]): number {
  let k = 0;
  for (const c of cells) if (c.trim() !== '') k++;
  return k;
}

// ---------------------------------------------------------------------------------------------------------
// Numbers

export interface NumberShape {
  /** Decimal separator this value proves, or null when it does not tell ("1,234", "12"). */
  decimal: DecimalSeparator | null;
  /** Grouping mark it uses, or null. */
  group: string | null;
  /** Digits only, no sign, separators or currency marks. */
  plainInteger: boolean;
  currencyMark: string | null;
}

const CURRENCY_MARK_RE = /^(?:[€$£¥]|[A-Z]{3}\b|kr\.?|lei)|(?:[€$£¥]|\b[A-Z]{3}|kr\.?|lei)$/;

/** Recognises an amount or number as files write it; null when the cell is no number. */
export function numberShape(cell: string): NumberShape | null {
  let s = cell.trim();
  if (s === '' || s.length > 40) return null;
  const first = s.charCodeAt(0);
  // Quick reject: must start with a digit, sign, bracket, dot/comma, currency mark or CR/DR.
  if (!((first >= 48 && first <= 57) || '+-−(.,€$£¥ EUSDGBPkrlRONCHFD'.includes(s[0]!))) return null;
  let currencyMark: string | null = null;
  let signed = false;
  // "1,250.00 CR", "45,10 S": a credit or debit mark gives the sign.
  const mark = creditDebitMark(s);
  if (mark) {
    s = mark.rest;
    signed = true;
  }
  if (s.startsWith('(') && s.endsWith(')')) {
    s = s.slice(1, -1).trim();
    signed = true;
  }
  for (let k = 0; k < 2; k++) {
    const m = CURRENCY_MARK_RE.exec(s);
    // Three capitals must be a currency's code; "kr." and "lei" (as Excel writes Danish and Romanian
    // money) are marks of their own.
    if (m && (!/^[A-Z]{3}$/.test(m[0]) || isCurrencyCode(m[0]))) {
      currencyMark = m[0];
      s = (m.index === 0 ? s.slice(m[0].length) : s.slice(0, m.index)).trim();
    }
    if (/^[+\-−]/.test(s)) {
      s = s.slice(1).trim();
      signed = true;
    } else if (/[+\-−]$/.test(s)) {
      s = s.slice(0, -1).trim();
      signed = true;
    }
  }
  if (!/^\d/.test(s) && !/^[.,]\d/.test(s)) return null;
  if (/^\d+$/.test(s))
    return { decimal: null, group: null, plainInteger: !signed && !currencyMark, currencyMark };
  // Grouped with spaces or apostrophes, optional decimals.
  const m = /^\d{1,3}((?:[ \u00a0\u202f'’])\d{3})+(?:([.,])\d+)?$/.exec(s);
  if (m) {
    const group = m[1]![0]!;
    return {
      decimal: (m[2] as DecimalSeparator | undefined) ?? null,
      group,
      plainInteger: false,
      currencyMark,
    };
  }
  const dots = countChar(s, '.');
  const commas = countChar(s, ',');
  if (!/^[\d.,]+$/.test(s)) return null;
  if (dots > 0 && commas > 0) {
    const decimal: DecimalSeparator = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) !== 1) return null;
    const [intPart, frac] = s.split(decimal) as [string, string];
    if (!new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(intPart) || !/^\d+$/.test(frac)) return null;
    return { decimal, group, plainInteger: false, currencyMark };
  }
  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  const other: DecimalSeparator = sep === '.' ? ',' : '.';
  if (count > 1) {
    if (!new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s)) return null;
    return { decimal: other, group: sep, plainInteger: false, currencyMark };
  }
  const [intPart, frac] = s.split(sep) as [string, string];
  if (!/^\d*$/.test(intPart) || !/^\d+$/.test(frac)) return null;
  if (frac.length === 3 && intPart.length >= 1 && intPart.length <= 3 && intPart !== '0')
    return { decimal: null, group: null, plainInteger: false, currencyMark }; // "1,234" or "1.234": undecided
  return { decimal: sep as DecimalSeparator, group: null, plainInteger: false, currencyMark };
}

// A credit or debit mark beside an amount, as UK statements ("1,250.00 CR", "45.10 DR", "45.10DR") and
// German and Danish ledgers ("1.250,00 H" for Haben, "45,10 S" for Soll) print it. A single letter must
// stand apart from the digits; two letters may touch them.
const MARK_AFTER_RE = /^(.*\d)(?:\s*(CR|DR|Cr|Dr|cr|dr)\.?|\s+(C|D|H|S|Haben|Soll))$/;
const MARK_BEFORE_RE = /^(CR|DR|Cr|Dr)\s+([^A-Za-z]*\d.*)$/;
const CREDIT_MARKS = new Set(['CR', 'Cr', 'cr', 'C', 'H', 'Haben']);

/** First or last letter of a marked amount: C, D, H, S, R or n/l (Haben, Soll); anything else is none. */
function markLetter(c: number): boolean {
  // C D H S R c d h s r n l
  return (
    c === 67 ||
    c === 68 ||
    c === 72 ||
    c === 83 ||
    c === 82 ||
    c === 99 ||
    c === 100 ||
    c === 104 ||
    c === 115 ||
    c === 114 ||
    c === 110 ||
    c === 108
  );
}

/**
 * The amount's text without its credit or debit mark, and the sign the mark gives: 1 for a credit
 * (money in: CR, C, H), -1 for a debit (money out: DR, D, S). Null when the text carries no such mark.
 */
export function creditDebitMark(text: string): { rest: string; sign: 1 | -1 } | null {
  const n = text.length;
  if (n < 3 || !(markLetter(text.charCodeAt(n - 1)) || markLetter(text.charCodeAt(0)))) return null;
  let m = MARK_AFTER_RE.exec(text);
  if (m) {
    const word = (m[2] ?? m[3]) as string;
    return { rest: m[1] as string, sign: CREDIT_MARKS.has(word) ? 1 : -1 };
  }
  m = MARK_BEFORE_RE.exec(text);
  if (m) return { rest: (m[2] as string).trim(), sign: CREDIT_MARKS.has(m[1] as string) ? 1 : -1 };
  return null;
}

function countChar(s: string, ch: string): number {
  let k = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) k++;
  return k;
}

// ---------------------------------------------------------------------------------------------------------
// Dates

export type DateShape =
  | { kind: 'ymd'; sep: string }
  | { kind: 'xy'; sep: string; a: number; b: number; yearDigits: 2 | 4 }
  | { kind: 'mon'; sep: string; yearDigits: 2 | 4; monthFirst: boolean };

const TIME_SUFFIX_RE =
  /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?(?: ?[AaPp][Mm])?)$/;
const YMD_RE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const XY_RE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const MON_RE = /^(\d{1,2})([-/. ]+)(\p{L}{3,10})\.?[-/. ]+(\d{4}|\d{2})$/u;
const MON_FIRST_RE = /^(\p{L}{3,10})\.?( )(\d{1,2}),? (\d{4})$/u;

/** Strips a trailing time ("10:15", "T10:15:00Z", " 4:05 PM") from a date-time value. */
export function stripTime(text: string): string {
  return text.trim().replace(TIME_SUFFIX_RE, '');
}

export function dateShape(cell: string): DateShape | null {
  const n = cell.length;
  if (n < 6 || n > 40) return null;
  const c0 = cell.charCodeAt(0);
  const s = stripTime(cell);
  if (c0 >= 48 && c0 <= 57) {
    if (s.length === 8 && isDigits(s)) return compactShape(s);
    let m = YMD_RE.exec(s);
    if (m) {
      const mo = Number(m[3]);
      const d = Number(m[4]);
      return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { kind: 'ymd', sep: m[2]! } : null;
    }
    m = XY_RE.exec(s);
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return null;
      return { kind: 'xy', sep: m[2]!, a, b, yearDigits: m[4]!.length === 2 ? 2 : 4 };
    }
    m = MON_RE.exec(s);
    if (m && monthFromName(m[3]!) !== null) {
      const sep = m[2]!.includes(' ') ? ' ' : m[2]![0]!;
      return { kind: 'mon', sep, yearDigits: m[4]!.length === 2 ? 2 : 4, monthFirst: false };
    }
    return null;
  }
  const m = MON_FIRST_RE.exec(s);
  if (m && monthFromName(m[1]!) !== null) return { kind: 'mon', sep: ' ', yearDigits: 4, monthFirst: true };
  return null;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Eight digits with no separator, as bank exports derived from MT940 write dates: `20260305` (year
 * first) or `05032026` (year last, day and month in an order the column as a whole decides). A year
 * must lie in 1900–2099, so no value reads both year first and year last.
 */
function compactShape(s: string): DateShape | null {
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(4, 6));
  const day = Number(s.slice(6));
  if (year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31)
    return { kind: 'ymd', sep: '' };
  const a = Number(s.slice(0, 2));
  const b = Number(s.slice(2, 4));
  const y = Number(s.slice(4));
  if (y < 1900 || y > 2099 || a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return null;
  return { kind: 'xy', sep: '', a, b, yearDigits: 4 };
}

export interface DateInference {
  dateFormat: string | null;
  dateAmbiguous: boolean;
  dateColumns: number[];
  notes: CsvNote[];
}

/**
 * Infers one date format from every value of the columns that hold dates. Day-first vs month-first is
 * decided by values above 12; when none exists the format is a guess (`dateAmbiguous`), day-first unless
 * `preferMonthFirst` (US-looking file).
 */
export function inferDateFormat(
  rows: readonly (readonly string[])[],
  width: number,
  preferMonthFirst = false,
): DateInference {
  const notes: CsvNote[] = [];
  const families = new Map<
    string,
    { shape: DateShape; count: number; dayFirst: number; monthFirst: number; cols: Set<number> }
  >();
  const dateColumns: number[] = [];
  for (let col = 0; col < width; col++) {
    let nonEmpty = 0;
    const shapes: DateShape[] = [];
    for (const row of rows) {
      const v = row[col];
      if (v === undefined || v.trim() === '' || isMarkerCell(v)) continue;
      nonEmpty++;
      const shape = dateShape(v.trim());
      if (shape) shapes.push(shape);
    }
    if (nonEmpty === 0 || shapes.length < nonEmpty * 0.8) continue;
    dateColumns.push(col);
    for (const sh of shapes) {
      const key =
        sh.kind === 'ymd'
          ? `ymd|${sh.sep}`
          : sh.kind === 'xy'
            ? `xy|${sh.sep}|${sh.yearDigits}`
            : `mon|${sh.sep}|${sh.yearDigits}|${sh.monthFirst ? 'f' : ''}`;
      let f = families.get(key);
      if (!f) families.set(key, (f = { shape: sh, count: 0, dayFirst: 0, monthFirst: 0, cols: new Set() }));
      f.count++;
      f.cols.add(col);
      if (sh.kind === 'xy') {
        if (sh.a > 12) f.dayFirst++;
        if (sh.b > 12) f.monthFirst++;
      }
    }
  }
  if (families.size === 0) return { dateFormat: null, dateAmbiguous: false, dateColumns, notes };
  const sorted = [...families.values()].sort((x, y) => y.count - x.count);
  const fam = sorted[0]!;
  if (sorted.length > 1) notes.push({ code: 'csv.note.date-formats', params: { count: sorted.length } });
  const shape = fam.shape;
  const sep = shape.sep;
  if (shape.kind === 'ymd')
    return { dateFormat: `yyyy${sep}mm${sep}dd`, dateAmbiguous: false, dateColumns, notes };
  const yy = shape.yearDigits === 2 ? 'yy' : 'yyyy';
  if (shape.kind === 'mon') {
    return {
      dateFormat: shape.monthFirst ? `mmm dd yyyy` : `dd${sep}mmm${sep}${yy}`,
      dateAmbiguous: false,
      dateColumns,
      notes,
    };
  }
  let dayFirst: boolean;
  let ambiguous = false;
  if (fam.dayFirst > 0 && fam.monthFirst > 0) {
    dayFirst = fam.dayFirst >= fam.monthFirst;
    notes.push({
      code: 'csv.note.date-conflict',
      params: { dayFirst: fam.dayFirst, monthFirst: fam.monthFirst, chosen: dayFirst ? 'day' : 'month' },
    });
  } else if (fam.dayFirst > 0) dayFirst = true;
  else if (fam.monthFirst > 0) dayFirst = false;
  else {
    ambiguous = true;
    dayFirst = sep === '.' || !preferMonthFirst;
    notes.push({ code: 'csv.note.date-ambiguous', params: { chosen: dayFirst ? 'day' : 'month' } });
  }
  return {
    dateFormat: dayFirst ? `dd${sep}mm${sep}${yy}` : `mm${sep}dd${sep}${yy}`,
    dateAmbiguous: ambiguous,
    dateColumns,
    notes,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Column types

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const IBAN_RE = /^[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,9}$/;

// Sign indicator columns give the sign of an unsigned amount: D/C, DR/CR, Af/Bij (Dutch), S/H (Soll/Haben),
// Debet/Credit, Dare/Avere, Debet/Kredit and D/K (Danish bank exports).
const SIGN_WORDS: Record<string, 1 | -1> = {
  d: -1,
  dr: -1,
  debit: -1,
  debet: -1,
  af: -1,
  s: -1,
  soll: -1,
  dare: -1,
  c: 1,
  cr: 1,
  credit: 1,
  bij: 1,
  h: 1,
  haben: 1,
  avere: 1,
  k: 1,
  kredit: 1,
};

/** +1 or −1 for a sign indicator cell ("D", "Cr", "Af", "H"), null for anything else. */
export function signOf(cell: string): 1 | -1 | null {
  const v = cell.trim().toLowerCase();
  return v.length <= 6 ? (SIGN_WORDS[normalizeLabel(v) || v] ?? null) : null;
}

// A pending transaction carries a word where its booking date will be; such a cell says nothing about the
// column's type or its date format (the row itself is kept out of matching by the importer).
const MARKER_WORDS = new Set(
  [
    'pending',
    'reserved',
    'not booked',
    'in attesa',
    'in sospeso',
    'prenotato',
    'en cours',
    'en attente',
    'în așteptare',
    'in asteptare',
    'reserveret',
    'afventer',
    'vorgemerkt',
    'ausstehend',
    'in bearbeitung',
    'pendiente',
    'pendente',
    'in behandeling',
  ].map((w) => w.normalize('NFC')),
);

// A statement's status column saying a line is not booked yet: Sparkasse's Info "Umsatz vorgemerkt",
// Intesa's "Non contabilizzato", Danske's "Venter".
const PENDING_STATUS = new Set(
  [
    ...MARKER_WORDS,
    'umsatz vorgemerkt',
    'noch nicht gebucht',
    'non contabilizzato',
    'non contabilizzata',
    'da contabilizzare',
    'non comptabilisé',
    'non comptabilise',
    'venter',
    'ikke bogført',
    'neprocesat',
    'neprocesată',
    'în procesare',
    'in procesare',
    'unposted',
    'not posted',
  ].map((w) => w.normalize('NFC')),
);

/** A status cell saying the line is not booked yet ("Umsatz vorgemerkt", "Non contabilizzato", "Pending"). */
export function isPendingStatus(cell: string): boolean {
  const n = cell.length;
  if (n < 6 || n > 24) return false;
  return PENDING_STATUS.has(cell.trim().toLowerCase().normalize('NFC'));
}

/** A word standing where a date will be once the transaction is booked ("Vorgemerkt", "Reserveret"). */
export function isMarkerCell(cell: string): boolean {
  const v = cell.trim();
  return v.length >= 6 && v.length <= 16 && MARKER_WORDS.has(v.toLowerCase().normalize('NFC'));
}

export function cellType(cell: string): ColumnType {
  const v = cell.trim();
  if (v === '' || isMarkerCell(v)) return 'empty';
  if (dateShape(v)) return 'date';
  const num = numberShape(v);
  if (num) return num.plainInteger ? 'integer' : 'amount';
  if (v.length === 3 && isCurrencyCode(v)) return 'currency';
  if (v.includes('@') && EMAIL_RE.test(v)) return 'email';
  if (v.length >= 15 && IBAN_RE.test(v)) return 'iban';
  return 'text';
}

/** Per column, the share of non-empty values of each type (integers also count as amounts). */
export function columnTypeShares(
  rows: readonly (readonly string[])[],
  width: number,
  limit = 500,
): Map<ColumnType, number>[] {
  const sample = rows.length > limit ? rows.slice(0, limit) : rows;
  const shares: Map<ColumnType, number>[] = [];
  for (let col = 0; col < width; col++) {
    const counts = new Map<ColumnType, number>();
    let nonEmpty = 0;
    for (const row of sample) {
      const t = cellType(row[col] ?? '');
      if (t === 'empty') continue;
      nonEmpty++;
      counts.set(t, (counts.get(t) ?? 0) + 1);
      if (t === 'integer') counts.set('amount', (counts.get('amount') ?? 0) + 1);
    }
    for (const [t, k] of counts) counts.set(t, k / nonEmpty);
    shares.push(counts);
  }
  return shares;
}

/** The type most values (80 %) of each column have; integers mixed with amounts make an amount column. */
export function columnTypes(rows: readonly (readonly string[])[], width: number, limit = 500): ColumnType[] {
  return columnTypeShares(rows, width, limit).map((shares) => {
    if (shares.size === 0) return 'empty';
    let best: ColumnType = 'text';
    for (const [t, share] of shares) if (share >= 0.8 && t !== 'amount') best = t;
    if (best === 'text' && (shares.get('amount') ?? 0) >= 0.8) best = 'amount';
    return best;
  });
}
