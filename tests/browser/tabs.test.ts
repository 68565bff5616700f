// Two tabs on one book, and hands faster than the disk: every write lands, in order, planned from
// what is stored. Stored values are read back from IndexedDB itself, not from the screen.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSample, openApp, storedRecords, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const grid = (page: Page) => page.getByRole('grid', { name: 'Invoices' });
const rowOf = (page: Page, number: string) =>
  grid(page).locator('[role="row"][data-key]', { hasText: number }).first();
const cell = (page: Page, number: string, col: string) => rowOf(page, number).locator(`[data-col="${col}"]`);

/** Types `text` into a cell and commits it with Enter, as a person would. */
async function typeInto(page: Page, number: string, col: string, text: string): Promise<void> {
  await cell(page, number, col).click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Every stored invoice (number → amount in minor units), read from IndexedDB. */
function storedAmounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('overdue');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('invoiceBlocks').objectStore('invoiceBlocks').getAll();
          req.onsuccess = () => {
            const out: Record<string, number> = {};
            const rowsOf = (window as unknown as { __storedRows: (b: unknown) => unknown[] }).__storedRows;
            for (const b of req.result as unknown[])
              for (const r of rowsOf(b) as { number: string; amount: number }[]) out[r.number] = r.amount;
            open.result.close();
            resolve(out);
          };
        };
      }),
  );
}

async function firstNumbers(page: Page, n: number): Promise<string[]> {
  await grid(page).locator('[role="row"][data-key]').first().waitFor();
  return (await grid(page).locator('[role="row"][data-key] [data-col="number"]').allTextContents()).slice(
    0,
    n,
  );
}

