// The whole book as typed arrays, built once per book version, so that the dashboard's per-customer
// figures at ANY as-of date — each invoice's open balance, the debtor lines (open, overdue, oldest days
// late per customer and currency) and each customer's payment behaviour — come from one pass over
// numbers instead of one object per invoice (the read model's rows) and a balance record per invoice.
//
// How a past as-of date is honoured (later payments never count). An invoice whose balance never moves
// (no ledger entry, amount > 0) is open in full from its issue day on. One with ledger entries is
// settled into its final state on `still` — the later of its issue day and its last entry's day — and
// that state (open balance, the day and kind of its settlement, how many payments) is computed once,
// with the domain's `invoiceBalance`; at any date on or after `still` it is that state. At a date before
// `still` — a payment, credit or fee came after the as-of date — `invoiceBalance` is asked at that date
// itself, which reads only the entries dated up to it. Invoices issued after the as-of date do not
// exist yet. Behaviour is then summed exactly as `customerBehaviours` sums it (same invoices, same
// order, same recency weights: `tallyInvoice`) and decided by the same `decideBehaviour`; promises and
// unanswered contacts of the customers that have activities come from the domain's own functions at
// that date. `tests/model/book-days.test.ts` checks all of it against the read model's path.
import { cachedDayNumber, invoiceBalance, type LedgerEntry, type LedgerIndex } from '../domain/balance';
import {
  DEFAULT_BEHAVIOUR_THRESHOLDS,
  decideBehaviour,
  recencyWeight,
  unansweredContacts,
  type BehaviourCategory,
  type BehaviourTally,
} from '../domain/behaviour';
import { fromDayNumber } from '../domain/dates';
import { promiseOutcomes } from '../domain/metrics';
import type { Activity, Customer, Invoice, IsoDate } from '../domain/types';
import { IdSet } from '../domain/id-map';

export interface BookDaysInput {
  invoices: readonly Invoice[];
  ledger: LedgerIndex;
  customers: ReadonlyMap<string, Customer>;
  activities: readonly Activity[];
}

/** How a customer pays at a date: what the forecast and the debtor lines read. */
export interface Paying {
  category: BehaviourCategory;
  /** Plain average days late of invoices paid by the date (null: none paid). */
  averageDaysLate: number | null;
  brokenPromises: number;
}

/** Open balances and amounts per invoice: whole numbers of 32 bits (minor units) in 4 bytes each. */
export type Amounts = Int32Array | Float64Array;

/** Whether `x` is held exactly by an Int32Array. */
function fitsInt32(x: number): boolean {
  return (x | 0) === x;
}

const NEW: Paying = { category: 'new', averageDaysLate: null, brokenPromises: 0 };
const DISPUTED = 1;
/** The balance moves: ledger entries, or nothing to pay (read through `invoiceBalance`). */
export const MOVES = 2;
const BY = { payment: 1, 'credit-note': 2, 'write-off': 3 } as const;
const NONE: readonly LedgerEntry[] = [];

/** Everything at one as-of date (see `BookDays.at`). */
export interface DayPass {
  asOf: IsoDate;
  day: number;
  /** Each invoice's open balance (book order). */
  open: Amounts;
  /** Per customer × currency (`customer * currencies + currency`): the debtor line's sums. */
  lineOpen: Float64Array;
  lineOverdue: Float64Array;
  lineCount: Int32Array;
  lineOverdueCount: Int32Array;
  lineOldest: Int32Array;
  lineUndisputed: Int32Array;
  /** Index of the first invoice that opened the line (ties in the ordering keep book order). */
  lineFirst: Int32Array;
  paying: Paying[];
}

const days = new Map<number, number>();
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

/**
 * `cachedDayNumber`, keyed by the date's digits as a number: a million dates are each a new string, and
 * hashing a string costs more than reading ten characters.
 */
function dayOf(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return cachedDayNumber(iso);
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const key = year * 10000 + (digit(iso, 5) * 10 + digit(iso, 6)) * 100 + digit(iso, 8) * 10 + digit(iso, 9);
  if (Number.isNaN(key)) return cachedDayNumber(iso);
  let d = days.get(key);
  if (d === undefined) days.set(key, (d = cachedDayNumber(iso)));
  return d;
}

