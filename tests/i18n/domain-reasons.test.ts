// The domain's codes put into words: how an interest figure was reached, its gaps, the governing law
// and a behaviour line, in the customer's language with that language's number and date formats.
import { describe, expect, it } from 'vitest';
import { lateInterest } from '../../src/domain/interest';
import { governingLawLabel, governingRule } from '../../src/domain/governing';
import { reasonText } from '../../src/i18n/reasons/index';

const exampleA = lateInterest({
  amount: 1_000_000,
  currency: 'EUR',
  dueDate: '2024-03-15',
  payments: [{ date: '2024-06-30', amount: 1_000_000 }],
  asOf: '2024-12-31',
  rule: { jurisdiction: 'IT', debtor: 'business' },
});

describe('domain reasons in words', () => {
  it('explains how the interest was reached, in Italian and German formats', () => {
    expect(reasonText(exampleA.explanation, 'it', 'IT')).toBe(
      'Legge italiana: tasso BCE 4,50% + 8 p.p. = 12,50% (1° semestre 2024); riferimento fissato al 1° gennaio e al 1° luglio; act/365; interesse semplice; il totale è la somma esatta dei periodi, arrotondata una sola volta.',
    );
    expect(reasonText(exampleA.explanation, 'de', 'DE')).toMatch(
      /^Italienisches Recht: EZB-Leitzins 4,50\s?% \+ 8 Prozentpunkte = 12,50\s?% \(1\. Halbjahr 2024\)/,
    );
    // Percentage points in the reader's words, as the letters write them, not the English "pp".
    expect(reasonText(exampleA.explanation, 'da', 'DK')).toMatch(/ 4,50\s?% \+ 8 procentpoint = 12,50\s?% /);
    expect(reasonText(exampleA.explanation, 'da', 'DK')).not.toMatch(/\bpp\b/);
  });

  it('names a missing rate and its gap, never a zero', () => {
    const r = lateInterest({
      amount: 1_000_000,
      currency: 'DKK',
      dueDate: '2025-12-15',
      payments: [],
      asOf: '2026-02-01',
      rule: { jurisdiction: 'DK', debtor: 'business' },
    });
    expect(r.complete).toBe(false);
    expect(reasonText(r.errors[0]!, 'en', 'GB')).toBe(
      'Nationalbanken lending rate: no rate for H1 2026 (the table has nothing for 01/01/2026–30/06/2026); interest from 01/01/2026 to 01/02/2026 cannot be computed: add the rate to the table.',
    );
    expect(reasonText(r.errors[0]!, 'da', 'DK')).toMatch(
      /^Nationalbankens udlånsrente: ingen sats for 1\. halvår 2026/,
    );
  });

  it('says which law applies and why', () => {
    const g = governingRule({ company: { country: 'IT' }, customer: { country: 'FR', debtor: 'business' } });
    expect(reasonText(governingLawLabel(g), 'fr')).toBe(
      'Droit italien : loi du vendeur, faute de choix (Rome I art. 4)',
    );
    expect(reasonText(governingLawLabel(g), 'ro')).toBe(
      'Legea italiană: legea vânzătorului, în lipsa unei alegeri (Roma I art. 4)',
    );
  });

  it('puts a behaviour line and a due-date rule into words', () => {
    expect(reasonText({ code: 'behaviour.new', params: { decided: 1, minimum: 3 } }, 'de')).toBe(
      'Neu: erst 1 Rechnung zur Beurteilung (mindestens 3 nötig).',
    );
    expect(reasonText({ code: 'due.days-then-month-end', params: { days: 30 } }, 'it')).toBe(
      'data fattura + 30 giorni, poi fine mese (d.f.f.m.)',
    );
  });
});

