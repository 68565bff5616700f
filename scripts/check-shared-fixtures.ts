// Runs the CSV importer over the shared real-world exports (../shared/fixtures/csv, or
// $OVERDUE_SHARED_FIXTURES) and compares detected settings, mapping and the first two rows' parsed values
// with tests/fixtures/shared-expectations.json (checked by hand). Prints a table; exits 1 on mismatch.
// Run: `npx vitest run tests/csv/shared-fixtures.test.ts` (vite-node is not installed with Vitest 4).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAmount, parseDate, readTable, sniffCsv, suggestMapping } from '../src/csv';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface FileExpectation {
  format: Record<string, unknown>;
  kind: string;
  layout: string | null;
  /** field → header name of the column it maps to */
  fields: Record<string, string>;
  /** field → 0-based column, where header names repeat */
  fieldIndexes?: Record<string, number>;
  /** First data rows: field → ISO date, minor units, text, or null for an empty cell. */
  rows: Record<string, string | number | null>[];
}

export interface FileResult {
  file: string;
  summary: Record<string, string>;
  mismatches: string[];
}

const DATE_FIELDS = new Set(['issueDate', 'dueDate', 'bookingDate', 'valueDate', 'paymentDate']);
const AMOUNT_FIELDS = new Set(['amount', 'paid', 'balance', 'debit', 'credit']);

export function sharedFixturesDir(): string {
  return resolve(ROOT, process.env.OVERDUE_SHARED_FIXTURES ?? '../shared/fixtures/csv');
}

export function loadExpectations(): Record<string, FileExpectation> {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/shared-expectations.json'), 'utf8')) as Record<
    string,
    FileExpectation
  >;
}

export function checkFile(
  bytes: Uint8Array,
  file: string,
  expected: FileExpectation | undefined,
): FileResult {
  const mismatches: string[] = [];
  const format = sniffCsv(bytes);
  const table = readTable(bytes, format);
  const mapping = suggestMapping(table.columns, table.rows);
  const summary = {
    file,
    encoding: format.encoding + (format.hasBom ? '+BOM' : ''),
    delim: JSON.stringify(format.delimiter),
    decimal: format.decimalSeparator,
    thousands: format.thousandsSeparator ?? '-',
    date: (format.dateFormat ?? '-') + (format.dateAmbiguous ? '?' : ''),
    header: String(format.headerRowIndex),
    rows: String(format.dataRowCount),
    kind: mapping.kind + (mapping.layout ? `/${mapping.layout}` : ''),
    errors: String(table.errors.length),
  };
  if (!expected)
    return {
      file,
      summary,
      mismatches: ['no expectation: look at the file and add it to shared-expectations.json'],
    };
  const f = format as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(expected.format))
    if (f[key] !== value)
      mismatches.push(`${key}: got ${JSON.stringify(f[key])}, expected ${JSON.stringify(value)}`);
  if (mapping.kind !== expected.kind) mismatches.push(`kind: got ${mapping.kind}, expected ${expected.kind}`);
  if (mapping.layout !== expected.layout)
    mismatches.push(`layout: got ${mapping.layout}, expected ${expected.layout}`);
  for (const [field, name] of Object.entries(expected.fields)) {
    const col = mapping.fields[field];
    const got = col === undefined ? undefined : table.columns[col];
    if (got !== name)
      mismatches.push(`field ${field}: got ${JSON.stringify(got)}, expected ${JSON.stringify(name)}`);
  }
  for (const [field, index] of Object.entries(expected.fieldIndexes ?? {}))
    if (mapping.fields[field] !== index)
      mismatches.push(`field ${field}: column ${mapping.fields[field]}, expected ${index}`);
  if (table.errors.length > 0) mismatches.push(`read errors: ${JSON.stringify(table.errors.slice(0, 3))}`);
  expected.rows.forEach((want, i) => {
    const row = table.rows[i];
    if (!row) {
      mismatches.push(`row ${i + 1} missing`);
      return;
    }
    const currencyCol = mapping.fields.currency;
    for (const [field, value] of Object.entries(want)) {
      const col = mapping.fields[field];
      const cell = col === undefined ? undefined : row[col];
      let got: string | number | null | undefined;
      if (cell === undefined || cell === '') got = cell === '' ? null : undefined;
      else if (DATE_FIELDS.has(field)) got = format.dateFormat ? parseDate(cell, format.dateFormat) : null;
      else if (AMOUNT_FIELDS.has(field))
        got = parseAmount(cell, format, currencyCol !== undefined ? row[currencyCol] : undefined);
      else got = cell;
      if (got !== value)
        mismatches.push(
          `row ${i + 1} ${field}: got ${JSON.stringify(got)}, expected ${JSON.stringify(value)}`,
        );
    }
  });
  return { file, summary, mismatches };
}

export function checkSharedFixtures(dir = sharedFixturesDir()): FileResult[] {
  const expectations = loadExpectations();
  const files = readdirSync(dir)
    .filter((n) => /\.(csv|tsv|txt)$/i.test(n))
    .sort();
  const results = files.map((file) =>
    checkFile(new Uint8Array(readFileSync(join(dir, file))), file, expectations[file]),
  );
  for (const file of Object.keys(expectations))
    if (!files.includes(file))
      results.push({ file, summary: { file }, mismatches: ['file missing from the folder'] });
  return results;
}

export function formatReport(results: FileResult[]): string {
  const keys = [
    'file',
    'encoding',
    'delim',
    'decimal',
    'thousands',
    'date',
    'header',
    'rows',
    'kind',
    'errors',
  ];
  const table = [keys, ...results.map((r) => keys.map((k) => r.summary[k] ?? ''))].map((cells, i) => [
    ...cells,
    i === 0 ? 'status' : results[i - 1]!.mismatches.length ? 'MISMATCH' : 'ok',
  ]);
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  const lines = table.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
  for (const r of results) for (const m of r.mismatches) lines.push(`  ${r.file}: ${m}`);
  return lines.join('\n');
}

function main(): void {
  const dir = sharedFixturesDir();
  if (!existsSync(dir)) {
    console.error(`shared fixtures not found at ${dir} (set OVERDUE_SHARED_FIXTURES)`);
    process.exit(process.env.CI ? 1 : 0);
  }
  const results = checkSharedFixtures(dir);
  console.log(formatReport(results));
  process.exit(results.some((r) => r.mismatches.length > 0) ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