describe('two tabs on one book', () => {
  it('keeps both tabs’ edits of neighbouring invoices, and each tab shows the other’s without a reload', async () => {
    h = await openApp();
    const a = h.page;
    await loadSample(a);
    const b = await h.context.newPage();
    await b.goto(h.url + 'index.html#/invoices');
    const [x, y] = await firstNumbers(a, 2);
    await firstNumbers(b, 2);
    await typeInto(a, x!, 'amount', '1111.11');
    // The other tab catches up on its own (a busy machine may take a few seconds).
    const soon = { timeout: 15_000 };
    await expect.poll(() => cell(b, x!, 'amount').textContent(), soon).toMatch(/1,111\.11/);
    await typeInto(b, y!, 'amount', '2222.22');
    await expect.poll(() => cell(a, y!, 'amount').textContent(), soon).toMatch(/2,222\.22/);
    const stored = await storedAmounts(a);
    expect(stored[x!]).toBe(111111);
    expect(stored[y!]).toBe(222222);
  });

  it('undo in one tab does not overwrite the other tab’s later edit of the same invoice, and says so', async () => {
    h = await openApp();
    const a = h.page;
    await loadSample(a);
    const b = await h.context.newPage();
    await b.goto(h.url + 'index.html#/invoices');
    const [x, y] = await firstNumbers(a, 2);
    await firstNumbers(b, 2);
    const soon = { timeout: 15_000 };
    await typeInto(a, y!, 'amount', '333.33');
    await typeInto(a, x!, 'amount', '1111.11');
    await expect.poll(() => cell(b, x!, 'amount').textContent(), soon).toMatch(/1,111\.11/);
    await typeInto(b, x!, 'amount', '2222.22');
    await expect.poll(() => cell(a, x!, 'amount').textContent(), soon).toMatch(/2,222\.22/);
    // Tab A's last step set x to 1,111.11; tab B has set it since: A's undo of it is refused.
    await a.locator('body').click({ position: { x: 5, y: 5 } });
    await a.keyboard.press('ControlOrMeta+z');
    await expect
      .poll(() => a.locator('.toasts .toast').allTextContents(), soon)
      .toContainEqual(expect.stringMatching(/Not undone: .*changed again since/));
    expect((await storedAmounts(a))[x!]).toBe(222222);
    await expect.poll(() => cell(b, x!, 'amount').textContent(), soon).toMatch(/2,222\.22/);
    // The step before it (y, which no one changed since) still undoes.
    await a.keyboard.press('ControlOrMeta+z');
    await expect.poll(async () => (await storedAmounts(a))[y!], soon).not.toBe(33333);
    expect((await storedAmounts(a))[x!]).toBe(222222);
  });

  it('keeps both tabs’ renames of two customers, stored many to a record, and each tab shows the other’s', async () => {
    h = await openApp();
    const a = h.page;
    await loadSample(a);
    await a.goto(h.url + 'index.html#/customers');
    const b = await h.context.newPage();
    await b.goto(h.url + 'index.html#/customers');
    const customers = (page: Page) => page.getByRole('grid', { name: 'Customers' });
    const nameCell = (page: Page, name: string) =>
      customers(page)
        .locator('[role="row"][data-key]', { hasText: name })
        .first()
        .locator('[data-col="name"]');
    await customers(a).locator('[role="row"][data-key]').first().waitFor();
    await customers(b).locator('[role="row"][data-key]').first().waitFor();
    const names = (
      await customers(a).locator('[role="row"][data-key] [data-col="name"]').allTextContents()
    ).slice(0, 2);
    const rename = async (page: Page, from: string, to: string) => {
      await nameCell(page, from).click();
      await page.keyboard.press('F2');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(to);
      await page.keyboard.press('Enter');
    };
    const soon = { timeout: 15_000 };
    await rename(a, names[0]!, 'Rinominato Uno SRL');
    await expect.poll(() => nameCell(b, 'Rinominato Uno SRL').count(), soon).toBe(1);
    await rename(b, names[1]!, 'Rinominato Due SRL');
    await expect.poll(() => nameCell(a, 'Rinominato Due SRL').count(), soon).toBe(1);
    // Both stored, once each, and every other customer still there.
    const stored = (await storedRecords<{ rows: { name: string }[] }>(a, 'customerBlocks')).flatMap((r) =>
      r.rows.map((c) => c.name),
    );
    expect(stored.filter((n) => n === 'Rinominato Uno SRL')).toHaveLength(1);
    expect(stored.filter((n) => n === 'Rinominato Due SRL')).toHaveLength(1);
    expect(stored).not.toContain(names[0]);
    expect(stored).not.toContain(names[1]);
    // The sample's 60 customers, none lost or doubled.
    expect(new Set(stored).size).toBe(stored.length);
    expect(stored.length).toBeGreaterThanOrEqual(50);
  });

  it('keeps edits waiting for the other tab’s lock when their page is reloaded, and the other tab sees them', async () => {
    h = await openApp();
    const a = h.page;
    await loadSample(a);
    const b = await h.context.newPage();
    await b.goto(h.url + 'index.html#/invoices');
    const numbers = await firstNumbers(a, 3);
    await firstNumbers(b, 3);
    // The other tab holds the writers' lock (as during a long write of its own): these edits wait.
    await b.evaluate(() => {
      const w = window as unknown as { release?: () => void };
      void navigator.locks.request(
        'overdue-write:overdue',
        () => new Promise<void>((resolve) => (w.release = resolve)),
      );
    });
    await b.waitForFunction(() => typeof (window as unknown as { release?: unknown }).release === 'function');
    const cents = [8100, 8211, 8322];
    await cell(a, numbers[0]!, 'amount').click();
    for (const c of cents) {
      await a.keyboard.type((c / 100).toFixed(2));
      await a.keyboard.press('Enter');
    }
    const asked: string[] = [];
    a.on('dialog', (d) => {
      asked.push(d.type());
      void d.accept();
    });
    // Nothing was written yet: the page asks, the user leaves, and the edits are written as it goes.
    await a.reload();
    expect(asked).toEqual(['beforeunload']);
    await grid(a).locator('[role="row"][data-key]').first().waitFor();
    const stored = await storedAmounts(a);
    expect(numbers.map((n) => stored[n])).toEqual(cents);
    // The other tab was told, and shows them.
    await expect
      .poll(() => cell(b, numbers[2]!, 'amount').textContent(), { timeout: 15_000 })
      .toMatch(/83\.22/);
    await b.evaluate(() => (window as unknown as { release: () => void }).release());
  });

  it('after delete-all in one tab, the other shows the empty book and writes nothing back', async () => {
    h = await openApp();
    const a = h.page;
    await loadSample(a);
    const b = await h.context.newPage();
    await b.goto(h.url + 'index.html#/invoices');
    await firstNumbers(b, 1);
    await a.goto(h.url + 'index.html#/settings');
    await a.getByRole('button', { name: 'Delete all data…' }).click();
    await a.getByLabel('Confirmation').fill('DELETE');
    await a.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => b.getByTestId('status-invoices').textContent()).toMatch(/^0\b/);
    expect(Object.keys(await storedAmounts(b))).toHaveLength(0);
  });
});

