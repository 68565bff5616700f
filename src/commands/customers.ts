// Customers: one validator for a cell typed in the grid and a field of the customer form, and the
// commands that create, edit and delete customers with it.
import { currencyDigits, isCurrencyCode, parseMoney, toDecimalString } from '../domain/money';
import { parseTerms } from '../domain/terms';
import { formatTerms } from '../i18n/terms';
import { LANGUAGES, type Customer, type Jurisdiction, type Language } from '../domain/types';

const JURISDICTIONS: readonly Jurisdiction[] = ['EU', 'IT', 'FR', 'RO', 'DK', 'DE', 'UK', 'US'];
import { applyCellEdits } from './cells';
import { isMsg, msg, type Msg } from './message';
import type { CellEdit, CommandError, CommandResult, Ctx, Snapshot } from './types';

export function termsText(c: Customer): string {
  return c.terms ? formatTerms(c.terms) : '';
}

/** The fields of the customer form, each as the text the validator reads back. */
export const CUSTOMER_FORM_FIELDS = [
  'name',
  'email',
  'phone',
  'address',
  'taxId',
  'country',
  'language',
  'currency',
  'debtor',
  'terms',
  'creditLimit',
  'contractRate',
  'contractLaw',
  'eomReading',
  'creditHold',
  'escalation',
  'notes',
] as const;

/** A customer's field as text, as the form shows it and `applyCustomerCell` reads it. */
export function customerFieldText(c: Customer, field: string): string {
  switch (field) {
    case 'terms':
      return termsText(c);
    case 'creditLimit':
      return c.creditLimit === undefined ? '' : toDecimalString(c.creditLimit, c.currency);
    case 'contractRate':
      return c.contractRatePercent === undefined ? '' : String(c.contractRatePercent);
    case 'creditHold':
      return c.creditHold ? 'yes' : 'no';
    case 'escalation':
      return c.escalation ?? 'none';
    default: {
      const v = (c as unknown as Record<string, unknown>)[field];
      return typeof v === 'string' ? v : '';
    }
  }
}

/** Optional free-text fields: an empty text removes the field. */
const TEXT_FIELDS = ['email', 'phone', 'address', 'taxId', 'references', 'riskNotes', 'notes'] as const;

/** Applies one field's text to a customer: the updated customer, or why the text was refused. */
export function applyCustomerCell(c: Customer, columnId: string, text: string): Customer | Msg {
  const v = text.trim();
  if ((TEXT_FIELDS as readonly string[]).includes(columnId)) {
    const key = columnId as (typeof TEXT_FIELDS)[number];
    if (v) return { ...c, [key]: columnId === 'address' ? text.trim() : v };
    const rest = { ...c };
    delete rest[key];
    return rest;
  }
  switch (columnId) {
    case 'name':
      return v ? { ...c, name: v } : msg('customer.error.name');
    case 'country': {
      const code = v.toUpperCase() === 'UK' ? 'GB' : v.toUpperCase();
      return /^[A-Z]{2}$/.test(code) ? { ...c, country: code } : msg('customer.error.country', { value: v });
    }
    case 'language':
      return LANGUAGES.includes(v.toLowerCase() as Language)
        ? { ...c, language: v.toLowerCase() as Language }
        : msg('customer.error.language', { list: LANGUAGES.join(', ') });
    case 'currency':
      return isCurrencyCode(v.toUpperCase())
        ? { ...c, currency: v.toUpperCase() }
        : msg('customer.error.currency', { value: v });
    case 'debtor':
      return v === 'business' || v === 'consumer' ? { ...c, debtor: v } : msg('customer.error.debtor');
    case 'terms': {
      if (!v) {
        const { terms: _drop, ...rest } = c;
        return rest;
      }
      const terms = parseTerms(v);
      return terms ? { ...c, terms } : msg('customer.error.termsLong', { value: v });
    }
    case 'creditLimit': {
      if (!v) {
        const { creditLimit: _drop, ...rest } = c;
        return rest;
      }
      const amount = parseMoney(v, { digits: isCurrencyCode(c.currency) ? currencyDigits(c.currency) : 2 });
      return amount !== null && amount >= 0
        ? { ...c, creditLimit: amount }
        : msg('customer.error.amount', { value: v });
    }
    case 'contractLaw': {
      // The governing law agreed in the contract (governingRule): empty for the default rule.
      if (!v) {
        const { contractLaw: _drop, ...rest } = c;
        return rest;
      }
      const j = v.toUpperCase() as Jurisdiction;
      return (JURISDICTIONS as readonly string[]).includes(j)
        ? { ...c, contractLaw: j }
        : msg('customer.error.contractLaw', { list: JURISDICTIONS.join(', ') });
    }
    case 'eomReading': {
      // How this customer's end-of-month terms are read, whatever their wording: empty for the wording's.
      if (!v) {
        const { eomReading: _drop, ...rest } = c;
        return rest;
      }
      return v === 'month-end-plus-days' || v === 'days-then-month-end'
        ? { ...c, eomReading: v }
        : msg('customer.error.eomReading');
    }
    case 'contractRate': {
      if (!v) {
        const { contractRatePercent: _drop, ...rest } = c;
        return rest;
      }
      const r = Number(v.replace(',', '.'));
      return Number.isFinite(r) && r >= 0 && r <= 100 && /^\d+([.,]\d+)?$/.test(v)
        ? { ...c, contractRatePercent: r }
        : msg('customer.error.rate');
    }
    case 'escalation':
      return (['none', 'agency', 'small-claims', 'lawyer'] as const).includes(v as never)
        ? { ...c, escalation: v as NonNullable<Customer['escalation']> }
        : msg('grid.error.notEditable');
    case 'creditHold': {
      const lower = v.toLowerCase();
      if (['yes', 'y', 'true', '1', 'x'].includes(lower)) return { ...c, creditHold: true };
      if (['no', 'n', 'false', '0', ''].includes(lower)) return { ...c, creditHold: false };
      return msg('customer.error.creditHold');
    }
    default:
      return msg('grid.error.computed');
  }
}