/** A pass under way: what it has summed so far (see `passSteps`). */
interface Tally {
  asOf: IsoDate;
  D: number;
  open: Amounts;
  lineOpen: Float64Array;
  lineOverdue: Float64Array;
  lineCount: Int32Array;
  lineOverdueCount: Int32Array;
  lineOldest: Int32Array;
  lineUndisputed: Int32Array;
  lineFirst: Int32Array;
  seen: Uint8Array;
  decided: Int32Array;
  late: Int32Array;
  weight: Float64Array;
  weightedLate: Float64Array;
  weightedDays: Float64Array;
  partial: Int32Array;
  /** Payments received per customer (on any invoice, by the as-of date). */
  paymentsIn: Int32Array;
  writtenOff: Int32Array;
  oldestOpen: Int32Array;
  veryLate: Uint8Array;
  earlier: Int32Array;
  earlierLate: Int32Array;
  recent: Int32Array;
  recentLate: Int32Array;
  paidCount: Int32Array;
  sumLate: Float64Array;
  paymentDays: Map<number, number[]>;
  recentFrom: number;
}

export class BookDays {
  readonly invoices: readonly Invoice[];
  readonly ledger: LedgerIndex;
  readonly customers: ReadonlyMap<string, Customer>;
  readonly n: number;
  readonly customerIds: string[] = [];
  readonly currencies: string[] = [];
  readonly customerOf: Int32Array;
  readonly currencyOf: Uint16Array;
  readonly issue: Int32Array;
  readonly due: Int32Array;
  readonly amount: Amounts;
  readonly flags: Uint8Array;
  /** Every invoice's amount is a whole number of 32 bits: amounts and balances are kept in 4 bytes. */
  private readonly whole: boolean;
  /** For invoices whose balance moves: the day from which it no longer does, and its state then. */
  private still: Int32Array;
  private finalOpen: Amounts;
  private finalSettled: Int32Array;
  private finalBy: Uint8Array;
  private finalPayments: Int32Array;
  /** Earliest and latest due day (0, -1 for an empty book). */
  readonly dueRange: [number, number] = [0, -1];
  private readonly customerIndex = new Map<string, number>();
  private readonly activitiesOf = new Map<number, Activity[]>();
  private promised: Map<string, Invoice> | null = null;
  private last: DayPass | null = null;
  private weights = new Float64Array(0);
  /** Invoices put into the columns so far (`build`); the activities go in once all are. */
  private built = 0;
  private activitiesDone = false;
  private readonly currencyIndex = new Map<string, number>();
  private readonly input: BookDaysInput;

  /**
   * The columns of `input`'s invoices. With `build = false` nothing is filled yet: `build(until)` fills
   * them a slice at a time (the dashboard builds them ahead in idle time); no figure may be asked before
   * `build` has returned true.
   */
  constructor(input: BookDaysInput, build = true) {
    const { invoices, ledger } = input;
    this.invoices = invoices;
    this.ledger = ledger;
    this.customers = input.customers;
    const n = (this.n = invoices.length);
    this.customerOf = new Int32Array(n);
    this.currencyOf = new Uint16Array(n);
    this.issue = new Int32Array(n);
    this.due = new Int32Array(n);
    // Sums of minor units: 4 bytes an invoice while every amount is a whole number of 32 bits.
    this.whole = invoices.every((inv) => fitsInt32(inv.amount));
    this.amount = this.whole ? new Int32Array(n) : new Float64Array(n);
    this.flags = new Uint8Array(n);
    this.still = new Int32Array(n);
    this.finalOpen = this.whole ? new Int32Array(n) : new Float64Array(n);
    this.finalSettled = new Int32Array(n).fill(-1);
    this.finalBy = new Uint8Array(n);
    this.finalPayments = new Int32Array(n);
    this.input = input;
    if (build) this.build(n);
  }

  /** Whether every invoice (and the activities) is in the columns. */
  get complete(): boolean {
    return this.activitiesDone;
  }

