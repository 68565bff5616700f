// End-to-end import benchmark through the real page: drop a generated invoice CSV on the import page,
// wait for the preview, import, open the invoices grid. Compared with a floor (PapaParse + one packed
// IndexedDB write of the same file in the same browser). Then: reload with 100,000 stored → first row.
// The median of three runs at 100,000 rows (one at a million), each with its floor in a fresh browser.
// Usage: node bench/import.mjs [--sizes=100000,1000000] [--reloads=3] [--repeats=N]
import {
  buildAll,
  floor,
  generateCsv,
  importThroughPage,
  INSTRUMENT,
  launch,
  loadavg,
  median,
  ms,
  reloadToGrid,
  quiet,
  serve,
} from './lib.mjs';

const arg = (k, d) => process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d;
const SIZES = arg('sizes', '100000,1000000').split(',').map(Number);
const RELOADS = Number(arg('reloads', '3'));
const TARGET = { 100000: 2000, 1000000: 20000 };

/** Imports (and floors) per size: at 100,000 rows the median of three, each in a fresh browser. */
const REPEATS = Number(arg('repeats', '0'));
const repeatsFor = (n) => REPEATS || (n <= 100_000 ? 3 : 1);

/** The run whose `key` is the median of `runs` (the lower middle one of an even count). */
const medianBy = (runs, key) => [...runs].sort((a, b) => key(a) - key(b))[Math.floor((runs.length - 1) / 2)];

export async function benchImport({ sizes = SIZES, reloads = RELOADS, built = false, repeats } = {}) {
  if (!built) await buildAll();
  const srv = await serve();
  const appUrl = `${srv.url}/app/`;
  const results = [];
  try {
    for (const n of sizes) {
      const file = await generateCsv(n);
      const runs = [];
      const floors = [];
      const errors = [];
      try {
        for (let k = 0; k < (repeats ?? repeatsFor(n)); k++) {
          await quiet();
          const h = await launch();
          await h.context.addInitScript(INSTRUMENT);
          try {
            const load = loadavg();
            const r = await importThroughPage(h, appUrl, file);
            let reload = null;
            if (n === 100000 && reloads > 0 && k === 0) {
              const times = [];
              for (let i = 0; i < reloads; i++) times.push(await reloadToGrid(h, appUrl));
              reload = {
                firstRow: median(times.map((t) => t.firstRow)),
                frame: median(times.map((t) => t.frame)),
                all: times.map((t) => Math.round(t.frame)),
                book: median(times.map((t) => t.book)),
              };
            }
            runs.push({ ...r, reload, load });
          } finally {
            errors.push(...h.errors);
            await h.close().catch(() => {});
          }
          // The floor, in a fresh browser (so the app's heap is not in the way).
          await quiet();
          const hf = await launch();
          try {
            floors.push(await floor(hf, srv.url, file));
          } finally {
            await hf.close();
          }
        }
        // The median import and the median floor: one run on a shared host moves by more than a change.
        const mid = medianBy(runs, (r) => r.phases.total);
        const out = {
          n,
          ...mid,
          reload: runs[0].reload,
          load: runs[0].load,
          floor: medianBy(floors, (f) => f.total),
          totals: runs.map((r) => r.phases.total),
          floors: floors.map((f) => f.total),
          errors,
        };
        results.push(out);
        print(out);
      } catch (e) {
        results.push({ n, failed: String(e), errors });
        console.log(`${n.toLocaleString('en')} rows: FAILED ${e}\n  page errors: ${errors.join(' | ')}`);
      }
    }
  } finally {
    await srv.close();
  }
  return results;
}

function print(o) {
  const p = o.phases;
  const target = TARGET[o.n];
  console.log(`\nImport of ${o.n.toLocaleString('en')} invoices (load average at start: ${o.load})`);
  console.log(`  read + detect (worker, rows posted)  ${ms(p.read)}`);
  console.log(`  convert + validate + preview         ${ms(p.convert)}`);
  console.log(
    `  write (click → done)                 ${ms(p.write)}   of which IndexedDB transaction ${ms(p.idbTx)}`,
  );
  console.log(`  grid visible (#/invoices → row)      ${ms(p.grid)}`);
  console.log(
    `  TOTAL                                ${ms(p.total)}   target ${target ? ms(target) : '—'} ${target ? (p.total <= target ? 'met' : 'MISSED') : ''}`,
  );
  console.log(
    `  floor: PapaParse ${ms(o.floor.parse)} + packed write ${ms(o.floor.write)} = ${ms(o.floor.total)};  total/floor = ${(p.total / o.floor.total).toFixed(1)}×`,
  );
  if (o.totals.length > 1)
    console.log(
      `  medians of ${o.totals.length} runs, each in a fresh browser: totals ${o.totals.map(ms).join(', ')}; floors ${o.floors.map(ms).join(', ')}`,
    );
  console.log(
    `  peak JS heap (main thread, sampled) ${Math.round(o.heapPeak)} MB;  peak renderer RSS ${Math.round(o.rss)} MB;  invoices in header: ${o.count.toLocaleString('en')}`,
  );
  if (o.reload)
    console.log(
      `  reload at #/invoices with ${o.n.toLocaleString('en')} stored → first row ${ms(o.reload.firstRow)}, painted frame ${ms(o.reload.frame)} (median of ${o.reload.all.join(', ')} ms), whole book's grid ${ms(o.reload.book)}; target 1.5 s ${o.reload.frame <= 1500 ? 'met' : 'MISSED'}`,
    );
  if (o.errors.length) console.log(`  page errors: ${o.errors.join(' | ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImport();
