// Builds the app once and serves dist/ under a sub-path for every browser test file.
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { resolve } from 'node:path';
import { findChromium } from './chromium';
import { serveStatic } from './static-server';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium(); // fail early, with the message that says how to get one
  const root = resolve(import.meta.dirname, '../..');
  const outDir = resolve(root, 'dist-test');
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const { url, server } = await serveStatic(outDir, '/some/sub/path/');
  project.provide('appUrl', url);
  return async () => {
    await new Promise<void>((r) => server.close(() => r()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
