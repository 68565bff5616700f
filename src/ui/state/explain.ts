// Reason codes into words in the interface language, with the company's number and date conventions.
import { currentLanguage } from '../../i18n';
import type { Reason } from '../../i18n/reasons/index';
import { reasonText } from '../../i18n/reasons/lazy';
import { app } from './app.svelte';

export function explain(reason: Reason): string {
  return reasonText(reason, currentLanguage(), app.company.country);
}
