// A large book must not leave its invoice ids in the engine's table of unique strings. Chromium's V8
// enters every string used as a Map or Set key in that table for as long as the string lives, and walks
// the whole table on the page's thread in each full garbage collection: a million ids there paused a
// scroll of the grid for ~60 ms every few seconds. The book, the ledger, the interest figures and the
// grid key their invoices with IdMap instead. Read from a heap snapshot of the real page, after a reload,
// the grid's background work (sort orders, search text, totals), the dashboard's book and a row opened.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  invoicesCounted,
  loadSample,
  openApp,
  reloadWithInvoiceBlocks,
  storedRecords,
  type Harness,
} from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const BLOCKS = 10;
const PER_BLOCK = 2_000;
const ID = 'strtab';

/** The texts of the page's internalized strings, from a heap snapshot. */
async function internedStrings(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; edge_fields: string[] } };
    nodes: number[];
    edges: number[];
    strings: string[];
  };
  const { node_fields: nf, edge_fields: ef } = snap.snapshot.meta;
  const name = nf.indexOf('name');
  const edgeCount = nf.indexOf('edge_count');
  const to = ef.indexOf('to_node');
  let edge = 0;
  for (let n = 0; n < snap.nodes.length; n += nf.length) {
    const count = snap.nodes[n + edgeCount]!;
    if (snap.strings[snap.nodes[n + name]!] === '(Internalized strings)') {
      const out: string[] = [];
      for (let k = 0; k < count; k++) {
        const target = snap.edges[edge + k * ef.length + to]!;
        out.push(snap.strings[snap.nodes[target + name]!]!);
      }
      return out;
    }
    edge += count * ef.length;
  }
  throw new Error('no table of internalized strings in the snapshot');
}

describe('a large book and the engine’s string table', () => {
  it('leaves no invoice id in it after a reload, the grid’s background work and the dashboard', async () => {
    h = await openApp('#/invoices');
    const { page } = h;
    await loadSample(page);
    const sample = await invoicesCounted(page);
    await reloadWithInvoiceBlocks(
      page,
      {
        blocks: BLOCKS,
        per: PER_BLOCK,
        firstBlock: 5_000,
        id: ID,
        number: 'ST-',
        from: 1,
        pad: 6,
      },
      sample,
    );
    // The grid's orders, totals and search text are built in idle time: all of it is done here.
    await page.locator('[role="grid"][data-search-ready]').waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      () => performance.getEntriesByName('overdue:dashboard-ahead').length > 0,
      null,
      {
        timeout: 60_000,
      },
    );
    // A row ticked: the grid finds the ticked rows by key for their total.
    await page.locator('[role="row"][data-key] input[type="checkbox"]').first().check();
    await expect.poll(() => page.locator('[role="row"][aria-selected="true"]').count()).toBe(1);

    const interned = await internedStrings(page);
    // The table is there and read (the app's own words are in it)…
    expect(interned.length).toBeGreaterThan(1_000);
    // …but not the 20,000 ids, where a Map of them puts all. (A row's id the browser draws may be
    // entered by its own bindings: a screen holds a few dozen.)
    expect(interned.filter((s) => new RegExp(`^${ID}\\d+$`).test(s)).length).toBeLessThan(100);
  });

  it('leaves no invoice id in it after an import of 6,000 invoices and the grid’s background work', async () => {
    h = await openApp('#/import');
    const { page } = h;
    const lines = ['Invoice number,Customer,Issue date,Due date,Amount,Currency,Description'];
    for (let i = 1; i <= 6_000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      lines.push(
        `F-${i},"Cliente ${i % 300} Srl",${day}/03/2026,${day}/04/2026,${100 + (i % 997)}.50,EUR,"Servizio ${i}"`,
      );
    }
    await page.getByTestId('import-file').setInputFiles({
      name: 'fatture.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n') + '\n'),
    });
    const session = page.getByTestId('import-session');
    await session.getByTestId('import-preview').waitFor({ timeout: 60_000 });
    await session.getByRole('button', { name: /^Import [\d,. ]+ rows/ }).click();
    await session.getByTestId('import-done').waitFor({ timeout: 60_000 });
    await page.evaluate(() => (location.hash = '#/invoices'));
    await page.locator('[role="grid"][data-search-ready]').waitFor({ timeout: 60_000 });
    // The ids the import gave, as stored (packed blocks keep them in a list; others in their rows).
    const ids = (
      await storedRecords<{ ids?: string[]; rows?: { id: string }[] }>(page, 'invoiceBlocks')
    ).flatMap((b) => b.ids ?? b.rows?.map((r) => r.id) ?? []);
    expect(ids).toHaveLength(6_000);
    const interned = new Set(await internedStrings(page));
    expect(interned.size).toBeGreaterThan(1_000);
    // A screen of rows may be entered by the browser's own bindings; a Map of the ids would enter all.
    expect(ids.filter((id) => interned.has(id)).length).toBeLessThan(100);
  });
});
