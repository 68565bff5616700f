// Tabs of the app on one book take turns to write (a Web Lock held from planning a change to its commit)
// and tell each other when they wrote (a BroadcastChannel), so each plans from the stored book and shows
// the others' changes without a reload. Where a browser lacks either, the book's revision check in
// `Book.commit` still refuses a write planned from a stale copy.
export class TabSync {
  private channel: BroadcastChannel | null;

  constructor(
    private readonly name: string,
    onRemoteWrite: () => void,
  ) {
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`overdue:${name}`);
    if (this.channel) this.channel.onmessage = () => onRemoteWrite();
  }

  /** Runs `job` while no other tab of this book is writing. */
  async exclusive<T>(job: () => Promise<T>): Promise<T> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return job();
    return locks.request(`overdue-write:${this.name}`, { mode: 'exclusive' }, job);
  }

  /** Tells the other tabs that the stored book changed. */
  announce(): void {
    this.channel?.postMessage('changed');
  }
}
