// The browser's storage as the user should know it: whether it is persistent (asked for once at start,
// so the book is not evicted under disk pressure) and how full it is.
class StorageState {
  /** true: granted; false: refused; null: the browser does not say. */
  persisted = $state<boolean | null>(null);
  usedMb = $state<number | null>(null);
  quotaMb = $state<number | null>(null);

  /** Asks for persistent storage (browsers may grant it silently or decide by engagement). */
  async request(): Promise<void> {
    const s = typeof navigator === 'undefined' ? undefined : navigator.storage;
    try {
      if (s?.persisted && (await s.persisted())) this.persisted = true;
      else if (s?.persist) this.persisted = await s.persist();
    } catch {
      this.persisted = null;
    }
    await this.measure();
  }

  async measure(): Promise<void> {
    try {
      const e = await navigator.storage?.estimate?.();
      if (e?.usage !== undefined && e.quota !== undefined) {
        this.usedMb = e.usage / 1e6;
        this.quotaMb = e.quota / 1e6;
      }
    } catch {
      // no estimate: the line is left out
    }
  }
}

export const storageState = new StorageState();
