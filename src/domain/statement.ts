// A customer's statement of account: every invoice, payment, discount, credit note, write-off and fee
// in date order with a running balance, per currency, from an opening balance.
import type { Adjustment, CurrencyCode, Invoice, IsoDate, Payment } from './types';

export interface StatementLine {
  date: IsoDate;
  kind: 'invoice' | 'payment' | 'discount' | 'credit-note' | 'write-off' | 'fee';
  /** Invoice number, payment reference or adjustment number ('' when there is none). */
  reference: string;
  /** A payment, or its part, not allocated to any invoice: the screen says "on account". */
  onAccount?: true;
  /** Raises the balance (invoices, fees). */
  debit: number;
  /** Lowers the balance (payments, discounts, credit notes, write-offs). */
  credit: number;
  balance: number;
}

export interface Statement {
  currency: CurrencyCode;
  from: IsoDate | null;
  to: IsoDate;
  opening: number;
  lines: StatementLine[];
  closing: number;
}

const ORDER: Record<StatementLine['kind'], number> = {
  invoice: 0,
  fee: 1,
  payment: 2,
  discount: 3,
  'credit-note': 4,
  'write-off': 5,
};

/**
 * Statements of one customer, one per currency, for the entries dated in `[from, to]`; what came before
 * `from` is the opening balance. A waived fee is left out. Same-day entries: invoices and fees first.
 */
export function statementOfAccount(
  customerId: string,
  invoices: readonly Invoice[],
  payments: readonly Payment[],
  adjustments: readonly Adjustment[],
  to: IsoDate,
  from: IsoDate | null = null,
): Statement[] {
  const mine = invoices.filter((i) => i.customerId === customerId);
  const numbers = new Map(mine.map((i) => [i.id, i]));
  const raw: (Omit<StatementLine, 'balance'> & { currency: string })[] = [];
  for (const i of mine)
    raw.push({
      date: i.issueDate,
      kind: 'invoice',
      reference: i.number,
      debit: i.amount,
      credit: 0,
      currency: i.currency,
    });
  for (const p of payments) {
    const own = p.customerId === customerId;
    let allocated = 0;
    for (const a of p.allocations) {
      const inv = numbers.get(a.invoiceId);
      if (!inv) continue;
      allocated += a.amount;
      const ref = !p.reference
        ? inv.number
        : p.reference.includes(inv.number)
          ? p.reference
          : `${p.reference} → ${inv.number}`;
      if (a.amount)
        raw.push({
          date: p.date,
          kind: 'payment',
          reference: ref,
          debit: 0,
          credit: a.amount,
          currency: inv.currency,
        });
      if (a.discount)
        raw.push({
          date: p.date,
          kind: 'discount',
          reference: inv.number,
          debit: 0,
          credit: a.discount,
          currency: inv.currency,
        });
    }
    const onAccount = p.amount - p.allocations.reduce((s, a) => s + a.amount, 0);
    if (own && onAccount > 0 && allocated >= 0)
      raw.push({
        date: p.date,
        kind: 'payment',
        reference: p.reference ?? '',
        debit: 0,
        credit: onAccount,
        currency: p.currency,
        onAccount: true,
      });
  }
  for (const a of adjustments) {
    if (a.customerId !== customerId || a.waived) continue;
    const ref = a.number || (a.invoiceId ? numbers.get(a.invoiceId)?.number : '') || a.reason || '';
    const fee = a.kind === 'fee';
    raw.push({
      date: a.date,
      kind: a.kind,
      reference: ref,
      debit: fee ? a.amount : 0,
      credit: fee ? 0 : a.amount,
      currency: a.currency,
    });
  }
  raw.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : ORDER[x.kind] - ORDER[y.kind]));
  const byCurrency = new Map<string, Statement>();
  for (const e of raw) {
    if (e.date > to) continue;
    let st = byCurrency.get(e.currency);
    if (!st)
      byCurrency.set(
        e.currency,
        (st = { currency: e.currency, from, to, opening: 0, lines: [], closing: 0 }),
      );
    const delta = e.debit - e.credit;
    if (from && e.date < from) {
      st.opening += delta;
      st.closing += delta;
      continue;
    }
    st.closing += delta;
    st.lines.push({
      date: e.date,
      kind: e.kind,
      reference: e.reference,
      debit: e.debit,
      credit: e.credit,
      balance: st.closing,
      ...(e.onAccount ? { onAccount: true as const } : {}),
    });
  }
  return [...byCurrency.values()];
}
