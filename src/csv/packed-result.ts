// An import's result in the form the reading worker posts it to the page. Structured clone writes every
// property name of every object: 100,000 invoice objects cost more to post than the rows they came from.
// So the invoices of the usual shape travel as columns (a repeated text such as a date, a customer id or
// a currency once, each row a code into it; amounts in a transferred Float64Array) and are built again
// on the page, in their original order and with their keys in the original order. Anything else (terms,
// an update carrying a stored invoice's other fields) travels as the object it is.
import type { Invoice } from '../domain/types';
import type { ImportResult, RowStatus } from './rows-to-records';

/** The keys of an invoice the importer makes, in the order it makes them (`description` optional). */
const KEYS = [
  'id',
  'number',
  'customerId',
  'issueDate',
  'dueDate',
  'currency',
  'amount',
  'importBatchId',
] as const;
type TextKey = Exclude<(typeof KEYS)[number], 'amount'>;
const TEXT_KEYS: TextKey[] = [
  'id',
  'number',
  'customerId',
  'issueDate',
  'dueDate',
  'currency',
  'importBatchId',
];

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

/** A column of texts: each distinct text once, each row its index. */
export interface TextColumn {
  values: string[];
  codes: Uint32Array;
}

export interface PackedInvoices {
  count: number;
  text: Record<TextKey, TextColumn>;
  /** Description per packed invoice; -1 where it has none (the key is absent). */
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

class TextEncoderColumn {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];
  readonly codes: Uint32Array;
  constructor(size: number) {
    this.codes = new Uint32Array(size);
  }
  set(at: number, text: string): void {
    let code = this.index.get(text);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(text);
      this.index.set(text, code);
    }
    this.codes[at] = code;
  }
  done(): TextColumn {
    return { values: this.values, codes: this.codes };
  }
}

/** True for an invoice whose keys are exactly the importer's, in its order, all texts and a number. */
function plain(inv: Invoice): boolean {
  const keys = Object.keys(inv);
  const n = keys.length;
  if (n !== KEYS.length && !(n === KEYS.length + 1 && keys[n - 1] === 'description')) return false;
  for (let k = 0; k < KEYS.length; k++) if (keys[k] !== KEYS[k]) return false;
  for (const key of TEXT_KEYS) if (typeof inv[key] !== 'string') return false;
  return typeof inv.amount === 'number' && (n === KEYS.length || typeof inv.description === 'string');
}

/** The result as posted, and the buffers to transfer with it. */
export function packResult(result: ImportResult): { packed: PackedResult; transfer: ArrayBuffer[] } {
  const { invoices, status, ...rest } = result;
  const count = invoices.length;
  const text = Object.fromEntries(TEXT_KEYS.map((k) => [k, new TextEncoderColumn(count)])) as Record<
    TextKey,
    TextEncoderColumn
  >;
  const description = new TextEncoderColumn(count);
  const amount = new Float64Array(count);
  const others: PackedInvoices['others'] = [];
  let packedCount = 0;
  for (let i = 0; i < count; i++) {
    const inv = invoices[i] as Invoice;
    if (!plain(inv)) {
      others.push({ index: i, invoice: inv });
      continue;
    }
    const at = packedCount++;
    for (const key of TEXT_KEYS) text[key].set(at, inv[key] as string);
    amount[at] = inv.amount;
    if (inv.description === undefined) description.codes[at] = 0xffffffff;
    else description.set(at, inv.description);
  }
  const packedStatus = new Uint8Array(status.length);
  for (let i = 0; i < status.length; i++) packedStatus[i] = STATUSES.indexOf(status[i] as RowStatus);
  const columns = Object.fromEntries(TEXT_KEYS.map((k) => [k, text[k].done()])) as Record<
    TextKey,
    TextColumn
  >;
  const packed: PackedResult = {
    ...rest,
    packedInvoices: { count, text: columns, description: description.done(), amount, others },
    packedStatus,
  };
  const transfer = [
    amount.buffer,
    packedStatus.buffer,
    description.codes.buffer,
    ...TEXT_KEYS.map((k) => columns[k].codes.buffer),
  ] as ArrayBuffer[];
  return { packed, transfer };
}

/** The result as `rowsToRecords` returned it. */
export function unpackResult(packed: PackedResult): ImportResult {
  const { packedInvoices: p, packedStatus, ...rest } = packed;
  const invoices: Invoice[] = new Array<Invoice>(p.count);
  const t = p.text;
  const d = p.description;
  let other = 0;
  let at = 0;
  for (let i = 0; i < p.count; i++) {
    const o = p.others[other];
    if (o && o.index === i) {
      invoices[i] = o.invoice;
      other++;
      continue;
    }
    const inv: Invoice = {
      id: t.id.values[t.id.codes[at] as number] as string,
      number: t.number.values[t.number.codes[at] as number] as string,
      customerId: t.customerId.values[t.customerId.codes[at] as number] as string,
      issueDate: t.issueDate.values[t.issueDate.codes[at] as number] as string,
      dueDate: t.dueDate.values[t.dueDate.codes[at] as number] as string,
      currency: t.currency.values[t.currency.codes[at] as number] as string,
      amount: p.amount[at] as number,
      importBatchId: t.importBatchId.values[t.importBatchId.codes[at] as number] as string,
    };
    const dc = d.codes[at] as number;
    if (dc !== 0xffffffff) inv.description = d.values[dc] as string;
    invoices[i] = inv;
    at++;
  }
  const status = new Array<RowStatus>(packedStatus.length);
  for (let i = 0; i < packedStatus.length; i++) status[i] = STATUSES[packedStatus[i] as number] as RowStatus;
  return { ...rest, invoices, status };
}
