// Fuzz: thousands of generated CSV files through the whole reading path (binary check, sniff, read,
// rows to records). Property: either the file is refused or rows carry errors (each with a line and a
// code) and nothing is offered for writing, or every record offered for writing fits the schema a
// restore checks (so a backup of the result can always be restored) and its references resolve.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryKind } from '../../src/csv/binary';
import { readTable, sniffCsv } from '../../src/csv';
import { rowsToRecords } from '../../src/csv/rows-to-records';
import { rowProblem } from '../../src/db/records';
import { checkTables } from '../../src/db/backup-check';

const enc = new TextEncoder();

const junk = fc.string({ unit: 'binary', maxLength: 12 });
const date = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.integer({ min: 0, max: 35 }),
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 1900, max: 2100 }),
    )
    .map(([d, m, y]) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`),
  junk,
  fc.constant(''),
);
const amount = fc.oneof(
  fc.integer({ min: -10_000_000, max: 100_000_000 }).map((c) => (c / 100).toFixed(2)),
  fc.integer({ min: 0, max: 100_000_000 }).map((c) => (c / 100).toFixed(2).replace('.', ',')),
  fc.constantFrom('1e9', 'NaN', 'Infinity', '-0', '12.345.678', '€ 12', '(5.00)', '9'.repeat(40)),
  junk,
);
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    'Evil\u202Egnp.exe',
    '=cmd|" /C calc"!A0',
    'Ærø “Søn”',
    '"quoted, comma"',
    'line\nbreak',
    '',
  ),
);
const row = fc.tuple(text, text, date, date, amount);

function csv(rows: string[][], delimiter: string): string {
  const cell = (c: string) => (/[",;\t\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [
    'Number,Customer,Date,Due,Amount'.replace(/,/g, delimiter),
    ...rows.map((r) => r.map(cell).join(delimiter)),
  ]
    .join('\n')
    .concat('\n');
}

let seq = 0;

function importRecords(bytes: Uint8Array) {
  if (binaryKind(bytes)) return { refused: true as const };
  const format = sniffCsv(bytes);
  const table = readTable(bytes, format);
  const fields = { invoiceNumber: 0, customer: 1, issueDate: 2, dueDate: 3, amount: 4 };
  const result = rowsToRecords(table.rows, table.lines, {
    kind: 'invoices',
    columns: table.columns,
    fields,
    format: { decimalSeparator: format.decimalSeparator, dateFormat: format.dateFormat },
    defaultCurrency: 'EUR',
    defaultCountry: 'IT',
    today: '2026-03-31',
    batchId: 'b1',
    existing: { customers: [], invoicesByNumber: new Map(), bankLineKeys: new Set() },
    newId: (p) => `${p}${++seq}`,
    onExisting: 'update',
  });
  return { refused: false as const, table, result };
}

describe('fuzz: CSV files into records', () => {
  it(
    'either refuses with located, coded errors, or offers only records a restore accepts',
    { timeout: 60_000 },
    () => {
      const start = performance.now();
      fc.assert(
        fc.property(
          fc.array(row, { maxLength: 12 }),
          fc.constantFrom(',', ';', '\t'),
          fc.oneof(fc.constant(new Uint8Array()), fc.uint8Array({ maxLength: 16 })),
          (rows, delimiter, prefix) => {
            const body = enc.encode(csv(rows, delimiter));
            const bytes = prefix.length ? new Uint8Array([...prefix, ...body]) : body;
            const out = importRecords(bytes);
            if (out.refused) return;
            const { result, table } = out;
            for (const e of [...table.errors, ...result.errors]) {
              expect(Number.isInteger(e.line) && e.line >= 1).toBe(true);
              expect(typeof e.code).toBe('string');
            }
            // The session writes only when there are no errors (or the bad rows are skipped): what it
            // would write must pass the restore's own checks.
            const tables = {
              customerBlocks: [{ id: 0, rows: result.customers }],
              invoiceBlocks: [{ id: 1, rows: result.invoices }],
              payments: result.payments,
              adjustments: result.adjustments,
            };
            for (const c of result.customers) expect(rowProblem('customers', c)).toBeNull();
            const check = checkTables(tables as unknown as Record<string, unknown[]>);
            expect(check.issues).toEqual([]);
          },
        ),
        { numRuns: 1000, seed: 20261201 },
      );
      // Fast enough for CI: the whole property in a few seconds.
      expect(performance.now() - start).toBeLessThan(20_000);
    },
  );

  it('refuses image, PDF and spreadsheet bytes whatever the name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
          [0xff, 0xd8, 0xff],
          [0x25, 0x50, 0x44, 0x46, 0x2d],
          [0x50, 0x4b, 0x03, 0x04],
        ),
        fc.uint8Array({ maxLength: 200 }),
        (magic, rest) => {
          expect(importRecords(new Uint8Array([...magic, ...rest])).refused).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
