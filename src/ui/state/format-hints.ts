// Which date and amount formats a refused cell accepts, written as the user's locale writes them
// ("31/12/2026 o 2026-12-31", "1.234,56 o 1234,56" in Italian, "12/31/2026 or 2026-12-31" in en-US).
// Each example is read back by the same reader the commands use, in the same locale order, so a hint
// never names a format the grid would refuse.
import type { Msg } from '../../commands/message';
import type { MessageKey } from '../../i18n/en';
import { currentLocale, date, say, t } from '../../i18n';
import { parseDateText } from '../../domain/date-text';
import { parseMoney } from '../../domain/money';

const DATE_CODES = new Set<MessageKey>(['invoices.edit.notDate', 'payments.edit.date', 'grid.error.notDate']);
const AMOUNT_CODES = new Set<MessageKey>([
  'invoices.edit.notAmount',
  'payments.edit.amount',
  'customer.error.amount',
]);

const SAMPLE_DATE = '2026-12-31';
const SAMPLE_AMOUNT = 123456; // 1234.56 in minor units

function either(options: string[]): string {
  const unique = [...new Set(options)];
  return new Intl.ListFormat(currentLocale(), { type: 'disjunction' }).format(unique);
}

/** "31/12/2026 or 2026-12-31" in the interface locale ("12/31/2026 or 2026-12-31" in en-US). */
export function dateFormats(): string {
  const local = date(SAMPLE_DATE);
  const read = parseDateText(local, currentLocale());
  return either(read.kind === 'date' && read.iso === SAMPLE_DATE ? [local, SAMPLE_DATE] : [SAMPLE_DATE]);
}

/** "1,234.56 or 1234.56" in the interface locale. */
export function amountFormats(): string {
  const locale = currentLocale();
  const shape = (grouping: boolean) =>
    new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      useGrouping: grouping ? 'always' : false,
    }).format(SAMPLE_AMOUNT / 100);
  const fits = (s: string) => parseMoney(s, { digits: 2 }) === SAMPLE_AMOUNT;
  const shapes = [shape(true), shape(false)].filter(fits);
  return either(shapes.length ? shapes : ['1234.56']);
}

/** A command's message, followed by the accepted formats when it refused a date or an amount. */
export function sayWithFormats(m: Msg): string {
  const text = say(m);
  if (DATE_CODES.has(m.code)) return `${text} ${t('grid.hint.formats', { formats: dateFormats() })}`;
  if (AMOUNT_CODES.has(m.code)) return `${text} ${t('grid.hint.formats', { formats: amountFormats() })}`;
  return text;
}
