// Shared bench helpers: CSV generation, builds, a static server, Chromium, in-page instrumentation.
// Benchmarks print figures; they are not tests and CI does not run them.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { loadavg as osLoadavg } from 'node:os';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'bench/out');
mkdirSync(OUT, { recursive: true });

// --- CSV generation -------------------------------------------------------------------------------
// Deterministic (seeded) so runs compare: invoice number, customer (pool of 2,000), issue date, due
// date (dd/mm/yyyy, day-first unambiguous), amount with decimals, currency, description.
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const FIRST = [
  'Rossi',
  'Bianchi',
  'Dupont',
  'Popescu',
  'Jensen',
  'Müller',
  'Ferrari',
  'Martin',
  'Ionescu',
  'Nielsen',
  'Schmidt',
  'Colombo',
  'Bernard',
  'Țăranu',
  'Hansen',
  'Weber',
  'Ricci',
  'Moreau',
  'Dumitru',
  'Larsen',
];
const TRADE = [
  'Costruzioni',
  'Logistica',
  'Impianti',
  'Transports',
  'Consulting',
  'Bau',
  'Elettrica',
  'Alimentari',
  'Design',
  'Services',
  'Textil',
  'Agro',
  'Medical',
  'Software',
  'Trading',
];
const FORM = ['Srl', 'SpA', 'SARL', 'SRL', 'ApS', 'GmbH', 'SAS', 'A/S', 'Snc', 'SA'];
const WORDS = [
  'Consulenza',
  'Fornitura materiali',
  'Servizio mensile',
  'Manutenzione impianto',
  'Transport marchandises',
  'Licenza software',
  'Installation',
  'Progettazione',
  'Pulizia uffici',
  'Noleggio attrezzature',
  'Formation',
  'Riparazione',
];

export function customerPool(n = 2000) {
  const r = rng(7);
  const names = new Set();
  while (names.size < n)
    names.add(
      `${FIRST[Math.floor(r() * FIRST.length)]} ${TRADE[Math.floor(r() * TRADE.length)]} ${FORM[Math.floor(r() * FORM.length)]} ${1 + Math.floor(r() * 999)}`,
    );
  return [...names];
}

const pad = (n) => String(n).padStart(2, '0');
export async function generateCsv(rows) {
  const file = join(OUT, `invoices-${rows >= 1e6 ? rows / 1e6 + 'm' : rows / 1e3 + 'k'}.csv`);
  if (existsSync(file) && statSync(file).size > rows * 40) return file;
  const pool = customerPool();
  const r = rng(rows);
  const ws = createWriteStream(file);
  const write = (s) => (ws.write(s) ? null : new Promise((ok) => ws.once('drain', ok)));
  await write('Invoice number,Customer,Issue date,Due date,Amount,Currency,Description\n');
  const start = Date.UTC(2023, 0, 1) / 864e5;
  let buf = '';
  for (let i = 1; i <= rows; i++) {
    const issue = new Date((start + Math.floor(r() * 1000)) * 864e5);
    const due = new Date(issue.getTime() + [0, 14, 30, 30, 60, 90][Math.floor(r() * 6)] * 864e5);
    const d = (x) => `${pad(x.getUTCDate())}/${pad(x.getUTCMonth() + 1)}/${x.getUTCFullYear()}`;
    const cur = r() < 0.85 ? 'EUR' : r() < 0.5 ? 'USD' : 'GBP';
    const amount = (10 + r() * 25000).toFixed(2);
    const cust = pool[Math.floor(r() * pool.length)];
    const desc =
      WORDS[Math.floor(r() * WORDS.length)] +
      (r() < 0.3 ? `, ordine ${Math.floor(r() * 90000) + 10000}` : '');
    buf += `INV-${issue.getUTCFullYear()}-${String(i).padStart(7, '0')},"${cust}",${d(issue)},${d(due)},${amount},${cur},"${desc}"\n`;
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise((ok) => ws.end(ok));
  return file;
}

// --- Builds ---------------------------------------------------------------------------------------
/** Builds the app into bench/out/dist (skip with BENCH_NO_BUILD=1) and the floor page into bench/out/floor-dist. */
export async function buildAll({ minify = true } = {}) {
  const { build } = await import('vite');
  if (!process.env.BENCH_NO_BUILD || !existsSync(join(OUT, 'dist/index.html')))
    await build({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: join(OUT, 'dist'), emptyOutDir: true, minify },
    });
  if (!process.env.BENCH_NO_BUILD || !existsSync(join(OUT, 'floor-dist/index.html')))
    await build({
      configFile: false,
      root: join(ROOT, 'bench/floor'),
      base: './',
      logLevel: 'warn',
      build: { outDir: join(OUT, 'floor-dist'), emptyOutDir: true, target: 'es2022' },
    });
}

