import { describe, expect, it } from 'vitest';
import { checkContact } from '../../src/domain/cadence';

describe('contact cadence guard', () => {
  const history = [
    { date: '2024-05-01', kind: 'letter' as const },
    { date: '2024-05-03', kind: 'note' as const },
  ];

  it('refuses a second contact within seven days and says when the next is allowed', () => {
    const r = checkContact(history, { date: '2024-05-05', kind: 'call', time: '10:00' });
    expect(r.allowed).toBe(false);
    expect(r.reasons[0]).toEqual({ code: 'cadence.too-soon', params: { daysSince: 4, minDays: 7 } });
    expect(r.nextAllowed).toBe('2024-05-08');
  });

  it('allows it after seven days, and always allows notes and promises', () => {
    expect(checkContact(history, { date: '2024-05-08', kind: 'email' }).allowed).toBe(true);
    expect(checkContact(history, { date: '2024-05-02', kind: 'promise' }).allowed).toBe(true);
  });

  it('refuses calls at odd hours and too many calls in a week', () => {
    expect(checkContact([], { date: '2024-05-08', kind: 'call', time: '21:30' }).reasons[0]).toEqual({
      code: 'cadence.odd-hour',
      params: { time: '21:30', earliest: '08:00', latest: '21:00' },
    });
    expect(checkContact([], { date: '2024-05-08', kind: 'call', time: '07:59' }).allowed).toBe(false);
    const calls = [
      { date: '2024-05-01', kind: 'call' as const },
      { date: '2024-05-03', kind: 'call' as const },
    ];
    const r = checkContact(
      calls,
      { date: '2024-05-06', kind: 'call' },
      { minDaysBetween: 0, earliest: '08:00', latest: '21:00', maxCallsPerWeek: 2 },
    );
    expect(r.reasons).toEqual([{ code: 'cadence.too-many-calls', params: { calls: 2, max: 2 } }]);
  });
});
