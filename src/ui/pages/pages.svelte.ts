// Every page but the invoice grid is a chunk of its own, loaded when first shown: a reload's script is
// what its first screen draws (the whole app's script took ~100 ms to parse before anything showed). The
// page a start opens on is asked for beside the book's opening, and the others in idle time after it,
// so moving between pages never waits on a load.
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

  /** Loads every page, one at a time in idle moments. */
  loadAll(): void {
    const names = Object.keys(LOADERS) as LazyPageName[];
    const next = () => {
      const name = names.shift();
      if (!name) return;
      void this.load(name).then(() => idle(next));
    };
    idle(next);
  }
}

function idle(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 2000 });
  else setTimeout(f, 50);
}

export const pages = new Pages();
