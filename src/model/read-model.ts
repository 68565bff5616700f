// The one read model: every figure the screens and letters show, derived from the book for an as-of
// date — per invoice (open balance, days late, bucket, status, interest), per customer (totals,
// behaviour) — computed once and kept up to date after each write by recomputing only what the write
// touched (an edit of one invoice in a million-invoice book re-derives one row, not a million).
import { buildLedgerIndex, invoiceBalance, openBalances, type LedgerIndex } from '../domain/balance';
import { agingBucketOf, DEFAULT_DUE_BOUNDS } from '../domain/aging';
import { customerBehaviours, type CustomerBehaviour } from '../domain/behaviour';
import { dayNumber } from '../domain/dates';
import type { Customer, Invoice, IsoDate, Payment, Adjustment } from '../domain/types';
import type { ChangeSet, EntityName } from '../db/change-set';
import type { Snapshot } from '../commands/types';
import { patchLedger } from './ledger-patch';
import { Row, type InvoiceRow, type RowCustomer } from './invoice-row';
import { InterestFigures } from './interest-figures';
import { bookClaimTotals, type ClaimContext } from './claim-totals';
import type { ClaimTotals } from '../domain/claimable';
import { collectionsQueue, type Queue, type QueueRow } from '../domain/collections/queue';
import { DEFAULT_DUNNING_POLICY } from '../domain/collections/policy';
import type { DunningPolicy } from '../domain/collections/types';
import { governingRule } from '../domain/governing';
import { IdMap } from '../domain/id-map';
import { DisputeIndex } from '../domain/collections/disputes';

export type { InvoiceRow } from './invoice-row';

export interface CustomerRow {
  customer: Customer;
  /** Open and overdue balances in the customer's own currency (other currencies are listed apart). */
  open: number;
  overdue: number;
  openInvoices: number;
  oldestDaysLate: number;
  otherCurrencies: boolean;
  category: CustomerBehaviour['category'];
}

/** What changed in the book since the model last looked. */
export interface BookChange {
  entities: Set<EntityName> | 'all';
  change: ChangeSet | null;
}

/** Above this many touched records a change is re-derived whole: patching would cost more. */
const PATCH_LIMIT = 2000;

export class ReadModel {
  private asOf: IsoDate = '';
  private dirty: 'all' | { invoices: Set<string>; sources: ChangeSet[] } | null = 'all';
  private _ledger: LedgerIndex = { byInvoice: new IdMap(), accounts: new Map() };
  private _rows: InvoiceRow[] = [];
  /** Invoice id → row, for a book that does not say where its invoices are (`invoicePosition`). */
  private index: Map<string, number> | null = null;
  private customerMap = new Map<string, Customer>();
  private _customerRows: CustomerRow[] | null = null;
  private _behaviour: Map<string, CustomerBehaviour> | null = null;
  /** Adjustments by invoice (fees waived without a date leave no ledger entry, yet close a claim). */
  private _adjBy: Map<string, Adjustment[]> | null = null;
  adjustmentsOf(invoiceId: string): readonly Adjustment[] {
    if (!this._adjBy) {
      const by = new IdMap<Adjustment[]>();
      for (const a of this.book.list('adjustments')) {
        if (!a.invoiceId) continue;
        const list = by.get(a.invoiceId);
        if (list) list.push(a);
        else by.set(a.invoiceId, [a]);
      }
      this._adjBy = by;
    }
    return this._adjBy.get(invoiceId) ?? [];
  }
  /** Claim totals per currency asked for, until any figure changes (keyed with the generation). */
  private _claims = { generation: -1, by: new Map<string, ClaimTotals[]>() };
  private _claimsByCustomer = { generation: -1, list: [] as { customerId: string; totals: ClaimTotals }[] };
  /** Interest per invoice, derived when asked for. */
  readonly interest: InterestFigures;
  /** Bumped whenever any figure may have changed: views key their own formatting caches on it. */
  generation = 0;

  constructor(private readonly book: Snapshot) {
    this.interest = new InterestFigures(
      () => this.customerMap,
      () => this._ledger,
      () => this.book.rates,
      () => this.company,
      (id) => this.adjustmentsOf(id),
      (invoice, asOf) => this.disputes.contested(invoice, asOf),
    );
  }

  /** The contact log's disputes by invoice: a contested invoice reads "disputed", its part earns nothing. */
  private disputes = new DisputeIndex([]);

