import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname } from 'node:path';
const root = process.env.DIST || '/tmp/a11y-dist';
const T = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.ttf': 'font/ttf' };
const server = createServer(async (req, res) => {
  let p = new URL(req.url, 'http://x').pathname; if (p === '/') p = '/index.html';
  try { const b = await readFile(join(root, decodeURIComponent(p))); res.writeHead(200, { 'content-type': T[extname(p)] || 'application/octet-stream' }); res.end(b); } catch { res.writeHead(404).end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: process.env.LOC || 'en-GB', timezoneId: 'Europe/Rome', bypassCSP: true });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('PAGEERR', String(e)));
const only = process.env.ONLY ? process.env.ONLY.split(',') : null;
const shots = process.env.SHOTS;
async function scan(name) {
  await page.waitForTimeout(400);
  if (shots) await page.screenshot({ path: `/tmp/shots-a11y/${shots}-${name}.png` });
  if (only && !only.includes(name)) return;
  await page.addScriptTag({ path: '/work/wt/a11y/node_modules/axe-core/axe.min.js' });
  const r = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa'] } }));
  let n = 0;
  for (const v of r.violations) { n += v.nodes.length; console.log(`[${name}] ${v.id} x${v.nodes.length}`); for (const nd of v.nodes.slice(0, +(process.env.N||3))) console.log('    ', nd.target.join(' '), '|', nd.failureSummary.replace(/\n/g,' ').slice(0, 250)); }
  console.log(`== ${name}: ${n}`); return n;
}
await page.goto(url + 'index.html');
await page.getByRole('button', { name: /sample/i }).waitFor();
await scan('welcome');
await page.getByRole('button', { name: /sample/i }).click();
await page.waitForURL(/#\/invoices/); await page.waitForTimeout(1500);
if (process.env.LANG2) {
  await page.goto(url + 'index.html#/settings');
  await page.locator('select[name="language"]').selectOption(process.env.LANG2);
  await page.locator('form[aria-labelledby="company-title"] button[type="submit"]').click();
  await page.waitForTimeout(1000);
}
for (const v of ['today','invoices','customers','payments','activity','reports','letters','import','settings']) {
  await page.goto(url + 'index.html#/' + v); await page.waitForTimeout(800); await scan(v);
}
await page.goto(url + 'index.html#/customers'); await page.waitForTimeout(800);
const href = await page.locator('[role="row"][data-key]').first().getAttribute('data-key');
await page.goto(url + 'index.html#/customers/' + encodeURIComponent(href)); await page.waitForTimeout(800); await scan('customer');
await page.goto(url + 'index.html#/invoices'); await page.waitForTimeout(800);
await page.locator('[role="row"][data-key] button.open, [role="row"][data-key] [data-col] button').first().click();
await page.getByTestId('invoice-detail').waitFor(); await scan('detail');
if (process.env.ERR) { /* hook */ }
await browser.close(); server.close();
