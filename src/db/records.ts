// The shape of every stored record, as valibot schemas: a restore checks each row of a backup against
// them before anything is written, and loading sets aside rows that do not fit. Problems come back as
// codes (never sentences): src/i18n/reasons/backup.ts puts them into words.
import { defaultRateTables, type RateTableId } from '../domain/rates/index';
import * as v from 'valibot';
import { isIsoDate } from '../domain/dates';
import { isExactDecimal } from '../domain/rates/lookup';

/** What is wrong with one field of a record. */
export type FieldProblem =
  | 'not-object'
  | 'missing'
  | 'type'
  | 'date'
  | 'currency'
  | 'language'
  | 'country'
  | 'integer'
  | 'choice'
  | 'logo'
  | 'rate-table'
  | 'duplicate-id'
  | 'unknown-customer'
  | 'unknown-invoice'
  | 'unknown-activity'
  | 'over-allocated'
  | 'negative';

// Loading checks every stored record, and a million invoices hold a few thousand distinct dates: each
// distinct valid date is checked once (the set stays small; it is capped all the same).
const validDates = new Set<string>();
function validDate(s: string): boolean {
  if (validDates.has(s)) return true;
  if (!isIsoDate(s)) return false;
  if (validDates.size < 100_000) validDates.add(s);
  return true;
}
// A message on an action is the problem code the issue carries (valibot keeps it as `issue.message`).
const date = v.pipe(v.string('type'), v.check(validDate, 'date'));
const currency = v.pipe(v.string('type'), v.regex(/^[A-Z]{3}$/, 'currency'));
const int = v.pipe(v.number('type'), v.safeInteger('integer'));
const text = v.string('type');
const optText = v.optional(text);
const id = v.pipe(v.string('type'), v.minLength(1, 'missing'));
const ids = v.array(id, 'type');
const LANGUAGES = ['en', 'it', 'fr', 'ro', 'da', 'de'] as const;
const language = v.picklist(LANGUAGES, 'language');
const country = v.pipe(v.string('type'), v.regex(/^[A-Z]{2}$/, 'country'));
const choice = <const T extends string[]>(...options: T) => v.picklist(options, 'choice');

/** Only an embedded PNG or JPEG: a remote URL would be fetched by the browser (a leak) and could change. */
export const LOGO_RE = /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]*={0,2}$/;
export const logo = v.pipe(v.string('type'), v.regex(LOGO_RE, 'logo'));

const terms = v.object(
  {
    type: choice('net', 'eom', 'fixed'),
    days: int,
    discounts: v.optional(v.array(v.object({ percent: v.number('type'), days: int }, 'not-object'), 'type')),
  },
  'not-object',
);

const customer = v.object(
  {
    id,
    name: text,
    taxId: optText,
    email: optText,
    phone: optText,
    address: optText,
    country: v.string('type'),
    language,
    currency,
    debtor: choice('business', 'consumer'),
    terms: v.optional(terms),
    creditLimit: v.optional(int),
    creditHold: v.boolean('type'),
    jurisdiction: v.optional(choice('EU', 'IT', 'FR', 'RO', 'DK', 'DE', 'UK', 'US')),
    contractRatePercent: v.optional(v.pipe(v.number('type'), v.finite('type'))),
    escalation: v.optional(choice('none', 'agency', 'small-claims', 'lawyer')),
    references: optText,
    riskNotes: optText,
    notes: optText,
    importBatchId: optText,
    createdAt: date,
  },
  'not-object',
);

export const invoice = v.object(
  {
    id,
    number: text,
    customerId: id,
    issueDate: date,
    dueDate: date,
    currency,
    amount: int,
    terms: v.optional(terms),
    description: optText,
    disputed: v.optional(v.boolean('type')),
    notes: optText,
    importBatchId: optText,
  },
  'not-object',
);

/**
 * The first problem of a stored invoice, or null. A million of them are checked at every start, so the
 * common shape (every field present and plain, no terms) is recognised by hand first; anything else —
 * a problem, or terms to check — goes through the schema, which alone says what is wrong.
 */
export function invoiceProblem(row: unknown): RowProblem | null {
  return plainInvoice(row) ? null : firstProblem(invoice, row);
}

