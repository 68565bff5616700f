// What testers noticed on four screens: the customer page's right column empty under the profile at
// 1280 and 1440 wide, the import history's "Righe 3" beside "1 fattura", the invoice detail's days
// overdue on the left while its money stands on the right, and a new reference rate's example always
// 2,15 whatever the table.
import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { loadSample, openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/browser', name);

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The profile and the customer page's other sections, as laid out, with what overflows its section. */
async function customerLayout(page: Page): Promise<{ profile: Box; sections: (Box & { cut: boolean })[] }> {
  return page.getByRole('form', { name: 'Profile' }).evaluate((form) => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const sections = [...(form.parentElement as HTMLElement).children]
      .filter((e) => e !== form)
      .map((e) => ({
        ...box(e),
        // Cut: wider inside than the section shows, or a table running past the section's edge.
        cut:
          e.scrollWidth > e.clientWidth + 1 ||
          [...e.querySelectorAll('table')].some((t) => t.getBoundingClientRect().right > box(e).right + 1),
      }));
    return { profile: box(form), sections };
  });
}

async function expectNoEmptyColumn(page: Page, viewportHeight: number): Promise<void> {
  await expect
    .poll(async () => {
      const { profile, sections } = await customerLayout(page);
      const beside = sections.filter((s) => s.right <= profile.left);
      const under = sections.filter((s) => s.right > profile.left);
      if (!beside.length || !under.length) return 'no section under the profile';
      const first = under[0]!;
      const besideBottom = Math.max(...beside.map((s) => s.bottom));
      return {
        // Nothing overlaps the profile, every section under it takes the page's width, and the room left
        // empty on either side before them is less than half a screen.
        overlapsProfile: first.top < profile.bottom,
        emptyUnderProfile: first.top - profile.bottom < viewportHeight / 2,
        emptyBesideIt: first.top - besideBottom < viewportHeight / 2,
        fullWidth: under.every((s) => s.right >= profile.right - 1 && s.left <= beside[0]!.left + 1),
        cut: sections.some((s) => s.cut),
      };
    })
    .toEqual({
      overlapsProfile: false,
      emptyUnderProfile: true,
      emptyBesideIt: true,
      fullWidth: true,
      cut: false,
    });
}