  /**
   * Fills the columns up to invoice `until` (exclusive), in book order, continuing where the last call
   * stopped; once all are in, the activities too. True when complete. The same loop as a build at once,
   * so a build in slices gives the same columns (tests/model/book-days.test.ts).
   */
  build(until: number): boolean {
    const { invoices, ledger } = this;
    const end = Math.min(until, this.n);
    const currencyIndex = this.currencyIndex;
    const anyEntries = ledger.byInvoice.size > 0;
    for (let i = this.built; i < end; i++) {
      const inv = invoices[i] as Invoice;
      this.customerOf[i] = this.customerNumber(inv.customerId);
      let c = currencyIndex.get(inv.currency);
      if (c === undefined) {
        currencyIndex.set(inv.currency, (c = this.currencies.length));
        this.currencies.push(inv.currency);
      }
      this.currencyOf[i] = c;
      const issue = (this.issue[i] = dayOf(inv.issueDate));
      const u = (this.due[i] = dayOf(inv.dueDate));
      if (i === 0 || u < this.dueRange[0]) this.dueRange[0] = u;
      if (i === 0 || u > this.dueRange[1]) this.dueRange[1] = u;
      this.amount[i] = inv.amount;
      let f = inv.disputed ? DISPUTED : 0;
      const entries = anyEntries ? ledger.byInvoice.get(inv.id) : undefined;
      if (entries?.length || !(inv.amount > 0)) {
        f |= MOVES;
        const last = entries?.length ? (entries[entries.length - 1] as LedgerEntry).day : issue;
        const still = (this.still[i] = Math.max(issue, last));
        const b = invoiceBalance(inv, ledger, fromDayNumber(still));
        if (this.finalOpen instanceof Int32Array && !fitsInt32(b.open))
          this.finalOpen = Float64Array.from(this.finalOpen);
        this.finalOpen[i] = b.open;
        if (b.settledOn !== null && b.settledBy !== null) {
          this.finalSettled[i] = cachedDayNumber(b.settledOn);
          this.finalBy[i] = BY[b.settledBy];
        }
        let payments = 0;
        for (const e of entries ?? NONE) if (e.kind === 'payment') payments++;
        this.finalPayments[i] = payments;
      }
      this.flags[i] = f;
    }
    if (end > this.built) this.built = end;
    if (this.built < this.n || this.activitiesDone) return this.activitiesDone;
    for (const a of this.input.activities) {
      const c = this.customerNumber(a.customerId);
      const list = this.activitiesOf.get(c);
      if (list) list.push(a);
      else this.activitiesOf.set(c, [a]);
    }
    this.activitiesDone = true;
    return true;
  }

  private customerNumber(id: string): number {
    let c = this.customerIndex.get(id);
    if (c === undefined) {
      this.customerIndex.set(id, (c = this.customerIds.length));
      this.customerIds.push(id);
    }
    return c;
  }

  /** The invoice's ledger entries, if it has any (only invoices whose balance moves are looked up). */
  entriesOf(i: number): readonly LedgerEntry[] | undefined {
    return (this.flags[i] as number) & MOVES
      ? this.ledger.byInvoice.get((this.invoices[i] as Invoice).id)
      : undefined;
  }

  currencyNumber(currency: string): number {
    return this.currencies.indexOf(currency);
  }

  /** How a customer pays at the as-of date of `pass`. */
  payingOf(pass: DayPass, customerId: string): Paying {
    const c = this.customerIndex.get(customerId);
    return c === undefined ? NEW : (pass.paying[c] ?? NEW);
  }

  /** The recency weight for an invoice due `age` days before the as-of date, from a table per age. */
  private weight(age: number): number {
    if (age <= 0) return recencyWeight(0, DEFAULT_BEHAVIOUR_THRESHOLDS.halfLifeDays);
    if (age >= this.weights.length) {
      const next = new Float64Array(Math.max(age + 1, this.weights.length * 2, 1024)).fill(-1);
      next.set(this.weights);
      this.weights = next;
    }
    let w = this.weights[age] as number;
    if (w < 0) this.weights[age] = w = recencyWeight(age, DEFAULT_BEHAVIOUR_THRESHOLDS.halfLifeDays);
    return w;
  }

