// Pure modules at benchmark size, each figure printed beside its target and the machine's load. Run with
// `npm run bench:units` (not part of `npm test`: timing is the machine's business, not a test's).
import { loadavg } from 'node:os';
import { describe, expect, it } from 'vitest';
import { buildLedgerIndex, openBalances } from '../src/domain/balance';
import type { Invoice, Payment } from '../src/domain/types';
import { matchBankLines, type BankLineInput, type OpenInvoice } from '../src/matching';
import { GridModel } from '../src/ui/grid/grid-model';
import type { GridColumn } from '../src/ui/grid/types';
import { readTable, sniffCsv } from '../src/csv';

const rows: string[] = [];
function report(what: string, ms: number, target: number | null, extra = ''): void {
  const verdict = target === null ? '' : ms <= target ? `< ${target} ms met` : `< ${target} ms MISSED`;
  rows.push(`${what.padEnd(48)} ${`${ms.toFixed(1)} ms`.padStart(11)}  ${verdict.padEnd(18)} ${extra}`);
}
function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

describe('pure modules at scale', () => {
  it('ledger index and open balances of 1,000,000 invoices', () => {
    const n = 1_000_000;
    const invoices: Invoice[] = new Array(n);
    const payments: Payment[] = [];
    for (let i = 0; i < n; i++) {
      const m = String(1 + (i % 12)).padStart(2, '0');
      invoices[i] = {
        id: `i${i}`,
        number: `i${i}`,
        customerId: `c${i % 5000}`,
        issueDate: `2024-${m}-01`,
        dueDate: `2024-${m}-28`,
        currency: 'EUR',
        amount: 10000 + (i % 997),
      };
      if (i % 2 === 0)
        payments.push({
          id: `p${i}`,
          customerId: `c${i % 5000}`,
          date: `2024-${m}-15`,
          amount: 5000,
          currency: 'EUR',
          allocations: [{ invoiceId: `i${i}`, amount: 5000 }],
        } as Payment);
    }
    const [ledger, tIndex] = time(() => buildLedgerIndex(payments));
    const [{ open }, tOpen] = time(() => openBalances(invoices, ledger, '2024-12-31'));
    report('ledger index, 500,000 payments', tIndex, null);
    report('open balances, 1,000,000 invoices', tOpen, 2500);
    expect(open[0]).toBe(5000);
  });

  it('bank matching: 100,000 open invoices × 10,000 lines', () => {
    const invoices: OpenInvoice[] = [];
    for (let k = 0; k < 100_000; k++) {
      const c = k % 5000;
      const amount = 1000 + ((k * 7919) % 500_000);
      invoices.push({
        id: `i${k}`,
        number: `INV-2024-${String(k).padStart(6, '0')}`,
        customerId: `c${c}`,
        customerName: `Customer ${c} Trading SRL`,
        currency: 'EUR',
        issueDate: '2024-01-01',
        dueDate: `2024-0${1 + (k % 9)}-15`,
        amount,
        open: amount,
        ...(k % 10 === 0
          ? { terms: { type: 'net' as const, days: 30, discounts: [{ percent: 2, days: 10 }] } }
          : {}),
      });
    }
    const lines: BankLineInput[] = [];
    for (let k = 0; k < 10_000; k++) {
      const target = invoices[(k * 37) % invoices.length] as OpenInvoice;
      const kind = k % 4;
      lines.push({
        id: `b${k}`,
        line: k + 1,
        date: '2024-03-01',
        amount: kind === 3 ? -500 : kind === 2 ? 1234 + k : target.open,
        currency: 'EUR',
        counterparty: kind === 1 ? target.customerName.toUpperCase() : 'SEPA CREDIT',
        reference: kind === 0 ? `Invoice ${target.number} IBAN IT60X0542811101000000123456` : 'payment',
      });
    }
    const [r, ms] = time(() => matchBankLines(lines, invoices));
    report('bank match 100k invoices × 10k lines', ms, 10_000, `${r.suggestions.length} suggestions`);
    expect(r.suggestions.length + r.unmatched.length + r.outgoing).toBe(10_000);
  });

  it('grid model: sort, filter, search of 100,000 rows and 1,000,000 totals', () => {
    interface Row {
      id: string;
      customer: string;
      amount: number;
      currency: string;
      due: string;
      status: string;
    }
    const columns: GridColumn<Row>[] = [
      { id: 'customer', title: 'Customer', type: 'text', value: (r) => r.customer },
      { id: 'amount', title: 'Amount', type: 'money', value: (r) => r.amount, currency: (r) => r.currency },
      { id: 'due', title: 'Due', type: 'date', value: (r) => r.due },
      { id: 'status', title: 'Status', type: 'choice', value: (r) => r.status, choices: ['open', 'paid'] },
    ];
    const n = 100_000;
    const big: Row[] = Array.from({ length: n }, (_, i) => ({
      id: `k${i}`,
      customer: `Customer ${(i * 7919) % 5000}`,
      amount: ((i * 104729) % 1_000_000) - 1000,
      currency: i % 3 ? 'EUR' : 'USD',
      due: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      status: i % 4 ? 'open' : 'paid',
    }));
    const none = { sort: [], filters: {}, search: '' };
    const m = new GridModel(big, columns, (r) => r.id);
    const [, sort1] = time(() => m.query({ ...none, sort: [{ col: 'amount', dir: 'desc' }] }, []));
    const [, sort2] = time(() => m.query({ ...none, sort: [{ col: 'customer', dir: 'asc' }] }, []));
    const [found, search] = time(() => m.query({ ...none, search: 'customer 12' }, ['customer', 'amount']));
    const [, filter] = time(() =>
      m.query({ ...none, filters: { status: { kind: 'choice', values: ['open'] } } }, []),
    );
    report('grid 100k: first money sort', sort1, 100);
    report('grid 100k: first text sort', sort2, 100);
    report('grid 100k: first search', search, 150, `${found.length} rows`);
    report('grid 100k: choice filter', filter, 100);
    const million = new Array<Row>(1_000_000).fill(big[0]!);
    const [, totals] = time(() => {
      const mm = new GridModel(million, columns);
      mm.totals(mm.query(none, []));
    });
    report('grid 1M: model + unsorted query + totals', totals, null);
    expect(found.length).toBeGreaterThan(0);
  });

  it('CSV reader: 100,000 rows × 8 columns', () => {
    const lines = ['Invoice,Customer,Email,Issue date,Due date,Amount,Currency,Status'];
    for (let i = 0; i < 100_000; i++)
      lines.push(
        `INV-${i},Customer ${i % 977},c${i % 977}@example.com,2024-03-0${(i % 9) + 1},2024-04-0${(i % 9) + 1},${i % 5000}.25,EUR,open`,
      );
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    const [t, ms] = time(() => readTable(bytes, sniffCsv(bytes)));
    report(`sniff + read 100k×8 (${(bytes.length / 1e6).toFixed(1)} MB)`, ms, 1000);
    expect(t.rows).toHaveLength(100_000);
  });

  it('prints the table', () => {
    console.log(
      [
        `pure modules, Node ${process.version}, load ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}`,
        ...rows,
      ].join('\n'),
    );
    expect(rows.length).toBeGreaterThan(0);
  });
});
