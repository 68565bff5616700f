import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readTable, readTableChunks, sniffCsv, suggestMapping, checkMappedValues } from '../../src/csv';
import { fixture } from './helpers';

const list = (dir: string): string[] =>
  readdirSync(fileURLToPath(new URL(`../fixtures/csv/${dir}`, import.meta.url)))
    .filter((n) => /\.(csv|tsv|txt)$/.test(n))
    .map((n) => dir + n);
const names = [...list(''), ...list('traits/')];
const fixtures = names.map(fixture);

function exercise(bytes: Uint8Array): void {
  const format = sniffCsv(bytes);
  const table = readTable(bytes, format);
  const mapping = suggestMapping(table.columns, table.rows);
  const valueErrors = checkMappedValues(table, format, mapping.fields);
  for (const e of [...table.errors, ...valueErrors]) {
    if (!Number.isInteger(e.line) || e.line < 1) throw new Error(`bad error line ${JSON.stringify(e)}`);
    if (e.column !== undefined && (!Number.isInteger(e.column) || e.column < 1))
      throw new Error(`bad column ${JSON.stringify(e)}`);
  }
  for (let i = 0; i < table.lines.length; i++) {
    const line = table.lines[i]!;
    if (line < 1 || (i > 0 && line <= table.lines[i - 1]!))
      throw new Error(`bad line sequence ${table.lines.join(',')}`);
  }
  for (const row of table.rows)
    if (row.length !== table.columns.length) throw new Error('row width differs from columns');
  let chunked = 0;
  readTableChunks(bytes, format, (c) => void (chunked += c.rows.length), 3);
  if (chunked !== table.rows.length) throw new Error('chunked read differs');
}

const SPECIAL = [
  0x22, 0x2c, 0x3b, 0x09, 0x7c, 0x0a, 0x0d, 0x00, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0xc3, 0x80, 0x27,
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.constantFrom(...SPECIAL) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), byte: fc.constant(0) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), byte: fc.constant(0) }),
);

function mutate(source: Uint8Array, mutations: { kind: string; at: number; byte: number }[]): Uint8Array {
  let b = Array.from(source);
  for (const m of mutations) {
    const at = b.length === 0 ? 0 : m.at % (b.length + 1);
    if (m.kind === 'flip' && b.length > 0) b[at % b.length] = m.byte;
    else if (m.kind === 'insert') b.splice(at, 0, m.byte);
    else if (m.kind === 'delete') b.splice(at, 1);
    else if (m.kind === 'truncate') b = b.slice(0, at);
  }
  return new Uint8Array(b);
}

describe('fuzz: sniffCsv + readTable + suggestMapping never throw, errors name lines ≥ 1', () => {
  test('mutated fixture bytes', () => {
    fc.assert(
      fc.property(
        fc.nat(fixtures.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 12 }),
        (i, ms) => {
          exercise(mutate(fixtures[i]!, ms));
        },
      ),
      { numRuns: 3000 },
    );
    expect(true).toBe(true);
    // A fuzz run, not a timing: room for a loaded CI machine.
  }, 120_000);

  test('random CSV-ish text', { timeout: 30_000 }, () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '"',
        '""',
        '"a,b"',
        '1.234,56',
        '-12.50',
        '31/12/2024',
        '12/31/24',
        'Saldo',
        'Totale',
        '\n',
        '\r\n',
        '',
      ),
    );
    const line = fc
      .array(cell, { maxLength: 8 })
      .chain((cells) => fc.constantFrom(',', ';', '\t', '|').map((d) => cells.join(d)));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        exercise(new TextEncoder().encode(lines.join(eol)));
      }),
      { numRuns: 2000 },
    );
    expect(true).toBe(true);
  });

  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => exercise(bytes)),
      { numRuns: 1500 },
    );
    expect(true).toBe(true);
  });
});