describe('a customer who avoids paying, in words', () => {
  const one = {
    code: 'behaviour.avoider' as const,
    params: { brokenPromises: 1, unanswered: 1, oldestOpenDays: 1, writtenOff: 1 },
  };
  const many = {
    code: 'behaviour.avoider' as const,
    params: { brokenPromises: 2, unanswered: 21, oldestOpenDays: 204, writtenOff: 3 },
  };
  it('says one broken promise, one reminder, one write-off and one day in the singular', () => {
    expect(reasonText(one, 'ro', 'RO')).toBe(
      'Evită plata: 1 promisiune nerespectată, 1 notificare fără răspuns, 1 scoasă din evidență; cea mai veche factură restantă de o zi.',
    );
    expect(reasonText(one, 'it', 'IT')).toBe(
      'Evita di pagare: 1 promessa non mantenuta, 1 sollecito senza risposta, 1 stralciata; fattura più vecchia scaduta da 1 giorno.',
    );
    expect(reasonText(one, 'en', 'GB')).toMatch(/1 broken promise, 1 reminder unanswered.*1 day overdue/);
    expect(reasonText(one, 'de', 'DE')).toMatch(
      /1 gebrochene Zahlungszusage, 1 Mahnung .*seit 1 Tag überfällig/,
    );
  });
  it('leaves out what it has none of ("0 reminders unanswered" said nothing)', () => {
    const some = {
      code: 'behaviour.avoider' as const,
      params: { brokenPromises: 2, unanswered: 0, oldestOpenDays: 101, writtenOff: 1 },
    };
    expect(reasonText(some, 'en', 'GB')).toBe(
      'Avoids paying: 2 broken promises, 1 written off; oldest invoice 101 days overdue.',
    );
    expect(reasonText(some, 'it', 'IT')).toBe(
      'Evita di pagare: 2 promesse non mantenute, 1 stralciata; fattura più vecchia scaduta da 101 giorni.',
    );
    expect(
      reasonText(
        { ...some, params: { ...some.params, brokenPromises: 0, writtenOff: 0, unanswered: 3 } },
        'ro',
        'RO',
      ),
    ).toBe('Evită plata: 3 notificări fără răspuns; cea mai veche factură restantă de 101 zile.');
  });
  it('and puts "de" between a number from twenty and its noun in Romanian (21 de notificări, 204 zile)', () => {
    expect(reasonText(many, 'ro', 'RO')).toBe(
      'Evită plata: 2 promisiuni nerespectate, 21 de notificări fără răspuns, 3 scoase din evidență; cea mai veche factură restantă de 204 zile.',
    );
  });
});

describe('days in reasons', () => {
  it('are grouped as the screens group them, and say what the hold threshold counts', () => {
    expect(
      reasonText({ code: 'collections.reason.days-late', params: { days: 2106, threshold: 60 } }, 'it', 'IT'),
    ).toBe('Fattura più vecchia scaduta da 2.106 giorni (il blocco scatta a 60 giorni)');
  });
  it('carry a decimal only when there is one (117 days, 12,5 days)', () => {
    const sporadic = (averageDaysLate: number) =>
      reasonText(
        {
          code: 'behaviour.sporadic',
          params: { late: 2, decided: 2, averageDaysLate, partial: 0 },
        },
        'it',
        'IT',
      );
    expect(sporadic(117)).toContain('in media 117 giorni');
    expect(sporadic(12.5)).toContain('in media 12,5 giorni');
  });
});

describe('a bank match by the payer’s name', () => {
  it('gives how alike the names are as a percentage, not a bare 0,95', () => {
    const m = {
      code: 'match.name-similar' as const,
      params: { customer: 'Rossi Costruzioni', similarity: 0.95 },
    };
    expect(reasonText(m, 'it', 'IT')).toBe(
      'Il nome dell\'ordinante è simile al cliente "Rossi Costruzioni" (somiglianza 95%)',
    );
    expect(reasonText(m, 'en', 'GB')).toBe(
      'Payer name is similar to customer "Rossi Costruzioni" (95% alike)',
    );
  });
});
