// The service worker (built by vite-plugin-pwa, see docs/architecture.md "Offline"), registered by hand:
// relative to the page, so it works under any sub-path. A new version installs in the background and
// waits; the update notice lets the user reload into it when it suits them (never mid-edit).
class OfflineState {
  /** A new version is installed and waiting. */
  updateReady = $state(false);
  private waiting: ServiceWorker | null = null;

  register(): void {
    if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
    window.addEventListener('load', () => {
      navigator.serviceWorker
        .register('./sw.js', { scope: './' })
        .then((reg) => this.watch(reg))
        .catch((e: unknown) => console.warn('Offline use is not available:', e));
    });
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
