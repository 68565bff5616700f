// Edit benchmark: with a book of 1,000,000 invoices (imported through the page), the time from the key
// that commits a grid edit to the frame that shows the new figures — the edited cell, the row's open
// balance and the Σ totals. Target: under 50 ms (the read model re-derives only what the edit touched).
// Usage: node bench/edit.mjs [--rows=1000000] [--edits=8]
import { loadavg, median, ms, pct, withImportedBook } from './lib.mjs';

const arg = (k, d) => process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d;
const ROWS = Number(arg('rows', '1000000'));
const EDITS = Number(arg('edits', '8'));

/** Types `text` into the first row's amount cell; resolves at the first frame showing it, the row's
 * open balance and the grid's Σ amount all changed. */
const EDIT = (text) =>
  new Promise((resolve) => {
    const grid = document.querySelector('[role="grid"]');
    const cellOf = () => grid.querySelector('[role="row"][data-key] [data-col="amount"]');
    const openOf = () => grid.querySelector('[role="row"][data-key] [data-col="open"]');
    const totalsOf = () =>
      [...document.querySelectorAll('[data-grid-totals] [data-col="amount"]')]
        .map((e) => e.textContent)
        .join('|');
    const input = document.activeElement;
    const before = openOf()?.textContent;
    const totalsBefore = totalsOf();
    const t0 = performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const check = () => {
      const shown = cellOf()?.textContent ?? '';
      if (
        shown.replace(/\D/g, '').includes(text.replace(/\D/g, '')) &&
        openOf()?.textContent !== before &&
        totalsOf() !== totalsBefore
      )
        resolve(performance.now() - t0);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });

export async function benchEdit({ built = false, rows = ROWS } = {}) {
  return withImportedBook({ rows, built }, async (page) => {
    const times = [];
    for (let i = 0; i < EDITS; i++) {
      const value = String(1000 + i * 7) + '.25';
      const cell = page.locator('[role="grid"] [role="row"][data-key] [data-col="amount"]').first();
      await cell.click();
      await page.keyboard.press('F2');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(value);
      times.push(await page.evaluate(EDIT, value));
      await page.waitForTimeout(300);
    }
    return { rows, times, median: median(times), p95: pct(times, 95) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const load = loadavg();
  const r = await benchEdit();
  console.log(`edit benchmark, ${r.rows.toLocaleString('en')} invoices (load ${load})`);
  console.log(
    `edit → new figures on screen: median ${ms(r.median)}, p95 ${ms(r.p95)}; target < 50 ms ${r.median < 50 ? 'met' : 'MISSED'}`,
  );
  console.log(`each: ${r.times.map((t) => t.toFixed(1)).join(', ')} ms`);
  if (r.errors.length) console.log('page errors:', r.errors.slice(0, 3));
}
