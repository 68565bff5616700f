// A held or cash-only customer is flagged wherever it appears (issue #10, item 9), also the moment an
// invoice on credit is typed or pasted for it: the write goes through (the invoice exists), and the
// user is told at once that this customer gets no more credit.
import type { CommandResult } from '../../commands/types';
import type { Customer } from '../../domain/types';
import { t } from '../../i18n';

/** The held or cash-only customers the written invoices are for, by name; empty when none. */
export function heldCustomersOf(result: CommandResult, customers: ReadonlyMap<string, Customer>): string[] {
  if (result.errors.length > 0 && !result.change.invoices) return [];
  const names = new Set<string>();
  for (const inv of result.change.invoices?.put ?? []) {
    const c = customers.get(inv.customerId);
    if (c && (c.creditHold || c.cashOnly)) names.add(c.name);
  }
  return [...names];
}

/** The warning to show for them, in the interface language, or null. */
export function holdWarning(result: CommandResult, customers: ReadonlyMap<string, Customer>): string | null {
  const names = heldCustomersOf(result, customers);
  return names.length ? t('invoices.heldWarning', { names: names.join(', ') }) : null;
}
