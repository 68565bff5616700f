// End-to-end import benchmark through the real page: drop a generated invoice CSV on the import page,
// wait for the preview, import, open the invoices grid. Compared with a floor (PapaParse + one packed
// IndexedDB write of the same file in the same browser). Then: reload with 100,000 stored → first row.
// Usage: node bench/import.mjs [--sizes=100000,1000000] [--reloads=3]
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
  serve,
} from './lib.mjs';

const arg = (k, d) => process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d;
const SIZES = arg('sizes', '100000,1000000').split(',').map(Number);
const RELOADS = Number(arg('reloads', '3'));
const TARGET = { 100000: 2000, 1000000: 20000 };

export async function benchImport({ sizes = SIZES, reloads = RELOADS, built = false } = {}) {
  if (!built) await buildAll();
  const srv = await serve();
  const appUrl = `${srv.url}/app/`;
  const results = [];
  try {
    for (const n of sizes) {
      const file = await generateCsv(n);
      const h = await launch();
      await h.context.addInitScript(INSTRUMENT);
      try {
        const load = loadavg();
        const r = await importThroughPage(h, appUrl, file);
        let reload = null;
        if (n === 100000 && reloads > 0) {
          const times = [];
          for (let i = 0; i < reloads; i++) times.push(await reloadToGrid(h, appUrl));
          reload = {
            firstRow: median(times.map((t) => t.firstRow)),
            frame: median(times.map((t) => t.frame)),
            all: times.map((t) => Math.round(t.frame)),
            book: median(times.map((t) => t.book)),
          };
        }
        // The floor, in a fresh browser (so the app's heap is not in the way).
        await h.close();
        const hf = await launch();
        const fl = await floor(hf, srv.url, file);
        await hf.close();
        const out = { n, ...r, floor: fl, reload, load, errors: h.errors };
        results.push(out);
        print(out);
      } catch (e) {
        await h.close().catch(() => {});
        results.push({ n, failed: String(e), errors: h.errors });
        console.log(`${n.toLocaleString('en')} rows: FAILED ${e}\n  page errors: ${h.errors.join(' | ')}`);
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
