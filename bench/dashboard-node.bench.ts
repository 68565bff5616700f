// The dashboard's figures of a 1,000,000-invoice book in Node (no browser, no IndexedDB): how long the
// read model's path (rows at the date, behaviour, claims, debtors, forecast) and the day-table path
// (`BookDays`) take at a new as-of date. Run: `npx vitest run -c bench/vitest.config.ts bench/dashboard-node`
// (DASH_ROWS=… DASH_PAID=0.3 for another size or a share of invoices paid). Figures, not tests.
import { loadavg } from 'node:os';
import { describe, it } from 'vitest';
import { ReadModel } from '../src/model/read-model';
import type { Snapshot } from '../src/commands/types';
import type { Entities, EntityName } from '../src/db/change-set';
import { defaultRateTables } from '../src/domain/rates/index';
import type { Customer, Invoice, Payment } from '../src/domain/types';
import {
  accountFigures,
  accountFiguresAt,
  callCount,
  dayBook,
  type AccountBook,
} from '../src/ui/dashboard/dashboard-data';
import { isDeepStrictEqual } from 'node:util';
import { debtorLinesAt, forecastAt } from '../src/charts/days-figures';
import { DEFAULT_DUNNING_POLICY } from '../src/domain/collections/policy';

const N = Number(process.env.DASH_ROWS ?? 1_000_000);
const PAID = Number(process.env.DASH_PAID ?? 0);

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const iso = (day: number): string => new Date(day * 864e5).toISOString().slice(0, 10);

export function bigBook(n: number, paid: number): Snapshot & { tables: Map<string, unknown[]> } {
  const r = rng(n);
  const customers: Customer[] = Array.from({ length: 2000 }, (_, i) => ({
    id: `c${i}`,
    name: `Customer ${i}`,
    country: 'IT',
    language: 'it',
    currency: 'EUR',
    debtor: 'business',
    creditHold: false,
    createdAt: '2023-01-01',
  }));
  const start = Date.UTC(2023, 0, 1) / 864e5;
  const invoices: Invoice[] = new Array(n);
  const payments: Payment[] = [];
  for (let i = 0; i < n; i++) {
    const issue = start + Math.floor(r() * 1000);
    const due = issue + ([0, 14, 30, 30, 60, 90][Math.floor(r() * 6)] as number);
    const cur = r() < 0.85 ? 'EUR' : r() < 0.5 ? 'USD' : 'GBP';
    const amount = 1000 + Math.floor(r() * 2_500_000);
    invoices[i] = {
      id: `i${i}`,
      number: `INV-${i}`,
      customerId: `c${Math.floor(r() * 2000)}`,
      issueDate: iso(issue),
      dueDate: iso(due),
      currency: cur,
      amount,
    };
    if (r() < paid) {
      const day = due - 10 + Math.floor(r() * 60);
      payments.push({
        id: `p${i}`,
        date: iso(day),
        amount,
        currency: cur,
        allocations: [{ invoiceId: `i${i}`, amount }],
      });
    }
  }
  const tables = new Map<string, unknown[]>([
    ['customers', customers],
    ['invoices', invoices],
    ['payments', payments],
  ]);
  return {
    tables,
    rates: defaultRateTables,
    list: <K extends EntityName>(name: K) => (tables.get(name) ?? []) as Entities[K][],
    get: () => undefined,
    invoiceByNumber: () => undefined,
  };
}

/** Runs `f`, printing its wall time and the process's CPU time (steadier on a shared machine). */
function time<T>(what: string, f: () => T): T {
  const t = performance.now();
  const c = process.cpuUsage();
  const x = f();
  const cpu = process.cpuUsage(c);
  console.log(
    `${what.padEnd(52)} ${(performance.now() - t).toFixed(0).padStart(7)} ms  (cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`,
  );
  return x;
}

describe('dashboard figures at scale', () => {
  it(`${N} invoices`, () => {
    console.log(
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    const book = time('build the book', () => bigBook(N, PAID));
    const model = new ReadModel(book);
    model.setCompany({ country: 'IT' });
    const accounts: AccountBook = {
      customers: book.list('customers'),
      invoices: book.list('invoices'),
      activities: [],
      plans: [],
      settlements: [],
      policy: DEFAULT_DUNNING_POLICY,
      company: { country: 'IT' } as AccountBook['company'],
    };
    model.at('2025-12-01');
    const d = time('book days and claim days (once per version)', () =>
      dayBook(1, () => ({
        invoices: book.list('invoices'),
        ledger: model.ledger,
        customers: model.customers,
        activities: [],
        company: { country: 'IT' },
        rates: book.rates,
        adjustments: [],
      })),
    );
    for (const asOf of ['2025-12-01', '2025-06-30', '2024-12-31', '2025-03-15', '2025-09-30', '2024-06-30']) {
      const pass = time(`  pass at ${asOf}`, () => d.days.at(asOf));
      time(`  debtor lines`, () => debtorLinesAt(d.days, pass, 'EUR'));
      time(`  forecast`, () =>
        forecastAt(d.days, pass, { today: '2025-12-01', currency: 'EUR', activities: [], plans: [] }),
      );
      time(`  claims`, () => d.claims.totals(asOf, 'EUR'));
      if (process.env.DASH_REPEAT)
        for (let r = 0; r < 3; r++) {
          time(`    forecast again`, () =>
            forecastAt(d.days, pass, { today: '2025-12-01', currency: 'EUR', activities: [], plans: [] }),
          );
          time(`    debtor lines again`, () => debtorLinesAt(d.days, pass, 'EUR'));
        }
      const fast = time(`  account figures from book days at ${asOf}`, () =>
        accountFiguresAt(d, asOf, 'EUR', '2025-12-01', accounts),
      );
      time(`  call-list count (whole queue, after the rest)`, () => callCount(d, asOf, 'EUR', accounts));
      if (process.env.DASH_SLOW !== '0') {
        const view = time(`read model at ${asOf}`, () => model.at(asOf));
        const slow = time(`  account figures (read model rows)`, () =>
          accountFigures(view, 'EUR', '2025-12-01', accounts),
        );
        console.log(
          `  equal: ${isDeepStrictEqual(JSON.parse(JSON.stringify(fast)), JSON.parse(JSON.stringify(slow)))}`,
        );
      }
    }
    console.log(
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
  });
});
