// Letters in the built app: one PDF for three customers in three languages, read back with pdftotext;
// a hash route that makes and downloads one customer's final notice.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pdfText } from '../letters/pdf-tools';
import { importFixture, loadSample, openApp, storedRecords, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** The checkbox value (customer id) and name of the first overdue customer writing in `lang`. */
/** The first customer whose letters go out in a language, named as the English screen names it. */
async function customerIn(page: Page, lang: string): Promise<{ id: string; name: string }> {
  // Not one the contact rules hold back today (its "Next contact" cell names a later day).
  const rows = page.locator('tr', { has: page.locator('td', { hasText: new RegExp(`^${lang}$`) }) });
  for (const row of await rows.all()) {
    if ((await row.getByTestId('letter-next-contact').innerText()).trim() !== '') continue;
    const box = row.getByTestId('letter-customer');
    return {
      id: (await box.getAttribute('value')) ?? '',
      name: (await box.getAttribute('aria-label')) ?? '',
    };
  }
  throw new Error(`no customer writing in ${lang} may be contacted today`);
}

async function downloaded(page: Page, act: () => Promise<void>): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), act()]);
  return new Uint8Array(readFileSync((await download.path()) ?? ''));
}

describe('letters', () => {
  it('makes one PDF for three customers in Italian, Romanian and Danish', async () => {
    h = await openApp();
    await loadSample(h.page);
    await h.page.goto(`${h.url}index.html#/letters`);
    await h.page.getByTestId('letter-customer').first().waitFor();
    // The overdue customers are grouped by currency, the most owed first in each: amounts in
    // different currencies are never ranked against each other.
    const owed = (
      await h.page
        .locator('tr', { has: h.page.getByTestId('letter-customer') })
        .locator('td.num:not(.muted)')
        .allTextContents()
    ).map((s) => ({ currency: s.replace(/[\d.,\s\u00a0-]/g, ''), amount: Number(s.replace(/[^\d.]/g, '')) }));
    expect(new Set(owed.map((o) => o.currency)).size).toBeGreaterThan(2);
    // The list scrolls in its box: its heading says how many customers it holds.
    expect(
      await h.page.getByRole('heading', { name: /^Customers with overdue invoices \(\d+\)$/ }).innerText(),
    ).toBe(`Customers with overdue invoices (${owed.length})`);
    owed.forEach((o, i) => {
      const before = owed[i - 1];
      if (!before) return;
      if (before.currency === o.currency) expect(o.amount).toBeLessThanOrEqual(before.amount);
      else expect(owed.slice(0, i).some((p) => p.currency === o.currency)).toBe(false);
    });
    const chosen = [
      await customerIn(h.page, 'Italian'),
      await customerIn(h.page, 'Romanian'),
      await customerIn(h.page, 'Danish'),
    ];
    for (const c of chosen) await h.page.getByRole('checkbox', { name: c.name, exact: true }).check();
    const bytes = await downloaded(h.page, () => h!.page.getByTestId('letters-download').click());
    const text = pdfText(bytes);
    for (const c of chosen) expect(text).toContain(c.name);
    expect(text).toContain('Sollecito di pagamento');
    expect(text).toContain('Notificare de plată');
    expect(text).toContain('Betalingspåmindelse');
    expect(text).not.toMatch(/[şţ]/);
    // Each letter archived and logged in the contact log, read straight from IndexedDB.
    type Stored = { kind: string; customerId: string; letterId?: string };
    const letters = await storedRecords<Stored>(h.page, 'letters');
    const logged = (await storedRecords<Stored>(h.page, 'activities')).filter(
      (a) => a.kind === 'letter' && a.letterId,
    );
    const stored = {
      letters: letters.map((l) => l.customerId).sort(),
      logged: logged.map((a) => a.customerId).sort(),
    };
    expect(stored.letters).toEqual(chosen.map((c) => c.id).sort());
    expect(stored.logged).toEqual(chosen.map((c) => c.id).sort());
    // The preview shows the PDF in its frame: the page's policy lets it frame the letter it made.
    await h.page.getByRole('button', { name: 'Preview', exact: true }).click();
    const frame = await h.page.getByTestId('letter-preview').elementHandle();
    await expect.poll(async () => (await frame?.contentFrame())?.url() ?? '').toMatch(/^blob:/);
    // Print loads the letters in a hidden frame of the page's own and asks that frame to print. (The
    // browser's own printing is stood in for: headless Chromium's renderer crashes printing a PDF.)
    await h.context.addInitScript(() => {
      window.print = () => {
        const top = window.top as Window & { printed?: string[] };
        (top.printed ??= []).push(location.protocol);
      };
    });
    // Made, the letters leave nobody chosen. The same customers chosen again the same day: held back
    // by the contact rules unless the user says so.
    expect(await h.page.getByText('0 selected').count()).toBe(1);
    for (const c of chosen) await h.page.getByRole('checkbox', { name: c.name, exact: true }).check();
    await h.page.getByTestId('letters-too-soon').getByRole('checkbox').check();
    await h.page.getByRole('button', { name: 'Print', exact: true }).click();
    const printing = await h.page.locator('iframe.print').elementHandle();
    await expect.poll(async () => (await printing?.contentFrame())?.url() ?? '').toMatch(/^blob:/);
    await expect
      .poll(() => h!.page.evaluate(() => (window as Window & { printed?: string[] }).printed ?? []))
      .toEqual(['blob:']);
    expect(h.pageErrors).toEqual([]);
    // The letters code and the font came only now, from the app's own files; nothing went over the
    // network elsewhere (the preview's PDF is a blob the page made, shown by the browser's own viewer).
    expect(h.requests.some((u) => /DejaVuSans-[\w-]+\.ttf$/.test(u))).toBe(true);
    const origin = h.url.replace(/\/some\/sub\/path\/$/, '');
    expect(h.requests.filter((u) => /^(https?|wss?|ftp):/.test(u) && !u.startsWith(origin))).toEqual([]);
  });

  it('refuses to make a letter from a company with no name or address, and says where to fill them in', async () => {
    // A first visit: invoices imported, the company profile not filled in yet.
    h = await openApp('#/import');
    await importFixture(h.page, 'fatture.csv', /Import 4 rows/);
    await h.page.goto(`${h.url}index.html#/letters`);
    await h.page.getByTestId('letter-customer').first().check();
    const said = 'Fill in your company’s name and address in Settings first: they are the letter’s sender.';
    await expect.poll(() => h!.page.getByTestId('letters-no-sender').innerText()).toBe(`${said} Settings`);
    await h.page.getByTestId('letters-download').click();
    await expect.poll(() => h!.page.locator('.toast[role="alert"]').allInnerTexts()).toContain(said);
    // Nothing was made, archived or logged.
    expect(await h.page.getByTestId('letter-reprint').count()).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });

  it('leaves an invoice in a payment plan out of a reminder, and says so when nothing is left to ask for', async () => {
    h = await openApp();
    await loadSample(h.page);
    const { page } = h;
    await page.goto(`${h.url}index.html#/letters`);
    await page.getByTestId('letter-customer').first().waitFor();
    const it = await customerIn(page, 'Italian');
    const reminder = async () => {
      await page.goto(`${h!.url}index.html#/letters`);
      await page.getByRole('checkbox', { name: it.name, exact: true }).check();
      // Written to already today (the reminder before): made anyway, as the user may say.
      const warning = page.getByTestId('letters-too-soon');
      if (await warning.count()) await warning.getByRole('checkbox').check();
      return pdfText(await downloaded(page, () => page.getByTestId('letters-download').click()));
    };
    const before = await reminder();
    // The customer's open invoices, as the plan form lists them: "2025/1234 (€1,234.56)".
    await page.goto(`${h.url}index.html#/customers/${it.id}`);
    const form = page.getByRole('form', { name: 'New payment plan' });
    await form.locator('input[type="checkbox"]').first().waitFor();
    const labels = await form
      .locator('label', { has: page.locator('input[type="checkbox"]') })
      .allInnerTexts();
    const numbers = labels.map((l) => l.trim().split(' ')[0]!);
    const claimed = numbers.filter((n) => before.includes(n));
    expect(claimed.length).toBeGreaterThan(1);
    // One overdue invoice goes into a plan: the next reminder asks for the others only.
    await form.getByRole('checkbox', { name: new RegExp(`^${claimed[0]!.replace('/', '\\/')} `) }).check();
    await form.locator('input[name="count"]').fill('3');
    await form.getByRole('button', { name: 'Agree the plan' }).click();
    await page.locator('[data-plan]').first().waitFor();
    const after = await reminder();
    expect(after).not.toContain(claimed[0]!);
    for (const n of claimed.slice(1)) expect(after).toContain(n);
    // Nor is it in a settlement offer made from the page's terms.
    await page.getByTestId('letter-kind').selectOption('settlement-offer');
    await page.getByRole('checkbox', { name: it.name, exact: true }).check();
    await page.getByTestId('letters-too-soon').getByRole('checkbox').check();
    const offer = pdfText(await downloaded(page, () => page.getByTestId('letters-download').click()));
    expect(offer).not.toContain(claimed[0]!);
    expect(offer).toContain(claimed[1]!);
    // The offer the letter makes is recorded: the customer page shows it open.
    await page.goto(`${h.url}index.html#/customers/${it.id}`);
    await expect.poll(() => page.locator('[data-offer][data-state="open"]').count()).toBe(1);
    // The others are in that offer now: the plan form no longer offers them.
    const planForm = page.getByRole('form', { name: 'New payment plan' });
    for (const n of claimed.slice(1))
      expect(
        await planForm.getByRole('checkbox', { name: new RegExp(`^${n.replace('/', '\\/')} `) }).count(),
      ).toBe(0);
    // All of them in a plan or an open offer: no reminder, and the page says why.
    await page.goto(`${h.url}index.html#/letters`);
    await page.getByRole('checkbox', { name: it.name, exact: true }).check();
    await page.getByTestId('letters-too-soon').getByRole('checkbox').check();
    await page.getByTestId('letters-download').click();
    await expect
      .poll(() => page.locator('.toast').allInnerTexts())
      .toContain(
        'No letter for 1 of the customers chosen: nothing of theirs is asked for in this letter (paid, disputed, in a payment plan or in a settlement offer).',
      );
    expect(h.pageErrors).toEqual([]);
  });

  it('records the plan a plan letter proposes; the customer page takes the answer', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    await page.goto(`${h.url}index.html#/letters`);
    await page.getByTestId('letter-customer').first().waitFor();
    await page.getByTestId('letter-kind').selectOption('payment-plan');
    const c = await customerIn(page, 'Italian');
    await page.getByRole('checkbox', { name: c.name, exact: true }).check();
    const warning = page.getByTestId('letters-too-soon');
    if (await warning.count()) await warning.getByRole('checkbox').check();
    const text = pdfText(await downloaded(page, () => page.getByTestId('letters-download').click()));
    await page.goto(`${h.url}index.html#/customers/${c.id}`);
    const plan = page.locator('[data-plan]');
    await expect.poll(() => plan.count()).toBe(1);
    await expect(plan.innerText()).resolves.toMatch(/proposto|proposed/);
    // Its instalments are the letter's. The page writes amounts as en-GB does (€1,234.56), the Italian
    // letter as Italian does (1.234,56 €): their digits are compared.
    const amounts = await plan.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(amounts.length).toBeGreaterThan(1);
    const lines = text.split('\n').map((l) => l.replace(/\D/g, ''));
    for (const a of amounts) expect(lines.some((l) => l.includes(a.replace(/\D/g, '')))).toBe(true);
    await plan.getByRole('button', { name: 'The customer agreed' }).click();
    await expect.poll(() => plan.innerText()).toMatch(/· active/);
    expect(h.pageErrors).toEqual([]);
  });

  it('an agreed plan with interest: its letter states the rate, the interest and the total its instalments sum to', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    await page.goto(`${h.url}index.html#/letters`);
    await page.getByTestId('letter-customer').first().waitFor();
    const c = await customerIn(page, 'Italian');
    // Three monthly instalments at 5,5 % a year, typed the Italian way.
    await page.goto(`${h.url}index.html#/customers/${c.id}`);
    const form = page.getByRole('form', { name: 'New payment plan' });
    await form.locator('input[type="checkbox"]').first().check();
    await form.locator('input[name="count"]').fill('3');
    await form.locator('input[name="interest"]').fill('5,5');
    // The form says what the instalments add up to, and how much of it is interest, before agreeing.
    const said = await form.getByTestId('plan-preview-total').innerText();
    expect(said).toMatch(
      /^Total of the instalments: €[\d,]+\.\d\d, of which interest €[\d,]+\.\d\d \(5\.5% a year\)$/,
    );
    await form.getByRole('button', { name: 'Agree the plan' }).click();
    await page.locator('[data-plan]').first().waitFor();
    await page.goto(`${h.url}index.html#/letters`);
    await page.getByTestId('letter-kind').selectOption('payment-plan');
    await page.getByRole('checkbox', { name: c.name, exact: true }).check();
    const warning = page.getByTestId('letters-too-soon');
    if (await warning.count()) await warning.getByRole('checkbox').check();
    const text = pdfText(await downloaded(page, () => page.getByTestId('letters-download').click())).replace(
      /[\u00a0\u202f]/g,
      ' ',
    );
    const amount = (label: string): string =>
      new RegExp(`${label}\\s+(\\d[\\d.]*,\\d\\d €)`).exec(text)?.[1] ?? `no ${label}`;
    expect(amount('Interessi al 5,5% annuo sul residuo da pagare')).toMatch(/^\d[\d.]*,\d\d €$/);
    // The total the customer pays is one figure throughout: the subject, the terms and the schedule.
    const total = amount('Totale da pagare a rate');
    expect(total).toMatch(/^\d[\d.]*,\d\d €$/);
    expect(amount('Totale delle rate')).toBe(total);
    expect(text).toContain(`Piano di rientro: ${total} in 3 rate`);
    expect(text).toContain(`pagherà ${total} nelle seguenti rate:`);
    // The same figures as the form said (the page writes €1,234.56, the Italian letter 1.234,56 €).
    const digits = (x: string) => x.replace(/\D/g, '');
    const [formTotal, formInterest] = said.split(', of which interest ');
    expect(digits(formTotal ?? '')).toBe(digits(total));
    expect(digits(formInterest?.split(' (')[0] ?? '')).toBe(
      digits(amount('Interessi al 5,5% annuo sul residuo da pagare')),
    );
    expect(h.pageErrors).toEqual([]);
  });

  it('a plan paid in part since it was agreed: its letter dates the amount acknowledged and says what was paid and what is left', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    await page.goto(`${h.url}index.html#/letters`);
    await page.getByTestId('letter-customer').first().waitFor();
    const c = await customerIn(page, 'Italian');
    await page.goto(`${h.url}index.html#/customers/${c.id}`);
    const form = page.getByRole('form', { name: 'New payment plan' });
    const choice = form.locator('label', { has: page.locator('input[type="checkbox"]') }).first();
    const number = (await choice.innerText()).trim().split(' ')[0] ?? '';
    await choice.locator('input').check();
    await form.locator('input[name="count"]').fill('3');
    await form.locator('input[name="interest"]').fill('5,5');
    await form.getByRole('button', { name: 'Agree the plan' }).click();
    await page.locator('[data-plan]').first().waitFor();
    const plan = (
      await storedRecords<{
        customerId: string;
        createdOn: string;
        principal: number;
        instalments: { amount: number }[];
      }>(page, 'plans')
    ).find((p) => p.customerId === c.id);
    // (More than 300 €: its first instalment is more than the 100 paid below.)
    expect(plan?.principal).toBeGreaterThan(30_000);

    // 100 paid on the plan's invoice the day it was agreed, after it was: the first instalment's part.
    await page.goto(`${h.url}index.html#/payments`);
    const payments = page.getByRole('grid', { name: 'Payments' });
    // The customer's payments only, so the new-row line is on screen below them.
    await page.locator('[data-grid-search]').fill(c.name);
    await expect
      .poll(async () => Number(await payments.getAttribute('data-filtered-count')))
      .toBeLessThan(50);
    const count = Number(await payments.getAttribute('data-filtered-count'));
    const newRow = (col: string) => payments.locator(`[data-new-row] [data-col="${col}"]`);
    for (const [col, text] of [
      ['date', plan?.createdOn ?? ''],
      ['customer', c.name],
      ['amount', '100'],
      ['invoices', number],
    ]) {
      await newRow(col!).click();
      await page.keyboard.type(text!);
    }
    await page.keyboard.press('Enter');
    await expect.poll(async () => Number(await payments.getAttribute('data-filtered-count'))).toBe(count + 1);

    await page.goto(`${h.url}index.html#/letters`);
    await page.getByTestId('letter-kind').selectOption('payment-plan');
    await page.getByRole('checkbox', { name: c.name, exact: true }).check();
    const warning = page.getByTestId('letters-too-soon');
    if (await warning.count()) await warning.getByRole('checkbox').check();
    const text = pdfText(await downloaded(page, () => page.getByTestId('letters-download').click()))
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/ +/g, ' ');
    // Minor units of an Italian amount ("1.234,56 €" → 123456) after a label.
    const minor = (label: string): number => {
      const found = new RegExp(`${label} (\\d[\\d.]*,\\d\\d) €`).exec(text)?.[1];
      return found === undefined ? NaN : Number(found.replace(/\D/g, ''));
    };
    // The agreement's day as the letter writes it (Italian drops the article's vowel before 8 and 11).
    const [y, m, d] = (plan?.createdOn ?? '').split('-');
    const day = `(?:il |l’)${d}/${m}/${y}`;
    const dal = `(?:dal |dall’)${d}/${m}/${y}`;
    const total = (plan?.instalments ?? []).reduce((s, i) => s + i.amount, 0);
    expect(minor(`Importo riconosciuto ${day}`)).toBe(plan?.principal);
    expect(minor('Totale da pagare a rate')).toBe(total);
    expect(minor(`Pagato ${dal}`)).toBe(10_000);
    expect(minor('Ancora da pagare secondo il piano')).toBe(total - 10_000);
    // What the debtor owes now on the invoice is what it acknowledged less what it paid since.
    expect(minor('Il debitore riconosce di dovere')).toBe((plan?.principal ?? 0) - 10_000);
    // The schedule adds up: the first instalment has the 100 paid and its rest, the total row the sums.
    const euro = (n: number): string =>
      `${String(Math.floor(n / 100)).replace(/\B(?=(\d{3})+$)/g, '.')},${String(n % 100).padStart(2, '0')} €`;
    const first = plan?.instalments[0]?.amount ?? 0;
    expect(text).toContain(`1 ${d}/${m}/${y} ${euro(first)} 100,00 € ${euro(first - 10_000)}`);
    expect(text).toContain(`Totale delle rate ${euro(total)} 100,00 € ${euro(total - 10_000)}`);
    expect(h.pageErrors).toEqual([]);
  });

  it('keeps to the contact rules: a new kind starts with nobody chosen, and a customer just written to is left out', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    await page.goto(`${h.url}index.html#/letters`);
    await page.getByTestId('letter-customer').first().waitFor();
    const c = await customerIn(page, 'Italian');
    const box = page.getByRole('checkbox', { name: c.name, exact: true });
    await box.check();
    await downloaded(page, () => page.getByTestId('letters-download').click());
    // Another kind: the customer chosen for the reminder is no longer chosen.
    await page.getByTestId('letter-kind').selectOption('final-notice');
    await expect.poll(() => box.isChecked()).toBe(false);
    expect(await page.getByText('0 selected').count()).toBe(1);
    // Chosen again the same day: too soon under the contact rules, named with the day it is allowed.
    await box.check();
    const warning = page.getByTestId('letters-too-soon');
    await expect
      .poll(() => warning.innerText())
      .toContain(
        '1 chosen customer was contacted too recently: left out under the contact rules (see Next contact).',
      );
    const row = page.locator('tr', { has: box });
    expect((await row.getByTestId('letter-next-contact').innerText()).trim()).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    await page.getByTestId('letters-download').click();
    await expect
      .poll(() =>
        page
          .locator('.toasts')
          .allInnerTexts()
          .then((x) => x.join('\n')),
      )
      .toContain('Every chosen customer was contacted too recently: no letter was made (contact rules).');
    expect(await page.locator('[data-testid="letter-archive"] tbody tr').count()).toBe(1);
    // Made anyway when the user says so.
    await warning.getByRole('checkbox').check();
    const bytes = await downloaded(page, () => page.getByTestId('letters-download').click());
    expect(bytes.length).toBeGreaterThan(1000);
    expect(h.pageErrors).toEqual([]);
  });

  it('after a download, says what was made instead of warning of the letters it just made; the file counts its customers', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    await page.goto(`${h.url}index.html#/letters`);
    await page.getByTestId('letter-customer').first().waitFor();
    // Two customers the contact rules allow today (no "Next contact" day in their row).
    const free = page
      .locator('tr', { has: page.getByTestId('letter-customer') })
      .filter({ has: page.locator('[data-testid="letter-next-contact"]:text-is("")') });
    const names: string[] = [];
    for (const row of (await free.all()).slice(0, 2))
      names.push((await row.getByTestId('letter-customer').getAttribute('aria-label')) ?? '');
    expect(names).toHaveLength(2);
    for (const name of names) await page.getByRole('checkbox', { name, exact: true }).check();
    expect(await page.getByTestId('letters-too-soon').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('letters-download').click(),
    ]);
    // The file names the count as a count, not as a browser's "(2)" copy.
    expect(download.suggestedFilename()).toMatch(/^First reminder \d{4}-\d\d-\d\d – 2 customers\.pdf$/);
    await expect
      .poll(() => page.getByTestId('letters-made').innerText())
      .toBe('2 letters made (First reminder): logged, and kept in the archive below.');
    // Nobody is chosen any more, so nothing is "contacted too recently"; the list shows when each
    // customer may next be written to, and the archive holds both letters.
    expect(await page.getByTestId('letters-too-soon').count()).toBe(0);
    expect(await page.getByText('0 selected').count()).toBe(1);
    for (const name of names) {
      expect(await page.getByRole('checkbox', { name, exact: true }).isChecked()).toBe(false);
      const row = page.locator('tr', { has: page.getByRole('checkbox', { name, exact: true }) });
      expect((await row.getByTestId('letter-next-contact').innerText()).trim()).toMatch(
        /^\d\d\/\d\d\/\d{4}$/,
      );
    }
    expect(await page.locator('[data-testid="letter-archive"] tbody tr').count()).toBe(2);
    expect(h.pageErrors).toEqual([]);
  });

  it('offers a statement to every customer with open invoices, those not yet due included', async () => {
    h = await openApp();
    const { page } = h;
    await loadSample(page);
    await page.goto(`${h.url}index.html#/letters`);
    await page.getByTestId('letter-customer').first().waitFor();
    const count = async (heading: RegExp) =>
      Number(/\((\d+)\)$/.exec(await page.getByRole('heading', { name: heading }).innerText())![1]);
    const overdue = await count(/^Customers with overdue invoices/);
    await page.getByTestId('letter-kind').selectOption('statement');
    const open = await count(/^Customers with open invoices/);
    // Every customer with an overdue invoice has an open one; some have open invoices not yet due only.
    expect(open).toBeGreaterThan(overdue);
    const notDue = page
      .locator('tr', { has: page.getByTestId('letter-customer') })
      .filter({ has: page.locator('td.num.muted', { hasText: /^0$/ }) });
    expect(await notDue.count()).toBe(open - overdue);
    expect(h.pageErrors).toEqual([]);
  });

  it('a hash route makes one customer’s final notice; reprinted from the archive it is byte-identical', async () => {
    h = await openApp();
    await loadSample(h.page);
    await h.page.goto(`${h.url}index.html#/letters`);
    await h.page.getByTestId('letter-customer').first().waitFor();
    const ro = await customerIn(h.page, 'Romanian');
    const bytes = await downloaded(h.page, async () => {
      await h!.page.goto(
        `${h!.url}index.html#/letters?customer=${encodeURIComponent(ro.id)}&kind=final-notice`,
      );
    });
    const text = pdfText(bytes);
    expect(text).toContain(ro.name);
    expect(text).toContain('Somație de plată');
    // Archived and logged: reprint it from the archive and compare the bytes.
    const reprint = h.page
      .getByTestId('letter-archive')
      .locator('tr', { hasText: ro.name })
      .getByTestId('letter-reprint');
    await reprint.first().waitFor();
    const again = await downloaded(h.page, () => reprint.first().click());
    expect(again.length).toBe(bytes.length);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(h.pageErrors).toEqual([]);
  });
});
