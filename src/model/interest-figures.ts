// Late interest per invoice to the as-of date, derived when a screen asks for it and kept until a write
// touches the invoice. Most invoices share a (rule, due date) with many others: see `interestTotal`.
import { fromDayNumber } from '../domain/dates';
import { lateInterest, type InterestResult } from '../domain/interest';
import { decimalToFraction, roundDiv } from '../domain/money';
import { jurisdictionForCountry } from '../domain/jurisdictions';
import type { LedgerIndex } from '../domain/balance';
import type { RateTables } from '../domain/rates/index';
import type { Customer, Invoice, IsoDate, Jurisdiction } from '../domain/types';

/** The jurisdiction whose rules apply to a customer's invoices: the one place with the fallback. */
export function jurisdictionOf(customer: Pick<Customer, 'jurisdiction' | 'country'>): Jurisdiction {
  return customer.jurisdiction ?? jurisdictionForCountry(customer.country) ?? 'EU';
}

export class InterestFigures {
  private asOf: IsoDate = '';
  private totals = new Map<string, number>();
  /** Interest per unit of principal, by (rule, due date), for invoices nothing has reduced. */
  private factors = new Map<string, { n: bigint; d: bigint } | null>();

  constructor(
    private readonly customers: () => ReadonlyMap<string, Customer>,
    private readonly ledger: () => LedgerIndex,
    private readonly rates: () => RateTables,
  ) {}

  reset(asOf: IsoDate): void {
    this.asOf = asOf;
    this.totals.clear();
    this.factors.clear();
  }

  forget(invoiceIds: Iterable<string>): void {
    for (const id of invoiceIds) this.totals.delete(id);
  }

  /** The full calculation for one invoice (periods, rates, errors), for details, statements and letters. */
  of(invoice: Invoice): InterestResult | null {
    const customer = this.customers().get(invoice.customerId);
    if (!customer) return null;
    const reductions = (this.ledger().byInvoice.get(invoice.id) ?? [])
      .filter((e) => e.delta < 0)
      .map((e) => ({ date: fromDayNumber(e.day), amount: -e.delta }));
    return lateInterest({
      amount: invoice.amount,
      currency: invoice.currency,
      dueDate: invoice.dueDate,
      payments: reductions,
      asOf: this.asOf,
      rates: this.rates(),
      rule: {
        jurisdiction: jurisdictionOf(customer),
        debtor: customer.debtor,
        ...(customer.contractRatePercent !== undefined
          ? { contractRatePercent: customer.contractRatePercent }
          : {}),
      },
    });
  }

  /** The total, cached per invoice until a write touches it. */
  total(invoice: Invoice): number {
    let v = this.totals.get(invoice.id);
    if (v === undefined) this.totals.set(invoice.id, (v = this.interestTotal(invoice)));
    return v;
  }

  /**
   * `of(invoice).total`, fast for a whole grid. With no payment or credit reducing the invoice, the
   * total is the exact sum over its periods of principal × rate × days / (100 × basis), rounded half-up
   * once: with a constant principal that is round(amount × S), where S depends only on the customer's
   * rule and the due date. S is derived once per (rule, due date) from one full computation's periods
   * and checked against that computation's total; any group where it does not match, and every invoice
   * with reductions, goes through `lateInterest` itself. 100,000 overdue invoices: ~1,000 full
   * computations instead of 100,000 (about 2 s → well under 0.1 s here).
   */
  private interestTotal(invoice: Invoice): number {
    const customer = this.customers().get(invoice.customerId);
    if (!customer) return 0;
    const reduced =
      this.ledger()
        .byInvoice.get(invoice.id)
        ?.some((e) => e.delta < 0) ?? false;
    if (reduced || invoice.amount <= 0 || !Number.isSafeInteger(invoice.amount))
      return this.of(invoice)?.total ?? 0;
    const key = `${jurisdictionOf(customer)}|${customer.debtor}|${customer.contractRatePercent ?? ''}|${invoice.dueDate}|${invoice.currency}`;
    let factor = this.factors.get(key);
    if (factor === undefined) {
      const full = this.of(invoice);
      factor = full ? unitFactor(full) : null;
      if (factor && Number(roundDiv(BigInt(invoice.amount) * factor.n, factor.d)) !== full?.total)
        factor = null;
      this.factors.set(key, factor);
      return full?.total ?? 0;
    }
    if (factor === null) return this.of(invoice)?.total ?? 0;
    return Number(roundDiv(BigInt(invoice.amount) * factor.n, factor.d));
  }
}

/** Σ rate × days / (100 × basis) over the periods, exactly; null when a rate is not a plain decimal. */
function unitFactor(result: InterestResult): { n: bigint; d: bigint } | null {
  let n = 0n;
  let d = 1n;
  for (const p of result.periods) {
    const text = String(p.ratePercent);
    if (!/^\d+(\.\d{1,8})?$/.test(text)) return null;
    const [rn, rd] = decimalToFraction(text);
    const pn = rn * BigInt(p.days);
    const pd = rd * 100n * BigInt(p.dayBasis);
    n = n * pd + pn * d;
    d = d * pd;
    const g = gcd(n, d);
    n /= g;
    d /= g;
  }
  return { n, d };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x || 1n;
}
