// Escalation (issue #10, item 10): the stage a customer is at, and what the next legal step is called
// under the governing law (rules.md §6). Names and bases only, never advice: every list ends with the
// disclaimer and with where the small-claims court usually sits.
import type { Customer, Jurisdiction } from '../types';
import type { LegalReason, LegalStepKind } from './reasons';
import type { EscalationRecord, EscalationStageKind } from './types';

/** The current escalation record (the last one), or null. */
export function currentEscalation(
  customer: Pick<Customer, 'escalations' | 'escalation'>,
): EscalationRecord | null {
  const list = customer.escalations ?? [];
  const last = list[list.length - 1];
  if (last) return last;
  const stage = customer.escalation;
  return stage && stage !== 'none' ? { stage, date: '' } : null;
}

// What exists per law (rules.md §6): Germany has no separate small-claims procedure; the EU
// default names the cross-border procedures; the US is not covered by the table.
const STEPS: Record<Jurisdiction | 'cross-border', readonly LegalStepKind[]> = {
  IT: ['demand', 'order', 'small-claims'],
  FR: ['demand', 'order', 'small-claims'],
  RO: ['demand', 'order', 'small-claims'],
  DK: ['demand', 'order', 'small-claims'],
  DE: ['demand', 'order'],
  UK: ['demand', 'order', 'small-claims'],
  EU: ['order', 'small-claims'],
  'cross-border': ['order', 'small-claims'],
  US: [],
};

const NEXT: Record<EscalationStageKind | 'none', readonly LegalStepKind[]> = {
  none: ['demand', 'order', 'small-claims'],
  agency: ['order', 'small-claims'],
  'small-claims': ['small-claims'],
  lawyer: ['order'],
};

/**
 * The steps open after `stage` under `law` (a debtor in another EU state: the European procedures).
 * Each step the law lacks is said so (`collections.legal.none`) rather than left out silently.
 */
export function nextLegalSteps(
  stage: EscalationStageKind | 'none',
  law: Jurisdiction,
  crossBorder = false,
): LegalReason[] {
  const key = crossBorder ? 'cross-border' : law;
  const known = STEPS[key];
  const out: LegalReason[] = NEXT[stage].map((step) =>
    known.includes(step)
      ? { code: 'collections.legal.step', params: { step, law: key } }
      : { code: 'collections.legal.none', params: { step, law: key } },
  );
  out.push({ code: 'collections.legal.court' }, { code: 'collections.legal.disclaimer' });
  return out;
}
