// What a note the app wrote for a decision on the account says, in the interface language: "settlement
// offered · 6.000,00 €", "written off · 1.250,00 € · insolvency", "handed over: Lawyer".
import type { EscalationStageKind } from '../../domain/collections/types';
import type { Activity } from '../../domain/types';
import { money, t } from '../../i18n';
import { say } from './say';

const STAGES: Record<
  EscalationStageKind,
  'customer.escalation.agency' | 'customer.escalation.smallClaims' | 'customer.escalation.lawyer'
> = {
  agency: 'customer.escalation.agency',
  'small-claims': 'customer.escalation.smallClaims',
  lawyer: 'customer.escalation.lawyer',
};

/** The event's words, or '' for an entry that records none. */
export function caseEventText(a: Activity): string {
  if (!a.event) return '';
  const parts = [t(`contact.event.${a.event}`, { stage: a.escalation ? t(STAGES[a.escalation]) : '' })];
  if (a.eventAmount !== undefined && a.eventCurrency) parts.push(money(a.eventAmount, a.eventCurrency));
  if (a.writeOffReason) parts.push(say({ code: `collections.write-off.${a.writeOffReason}` }));
  return parts.join(' · ');
}
