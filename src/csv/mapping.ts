// suggestMapping: which column holds which field, and what kind of file this is — from header words in
// English, Italian, French, Romanian, Danish and German, from known export layouts, and from the values
// themselves when the header says nothing.

import { columnTypeShares, columnTypes, normalizeLabel, signOf } from './values';
import type { FieldMap } from './mapping-score';
import { missingFields, REQUIRED_FIELDS, type ImportKind } from './import-kinds';
import { LAYOUTS, type KnownLayout } from './mapping-layouts';
import { KIND_WEIGHTS, kindScore, mapForKind, valueStats } from './mapping-score';
import { fromValues } from './mapping-values';
import { isTransactionsExport, transactionsMapping } from './mapping-transactions';

export type { ImportKind, MappingField } from './import-kinds';
export type { KnownLayout } from './mapping-layouts';

export interface MappingSuggestion {
  kind: ImportKind;
  /** Field name (a `MappingField`) → 0-based column index. Unmapped fields are absent. */
  fields: Record<string, number>;
  confidence: {
    /** 0..1: how sure the whole suggestion is (required fields found, by header words). */
    overall: number;
    /** 0..1 per mapped field: 1 = the header says exactly this; lower = partial word match or guessed from values. */
    fields: Record<string, number>;
  };
  /** The export layout recognised, if any. */
  layout: KnownLayout | null;
  /** Required fields of `kind` that no column provides. */
  missing: string[];
  /** Every kind with its score, best first (to let the user switch). */
  kinds: { kind: ImportKind; score: number }[];
}

/** The kind of file and the column of each field, with how sure each guess is. */
export function suggestMapping(columns: string[], rows: string[][]): MappingSuggestion {
  const width = Math.max(columns.length, ...rows.slice(0, 50).map((r) => r.length), 0);
  const headers = Array.from({ length: width }, (_, i) => normalizeLabel(columns[i] ?? ''));
  const sample = rows.slice(0, 500);
  const types = columnTypes(sample, width);
  const shares = columnTypeShares(sample, width);
  const stats = valueStats(sample, width, types);

  // Known layout first.
  const headerSet = new Set(headers.filter((h) => h !== ''));
  for (const layout of LAYOUTS) {
    if (!layout.test(headerSet)) continue;
    const fields: Record<string, number> = {};
    const conf: Record<string, number> = {};
    for (const [field, names] of Object.entries(layout.fields)) {
      for (const name of names) {
        const idx = headers.indexOf(name);
        if (idx >= 0 && !Object.values(fields).includes(idx)) {
          fields[field] = idx;
          conf[field] = 1;
          break;
        }
      }
    }
    const generic = mapForKind(layout.kind, headers, shares, stats, fields);
    for (const [f, c] of Object.entries(generic.fields))
      if (!(f in fields)) {
        fields[f] = c;
        conf[f] = generic.conf[f]!;
      }
    return finish(layout.kind, fields, conf, layout.name, [{ kind: layout.kind, score: 100 }]);
  }

  const kinds = (Object.keys(KIND_WEIGHTS) as ImportKind[]).map((kind) => {
    const m = mapForKind(kind, headers, shares, stats, {});
    return { kind, score: Math.round(kindScore(kind, m, stats) * 100) / 100, m };
  });
  kinds.sort((a, b) => b.score - a.score);
  const transactions = isTransactionsExport(headers) ? transactionsMapping(headers, types) : null;
  if (transactions) {
    const others = kinds.filter((k) => k.kind !== 'payments').map(({ kind, score }) => ({ kind, score }));
    return finish('payments', transactions.fields, transactions.conf, null, [
      { kind: 'payments', score: 100 },
      ...others,
    ]);
  }
  let top = kinds[0]!;
  if (top.score < 1) {
    // The header says (almost) nothing: decide from the values.
    const guessed = fromValues(types, stats);
    return finish(
      guessed.kind,
      guessed.fields,
      guessed.conf,
      null,
      kinds.map(({ kind, score }) => ({ kind, score })),
    );
  }
  top = kinds[0]!;
  signColumn(top.kind, top.m, sample, width);
  emptyAmountBesideSplit(top.kind, top.m, types);
  referenceAsNumber(top.kind, top.m, sample);
  return finish(
    top.kind,
    top.m.fields,
    top.m.conf,
    null,
    kinds.map(({ kind, score }) => ({ kind, score })),
  );
}

/** A column of D/C (Af/Bij, S/H…) markers beside an amount gives its sign, whatever its header says. */
function signColumn(kind: ImportKind, m: FieldMap, rows: string[][], width: number): void {
  if ((kind !== 'bank-statement' && kind !== 'payments') || m.fields.sign !== undefined) return;
  if (m.fields.amount === undefined) return;
  const used = new Set(Object.values(m.fields));
  for (let col = 0; col < width; col++) {
    if (used.has(col)) continue;
    let filled = 0;
    let signs = 0;
    for (const r of rows) {
      const v = r[col] ?? '';
      if (v.trim() === '') continue;
      filled++;
      if (signOf(v) !== null) signs++;
    }
    if (filled >= 1 && signs >= filled * 0.9) {
      m.fields.sign = col;
      m.conf.sign = 0.9;
      return;
    }
  }
}

/**
 * A statement's amount column left empty beside debit and credit columns that hold the amounts
 * (Deutsche Bank's "Betrag" beside "Soll" and "Haben"): the amounts are read from those.
 */
function emptyAmountBesideSplit(kind: ImportKind, m: FieldMap, types: string[]): void {
  const { amount, debit, credit } = m.fields;
  if (kind !== 'bank-statement' || amount === undefined || debit === undefined || credit === undefined)
    return;
  if (types[amount] !== 'empty' || (types[debit] === 'empty' && types[credit] === 'empty')) return;
  delete m.fields.amount;
  delete m.conf.amount;
}

/**
 * An invoice list without an invoice number column whose "Reference" is one value per invoice: the
 * reference is the invoice's number (FreeAgent numbers its invoices so).
 */
function referenceAsNumber(kind: ImportKind, m: FieldMap, rows: string[][]): void {
  const col = m.fields.reference;
  if (kind !== 'invoices' || m.fields.invoiceNumber !== undefined || col === undefined) return;
  const values = rows.map((r) => (r[col] ?? '').trim()).filter((v) => v !== '');
  if (values.length === 0 || values.length < rows.length * 0.9 || new Set(values).size < values.length * 0.9)
    return;
  m.fields.invoiceNumber = col;
  m.conf.invoiceNumber = 0.6;
  delete m.fields.reference;
  delete m.conf.reference;
}

function finish(
  kind: ImportKind,
  fields: Record<string, number>,
  conf: Record<string, number>,
  layout: KnownLayout | null,
  kinds: { kind: ImportKind; score: number }[],
): MappingSuggestion {
  const missing = missingFields(kind, fields).map((group) => group.join('|'));
  let sum = 0;
  const required = REQUIRED_FIELDS[kind];
  for (const alternatives of required) {
    const found = alternatives.filter((f) => f in fields);
    sum += found.length ? Math.max(...found.map((f) => conf[f] ?? 0)) : 0;
  }
  const overall = Math.round((sum / required.length) * 100) / 100;
  return { kind, fields, confidence: { overall, fields: conf }, layout, missing, kinds };
}