  /** The user's company: its country's law governs business customers' invoices (governingRule). */
  private company = { country: '' };
  setCompany(company: { country: string }): void {
    if (company.country === this.company.country) return;
    this.company = { country: company.country };
    this.dirty = 'all';
  }

  /** The dunning policy in force (a setting): the call list follows it. */
  private policy: DunningPolicy = DEFAULT_DUNNING_POLICY;
  private _queue: Queue | null = null;
  setPolicy(policy: DunningPolicy): void {
    if (policy === this.policy) return;
    this.policy = policy;
    this._queue = null;
    this.generation++;
  }

  /**
   * The call list at the as-of date (domain/collections/queue.ts), computed once per generation: Today,
   * the customer page, the letters and the dashboard all read this one queue.
   */
  get queue(): Queue {
    if (!this._queue)
      this._queue = collectionsQueue({
        asOf: this.asOf,
        customers: this.book.list('customers'),
        invoices: this.book.list('invoices'),
        ledger: this._ledger,
        activities: this.book.list('activities'),
        plans: this.book.list('plans'),
        settlements: this.book.list('settlements'),
        policy: this.policy,
        jurisdictionOf: (customer) => governingRule({ company: this.company, customer }).rule,
        categories: new Map(this.customerRows.map((r) => [r.customer.id, r.category])),
      });
    return this._queue;
  }

  /** Records a write (or another tab's): the next read re-derives what it touched. */
  note(change: BookChange): void {
    if (this.dirty === 'all') return;
    const c = change.change;
    if (change.entities === 'all' || !c || !this.patchable(c)) {
      this.dirty = 'all';
      return;
    }
    const d = this.dirty ?? { invoices: new Set<string>(), sources: [] as ChangeSet[] };
    for (const r of c.invoices?.put ?? []) d.invoices.add(r.id);
    d.sources.push(c);
    this.dirty = d;
  }

  /** Only edits of existing invoices and small payment or adjustment changes are patched. */
  private patchable(c: ChangeSet): boolean {
    const names = (Object.keys(c) as EntityName[]).filter(
      (n) => (c[n]?.put?.length ?? 0) + (c[n]?.delete?.length ?? 0) > 0,
    );
    if (names.some((n) => !['invoices', 'payments', 'adjustments', 'activities', 'bankLines'].includes(n)))
      return false;
    if (c.invoices?.delete?.length) return false;
    if ((c.invoices?.put ?? []).some((r) => this.rowIndex(r.id) === undefined)) return false;
    const size =
      (c.invoices?.put?.length ?? 0) + (c.payments?.put?.length ?? 0) + (c.payments?.delete?.length ?? 0);
    return size + (c.adjustments?.put?.length ?? 0) + (c.adjustments?.delete?.length ?? 0) <= PATCH_LIMIT;
  }

  private view: ModelView | null = null;
  /** Row indices patched since the last view was handed out; null after a rebuild. */
  private changedRows: number[] = [];
  private rebuilt = true;

  /**
   * Every figure at `asOf` for the book as it is now. The same view object comes back until a figure
   * changes, so a screen that keeps it (a Svelte `$derived`) redraws exactly when it must.
   */
  at(asOf: IsoDate): ModelView {
    // Only the date moved: the ledger, the customers and the row index stay; the rows are re-derived.
    const dateOnly = asOf !== this.asOf && this.dirty === null;
    if (asOf !== this.asOf) this.dirty = 'all';
    this.asOf = asOf;
    if (dateOnly) this.rebuild(false);
    else if (this.dirty === 'all') this.rebuild();
    else if (this.dirty) this.patch(this.dirty);
    this.dirty = null;
    if (this.view?.generation !== this.generation) {
      this.view = new ModelView(this, this.generation, this.rebuilt ? null : this.changedRows);
      this.changedRows = [];
      this.rebuilt = false;
    }
    return this.view;
  }

  get asOfDate(): IsoDate {
    return this.asOf;
  }
  get ledger(): LedgerIndex {
    return this._ledger;
  }
  get rows(): readonly InvoiceRow[] {
    return this._rows;
  }
  get customers(): ReadonlyMap<string, Customer> {
    return this.customerMap;
  }
  row(invoiceId: string): InvoiceRow | undefined {
    const i = this.rowIndex(invoiceId);
    return i === undefined ? undefined : this._rows[i];
  }