// --- Static server: /app/ → dist, /floor/ → floor-dist, /data/ → bench/out ---------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};
export async function serve() {
  const mounts = { '/app/': join(OUT, 'dist'), '/floor/': join(OUT, 'floor-dist'), '/data/': OUT };
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const base = Object.keys(mounts).find((b) => url.pathname.startsWith(b));
      if (!base) return void res.writeHead(404).end();
      let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
      const file = normalize(join(mounts[base], rel));
      if (!file.startsWith(mounts[base])) return void res.writeHead(403).end();
      try {
        if (!(await stat(file)).isFile()) throw new Error();
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(await readFile(file));
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

// --- Chromium -------------------------------------------------------------------------------------
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const CHROMIUM = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].find((p) => p && existsSync(p));

/** A fresh profile directory per launch; its renderer processes are found by it for peak RSS. */
export async function launch({ extraArgs = [] } = {}) {
  const profile = join(OUT, `profile-${process.pid}-${Date.now()}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Rome',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return {
    context,
    page,
    errors,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Renderer processes of this profile (Linux /proc). */
function rendererPids(profile) {
  const out = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes('--type=renderer') && cmd.includes(profile)) out.push(Number(pid));
    } catch {
      /* gone */
    }
  }
  return out;
}
/** Resets the peak-RSS high-water mark of the profile's renderers (clear_refs 5). */
export function resetPeakRss(profile) {
  for (const pid of rendererPids(profile)) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      /* not permitted: peak is since start */
    }
  }
}
/** Largest VmHWM (peak resident set) among the profile's renderers, in MB. */
export function peakRssMb(profile) {
  let max = 0;
  for (const pid of rendererPids(profile)) {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) max = Math.max(max, Number(m[1]) / 1024);
    } catch {
      /* gone */
    }
  }
  return max;
}

/** Samples the page's main-thread JS heap (CDP Performance.getMetrics) until stopped; returns peak MB. */
export async function heapSampler(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        peak = Math.max(peak, used / 2 ** 20);
      } catch {
        return;
      }
      await new Promise((ok) => setTimeout(ok, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await cdp.detach().catch(() => {});
      return peak;
    },
  };
}

// --- In-page instrumentation, installed before the app's scripts ------------------------------------
// Nothing in the app is changed: the Worker constructor and IDBDatabase.transaction are wrapped to note
// when the reader posts 'done' and when the invoice-blocks write transaction starts and commits, and a
// MutationObserver notes when the preview, the done message and the first grid row appear.
export const INSTRUMENT = () => {
  const b = (window.__bench = { tx: [], marks: {} });
  const mark = (k) => (b.marks[k] ??= performance.now());
  b.reset = () => {
    b.tx = [];
    b.marks = {};
  };
  const W = window.Worker;
  window.Worker = class extends W {
    constructor(u, o) {
      super(u, o);
      mark('workerStart');
      this.addEventListener('message', (e) => {
        const t = e.data?.type;
        if (t === 'done') b.marks.workerDone = performance.now();
      });
    }
  };
  const tx = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, opts) {
    const t = tx.call(this, stores, mode, opts);
    const names = typeof stores === 'string' ? [stores] : [...stores];
    if (mode === 'readwrite' && names.includes('invoiceBlocks')) {
      const rec = { start: performance.now(), end: 0 };
      b.tx.push(rec);
      t.addEventListener('complete', () => (rec.end = performance.now()));
    }
    return t;
  };
  document.addEventListener(
    'change',
    (e) => e.target?.dataset?.testid === 'import-file' && (b.marks.change = performance.now()),
    true,
  );
  document.addEventListener(
    'click',
    (e) => e.target?.closest?.('button.primary') && (b.marks.click = performance.now()),
    true,
  );
  // Each element is looked for until it is seen (every mutation of the page runs this: looking for all of
  // them every time cost the import's phases ~8 ms of the page's thread at 100,000 rows).
  const seen = () => {
    const m = b.marks;
    if (m.preview === undefined && document.querySelector('[data-testid="import-preview"]')) mark('preview');
    if (m.done === undefined && document.querySelector('[data-testid="import-done"]')) mark('done');
    if (m.firstRow === undefined && document.querySelector('[role="grid"] [role="row"][data-key]')) {
      mark('firstRow');
      requestAnimationFrame(() => mark('firstRowFrame'));
    }
    // The whole book's grid (a large book first shows its first screen, inert, in [data-first-screen]).
    if (
      m.bookRow === undefined &&
      document.querySelector('.shell:not([data-first-screen]) [role="grid"] [role="row"][data-key]')
    ) {
      mark('bookRow');
      requestAnimationFrame(() => mark('bookRowFrame'));
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
};

/** Waits (at most 30 s) until the app's offline copy is stored: its service worker is active. */
export const offlineStored = (page) =>
  page.evaluate(() =>
    Promise.race([navigator.serviceWorker?.ready, new Promise((ok) => setTimeout(ok, 30_000))]),
  );

/**
 * Imports a CSV through the real import page; returns phase times (ms) and memory figures. With
 * `waitOffline`, returns once the app has stored its offline copy (it does so once the import is over
 * and the page quiet for 2 s).
 */
export async function importThroughPage(h, appUrl, file, { waitOffline = true } = {}) {
  const { page } = h;
  await page.goto(`${appUrl}index.html#/import`);
  await page.getByTestId('import-file').waitFor({ state: 'attached' });
  await page.evaluate(() => window.__bench.reset());
  resetPeakRss(h.profile);
  const heap = await heapSampler(page);
  const t0 = Date.now();
  await page.getByTestId('import-file').setInputFiles(file);
  const session = page.getByTestId('import-session');
  await session.getByTestId('import-preview').waitFor({ timeout: 600_000 });
  const button = session.getByRole('button', { name: /^Import [\d,. ]+ rows/ });
  // A million rows keep the page busy well past the default 30 s after the click (the write itself).
  await button.click({ timeout: 600_000 });
  await session.getByTestId('import-done').waitFor({ timeout: 600_000 });
  await page.evaluate(() => ((window.__bench.marks.nav = performance.now()), (location.hash = '#/invoices')));
  await page.locator('[role="grid"] [role="row"][data-key]').first().waitFor({ timeout: 600_000 });
  await page.waitForFunction(() => window.__bench.marks.firstRowFrame !== undefined);
  const wall = Date.now() - t0;
  const heapPeak = await heap.stop();
  const rss = peakRssMb(h.profile);
  const { marks: m, tx } = await page.evaluate(() => ({
    marks: window.__bench.marks,
    tx: window.__bench.tx,
  }));
  // The app stores its offline copy once the import is over and the page quiet (a first visit): what is
  // measured next (reloads, frames) is measured with it stored, as a returning user has it.
  if (waitOffline) await offlineStored(page);
  const big = tx.reduce((a, t) => (t.end - t.start > (a ? a.end - a.start : -1) ? t : a), null);
  const count = Number(((await page.getByTestId('status-invoices').textContent()) ?? '').replace(/\D/g, ''));
  const phases = {
    read: m.workerDone - m.change,
    convert: m.preview - m.workerDone,
    write: m.done - m.click,
    idbTx: big ? big.end - big.start : NaN,
    grid: m.firstRowFrame - m.nav,
  };
  phases.total = phases.read + phases.convert + phases.write + phases.grid;
  return { phases, heapPeak, rss, wall, count, clickLatency: m.click - m.preview };
}

/**
 * Another file chosen on the import page of the book as it stands (a monthly export into a large book):
 * file chosen → read (worker done) → preview shown. Nothing is imported.
 */
export async function previewInBook(h, appUrl, file) {
  const { page } = h;
  await page.goto(`${appUrl}index.html#/import`);
  await page.getByTestId('import-file').waitFor({ state: 'attached' });
  await page.evaluate(() => window.__bench.reset());
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-session').getByTestId('import-preview').waitFor({ timeout: 600_000 });
  const m = await page.evaluate(() => window.__bench.marks);
  return { read: m.workerDone - m.change, preview: m.preview - m.change };
}

/** Reloads at #/invoices; navigation start → first grid row (and the frame after it). */
export async function reloadToGrid(h, appUrl) {
  const { page } = h;
  // goto to the same URL with a hash is a same-document navigation: go there, then really reload.
  if (!page.url().endsWith('#/invoices')) await page.goto(`${appUrl}index.html#/invoices`);
  await page.reload();
  await page.waitForFunction(
    () =>
      window.__bench?.marks.firstRowFrame !== undefined && window.__bench?.marks.bookRowFrame !== undefined,
    null,
    { timeout: 600_000 },
  );
  return page.evaluate(() => ({
    firstRow: window.__bench.marks.firstRow,
    frame: window.__bench.marks.firstRowFrame,
    /** The whole book's grid: rows, sort, search and edits ready. */
    book: window.__bench.marks.bookRowFrame,
  }));
}

/** The floor: PapaParse on the same bytes in the same browser, then one packed bulk write. */
export async function floor(h, baseUrl, file) {
  const { page } = h;
  await page.goto(`${baseUrl}/floor/index.html`);
  await page.waitForFunction(() => typeof window.runFloor === 'function');
  const name = file.split('/').pop();
  return page.evaluate((u) => window.runFloor(u), `${baseUrl}/data/${name}`);
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
    : NaN;
};
export const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
export const ms = (x) =>
  Number.isFinite(x) ? (x >= 1000 ? (x / 1000).toFixed(2) + ' s' : Math.round(x) + ' ms') : '—';
/** The machine's 1, 5 and 15 minute load averages (2 shared cores: above 2, others are competing). */
export const loadavg = () =>
  osLoadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Busy and total CPU time of the machine so far (/proc/stat's first line), in clock ticks. */
function cpuTicks() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  const idle = (f[3] ?? 0) + (f[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * Waits until the machine is quiet: the files written flushed, then the cores at most 15 % busy over
 * half a second (at most 20 s). A browser just closed goes on writing its profile's files and freeing
 * its memory for seconds: the next measurement started at once shared the cores with it (the second and
 * third of three imports of the same file took up to 1.6× the first). Called before each measured launch,
 * the floor's as well as the app's. Returns the ms waited.
 */
export async function quiet() {
  const t0 = Date.now();
  try {
    execFileSync('sync');
  } catch {
    /* no sync: nothing to flush first */
  }
  while (Date.now() - t0 < 20_000) {
    const a = cpuTicks();
    await new Promise((ok) => setTimeout(ok, 500));
    const b = cpuTicks();
    if (b.total > a.total && (b.busy - a.busy) / (b.total - a.total) <= 0.15) break;
  }
  return Date.now() - t0;
}

/**
 * The start-up the page benchmarks share: build (unless `built`), generate the CSV, serve, launch
 * Chromium with the in-page instrumentation, import the book through the page (ending on the grid, so
 * the book and its read model are in memory), run `body(page, h)`, then close everything.
 */
export async function withImportedBook({ rows, built = false }, body) {
  if (!built) await buildAll();
  const file = await generateCsv(rows);
  const srv = await serve();
  const h = await launch();
  await h.context.addInitScript(INSTRUMENT);
  try {
    await importThroughPage(h, `${srv.url}/app/`, file);
    return { ...(await body(h.page, h)), errors: h.errors };
  } finally {
    await h.close();
    await srv.close();
  }
}

/** The browser's version line (e.g. "Chromium 156.0.8078.114"), for the figures' record. */
export function browserVersion() {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split(' built')[0]
      .trim();
  } catch {
    return 'unknown browser';
  }
}
/** Largest value of a /proc status field (in kB) among the profile's renderers, in MB. */
function rendererStatusMb(profile, field) {
  const re = new RegExp(`${field}:\\s+(\\d+) kB`);
  let max = 0;
  for (const pid of rendererPids(profile)) {
    try {
      const m = re.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) max = Math.max(max, Number(m[1]) / 1024);
    } catch {
      /* gone */
    }
  }
  return max;
}

/** Largest current resident set (VmRSS) among the profile's renderers, in MB. */
export function rssNowMb(profile) {
  return rendererStatusMb(profile, 'VmRSS');
}

/**
 * The renderer's private memory (RssAnon: what it alone holds, without the shared libraries and fonts
 * mapped from files that VmRSS also counts), in MB: the figure Chrome's task manager calls the
 * memory footprint.
 */
export function privateNowMb(profile) {
  return rendererStatusMb(profile, 'RssAnon');
}