const validCurrencies = new Set<string>();
const optString = (x: unknown) => x === undefined || typeof x === 'string';
/** True only for an invoice the schema surely accepts (false says nothing: ask the schema). */
function plainInvoice(row: unknown): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  const { id, number, customerId, issueDate, dueDate, currency, amount } = r;
  if (typeof id !== 'string' || id === '' || typeof number !== 'string') return false;
  if (typeof customerId !== 'string' || customerId === '') return false;
  if (typeof issueDate !== 'string' || !validDate(issueDate)) return false;
  if (typeof dueDate !== 'string' || !validDate(dueDate)) return false;
  if (typeof currency !== 'string') return false;
  if (!validCurrencies.has(currency)) {
    if (!/^[A-Z]{3}$/.test(currency)) return false;
    validCurrencies.add(currency);
  }
  if (!Number.isSafeInteger(amount)) return false;
  if (r.terms !== undefined || (r.disputed !== undefined && typeof r.disputed !== 'boolean')) return false;
  return optString(r.description) && optString(r.notes) && optString(r.importBatchId);
}

const invoiceBlock = v.object({ id: int, rows: v.array(v.unknown(), 'type') }, 'not-object');
/** A stored bucket of customers (customer-buckets.ts): each customer in it is checked on its own. */
const customerBlock = invoiceBlock;

const allocation = v.object({ invoiceId: id, amount: int, discount: v.optional(int) }, 'not-object');

const payment = v.object(
  {
    id,
    date,
    amount: int,
    currency,
    customerId: optText,
    payer: optText,
    reference: optText,
    method: optText,
    allocations: v.array(allocation, 'type'),
    bankLineKey: optText,
    importBatchId: optText,
  },
  'not-object',
);

const adjustment = v.object(
  {
    id,
    kind: choice('credit-note', 'write-off', 'fee'),
    feeKind: v.optional(choice('compensation', 'reminder', 'interest', 'other')),
    customerId: id,
    invoiceId: optText,
    date,
    amount: int,
    currency,
    reason: optText,
    number: optText,
    waived: v.optional(v.boolean('type')),
    waivedOn: v.optional(date),
    importBatchId: optText,
  },
  'not-object',
);

const activity = v.object(
  {
    id,
    customerId: id,
    invoiceIds: ids,
    date,
    time: optText,
    kind: choice('letter', 'email', 'call', 'visit', 'promise', 'note', 'dispute'),
    outcome: optText,
    text: optText,
    promiseAmount: v.optional(int),
    promiseDate: v.optional(date),
    promiseKept: v.optional(v.boolean('type')),
    letterId: optText,
  },
  'not-object',
);

/** In the database a Blob; in a backup file its bytes as base64 (`src/db/evidence-backup.ts`). */
const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;
const fileData = v.union(
  [v.pipe(v.string('type'), v.regex(BASE64_RE, 'type')), v.custom<Blob>((x) => x instanceof Blob, 'type')],
  'type',
);

const evidence = v.object(
  {
    id,
    activityId: id,
    customerId: id,
    name: text,
    type: text,
    size: v.pipe(int, v.minValue(0, 'integer')),
    addedOn: date,
    data: fileData,
  },
  'not-object',
);

const plan = v.object(
  {
    id,
    customerId: id,
    invoiceIds: ids,
    currency,
    createdOn: date,
    instalments: v.array(v.object({ dueDate: date, amount: int }, 'not-object'), 'type'),
    status: choice('proposed', 'active', 'completed', 'broken', 'cancelled'),
  },
  'not-object',
);

const settlement = v.object(
  {
    id,
    customerId: id,
    invoiceIds: ids,
    currency,
    offeredOn: date,
    amount: int,
    deadline: date,
    status: choice('open', 'accepted', 'rejected', 'expired'),
  },
  'not-object',
);

const letter = v.object(
  {
    id,
    customerId: id,
    invoiceIds: ids,
    kind: choice(
      'reminder-1',
      'reminder-2',
      'final-notice',
      'statement',
      'interest-statement',
      'payment-plan',
      'settlement-offer',
    ),
    language,
    date,
    content: v.unknown(),
  },
  'not-object',
);

const importBatch = v.object(
  {
    id,
    kind: choice('invoices', 'customers', 'payments', 'bank-statement'),
    fileName: text,
    fileHash: text,
    importedAt: text,
    rowCount: int,
    importedRows: v.optional(int),
    skippedRows: v.optional(int),
    updatedRows: v.optional(int),
    unchangedRows: v.optional(int),
    lineRows: v.optional(int),
    created: v.object(
      {
        invoices: int,
        customers: int,
        payments: int,
        bankLines: v.optional(int),
        creditNotes: v.optional(int),
      },
      'not-object',
    ),
    undone: v.optional(v.boolean('type')),
    replaced: v.optional(v.array(invoice, 'type')),
  },
  'not-object',
);