  /**
   * The index of the invoice's row. The stored book says where each invoice is in its list, which is the
   * rows' order (no second million-entry map); a write that moved invoices and was not yet taken in
   * leaves the rows in the old order, and the row is then looked for. An invoice the book does not
   * hold has no row (no search through a million rows for it).
   */
  private rowIndex(invoiceId: string): number | undefined {
    const i = this.book.invoicePosition ? this.book.invoicePosition(invoiceId) : this.index?.get(invoiceId);
    if (i === undefined) return undefined;
    if (this._rows[i]?.invoice.id === invoiceId) return i;
    const found = this._rows.findIndex((r) => r.invoice.id === invoiceId);
    return found < 0 ? undefined : found;
  }

  /** Derives every row; `whole` also rebuilds the ledger, the customers and the index (after writes). */
  private rebuild(whole = true): void {
    const invoices = whole ? this.book.list('invoices') : this._rows.map((r) => r.invoice);
    if (whole) {
      this._ledger = buildLedgerIndex(this.book.list('payments'), this.book.list('adjustments'));
      this.noteWriteOffs();
      this.disputes = new DisputeIndex(this.book.list('activities'));
      this.customerMap = new Map(this.book.list('customers').map((c) => [c.id, c]));
      this.rowCustomers = new Map();
      if (!this.book.invoicePosition) {
        this.index = new IdMap();
        for (let i = 0; i < invoices.length; i++) this.index.set((invoices[i] as Invoice).id, i);
      }
    }
    const { open } = openBalances(invoices, this._ledger, this.asOf);
    const asOfDay = dayNumber(this.asOf);
    const dueDays = new Map<string, number>();
    const rows: InvoiceRow[] = new Array(invoices.length);
    for (let i = 0; i < invoices.length; i++) {
      const inv = invoices[i] as Invoice;
      let due = dueDays.get(inv.dueDate);
      if (due === undefined) dueDays.set(inv.dueDate, (due = dayNumber(inv.dueDate)));
      rows[i] = this.makeRow(inv, open[i] ?? 0, asOfDay - due);
    }
    this._rows = rows;
    this.rebuilt = true;
    this.changedRows = [];
    this._adjBy = null;
    this.interest.reset(this.asOf);
    this._customerRows = null;
    this._behaviour = null;
    this._queue = null;
    this.generation++;
  }

  /** What rows show of each customer, one object per customer (see `Row`). */
  private rowCustomers = new Map<string, RowCustomer>();
  private rowCustomer(customerId: string): RowCustomer {
    let rc = this.rowCustomers.get(customerId);
    if (!rc) {
      const c = this.customerMap.get(customerId);
      // Cash only is a hold too: no invoice on credit for it.
      rc = { name: c?.name ?? '', creditHold: (c?.creditHold ?? false) || (c?.cashOnly ?? false) };
      this.rowCustomers.set(customerId, rc);
    }
    return rc;
  }

  /** Invoices with a write-off (a few in any book): only their settled rows can read "written off". */
  private writeOffInvoices = new Set<string>();
  private noteWriteOffs(): void {
    this.writeOffInvoices = new Set();
    for (const a of this.book.list('adjustments'))
      if (a.kind === 'write-off' && a.invoiceId) this.writeOffInvoices.add(a.invoiceId);
  }

  private makeRow(inv: Invoice, open: number, late: number): InvoiceRow {
    const daysLate = open > 0 && late > 0 ? late : 0;
    return new Row(
      inv,
      this.rowCustomer(inv.customerId),
      open,
      daysLate,
      open > 0 ? agingBucketOf(open > 0 ? late : 0, DEFAULT_DUE_BOUNDS) : -1,
      inv.disputed || (open > 0 && this.disputes.contested(inv, this.asOf) > 0)
        ? 'disputed'
        : open > 0
          ? late > 0
            ? 'overdue'
            : 'open'
          : // Settled: by a write-off (what closed it last, as of the date) or paid.
            this.writeOffInvoices.has(inv.id) &&
              invoiceBalance(inv, this._ledger, this.asOf).status === 'written-off'
            ? 'written-off'
            : 'paid',
    );
  }

