// The service worker (built by vite-plugin-pwa, see docs/architecture.md "Offline"), registered by hand:
// relative to the page, so it works under any sub-path. A new version installs in the background and
// waits; the update notice lets the user reload into it when it suits them (never mid-edit).
//
// Storing the offline copy (a first visit, or a new version) downloads and compiles every built file on a
// thread of its own: on a two-core machine that took most of a core for ~2 s, while a file dropped on the
// first visit was being read by the two reader workers (the read of 100,000 rows took 1.3 s alone, 2.0 s
// beside it). So the worker is registered once the page has loaded and has then been quiet for a moment:
// an import reading or writing holds it back (`hold`), and so does the page's own work in idle time
// after a load or an import (the grid's sort orders and search text, its totals, the dashboard's book
// built ahead: a million invoices' search text took seconds longer beside it). At a million rows the
// worker's thread also held ~40 MB of the page's process while it ran.

/** How long the page stays free of held work before the offline copy is stored. */
const QUIET_MS = 2000;

class OfflineState {
  /** A new version is installed and waiting. */
  updateReady = $state(false);
  private waiting: ServiceWorker | null = null;
  private holds = 0;
  /** The registration to make once quiet (null before the page has loaded, and after it is made). */
  private pending: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  register(): void {
    if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
    const ready = () => {
      this.pending = () =>
        navigator.serviceWorker
          .register('./sw.js', { scope: './' })
          .then((reg) => this.watch(reg))
          .catch((e: unknown) => console.warn('Offline use is not available:', e));
      this.schedule();
    };
    if (document.readyState === 'complete') ready();
    else window.addEventListener('load', ready, { once: true });
  }

  /**
   * Holds back storing the offline copy while heavy work runs (an import reading or writing its rows);
   * returns the release (safe to call more than once).
   */
  hold(): () => void {
    this.holds++;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.holds--;
      this.schedule();
    };
  }

  private schedule(): void {
    if (this.pending === null || this.holds > 0) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const go = this.pending;
      if (this.holds > 0 || go === null) return;
      this.pending = null;
      go();
    }, QUIET_MS);
  }

  private watch(reg: ServiceWorkerRegistration): void {
    // Only an update (a worker replacing one that controls the page) is news; the first install is not.
    const offer = (w: ServiceWorker | null) => {
      if (w && navigator.serviceWorker.controller) {
        this.waiting = w;
        this.updateReady = true;
      }
    };
    offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      w?.addEventListener('statechange', () => {
        if (w.state === 'installed') offer(w);
      });
    });
    // Check for a new version now and then while the app stays open.
    setInterval(() => void reg.update().catch(() => {}), 60 * 60 * 1000);
  }

  /** Activates the waiting version and reloads once it controls the page. */
  apply(): void {
    const w = this.waiting;
    if (!w) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    w.postMessage({ type: 'SKIP_WAITING' });
  }
}

export const offline = new OfflineState();
