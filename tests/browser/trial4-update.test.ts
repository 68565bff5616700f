// A Danish owner with a new version waiting: the notice in the corner never covers the page's last
// button (the dunning policy's "Gem" at the end of Settings).
import { afterEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { openApp, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('the update notice', () => {
  it('leaves the last button of Settings clickable, scrolled to the end', async () => {
    h = await openApp('#/settings', { locale: 'da-DK' });
    const { page } = h;
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    const sw = resolve(import.meta.dirname, '../../dist-test/sw.js');
    const original = await readFile(sw, 'utf8');
    try {
      await writeFile(sw, original + '\n// a new version\n');
      await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        await reg?.update();
      });
      const notice = page.getByTestId('update-notice');
      await notice.waitFor({ timeout: 20_000 });
      const save = page
        .locator('section[aria-labelledby="policy-title"] > button.primary')
        .filter({ hasText: 'Gem' });
      await save.waitFor({ timeout: 10_000 });
      await page.locator('main.page').evaluate((m) => (m.scrollTop = m.scrollHeight));
      // What is drawn at the button's middle is the button, not the notice over it.
      const onTop = await save.evaluate((b) => {
        const r = b.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit === b || b.contains(hit);
      });
      expect(onTop).toBe(true);
      const [button, box] = await Promise.all([save.boundingBox(), notice.boundingBox()]);
      expect(button!.y + button!.height).toBeLessThanOrEqual(box!.y);
      expect(h.pageErrors).toEqual([]);
    } finally {
      await writeFile(sw, original);
    }
  });
});
