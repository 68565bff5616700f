// An import's result in the form the reading worker posts it to the page. Structured clone writes every
// property name of every object: 100,000 invoice objects cost more to post than the rows they came from.
// So the invoices of the usual shape travel as columns (ids and numbers as lists of strings, a repeated
// text such as a date, a customer id or a currency once with each row a code into it, amounts in a
// Float64Array) and are built again on the page, in their original order and with their keys in the
// original order. Anything else (terms, an update carrying a stored invoice's other fields) travels as
// the object it is. The worker keeps what it posts (the page may ask again), so it is posted as a copy.
import type { Invoice } from '../domain/types';
import type { ImportResult, RowStatus } from './rows-to-records';
import { TextIndex } from './text-index';

type TextKey = 'id' | 'number' | 'customerId' | 'issueDate' | 'dueDate' | 'currency' | 'importBatchId';
/** Mostly distinct on every invoice. */
const DISTINCT_KEYS = ['id', 'number'] as const;
/** Repeated across invoices: dates, customers, currencies, the batch. */
const CODED_KEYS = ['customerId', 'issueDate', 'dueDate', 'currency', 'importBatchId'] as const;
const TEXT_KEYS: TextKey[] = [...DISTINCT_KEYS, ...CODED_KEYS];
/** The coded keys InvoicePacker.add and plain() name one by one. */
type CodedKeysInOrder = readonly ['customerId', 'issueDate', 'dueDate', 'currency', 'importBatchId'];
CODED_KEYS satisfies CodedKeysInOrder;
/** An invoice of the packed shape has these keys and its amount, and maybe a description. */
const PLAIN_KEYS = TEXT_KEYS.length + 1;

const STATUSES: RowStatus[] = [
  'new',
  'update',
  'same',
  'skip',
  'error',
  'outgoing',
  'line',
  'pending',
  'not-receivable',
];

/** Texts that repeat: each distinct text once, each row its index. */
export interface TextColumn {
  values: string[];
  codes: Uint32Array;
}

export interface PackedInvoices {
  count: number;
  /**
   * Texts mostly distinct on every invoice, each a string of its own. Cut from one long text instead,
   * each id and number was a slice keeping that text alive (a million invoices: ~14 MB more after
   * an import than after a reload).
   */
  distinct: Record<(typeof DISTINCT_KEYS)[number], string[]>;
  coded: Record<(typeof CODED_KEYS)[number], TextColumn>;
  /**
   * Coded too (NO_TEXT: none): descriptions repeat in many books, and each arrives as a string of its
   * own, shared by the rows that repeat it. Cut from one long text, every description kept that whole
   * text alive (a million invoices: ~45 MB more than the same book read back from storage).
   */
  description: TextColumn;
  amount: Float64Array;
  /** Invoices not of the packed shape, by their index in the full list. */
  others: { index: number; invoice: Invoice }[];
}

export interface PackedResult extends Omit<ImportResult, 'invoices' | 'status'> {
  packedInvoices: PackedInvoices;
  /** Index into the status list per row. */
  packedStatus: Uint8Array;
}

/** The code of a row without the text (a description left empty). */
const NO_TEXT = 0xffffffff;

const CODES: number[] = [];

/**
 * The text as a string of one byte a character when every character fits in one. A cell cut from a
 * file that holds a single character past U+00FF anywhere ("€", "ș") is a string of two bytes a
 * character, and stays so through posting and IndexedDB: a million invoice numbers held ~13 MB more,
 * and a reload of them 31 MB more of the page's heap. (A Map looked each number up in the reader before,
 * and the engine's string table kept one-byte copies of them.) Texts of more than 256 characters are
 * left as they are.
 */
export function oneByte(text: string): string {
  const n = text.length;
  if (n === 0 || n > 256) return text;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text;
    CODES[i] = c;
  }
  CODES.length = n;
  return String.fromCharCode.apply(null, CODES);
}

/** Room for `need` values in `a`, doubling as it fills. */
function room<A extends Uint32Array | Int32Array | Float64Array>(a: A, need: number): A {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => A)(Math.max(need, a.length * 2, 1024));
  b.set(a);
  return b;
}

/**
 * Distinct texts a column looks up in a Map before it moves them to a TextIndex. A customer id, a date,
 * a currency or the batch is the same string row after row, and the engine keeps each string's hash:
 * a Map finds it without reading it again, where the TextIndex hashes every character of it every time
 * (a million rows from 2,000 customers: ~30 ms against ~145 ms for the customer ids alone).
 */
const MAP_TEXTS = 1 << 16;

