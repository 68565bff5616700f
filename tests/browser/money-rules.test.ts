// Checks figures the app shows against values computed here, independently, from the raw records
// read straight out of IndexedDB (no app code involved in the expected values).
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSample, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

interface RawInvoice {
  id: string;
  number: string;
  customerId: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  amount: number;
}
interface RawPayment {
  date: string;
  allocations: { invoiceId: string; amount: number; discount?: number }[];
}
interface RawAdjustment {
  invoiceId?: string;
  kind: string;
  date: string;
  amount: number;
  waived?: boolean;
}

async function readDb(page: Page) {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const r = indexedDB.open('overdue');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = (name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const rowsOf = (window as unknown as { __storedRows: (b: unknown) => unknown[] }).__storedRows;
    const blocks = await all('invoiceBlocks');
    const out = {
      invoices: blocks.flatMap((b) => rowsOf(b)),
      payments: await all('payments'),
      adjustments: await all('adjustments'),
      customers: (await all('customerBlocks')).flatMap((b) => (b as { rows: unknown[] }).rows),
    };
    db.close();
    return out;
  }) as Promise<{
    invoices: RawInvoice[];
    payments: RawPayment[];
    adjustments: RawAdjustment[];
    customers: { id: string; name: string; country: string; debtor: string }[];
  }>;
}

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

function openAmount(
  inv: RawInvoice,
  payments: RawPayment[],
  adjustments: RawAdjustment[],
  asOf: string,
): number {
  let open = inv.amount;
  for (const p of payments)
    if (p.date <= asOf)
      for (const a of p.allocations) if (a.invoiceId === inv.id) open -= a.amount + (a.discount ?? 0);
  for (const a of adjustments)
    if (a.invoiceId === inv.id && a.date <= asOf && !a.waived)
      open += a.kind === 'fee' ? a.amount : -a.amount;
  return Math.max(0, open);
}

/** Text of an amount as the page shows it, to compare against minor units. */
function minor(text: string): number {
  return Math.round(Number(text.replace(/[^\d.,-]/g, '').replace(/,/g, '')) * 100);
}

const ASOF = '2026-06-30';

/** Interest day by day: the half-year's ECB rate + 8 pp, act/365, summed and rounded once. */
function ecbPlus8(inv: RawInvoice, ecb: Record<string, number>): number {
  let exact = 0;
  for (let d = day(inv.dueDate) + 1; d <= day(ASOF); d++) {
    const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
    const half = `${iso.slice(0, 4)}-${+iso.slice(5, 7) <= 6 ? '01' : '07'}`;
    exact += (inv.amount * (ecb[half]! + 8)) / 100 / 365;
  }
  return Math.round(exact);
}

