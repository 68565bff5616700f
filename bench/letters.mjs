// Letters benchmark: 500 letters made into one PDF in headless Chromium by the app's letters module
// (content from records, layout, EPC QR codes, DejaVu embedded), against the floor: plain jsPDF with
// the same font writing the same number of pages of text. Figures, not a test; CI does not run it.
// Usage: node bench/letters.mjs [--n=500] [--kind=final-notice] [--runs=3]
import { join } from 'node:path';
import { OUT, ROOT, launch, loadavg, median, ms, serve } from './lib.mjs';

const arg = (k, d) => process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d;
const N = Number(arg('n', '500'));
const KIND = arg('kind', 'final-notice');
const RUNS = Number(arg('runs', '3'));

const started = loadavg();
const { build } = await import('vite');
await build({
  configFile: false,
  root: join(ROOT, 'bench/letters-page'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: join(OUT, 'letters-dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});

const server = await serve();
const h = await launch();
try {
  await h.page.goto(`${server.url}/data/letters-dist/index.html`);
  await h.page.waitForFunction(() => 'runLetters' in window);
  // Warm-up: fonts fetched, code compiled.
  await h.page.evaluate(([kind]) => window.runLetters(20, kind), [KIND]);
  await h.page.evaluate(() => window.runFloor(20, 45));
  const letters = [];
  const floors = [];
  for (let r = 0; r < RUNS; r++) {
    letters.push(await h.page.evaluate(([n, kind]) => window.runLetters(n, kind), [N, KIND]));
    floors.push(await h.page.evaluate(([n]) => window.runFloor(n, 45), [N]));
  }
  const total = median(letters.map((x) => x.total));
  const floor = median(floors.map((x) => x.total));
  const mb = (b) => `${(b / 1e6).toFixed(2)} MB`;
  console.log(`letters bench: ${N} × ${KIND}, ${RUNS} runs, load average ${started} → ${loadavg()}`);
  console.log(
    `letters  ${ms(total)} (median; content ${ms(median(letters.map((x) => x.content)))}, draw ${ms(median(letters.map((x) => x.draw)))}), ${mb(letters[0].bytes)}; target < 2.00 s ${total <= 2000 ? 'met' : 'MISSED'}`,
  );
  console.log(`floor    ${ms(floor)} (plain jsPDF, DejaVu, 45 lines a page), ${mb(floors[0].bytes)}`);
  console.log(`ratio    ×${(total / floor).toFixed(2)}`);
  if (h.errors.length) console.log('page errors:', h.errors.join('\n'));
} finally {
  await h.close();
  await server.close();
}