class CodedColumn {
  /** The texts so far and their codes, while there are few (see MAP_TEXTS). */
  private map: Map<string, number> | null = new Map();
  /**
   * Then the importer's own text index, not a Map: a column of mostly distinct texts (descriptions with
   * an order number) made a Map of hundreds of thousands of strings, each entered in the engine's string
   * table (converting a million rows: 3.4–3.6 s with a Map, 2.8–3.0 s without). `add` finds a text or
   * adds it in one lookup.
   */
  private index: TextIndex | null = null;
  readonly values: string[] = [];
  codes: Uint32Array;
  private lastText: string | null = null;
  private lastCode = 0;
  constructor(
    size: number,
    private readonly narrow: boolean,
  ) {
    this.codes = new Uint32Array(size);
  }
  set(at: number, text: string | undefined): void {
    this.codes = room(this.codes, at + 1);
    if (text === undefined) {
      this.codes[at] = NO_TEXT;
      return;
    }
    // Neighbouring invoices often repeat a text (the batch, the currency, a customer's run of rows).
    if (text === this.lastText) {
      this.codes[at] = this.lastCode;
      return;
    }
    const { map } = this;
    let code = map ? map.get(text) : (this.index as TextIndex).add(text, this.values.length);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(this.narrow ? oneByte(text) : text);
      if (map) {
        map.set(text, code);
        if (map.size > MAP_TEXTS) this.toIndex(map);
      }
    }
    this.lastText = text;
    this.lastCode = code;
    this.codes[at] = code;
  }
  /** Moves the texts of the map to a TextIndex (codes unchanged) and lets the map go. */
  private toIndex(map: Map<string, number>): void {
    const index = new TextIndex();
    for (const [text, code] of map) index.add(text, code);
    this.index = index;
    this.map = null;
  }
  done(count: number): TextColumn {
    return { values: this.values, codes: this.codes.slice(0, count) };
  }
}

/**
 * True for an invoice the importer made new, of the usual shape: its keys in the importer's order (no
 * terms; an update carries a stored invoice's keys in their order), each of the right type.
 */
function plain(inv: Invoice, replaced: Set<string>): boolean {
  if (inv.terms !== undefined || (replaced.size > 0 && replaced.has(inv.id))) return false;
  let n = 0;
  for (const key in inv) if (key) n++;
  if (n !== (inv.description === undefined ? PLAIN_KEYS : PLAIN_KEYS + 1)) return false;
  // Each key named (TEXT_KEYS): one lookup site read by seven names cost more than the rest of the check.
  return (
    typeof inv.id === 'string' &&
    typeof inv.number === 'string' &&
    typeof inv.customerId === 'string' &&
    typeof inv.issueDate === 'string' &&
    typeof inv.dueDate === 'string' &&
    typeof inv.currency === 'string' &&
    typeof inv.importBatchId === 'string' &&
    typeof inv.amount === 'number' &&
    (inv.description === undefined || typeof inv.description === 'string')
  );
}

/**
 * Packs invoices as they are made: a reader converting a large file hands each step's invoices over
 * and lets them go, so a million never live as objects in the worker (they cost more to keep, to
 * collect and to walk again at the end than to pack at once).
 */
export class InvoicePacker {
  private count = 0;
  /** Invoices of the packed shape so far. */
  private at = 0;
  private readonly id: string[] = [];
  private readonly number: string[] = [];
  private readonly description: CodedColumn;
  private readonly coded: Record<(typeof CODED_KEYS)[number], CodedColumn>;
  private amount: Float64Array;
  private readonly others: PackedInvoices['others'] = [];
  private readonly replaced = new Set<string>();

  /**
   * `size`: the invoices expected (the columns grow past it). `narrow`: copy numbers and coded texts one
   * byte a character (`oneByte`) — for what the reader posts to the page to keep; the page packing its
   * own stored invoices for the reader to look into leaves them as they are.
   */
  constructor(
    size = 1024,
    private readonly narrow = true,
  ) {
    this.description = new CodedColumn(size, narrow);
    this.coded = Object.fromEntries(CODED_KEYS.map((k) => [k, new CodedColumn(size, narrow)])) as Record<
      (typeof CODED_KEYS)[number],
      CodedColumn
    >;
    this.amount = new Float64Array(size);
  }

  /**
   * Adds the next invoices in order (those of `invoices` from `from` to `to`); `replaced`: the stored
   * invoices their updates replace.
   */
  add(invoices: readonly Invoice[], replaced: readonly Invoice[] = [], from = 0, to = invoices.length): void {
    for (const r of replaced) this.replaced.add(r.id);
    const { id, number, description, coded } = this;
    for (let i = from; i < to; i++) {
      const inv = invoices[i] as Invoice;
      if (!plain(inv, this.replaced)) {
        this.others.push({ index: this.count++, invoice: inv });
        continue;
      }
      const at = this.at++;
      this.count++;
      id.push(inv.id);
      number.push(this.narrow ? oneByte(inv.number) : inv.number);
      description.set(at, inv.description);
      // Each coded key named, as CODED_KEYS lists them (CodedKeysInOrder fails to compile otherwise).
      coded.customerId.set(at, inv.customerId);
      coded.issueDate.set(at, inv.issueDate);
      coded.dueDate.set(at, inv.dueDate);
      coded.currency.set(at, inv.currency);
      coded.importBatchId.set(at, inv.importBatchId);
      this.amount = room(this.amount, at + 1);
      this.amount[at] = inv.amount;
    }
  }

