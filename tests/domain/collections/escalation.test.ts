import { describe, expect, it } from 'vitest';
import { currentEscalation, nextLegalSteps } from '../../../src/domain/collections/escalation';
import { reasonText } from '../../../src/i18n/reasons/index';
import { customer } from './book';

describe('escalation and the next legal step', () => {
  it('names the Italian steps from scratch, with the court and the disclaimer', () => {
    const steps = nextLegalSteps('none', 'IT');
    expect(steps.map((s) => s.code)).toEqual([
      'collections.legal.step',
      'collections.legal.step',
      'collections.legal.step',
      'collections.legal.court',
      'collections.legal.disclaimer',
    ]);
    expect(reasonText(steps[1]!, 'it')).toBe(
      'Ingiunzione di pagamento (senza udienza salvo opposizione) secondo il diritto italiano: decreto ingiuntivo (art. 633 ss. c.p.c.)',
    );
  });

  it('says Germany has no separate small-claims procedure, and uses the European ones across borders', () => {
    const de = nextLegalSteps('agency', 'DE');
    expect(de[1]).toEqual({ code: 'collections.legal.none', params: { step: 'small-claims', law: 'DE' } });
    expect(reasonText(de[1]!, 'en')).toBe('Small claims: no such procedure under German law.');
    const eu = nextLegalSteps('agency', 'DK', true);
    // The EU procedure by its official Danish name (and the English one in English).
    expect(reasonText(eu[0]!, 'da')).toBe(
      'Betalingspåkrav (uden retsmøde, medmindre skyldneren gør indsigelse) i en grænseoverskridende EU-sag: europæisk betalingspåkrav (forordning (EF) nr. 1896/2006)',
    );
    expect(reasonText(eu[0]!, 'en')).toMatch(/European Order for Payment \(Regulation \(EC\) 1896\/2006\)$/);
  });

  it('reads the current stage from the history, or from the old stage field', () => {
    const c = customer('c', {
      escalations: [
        { stage: 'agency', date: '2026-01-10', fee: 5_000 },
        { stage: 'small-claims', date: '2026-03-01' },
      ],
    });
    expect(currentEscalation(c)).toEqual({ stage: 'small-claims', date: '2026-03-01' });
    expect(currentEscalation(customer('d', { escalation: 'lawyer' }))!.stage).toBe('lawyer');
    expect(currentEscalation(customer('e'))).toBeNull();
  });
});
