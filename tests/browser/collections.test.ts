// Issue #10 acceptance in the browser: the call list and the customer page's collections actions, on
// the sample data, driven as a user would.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSample, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

function plusDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

async function setAsOf(page: Page, iso: string): Promise<void> {
  await page.getByTestId('as-of').fill(iso);
  await page.getByTestId('as-of').dispatchEvent('change');
}

async function start(): Promise<{ page: Page; asOf: string }> {
  h = await openApp();
  await loadSample(h.page);
  // The field shows the as-of date as the English (UK) interface writes it: dd/mm/yyyy.
  const [day, month, year] = (await h.page.getByTestId('as-of').inputValue()).split('/');
  const asOf = `${year}-${month}-${day}`;
  await h.page.goto(`${h.url}index.html#/today`);
  await h.page.locator('tr[data-row]').first().waitFor();
  return { page: h.page, asOf };
}

/** The first row of a kind in the call list: its id and customer. */
async function firstRow(page: Page, kinds: string[]): Promise<{ id: string; customerId: string }> {
  const ids = await page
    .locator('tr[data-row]')
    .evaluateAll(
      (rows, ks) =>
        rows
          .filter((r) => ks.includes(r.getAttribute('data-kind') ?? ''))
          .map((r) => r.getAttribute('data-row')!),
      kinds,
    );
  expect(ids.length).toBeGreaterThan(0);
  const id = ids[0]!;
  return { id, customerId: id.split(':')[1]! };
}

const row = (page: Page, id: string) => page.locator(`tr[data-row="${id}"]`);