  /** Every figure at `asOf`, in one pass (the last date asked is kept). */
  at(asOf: IsoDate): DayPass {
    if (this.last?.asOf === asOf) return this.last;
    const steps = this.passSteps(asOf, Infinity);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * `at` in steps of `chunk` invoices, so that the pass can be made ahead in idle time; the last step
   * returns the pass and keeps it, as `at` does.
   */
  *passSteps(asOf: IsoDate, chunk = 50_000): Generator<void, DayPass, void> {
    if (this.last?.asOf === asOf) return this.last;
    const tally = this.begin(asOf);
    for (let from = 0; from < this.n; from += chunk) {
      const to = Math.min(this.n, from + chunk);
      this.add(tally, from, to);
      if (to < this.n) yield;
    }
    return this.finish(tally);
  }

  /** A new pass at `asOf`: every sum at zero. */
  private begin(asOf: IsoDate): Tally {
    const t = DEFAULT_BEHAVIOUR_THRESHOLDS;
    const D = cachedDayNumber(asOf);
    const n = this.n;
    const C = this.customerIds.length;
    const K = this.currencies.length;
    const open = this.whole ? new Int32Array(n) : new Float64Array(n);
    const lineOpen = new Float64Array(C * K);
    const lineOverdue = new Float64Array(C * K);
    const lineCount = new Int32Array(C * K);
    const lineOverdueCount = new Int32Array(C * K);
    const lineOldest = new Int32Array(C * K);
    const lineUndisputed = new Int32Array(C * K);
    const lineFirst = new Int32Array(C * K);
    // The behaviour tally per customer (as `tallyInvoice` adds it), and the plain payment statistics.
    const seen = new Uint8Array(C);
    const decided = new Int32Array(C);
    const late = new Int32Array(C);
    const weight = new Float64Array(C);
    const weightedLate = new Float64Array(C);
    const weightedDays = new Float64Array(C);
    const partial = new Int32Array(C);
    const paymentsIn = new Int32Array(C);
    const writtenOff = new Int32Array(C);
    const oldestOpen = new Int32Array(C);
    const veryLate = new Uint8Array(C);
    const earlier = new Int32Array(C);
    const earlierLate = new Int32Array(C);
    const recent = new Int32Array(C);
    const recentLate = new Int32Array(C);
    const paidCount = new Int32Array(C);
    const sumLate = new Float64Array(C);
    const paymentDays = new Map<number, number[]>();
    const recentFrom = D - t.recentDays;
    return {
      asOf,
      D,
      open,
      lineOpen,
      lineOverdue,
      lineCount,
      lineOverdueCount,
      lineOldest,
      lineUndisputed,
      lineFirst,
      seen,
      decided,
      late,
      weight,
      weightedLate,
      weightedDays,
      partial,
      paymentsIn,
      writtenOff,
      oldestOpen,
      veryLate,
      earlier,
      earlierLate,
      recent,
      recentLate,
      paidCount,
      sumLate,
      paymentDays,
      recentFrom,
    };
  }

  /** Adds invoices `from` to `to` (exclusive) to the pass: a plain loop (a generator's runs slower). */
  private add(tally: Tally, from: number, to: number): void {
    const t = DEFAULT_BEHAVIOUR_THRESHOLDS;
    const K = this.currencies.length;
    let open = tally.open;
    const {
      asOf,
      D,
      lineOpen,
      lineOverdue,
      lineCount,
      lineOverdueCount,
      lineOldest,
      lineUndisputed,
      lineFirst,
      seen,
      decided,
      late,
      weight,
      weightedLate,
      weightedDays,
      partial,
      paymentsIn,
      writtenOff,
      oldestOpen,
      veryLate,
      earlier,
      earlierLate,
      recent,
      recentLate,
      paidCount,
      sumLate,
      paymentDays,
      recentFrom,
    } = tally;
    let weights = this.weights;
    const { customerOf, currencyOf, issue, due, amount, flags, still, activitiesOf, ledger } = this;
    const { finalOpen, finalSettled, finalBy, finalPayments } = this;
    for (let i = from; i < to; i++) {
      if ((issue[i] as number) > D) continue;
      const c = customerOf[i] as number;
      seen[c] = 1;
      const u = due[i] as number;
      const f = flags[i] as number;
      let o: number;
      let settled = -1;
      let by = 0;
      let payments = 0;
      if (!(f & MOVES)) o = amount[i] as number;
      else if (D >= (still[i] as number)) {
        o = finalOpen[i] as number;
        settled = finalSettled[i] as number;
        by = finalBy[i] as number;
        payments = finalPayments[i] as number;
      } else {
        const inv = this.invoices[i] as Invoice;
        const b = invoiceBalance(inv, ledger, asOf);
        o = b.open;
        if (b.settledOn !== null && b.settledBy !== null) {
          settled = cachedDayNumber(b.settledOn);
          by = BY[b.settledBy];
        }
        for (const e of ledger.byInvoice.get(inv.id) ?? NONE)
          if (e.kind === 'payment' && e.day <= D) payments++;
      }
      if (f & MOVES && activitiesOf.has(c)) {
        let days = paymentDays.get(c);
        if (!days) paymentDays.set(c, (days = []));
        for (const e of ledger.byInvoice.get((this.invoices[i] as Invoice).id) ?? NONE)
          if (e.kind === 'payment' && e.day <= D) days.push(e.day);
      }
      paymentsIn[c] = (paymentsIn[c] as number) + payments;
      const lateDays = D - u;
      if (o > 0) {
        if (open instanceof Int32Array && !fitsInt32(o)) tally.open = open = Float64Array.from(open);
        open[i] = o;
        const k = c * K + (currencyOf[i] as number);
        if (lineCount[k] === 0) lineFirst[k] = i;
        lineOpen[k] = (lineOpen[k] as number) + o;
        lineCount[k] = (lineCount[k] as number) + 1;
        if (lateDays > 0) {
          lineOverdue[k] = (lineOverdue[k] as number) + o;
          lineOverdueCount[k] = (lineOverdueCount[k] as number) + 1;
          if (!(f & DISPUTED)) lineUndisputed[k] = (lineUndisputed[k] as number) + 1;
          if (lateDays > (lineOldest[k] as number)) lineOldest[k] = lateDays;
        }
      }
      // A decided invoice: open past due, or settled other than by a credit note (`customerBehaviours`).
      let days: number;
      let isOpen = false;
      let off = false;
      if (o > 0) {
        if (lateDays <= 0) continue;
        days = lateDays;
        isOpen = true;
      } else if (settled >= 0 && by !== BY['credit-note']) {
        days = Math.max(0, settled - u);
        off = by === BY['write-off'];
        if (by === BY.payment) {
          paidCount[c] = (paidCount[c] as number) + 1;
          sumLate[c] = (sumLate[c] as number) + days;
        }
      } else continue;
      const age = D - u;
      let w = age > 0 && age < weights.length ? (weights[age] as number) : -1;
      if (w < 0) {
        w = this.weight(age);
        weights = this.weights;
      }
      const isLate = off || days > t.lateToleranceDays;
      decided[c] = (decided[c] as number) + 1;
      weight[c] = (weight[c] as number) + w;
      if (isLate) {
        late[c] = (late[c] as number) + 1;
        weightedLate[c] = (weightedLate[c] as number) + w;
      }
      weightedDays[c] = (weightedDays[c] as number) + w * days;
      if (!isOpen && payments >= 2) partial[c] = (partial[c] as number) + 1;
      if (off) writtenOff[c] = (writtenOff[c] as number) + 1;
      if (isOpen && days > (oldestOpen[c] as number)) oldestOpen[c] = days;
      if (days >= t.veryLateDays) veryLate[c] = 1;
      if (!isOpen && u < recentFrom) {
        earlier[c] = (earlier[c] as number) + 1;
        if (isLate) earlierLate[c] = (earlierLate[c] as number) + 1;
      } else {
        recent[c] = (recent[c] as number) + 1;
        if (isLate) recentLate[c] = (recentLate[c] as number) + 1;
      }
    }
  }

  /** The pass's per-customer figures from its sums; kept as the last pass. */
  private finish(tally: Tally): DayPass {
    const t = DEFAULT_BEHAVIOUR_THRESHOLDS;
    const C = this.customerIds.length;
    const {
      asOf,
      D,
      open,
      lineOpen,
      lineOverdue,
      lineCount,
      lineOverdueCount,
      lineOldest,
      lineUndisputed,
      lineFirst,
      seen,
      decided,
      late,
      weight,
      weightedLate,
      weightedDays,
      partial,
      paymentsIn,
      writtenOff,
      oldestOpen,
      veryLate,
      earlier,
      earlierLate,
      recent,
      recentLate,
      paidCount,
      sumLate,
      paymentDays,
    } = tally;
    const paying: Paying[] = new Array<Paying>(C);
    for (let c = 0; c < C; c++) {
      const acts = this.activitiesOf.get(c);
      if (!seen[c] && !acts) {
        paying[c] = NEW;
        continue;
      }
      let brokenPromises = 0;
      let unanswered = 0;
      if (acts) {
        brokenPromises = promiseOutcomes(acts, asOf, this.ledger, this.promisedInvoices()).filter(
          (p) => p.status === 'broken',
        ).length;
        unanswered = unansweredContacts(acts, paymentDays.get(c) ?? [], D, t.answerWithinDays);
      }
      const tally: BehaviourTally = {
        decided: decided[c] as number,
        late: late[c] as number,
        weight: weight[c] as number,
        weightedLate: weightedLate[c] as number,
        weightedDays: weightedDays[c] as number,
        partial: partial[c] as number,
        writtenOff: writtenOff[c] as number,
        oldestOpenDays: oldestOpen[c] as number,
        veryLate: veryLate[c] === 1,
        earlier: earlier[c] as number,
        earlierLate: earlierLate[c] as number,
        recent: recent[c] as number,
        recentLate: recentLate[c] as number,
        payments: paymentsIn[c] as number,
      };
      const paid = paidCount[c] as number;
      paying[c] = {
        category: decideBehaviour(tally, brokenPromises, unanswered, t).category,
        averageDaysLate: paid > 0 ? (sumLate[c] as number) / paid : null,
        brokenPromises,
      };
    }
    this.last = {
      asOf,
      day: D,
      open,
      lineOpen,
      lineOverdue,
      lineCount,
      lineOverdueCount,
      lineOldest,
      lineUndisputed,
      lineFirst,
      paying,
    };
    return this.last;
  }

  /** The invoices promises name (all `promiseOutcomes` looks up), found once per book version. */
  private promisedInvoices(): Map<string, Invoice> {
    if (this.promised) return this.promised;
    // Every invoice's id is looked up: an IdSet, not a Set (see id-map.ts).
    const ids = new IdSet();
    for (const list of this.activitiesOf.values())
      for (const a of list) if (a.kind === 'promise') for (const id of a.invoiceIds) ids.add(id);
    this.promised = new Map();
    if (ids.size) for (const inv of this.invoices) if (ids.has(inv.id)) this.promised.set(inv.id, inv);
    return this.promised;
  }

  /** The invoices of these customers (book order), from the index by customer: no pass over the book. */
  invoicesOfCustomers(ids: ReadonlySet<string>): Invoice[] {
    const { start, order } = this.byCustomer();
    const found: number[] = [];
    for (const id of ids) {
      const c = this.customerIndex.get(id);
      if (c !== undefined)
        for (let j = start[c] as number; j < (start[c + 1] as number); j++) found.push(order[j] as number);
    }
    found.sort((a, b) => a - b);
    return found.map((i) => this.invoices[i] as Invoice);
  }

  private customerOrder: { start: Int32Array; order: Int32Array } | null = null;

  /**
   * Each customer's invoices: `order[start[c] .. start[c + 1]]` are customer c's book indices, in book
   * order (a counting sort of the customer column, made once per book version).
   */
  byCustomer(): { start: Int32Array; order: Int32Array } {
    if (this.customerOrder) return this.customerOrder;
    const C = this.customerIds.length;
    const start = new Int32Array(C + 1);
    const { customerOf, n } = this;
    for (let i = 0; i < n; i++) {
      const c = (customerOf[i] as number) + 1;
      start[c] = (start[c] as number) + 1;
    }
    for (let c = 0; c < C; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
    const next = start.slice(0, C);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = customerOf[i] as number;
      const at = next[c] as number;
      order[at] = i;
      next[c] = at + 1;
    }
    return (this.customerOrder = { start, order });
  }

  /** Book indices of these invoice ids (for plans and promises; one pass over the ids asked). */
  indicesOf(ids: ReadonlySet<string>): Map<string, number> {
    const out = new Map<string, number>();
    if (ids.size === 0) return out;
    for (let i = 0; i < this.n; i++) {
      const id = (this.invoices[i] as Invoice).id;
      if (ids.has(id)) out.set(id, i);
    }
    return out;
  }
}