describe('money rules in the app, checked independently', () => {
  it("shows a customer's aging row equal to an independent bucketing of their open invoices", async () => {
    h = await openApp();
    const { page } = h;
    await page.getByTestId('as-of').fill(ASOF);
    await page.getByTestId('as-of').dispatchEvent('change');
    await loadSample(page);
    const data = await readDb(page);

    // Pick the EUR customer with the most open invoices past due.
    const bounds = [0, 30, 60, 90, 120];
    const rows = new Map<string, number[]>();
    for (const inv of data.invoices) {
      if (inv.currency !== 'EUR' || inv.issueDate > ASOF) continue;
      const open = openAmount(inv, data.payments, data.adjustments, ASOF);
      if (open === 0) continue;
      const late = day(ASOF) - day(inv.dueDate);
      let b = 0;
      while (b < bounds.length && late > bounds[b]!) b++;
      const row = rows.get(inv.customerId) ?? [0, 0, 0, 0, 0, 0];
      row[b]! += open;
      rows.set(inv.customerId, row);
    }
    const [customerId, expected] = [...rows.entries()].sort(
      (a, b) => b[1].filter(Boolean).length - a[1].filter(Boolean).length,
    )[0]!;
    const name = data.customers.find((c) => c.id === customerId)!.name;

    await page.goto(`${h.url}index.html#/reports`);
    const row = page.locator(`[data-testid="aging-report"] tbody tr[data-customer="${name}"]`);
    // The reports page loads when first opened: wait for its row before reading it.
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    const shown = cells.slice(2, 8).map((c) => (c.trim() ? minor(c) : 0));
    expect(shown).toEqual(expected);
    expect(minor(cells[8]!)).toBe(expected.reduce((a, b) => a + b, 0));
  });

  it("shows an Italian invoice's late interest equal to an independent ECB + 8 pp calculation", async () => {
    h = await openApp();
    const { page } = h;
    await page.getByTestId('as-of').fill(ASOF);
    await page.getByTestId('as-of').dispatchEvent('change');
    await loadSample(page);
    const data = await readDb(page);

    // ECB main refinancing rate on 1 Jan / 1 Jul (rules.md §3), + 8 pp, act/365, split at half-years.
    const ecb: Record<string, number> = {
      '2024-01': 4.5,
      '2024-07': 4.25,
      '2025-01': 3.15,
      '2025-07': 2.15,
      '2026-01': 2.15,
    };
    const italian = new Set(
      data.customers.filter((c) => c.country === 'IT' && c.debtor === 'business').map((c) => c.id),
    );
    const untouched = data.invoices.find(
      (inv) =>
        italian.has(inv.customerId) &&
        inv.dueDate < '2026-01-01' &&
        inv.dueDate >= '2024-07-01' &&
        openAmount(inv, data.payments, data.adjustments, ASOF) === inv.amount &&
        !data.payments.some((p) => p.allocations.some((a) => a.invoiceId === inv.id)) &&
        !data.adjustments.some((a) => a.invoiceId === inv.id),
    );
    expect(untouched, 'the sample has an unpaid Italian invoice').toBeDefined();
    const inv = untouched!;
    const expected = ecbPlus8(inv, ecb);

    await page.goto(`${h.url}index.html#/invoices`);
    await page.getByRole('searchbox', { name: 'Search Invoices' }).fill(inv.number);
    await page.locator(`[role="row"][data-key="${inv.id}"]`).getByRole('button', { name: 'Open' }).click();
    await page.getByTestId('invoice-detail').waitFor();
    expect(minor((await page.getByTestId('interest-total').textContent()) ?? '')).toBe(expected);
    expect(minor((await page.getByTestId('detail-open').textContent()) ?? '')).toBe(inv.amount);

    // The EUR 40 compensation is a fee record of its own: it raises the balance, and can be waived.
    const detail = page.getByTestId('invoice-detail');
    await detail.getByRole('button', { name: 'Charge it on this invoice' }).click();
    await expect
      .poll(async () => minor((await page.getByTestId('detail-open').textContent()) ?? ''))
      .toBe(inv.amount + 4000);
    await detail.getByRole('button', { name: 'Waive' }).click();
    await expect
      .poll(async () => minor((await page.getByTestId('detail-open').textContent()) ?? ''))
      .toBe(inv.amount);
    await expect(detail.getByText(/waived on/).textContent()).resolves.toMatch(/waived on \d/);

    // The user corrects a reference rate in Settings: the interest follows, and the change is kept.
    await page.goto(`${h.url}index.html#/settings`);
    const rates = page.getByTestId('rates');
    await rates.getByRole('textbox', { name: 'Rate from 01/01/2026' }).fill('3.15');
    await rates.getByRole('textbox', { name: 'Rate from 01/01/2026' }).dispatchEvent('change');
    await rates.getByRole('button', { name: 'Save rates' }).click();
    await page.getByText('Reference rates saved; interest is recomputed.').waitFor();
    const corrected = ecbPlus8(inv, { ...ecb, '2026-01': 3.15 });
    await page.reload();
    await page.getByTestId('as-of').fill(ASOF);
    await page.getByTestId('as-of').dispatchEvent('change');
    await expect(
      page.getByTestId('rates').getByRole('textbox', { name: 'Rate from 01/01/2026' }).inputValue(),
    ).resolves.toBe('3.15');
    await page.goto(`${h.url}index.html#/invoices?q=${encodeURIComponent(inv.number)}`);
    await page.locator(`[role="row"][data-key="${inv.id}"]`).getByRole('button', { name: 'Open' }).click();
    expect(minor((await page.getByTestId('interest-total').textContent()) ?? '')).toBe(corrected);
    expect(corrected).toBeGreaterThan(expected);
  });
});
