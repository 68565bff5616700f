import { afterEach, describe, expect, it, vi } from 'vitest';
import { inIdleSteps } from '../../src/ui/grid/idle-steps';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

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

  it('uses a long idle period whole where the browser says whether input waits, and stops for input', () => {
    vi.useFakeTimers();
    let idleLeft = 50;
    let input = false;
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) =>
      setTimeout(() => cb({ didTimeout: false, timeRemaining: () => idleLeft }), 0),
    );
    vi.stubGlobal('cancelIdleCallback', (h: number) => clearTimeout(h));
    vi.stubGlobal('navigator', { scheduling: { isInputPending: () => input } });
    const seen: number[] = [];
    let steps = 0;
    inIdleSteps(
      (timeLeft) => {
        steps++;
        seen.push(Math.round(timeLeft()));
        if (steps === 1) {
          input = true; // a click arrives during the first, long step: it ends at once
          seen.push(timeLeft());
          input = false;
          idleLeft = 5; // then a frame is due soon: a short step
        }
        return steps === 2;
      },
      () => undefined,
      100,
    );
    vi.runAllTimers();
    expect(seen).toEqual([48, 0, 5]);
  });
});