  /** Re-derives the rows a few writes touched: their invoices, and those their payments and credits reach. */
  private patch(d: { invoices: Set<string>; sources: ChangeSet[] }): void {
    const touched = new Set(d.invoices);
    const customers = new Set<string>();
    const sources = new Set<string>();
    const oldInvoices = new Set<string>();
    const oldAccounts = new Set<string>();
    const payments = new Map<string, Payment>();
    const adjustments = new Map<string, Adjustment>();
    let ledgerChanged = false;
    for (const c of d.sources) {
      for (const name of ['payments', 'adjustments'] as const) {
        const part = c[name];
        if (!part) continue;
        ledgerChanged = true;
        for (const id of [...(part.put ?? []).map((r) => r.id), ...(part.delete ?? [])]) sources.add(id);
      }
    }
    if (ledgerChanged) {
      // Where the old versions of the changed sources reached, from the index itself.
      for (const [invoiceId, list] of this._ledger.byInvoice)
        if (list.some((e) => sources.has(e.sourceId))) oldInvoices.add(invoiceId);
      for (const [customerId, list] of this._ledger.accounts)
        if (list.some((e) => sources.has(e.sourceId))) oldAccounts.add(customerId);
      for (const id of sources) {
        const p = this.book.get('payments', id);
        if (p) payments.set(id, p);
        const a = this.book.get('adjustments', id);
        if (a) adjustments.set(id, a);
        // An adjustment's invoice, before and after, even where it has no ledger entry (waived).
        if (a?.invoiceId) touched.add(a.invoiceId);
        for (const [invoiceId, list] of this._adjBy ?? [])
          if (list.some((x) => x.id === id)) touched.add(invoiceId);
      }
      this._adjBy = null;
      const reached = patchLedger(this._ledger, {
        sources,
        payments: [...payments.values()],
        adjustments: [...adjustments.values()],
        oldInvoices,
        oldAccounts,
      });
      for (const id of reached.invoices) touched.add(id);
      for (const id of reached.accounts) customers.add(id);
      this.noteWriteOffs();
    }
    if (d.sources.some((c) => c.activities)) {
      // A dispute opened, resolved or taken back: its invoices' status and figures change.
      const before = this.disputes;
      this.disputes = new DisputeIndex(this.book.list('activities'));
      for (const id of new Set([...before.invoiceIds(), ...this.disputes.invoiceIds()]))
        if (before.signature(id) !== this.disputes.signature(id)) touched.add(id);
    }
    const invoices = [...touched].flatMap((id) => {
      const inv = this.book.get('invoices', id);
      return inv ? [inv] : [];
    });
    const { open } = openBalances(invoices, this._ledger, this.asOf);
    const asOfDay = dayNumber(this.asOf);
    invoices.forEach((inv, k) => {
      const i = this.rowIndex(inv.id);
      if (i === undefined) return;
      const before = this._rows[i];
      if (before) customers.add(before.customerId);
      customers.add(inv.customerId);
      this._rows[i] = this.makeRow(inv, open[k] ?? 0, asOfDay - dayNumber(inv.dueDate));
    });
    // Replaced in place: the grid takes in just these rows (see `ModelView.changed`).
    for (const id of touched) {
      const i = this.rowIndex(id);
      if (i !== undefined) this.changedRows.push(i);
    }
    this.interest.forget(touched);
    this._customerRows = null;
    if (ledgerChanged || invoices.length || d.sources.some((c) => c.activities)) this._behaviour = null;
    this._queue = null;
    this.generation++;
  }

  /** Each customer's payment behaviour (category and its reasons). */
  behaviour(customerId: string): CustomerBehaviour | undefined {
    if (!this._behaviour)
      this._behaviour = new Map(
        customerBehaviours(
          this.book.list('invoices'),
          this._ledger,
          this.book.list('activities'),
          this.asOf,
        ).map((b) => [b.customerId, b]),
      );
    return this._behaviour.get(customerId);
  }

  /**
   * Claimable interest and compensation of the invoices in `currency` (the domain's `claimTotals`:
   * invoices paid late included), one entry per currency the amounts are in.
   */
  /** What the claim totals are computed with, at the current as-of date. */
  private claimContext(): ClaimContext {
    return {
      asOf: this.asOf,
      company: this.company,
      customers: this.customerMap,
      ledger: this._ledger,
      rates: this.book.rates,
      exact: (invoice) => this.interest.claim(invoice),
      adjustmentsOf: (id) => this.adjustmentsOf(id),
      disputed: (invoice) => this.disputes.concerns(invoice),
    };
  }

