// Reason codes of the collections workflow in the interface language (letters use the customer's).
import { currentLanguage } from '../../i18n';
import type { Reason } from '../../i18n/reasons/index';
import { reasonText } from '../../i18n/reasons/lazy';

export function say(reason: Reason): string {
  return reasonText(reason, currentLanguage());
}