/** Cells typed or pasted into the customers grid: every valid cell is applied, each refusal reported. */
export function editCustomers(snapshot: Snapshot, cells: readonly CellEdit[]): CommandResult {
  const { updated, errors } = applyCellEdits(cells, (id) => snapshot.get('customers', id), applyCustomerCell);
  return { change: { customers: { put: updated } }, errors, label: msg('customers.undo.edit') };
}

/**
 * The customer form: the fields the user changed, each through the same validator as the grid, applied
 * to the customer as stored; nothing is written if any is refused. `expected` holds what the form
 * showed for those fields: where the stored value differs (another tab changed it meanwhile), the
 * save is refused and says so, rather than silently writing over it.
 */
export function saveCustomer(
  snapshot: Snapshot,
  input: { id: string; fields: Record<string, string>; expected?: Record<string, string> },
): CommandResult {
  const base = snapshot.get('customers', input.id);
  const label = msg('customer.undo.edit', { name: base?.name ?? '' });
  if (!base) return { change: {}, errors: [{ error: msg('customer.missing') }], label };
  const conflicts = Object.entries(input.expected ?? {}).filter(
    ([f, text]) => customerFieldText(base, f) !== text,
  );
  if (conflicts.length)
    return {
      change: {},
      errors: conflicts.map(([columnId]) => ({ key: input.id, columnId, error: msg('write.conflict') })),
      label,
    };
  let c = base;
  const errors: CommandError[] = [];
  for (const [columnId, text] of Object.entries(input.fields)) {
    const r = applyCustomerCell(c, columnId, text);
    if (isMsg(r)) errors.push({ key: input.id, columnId, error: r });
    else c = r;
  }
  return errors.length
    ? { change: {}, errors, label }
    : { change: { customers: { put: [c] } }, errors, label: msg('customer.undo.edit', { name: c.name }) };
}

/** New customers from rows typed or pasted in the grid (column id → text); a row with a problem is not created. */
export function createCustomers(
  _snapshot: Snapshot,
  rows: readonly Record<string, string>[],
  ctx: Ctx,
): CommandResult {
  const errors: CommandError[] = [];
  const created: Customer[] = [];
  rows.forEach((row, index) => {
    let c: Customer = {
      id: ctx.newId('cus'),
      name: '',
      country: ctx.company.country || 'IT',
      language: ctx.company.language,
      currency: ctx.company.baseCurrency || 'EUR',
      debtor: 'business',
      creditHold: false,
      escalation: 'none',
      createdAt: ctx.today,
    };
    const before = errors.length;
    for (const [col, text] of Object.entries(row)) {
      const r = applyCustomerCell(c, col, text);
      if (isMsg(r)) errors.push({ index, columnId: col, error: r });
      else c = r;
    }
    if (!c.name) errors.push({ index, columnId: 'name', error: msg('customer.error.name') });
    if (errors.length === before) created.push(c);
  });
  return { change: { customers: { put: created } }, errors, label: msg('customers.undo.new') };
}

/** Deletes customers nothing points at; the others are kept and reported. */
export function deleteCustomers(snapshot: Snapshot, ids: readonly string[]): CommandResult {
  const used = new Set(snapshot.list('invoices').map((i) => i.customerId));
  for (const p of snapshot.list('payments')) if (p.customerId) used.add(p.customerId);
  const kept = ids.filter((k) => used.has(k));
  return {
    change: { customers: { delete: ids.filter((k) => !used.has(k)) } },
    errors: kept.length ? [{ error: msg('customers.kept', { count: kept.length }) }] : [],
    label: msg('customers.undo.delete'),
  };
}
