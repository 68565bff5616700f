// A page of sections with a side panel (the customer's profile): the sections stand beside the panel
// only as far down as it reaches, and those after it take the page's whole width. A fixed two-column
// layout left the column under the profile empty for three screens (the account, the collections panels
// and the statement are long, the profile is not), and squeezed the statement's six columns for nothing.
//
// The node is a two-column grid; its child marked `data-side` is the panel. The first k other children
// go in the first column, beside it (the panel spans their rows); the rest span both columns. k is the
// fewest sections whose heights reach the panel's: measured once as the page is made (so its first frame
// is laid out so), and again whenever a section or the panel changes height (an entry logged, a form
// opened: a ResizeObserver tells) or sections come and go. The observer's own callback only asks for the
// next frame: a layout changed inside it would change the sizes it watches, which the browser reports as
// an error ("ResizeObserver loop completed with undelivered notifications"). Each step only shortens k
// on heights measured in the first column, or lengthens it by one, so it settles and never swings
// between two layouts.
import type { Action } from 'svelte/action';

export const flowBeside: Action<HTMLElement> = (node) => {
  let beside = Number.POSITIVE_INFINITY;
  // Sections not placed yet (at the start, or come since): placed with the others before measuring.
  let unplaced = true;
  const sections = (): HTMLElement[] =>
    [...node.children].filter((c): c is HTMLElement => c instanceof HTMLElement && !('side' in c.dataset));
  const side = (): HTMLElement | null => node.querySelector<HTMLElement>(':scope > [data-side]');

  function place(list: HTMLElement[], panel: HTMLElement): void {
    const k = Math.min(beside, list.length);
    panel.style.gridColumn = '2';
    panel.style.gridRow = `1 / span ${Math.max(1, k)}`;
    list.forEach((s, i) => (s.style.gridColumn = i < k ? '1' : '1 / -1'));
  }

  function settle(): void {
    const panel = side();
    const list = sections();
    if (!panel || !list.length) return;
    if (unplaced) {
      unplaced = false;
      place(list, panel);
    }
    const k = Math.min(beside, list.length);
    const gap = parseFloat(getComputedStyle(node).rowGap) || 0;
    const reach = panel.offsetHeight;
    let next = k < list.length ? k + 1 : k;
    let height = -gap;
    for (let i = 0; i < k; i++) {
      height += (list[i] as HTMLElement).offsetHeight + gap;
      if (height >= reach) {
        next = i + 1;
        break;
      }
    }
    if (next !== beside) {
      beside = next;
      place(list, panel);
    }
  }

  let frame = 0;
  const sizes = new ResizeObserver(() => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        settle();
      });
  });
  const watch = (): void => {
    sizes.disconnect();
    for (const c of node.children) sizes.observe(c);
  };
  // Sections that come and go (the call-list card once the customer is due): watched, and placed.
  const children = new MutationObserver(() => {
    unplaced = true;
    watch();
    settle();
  });
  children.observe(node, { childList: true });
  settle();
  watch();
  return {
    destroy: () => {
      cancelAnimationFrame(frame);
      sizes.disconnect();
      children.disconnect();
    },
  };
};
