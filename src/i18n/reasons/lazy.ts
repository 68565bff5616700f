// The reason texts (every area in every language, ~180 KB of script) are a chunk of their own: the
// app's start loads them beside the book's opening instead of parsing them before anything shows, and
// waits for both (app.svelte.ts). The screens shown from then on call them here, synchronously.
// Letters and tests import ./index itself.
import type { Jurisdiction, Language } from '../../domain/types';
import type * as Reasons from './index';

let texts: typeof Reasons | null = null;
let loading: Promise<void> | null = null;

/** Loads the reason texts once; a failed load is tried again on the next call. */
export function loadReasons(): Promise<void> {
  loading ??= import('./index').then(
    (m) => void (texts = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** Whether the reason texts are loaded (an error reported before the start has them is said plainly). */
export function reasonsLoaded(): boolean {
  return texts !== null;
}

function loaded(): typeof Reasons {
  if (!texts) throw new Error('reasons: used before loadReasons() settled');
  return texts;
}

/** `reasonText` of ./index, once loaded. */
export const reasonText: (typeof Reasons)['reasonText'] = (reason, language, country) =>
  loaded().reasonText(reason, language, country);

/** The name of the law of a jurisdiction ("Italian law"), once loaded. */
export function jurisdictionName(language: Language, jurisdiction: Jurisdiction): string {
  return loaded().JURISDICTION_NAMES[language][jurisdiction];
}
