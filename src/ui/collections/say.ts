// Reason codes of the collections workflow in the interface language (letters use the customer's).
import { currentLanguage } from '../../i18n';
import { reasonText, type Reason } from '../../i18n/reasons/index';

export function say(reason: Reason): string {
  return reasonText(reason, currentLanguage());
}
