// How a block of invoices is kept in IndexedDB. Written as a list of objects, every invoice's every key
// name was serialized and read back again (a million invoices: ~3 s to write, ~2–3 s to read). Invoices
// of the usual shape — the keys an import writes, in its order — are kept as columns instead: ids and
// numbers as lists of strings, the texts a block repeats (customer, dates, currency, import, description)
// once each with a code per invoice, amounts in a Float64Array. Any other invoice is kept as the object
// it is, at its place. Reading gives back the same invoices, keys in the same order.
//
// A Dexie middleware (`packedBlocks`) packs every block written and unpacks every block read, so no
// caller sees the stored form; blocks written before it (lists of objects) are read as they are.
import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import type { Invoice } from '../domain/types';
import { IMPORTED_KEYS, importedShape } from './invoice-table';

/** The keys coded through the block's texts, in the order of their codes. */
const CODED = ['customerId', 'issueDate', 'dueDate', 'currency', 'importBatchId', 'description'] as const;
const WIDTH = CODED.length;
const DESCRIPTION = WIDTH - 1;

export interface PackedBlock {
  id: unknown;
  /** The stored form's version. */
  packed: 1;
  count: number;
  ids: string[];
  numbers: string[];
  /** Each distinct repeated text of the block once. */
  texts: string[];
  /** Per invoice of the usual shape, WIDTH codes into `texts` (CODED's order); `none`: no description. */
  codes: Uint16Array | Uint32Array;
  none: number;
  amounts: Float64Array;
  /** The other invoices (or anything else the rows held), at their index in the block. */
  others: { at: number; row: unknown }[];
}

/**
 * The number of keys `r` has of an imported invoice's shape (`importedShape`: in order, nothing else),
 * each of its type: 8 (no description), 9, or 0 for any other shape.
 */
function usualShape(r: unknown): number {
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return 0;
  const o = r as Record<string, unknown>;
  const k = importedShape(o);
  if (k === 0) return 0;
  // (-0 and fractions would not come back the same from the small integers the reader makes.)
  if (typeof o.amount !== 'number' || !Number.isInteger(o.amount) || Object.is(o.amount, -0)) return 0;
  // Each key named (IMPORTED_KEYS' texts): one lookup site read by eight names cost more than the rest.
  const texts =
    typeof o.id === 'string' &&
    typeof o.number === 'string' &&
    typeof o.customerId === 'string' &&
    typeof o.issueDate === 'string' &&
    typeof o.dueDate === 'string' &&
    typeof o.currency === 'string' &&
    typeof o.importBatchId === 'string' &&
    (k === 8 || typeof o.description === 'string');
  return texts ? k : 0;
}

/** The keys usualShape names one by one, in IMPORTED_KEYS' order (fails to compile if they differ). */
type ImportedKeysInOrder = readonly [
  'id',
  'number',
  'customerId',
  'issueDate',
  'dueDate',
  'currency',
  'amount',
  'importBatchId',
  'description',
];
IMPORTED_KEYS satisfies ImportedKeysInOrder;

/** The stored form of a block: packed when it is `{ id, rows: [...] }`, else as it is. */
export function packBlock(block: unknown): unknown {
  if (typeof block !== 'object' || block === null) return block;
  const b = block as Record<string, unknown>;
  const keys = Object.keys(b);
  if (keys.length !== 2 || !('id' in b) || !Array.isArray(b.rows)) return block;
  const rows = b.rows as unknown[];
  const ids: string[] = [];
  const numbers: string[] = [];
  const texts: string[] = [];
  const index = new Map<string, number>();
  const codes: number[] = [];
  const amounts: number[] = [];
  const others: PackedBlock['others'] = [];
  // Each coded key's last text and code: neighbouring invoices often repeat one (the batch, the
  // currency, a customer's run, a day's dates), and a match skips the block's map.
  const lastText: (string | null)[] = new Array<string | null>(WIDTH).fill(null);
  const lastCode: number[] = new Array<number>(WIDTH).fill(0);
  const code = (key: number, s: string): number => {
    if (s === lastText[key]) return lastCode[key] as number;
    let c = index.get(s);
    if (c === undefined) {
      c = texts.length;
      texts.push(s);
      index.set(s, c);
    }
    lastText[key] = s;
    lastCode[key] = c;
    return c;
  };
  for (let at = 0; at < rows.length; at++) {
    const r = rows[at];
    const shape = usualShape(r);
    if (shape === 0) {
      others.push({ at, row: r });
      continue;
    }
    const inv = r as Invoice;
    ids.push(inv.id);
    numbers.push(inv.number);
    codes.push(
      code(0, inv.customerId),
      code(1, inv.issueDate),
      code(2, inv.dueDate),
      code(3, inv.currency),
      code(4, inv.importBatchId as string),
      shape === 9 ? code(DESCRIPTION, inv.description as string) : -1,
    );
    amounts.push(inv.amount);
  }
  const none = texts.length < 0xffff ? 0xffff : 0xffffffff;
  const typed = none === 0xffff ? new Uint16Array(codes.length) : new Uint32Array(codes.length);
  for (let i = 0; i < codes.length; i++) typed[i] = codes[i] === -1 ? none : (codes[i] as number);
  const packed: PackedBlock = {
    id: b.id,
    packed: 1,
    count: rows.length,
    ids,
    numbers,
    texts,
    codes: typed,
    none,
    amounts: Float64Array.from(amounts),
    others,
  };
  return packed;
}

