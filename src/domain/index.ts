// The money rules' public API: pure TypeScript (no DOM, storage or framework), loadable by Node as well.
// Documented in docs/api.md. Storage, CSV, letters, charts and the UI import from here.
export * from './types';
export * from './money';
export * from './dates';
export * from './terms';
export * from './eom';
export * from './balance';
export * from './allocation';
export * from './aging';
export * from './metrics';
export * from './behaviour';
export * from './interest';
export * from './interest-fast';
export * from './jurisdictions';
export * from './governing';
export * from './formal-notice';
export * from './fees';
export * from './claimable';
export * from './missing-rates';
export * from './statement';
export * from './cadence';
export * from './rates/index';