  claimTotals(currency: string): ClaimTotals[] {
    if (this._claims.generation !== this.generation)
      this._claims = { generation: this.generation, by: new Map() };
    let totals = this._claims.by.get(currency);
    if (!totals) {
      totals = bookClaimTotals(this._rows, this.claimContext(), currency);
      this._claims.by.set(currency, totals);
    }
    return totals;
  }

  /**
   * Claimable interest and compensation per customer (each customer's invoices summed by the same rules
   * as `claimTotals`), for the customers that have any: one entry per customer and currency.
   */
  claimsByCustomer(): { customerId: string; totals: ClaimTotals }[] {
    if (this._claimsByCustomer.generation === this.generation) return this._claimsByCustomer.list;
    const by = new Map<string, InvoiceRow[]>();
    for (const r of this._rows) {
      const list = by.get(r.invoice.customerId);
      if (list) list.push(r);
      else by.set(r.invoice.customerId, [r]);
    }
    const list: { customerId: string; totals: ClaimTotals }[] = [];
    for (const [customerId, rows] of by)
      for (const totals of bookClaimTotals(rows, this.claimContext()))
        if (totals.interest.total > 0 || totals.interest.incomplete > 0 || totals.compensation > 0)
          list.push({ customerId, totals });
    this._claimsByCustomer = { generation: this.generation, list };
    return list;
  }

  /** Per-customer totals in the customer's own currency, with the behaviour category. */
  get customerRows(): readonly CustomerRow[] {
    if (this._customerRows) return this._customerRows;
    const acc = new Map<
      string,
      { open: number; overdue: number; n: number; oldest: number; other: boolean }
    >();
    for (const c of this.customerMap.values())
      acc.set(c.id, { open: 0, overdue: 0, n: 0, oldest: 0, other: false });
    for (const r of this._rows) {
      if (r.open === 0) continue;
      const a = acc.get(r.customerId);
      const c = this.customerMap.get(r.customerId);
      if (!a || !c) continue;
      if (r.currency !== c.currency) {
        a.other = true;
        continue;
      }
      a.open += r.open;
      a.n++;
      if (r.daysLate > 0) a.overdue += r.open;
      if (r.daysLate > a.oldest) a.oldest = r.daysLate;
    }
    this._customerRows = [...this.customerMap.values()].map((c) => {
      const a = acc.get(c.id) ?? { open: 0, overdue: 0, n: 0, oldest: 0, other: false };
      return {
        customer: c,
        open: a.open,
        overdue: a.overdue,
        openInvoices: a.n,
        oldestDaysLate: a.oldest,
        otherCurrencies: a.other,
        category: this.behaviour(c.id)?.category ?? 'new',
      };
    });
    return this._customerRows;
  }
}

/** The read model at one moment: what screens hold. A new one after every change of any figure. */
export class ModelView {
  constructor(
    private readonly model: ReadModel,
    readonly generation: number,
    /** Rows replaced in place since the previous view (indices into `rows`); null: all may have changed. */
    readonly changed: readonly number[] | null,
  ) {}
  get asOf(): IsoDate {
    return this.model.asOfDate;
  }
  get rows(): readonly InvoiceRow[] {
    return this.model.rows;
  }
  get ledger(): LedgerIndex {
    return this.model.ledger;
  }
  get customers(): ReadonlyMap<string, Customer> {
    return this.model.customers;
  }
  get customerRows(): readonly CustomerRow[] {
    return this.model.customerRows;
  }
  get interest(): InterestFigures {
    return this.model.interest;
  }
  row(invoiceId: string): InvoiceRow | undefined {
    return this.model.row(invoiceId);
  }
  /** The call list (one queue for every page). */
  get queue(): Queue {
    return this.model.queue;
  }
  /** The call list's rows about one customer (listed, and held back by the cadence). */
  queueOf(customerId: string): { rows: QueueRow[]; waiting: QueueRow[] } {
    const q = this.model.queue;
    return {
      rows: q.rows.filter((r) => r.customerId === customerId),
      waiting: q.waiting.filter((r) => r.customerId === customerId),
    };
  }
  behaviour(customerId: string): CustomerBehaviour | undefined {
    return this.model.behaviour(customerId);
  }
  claimTotals(currency: string): ClaimTotals[] {
    return this.model.claimTotals(currency);
  }
  claimsByCustomer(): { customerId: string; totals: ClaimTotals }[] {
    return this.model.claimsByCustomer();
  }
}