  /** The invoices added, packed. */
  invoices(): PackedInvoices {
    const n = this.at;
    const coded = Object.fromEntries(CODED_KEYS.map((k) => [k, this.coded[k].done(n)])) as Record<
      (typeof CODED_KEYS)[number],
      TextColumn
    >;
    return {
      count: this.count,
      distinct: { id: this.id, number: this.number },
      coded,
      description: this.description.done(n),
      amount: this.amount.slice(0, n),
      others: this.others,
    };
  }

  /** The result as posted, with the invoices added here (not `result`'s). */
  done(result: ImportResult): PackedResult {
    const { status, invoices: _added, ...rest } = result;
    const packedStatus = new Uint8Array(status.length);
    for (let i = 0; i < status.length; i++) packedStatus[i] = STATUSES.indexOf(status[i] as RowStatus);
    return { ...rest, packedInvoices: this.invoices(), packedStatus };
  }
}

/** Invoices packed to be posted (the stored book's, for a conversion to check against). */
export function packInvoices(invoices: readonly Invoice[]): PackedInvoices {
  const packer = new InvoicePacker(invoices.length, false);
  packer.add(invoices);
  return packer.invoices();
}

/** The packed invoice of the packed shape at `at` (its place among those), built again. */
function plainInvoice(p: PackedInvoices, at: number): Invoice {
  const c = p.coded;
  // One literal either way, the description last: added after, it lived in a second object.
  const d = p.description.codes[at] as number;
  return d === NO_TEXT
    ? {
        id: p.distinct.id[at] as string,
        number: p.distinct.number[at] as string,
        customerId: c.customerId.values[c.customerId.codes[at] as number] as string,
        issueDate: c.issueDate.values[c.issueDate.codes[at] as number] as string,
        dueDate: c.dueDate.values[c.dueDate.codes[at] as number] as string,
        currency: c.currency.values[c.currency.codes[at] as number] as string,
        amount: small(p.amount[at] as number),
        importBatchId: c.importBatchId.values[c.importBatchId.codes[at] as number] as string,
      }
    : {
        id: p.distinct.id[at] as string,
        number: p.distinct.number[at] as string,
        customerId: c.customerId.values[c.customerId.codes[at] as number] as string,
        issueDate: c.issueDate.values[c.issueDate.codes[at] as number] as string,
        dueDate: c.dueDate.values[c.dueDate.codes[at] as number] as string,
        currency: c.currency.values[c.currency.codes[at] as number] as string,
        amount: small(p.amount[at] as number),
        importBatchId: c.importBatchId.values[c.importBatchId.codes[at] as number] as string,
        description: p.description.values[d] as string,
      };
}

/**
 * Packed invoices looked up by number, each built again only when asked for: what a conversion checks
 * its rows against (a stored invoice of the same number is updated, or left as it is). The book's
 * invoices were posted to the reader as a Map of a million objects: ~7.5 s from choosing a file of
 * 100,000 rows to its preview, in a book of a million. A number on two invoices finds the later one,
 * as a Map filled in order does.
 */
export class PackedInvoiceIndex {
  private index: TextIndex | null = null;
  /** Where each invoice of `others` is, by its place in the full list. */
  private othersAt: Map<number, Invoice> | null = null;

  constructor(private readonly p: PackedInvoices) {}

  get(number: string): Invoice | undefined {
    const { p } = this;
    if (!this.index) {
      // Filled from the last invoice back: the first added for a number (the last in the list) stays.
      const index = new TextIndex();
      this.othersAt = new Map(p.others.map((o) => [o.index, o.invoice]));
      let at = p.count - p.others.length;
      for (let i = p.count - 1; i >= 0; i--) {
        const other = this.othersAt.get(i);
        if (other) index.add(other.number, -1 - i);
        else index.add(p.distinct.number[--at] as string, at);
      }
      this.index = index;
    }
    const k = this.index.get(number);
    if (k === undefined) return undefined;
    return k < 0 ? this.othersAt?.get(-1 - k) : plainInvoice(p, k);
  }
}

/** The result as posted. */
export function packResult(result: ImportResult): PackedResult {
  const packer = new InvoicePacker(result.invoices.length);
  packer.add(result.invoices, result.replaced);
  return packer.done(result);
}

/**
 * A whole amount read from a Float64Array as a small integer: stored as read, each invoice's amount was
 * a boxed number of its own (12 bytes more an invoice than the same book read back from storage).
 */
function small(x: number): number {
  return (x | 0) === x ? x | 0 : x;
}

/** The result as `rowsToRecords` returned it. */
export function unpackResult(packed: PackedResult): ImportResult {
  const { packedInvoices: p, packedStatus, ...rest } = packed;
  const invoices: Invoice[] = new Array<Invoice>(p.count);
  let other = 0;
  let at = 0;
  for (let i = 0; i < p.count; i++) {
    const o = p.others[other];
    if (o && o.index === i) {
      invoices[i] = o.invoice;
      other++;
      continue;
    }
    invoices[i] = plainInvoice(p, at++);
  }
  const status = new Array<RowStatus>(packedStatus.length);
  for (let i = 0; i < packedStatus.length; i++) status[i] = STATUSES[packedStatus[i] as number] as RowStatus;
  return { ...rest, invoices, status };
}