const bankLine = v.object(
  {
    id,
    importBatchId: text,
    key: text,
    line: int,
    date,
    amount: int,
    currency,
    counterparty: text,
    reference: text,
    status: choice('unmatched', 'matched', 'ignored'),
    paymentId: optText,
  },
  'not-object',
);

export const company = v.object(
  {
    name: text,
    address: text,
    taxId: text,
    iban: text,
    bic: text,
    email: text,
    phone: text,
    logo: v.optional(logo),
    baseCurrency: currency,
    country,
    language,
  },
  'not-object',
);

const rateRow = v.object(
  {
    from: date,
    ratePercent: v.nullable(
      v.pipe(
        v.number('rate-table'),
        v.check((n) => isExactDecimal(n), 'rate-table'),
      ),
    ),
    unconfirmed: v.optional(v.boolean('rate-table')),
    dateUnknown: v.optional(v.boolean('rate-table')),
    note: v.optional(v.string('rate-table')),
  },
  'rate-table',
);
const rateTable = v.object(
  {
    name: v.string('rate-table'),
    source: v.string('rate-table'),
    kind: v.picklist(['half-year', 'changes'], 'rate-table'),
    rows: v.array(rateRow, 'rate-table'),
  },
  'rate-table',
);
export const rateTables = v.record(
  // The tables the rules read, from the shipped set itself: a new table is accepted as soon as it ships.
  v.picklist(Object.keys(defaultRateTables) as RateTableId[], 'rate-table'),
  rateTable,
  'rate-table',
);

/** Settings whose value has a known shape; any other key may hold any JSON value. */
const SETTING_VALUES: Record<string, v.GenericSchema> = {
  company,
  rateTables,
  lastBackupAt: v.pipe(
    v.string('type'),
    v.check((s) => !Number.isNaN(Date.parse(s)), 'date'),
  ),
};

const setting = v.object({ key: v.pipe(v.string('type'), v.minLength(1, 'missing')), value: v.unknown() });

export const ROW_SCHEMAS: Record<string, v.GenericSchema> = {
  settings: setting,
  customers: customer,
  customerBlocks: customerBlock,
  invoiceBlocks: invoiceBlock,
  payments: payment,
  adjustments: adjustment,
  activities: activity,
  plans: plan,
  settlements: settlement,
  letters: letter,
  imports: importBatch,
  bankLines: bankLine,
  evidence,
};

export interface RowProblem {
  /** Dotted path inside the row ('' for the row itself), e.g. 'allocations.0.invoiceId'. */
  field: string;
  problem: FieldProblem;
}

function problemOf(issue: v.BaseIssue<unknown>): FieldProblem {
  if (issue.input === undefined && issue.kind === 'schema') return 'missing';
  const m = issue.message as FieldProblem;
  return m === ('' as FieldProblem) ? 'type' : m;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => String(p.key)).join('.');
}

/** The first problem of a value against a schema, or null when it fits. */
export function firstProblem(schema: v.GenericSchema, value: unknown, prefix = ''): RowProblem | null {
  const r = v.safeParse(schema, value, { abortEarly: true });
  if (r.success) return null;
  const issue = r.issues[0];
  const path = pathOf(issue);
  return { field: prefix && path ? `${prefix}.${path}` : prefix || path, problem: problemOf(issue) };
}

/** The first problem of a row of `table` (a settings row is checked by its key's own shape). */
export function rowProblem(table: string, row: unknown): RowProblem | null {
  const schema = ROW_SCHEMAS[table];
  if (!schema) return { field: '', problem: 'type' };
  const p = firstProblem(schema, row);
  if (p) return p.field === '' && row === null ? { field: '', problem: 'not-object' } : p;
  if (table === 'settings') {
    const { key, value } = row as { key: string; value: unknown };
    // A key an object would take as its prototype's is no setting (and must never become one).
    if (key === '__proto__' || key === 'constructor' || key === 'prototype')
      return { field: 'key', problem: 'choice' };
    const known = Object.hasOwn(SETTING_VALUES, key) ? SETTING_VALUES[key] : undefined;
    if (known) return firstProblem(known, value, 'value');
  }
  return null;
}
