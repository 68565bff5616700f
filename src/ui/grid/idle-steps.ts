// Background work in steps of idle time: each step gets what the browser says is idle, at least 3 ms
// (when the wait ran out and the page is busy, e.g. scrolling) and at most 12 ms, so a click or a key
// never waits longer than that for the page.

/**
 * Calls `work(timeLeft)` in idle steps until it returns true, then `done()`. `wait` is how long a step
 * may wait for idle time (ms). Returns the cancel (for an effect's cleanup).
 */
export function inIdleSteps(
  work: (timeLeft: () => number) => boolean,
  done: () => void,
  wait: number,
): () => void {
  let handle = 0;
  const idle = typeof requestIdleCallback === 'function';
  const schedule = () =>
    (handle = idle
      ? requestIdleCallback(step, { timeout: wait })
      : (globalThis.setTimeout(step, 16) as unknown as number));
  const step = (d?: IdleDeadline) => {
    const end = performance.now() + Math.min(12, d ? Math.max(3, d.timeRemaining()) : 8);
    if (work(() => end - performance.now())) done();
    else schedule();
  };
  schedule();
  return () => (idle ? cancelIdleCallback(handle) : clearTimeout(handle));
}
