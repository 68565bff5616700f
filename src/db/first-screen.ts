// What the invoice grid shows while a large book loads: the first FIRST_ROWS invoices of the first
// stored block (in the grid's own storage order) with the customers and the ledger records their
// figures need, read in one small transaction. A million invoices take seconds to read whole; their
// first screen takes a few hundred milliseconds. It is a picture only: nothing plans or writes from it.
import type { Adjustment, Customer, Invoice, Payment } from '../domain/types';
import { bucketOf } from './customer-buckets';
import { defaultRateTables, type RateTables } from '../domain/rates/index';
import { invoiceProblem, rowProblem } from './records';
import type { OverdueDb } from './schema';
import { RATES_KEY } from './book';

export interface FirstScreen {
  invoices: Invoice[];
  customers: Customer[];
  payments: Payment[];
  adjustments: Adjustment[];
  rates: RateTables;
}

/**
 * Below this many blocks (50,000 invoices) the whole book loads in about half a second, hardly later
 * than its first screen would show, and drawing that screen would only delay it: none is read. At
 * 100,000 the first screen shows in less than half the time of the whole book.
 */
export const FIRST_SCREEN_BLOCKS = 25;
/**
 * The payments and credits are read whole (they reach invoices in any block); past this many the
 * first screen would cost as much as the book, and none is read.
 */
const MAX_LEDGER = 50_000;
/** Invoices shown: more than any screen holds (the first screen does not scroll). */
export const FIRST_ROWS = 200;

/** The first screen of a large book, or null when the book is small (or its ledger large). */
export async function readFirstScreen(db: OverdueDb): Promise<FirstScreen | null> {
  return db.transaction(
    'r',
    [db.invoiceBlocks, db.customerBlocks, db.payments, db.adjustments, db.settings],
    async () => {
      // Asked together: each request waited for the one before it, a round trip each (~10 ms).
      const [blocks, paid, adjusted, first, rates] = await Promise.all([
        db.invoiceBlocks.count(),
        db.payments.count(),
        db.adjustments.count(),
        db.invoiceBlocks.limit(1).toArray(),
        db.settings.get(RATES_KEY),
      ]);
      if (blocks < FIRST_SCREEN_BLOCKS || paid + adjusted > MAX_LEDGER) return null;
      const block = first[0];
      const rows: unknown[] = Array.isArray(block?.rows) ? block.rows : [];
      // Only rows that fit their schema: the whole load sets the others aside and says so.
      const fits =
        <T>(table: string) =>
        (r: unknown): r is T =>
          rowProblem(table, r) === null;
      const saved = rates?.value as RateTables | undefined;
      const invoices = rows.slice(0, FIRST_ROWS).filter((r): r is Invoice => invoiceProblem(r) === null);
      // Only the customers these rows name: a book of thousands reads a few hundred.
      const named = [...new Set(invoices.map((i) => i.customerId))];
      const [buckets, payments, adjustments] = await Promise.all([
        db.customerBlocks.bulkGet([...new Set(named.map(bucketOf))]),
        db.payments.toArray(),
        db.adjustments.toArray(),
      ]);
      const wanted = new Set(named);
      let customers = buckets.flatMap((b) =>
        (Array.isArray(b?.rows) ? b.rows : []).filter((c) => wanted.has(c?.id)),
      );
      // A customer stored outside its hashed bucket (a restored hand-made backup): all are read.
      if (customers.length < wanted.size)
        customers = (await db.customerBlocks.toArray()).flatMap((b) =>
          (Array.isArray(b.rows) ? b.rows : []).filter((c) => wanted.has(c?.id)),
        );
      return {
        invoices,
        customers: customers.filter(fits<Customer>('customers')),
        payments: payments.filter(fits<Payment>('payments')),
        adjustments: adjustments.filter(fits<Adjustment>('adjustments')),
        rates:
          saved && rowProblem('settings', { key: RATES_KEY, value: saved }) === null
            ? { ...defaultRateTables, ...saved }
            : defaultRateTables,
      };
    },
  );
}
