// `npm run bench`: the import benchmark at 100,000 rows (with its floor and reloads), then the grid
// benchmark at 1,000,000 rows (its import, floor, memory, reload, scrolling, sort, filter and search),
// then one table of issue 16's figures with floor, ratio, target, the machine's load and the browser.
// Figures, not tests: nothing fails, and CI does not run it. See docs/benchmarks.md.
// Usage: npm run bench [-- --grid-rows=1000000]
import { cpus } from 'node:os';
import { browserVersion, buildAll, loadavg, ms } from './lib.mjs';
import { benchImport } from './import.mjs';
import { benchGrid } from './grid.mjs';

const arg = (k, d) => process.argv.find((a) => a.startsWith(`--${k}=`))?.split('=')[1] ?? d;
const GRID_ROWS = Number(arg('grid-rows', '1000000'));
const started = loadavg();
await buildAll();
const [small] = await benchImport({ sizes: [100000], built: true });
const grid = await benchGrid({ rows: GRID_ROWS, built: true, withFloor: true });
const big = GRID_ROWS.toLocaleString('en');

const rows = [];
const row = (what, figure, floor, ratio, target, met, extra = '') =>
  rows.push({ what, figure, floor, ratio, target, met: met === null ? '' : met ? 'met' : 'MISSED', extra });
const frames = (s) => `p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;
const frameMet = (s) => s.p95 <= 16.7 + 0.5 && s.over33 === 0;

if (small.failed) row('import 100,000, end to end', 'FAILED', '', '', '', null, small.failed.slice(0, 60));
else {
  const p = small.phases;
  const r = p.total / small.floor.total;
  row(
    'import 100,000, end to end',
    ms(p.total),
    ms(small.floor.total),
    `${r.toFixed(1)}×`,
    '≤ 3× floor',
    r <= 3,
    `median of ${small.totals.length} (totals ${small.totals.map(ms).join(', ')}; floors ${small.floors.map(ms).join(', ')}); read ${ms(p.read)}, convert ${ms(p.convert)}, write ${ms(p.write)}, grid ${ms(p.grid)}`,
  );
}
{
  const p = grid.imported.phases;
  const r = grid.floor ? p.total / grid.floor.total : NaN;
  row(
    `import ${big}, end to end`,
    ms(p.total),
    grid.floor ? ms(grid.floor.total) : '—',
    `${r.toFixed(1)}×`,
    '≤ 3× floor',
    r <= 3,
    `read ${ms(p.read)}, convert ${ms(p.convert)}, write ${ms(p.write)}, grid ${ms(p.grid)}`,
  );
  row(
    `renderer memory after import, ${big}`,
    `${Math.round(grid.rssAfterImport)} MB (held after a garbage collection: ${Math.round(grid.heldAfterImport)} MB; settled: ${Math.round(grid.settledAfterImport)} MB)`,
    '',
    '',
    '< 600 MB held',
    grid.heldAfterImport < 600,
    `peak during the import ${Math.round(grid.imported.rss)} MB (JS heap ${Math.round(grid.imported.heapPeak)} MB); held ${Math.round(grid.heldWithOffline)} MB while the app stores its offline copy (first visit, 2 s after the import; its service worker idles out ~30 s later); private memory (RSS without shared files) held ${Math.round(grid.privateAfterImport)} MB, settled ${Math.round(grid.privateSettled)} MB (search index built, 30 s idle)`,
  );
  row(
    `renderer memory after reload, ${big}`,
    `${Math.round(grid.rssAfterReload)} MB (held after a garbage collection: ${Math.round(grid.heldAfterReload)} MB; settled: ${Math.round(grid.settledAfterReload)} MB)`,
    '',
    '',
    '< 600 MB held',
    grid.heldAfterReload < 600,
    `search index built; the first figure includes garbage not yet collected; private memory held ${Math.round(grid.privateAfterReload)} MB, settled ${Math.round(grid.privateReloadSettled)} MB (the dashboard's book built too, 30 s idle)`,
  );
}
if (small.reload)
  row(
    'reload, 100,000 stored → first row',
    `${ms(small.reload.frame)} (whole book ${ms(small.reload.book)})`,
    '',
    '',
    '< 0.50 s',
    small.reload.frame < 500,
  );
row(
  `reload, ${big} stored → first row`,
  `${ms(grid.firstPaint)} (whole book ${ms(grid.bookReady)})`,
  '',
  '',
  '< 3.00 s',
  grid.firstPaint < 3000,
);
row(
  `grid, ${big}: 120 px a frame`,
  frames(grid.wheel),
  '',
  '',
  'p95 ≤ 16.7, none > 33',
  frameMet(grid.wheel),
);
row(
  `grid, ${big}: a screen a frame`,
  frames(grid.page),
  '',
  '',
  'p95 ≤ 16.7, none > 33',
  frameMet(grid.page),
);
row(`grid, ${big}: top → bottom in 600 frames`, frames(grid.through), '', '', '', null);
row(
  `first search, all columns, ${big}`,
  ms(grid.search.ms),
  '',
  '',
  '< 150 ms',
  grid.search.ms < 150,
  `index ready ${ms(grid.searchReady)} after load; ${grid.search.count.toLocaleString('en')} rows`,
);
row(`sort by amount, ${big}`, ms(grid.sortAsc.ms), '', '', '< 100 ms', grid.sortAsc.ms < 100);
row(
  `filter customer "rossi", ${big}`,
  ms(grid.filter.ms),
  '',
  '',
  '< 100 ms',
  grid.filter.ms < 100,
  `${grid.filter.count.toLocaleString('en')} rows`,
);
row(
  `a file of 100,000 rows chosen in the book of ${big} → preview`,
  ms(grid.again.preview),
  '',
  '',
  '',
  null,
  `read ${ms(grid.again.read)}: every stored invoice goes to the reader, which checks each row's number against them`,
);

const cols = ['what', 'figure', 'floor', 'ratio', 'target', 'met'];
const w = cols.map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
console.log(
  `\nSummary — ${browserVersion()}, headless; ${cpus().length} cores; load average ${started} at start, ` +
    `${small.load ?? '?'} at the 100,000 import, ${grid.load} at the ${big} run, ${loadavg()} at end`,
);
console.log(`${cols.map((k, i) => k.padEnd(w[i])).join(' | ')} | detail`);
console.log(`${w.map((n) => '-'.repeat(n)).join('-|-')}-|-------`);
for (const r of rows) console.log(`${cols.map((k, i) => r[k].padEnd(w[i])).join(' | ')} | ${r.extra}`);
