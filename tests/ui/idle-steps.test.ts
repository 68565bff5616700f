import { afterEach, describe, expect, it, vi } from 'vitest';
import { inIdleSteps, inSteps } from '../../src/ui/grid/idle-steps';
import { offline } from '../../src/ui/state/offline.svelte';

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

  it('holds back storing the offline copy until the work is done, then stores it once the page has been quiet for 2 s', () => {
    vi.useFakeTimers();
    const register = vi.fn(() =>
      Promise.resolve({ waiting: null, addEventListener: () => undefined, update: () => Promise.resolve() }),
    );
    vi.stubGlobal('navigator', { serviceWorker: { register } });
    vi.stubGlobal('location', { protocol: 'https:' });
    vi.stubGlobal('document', { readyState: 'complete' });
    // The grid's search text of a large book: steps that go on for 10 s of a loaded page.
    let steps = 0;
    inIdleSteps(
      () => ++steps === 600,
      () => undefined,
      100,
    );
    offline.register();
    vi.advanceTimersByTime(5_000);
    expect(steps).toBeGreaterThan(100);
    expect(register).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5_000);
    expect(steps).toBe(600);
    vi.advanceTimersByTime(1_500);
    expect(register).not.toHaveBeenCalled();
    vi.advanceTimersByTime(600);
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith('./sw.js', { scope: './' });
  });

  it('runs work the user waits for in steps one after the other, each about two frames long, until it is done', async () => {
    const budgets: number[] = [];
    const finished = new Promise<number>((resolve) => {
      let steps = 0;
      inSteps(
        (timeLeft) => {
          budgets.push(timeLeft());
          return ++steps === 4;
        },
        () => resolve(steps),
      );
    });
    expect(budgets).toEqual([]); // nothing runs in the caller's task
    expect(await finished).toBe(4);
    for (const b of budgets) {
      expect(b).toBeGreaterThan(16); // (a loaded host may pause the thread between two lines)
      expect(b).toBeLessThanOrEqual(32);
    }
  });

  it('stops such work when cancelled, and never tells', async () => {
    let steps = 0;
    const done = vi.fn();
    // Cancelled during its second step (a new search typed): no third one comes.
    const cancel = inSteps(() => {
      if (++steps === 2) cancel();
      return steps === 1_000;
    }, done);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(steps).toBe(2);
    expect(done).not.toHaveBeenCalled();
  });
});
