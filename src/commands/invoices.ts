// Invoices typed, pasted, edited and deleted in the grid: each cell's text is read as the importer reads it (money through
// parseMoney, dates as ISO or the user's locale order), checked, and turned into one change set.
import { currencyDigits, isCurrencyCode, parseMoney } from '../domain/money';
import { addDays } from '../domain/dates';
import { parseDateInOrder, type DateOrder } from '../domain/date-text';
import { DEFAULT_TERMS, dueDate as dueFromTerms } from '../domain/terms';
import type { Customer, Invoice, IsoDate } from '../domain/types';
import type { ChangeSet } from '../db/change-set';
import type { CellEdit, CommandError, CommandResult, Ctx, Snapshot } from './types';
import { customerKey } from '../csv/rows-to-records';
import { msg, type Msg } from './message';

export const EDITABLE_INVOICE_COLUMNS = [
  'number',
  'customer',
  'issueDate',
  'dueDate',
  'currency',
  'amount',
] as const;

/** Reads a date typed by a person: ISO, or in the order of the user's locale (month first in en-US). */
export function readDate(text: string, order: DateOrder): IsoDate | null {
  const d = parseDateInOrder(text, order);
  return d.kind === 'date' ? d.iso : null;
}

export function readAmount(text: string, currency: string): number | null {
  return parseMoney(text, { digits: isCurrencyCode(currency) ? currencyDigits(currency) : 2 });
}

export interface EditContext {
  invoice: (id: string) => Invoice | undefined;
  /** The id of the invoice with this number (stored, or given earlier in the same edit). */
  numberOwner: (number: string) => string | undefined;
  /** Numbers given in this edit so far. */
  numbers: Map<string, string>;
  /** The customers known so far (stored, and created earlier in the same edit), by folded name and id. */
  customers: KnownCustomers;
  newId: (prefix: string) => string;
  today: IsoDate;
  dateOrder: DateOrder;
  defaultCurrency: string;
  defaultCountry: string;
}

/**
 * Customers by folded name and by id: a pasted block of ten thousand names looks each up in a map, not
 * in a list (a list made a junk paste freeze the page for seconds).
 */
export class KnownCustomers {
  /** By folded name; built on the first look-up by name (an amount or date edit never needs it). */
  private byKey: Map<string, Customer> | null = null;
  private readonly byId = new Map<string, Customer>();
  private readonly added: Customer[] = [];
  constructor(
    private readonly list: () => Iterable<Customer>,
    private readonly stored: (id: string) => Customer | undefined = () => undefined,
  ) {}
  named(key: string): Customer | undefined {
    if (!this.byKey) {
      this.byKey = new Map();
      for (const c of this.list()) this.index(c);
      for (const c of this.added) this.index(c);
    }
    return this.byKey.get(key);
  }
  withId(id: string): Customer | undefined {
    return this.byId.get(id) ?? this.stored(id);
  }
  add(c: Customer): void {
    this.added.push(c);
    this.byId.set(c.id, c);
    if (this.byKey) this.index(c);
  }
  private index(c: Customer): void {
    const key = customerKey(c.name);
    if (!this.byKey!.has(key)) this.byKey!.set(key, c);
  }
}

export interface FieldError {
  columnId: string;
  error: Msg;
}

/**
 * Applies one column's text to an invoice; returns the error or the updated invoice. A customer name not
 * known yet makes a new customer, kept in `fresh` (by folded name) until the caller accepts it.
 */
