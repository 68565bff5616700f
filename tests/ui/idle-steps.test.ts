import { afterEach, describe, expect, it, vi } from 'vitest';
import { inIdleSteps } from '../../src/ui/grid/idle-steps';

afterEach(() => vi.useRealTimers());

describe('background work in idle steps', () => {
  it('runs the work step by step until it says it is done, then tells once', () => {
    vi.useFakeTimers();
    let steps = 0;
    const budgets: number[] = [];
    const done = vi.fn();
    inIdleSteps(
      (timeLeft) => {
        budgets.push(timeLeft());
        return ++steps === 3;
      },
      done,
      100,
    );
    expect(steps).toBe(0); // nothing runs in the caller's task
    vi.runAllTimers();
    expect(steps).toBe(3);
    expect(done).toHaveBeenCalledTimes(1);
    // Without idle callbacks (this test's runtime), each step gets 8 ms, never more than 12.
    for (const b of budgets) expect(b).toBeLessThanOrEqual(12);
  });

  it('stops when cancelled, and never tells', () => {
    vi.useFakeTimers();
    let steps = 0;
    const done = vi.fn();
    const cancel = inIdleSteps(() => ++steps === 5, done, 100);
    vi.advanceTimersByTime(16);
    cancel();
    vi.runAllTimers();
    expect(steps).toBe(1);
    expect(done).not.toHaveBeenCalled();
  });
});
