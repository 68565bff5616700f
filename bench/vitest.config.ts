// `npm run bench:units`: the pure modules at benchmark size (ledger balances, bank matching, the grid's
// sort/filter/search, the CSV reader), timed in Node and printed with their targets. Figures, not tests:
// `npm test` does not run this file, and nothing fails on a slow machine.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
