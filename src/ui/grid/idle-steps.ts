// Background work in steps of idle time. Each step gets what the browser says is idle, at least 3 ms
// (when the wait ran out and the page is busy, e.g. scrolling) and at most 12 ms, so a click or a key
// never waits longer than that for the page. Where the browser tells whether input is waiting
// (`navigator.scheduling.isInputPending`, Chromium), a long idle period — nothing to draw, 40 ms or
// more left — is used whole, the step ending at once when a key, click or wheel comes: between
// 12 ms steps the page sat idle a third of the time, and a million rows' search text took that longer.

import { offline } from '../state/offline.svelte';

/** Chromium's check for input waiting to be handled (not in every browser's typings). */
type Scheduling = { isInputPending?: () => boolean };

/** The browser's check for input waiting, where it has one (Chromium). */
function inputCheck(): (() => boolean) | undefined {
  const scheduling =
    typeof navigator === 'undefined'
      ? undefined
      : (navigator as unknown as { scheduling?: Scheduling }).scheduling;
  return scheduling?.isInputPending?.bind(scheduling);
}

/** A step's time left until `end` (ms): none at once when input waits. */
function timeLeftUntil(end: number, inputPending: (() => boolean) | undefined): () => number {
  return inputPending ? () => (inputPending() ? 0 : end - performance.now()) : () => end - performance.now();
}

/**
 * Calls `work(timeLeft)` in idle steps until it returns true, then `done()`. `wait` is how long a step
 * may wait for idle time (ms). Returns the cancel (for an effect's cleanup). While it runs, the offline
 * copy waits (see offline.svelte.ts): its download and compile would take a core from this work.
 */
export function inIdleSteps(
  work: (timeLeft: () => number) => boolean,
  done: () => void,
  wait: number,
): () => void {
  let handle = 0;
  const idle = typeof requestIdleCallback === 'function';
  const inputPending = inputCheck();
  const release = offline.hold();
  const schedule = () =>
    (handle = idle
      ? requestIdleCallback(step, { timeout: wait })
      : (globalThis.setTimeout(step, 16) as unknown as number));
  const step = (d?: IdleDeadline) => {
    const idleFor = d ? d.timeRemaining() : 8;
    const budget = inputPending && idleFor >= 40 ? Math.min(idleFor, 48) : Math.min(12, Math.max(3, idleFor));
    const end = performance.now() + budget;
    const timeLeft = timeLeftUntil(end, inputPending);
    if (work(timeLeft)) {
      release();
      done();
    } else schedule();
  };
  schedule();
  return () => {
    release();
    if (idle) cancelIdleCallback(handle);
    else clearTimeout(handle);
  };
}

/**
 * How long a step of `inSteps` works (ms): two frames, and the page paints between. A search held at a
 * million rows found its rows in 5.1 s with these steps, in 5.5 s with steps of 16 ms.
 */
const STEP_MS = 32;

/**
 * Calls `work(timeLeft)` in steps of STEP_MS, one after the other as soon as the page has handled
 * what came meanwhile (input, a frame to draw), until it returns true, then `done()`: for work the user
 * waits for (a search typed before its text was built), which idle steps would spread over seconds
 * more. A key, a click or a wheel ends a step at once where the browser tells. Returns the cancel.
 */
export function inSteps(work: (timeLeft: () => number) => boolean, done: () => void): () => void {
  const inputPending = inputCheck();
  const release = offline.hold();
  let over = false;
  // A message to itself is the next task with no delay (a chain of timeouts waits 4 ms each).
  const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (channel) channel.port2.postMessage(0);
    else timer = setTimeout(step, 0);
  };
  const stop = () => {
    over = true;
    channel?.port1.close();
    clearTimeout(timer);
    release();
  };
  const step = () => {
    if (over) return;
    const end = performance.now() + STEP_MS;
    const timeLeft = timeLeftUntil(end, inputPending);
    if (work(timeLeft)) {
      stop();
      done();
    } else if (!over) schedule(); // (unless the work cancelled itself)
  };
  if (channel) channel.port1.onmessage = step;
  schedule();
  return stop;
}