export function applyCell(
  inv: Invoice,
  columnId: string,
  text: string,
  ctx: EditContext,
  fresh: Map<string, Customer>,
): Invoice | FieldError {
  const v = text.trim();
  switch (columnId) {
    case 'number': {
      if (!v) return { columnId, error: msg('invoices.edit.numberRequired') };
      const other = ctx.numbers.get(v) ?? ctx.numberOwner(v);
      if (other && other !== inv.id)
        return { columnId, error: msg('invoices.edit.numberUsed', { number: v }) };
      return { ...inv, number: v };
    }
    case 'customer': {
      if (!v) return { columnId, error: msg('invoices.edit.customerRequired') };
      const key = customerKey(v);
      let c = ctx.customers.named(key) ?? fresh.get(key);
      if (!c) {
        c = {
          id: ctx.newId('cus'),
          name: v,
          country: ctx.defaultCountry,
          language: 'en',
          currency: inv.currency || ctx.defaultCurrency,
          debtor: 'business',
          creditHold: false,
          escalation: 'none',
          createdAt: ctx.today,
        };
        fresh.set(key, c);
      }
      return { ...inv, customerId: c.id };
    }
    case 'issueDate':
    case 'dueDate': {
      const d = readDate(v, ctx.dateOrder);
      if (!d) return { columnId, error: msg('invoices.edit.notDate', { value: v }) };
      const next = { ...inv, [columnId]: d };
      if (next.dueDate < next.issueDate) return { columnId, error: msg('invoices.edit.dueBeforeIssue') };
      return next;
    }
    case 'currency': {
      const code = v.toUpperCase();
      if (!isCurrencyCode(code)) return { columnId, error: msg('invoices.edit.currency', { value: v }) };
      return { ...inv, currency: code };
    }
    case 'amount': {
      const amount = readAmount(v, inv.currency);
      if (amount === null) return { columnId, error: msg('invoices.edit.notAmount', { value: v }) };
      if (amount <= 0) return { columnId, error: msg('invoices.edit.amountPositive') };
      return { ...inv, amount };
    }
    default:
      return { columnId, error: msg('grid.error.computed') };
  }
}

export interface EditOutcome {
  change: ChangeSet;
  errors: CommandError[];
}

/** Edits of existing invoices: cells grouped per invoice, all-or-nothing per invoice. */
export function planEdits(
  cells: { key: string; columnId: string; text: string }[],
  ctx: EditContext,
): EditOutcome {
  const newCustomers = new Map<string, Customer>();
  const updated = new Map<string, Invoice>();
  const errors: EditOutcome['errors'] = [];
  cells.forEach((cell, index) => {
    const base = updated.get(cell.key) ?? ctx.invoice(cell.key);
    if (!base) return;
    const r = applyCell(base, cell.columnId, cell.text, ctx, newCustomers);
    if (!('id' in r)) errors.push({ index, key: cell.key, ...r });
    else {
      updated.set(cell.key, r as Invoice);
      if (cell.columnId === 'number') ctx.numbers.set((r as Invoice).number, cell.key);
    }
  });
  // A new customer goes in only with an invoice that uses it (a refused invoice leaves none behind).
  const used = new Set([...updated.values()].map((i) => i.customerId));
  const customers = [...newCustomers.values()].filter((c) => used.has(c.id));
  return { change: { invoices: { put: [...updated.values()] }, customers: { put: customers } }, errors };
}