describe('Screens, fourth pass', () => {
  it('the customer page fills its right column at 1280×800 and 1440×900, nothing cut', async () => {
    h = await openApp('', { locale: 'en-GB' });
    const { page, url } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await loadSample(page);
    await page.goto(url + 'index.html#/customers');
    const row = page.locator('[role=row][data-key]').filter({ hasText: 'Rossi Costruzioni S.r.l.' }).first();
    const id = await row.getAttribute('data-key');
    await page.goto(url + 'index.html#/customers/' + encodeURIComponent(id ?? ''));
    await page.getByTestId('statement').first().waitFor();
    await expectNoEmptyColumn(page, 800);

    // Widened without a reload: the sections move to the new heights.
    await page.setViewportSize({ width: 1440, height: 900 });
    await expectNoEmptyColumn(page, 900);
    // The statement's balance, its last figure, is in view across the page.
    const closing = (await page.getByTestId('statement-closing').first().boundingBox())!;
    expect(closing.x + closing.width).toBeLessThanOrEqual(1440);

    // Laying the sections out raises no error (a ResizeObserver changing what it watches would).
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });

  it('Italian: the history says the file’s rows as rows and the invoices added, updated, skipped; the detail’s days overdue stand as figures', async () => {
    h = await openApp('#/import', { locale: 'it-IT' });
    const { page } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('import-file').setInputFiles(fixture('fatture.csv'));
    await page.getByRole('button', { name: /Importa 4 righe/ }).click();
    await page.getByTestId('import-done').waitFor();

    // Next month's export: 001 and 003 as they were, 002's amount corrected, 005 for a new customer.
    const again =
      'Numero fattura;Cliente;Partita IVA;Data fattura;Scadenza;Importo;Valuta\n' +
      'FT-2026-001;Rossi Costruzioni S.r.l.;IT01234567890;15/01/2026;14/02/2026;1.220,00;EUR\n' +
      'FT-2026-002;Bianchi & Figli S.n.c.;IT09876543210;20/01/2026;19/03/2026;3.100,00;EUR\n' +
      'FT-2026-003;Caffè Perù S.r.l.;IT05555555555;01/02/2026;03/03/2026;488,00;EUR\n' +
      'FT-2026-005;Verdi Arredi S.r.l.;IT07777777777;01/03/2026;31/03/2026;610,00;EUR\n';
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'fatture-marzo.csv', mimeType: 'text/csv', buffer: Buffer.from(again) });
    const second = page.getByTestId('import-session').nth(1);
    await second.getByRole('button', { name: /Importa 2 righe/ }).click();
    await second.getByTestId('import-done').waitFor();
    // Its own result says the updated invoice apart: 2 rows written, 1 invoice new.
    expect(await second.getByTestId('import-done').textContent()).toContain(
      'Importate 2 righe: 1 fattura, 1 cliente, 0 incassi, 1 fattura aggiornata.',
    );

    const one =
      'Numero fattura;Cliente;Partita IVA;Data fattura;Scadenza;Importo;Valuta\n' +
      'FT-2026-006;Rossi Costruzioni S.r.l.;IT01234567890;02/03/2026;01/04/2026;90,00;EUR\n';
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'fattura-006.csv', mimeType: 'text/csv', buffer: Buffer.from(one) });
    const third = page.getByTestId('import-session').nth(2);
    await third.getByRole('button', { name: /Importa 1 riga/ }).click();
    await third.getByTestId('import-done').waitFor();

    const history = page.getByTestId('import-history');
    expect(await history.locator('thead th').allTextContents()).toEqual([
      'File',
      'Tipo',
      'Quando',
      'Nel file',
      'Esito',
      '',
    ]);
    const rows = history.locator('tbody tr');
    const said = async (i: number) => [
      await rows.nth(i).getByTestId('history-rows').textContent(),
      await rows.nth(i).getByTestId('history-result').textContent(),
    ];
    expect(await said(0)).toEqual(['1 riga di dati', '1 fattura aggiunta']);
    expect(await said(1)).toEqual([
      '4 righe di dati',
      '1 fattura aggiunta, 1 fattura aggiornata, 1 nuovo cliente, 2 righe saltate: già presenti',
    ]);
    expect(await said(2)).toEqual(['4 righe di dati', '4 fatture aggiunte, 3 nuovi clienti']);
    // The date and time stay on one line, as does the button to undo.
    for (const cell of [rows.nth(1).locator('td').nth(2), rows.nth(1).getByRole('button')]) {
      const lines = await cell.evaluate((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBe(1);
    }

    // The invoice detail: days overdue a figure like the money above it, in the locale (1.096), on the
    // right. FT-2026-001 was due on 14/02/2026; on 14/02/2029 it is 365 + 365 + 366 days late.
    await page.getByTestId('as-of').fill('2029-02-14');
    await page.getByTestId('as-of').dispatchEvent('change');
    await page.goto(h.url + 'index.html#/invoices?q=FT-2026-001');
    await page
      .locator('[role="row"][data-key]')
      .filter({ hasText: 'FT-2026-001' })
      .getByRole('button', { name: 'Apri' })
      .click();
    const detail = page.getByTestId('invoice-detail');
    await detail.waitFor();
    expect(await detail.getByTestId('detail-days-late').textContent()).toBe('1.096');
    expect(await detail.getByTestId('detail-open').textContent()).toBe('1.220,00\u00a0€');
    const textRight = (testId: string) =>
      detail.getByTestId(testId).evaluate((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return Math.round(range.getBoundingClientRect().right);
      });
    expect(await textRight('detail-days-late')).toBe(await textRight('detail-open'));
    expect(
      await detail.getByTestId('detail-days-late').evaluate((e) => getComputedStyle(e).fontVariantNumeric),
    ).toContain('tabular-nums');
    // Nothing in the detail runs past its edge.
    expect(await detail.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    expect(h.pageErrors).toEqual([]);
  });

  it('a new rate’s example is the table’s latest known rate, in the locale, or 0.00 when it has none', async () => {
    h = await openApp('#/settings', { locale: 'en-GB' });
    const { page } = h;
    const rates = page.getByTestId('rates');
    await rates.waitFor();
    const example = () =>
      rates.getByRole('textbox', { name: 'Rate, %', exact: true }).getAttribute('placeholder');
    const table = rates.getByRole('combobox', { name: 'Table' });
    // A British company: the Bank of England's Bank Rate, 3.75% since December 2025 (unconfirmed).
    expect(await example()).toBe('3.75');
    // Without its last change, the one before: 4.00% from 7 August 2025.
    await rates.getByRole('button', { name: 'Remove the rate from 31/12/2025' }).click();
    expect(await example()).toBe('4.00');
    // The ECB's rate for the second half of 2026: 2.40%.
    await table.selectOption('ecb');
    expect(await example()).toBe('2.40');
    // Italy's tasso legale: 2026's is a gap still to enter, 2025's was 2.00%.
    await table.selectOption('tassoLegale');
    expect(await example()).toBe('2.00');
    // Every row removed: a neutral example.
    const remove = rates.getByRole('button', { name: /^Remove the rate from/ });
    while ((await remove.count()) > 0) await remove.first().click();
    expect(await example()).toBe('0.00');
    await h.close();

    h = await openApp('#/settings', { locale: 'it-IT' });
    const italian = h.page.getByTestId('rates');
    await italian.waitFor();
    const esempio = () =>
      italian.getByRole('textbox', { name: 'Tasso, %', exact: true }).getAttribute('placeholder');
    expect(await esempio()).toBe('2,40');
    await italian.getByRole('combobox', { name: 'Tabella' }).selectOption('bankRate');
    expect(await esempio()).toBe('3,75');
    expect(h.pageErrors).toEqual([]);
    await h.close();

    // Romanian: the BNR's table, 6,50 its latest; the gap of 2022 shows its whole word, "necunoscută".
    h = await openApp('#/settings', { locale: 'ro-RO' });
    const romanian = h.page.getByTestId('rates');
    await romanian.waitFor();
    expect(
      await romanian.getByRole('textbox', { name: 'Rată, %', exact: true }).getAttribute('placeholder'),
    ).toBe('6,50');
    const gap = romanian.getByRole('textbox', { name: 'Rata de la 11.02.2022' });
    expect(await gap.getAttribute('placeholder')).toBe('necunoscută');
    const room = await gap.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      // (Not style.font: a cell's tabular figures leave that shorthand empty.)
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const inside = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return inside - context.measureText(input.placeholder).width;
    });
    expect(room).toBeGreaterThanOrEqual(0);
  });
});