describe('collections in the browser', () => {
  it('shows one kind of work at a time with its count, and a row keeps its details one click away', async () => {
    const { page } = await start();
    const kinds = page.getByRole('group', { name: 'Show' });
    const all = await page.locator('tr[data-row]').count();
    // "All" counts the whole list, as its title does.
    const total = (await page.locator('#queue-title').textContent())!.match(/\((\d+)\)/)![1];
    await expect(kinds.getByRole('button', { name: /^All/ }).locator('.n').textContent()).resolves.toBe(
      total,
    );
    // Letters to send: the button's count is the rows the list then holds, each of that kind.
    const letters = kinds.locator('button[data-kind="letter"]');
    const count = Number((await letters.locator('.n').textContent())!.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await letters.click();
    await expect(letters.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect.poll(() => page.locator('tr[data-row]').count()).toBe(Math.min(count, 50));
    const shownKinds = await page.locator('tr[data-row]').evaluateAll((rs) => rs.map((r) => r.dataset.kind));
    expect(new Set(shownKinds)).toEqual(new Set(['letter']));
    // A row says why first: the reminder that is due and what is overdue; the new pay-by date and the
    // customer's habits are behind "n more reasons", and show on a click.
    const first = page.locator('tr[data-row]').first();
    const why = first.locator('td').nth(4);
    await expect(why.innerText()).resolves.toMatch(/reminder|notice/i);
    await expect(why.innerText()).resolves.not.toMatch(/New deadline to pay/);
    const more = why.locator('details summary');
    await expect(more.innerText()).resolves.toMatch(/^\d+ more reasons?$/);
    await more.click();
    await expect(why.innerText()).resolves.toMatch(/New deadline to pay: \d\d\/\d\d\/\d{4}/);
    // All again: every row of the list.
    await kinds.getByRole('button', { name: /^All/ }).click();
    await expect.poll(() => page.locator('tr[data-row]').count()).toBe(all);
  });

  it('logs a call with a promise from Today; past the promise it is broken in Today and in the behaviour; an email that day is recorded', async () => {
    const { page, asOf } = await start();
    const { id, customerId } = await firstRow(page, ['letter', 'call']);
    await page.goto(`${h!.url}index.html#/customers/${customerId}`);
    const before = Number(
      await page.getByTestId('behaviour').locator('xpath=..').locator('dd').last().innerText(),
    );
    await page.goto(`${h!.url}index.html#/today`);
    await row(page, id).getByRole('button', { name: 'Log call' }).click();
    // The form lists the row's invoices with what is still owed on each: together, the row's amount.
    const cents = (s: string) => Number(s.replace(/[^\d]/g, ''));
    const owed = await page.locator('form.row-action label.inv .muted').allInnerTexts();
    const rowAmount = await row(page, id).locator('td.num').first().innerText();
    expect(owed.reduce((sum, s) => sum + cents(s), 0)).toBe(cents(rowAmount));
    await page.locator('form.row-action input[name="outcome"]').fill('will pay next week');
    await page.locator('form.row-action input[name="promised"]').check();
    await page.locator('form.row-action input[name="promiseAmount"]').fill('10.00');
    await page.locator('form.row-action input[name="promiseDate"]').fill(plusDays(asOf, 7));
    await page.locator('form.row-action').getByRole('button', { name: 'Save' }).click();
    // The call is the customer's contact of the day: its row leaves the list at once.
    await expect.poll(() => row(page, id).count()).toBe(0);

    await setAsOf(page, plusDays(asOf, 8));
    const customerRows = page.locator(`tr[data-row*=":${customerId}:"]`);
    await expect
      .poll(() => customerRows.allInnerTexts().then((t) => t.join('\n')))
      .toMatch(/Promise of .* not kept/);

    await page.goto(`${h!.url}index.html#/customers/${customerId}`);
    const after = Number(
      await page.getByTestId('behaviour').locator('xpath=..').locator('dd').last().innerText(),
    );
    expect(after).toBe(before + 1);

    // An email really sent the same day as the call is recorded, not refused.
    const form = page.getByRole('form', { name: 'Log a contact' });
    await form.locator('select[name="kind"]').selectOption('email');
    await form.locator('input[name="date"]').fill(asOf);
    await form.locator('input[name="text"]').fill('sent the statement');
    await form.getByRole('button', { name: 'Log' }).click();
    await expect
      .poll(() => page.getByTestId('timeline').innerText())
      .toMatch(/Email[\s\S]*sent the statement/);
    expect(await form.locator('.error-text').count()).toBe(0);
    expect(h!.pageErrors).toEqual([]);
  });

  it('logs a step sent by e-mail (a courtesy reminder before the due date) as an e-mail, and the row leaves', async () => {
    const { page } = await start();
    const { id, customerId } = await firstRow(page, ['due-soon']);
    await row(page, id).getByRole('button', { name: 'Log e-mail' }).click();
    await page.locator('form.row-action input[name="outcome"]').fill('reminder sent');
    await page.locator('form.row-action').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row(page, id).count()).toBe(0);
    await page.goto(`${h!.url}index.html#/customers/${customerId}`);
    await expect
      .poll(() => page.getByTestId('timeline').locator('li').first().innerText())
      .toMatch(/^\S+\s+Email\b[\s\S]*reminder sent/);
    expect(h!.pageErrors).toEqual([]);
  });

  it('marks an invoice disputed from Today and the row leaves', async () => {
    const { page } = await start();
    const { id } = await firstRow(page, ['letter', 'call']);
    await row(page, id).getByRole('button', { name: 'Disputed' }).click();
    await page.locator('form.row-action select[name="reason"]').selectOption('quality');
    await page.locator('form.row-action').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row(page, id).count()).toBe(0);
    // The customer's log says what the dispute is about, not just "Dispute" and a number.
    await page.goto(`${h!.url}index.html#/customers/${id.split(':')[1]}`);
    await expect
      .poll(() => page.getByTestId('timeline').locator('li').first().innerText())
      .toMatch(/Dispute .*Quality of goods or work/);
  });

  it('puts a customer on credit hold from the row that suggests it; the row leaves and the customer page says so', async () => {
    const { page } = await start();
    // "All" shows every kind of row, the holds among them.
    await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: /^All/ }).click();
    const { id, customerId } = await firstRow(page, ['credit-hold']);
    await row(page, id).getByRole('button', { name: 'Put on credit hold' }).click();
    await expect.poll(() => row(page, id).count()).toBe(0);
    await page.goto(`${h!.url}index.html#/customers/${encodeURIComponent(customerId)}`);
    await expect.poll(() => page.locator('input[name="hold"]').isChecked()).toBe(true);
    // The log says when the customer went on hold.
    await expect.poll(() => page.getByTestId('timeline').locator('li').first().innerText()).toMatch(/hold/i);
  });

  it('creates a 6-instalment plan and, a month and more later, sees missed instalments', async () => {
    const { page, asOf } = await start();
    const { customerId } = await firstRow(page, ['letter', 'call']);
    await page.goto(`${h!.url}index.html#/customers/${customerId}`);
    const form = page.getByRole('form', { name: 'New payment plan' });
    await form.locator('input[type="checkbox"]').first().check();
    const number = (
      await form
        .locator('label', { has: page.locator('input[type="checkbox"]') })
        .first()
        .innerText()
    )
      .trim()
      .split(' ')[0];
    await form.locator('input[name="count"]').fill('6');
    await form.locator('input[name="firstDate"]').fill(asOf);
    await expect.poll(() => form.locator('.preview li').count()).toBe(6);
    // Interest typed with a decimal comma counts: the instalments come to more than without it.
    const previewText = () => form.locator('.preview').innerText();
    const without = await previewText();
    await form.locator('input[name="interest"]').fill('5,5');
    await expect.poll(previewText).not.toBe(without);
    await form.getByRole('button', { name: 'Agree the plan' }).click();
    await page.locator('[data-plan] tr[data-state]').first().waitFor();
    expect(await page.locator('[data-plan] tr[data-state]').count()).toBe(6);
    // The plan names the invoice it covers, and the form no longer offers it for another plan.
    expect(await page.getByTestId('plan-invoices').first().innerText()).toBe(number);
    expect(await form.locator('label', { hasText: `${number} (` }).count()).toBe(0);
    // A new plan, nothing paid: its first instalment is due today, not "Paid".
    const headline = () => page.locator('[data-plan] p strong').first().innerText();
    await expect.poll(headline).toBe('Next instalment: due');
    // The log says what was agreed, not just "Note" and the invoices' numbers.
    await expect
      .poll(() => page.getByTestId('timeline').innerText())
      .toMatch(/payment plan agreed: 6 instalments, .+ in all/);

    await setAsOf(page, plusDays(asOf, 40));
    await expect.poll(() => page.locator('[data-plan] tr[data-state="missed"]').count()).toBe(2);
    await expect.poll(headline).toBe('An instalment missed');
    await page.goto(`${h!.url}index.html#/today`);
    await expect
      .poll(() => page.locator(`tr[data-kind="instalment-missed"][data-row*=":${customerId}:"]`).innerText())
      .toMatch(/Instalment 1 of 6[\s\S]*Instalment 2 of 6/);
  });

  it('offers no empty plan form once every open invoice is in a plan', async () => {
    const { page, asOf } = await start();
    const { customerId } = await firstRow(page, ['letter', 'call']);
    await page.goto(`${h!.url}index.html#/customers/${customerId}`);
    const form = page.getByRole('form', { name: 'New payment plan' });
    const boxes = form.locator('input[type="checkbox"]');
    await boxes.first().waitFor();
    for (const box of await boxes.all()) await box.check();
    await form.locator('input[name="count"]').fill('3');
    await form.locator('input[name="firstDate"]').fill(asOf);
    await form.getByRole('button', { name: 'Agree the plan' }).click();
    await page.locator('[data-plan]').first().waitFor();
    await expect.poll(() => page.getByRole('form', { name: 'New payment plan' }).count()).toBe(0);
    // Nor does the write-off form offer them (the plan is cancelled first): it says why.
    await expect.poll(() => page.getByRole('form', { name: 'Write off invoices' }).count()).toBe(0);
    await expect(page.getByTestId('write-off-planned').textContent()).resolves.toBe(
      'Invoices in a payment plan are not offered here: cancel the plan first to write them off.',
    );
    expect(h!.pageErrors).toEqual([]);
  });

  it('accepts a settlement and shows the write-off and the net recovery', async () => {
    const { page, asOf } = await start();
    const { customerId } = await firstRow(page, ['letter', 'call']);
    await page.goto(`${h!.url}index.html#/customers/${customerId}`);
    const form = page.getByRole('form', { name: 'New settlement offer' });
    await form.locator('input[type="checkbox"]').first().check();
    await form.locator('input[name="deadline"]').fill(plusDays(asOf, 14));
    // A share that is not a percentage is refused with a message, and nothing is offered.
    await form.locator('input[name="percent"]').fill('abc');
    await form.getByRole('button', { name: 'Make the offer' }).click();
    await expect
      .poll(() => form.locator('.error-text').innerText())
      .toMatch(/Enter a percentage from 0 to 100/);
    expect(await page.locator('[data-offer]').count()).toBe(0);
    // "62,5" with a decimal comma is read as 62.5 %; then 50.
    await form.locator('input[name="percent"]').fill('62,5');
    await expect.poll(() => form.locator('.evaluation').innerText()).toMatch(/The offer brings/);
    await form.locator('input[name="percent"]').fill('50');
    await expect.poll(() => form.locator('.evaluation').innerText()).toMatch(/The offer brings/);
    await form.getByRole('button', { name: 'Make the offer' }).click();
    const offer = page.locator('[data-offer]').first();
    await offer.getByRole('button', { name: 'Accepted and paid' }).click();
    // It asks once more, with the amount and the day the payment came in; Cancel records nothing.
    const ask = offer.getByTestId('settle-paid');
    await expect(ask.innerText()).resolves.toMatch(/Record a payment of .+ received from the customer/);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await offer.getAttribute('data-state')).toBe('open');
    expect(await page.getByTestId('timeline').innerText()).not.toMatch(/settlement accepted/);
    await offer.getByRole('button', { name: 'Accepted and paid' }).click();
    await ask.getByRole('button', { name: 'Record the payment' }).click();
    await expect.poll(() => offer.getAttribute('data-state')).toBe('paid');
    const text = await offer.innerText();
    const [, recovered, written] = /recovered (.+?), written off (.+)$/m.exec(text) ?? [];
    expect(recovered).toBeTruthy();
    expect(written).toBeTruthy();
    // The offer was 50 %: what was recovered equals what was written off, to the cent or one more.
    const cents = (s: string) => Number(s.replace(/[^\d]/g, ''));
    expect(Math.abs(cents(recovered!) - cents(written!))).toBeLessThanOrEqual(1);
    await expect
      .poll(() =>
        page
          .locator('[data-write-off]')
          .allInnerTexts()
          .then((t) => t.join('\n')),
      )
      .toMatch(/Settlement/);
    // The contact log tells the case: the offer, its acceptance, and what it wrote off, with the amount
    // the offer's panel shows.
    const log = () => page.getByTestId('timeline').innerText();
    await expect.poll(log).toContain(`written off · ${written!.trim()} · Settlement`);
    expect(await log()).toMatch(/settlement accepted · \S/);
    expect(await log()).toMatch(/settlement offered · \S/);
    // The Activity page says it too, in a column of its own.
    await page.goto(`${h!.url}index.html#/activity`);
    await page.getByRole('searchbox').first().fill('written off');
    await expect
      .poll(() => page.locator('[role="grid"] [role="row"][data-key]').first().innerText())
      .toContain(`written off · ${written!.trim()} · Settlement`);
  });
  it('asks before writing off, with the count, the sum and the reason, and writes nothing until asked', async () => {
    const { page } = await start();
    const { customerId } = await firstRow(page, ['letter', 'call']);
    await page.goto(`${h!.url}index.html#/customers/${customerId}`);
    const form = page.getByRole('form', { name: 'Write off invoices' });
    const box = form
      .locator('label')
      .filter({ has: page.locator('input[type="checkbox"]') })
      .first();
    await box.waitFor();
    // The label reads "number (amount)": the question must name the same amount.
    const [, number, amount] = /^\s*(\S+) \((.+)\)\s*$/.exec(await box.innerText()) ?? [];
    expect(amount).toBeTruthy();
    await box.locator('input').check();
    await form.locator('select[name="reason"]').selectOption('small-balance');
    await form.getByRole('button', { name: 'Write off' }).click();
    const ask = form.getByRole('alertdialog');
    await expect.poll(() => ask.innerText()).toContain(`Write off 1 invoice, ${amount}, as “Small balance”?`);
    // Nothing is written while it asks; Cancel leaves it so.
    expect(await page.locator('[data-write-off]').count()).toBe(0);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => form.getByRole('alertdialog').count()).toBe(0);
    expect(await page.locator('[data-write-off]').count()).toBe(0);
    // Asked again and confirmed: written off, listed with its number and amount.
    await form.getByRole('button', { name: 'Write off' }).click();
    await form.getByRole('alertdialog').getByRole('button', { name: 'Write off' }).click();
    const listed = page.locator('[data-write-off]').first();
    await expect.poll(() => listed.innerText()).toContain(`${number} · ${amount} · Small balance`);
    // The page scrolls inside its frame: the window itself never does (the log's hidden file inputs
    // once hung below it, and scrolling the window slid the header and the status bar away).
    await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    const fits = await page.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight);
    expect(fits).toBe(true);
    expect(h!.pageErrors).toEqual([]);
  });
});