/** New invoices from pasted or typed rows (column id → text). Rows with any problem are not created. */
export function planInserts(rows: Record<string, string>[], ctx: EditContext): EditOutcome {
  const newCustomers: Customer[] = [];
  const created: Invoice[] = [];
  const errors: EditOutcome['errors'] = [];
  rows.forEach((row, index) => {
    let inv: Invoice = {
      id: ctx.newId('inv'),
      number: '',
      customerId: '',
      issueDate: ctx.today,
      dueDate: ctx.today,
      currency: ctx.defaultCurrency,
      amount: 0,
    };
    const rowErrors: EditOutcome['errors'] = [];
    const localCustomers = new Map<string, Customer>();
    // Currency first, so the amount is read with the right number of decimals; the due date last.
    const order = ['currency', 'number', 'customer', 'issueDate', 'amount', 'dueDate'];
    for (const col of order) {
      const text = row[col];
      if (text === undefined) {
        if (col === 'number' || col === 'customer' || col === 'amount')
          rowErrors.push({
            index,
            columnId: col,
            error: msg(
              col === 'number'
                ? 'invoices.edit.numberRequired'
                : col === 'customer'
                  ? 'invoices.edit.customerRequired'
                  : 'invoices.edit.amountRequired',
            ),
          });
        continue;
      }
      if (col === 'dueDate' && !text.trim()) continue;
      const r = applyCell(inv, col, text, ctx, localCustomers);
      if (!('id' in r)) rowErrors.push({ index, ...r });
      else inv = r as Invoice;
    }
    if (row.dueDate === undefined || !row.dueDate.trim()) {
      const customer =
        ctx.customers.withId(inv.customerId) ??
        [...localCustomers.values()].find((c) => c.id === inv.customerId);
      inv = {
        ...inv,
        dueDate: dueFromTerms(inv.issueDate, customer?.terms ?? DEFAULT_TERMS) ?? addDays(inv.issueDate, 30),
      };
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else {
      created.push(inv);
      ctx.numbers.set(inv.number, inv.id);
      for (const c of localCustomers.values()) {
        newCustomers.push(c);
        ctx.customers.add(c);
      }
    }
  });
  return { change: { invoices: { put: created }, customers: { put: newCustomers } }, errors };
}

// Looks invoices up one by one (no pass over the book): an edit in a book of a million invoices
// costs the same as in a book of ten.
function editContext(snapshot: Snapshot, ctx: Ctx): EditContext {
  return {
    invoice: (id) => snapshot.get('invoices', id),
    numberOwner: (number) => snapshot.invoiceByNumber(number)?.id,
    numbers: new Map(),
    customers: new KnownCustomers(
      () => snapshot.list('customers'),
      (id) => snapshot.get('customers', id),
    ),
    newId: ctx.newId,
    today: ctx.today,
    dateOrder: ctx.dateOrder,
    defaultCurrency: ctx.company.baseCurrency || 'EUR',
    defaultCountry: ctx.company.country || 'IT',
  };
}

/** Cells of existing invoices typed or pasted in the grid. */
export function editInvoices(snapshot: Snapshot, cells: readonly CellEdit[], ctx: Ctx): CommandResult {
  const out = planEdits([...cells], editContext(snapshot, ctx));
  const label =
    cells.length === 1
      ? msg('invoices.undo.editOne')
      : msg('invoices.undo.editMany', { count: cells.length });
  return { ...out, label };
}

/** New invoices from rows typed or pasted in the grid (column id → text). */
export function createInvoices(
  snapshot: Snapshot,
  rows: readonly Record<string, string>[],
  ctx: Ctx,
): CommandResult {
  const out = planInserts([...rows], editContext(snapshot, ctx));
  const label =
    rows.length === 1 ? msg('invoices.undo.newOne') : msg('invoices.undo.pasteMany', { count: rows.length });
  return { ...out, label };
}

/**
 * Deletes invoices. What pointed at them stays, on the customer's account: payments lose their
 * allocations to them (the money is then unapplied, not lost) and credit notes and fees lose their
 * invoice — so no record refers to an invoice that is gone (a backup with such a reference is refused).
 */
export function deleteInvoices(snapshot: Snapshot, ids: readonly string[]): CommandResult {
  const gone = new Set(ids);
  const payments = snapshot
    .list('payments')
    .filter((p) => p.allocations.some((a) => gone.has(a.invoiceId)))
    .map((p) => ({ ...p, allocations: p.allocations.filter((a) => !gone.has(a.invoiceId)) }));
  const adjustments = snapshot
    .list('adjustments')
    .filter((a) => a.invoiceId !== undefined && gone.has(a.invoiceId))
    .map(({ invoiceId: _i, ...a }) => a);
  return {
    change: {
      invoices: { delete: [...ids] },
      ...(payments.length ? { payments: { put: payments } } : {}),
      ...(adjustments.length ? { adjustments: { put: adjustments } } : {}),
    },
    errors: [],
    label:
      ids.length === 1
        ? msg('invoices.undo.deleteOne')
        : msg('invoices.undo.deleteMany', { count: ids.length }),
  };
}
