// `npm run bench`: the import benchmark (100,000 and 1,000,000 rows, reload) and the grid benchmark,
// then one summary table. Figures, not tests: nothing fails, and CI does not run it. See docs/benchmarks.md.
import { buildAll, loadavg, ms } from './lib.mjs';
import { benchImport } from './import.mjs';
import { benchGrid } from './grid.mjs';

const started = loadavg();
await buildAll();
const imports = await benchImport({ built: true });
const grid = await benchGrid({ built: true });
const row = (what, figure, target, extra = '') => ({ what, figure, target, extra });
const rows = [];
for (const r of imports) {
  if (r.failed) {
    rows.push(row(`import ${r.n.toLocaleString('en')}`, 'FAILED', '', r.failed.slice(0, 60)));
    continue;
  }
  const target = r.n === 100000 ? 2000 : r.n === 1000000 ? 20000 : null;
  rows.push(
    row(
      `import ${r.n.toLocaleString('en')} end to end`,
      ms(r.phases.total),
      target ? `< ${ms(target)} ${r.phases.total <= target ? 'met' : 'MISSED'}` : '',
      `read ${ms(r.phases.read)}, convert ${ms(r.phases.convert)}, write ${ms(r.phases.write)}, grid ${ms(r.phases.grid)}; floor ${ms(r.floor.total)} (×${(r.phases.total / r.floor.total).toFixed(1)}); heap ${Math.round(r.heapPeak)} MB, RSS ${Math.round(r.rss)} MB`,
    ),
  );
  if (r.reload)
    rows.push(
      row(
        `reload, ${r.n.toLocaleString('en')} stored → first row`,
        ms(r.reload.frame),
        `< 1.50 s ${r.reload.frame <= 1500 ? 'met' : 'MISSED'}`,
      ),
    );
}
rows.push(row('grid first paint (reload)', ms(grid.firstPaint), ''));
rows.push(
  row(
    'scroll top→bottom, 600 frames',
    `${grid.through.median.toFixed(1)} / ${grid.through.p95.toFixed(1)} ms`,
    'median / p95',
    `>16.7 ms ${grid.through.over16}, >33 ms ${grid.through.over33}`,
  ),
);
rows.push(
  row(
    'scroll 120 px/frame, 600 frames',
    `${grid.wheel.median.toFixed(1)} / ${grid.wheel.p95.toFixed(1)} ms`,
    'median / p95',
    `>16.7 ms ${grid.wheel.over16}, >33 ms ${grid.wheel.over33}`,
  ),
);
rows.push(row('sort by amount', ms(grid.sortAsc.ms), '', `then descending ${ms(grid.sortDesc.ms)}`));
rows.push(
  row('filter customer "rossi"', ms(grid.filter.ms), '', `${grid.filter.count.toLocaleString('en')} rows`),
);
rows.push(
  row('search all columns', ms(grid.search.ms), '', `${grid.search.count.toLocaleString('en')} rows`),
);
const w = ['what', 'figure', 'target'].map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
console.log(
  `\nSummary (load average ${started} at start, ${loadavg()} at end; 2 shared cores, expect ±20 %)`,
);
console.log(`${'what'.padEnd(w[0])} | ${'figure'.padEnd(w[1])} | ${'target'.padEnd(w[2])} | detail`);
console.log(`${'-'.repeat(w[0])}-|-${'-'.repeat(w[1])}-|-${'-'.repeat(w[2])}-|-------`);
for (const r of rows)
  console.log(`${r.what.padEnd(w[0])} | ${r.figure.padEnd(w[1])} | ${r.target.padEnd(w[2])} | ${r.extra}`);
