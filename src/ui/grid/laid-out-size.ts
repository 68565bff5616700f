// An element's size as the browser lays it out, told by a ResizeObserver only. Svelte's size bindings
// (`bind:clientHeight`, `bind:offsetHeight`) also read the size as soon as the element is made: in the
// middle of building the page, which made the browser lay the whole page out there and then (~40 ms of a
// reload's first screen on a 2-core machine), and again once the rest was built. The observer tells it
// after the frame's own layout, before that frame is painted: the first frame shows the right sizes.
import type { Action } from 'svelte/action';

export interface LaidOut {
  clientWidth: number;
  clientHeight: number;
  offsetHeight: number;
}

export interface SizeWatch {
  tell: (size: LaidOut) => void;
  /**
   * 'content-box' (the default) for the client size: it changes when a scroll bar comes or goes;
   * 'border-box' for the offset size.
   */
  box?: ResizeObserverBoxOptions;
}

export const laidOutSize: Action<HTMLElement, SizeWatch> = (node, watch) => {
  let tell = watch.tell;
  const observer = new ResizeObserver(() =>
    tell({ clientWidth: node.clientWidth, clientHeight: node.clientHeight, offsetHeight: node.offsetHeight }),
  );
  observer.observe(node, { box: watch.box ?? 'content-box' });
  return {
    update: (next) => (tell = next.tell),
    destroy: () => observer.disconnect(),
  };
};
