// The dashboard's typed book (`BookDays`, its day tables, `ClaimDays`) built ahead of the first open, in
// idle time after the book loads and after each write: a million invoices take a few hundred
// milliseconds to put into columns, which the dashboard would otherwise spend when it is opened. The
// work runs in slices of at most ~12 ms when the browser is idle, so it never holds a frame of the grid;
// a newer version of the book drops it, and opening the dashboard before it ends runs the rest at once.
import { app } from '../state/app.svelte';
import { offline } from '../state/offline.svelte';
import { buildAhead, type DayBookSource } from './dashboard-data';

const READY = 'overdue:dashboard-ahead';

/** What the dashboard builds its typed book from (the page and the build ahead share it). */
export function dashboardSource(): DayBookSource {
  return {
    input: () => ({
      invoices: app.list('invoices'),
      ledger: app.figures.ledger,
      customers: app.figures.customers,
      activities: app.list('activities'),
      company: { country: app.company.country },
      rates: app.book.rates,
      adjustments: app.list('adjustments'),
    }),
    rates: app.book.rates,
    country: app.company.country,
    asOf: app.asOf,
    baseCurrency: app.company.baseCurrency,
  };
}

/**
 * Brings the read model up to `version` in the first idle moment after a write, before a page asks for
 * it: after an import the whole book's rows are derived again (100,000 invoices: ~60 ms), which the
 * next page opened (the grid, Today) would otherwise spend. An edit's rows are patched at once anyway.
 * Returns the cancel.
 */
export function warmFigures(version: number): () => void {
  const run = (): void => {
    if (app.version === version) void app.figures;
  };
  if (typeof requestIdleCallback !== 'function') {
    const timer = window.setTimeout(run, 16);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(run, { timeout: 1000 });
  return () => cancelIdleCallback(handle);
}

/**
 * Builds the typed book of `version` in idle slices, starting `delay` ms from now (writes in quick
 * succession restart the wait instead of each starting a build). Returns the cancel.
 */
export function scheduleAhead(version: number, delay = 300): () => void {
  performance.clearMarks(READY); // the mark is of the version last built
  let cancelled = false;
  // The offline copy waits for the build, as for the grid's idle work (see offline.svelte.ts).
  const release = offline.hold();
  let handle = 0;
  const idle = (step: (d?: IdleDeadline) => void): number =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(step, { timeout: 2000 })
      : window.setTimeout(step, 16);
  const step = (d?: IdleDeadline): void => {
    if (cancelled || app.version !== version) return release();
    const steps = buildAhead(version, dashboardSource());
    if (!steps) return release();
    const end = performance.now() + Math.min(12, d ? Math.max(4, d.timeRemaining()) : 8);
    while (performance.now() < end)
      if (steps.next().done) {
        // For the benchmark (bench/dashboard.mjs): when the dashboard of this version is ready.
        performance.clearMarks(READY);
        performance.mark(READY, { detail: version });
        return release();
      }
    handle = idle(step);
  };
  const timer = window.setTimeout(() => (handle = idle(step)), delay);
  return () => {
    cancelled = true;
    release();
    clearTimeout(timer);
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
    else clearTimeout(handle);
  };
}