function isPacked(x: unknown): x is PackedBlock {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Partial<PackedBlock>;
  if (p.packed !== 1 || typeof p.count !== 'number' || !Array.isArray(p.ids) || !Array.isArray(p.numbers))
    return false;
  const n = p.ids.length;
  return (
    Array.isArray(p.texts) &&
    Array.isArray(p.others) &&
    p.numbers.length === n &&
    (p.codes instanceof Uint16Array || p.codes instanceof Uint32Array) &&
    p.codes.length === n * WIDTH &&
    p.amounts instanceof Float64Array &&
    p.amounts.length === n &&
    n + p.others.length === p.count &&
    p.others.every(
      (o, i, all) =>
        Number.isInteger(o?.at) &&
        o.at < (p.count as number) &&
        (i === 0 || o.at > (all[i - 1] as typeof o).at),
    )
  );
}

/** A block as stored, read back: the packed form unpacked, any other as it is. */
export function unpackBlock(stored: unknown): unknown {
  if (!isPacked(stored)) return stored;
  const p = stored;
  const texts = p.texts;
  const rows = new Array<unknown>(p.count);
  const { codes, none, amounts, ids, numbers, others } = p;
  let other = 0;
  let k = 0;
  for (let at = 0; at < p.count; at++) {
    const o = others[other];
    if (o && o.at === at) {
      rows[at] = o.row;
      other++;
      continue;
    }
    const c = k * WIDTH;
    const d = codes[c + DESCRIPTION] as number;
    // One literal either way, the description last: added after, it lived in a second object.
    rows[at] =
      d === none
        ? {
            id: ids[k],
            number: numbers[k],
            customerId: texts[codes[c] as number],
            issueDate: texts[codes[c + 1] as number],
            dueDate: texts[codes[c + 2] as number],
            currency: texts[codes[c + 3] as number],
            amount: small(amounts[k] as number),
            importBatchId: texts[codes[c + 4] as number],
          }
        : {
            id: ids[k],
            number: numbers[k],
            customerId: texts[codes[c] as number],
            issueDate: texts[codes[c + 1] as number],
            dueDate: texts[codes[c + 2] as number],
            currency: texts[codes[c + 3] as number],
            amount: small(amounts[k] as number),
            importBatchId: texts[codes[c + 4] as number],
            description: texts[d],
          };
    k++;
  }
  return { id: p.id, rows };
}

/** A whole amount as a small integer where it is one (read from a Float64Array it is a boxed number). */
function small(x: number): number {
  return (x | 0) === x ? x | 0 : x;
}

/** The invoice blocks' table, packing what it writes and unpacking what it reads. */
function packedTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (req) =>
      req.type === 'add' || req.type === 'put'
        ? table.mutate({ ...req, values: req.values.map(packBlock) })
        : table.mutate(req),
    get: async (req) => unpackBlock(await table.get(req)),
    getMany: async (req) => (await table.getMany(req)).map(unpackBlock),
    query: async (req) => {
      const res = await table.query(req);
      return req.values ? { ...res, result: res.result.map(unpackBlock) } : res;
    },
    openCursor: async (req) => {
      const cursor = await table.openCursor(req);
      return cursor && req.values !== false ? unpackingCursor(cursor) : cursor;
    },
  };
}

function unpackingCursor(cursor: DBCoreCursor): DBCoreCursor {
  let from: unknown = undefined;
  let value: unknown = undefined;
  return Object.create(cursor, {
    value: {
      get: () => {
        const v = cursor.value;
        if (v !== from) {
          from = v;
          value = unpackBlock(v);
        }
        return value;
      },
    },
  }) as DBCoreCursor;
}

/** The Dexie middleware: the invoice blocks' table packed, every other table as it is. */
export const packedBlocks: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'packedInvoiceBlocks',
  create: (down) => ({
    ...down,
    table: (name) => (name === 'invoiceBlocks' ? packedTable(down.table(name)) : down.table(name)),
  }),
};
