// Every page but the invoice grid is a chunk of its own, loaded when first shown: a reload's script is
// what its first screen draws (the whole app's script took ~100 ms to parse before anything showed). The
// page a start opens on is asked for beside the book's opening; another page when first opened (tens of
// milliseconds from the service worker's cache). Loading them all ahead in idle time was tried: at a
// million invoices it competed with the grid's own work after an import (first rows 0.3 → 0.9 s).
import type { Component } from 'svelte';
import type { RouteName } from '../state/router.svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page has its own props
type AnyPage = Component<any>;
export type LazyPageName = Exclude<RouteName, 'invoices'>;

const LOADERS: Record<LazyPageName, () => Promise<{ default: AnyPage }>> = {
  today: () => import('./TodayPage.svelte'),
  dashboard: () => import('../dashboard/DashboardPage.svelte'),
  customers: () => import('./CustomersPage.svelte'),
  customer: () => import('./CustomerPage.svelte'),
  payments: () => import('./PaymentsPage.svelte'),
  activity: () => import('./ActivityPage.svelte'),
  reports: () => import('./ReportsPage.svelte'),
  letters: () => import('../letters/LettersPage.svelte'),
  import: () => import('../import/ImportPage.svelte'),
  settings: () => import('./SettingsPage.svelte'),
};

class Pages {
  /** The pages loaded so far, by route. */
  loaded = $state.raw<Partial<Record<LazyPageName, AnyPage>>>({});
  /** Pages that could not be loaded (a file missing after an update, a connection lost before caching). */
  failed = $state.raw<Partial<Record<LazyPageName, true>>>({});
  private asked = new Map<LazyPageName, Promise<void>>();

  load(name: RouteName): Promise<void> {
    if (name === 'invoices') return Promise.resolve();
    let p = this.asked.get(name);
    if (!p) {
      if (this.failed[name]) this.failed = { ...this.failed, [name]: undefined };
      p = LOADERS[name]().then(
        (m) => void (this.loaded = { ...this.loaded, [name]: m.default }),
        (e: unknown) => {
          console.error(e);
          // Asked again on the next visit or try: a passing failure is not kept.
          this.asked.delete(name);
          this.failed = { ...this.failed, [name]: true };
        },
      );
      this.asked.set(name, p);
    }
    return p;
  }

  /**
   * The user's retry of a page that failed. Some browsers (Chromium before ~155) keep a failed module
   * import for the whole document and fail every later import of it at once: when the retry fails too,
   * the document is reloaded, which fetches the page anew (the book is stored; the page reopens where
   * it was).
   */
  async retry(name: LazyPageName): Promise<void> {
    await this.load(name);
    if (this.failed[name]) location.reload();
  }
}

export const pages = new Pages();