describe('fast hands', () => {
  it('loses no edit typed in quick succession, and held undo and redo step through every one', async () => {
    h = await openApp();
    const page = h.page;
    await loadSample(page);
    const numbers = await firstNumbers(page, 8);
    const before = await storedAmounts(page);
    // Eight edits, each typed and committed without waiting for the one before to be saved.
    for (const [k, n] of numbers.entries()) await typeInto(page, n, 'amount', `${100 + k}.00`);
    await expect
      .poll(
        async () => Object.values(await storedAmounts(page)).filter((v) => v >= 10000 && v < 10800).length,
        { timeout: 20_000 },
      )
      .toBeGreaterThanOrEqual(8);
    const edited = await storedAmounts(page);
    numbers.forEach((n, k) => expect(edited[n]).toBe((100 + k) * 100));
    // Ctrl+Z held down: as many presses as edits, back to the start.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < numbers.length; i++) await page.keyboard.press('ControlOrMeta+z', { delay: 5 });
    await expect
      .poll(async () => numbers.every(async () => true) && (await storedAmounts(page))[numbers[0]!], {
        timeout: 20_000,
      })
      .toBe(before[numbers[0]!]);
    const undone = await storedAmounts(page);
    for (const n of numbers) expect(undone[n]).toBe(before[n]);
    for (let i = 0; i < numbers.length; i++) await page.keyboard.press('ControlOrMeta+y', { delay: 5 });
    await expect
      .poll(async () => (await storedAmounts(page))[numbers.at(-1)!], { timeout: 20_000 })
      .toBe((100 + numbers.length - 1) * 100);
    const redone = await storedAmounts(page);
    numbers.forEach((n, k) => expect(redone[n]).toBe((100 + k) * 100));
  });

  it('keeps an edit when the page is reloaded the moment it shows, and the user says leave', async () => {
    h = await openApp();
    const page = h.page;
    await loadSample(page);
    const [number] = await firstNumbers(page, 1);
    const before = (await storedAmounts(page))[number!];
    expect(before).not.toBe(424242);
    // A slow machine (the page's processor six times slower): a frame takes long to come.
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.type());
      void d.accept(); // "Leave": the user chose to go
    });
    await typeInto(page, number!, 'amount', '4242.42');
    // Reloaded as soon as the new amount is on screen, not a moment later.
    await page.waitForFunction(
      (n) =>
        [...document.querySelectorAll('[role="grid"] [role="row"][data-key]')].some(
          (r) => r.textContent?.includes(n) && /4,242\.42/.test(r.textContent),
        ),
      number!,
      { polling: 5 },
    );
    await page.reload();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await grid(page).locator('[role="row"][data-key]').first().waitFor();
    await expect.poll(() => cell(page, number!, 'amount').textContent()).toMatch(/4,242\.42/);
    expect((await storedAmounts(page))[number!]).toBe(424242);
  });

  it('keeps every one of five edits typed one after another when the page is reloaded at once', async () => {
    h = await openApp();
    const page = h.page;
    await loadSample(page);
    const numbers = await firstNumbers(page, 5);
    const before = await storedAmounts(page);
    const cents = numbers.map((_, k) => 5000 + 111 * k); // 50.00, 51.11, … : none stored before
    for (const [k, n] of numbers.entries()) expect(before[n]).not.toBe(cents[k]);
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.type());
      void d.accept(); // "Leave"
    });
    // A slow machine (the page's processor four times slower): the writes queue up behind each other.
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Typed as fast as the keyboard goes: each amount typed over the cell and committed with Enter,
    // which moves down to the next invoice, and the page reloaded the moment the last Enter is pressed:
    // nothing waits for a write to be saved, or even shown.
    await cell(page, numbers[0]!, 'amount').click();
    for (const c of cents) {
      await page.keyboard.type((c / 100).toFixed(2));
      await page.keyboard.press('Enter');
    }
    await page.reload();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    // Writes were still on their way: the page asked, and the user said leave.
    expect(asked).toContain('beforeunload');
    await grid(page).locator('[role="row"][data-key]').first().waitFor();
    const stored = await storedAmounts(page);
    expect(numbers.map((n) => stored[n])).toEqual(cents);
  });

  it('keeps every one of five edits typed one after another when the tab is closed at once, unasked', async () => {
    h = await openApp();
    const page = h.page;
    await loadSample(page);
    const numbers = await firstNumbers(page, 5);
    const cents = numbers.map((_, k) => 6000 + 111 * k);
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cell(page, numbers[0]!, 'amount').click();
    for (const c of cents) {
      await page.keyboard.type((c / 100).toFixed(2));
      await page.keyboard.press('Enter');
    }
    // Closed without the browser asking (no beforeunload): only pagehide is heard.
    await page.close({ runBeforeUnload: false });
    const next = await h.context.newPage();
    await next.goto(h.url + 'index.html#/invoices');
    await grid(next).locator('[role="row"][data-key]').first().waitFor();
    const stored = await storedAmounts(next);
    expect(numbers.map((n) => stored[n])).toEqual(cents);
  });

  it('keeps the order of edits and an undo typed just before the page is reloaded at once', async () => {
    h = await openApp();
    const page = h.page;
    await loadSample(page);
    const numbers = await firstNumbers(page, 6);
    const before = await storedAmounts(page);
    const cents = numbers.map((_, k) => 7000 + 111 * k);
    page.on('dialog', (d) => void d.accept());
    // A slow machine (the page's processor four times slower): more of the writes are still queued.
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cell(page, numbers[0]!, 'amount').click();
    const typeAmount = async (c: number) => {
      await page.keyboard.type((c / 100).toFixed(2));
      await page.keyboard.press('Enter');
    };
    for (const c of cents.slice(0, 5)) await typeAmount(c);
    // Ctrl+Z at once undoes the fifth edit (queued behind it, stored or not by then), and the sixth
    // invoice is typed after it; then the page is reloaded.
    await page.keyboard.press('ControlOrMeta+z');
    await typeAmount(cents[5]!);
    await page.reload();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await grid(page).locator('[role="row"][data-key]').first().waitFor();
    const stored = await storedAmounts(page);
    expect(numbers.map((n) => stored[n])).toEqual([...cents.slice(0, 4), before[numbers[4]!], cents[5]]);
  });
});
