// A figure set large (a dashboard's headline amount) that must show whole in its box: when it is wider
// than the box, its font is made smaller until it fits (at most down to `min` of its size), again
// whenever the box or the text changes. "757.354,62 RON" in bold at 1.3rem is 166 px, and a card at
// 1280 × 800 has 146 px for it: it ran over the card's edge.
import type { Action } from 'svelte/action';

export const shrinkToFit: Action<HTMLElement, number | undefined> = (node, min = 0.7) => {
  let frame = 0;
  const fit = () => {
    frame = 0;
    node.style.fontSize = '';
    const room = node.clientWidth;
    const need = node.scrollWidth;
    if (room <= 0 || need <= room) return;
    const size = parseFloat(getComputedStyle(node).fontSize);
    // Text widths scale with the font; a half pixel down for rounding.
    node.style.fontSize = `${Math.max(size * (min ?? 0.7), Math.floor(((size * room) / need) * 2) / 2)}px`;
  };
  const later = () => (frame ||= requestAnimationFrame(fit));
  // Only a change of the box's width: its height follows the font this sets.
  let width = -1;
  const resized = new ResizeObserver((entries) => {
    const w = entries.at(-1)?.contentRect.width ?? width;
    if (w !== width) {
      width = w;
      later();
    }
  });
  resized.observe(node);
  const changed = new MutationObserver(later);
  changed.observe(node, { childList: true, characterData: true, subtree: true });
  fit();
  return {
    destroy() {
      resized.disconnect();
      changed.disconnect();
      if (frame) cancelAnimationFrame(frame);
    },
  };
};
