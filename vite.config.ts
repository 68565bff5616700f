import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

// `base: './'` makes every asset URL relative, so `dist/` works from any sub-path or from disk.
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    // Offline: a generated service worker precaches every built file (docs/architecture.md, "Offline").
    // Registration is our own (src/ui/state/offline.svelte.ts): relative to the page, so the app works
    // from any sub-path, and a new version waits until the user chooses to reload.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,ttf,json}'],
        // The PDF font and the chart library are large; the app must still open offline with them.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        navigateFallback: null,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  worker: {
    format: 'es',
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          setupFiles: ['tests/setup-unit.ts'],
          // Some tests work at a million rows or build PDFs: on a busy two-core machine they take 5–10 s.
          testTimeout: 30_000,
          expect: { requireAssertions: true },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          expect: { requireAssertions: true },
        },
      },
    ],
  },
});
