// Grid edits and pastes on invoices: each cell's text is read as the importer reads it (money through
// parseMoney, dates as ISO or the user's locale order), checked, and turned into one change set.
import { currencyDigits, isCurrencyCode, parseMoney } from '../../domain/money';
import { addDays, isIsoDate, parseDate } from '../../domain/dates';
import { DEFAULT_TERMS, dueDate as dueFromTerms } from '../../domain/terms';
import type { Customer, Invoice, IsoDate } from '../../domain/types';
import type { ChangeSet } from '../../db/book';
import { customerKey } from '../../csv/rows-to-records';
import { t } from '../../i18n';

export const EDITABLE_INVOICE_COLUMNS = [
  'number',
  'customer',
  'issueDate',
  'dueDate',
  'currency',
  'amount',
] as const;

/** Reads a date typed by a person: ISO, or day-first with / . - (as most of Overdue's users write it). */
export function readDate(text: string): IsoDate | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  for (const f of ['dd/mm/yyyy', 'dd.mm.yyyy', 'dd-mm-yyyy']) {
    const d = parseDate(t, f);
    if (d) return d;
  }
  return null;
}

export function readAmount(text: string, currency: string): number | null {
  return parseMoney(text, { digits: isCurrencyCode(currency) ? currencyDigits(currency) : 2 });
}

export interface EditContext {
  invoices: Map<string, Invoice>;
  numbers: Map<string, string>;
  customers: Customer[];
  newId: (prefix: string) => string;
  today: IsoDate;
  defaultCurrency: string;
  defaultCountry: string;
}

export interface FieldError {
  columnId: string;
  message: string;
}

/** Applies one column's text to an invoice; returns the error or the updated invoice. */
export function applyCell(
  inv: Invoice,
  columnId: string,
  text: string,
  ctx: EditContext,
  newCustomers: Customer[],
): Invoice | FieldError {
  const v = text.trim();
  switch (columnId) {
    case 'number': {
      if (!v) return { columnId, message: t('invoices.edit.numberRequired') };
      const other = ctx.numbers.get(v);
      if (other && other !== inv.id)
        return { columnId, message: t('invoices.edit.numberUsed', { number: v }) };
      return { ...inv, number: v };
    }
    case 'customer': {
      if (!v) return { columnId, message: t('invoices.edit.customerRequired') };
      const key = customerKey(v);
      let c = [...ctx.customers, ...newCustomers].find((x) => customerKey(x.name) === key);
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
        newCustomers.push(c);
      }
      return { ...inv, customerId: c.id };
    }
    case 'issueDate':
    case 'dueDate': {
      const d = readDate(v);
      if (!d) return { columnId, message: t('invoices.edit.notDate', { value: v }) };
      const next = { ...inv, [columnId]: d };
      if (next.dueDate < next.issueDate) return { columnId, message: t('invoices.edit.dueBeforeIssue') };
      return next;
    }
    case 'currency': {
      const code = v.toUpperCase();
      if (!isCurrencyCode(code)) return { columnId, message: t('invoices.edit.currency', { value: v }) };
      return { ...inv, currency: code };
    }
    case 'amount': {
      const amount = readAmount(v, inv.currency);
      if (amount === null) return { columnId, message: t('invoices.edit.notAmount', { value: v }) };
      if (amount <= 0) return { columnId, message: t('invoices.edit.amountPositive') };
      return { ...inv, amount };
    }
    default:
      return { columnId, message: t('grid.error.computed') };
  }
}

export interface EditOutcome {
  change: ChangeSet;
  errors: { index: number; key: string; columnId: string; message: string }[];
}

/** Edits of existing invoices: cells grouped per invoice, all-or-nothing per invoice. */
export function planEdits(
  cells: { key: string; columnId: string; text: string }[],
  ctx: EditContext,
): EditOutcome {
  const newCustomers: Customer[] = [];
  const updated = new Map<string, Invoice>();
  const errors: EditOutcome['errors'] = [];
  cells.forEach((cell, index) => {
    const base = updated.get(cell.key) ?? ctx.invoices.get(cell.key);
    if (!base) return;
    const r = applyCell(base, cell.columnId, cell.text, ctx, newCustomers);
    if ('message' in r && !('id' in r)) errors.push({ index, key: cell.key, ...r });
    else {
      updated.set(cell.key, r as Invoice);
      if (cell.columnId === 'number') ctx.numbers.set((r as Invoice).number, cell.key);
    }
  });
  return { change: { invoices: { put: [...updated.values()] }, customers: { put: newCustomers } }, errors };
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
    const localCustomers: Customer[] = [];
    // Currency first, so the amount is read with the right number of decimals; the due date last.
    const order = ['currency', 'number', 'customer', 'issueDate', 'amount', 'dueDate'];
    for (const col of order) {
      const text = row[col];
      if (text === undefined) {
        if (col === 'number' || col === 'customer' || col === 'amount')
          rowErrors.push({
            index,
            key: '',
            columnId: col,
            message: t(
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
      if ('message' in r && !('id' in r)) rowErrors.push({ index, key: '', ...r });
      else inv = r as Invoice;
    }
    if (row.dueDate === undefined || !row.dueDate.trim()) {
      const customer = [...ctx.customers, ...localCustomers].find((c) => c.id === inv.customerId);
      inv = {
        ...inv,
        dueDate: dueFromTerms(inv.issueDate, customer?.terms ?? DEFAULT_TERMS) ?? addDays(inv.issueDate, 30),
      };
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else {
      created.push(inv);
      ctx.numbers.set(inv.number, inv.id);
      newCustomers.push(...localCustomers);
      ctx.customers = [...ctx.customers, ...localCustomers];
    }
  });
  return { change: { invoices: { put: created }, customers: { put: newCustomers } }, errors };
}
