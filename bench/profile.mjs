// CPU profile of one phase of the import or the grid, on an unminified build, to find the bottleneck.
// Usage: node bench/profile.mjs [--rows=100000] [--phase=read|convert|write|grid|first|reload|search|edit|sort|warm|scroll|page]
// Prints the heaviest functions by self time and writes bench/out/<phase>.cpuprofile (open in DevTools).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll, generateCsv, INSTRUMENT, launch, OUT, serve } from './lib.mjs';

const arg = (k, d) => process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d;
const rows = Number(arg('rows', '100000'));
const phase = arg('phase', 'grid');
await buildAll({ minify: false });
const srv = await serve();
const appUrl = `${srv.url}/app/`;
const file = await generateCsv(rows);
const h = await launch();
await h.context.addInitScript(INSTRUMENT);
const { page } = h;
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const start = async (p) => p === phase && (await cdp.send('Profiler.start'));
let profile = null;
const stop = async (p) => p === phase && ({ profile } = await cdp.send('Profiler.stop'));

await page.goto(`${appUrl}index.html#/import`);
await page.getByTestId('import-file').waitFor({ state: 'attached' });
const session = page.getByTestId('import-session');
await start('read');
await start('convert');
await page.getByTestId('import-file').setInputFiles(file);
await session.getByTestId('import-preview').waitFor({ timeout: 600_000 });
await stop('read');
await stop('convert');
await start('write');
await session.getByRole('button', { name: /^Import [\d,. ]+ rows/ }).click();
await session.getByTestId('import-done').waitFor({ timeout: 600_000 });
await stop('write');
await start('grid');
await page.evaluate(() => (location.hash = '#/invoices'));
await page.locator('[role="grid"] [role="row"][data-key]').first().waitFor({ timeout: 600_000 });
await page.waitForTimeout(300);
await stop('grid');
if (phase === 'scroll' || phase === 'page') {
  // 300 frames of 120 px each (or of a screen each: 'page'), driven from requestAnimationFrame as the
  // grid bench does, once the grid's background work (search index) is done.
  await page.locator('[role="grid"][data-search-ready]').waitFor({ state: 'attached', timeout: 1_800_000 });
  await page.waitForTimeout(1000);
  await cdp.send('Profiler.start');
  await page.evaluate(
    (step0) =>
      new Promise((resolve) => {
        let el = document.querySelector('[role="grid"]').parentElement;
        while (el && !['auto', 'scroll'].includes(getComputedStyle(el).overflowY)) el = el.parentElement;
        let k = 0;
        const px = step0 === 'page' ? el.clientHeight : 120;
        const step = () => {
          el.scrollTop += px;
          if (++k < 300) requestAnimationFrame(step);
          else resolve(null);
        };
        requestAnimationFrame(step);
      }),
    phase,
  );
  ({ profile } = await cdp.send('Profiler.stop'));
}
if (phase === 'warm') {
  // The background build of the search index, from the grid's first row until it is ready.
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.locator('[role="grid"][data-search-ready]').waitFor({ state: 'attached', timeout: 1_800_000 });
  console.log(`search index ready ${Date.now() - t0} ms after the first row`);
  ({ profile } = await cdp.send('Profiler.stop'));
}
if (phase === 'search') {
  await page.locator('[role="grid"][data-search-ready]').waitFor({ state: 'attached', timeout: 1_800_000 });
  await cdp.send('Profiler.start');
  await page.locator('[data-grid-search]').fill('bianchi');
  await page.waitForFunction(
    () => document.querySelector('[role="grid"]').getAttribute('data-filtered-count') === '0',
    null,
    { timeout: 120_000 },
  );
  ({ profile } = await cdp.send('Profiler.stop'));
}
if (phase === 'sort') {
  // A click on the Amount header: from the click until the first row is the smallest amount, once the
  // grid's background work after load (orders, search index) is done, as in bench/grid.mjs.
  await page.waitForSelector('[role="grid"][data-search-ready]', { state: 'attached', timeout: 600_000 });
  await cdp.send('Profiler.start');
  await page.locator('[role="columnheader"][data-col="amount"] button.title').click();
  await page.waitForFunction(
    () =>
      document.querySelector('[role="columnheader"][data-col="amount"]')?.getAttribute('aria-sort') ===
      'ascending',
    null,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(300);
  ({ profile } = await cdp.send('Profiler.stop'));
}
if (phase === 'edit') {
  // One grid edit of the first row's amount: from the Enter that commits it until the figures settle.
  const cell = page.locator('[role="grid"] [role="row"][data-key] [data-col="amount"]').first();
  await cell.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('1234.25');
  await cdp.send('Profiler.start');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(400);
  ({ profile } = await cdp.send('Profiler.stop'));
}
if (phase === 'first') {
  // A reload up to the first rows on screen (a large book's first screen, before the whole book).
  await cdp.send('Profiler.start');
  await page.reload();
  await page.locator('[role="grid"] [role="row"][data-key]').first().waitFor({ timeout: 600_000 });
  ({ profile } = await cdp.send('Profiler.stop'));
}
if (phase === 'reload') {
  // A real reload at #/invoices: the book is read from IndexedDB and the read model built again.
  await cdp.send('Profiler.start');
  await page.reload();
  await page
    .locator('.shell:not([data-first-screen]) [role="grid"] [role="row"][data-key]')
    .first()
    .waitFor({ timeout: 600_000 });
  console.log(await page.evaluate(() => JSON.stringify(window.__bench.marks)));
  await page.waitForTimeout(300);
  ({ profile } = await cdp.send('Profiler.stop'));
}
writeFileSync(join(OUT, `${phase}.cpuprofile`), JSON.stringify(profile));
// Self time per function (by name + url:line).
const dt = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'}  ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  dt.set(key, (dt.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
}
const total = [...dt.values()].reduce((a, b) => a + b, 0);
console.log(`phase ${phase}: ${Math.round(total)} ms sampled`);
for (const [k, v] of [...dt].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`${Math.round(v).toString().padStart(7)} ms  ${k}`);
await h.close();
await srv.close();
// Who calls the heaviest functions (bottom-up, 4 frames up).
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const top = [...dt]
  .sort((a, b) => b[1] - a[1])
  .filter(([k]) => !k.startsWith('('))
  .slice(0, 6)
  .map(([k]) => k);
for (const k of top) {
  const stacks = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    let n = byId.get(profile.samples[i]);
    const f = n.callFrame;
    if (`${f.functionName || '(anon)'}  ${f.url.split('/').pop()}:${f.lineNumber + 1}` !== k) continue;
    const chain = [];
    for (let id = parent.get(n.id), d = 0; id && d < 6; id = parent.get(id), d++)
      chain.push(byId.get(id).callFrame.functionName || '(anon)');
    const s = chain.join(' < ');
    stacks.set(s, (stacks.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  console.log(`\n${k}`);
  for (const [s, v] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 3))
    console.log(`  ${Math.round(v)} ms  < ${s}`);
}
